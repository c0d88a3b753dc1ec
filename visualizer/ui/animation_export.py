"""File > Export animation: the window at evenly spaced steps of the run it has recorded,
as an animated GIF or PNG. Each step is asked of the training process (a tagged Seek), drawn
with its curves ending there and grabbed; a progress dialog can cancel at any time, and
the file is encoded off the GUI thread and written only when complete.

An export outlives its window's language switch (`move_to`: it draws its frames again in
the new language, or goes on encoding), fails with a message when the training process is
not running or dies, is cancelled when its window closes, and lets go of its frames (and
itself) when it ends."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..core.files import write_atomic
from ..core.protocol import Frame
from .animation import encode, to_pil
from .background import Jobs
from .frames import ending_at_its_step
from .training_link import TrainingLink

TAG_BASE = 1_000_000  # tags of this export's seeks (the slider's seeks carry 0)


class AnimationExport(QObject):
    """One export in progress: `finished(path)` when written, `failed(message)`; nothing
    when cancelled. The window returns to the live end afterwards.

    `link` (the training process) answers the seeks for `steps`; `draw(frame)` shows a
    frame on every panel of `window` (the widget grabbed for each picture, whose closing
    cancels)."""

    finished = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        link: TrainingLink,
        window: QWidget,
        draw: Callable[[Frame], None],
        path: Path,
        steps: Sequence[int],
        fps: float,
    ) -> None:
        super().__init__(window)
        self.link, self.window, self.draw = link, window, draw
        self.path, self.fps = path, fps
        self.jobs = Jobs(self)  # its own: it moves with the export to a successor window
        self.steps = list(steps)
        self.images: list = []
        self.active = True
        self.encoding = False
        self._cancelled = threading.Event()  # read by the encoding thread
        self._listening = False
        self._watching = False  # the window's close and the training process's death
        self.dialog = self._make_dialog()

    def _make_dialog(self) -> QProgressDialog:
        dialog = QProgressDialog(
            self.tr("Drawing the animation…"), self.tr("Cancel"), 0, len(self.steps), self.window
        )
        dialog.setWindowTitle(self.tr("Export animation"))
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(self.cancel)
        return dialog

    def start(self) -> None:
        link = self.link
        if not link.controller.alive:
            self._end()
            self.failed.emit(self._not_running())
            return
        self.window.installEventFilter(self)  # closing the window cancels
        link.process_died.connect(self._on_process_died)
        self._watching = True
        link.controller.pause()
        link.frame_ready.connect(self._on_frame)
        self._listening = True
        self._ask(0)

    def _not_running(self) -> str:
        return self.tr("the training process is not running; press Reset to restart it")

    def _ask(self, index: int) -> None:
        self.link.controller.seek(self.steps[index], TAG_BASE + index)

    @Slot(object)
    def _on_frame(self, frame: Frame) -> None:
        index = len(self.images)
        if not self.active:
            return
        if frame.tag == 0:  # the slider's seek (or Live) replaced the step asked for
            self._ask(index)  # ask again
            return
        if frame.tag != TAG_BASE + index:
            return
        self.draw(ending_at_its_step(frame))
        self.images.append(to_pil(self.window.grab().toImage()))
        self.dialog.setValue(len(self.images))
        if len(self.images) < len(self.steps):
            self._ask(len(self.images))
            return
        self._stop_listening()
        self.encoding = True
        self._show_encoding()
        images, cancelled = self.images, self._cancelled.is_set
        self.jobs.start(lambda: self._encode_and_write(images, cancelled), self._on_encoded)

    def _show_encoding(self) -> None:
        self.dialog.setLabelText(self.tr("Encoding…"))
        self.dialog.setRange(0, 0)  # busy: encoding has no steps to count

    def _encode_and_write(self, images: list, cancelled) -> None:
        """In the jobs' thread: encode (stopping between frames once cancelled), then write
        unless cancelled meanwhile (the disk stays as it was)."""
        suffix = ".gif" if self.path.suffix.lower() == ".gif" else ".png"
        data = encode(images, suffix, self.fps, cancelled)
        if not cancelled():
            write_atomic(self.path, data)

    def _on_encoded(self, _result: None, error: Exception | None) -> None:
        if not self.active:  # cancelled while encoding
            return
        self._end()
        if error is not None:
            self.failed.emit(str(getattr(error, "strerror", None) or error))
        else:
            self.finished.emit(str(self.path))

    @Slot(object)
    def _on_process_died(self, _exit_code: int | None) -> None:
        if self.active and not self.encoding:  # its frames will never come
            self._end()
            self.failed.emit(self._not_running())

    @Slot()
    def cancel(self) -> None:
        """Stop: nothing is written, the window goes live."""
        if self.active:
            self._end()

    def move_to(self, window: QWidget, draw: Callable[[Frame], None]) -> None:
        """Carry on in `window` (drawn by `draw`), a language switch's successor of this
        export's window (same training process): draw every frame again in its language,
        or, when the frames are all drawn, go on encoding; the dialog is made anew in that
        language. Whoever listened to `finished` and `failed` connects again."""
        self.window.removeEventFilter(self)
        self.finished.disconnect()  # from the old window's menu, which reconnects them
        self.failed.disconnect()
        old_dialog = self.dialog
        old_dialog.canceled.disconnect(self.cancel)
        old_dialog.reset()
        old_dialog.deleteLater()
        self.window, self.draw = window, draw
        self.setParent(window)
        window.installEventFilter(self)
        self.dialog = self._make_dialog()
        if self.encoding:
            self._show_encoding()
        else:
            self.images = []
            self.dialog.setValue(0)
            self._ask(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.cancel()
        return False

    def _end(self) -> None:
        """Finished, failed or cancelled: stop listening, go live, close the dialog and let
        go of the frames and of this object (an encoding under way stops at its next
        frame)."""
        self.active = False
        self._cancelled.set()
        self._stop_listening()
        if self._watching:
            self._watching = False
            self.link.process_died.disconnect(self._on_process_died)
            self.window.removeEventFilter(self)
        self.dialog.reset()
        self.dialog.deleteLater()
        self.images = []
        self.deleteLater()

    def _stop_listening(self) -> None:
        if self._listening:
            self._listening = False
            self.link.frame_ready.disconnect(self._on_frame)
            self.link.controller.seek(None)


def exports_under_way(window: QWidget) -> list[AnimationExport]:
    """The animation exports of `window` that have not ended."""
    return [export for export in window.findChildren(AnimationExport) if export.active]
