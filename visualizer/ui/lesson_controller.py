"""The lesson as the class sees it: the lesson dock, the cover over the panels while a
question waits, and the keys that drive the lesson from a presenter remote. The lesson's
state (which lesson and step, the answer picked and whether it is revealed) lives in the
window model (`core.window_model`); this view shows it and sends the class's commands to it.

Keys (window-wide once the window adds `actions`): Page Down = Next, Page Up = Back (what
every presenter remote's two buttons send), B or . = reveal (what remotes send for their
black-screen button), 1-4 = pick an answer. Next on a covered question reveals it first,
so a remote with only two buttons can run a whole lesson.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QWidget

from ..core.window_model import WindowModel
from .cover import Cover
from .lesson_panel import LessonPanel
from .question_view import MAX_ANSWERS

NEXT_KEYS = (Qt.Key.Key_PageDown,)
BACK_KEYS = (Qt.Key.Key_PageUp,)
REVEAL_KEYS = (Qt.Key.Key_B, Qt.Key.Key_Period)
DOCK_HEIGHT = 210


class LessonController(QObject):
    """Owns the lesson dock (`dock`, `panel`), the cover over `area`'s panels (`cover`)
    and the lesson actions (`next_action`, `back_action`, `reveal_action`,
    `answer_actions`; all in `actions` for the window to add)."""

    def __init__(self, model: WindowModel, area: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.panel = LessonPanel()
        self.dock = QDockWidget(self.tr("Lesson"))
        self.dock.setObjectName("lesson")
        self.dock.setWidget(self.panel)
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
        self._refresh()

    def _action(self, text: str, keys: tuple, command: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _=False: command())
        return action

    def apply_theme(self) -> None:
        for view in (self.cover.question, self.panel.answer):
            view.restyle()

    def _refresh(self, *_reached: bool) -> None:
        """The dock, the cover, and which actions work."""
        model = self.model
        covered, question = model.covered, model.question
        self.panel.show_lesson(model.lesson, model.lang, model.step, model.picked, model.revealed)
        if covered:
            self.cover.question.show_question(question, model.lang, model.picked, revealed=False)
        self.cover.setVisible(covered)
        self.next_action.setEnabled(model.can_go_next)
        self.back_action.setEnabled(model.step > 0)
        self.panel.next_button.setEnabled(self.next_action.isEnabled())
        self.panel.back_button.setEnabled(self.back_action.isEnabled())
        self.reveal_action.setEnabled(covered)
        answers = len(question.answers) if covered and question is not None else 0
        for index, action in enumerate(self.answer_actions):
            action.setEnabled(index < answers)
