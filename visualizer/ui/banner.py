"""The status line and the banner above the panels (divergence, errors)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QLabel, QStatusBar

from ..core.protocol import Frame
from ..core.runs import RUN_NAMES
from . import theme

BANNER_STYLE = "background: {color}; color: white; padding: 6px; font-weight: bold;"


class BannerKind(Enum):
    """What the banner says: a divergence (cleared by a healthy frame) or an error
    (cleared by Reset)."""

    DIVERGED = "diverged"
    ERROR = "error"


class Banner(QLabel):
    """A coloured message line, hidden until something needs saying."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.kind: BannerKind | None = None
        self.hide()

    def show_message(self, text: str, kind: BannerKind) -> None:
        self.setText(text)
        self.setStyleSheet(BANNER_STYLE.format(color=theme.current().warning))
        self.kind = kind
        self.show()

    def show_stopped(self, exit_code: int | None) -> None:
        """The training process died (`exit_code` None: unknown)."""
        text = self.tr(
            "The training process stopped unexpectedly (exit code {code}); press Reset to "
            "restart it"
        ).format(code="?" if exit_code is None else exit_code)
        self.show_message(text, BannerKind.ERROR)

    def show_frame(self, frame: Frame) -> None:
        """Announce every run that diverged, with its step; clear an earlier notice."""
        several = len(frame.runs) > 1
        parts = [
            self.tr("{side}diverged at step {step}").format(
                side=f"{RUN_NAMES[index]}: " if several else "", step=snap.diverged_at
            )
            for index, snap in enumerate(frame.runs)
            if snap.diverged
        ]
        if parts:
            advice = self.tr(
                " — the loss or the weights became NaN/Inf. "
                "Lower the learning rate or init scale, then press Reset."
            )
            self.show_message("; ".join(parts) + advice, BannerKind.DIVERGED)
        elif self.kind is BannerKind.DIVERGED:
            self.hide()


class StatusBar(QStatusBar):
    """The window's status bar, which also says while report requests wait and when the
    training process died before answering them."""

    def _waiting_text(self) -> str:
        return self.tr("Waiting for the training process…")

    def show_waiting(self) -> None:
        self.showMessage(self._waiting_text())

    def report_answered(self, pending: int) -> None:
        """The last answer clears the waiting message (not what its callback showed)."""
        if not pending and self.currentMessage() == self._waiting_text():
            self.clearMessage()

    def reports_lost(self, count: int) -> None:
        if count:
            self.showMessage(
                self.tr("{count} JSON export(s) not written: the training process stopped").format(
                    count=count
                )
            )
        else:
            self.report_answered(0)


class StatusLine(QLabel):
    def show_frame(self, frame: Frame, stopped: bool = False) -> None:
        """Run A's step, epoch and loss, the speed, and the state (`stopped`: the training
        process has ended)."""
        snap = frame.runs[0]
        if stopped:
            state = self.tr("training process stopped")
        elif frame.all_diverged:
            state = self.tr("diverged")
        else:
            state = self.tr("running") if frame.running else self.tr("paused")
        self.setText(
            self.tr(
                "step {step}  ·  epoch {epoch}  ·  {rate:.1f} steps/s  ·  loss {loss}  ·  {state}"
            ).format(
                step=snap.step,
                epoch=snap.epoch,
                rate=0.0 if stopped else frame.steps_per_second,
                loss=_number(snap.last_loss),
                state=state,
            )
        )


def _number(value: float) -> str:
    return "—" if value != value else f"{value:.4g}"
