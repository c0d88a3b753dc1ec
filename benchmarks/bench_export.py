"""`visualizer export --steps N` against `visualizer run --steps N` on the same runs: the
export should cost the run plus a fixed render cost (issue 10). Wall time of each whole
command (interpreter start included), alternated, repeated; median and range.

    .venv/bin/python benchmarks/bench_export.py [--preset batchnorm_rescue] [--steps 600]
    [--repeat 3]
Both run with one BLAS thread (as the window's training process). The code measured is
the `visualizer` package first on PYTHONPATH (printed).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

from bench_common import ONE_BLAS_THREAD, load


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.monotonic()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.monotonic() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--preset", default="batchnorm_rescue")
    parser.add_argument("--steps", type=int, default=600)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    import visualizer

    print(f"code: {os.path.dirname(visualizer.__file__)}; {load()}")
    base = [sys.executable, "-m", "visualizer"]
    common = ["--preset", args.preset, "--steps", str(args.steps)]
    with tempfile.TemporaryDirectory(prefix="visualizer-bench-export-") as folder:
        env = dict(os.environ, XDG_CONFIG_HOME=folder, QT_QPA_PLATFORM="offscreen")
        env.update(ONE_BLAS_THREAD)
        run = [*base, "run", *common]
        export = [*base, "export", *common, "--out", os.path.join(folder, "slide.png")]
        zero = [
            *base,
            "export",
            "--preset",
            args.preset,
            "--steps",
            "0",
            "--out",
            os.path.join(folder, "zero.png"),
        ]
        print(" ".join(run[1:]))
        print(" ".join(export[1:]))
        runs, exports, zeros = [], [], []
        for _ in range(args.repeat):
            runs.append(timed(run, env))
            exports.append(timed(export, env))
            zeros.append(timed(zero, env))
    print(f"{'command':<28}{'median s':>10}{'range s':>16}")
    for name, values in (("run", runs), ("export", exports), ("export --steps 0", zeros)):
        print(f"{name:<28}{statistics.median(values):>10.2f}{min(values):>8.2f}-{max(values):.2f}")
    extra = statistics.median(exports) - statistics.median(runs)
    print(
        f"export - run = {extra:.2f} s (render cost; export --steps 0 is "
        f"{statistics.median(zeros):.2f} s), {load()}"
    )


if __name__ == "__main__":
    main()
