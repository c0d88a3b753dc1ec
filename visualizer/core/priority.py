"""The scheduling priority of the processes that train beside the window (the training
process, a search's child): below the window's, so its GUI thread runs first."""

from __future__ import annotations

import contextlib
import os

NICENESS = 5  # the priority below the window's (Unix nice)


def yield_to_the_window() -> None:
    """Lower this process's scheduling priority by NICENESS: when the cores are busy, the
    window's GUI thread runs first and stays smooth; on an idle core training is as fast."""
    with contextlib.suppress(AttributeError, OSError):  # no os.nice on Windows
        os.nice(NICENESS)
