"""Training in the command line's own process (`visualizer run`, `export`): every core,
each minibatch trained in parts, one thread and one BLAS thread each (core.threads)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from .core.threads import training_parts


@contextlib.contextmanager
def trained_in_parts() -> Iterator[int]:
    """The parts to train each minibatch in here; meanwhile one BLAS thread per part
    (NumPy is loaded already, so the count is changed through threadpoolctl)."""
    parts = training_parts(beside_window=False)
    if parts == 1:
        yield parts
        return
    from threadpoolctl import threadpool_limits

    with threadpool_limits(1, user_api="blas"):
        yield parts
