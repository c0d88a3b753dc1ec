"""The status line and the banner above the panels (divergence, errors)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ..core.snapshot import Frame
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
        """Announce every side that diverged, with its step; clear an earlier notice."""
        sides = [("A: ", frame.a), ("B: ", frame.b)] if frame.b is not None else [("", frame.a)]
        parts = [
            self.tr("{side}diverged at step {step}").format(side=name, step=snap.diverged_at)
            for name, snap in sides
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
    def show_frame(self, frame: Frame) -> None:
        snap = frame.a
        everyone_diverged = snap.diverged and (frame.b is None or frame.b.diverged)
        if everyone_diverged:
            state = self.tr("diverged")
        else:
            state = self.tr("running") if frame.running else self.tr("paused")
        self.setText(
            self.tr(
                "step {step}  ·  epoch {epoch}  ·  {rate:.1f} steps/s  ·  loss {loss}  ·  {state}"
            ).format(
                step=snap.step,
                epoch=snap.epoch,
                rate=frame.steps_per_second,
                loss=_number(snap.last_loss),
                state=state,
            )
        )


def _number(value: float) -> str:
    return "—" if value != value else f"{value:.4g}"
