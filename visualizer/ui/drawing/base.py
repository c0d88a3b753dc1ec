"""What every panel shares: it redraws from the latest frame alone and keeps no history."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ...core.protocol import Extra, Frame, RunData
from ..theme import Theme


class Panel(QWidget):
    """A view of one aspect of training. `extras` names what frames must carry for it
    (`core.protocol.Extra`); the main window asks the training process for the union
    of the visible panels' extras and redraws only visible panels. A panel whose extras
    change (a toggle) emits `extras_changed`."""

    extras_changed = Signal()
    title = ""
    extras: frozenset[Extra] = frozenset()

    _frame: Frame | None = None

    def show_frame(self, frame: Frame) -> None:
        """Redraw from `frame` (every run in `frame.runs`, run A first).
        The main window re-themes every panel itself when the theme changes."""
        self._frame = frame
        self._redraw()

    def _redraw(self) -> None:
        """Draw `self._frame` (which may be None before the first frame)."""
        raise NotImplementedError

    def set_run_data(self, data: dict[int, RunData]) -> None:
        """The live runs' data points by run_id (sent once per built run); only panels
        that draw data points use them."""

    def busy(self) -> bool:
        """Whether work started off the GUI thread has yet to be drawn (an export waits)."""
        return False

    def shutdown(self) -> None:
        """Stop what the panel started outside the window (the window is closing)."""

    def apply_theme(self, theme: Theme) -> None:
        """Re-colour backgrounds, axes and items for `theme` (see `ui.theme`)."""

    def retranslate(self) -> None:
        """Refresh visible strings after a language change."""
