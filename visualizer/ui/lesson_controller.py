"""The lesson as the class sees it: the lesson dock, the cover over the panels while a
question waits, and the keys that drive the lesson from a presenter remote. The lesson's
state (which lesson and step, the answer picked and whether it is revealed) lives in the
window model (`core.window_model`); this view shows it and sends the class's commands to it.

Keys (window-wide once the window adds `actions`): Page Down = Next, Page Up = Back (what
every presenter remote's two buttons send), B or . = reveal (what remotes send for their
black-screen button), 1-4 = pick an answer. Next on a covered question reveals it first,
so a remote with only two buttons can run a whole lesson. While a lesson is open these
keys reach it whatever control of the window has the focus (`eventFilter`): Page Up and
Down always (a spin box would take them as a page step and rebuild the run), the others
while a question waits (else they are typed).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QWidget

from ..core.window_model import WindowModel
from .cover import Cover
from .lesson_panel import LessonPanel
from .question_view import MAX_ANSWERS

NEXT_KEYS = (Qt.Key.Key_PageDown,)
BACK_KEYS = (Qt.Key.Key_PageUp,)
REVEAL_KEYS = (Qt.Key.Key_B, Qt.Key.Key_Period)
ANSWER_KEYS = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4)
DOCK_SHARE = 0.4  # the lesson dock takes what its text needs, up to this share of the window
COVERED_SHARE = 0.25  # or of this share while a question covers the panels (it needs room)


class LessonController(QObject):
    """Owns the lesson dock (`dock`, `panel`), the cover over `area`'s panels (`cover`)
    and the lesson actions (`next_action`, `back_action`, `reveal_action`,
    `answer_actions`; all in `actions` for the window to add)."""

    def __init__(self, model: WindowModel, area: QWidget, window: QMainWindow) -> None:
        super().__init__(window)
        self.model = model
        self.window = window  # the dock's height is a share of it; its keys are watched
        self.panel = LessonPanel()
        self.dock = QDockWidget(self.tr("Lesson"))
        self.dock.setObjectName("lesson")
        self.dock.setWidget(self.panel)
        self._fit_timer = QTimer(self)  # the dock's height, once the layout has settled
        self._fit_timer.setSingleShot(True)
        self._fit_timer.timeout.connect(self.fit_dock)
        self._fitted_width = -1
        self.panel.installEventFilter(self)  # its width and font decide its height
        self.cover = Cover(area.tabs.parentWidget(), area)  # over both tab groups
        self.next_action = self._action(self.tr("Next step"), NEXT_KEYS, model.next)
        self.back_action = self._action(self.tr("Previous step"), BACK_KEYS, model.back)
        self.reveal_action = self._action(self.tr("Reveal the answer"), REVEAL_KEYS, model.reveal)
        self.answer_actions = [
            self._action(
                self.tr("Pick answer {0}").format(index + 1),
                (str(index + 1), f"Num+{index + 1}"),  # the digit row and the keypad
                lambda i=index: model.pick(i),
            )
            for index in range(MAX_ANSWERS)
        ]
        self.actions = [self.next_action, self.back_action, self.reveal_action]
        self.actions += self.answer_actions
        self.panel.back_requested.connect(model.back)
        self.panel.next_requested.connect(model.next)
        self.cover.question.answer_chosen.connect(model.pick)
        self.cover.question.reveal_requested.connect(model.reveal)
        model.lesson_changed.connect(self._refresh)
        self._watched: QWidget | None = None
        QApplication.instance().focusChanged.connect(self._watch_focus)
        self._watch_focus(None, QApplication.focusWidget())
        self._refresh()

    def _action(self, text: str, keys: tuple, command: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _=False: command())
        return action

    def _watch_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Filter the keys of the focused widget when it is in this window."""
        if self._watched is not None:
            with contextlib.suppress(RuntimeError):  # it may have been deleted meanwhile
                self._watched.removeEventFilter(self)
            self._watched = None
        if new is not None and new.window() is self.window:
            new.installEventFilter(self)
            self._watched = new

    def fit_dock(self) -> None:
        """Give the lesson dock the height its text needs (a title and two lines take
        little; a long step more), at most DOCK_SHARE of the window (COVERED_SHARE while a
        question covers the panels); more text scrolls."""
        if not self.dock.isVisible() or self.dock.isFloating():
            return
        self._fitted_width = self.panel.width()
        title = self.dock.height() - self.panel.height()
        wanted = self.panel.needed_height() + title
        share = COVERED_SHARE if self.model.covered else DOCK_SHARE
        limit = int(self.window.height() * share)
        self.window.resizeDocks([self.dock], [min(wanted, limit)], Qt.Orientation.Vertical)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The lesson panel's width or font changed: fit the dock again. A lesson key the
        focused control would take (or one whose action is off, as Next at the last step)
        goes to the lesson instead."""
        if watched is self.panel:
            resized = event.type() == QEvent.Type.Resize
            if event.type() == QEvent.Type.FontChange or (
                resized and self.panel.width() != self._fitted_width
            ):
                self._fit_timer.start(0)
            return False
        model = self.model
        if event.type() != QEvent.Type.KeyPress or model.lesson is None:
            return False
        key, plain = event.key(), _plain(event)
        if key in NEXT_KEYS and plain:
            model.next()
        elif key in BACK_KEYS and plain:
            model.back()
        elif key in REVEAL_KEYS and plain and model.covered:
            model.reveal()
        elif key in ANSWER_KEYS and plain and model.covered:
            model.pick(ANSWER_KEYS.index(key))
        else:
            return False
        return True

    def apply_theme(self) -> None:
        for view in (self.cover.question, self.panel.answer):
            view.restyle()

    def _refresh(self, *_reached: bool) -> None:
        """The dock, the cover, and which actions work."""
        model = self.model
        covered, question = model.covered, model.question
        self.panel.show_lesson(model.lesson, model.lang, model.step, model.picked, model.revealed)
        self._fit_timer.start(0)
        if covered:
            self.cover.ask(question, model.lang, model.picked)
        self.cover.setVisible(covered)
        self.next_action.setEnabled(model.can_go_next)
        self.back_action.setEnabled(model.step > 0)
        self.panel.next_button.setEnabled(self.next_action.isEnabled())
        self.panel.back_button.setEnabled(self.back_action.isEnabled())
        self.reveal_action.setEnabled(covered)
        answers = len(question.answers) if covered and question is not None else 0
        for index, action in enumerate(self.answer_actions):
            action.setEnabled(index < answers)


def _plain(event: QKeyEvent) -> bool:
    """No modifier but the keypad's (Ctrl+Page Down and the like stay the control's)."""
    return not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
