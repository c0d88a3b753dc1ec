"""Training-engine benchmark: Trainer.step() steps/s beside NumPy's own matmul rate, and
what recording statistics costs (Trainer.step(record=True) against a plain step). On a
machine of several cores one row trains the batch in parts at once, one thread and one
BLAS thread each (core.shards), as `visualizer run` does.

    .venv/bin/python benchmarks/bench_engine.py [--seconds S] [--threads N] [--repeats R]
        [--json PATH]

Network: depth 10, width 256, batch 256, 784 gaussian inputs, 10 classes, float32.
FLOPs per step count 2*M*K*N for every matmul the step actually runs: forward x @ W and
backward dW = x^T dout for every Dense layer (output layer included), dx = dout W^T for
every layer but the first (its input gradient is never needed). Element-wise work is not
counted, so "of matmul" is the share of the same-run matmul rate the whole step reaches.

The recording cost is the ratio of a recorded step's time to a plain step's, on two
trainers of the same network measured in alternation (plain, recorded, plain, ...) so that
load from other processes hits both; printed as the median and min-max over the repeats.
A plain step here keeps nothing for the run's timeline (as in a long run, whose timeline
keeps one step in many); the row "relu, timeline due every step" is a run's first steps,
every one of which the timeline records (docs/DESIGN.md, "Timeline").

The BLAS thread count is fixed before NumPy is imported (default 1, as in the training
process of the app); --threads changes it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time

from bench_common import spread

from visualizer.core.threads import BLAS_ENV, usable_cores  # no NumPy yet


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--seconds", type=float, default=3.0, help="timed seconds per variant (default 3)"
    )
    parser.add_argument("--threads", type=int, default=1, help="BLAS threads (default 1)")
    parser.add_argument(
        "--cpu-time",
        action="store_true",
        help="time by this thread's CPU time instead of the wall clock (on a busy machine)",
    )
    parser.add_argument(
        "--repeats", type=int, default=7, help="plain/recorded pairs per activation (default 7)"
    )
    parser.add_argument(
        "--values",
        type=int,
        nargs="*",
        default=[],
        help="also measure relu's recording cost with histograms of this many values each "
        "(the panels use 10000; fewer would change their noise: a what-if)",
    )
    parser.add_argument("--json", help="also write the results as JSON to this path")
    return parser.parse_args(argv)


ARGS = parse_args()
for _var in BLAS_ENV:
    os.environ[_var] = str(ARGS.threads)

import numpy as np  # noqa: E402  (after the thread count is set)

from visualizer.core import trainer as trainer_module  # noqa: E402
from visualizer.core.config import Config  # noqa: E402
from visualizer.core.network import Taps  # noqa: E402
from visualizer.core.sizes import STEP_SAMPLES  # noqa: E402
from visualizer.core.stats import Sampler  # noqa: E402
from visualizer.core.timeline import Timeline  # noqa: E402
from visualizer.core.trainer import Trainer  # noqa: E402

DEPTH, WIDTH, BATCH, INPUTS, CLASSES = 10, 256, 256, 784, 10
SAMPLES = 16 * BATCH
VARIANTS: list[tuple[str, dict]] = [
    ("relu", {}),
    ("elu", {"activation": "elu"}),
    ("selu", {"activation": "selu"}),
    ("sigmoid", {"activation": "sigmoid"}),
    ("tanh", {"activation": "tanh"}),
    ("relu + batch_norm", {"batch_norm": True}),
    ("relu + adam", {"optimizer": "adam", "lr": 0.001}),
    ("relu, timeline due every step", {"timeline": True}),
]
if (CORES := usable_cores()) > 1:  # the headless rule: the batch in parts over every core
    VARIANTS += [
        (f"relu, in {CORES} parts at once", {"parts": CORES}),
        (f"relu, {CORES} parts, timeline due", {"parts": CORES, "timeline": True}),
    ]
RECORDED: list[tuple[str, dict]] = [
    ("relu", {}),
    ("sigmoid", {"activation": "sigmoid"}),
    ("tanh", {"activation": "tanh"}),
    ("elu", {"activation": "elu"}),
    ("relu + bn", {"batch_norm": True}),
]
"""Networks whose recording cost is measured (the aim: at most 1.1x a plain step)."""


def layer_sizes() -> list[tuple[int, int]]:
    """(fan_in, fan_out) of every Dense layer, output layer last."""
    sizes = [(INPUTS, WIDTH)] + [(WIDTH, WIDTH)] * (DEPTH - 1)
    return [*sizes, (WIDTH, CLASSES)]


def step_flops() -> float:
    """Matmul FLOPs of one training step (see the module docstring)."""
    total = 0.0
    for index, (fan_in, fan_out) in enumerate(layer_sizes()):
        one = 2.0 * BATCH * fan_in * fan_out
        total += 2 * one if index == 0 else 3 * one  # forward, dW (, dx)
    return total


CLOCK = time.thread_time if ARGS.cpu_time else time.perf_counter
SHARES: list[float] = []  # CPU time / wall time of every timed window


def rate(run, seconds: float, warmup: int = 3, window: float = 0.25) -> float:
    """Calls per second of `run()` over about `seconds` after a warm-up: the best of
    windows of `window` seconds, so other processes on the machine disturb it less."""
    for _ in range(warmup):
        run()
    best, deadline = 0.0, time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        calls, wall, cpu, start = 0, time.perf_counter(), time.thread_time(), CLOCK()
        while (elapsed := CLOCK() - start) < window:
            run()
            calls += 1
        SHARES.append((time.thread_time() - cpu) / (time.perf_counter() - wall))
        best = max(best, calls / elapsed)
    return best


def matmul_rate(m: int, k: int, n: int, seconds: float) -> float:
    """GFLOP/s of float32 (m, k) @ (k, n) into a preallocated output."""
    rng = np.random.default_rng(0)
    a = rng.standard_normal((m, k), dtype=np.float32)
    b = rng.standard_normal((k, n), dtype=np.float32)
    out = np.empty((m, n), dtype=np.float32)
    return 2.0 * m * k * n * rate(lambda: np.matmul(a, b, out=out), seconds) / 1e9


def step_matmuls_rate(seconds: float) -> float:
    """GFLOP/s of exactly the matmuls of one training step, run bare (same shapes and
    transposes as Dense forward/backward), i.e. the speed limit of the step."""
    rng = np.random.default_rng(0)
    work = []
    for index, (fan_in, fan_out) in enumerate(layer_sizes()):
        x = rng.standard_normal((BATCH, fan_in), dtype=np.float32)
        w = rng.standard_normal((fan_in, fan_out), dtype=np.float32)
        dout = rng.standard_normal((BATCH, fan_out), dtype=np.float32)
        work.append((x, w, dout, np.empty_like(w), index > 0))

    def run() -> None:
        for x, w, dout, dw, need_dx in work:
            _ = x @ w
            np.matmul(x.T, dout, out=dw)
            if need_dx:
                _ = dout @ w.T

    return step_flops() * rate(run, seconds) / 1e9


def trainer_for(changes: dict) -> Trainer:
    """A trainer of the benchmark network with `changes`; unless changes["timeline"], one
    whose timeline and kept states are never due (a plain step records nothing)."""
    changes = dict(changes)
    timeline = changes.pop("timeline", False)
    parts = changes.pop("parts", 1)
    config = Config(
        dataset="gaussian",
        input_dim=INPUTS,
        samples=SAMPLES,
        depth=DEPTH,
        width=WIDTH,
        batch_size=BATCH,
        activation="relu",
        init="he_normal",
        optimizer="sgd",
        dtype="float32",
        test_fraction=0,
    ).replace(**changes)
    trainer = Trainer(config, parts=parts)
    if not timeline:
        trainer.timeline.stride = trainer.states.stride = 2**62
    return trainer


def steps_per_second(changes: dict, seconds: float) -> float:
    trainer = trainer_for(changes)
    steps = rate(trainer.step, seconds, warmup=10)
    if trainer.diverged:
        print(f"warning: {changes} diverged during the benchmark", file=sys.stderr)
    return steps


def timed_steps(trainer: Trainer, record: bool, window: float) -> float:
    """Seconds per step over about `window` seconds of `trainer.step(record=record)`."""
    calls, wall, cpu, start = 0, time.perf_counter(), time.thread_time(), CLOCK()
    while (elapsed := CLOCK() - start) < window:
        trainer.step(record=record)
        calls += 1
    SHARES.append((time.thread_time() - cpu) / (time.perf_counter() - wall))
    return elapsed / calls


def recording_cost(changes: dict, repeats: int, window: float, values: int = STEP_SAMPLES) -> dict:
    """Plain and recorded seconds per step, measured in alternation on twin trainers, and
    their ratio per pair; `values`: how many values each histogram of a recorded step
    takes (the trainer's STEP_SAMPLES replaced while measuring)."""
    trainer_module.STEP_SAMPLES = values
    try:
        return _alternating(changes, repeats, window)
    finally:
        trainer_module.STEP_SAMPLES = STEP_SAMPLES


def _alternating(changes: dict, repeats: int, window: float) -> dict:
    plain, recorded = trainer_for(changes), trainer_for(changes)
    for _ in range(10):
        plain.step()
        recorded.step(record=True)
    pairs = [
        (timed_steps(plain, False, window), timed_steps(recorded, True, window))
        for _ in range(repeats)
    ]
    if plain.diverged or recorded.diverged:
        print(f"warning: {changes} diverged during the benchmark", file=sys.stderr)
    return {
        "plain_steps_per_second": [1 / p for p, _ in pairs],
        "recorded_steps_per_second": [1 / r for _, r in pairs],
        "ratio": [r / p for p, r in pairs],
    }


def record_parts(changes: dict, repeats: int) -> dict[str, float]:
    """Milliseconds (this thread's CPU time, median over `repeats` rounds of 20 calls) of
    each part of what a recorded step adds to a plain one, on one recorded pass of the
    benchmark network: the subsamples taken as the arrays are computed (and the dead
    fraction), the statistics with the weights summarized anew or taken over, the update
    ratio's norms, and a timeline record."""
    trainer = trainer_for(changes)
    for _ in range(3):
        trainer.step(record=True)
    layers = trainer.network.layers
    x = trainer.x_train[:BATCH]
    taps = Taps()
    trainer.network.forward(x, "train", taps)
    sampler = Sampler(layers, BATCH, STEP_SAMPLES)
    weights = [layer.dense.W for layer in layers]
    kept = trainer.last_stats

    def sample() -> None:
        for i in range(len(layers)):
            sampler.pre_activation(i, taps.pre_activations[i])
            sampler.activation(i, taps.activations[i])
            sampler.activation_grad(i, taps.pre_activations[i])

    timeline, step = Timeline(DEPTH), [0]

    def record() -> None:
        step[0] += 1
        timeline.add(step[0], kept)

    parts = {
        "subsamples + dead fraction": sample,
        "statistics, weights summarized": lambda: sampler.stats(30, trainer.update_ratios),
        "statistics, weights taken over": lambda: sampler.stats(30, trainer.update_ratios, kept),
        "update ratio norms (2 x ||W||^2)": lambda: [np.vdot(w, w) for w in weights * 2],
        "timeline record": record,
    }
    result = {}
    for name, part in parts.items():
        rounds = []
        for _ in range(repeats):
            start = time.thread_time()
            for _ in range(20):
                part()
            rounds.append((time.thread_time() - start) / 20 * 1000)
        result[name] = sorted(rounds)[len(rounds) // 2]
    return result


def main() -> None:
    seconds = ARGS.seconds
    flops = step_flops() / 1e9
    print(
        f"engine benchmark: depth {DEPTH}, width {WIDTH}, batch {BATCH}, {INPUTS} gaussian "
        f"inputs, float32; NumPy {np.__version__}; BLAS threads {ARGS.threads} "
        "(OPENBLAS/OMP/MKL_NUM_THREADS)"
    )
    ref_first = matmul_rate(BATCH, INPUTS, WIDTH, seconds / 2)
    ref_hidden = matmul_rate(BATCH, WIDTH, WIDTH, seconds / 2)
    ref_step = step_matmuls_rate(seconds)
    print(
        f"NumPy float32 matmul: {BATCH}x{INPUTS} @ {INPUTS}x{WIDTH} {ref_first:.1f} GFLOP/s, "
        f"{BATCH}x{WIDTH} @ {WIDTH}x{WIDTH} {ref_hidden:.1f} GFLOP/s, "
        f"the step's matmuls alone {ref_step:.1f} GFLOP/s "
        f"= {ref_step / flops:.1f} steps/s upper bound ({flops:.3f} GFLOP per step)"
    )
    print()
    header = f"{'variant':<30} {'steps/s':>8} {'ms/step':>8} {'GFLOP/s':>8} {'of matmul':>10}"
    print(header)
    print("-" * len(header))
    results = []
    for name, changes in VARIANTS:
        steps = steps_per_second(changes, seconds)
        gflops = steps * flops
        results.append({"variant": name, "steps_per_second": steps, "gflops": gflops})
        print(
            f"{name:<30} {steps:8.1f} {1000 / steps:8.2f} {gflops:8.1f} {gflops / ref_step:10.0%}",
            flush=True,
        )
    window = max(0.1, seconds / 6)
    print(
        f"\nrecording cost: step(record=True) time / step() time, {ARGS.repeats} alternating "
        f"pairs of {window:.2f} s windows; median [min-max]"
    )
    header = f"{'network':<10} {'plain steps/s':>22} {'recorded steps/s':>22} {'ratio':>20}"
    print(header)
    print("-" * len(header))
    recording = {}
    for name, changes in RECORDED:
        cost = recording_cost(changes, ARGS.repeats, window)
        recording[name] = cost
        print(
            f"{name:<10} {spread(cost['plain_steps_per_second']):>22} "
            f"{spread(cost['recorded_steps_per_second']):>22} "
            f"{spread(cost['ratio'], 2):>20}",
            flush=True,
        )
    for values in ARGS.values:
        cost = recording_cost({}, ARGS.repeats, window, values)
        recording[f"relu, {values} values"] = cost
        print(f"{'relu, ' + str(values) + ' values':<21} {spread(cost['ratio'], 2):>53}")
    plain_ms = 1000 / statistics.median(recording["relu"]["plain_steps_per_second"])
    print(f"\nwhere a recorded step's time goes (relu; CPU ms, median of {ARGS.repeats}):")
    for name, ms in record_parts({}, ARGS.repeats).items():
        print(f"  {name:<36} {ms:6.3f} ms  ({ms / plain_ms:6.1%} of a plain step)")
    clock = "thread CPU time" if ARGS.cpu_time else "wall clock"
    print(f"\nsteps/s table: best {clock} window of 0.25 s per variant; timed windows: ", end="")
    print(f"this process got {min(SHARES):.0%} to {max(SHARES):.0%} of a CPU while timed")
    if min(SHARES) < 0.9 and not ARGS.cpu_time:
        print("warning: other processes competed for the CPU; consider --cpu-time")
    if ARGS.json:
        reference = {"first": ref_first, "hidden": ref_hidden, "step_matmuls": ref_step}
        payload = {
            "threads": ARGS.threads,
            "matmul_gflops": reference,
            "results": results,
            "recording_cost": recording,
        }
        with open(ARGS.json, "w", encoding="utf-8") as handle:
            json.dump(payload, handle, indent=2)


if __name__ == "__main__":
    main()
