"""The Lessons, View, Language and Help menus of the main window."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMessageBox

from ..core import lessons
from ..core.languages import LANGUAGES
from . import presenter
from .lesson_editing import LessonEditing


class WindowMenus(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._lessons()
        self._view()
        self._language()
        self._help()

    def _action(self, menu, title: str, slot, shortcut=None, checkable=False) -> QAction:
        action = QAction(title, self.window)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _lessons(self) -> None:
        """The lesson's Next, Back and Reveal, then the built-in lessons by topic in the
        order of a course (`lessons.names()`)."""
        menu = self.window.menuBar().addMenu(self.tr("&Lessons"))
        lesson = self.window.lesson
        for action in (lesson.next_action, lesson.back_action, lesson.reveal_action):
            menu.addAction(action)
        menu.addSeparator()
        lang = self.window.lang
        groups = {topic: menu.addMenu(lessons.topic_title(topic, lang)) for topic in lessons.TOPICS}
        self.lessons_menu, self.topic_menus = menu, groups
        self.preset_actions: dict[str, QAction] = {}
        for name in lessons.names():
            lesson = lessons.get(name)
            runs = lesson.run_count
            title = lesson.title(lang) + (f"  [{'/'.join('ABCD'[:runs])}]" if runs > 1 else "")
            self.preset_actions[name] = self._action(
                groups[lesson.topic], title, lambda _=False, n=name: self.window.load_preset(n)
            )
        menu.addSeparator()
        self.editing = LessonEditing(self.window, menu)

    def _view(self) -> None:
        window = self.window
        menu = window.menuBar().addMenu(self.tr("&View"))
        self.fullscreen_action = self._action(
            menu,
            self.tr("Full screen"),
            lambda: presenter.toggle_fullscreen(window),
            QKeySequence(Qt.Key.Key_F11),
        )

        def resize_text(delta: int):
            return lambda: window.set_font_size(window.font_points + delta)

        larger, smaller = resize_text(+2), resize_text(-2)
        self._action(
            menu,
            self.tr("Larger text"),
            larger,
            [
                QKeySequence(QKeySequence.StandardKey.ZoomIn),
                QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Equal),
            ],
        )
        self._action(
            menu, self.tr("Smaller text"), smaller, QKeySequence(QKeySequence.StandardKey.ZoomOut)
        )
        self.controls_action = window.controls_dock.toggleViewAction()
        self.controls_action.setText(self.tr("Show controls"))
        self.controls_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_H))
        menu.addAction(self.controls_action)
        lesson_action = window.lesson_dock.toggleViewAction()
        lesson_action.setText(self.tr("Show lesson text"))
        menu.addAction(lesson_action)
        views = menu.addMenu(self.tr("Bring to front"))
        for name in window.views:
            self._action(views, window.tab_title(name), lambda _=False, n=name: window.show_view(n))
        menu.addSeparator()
        themes = QActionGroup(self)
        for name, title in (
            ("light", self.tr("Light theme (high contrast, for projectors)")),
            ("dark", self.tr("Dark theme")),
        ):
            action = self._action(
                menu, title, lambda _=False, n=name: window.set_theme(n), checkable=True
            )
            action.setData(name)
            themes.addAction(action)
        self.theme_group = themes

    def _language(self) -> None:
        menu = self.window.menuBar().addMenu("&Language / 언어")
        group = QActionGroup(self)
        for code, title in LANGUAGES.items():
            action = self._action(
                menu, title, lambda _=False, c=code: self.window.set_language(c), checkable=True
            )
            action.setData(code)
            action.setChecked(code == self.window.lang)
            group.addAction(action)
        self.language_group = group

    def _help(self) -> None:
        menu = self.window.menuBar().addMenu(self.tr("&Help"))
        self._action(
            menu,
            self.tr("Keyboard shortcuts"),
            self.show_shortcuts,
            QKeySequence(QKeySequence.StandardKey.HelpContents),
        )

    def shortcuts_text(self) -> str:
        rows = [
            ("Space", self.tr("Play / pause")),
            ("S, →", self.tr("One training step")),
            ("R", self.tr("Reset (rebuild from the seed)")),
            ("F11", self.tr("Full screen")),
            ("Ctrl + / Ctrl -", self.tr("Larger / smaller text")),
            ("Ctrl+H", self.tr("Show or hide the controls")),
            ("Ctrl+E", self.tr("Export the window as PNG")),
            ("Ctrl+S / Ctrl+O", self.tr("Save / load the configuration")),
            ("Page Down", self.tr("Lesson: next step (a covered answer is revealed first)")),
            ("Page Up", self.tr("Lesson: previous step")),
            ("B, .", self.tr("Lesson: reveal the answer (a presenter remote's black-screen key)")),
            ("1 – 4", self.tr("Lesson: pick an answer")),
        ]
        return "\n".join(f"{keys}\t{what}" for keys, what in rows)

    def show_shortcuts(self) -> None:
        box = QMessageBox(self.window)
        box.setWindowTitle(self.tr("Keyboard shortcuts"))
        box.setText(self.shortcuts_text())
        box.setModal(False)
        box.show()

    def sync(self) -> None:
        """Tick the current theme and language."""
        for action in self.theme_group.actions():
            action.setChecked(action.data() == self.window.theme_name)
        for action in self.language_group.actions():
            action.setChecked(action.data() == self.window.lang)
