"""How many threads a process that trains uses (docs/DESIGN.md, "Threads").

The rule: a training process beside the window leaves one core to the window (its GUI
thread draws the panels) and takes the others, at least one: one thread on 2 cores, three
on 4. A headless run (`visualizer run`, an export's training) has no window to leave a
core to and takes every core the process may run on (its affinity, so `taskset` limits
it). The threads are the parts each minibatch is split into (core.shards), each with one
BLAS thread: on 2 cores two halves of a depth-10 x 256 step ran 2.0x as fast as one
thread, OpenBLAS's own two threads 1.6x. A user who sets a BLAS thread count (the
variables below) gets that: one part, trained with their BLAS threads. A seed reproduces
a run exactly for a given number of parts.
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
    """Threads for training on `cores` cores (default: `usable_cores()`): all but one
    beside the window, at least one; all of them headless."""
    cores = usable_cores() if cores is None else cores
    return max(1, cores - 1) if beside_window else max(1, cores)


def user_sets_blas_threads() -> bool:
    """Whether the user chose a BLAS thread count in the environment."""
    return any(name in os.environ for name in BLAS_ENV)


def training_parts(beside_window: bool) -> int:
    """The parts a minibatch is trained in: the rule's threads, or one part when the user
    chose the BLAS threads."""
    return 1 if user_sets_blas_threads() else training_threads(beside_window)


def blas_environment() -> dict[str, str]:
    """The environment for a child process that trains: one BLAS thread per part, unless
    the user set the count (their setting is kept)."""
    return {name: os.environ.get(name, "1") for name in BLAS_ENV}
