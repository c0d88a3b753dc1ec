"""`visualizer run` as users run it (the timeline on) beside PyTorch on the same CPU, at
one BLAS thread and at every core, interleaved and repeated:

    .venv/bin/python benchmarks/bench_run.py [--steps 400] [--repeats 5]
        [--torch-python /tmp/torchvenv/bin/python] [--before DIR]

Network: that of ../shared/tools/torch_mlp.py, the PyTorch reference: depth 10 x 256,
batch 256, 784 Gaussian inputs, 10 classes, ReLU, He init, SGD lr 0.01, cross-entropy,
float32, 2560 training samples and no test set (PyTorch evaluates none either). The
engine's figure is the report's steps/s of `visualizer run --steps N`: every step from the
first, all of which the timeline records at this depth (its first ~2000 steps), so a
recorded step's cost is in it; PyTorch's is torch_mlp.py's (after 10 warm-up steps).

Each repeat runs, in turn: the engine at 1 thread, PyTorch at 1, the engine at all cores,
PyTorch at all (the engine: OPENBLAS/OMP/MKL_NUM_THREADS=1, then those unset, so that
the app's own rule takes every core, core.threads; PyTorch: torch.set_num_threads). With
--before DIR (a checkout of an earlier version) its `visualizer` runs beside each engine
run, for a before/after in the same benchmark run. The last lines give each figure's
median [min-max] and the ratio of each repeat's pair. Without PyTorch (no --torch-python,
or it cannot import torch) the engine's figures are printed alone. Limit the cores with
`taskset -c 0 ...` to see a 1-core machine. Measure on a quiet machine (the
load is printed).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from bench_common import load, spread

from visualizer.core.threads import BLAS_ENV, usable_cores

DEPTH, WIDTH, BATCH, INPUTS, SAMPLES = 10, 256, 256, 784, 2560
TORCH_MLP = Path(__file__).resolve().parents[2] / "shared" / "tools" / "torch_mlp.py"


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--steps", type=int, default=400, help="steps per run (default 400)")
    parser.add_argument("--repeats", type=int, default=5, help="interleaved rounds (default 5)")
    parser.add_argument(
        "--torch-python", help="a Python that imports torch (for the PyTorch reference)"
    )
    parser.add_argument("--before", help="a checkout whose engine runs beside this one")
    return parser.parse_args()


def engine_rate(steps: int, threads: int, tree: str | None = None) -> float:
    """steps/s of `visualizer run` on the benchmark network, from its JSON report (the
    `visualizer` package of checkout `tree`, else this one)."""
    keys = {
        "dataset": "gaussian",
        "input_dim": INPUTS,
        "samples": SAMPLES,
        "test_fraction": 0,
        "depth": DEPTH,
        "width": WIDTH,
        "batch_size": BATCH,
        "activation": "relu",
        "init": "he_normal",
        "optimizer": "sgd",
        "lr": 0.01,
        "dtype": "float32",
    }
    command = [sys.executable, "-m", "visualizer", "run", "--steps", str(steps), "--json", "-"]
    command += ["--set", *(f"{key}={value}" for key, value in keys.items())]
    env = {name: value for name, value in os.environ.items() if name not in BLAS_ENV}
    if threads == 1:  # else the app's own rule: every core (core.threads)
        env.update({name: "1" for name in BLAS_ENV})
    if tree:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [tree, env.get("PYTHONPATH")]))
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    return json.loads(done.stdout)["timing"]["steps_per_second"]


def torch_rate(python: str, steps: int, threads: int) -> float:
    command = [python, str(TORCH_MLP), *map(str, (DEPTH, WIDTH, BATCH, INPUTS, steps, threads))]
    return float(subprocess.run(command, capture_output=True, text=True, check=True).stdout)


def has_torch(python: str | None) -> bool:
    if not python or not TORCH_MLP.exists():
        return False
    check = subprocess.run([python, "-c", "import torch"], capture_output=True)
    return check.returncode == 0


def main() -> None:
    args = parse_args()
    cores = usable_cores()
    settings = sorted({1, cores})
    torch = has_torch(args.torch_python)
    print(
        f"visualizer run vs PyTorch: depth {DEPTH} x {WIDTH}, batch {BATCH}, {INPUTS} inputs, "
        f"{args.steps} steps (every one recorded by the timeline), {cores} usable cores; "
        f"{load()}"
    )
    if not torch:
        print("PyTorch not available (--torch-python): the engine's figures alone")
    engine: dict[int, list[float]] = {t: [] for t in settings}
    before: dict[int, list[float]] = {t: [] for t in settings}
    reference: dict[int, list[float]] = {t: [] for t in settings}
    for repeat in range(args.repeats):
        line = [f"repeat {repeat + 1}:"]
        for threads in settings:
            engine[threads].append(engine_rate(args.steps, threads))
            line.append(f"engine@{threads} {engine[threads][-1]:.1f}")
            if args.before:
                before[threads].append(engine_rate(args.steps, threads, args.before))
                line.append(f"before@{threads} {before[threads][-1]:.1f}")
            if torch:
                reference[threads].append(torch_rate(args.torch_python, args.steps, threads))
                line.append(f"torch@{threads} {reference[threads][-1]:.1f}")
        print("  ".join(line), flush=True)
    columns = [("engine", engine)] + ([("before", before)] if args.before else [])
    header = f"\n{'threads':>8}" + "".join(f" {name + ' steps/s':>22}" for name, _ in columns)
    if torch:
        header += f" {'PyTorch steps/s':>22}" + "".join(
            f" {name + '/PyTorch':>18}" for name, _ in columns
        )
    print(header)
    for threads in settings:
        row = f"{threads:>8}" + "".join(f" {spread(rates[threads]):>22}" for _, rates in columns)
        if torch:
            row += f" {spread(reference[threads]):>22}"
            for _, rates in columns:
                pairs = zip(rates[threads], reference[threads], strict=True)
                row += f" {spread([e / r for e, r in pairs], 2):>18}"
        print(row)
    print(load())


if __name__ == "__main__":
    main()
