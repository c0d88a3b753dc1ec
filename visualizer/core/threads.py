"""How many BLAS threads a training process uses (docs/DESIGN.md, "Threads").

The rule: a training process beside the window leaves one core to the window (its GUI
thread draws the panels) and takes the others, at least one: one thread on 2 cores, three
on 4. A headless run (`visualizer run`, an export's training) has no window to leave a
core to and takes every core this process may run on (its affinity, so `taskset` limits
it). The count is fixed when the process starts, before NumPy loads its BLAS library, by
the environment variables below; a user's own setting of them wins. A seed reproduces a
run exactly for a given thread count.
"""

from __future__ import annotations

import os

BLAS_ENV = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
"""The variables the BLAS libraries NumPy ships with (OpenBLAS, MKL builds) read."""


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity where the system has one)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def training_threads(beside_window: bool, cores: int | None = None) -> int:
    """BLAS threads for training on `cores` cores (default: `usable_cores()`): all but
    one beside the window, at least one; all of them headless."""
    cores = usable_cores() if cores is None else cores
    return max(1, cores - 1) if beside_window else max(1, cores)


def blas_environment(threads: int) -> dict[str, str]:
    """The environment that gives a process started with it `threads` BLAS threads,
    unless the user set the count already (their setting is kept)."""
    return {name: os.environ.get(name, str(threads)) for name in BLAS_ENV}
