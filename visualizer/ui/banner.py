"""The status line and the banner above the panels (divergence, errors)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ..core.protocol import RUN_NAMES, Frame
from . import theme

BANNER_STYLE = "background: {color}; color: white; padding: 6px; font-weight: bold;"


class Banner(QLabel):
    """A coloured message line, hidden until something needs saying. `kind` tells a
    divergence notice (cleared by a healthy frame) from an error (cleared by Reset)."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.kind = ""
        self.hide()

    def show_message(self, text: str, kind: str) -> None:
        self.setText(text)
        self.setStyleSheet(BANNER_STYLE.format(color=theme.current().warning))
        self.kind = kind
        self.show()

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
            self.show_message("; ".join(parts) + advice, "diverged")
        elif self.kind == "diverged":
            self.hide()


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
