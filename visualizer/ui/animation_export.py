"""File > Export animation: the window at evenly spaced steps of the run it has recorded,
as an animated GIF or PNG. Each step is asked of the training process (a tagged Seek), drawn
with its curves ending there and grabbed; a progress dialog can cancel at any time, and
the file is encoded off the GUI thread and written only when complete."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QProgressDialog

from ..core.files import write_atomic
from ..core.protocol import Frame
from .animation import encode, frame_steps, to_pil
from .background import Jobs
from .frames import ending_at_its_step

TAG_BASE = 1_000_000  # tags of this export's seeks (the slider's seeks carry 0)


class AnimationExport(QObject):
    """One export in progress: `finished(path)` when written, `failed(message)`; nothing
    when cancelled. The window returns to the live end afterwards; `jobs` encodes and
    writes."""

    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, window, jobs: Jobs, path: Path, frames: int, fps: float) -> None:
        super().__init__(window)
        self.window, self.jobs, self.path, self.fps = window, jobs, path, fps
        live = window.frame.live_step if window.frame is not None else 0
        self.steps = frame_steps(live, frames)
        self.images: list = []
        self.dialog = QProgressDialog(
            self.tr("Drawing the animation…"), self.tr("Cancel"), 0, len(self.steps), window
        )
        self.dialog.setWindowTitle(self.tr("Export animation"))
        self.dialog.setMinimumDuration(0)
        self.dialog.canceled.connect(self.cancel)
        self.active = True
        self._listening = False

    def start(self) -> None:
        self.window.controller.pause()
        self.window.controller.frame_ready.connect(self._on_frame)
        self._listening = True
        self._ask(0)

    def _ask(self, index: int) -> None:
        self.window.controller.seek(self.steps[index], TAG_BASE + index)

    @Slot(object)
    def _on_frame(self, frame: Frame) -> None:
        index = len(self.images)
        if not self.active or frame.tag != TAG_BASE + index:
            return
        self.window.show_frame(ending_at_its_step(frame))
        self.images.append(to_pil(self.window.grab().toImage()))
        self.dialog.setValue(len(self.images))
        if len(self.images) < len(self.steps):
            self._ask(len(self.images))
            return
        self._stop_listening()
        self.dialog.setLabelText(self.tr("Encoding…"))
        self.dialog.setRange(0, 0)  # busy: encoding has no steps to count
        self.jobs.start(self._encode_and_write, self._on_encoded)

    def _encode_and_write(self) -> None:
        """In the jobs' thread: encode, then write unless cancelled meanwhile (the disk
        stays as it was)."""
        suffix = ".gif" if self.path.suffix.lower() == ".gif" else ".png"
        data = encode(self.images, suffix, self.fps)
        if self.active:
            write_atomic(self.path, data)

    def _on_encoded(self, _result: None, error: Exception | None) -> None:
        if not self.active:  # cancelled while encoding
            return
        self.dialog.reset()
        self.active = False
        if error is not None:
            self.failed.emit(str(getattr(error, "strerror", None) or error))
        else:
            self.finished.emit(str(self.path))

    @Slot()
    def cancel(self) -> None:
        """Stop: nothing is written, the window goes live."""
        if not self.active:
            return
        self.active = False
        self._stop_listening()
        self.dialog.reset()

    def _stop_listening(self) -> None:
        if self._listening:
            self._listening = False
            self.window.controller.frame_ready.disconnect(self._on_frame)
        self.window.controller.seek(None)
