"""The lesson a class works through: which lesson and step, the answer the class picked and
whether it is revealed, and the keys that drive them from a presenter remote.

Keys (window-wide): Page Down = Next, Page Up = Back (what every presenter remote's two
buttons send), B or . = reveal (what remotes send for their black-screen button), 1-4 =
pick an answer. Next on a covered question reveals it first, so a remote with only two
buttons can run a whole lesson. While a lesson is open these keys reach it whatever control
has the focus (`eventFilter`): Page Up and Down always (a spin box would take them as a
page step and rebuild the run), the others while a question waits (else they are typed).
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

from ..core.lessons import Lesson, Question
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
    """Owns the lesson dock (`dock`, `panel`), the cover over the panels (`cover`) and the
    lesson actions (`next_action`, `back_action`, `reveal_action`, `answer_actions`).
    Steps are cumulative (`Lesson.configs(step)`), so going back or forward to a step
    always gives the same runs; reaching a step clears its answer."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.lesson: Lesson | None = None
        self.step = 0
        self.picked: int | None = None
        self.revealed = False
        self.panel = LessonPanel()
        self.dock = QDockWidget(self.tr("Lesson"), window)
        self.dock.setObjectName("lesson")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self._fit_timer = QTimer(self)  # the dock's height, once the layout has settled
        self._fit_timer.setSingleShot(True)
        self._fit_timer.timeout.connect(self.fit_dock)
        self._fitted_width = -1
        self.panel.installEventFilter(self)  # its width and font decide its height
        self.cover = Cover(window.area.tabs.parentWidget(), window.area)  # over both tab groups
        self.next_action = self._action(self.tr("Next step"), NEXT_KEYS, self.next)
        self.back_action = self._action(self.tr("Previous step"), BACK_KEYS, self.back)
        self.reveal_action = self._action(self.tr("Reveal the answer"), REVEAL_KEYS, self.reveal)
        self.answer_actions = [
            self._action(
                self.tr("Pick answer {0}").format(index + 1),
                (str(index + 1), f"Num+{index + 1}"),  # the digit row and the keypad
                lambda _=False, i=index: self.pick(i),
            )
            for index in range(MAX_ANSWERS)
        ]
        self.panel.back_requested.connect(self.back)
        self.panel.next_requested.connect(self.next)
        self.cover.question.answer_chosen.connect(self.pick)
        self.cover.question.reveal_requested.connect(self.reveal)
        self._watched: QWidget | None = None
        QApplication.instance().focusChanged.connect(self._watch_focus)
        self._watch_focus(None, QApplication.focusWidget())
        self._refresh()

    def _action(self, text: str, keys: tuple, slot) -> QAction:
        action = QAction(text, self.window)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _=False: slot())
        self.window.addAction(action)
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
        limit = int(self.window.height() * (COVERED_SHARE if self.covered else DOCK_SHARE))
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
        if event.type() != QEvent.Type.KeyPress or self.lesson is None:
            return False
        key, plain = event.key(), _plain(event)
        if key in NEXT_KEYS and plain:
            self.next()
        elif key in BACK_KEYS and plain:
            self.back()
        elif key in REVEAL_KEYS and plain and self.covered:
            self.reveal()
        elif key in ANSWER_KEYS and plain and self.covered:
            self.pick(ANSWER_KEYS.index(key))
        else:
            return False
        return True

    # state ----------------------------------------------------------------------------
    @property
    def question(self) -> Question | None:
        """The current step's question, if it has one."""
        if self.lesson is None or not self.lesson.steps:
            return None
        return self.lesson.steps[self.step].question

    @property
    def covered(self) -> bool:
        """Whether the panels are covered: a question waits for its answer."""
        return self.question is not None and not self.revealed

    # commands -------------------------------------------------------------------------
    def open(self, lesson: Lesson, step: int = 0, apply: bool = True) -> None:
        """Show `lesson` at `step` (0-based), hiding and locking its controls. `apply`:
        set every run to the step's configurations, paused; without it the window
        already shows them (start-up, export, a language switch)."""
        self.lesson = lesson
        self.window.controls.set_restrictions(lesson.hidden, lesson.locked)
        if apply:
            self.window.controller.pause()
            self.window.banner.hide()
        self.go(step, apply)

    def go(self, step: int, apply: bool = True) -> None:
        """Reach `step` of the lesson: its configurations (when they differ from what the
        controls show, training pauses and the runs are rebuilt), its panel, its question."""
        if self.lesson is None:
            return
        self.step, self.picked, self.revealed = step, None, False
        configs = self.lesson.configs(step)
        if apply and configs != self.window.controls.configs():
            self.window.controller.pause()
            self.window.apply_configs(configs, keep_lesson=True)
        view = self.lesson.view_at(step)
        if view is not None:
            self.window.show_view(view)
        if view == "race":  # the lesson's surface, else the book's valley
            self.window.views["race"].set_surface(self.lesson.surface_at(step) or "valley")
        self._refresh()

    def next(self) -> None:
        """Reveal a covered answer, else go to the next step."""
        if self.covered:
            self.reveal()
        elif self.lesson is not None and self.step + 1 < self.lesson.step_count:
            self.go(self.step + 1)

    def back(self) -> None:
        if self.lesson is not None and self.step > 0:
            self.go(self.step - 1)

    def pick(self, index: int) -> None:
        """The class's answer (0-based), until it is revealed."""
        question = self.question
        if self.covered and question is not None and index < len(question.answers):
            self.picked = index
            self._refresh()

    def reveal(self) -> None:
        if self.covered:
            self.revealed = True
            self._refresh()

    def apply_theme(self) -> None:
        for view in (self.cover.question, self.panel.answer):
            view.restyle()

    def close(self) -> None:
        """End the lesson (a configuration was loaded): every control shows again."""
        self.lesson, self.step, self.picked, self.revealed = None, 0, None, False
        self.window.controls.set_restrictions((), ())
        self._refresh()

    def take_over(self, other: LessonController) -> None:
        """Continue `other`'s lesson where it is (a language switch), runs unchanged."""
        if other.lesson is not None:
            self.open(other.lesson, other.step, apply=False)
            self.picked, self.revealed = other.picked, other.revealed
            self._refresh()

    def _refresh(self) -> None:
        """The dock, the cover, and which actions work: while covered, training is paused
        and Play and Step are off."""
        lang, covered, question = self.window.lang, self.covered, self.question
        self.panel.show_lesson(self.lesson, lang, self.step, self.picked, self.revealed)
        self._fit_timer.start(0)
        if covered:
            self.window.controller.pause()
            self.cover.question.show_question(question, lang, self.picked, revealed=False)
        self.cover.setVisible(covered)
        for action in (self.window.play_action, self.window.step_action):
            action.setEnabled(not covered)
        count = self.lesson.step_count if self.lesson is not None else 0
        self.next_action.setEnabled(covered or self.step + 1 < count)
        self.back_action.setEnabled(self.step > 0)
        self.panel.next_button.setEnabled(self.next_action.isEnabled())
        self.panel.back_button.setEnabled(self.back_action.isEnabled())
        self.reveal_action.setEnabled(covered)
        answers = len(question.answers) if covered else 0
        for index, action in enumerate(self.answer_actions):
            action.setEnabled(index < answers)


def _plain(event: QKeyEvent) -> bool:
    """No modifier but the keypad's (Ctrl+Page Down and the like stay the control's)."""
    return not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
