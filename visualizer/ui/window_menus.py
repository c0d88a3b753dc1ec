"""The Lessons, View, Language and Help menus of the main window: they read and change the
window model (lesson, panel in front, text size, theme, language) and hold only the
widgets they need of the window."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenuBar, QMessageBox, QStatusBar, QWidget

from ..core import lessons
from ..core.languages import LANGUAGES
from ..core.window_model import WindowModel
from . import presenter
from .lesson_controller import LessonController
from .lesson_editing import LessonEditing
from .panel_area import PanelArea


class WindowMenus(QObject):
    """The menus in `menu_bar`: `parent` is the window's widget (full screen, dialogs),
    `area` names the panels, `docks` are the controls' and the lesson's (their show and
    hide actions), `lesson` gives Next, Back and Reveal, and `status_bar` shows the
    preview's way back to the lesson editor."""

    def __init__(
        self,
        model: WindowModel,
        menu_bar: QMenuBar,
        parent: QWidget,
        area: PanelArea,
        docks: Sequence[QDockWidget],
        lesson: LessonController,
        status_bar: QStatusBar,
    ) -> None:
        super().__init__(parent)
        self.model, self.menu_bar, self.parent_widget = model, menu_bar, parent
        self._lessons(lesson, area, status_bar)
        self._view(area, docks)
        self._language()
        self._help()
        self.sync()
        model.theme_changed.connect(lambda _name: self.sync())

    def _action(self, menu, title: str, slot, shortcut=None, checkable=False) -> QAction:
        action = QAction(title, self.parent_widget)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _lessons(self, lesson: LessonController, area: PanelArea, status_bar: QStatusBar) -> None:
        """The lesson's Next, Back and Reveal, then the built-in lessons by topic in the
        order of a course (`lessons.names()`)."""
        model = self.model
        menu = self.menu_bar.addMenu(self.tr("&Lessons"))
        for action in (lesson.next_action, lesson.back_action, lesson.reveal_action):
            menu.addAction(action)
        menu.addSeparator()
        lang = model.lang
        groups = {topic: menu.addMenu(lessons.topic_title(topic, lang)) for topic in lessons.TOPICS}
        self.lessons_menu, self.topic_menus = menu, groups
        self.preset_actions: dict[str, QAction] = {}
        for name in lessons.names():
            shown = lessons.get(name)
            runs = shown.run_count
            title = shown.title(lang) + (f"  [{'/'.join('ABCD'[:runs])}]" if runs > 1 else "")
            self.preset_actions[name] = self._action(
                groups[shown.topic],
                title,
                lambda _=False, n=name: model.open_lesson(lessons.get(n)),
            )
        menu.addSeparator()
        race = area.views.get("race")
        self.editing = LessonEditing(model, menu, self.parent_widget, status_bar, race)

    def _view(self, area: PanelArea, docks: Sequence[QDockWidget]) -> None:
        model = self.model
        menu = self.menu_bar.addMenu(self.tr("&View"))
        self.fullscreen_action = self._action(
            menu,
            self.tr("Full screen"),
            lambda: presenter.toggle_fullscreen(self.parent_widget),
            QKeySequence(Qt.Key.Key_F11),
        )

        def resize_text(delta: int):
            return lambda: model.set_font_points(model.font_points + delta)

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
        controls_dock, lesson_dock = docks
        self.controls_action = controls_dock.toggleViewAction()
        self.controls_action.setText(self.tr("Show controls"))
        self.controls_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_H))
        menu.addAction(self.controls_action)
        lesson_action = lesson_dock.toggleViewAction()
        lesson_action.setText(self.tr("Show lesson text"))
        menu.addAction(lesson_action)
        views = menu.addMenu(self.tr("Bring to front"))
        for name in area.views:
            self._action(views, area.tab_title(name), lambda _=False, n=name: model.show_view(n))
        menu.addSeparator()
        themes = QActionGroup(self)
        for name, title in (
            ("light", self.tr("Light theme (high contrast, for projectors)")),
            ("dark", self.tr("Dark theme")),
        ):
            action = self._action(
                menu, title, lambda _=False, n=name: model.set_theme(n), checkable=True
            )
            action.setData(name)
            themes.addAction(action)
        self.theme_group = themes

    def _language(self) -> None:
        menu = self.menu_bar.addMenu("&Language / 언어")
        group = QActionGroup(self)
        for code, title in LANGUAGES.items():
            action = self._action(
                menu, title, lambda _=False, c=code: self.model.set_language(c), checkable=True
            )
            action.setData(code)
            action.setChecked(code == self.model.lang)
            group.addAction(action)
        self.language_group = group

    def _help(self) -> None:
        menu = self.menu_bar.addMenu(self.tr("&Help"))
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
        box = QMessageBox(self.parent_widget)
        box.setWindowTitle(self.tr("Keyboard shortcuts"))
        box.setText(self.shortcuts_text())
        box.setModal(False)
        box.show()

    def sync(self) -> None:
        """Tick the current theme and language."""
        for action in self.theme_group.actions():
            action.setChecked(action.data() == self.model.theme)
        for action in self.language_group.actions():
            action.setChecked(action.data() == self.model.lang)
