"""What counting values into histogram bins costs, the floor under a recorded step's
statistics: nanoseconds per value of NumPy's ways of counting, beside one plain pass over
the same values, and whether two threads count faster than one (they do not when the
counting holds the interpreter lock). With --numba-python, a Python that imports numba
(installed outside the project), the same counting as a compiled loop.

    .venv/bin/python benchmarks/bench_binning.py [--repeats R] [--numba-python PATH]

The values are what one call of `summaries.histograms` counts: 6 rows of 10 000 float32
values (BIN_VALUES at a time), 50 bins, as int32 bin indices with the rows' offsets.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

from bench_common import ONE_BLAS_THREAD, load, spread

os.environ.update(ONE_BLAS_THREAD)

import numpy as np  # after the thread count is set

ROWS, VALUES, BINS = 6, 10_000, 50
NUMBA_LOOPS = """
import sys, time, numpy as np, numba

@numba.njit(nogil=True)
def count(index, counts):
    split = np.zeros((4, counts.size), np.int64)  # four counters: no store waits on the last
    for i in range(index.size):
        split[i & 3, index[i]] += 1
    counts += split.sum(axis=0)

@numba.njit(nogil=True)
def bin_and_count(values, low, scale, bins, counts):
    split = np.zeros((4, bins), np.int64)
    top = np.float32(bins - 1)
    for i in range(values.size):
        position = min(max((values[i] - low) * scale, np.float32(0)), top)
        split[i & 3, int(position)] += 1
    counts += split.sum(axis=0)

index, values = np.load(sys.argv[1]), np.load(sys.argv[2])
counts = np.zeros(int(index.max()) + 1, np.int64)
runs = {
    "count": lambda: count(index, counts),
    "fused": lambda: bin_and_count(values, np.float32(-4), np.float32(6.25), 50, counts[:50]),
}
for name, run in runs.items():
    run()  # compiled here
    times = []
    for _ in range(int(sys.argv[3])):
        start = time.perf_counter()
        for _ in range(20):
            run()
        times.append((time.perf_counter() - start) / 20 / index.size * 1e9)
    print(name, " ".join(f"{t:.3f}" for t in times))
"""


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=7, help="rounds per figure (default 7)")
    parser.add_argument("--numba-python", help="a Python that imports numba")
    return parser.parse_args()


def per_value(run, values: int, repeats: int, calls: int = 20) -> list[float]:
    """Nanoseconds per value of `run()` over `values` values, one figure per round."""
    run()
    rounds = []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(calls):
            run()
        rounds.append((time.perf_counter() - start) / calls / values * 1e9)
    return rounds


def bin_indices() -> np.ndarray:
    """The int32 bin index of every value plus its row's offset, as `summaries._count`
    makes them from normal values over [-4, 4]."""
    values = np.random.default_rng(0).standard_normal((ROWS, VALUES)).astype(np.float32)
    position = np.clip((values + 4) * (BINS / 8), 0, BINS - 1)
    index = position.astype(np.int32)
    index += np.arange(0, ROWS * (BINS + 1), BINS + 1, dtype=np.int32)[:, None]
    return index.reshape(-1)


def main() -> None:
    args = parse_args()
    index = bin_indices()
    wide = index.astype(np.intp)
    size = index.size
    slots = ROWS * (BINS + 1)
    counts = np.zeros(slots, np.intp)
    floats = np.random.default_rng(1).standard_normal(size).astype(np.float32)
    scaled = np.empty_like(floats)
    print(
        f"binning benchmark: {ROWS} rows x {VALUES} float32 values, {BINS} bins; "
        f"NumPy {np.__version__}; {load()}"
    )
    figures = {
        "one pass: np.multiply (reference)": lambda: np.multiply(floats, 3.0, out=scaled),
        "np.bincount, int32 indices": lambda: np.bincount(index, minlength=slots),
        "np.bincount, intp indices": lambda: np.bincount(wide, minlength=slots),
        "np.add.at, intp indices": lambda: np.add.at(counts, wide, 1),
    }
    for name, run in figures.items():
        print(f"  {name:<42} {spread(per_value(run, size, args.repeats), 3)} ns/value")
    pool = ThreadPoolExecutor(1)
    twice = np.concatenate([wide, wide])

    def two_threads() -> None:
        other = pool.submit(np.bincount, wide, None, slots)
        np.bincount(wide, minlength=slots)
        other.result()

    serial = per_value(lambda: np.bincount(twice, minlength=slots), 2 * size, args.repeats)
    threaded = per_value(two_threads, 2 * size, args.repeats)
    print(f"  {'np.bincount of 2 x the values, 1 thread':<42} {spread(serial, 3)} ns/value")
    print(f"  {'the same as 2 halves on 2 threads':<42} {spread(threaded, 3)} ns/value")
    if args.numba_python:
        numba_loops(args.numba_python, wide, floats, args.repeats)


def numba_loops(python: str, index: np.ndarray, values: np.ndarray, repeats: int) -> None:
    """The counting as compiled loops with four interleaved counters, in a child process
    of `python`: of the bin indices above, and fused with finding each float's bin."""
    with tempfile.TemporaryDirectory() as folder:
        paths = [os.path.join(folder, name) for name in ("index.npy", "values.npy")]
        np.save(paths[0], index)
        np.save(paths[1], values)
        child = subprocess.run(
            [python, "-c", NUMBA_LOOPS, *paths, str(repeats)],
            capture_output=True,
            text=True,
            check=True,
        )
    names = {"count": "numba, counting the indices", "fused": "numba, float to bin to count"}
    for line in child.stdout.splitlines():
        name, *times = line.split()
        print(f"  {names[name]:<42} {spread([float(t) for t in times], 3)} ns/value")


if __name__ == "__main__":
    sys.exit(main())
