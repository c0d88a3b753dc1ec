"""The Lessons menu's teacher part: New lesson, Edit this lesson, My lessons (the
teacher's own, in their order) and Arrange my lessons. It tells the editor what the
window shows (the window model's runs and panel in front, the race's surface), plays a
preview through the model and puts the window back afterwards."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QMenu,
    QPushButton,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from ..core import lessons
from ..core.lesson_draft import LessonDraft, Shown
from ..core.lesson_files import LessonError
from ..core.window_model import WindowModel
from . import settings
from .lesson_editor import LessonEditor
from .panels.optimizer_race import OptimizerRacePanel


class LessonEditing(QObject):
    """Owns the editor (one at a time) and the My lessons menu in the Lessons `menu`.
    `parent`: the window's widget (the editor's and dialogs' parent); `status_bar` shows
    the way back from a preview; `race`: the optimizer race panel, whose surface a step
    may set."""

    def __init__(
        self,
        model: WindowModel,
        menu: QMenu,
        parent: QWidget,
        status_bar: QStatusBar,
        race: OptimizerRacePanel | None,
    ) -> None:
        super().__init__(parent)
        self.model, self.parent_widget = model, parent
        self.status_bar, self.race = status_bar, race
        self.editor: LessonEditor | None = None
        self.new_action = menu.addAction(self.tr("New lesson…"), self.new_lesson)
        self.edit_action = menu.addAction(self.tr("Edit this lesson…"), self.edit_lesson)
        self.mine_menu = menu.addMenu(self.tr("My lessons"))
        self.back_button = QPushButton(self.tr("Back to the lesson editor"))
        self.back_button.clicked.connect(self.end_preview)
        self.back_button.hide()  # in the status bar while a preview plays
        menu.aboutToShow.connect(self._sync)
        self.refresh()

    def _sync(self) -> None:
        """Edit this lesson works while a lesson is open."""
        self.edit_action.setEnabled(self.model.lesson is not None)

    def mine(self):
        return settings.my_lessons()

    def refresh(self) -> None:
        """Rebuild My lessons (after a save or an arrangement) and enable Edit."""
        self.mine_menu.clear()
        mine = self.mine()
        names = mine.names()
        for name in names:
            try:
                title = mine.get(name).title(self.model.lang)
            except LessonError:
                continue  # a damaged file: `visualizer presets` says why
            self.mine_menu.addAction(title, lambda n=name: self.open_mine(n))
        if names:
            self.mine_menu.addSeparator()
        arrange = self.mine_menu.addAction(self.tr("Arrange my lessons…"), self.arrange)
        arrange.setEnabled(bool(names))
        self._sync()

    # what the window shows ------------------------------------------------------------
    def shown(self) -> Shown:
        """What the window shows: the model's runs and panel in front, and the race's
        surface."""
        surface = self.race.surface_name() if self.race is not None else None
        return Shown(self.model.configs, self.model.view, surface)

    def restore(self, shown: Shown) -> None:
        """The window as it was: its runs (the preview's lesson ends), panel and surface."""
        self.model.load_runs(shown.configs)
        if shown.view is not None:
            self.model.show_view(shown.view)
        if shown.surface is not None and self.race is not None:
            self.race.set_surface(shown.surface)

    # commands -------------------------------------------------------------------------
    def new_lesson(self) -> None:
        self._open(LessonDraft.from_shown(self.shown(), self._free_name("my_lesson")))

    def edit_lesson(self) -> None:
        """Edit the open lesson: one of My lessons in place, any other as a copy (a
        built-in lesson is never overwritten)."""
        lesson = self.model.lesson
        if lesson is None:
            return
        own = lesson.name in self.mine() and lesson.name not in lessons.names()
        name = lesson.name if own else self._free_name(f"{lesson.name}_copy")
        self._open(LessonDraft.of(lesson, name))

    def open_mine(self, name: str) -> None:
        try:
            self.model.open_lesson(self.mine().get(name))
        except LessonError as error:
            self.model.report_error(str(error))
        self.refresh()

    def _free_name(self, base: str) -> str:
        taken = set(self.mine().names()) | set(lessons.names())
        name, number = base, 2
        while name in taken:
            name, number = f"{base}_{number}", number + 1
        return name

    def _open(self, draft: LessonDraft) -> None:
        if self.editor is not None:
            self.editor.close()
            self.editor.deleteLater()
        self.editor = LessonEditor(
            draft,
            self.mine(),
            self.shown,
            self.preview,
            self.restore,
            self.model.lang,
            self.parent_widget,
        )
        self.editor.saved.connect(lambda _name: self.refresh())
        self.editor.show()

    def preview(self, lesson: lessons.Lesson) -> None:
        self.model.open_lesson(lesson)
        self.status_bar.addPermanentWidget(self.back_button)
        self.back_button.show()

    def end_preview(self) -> None:
        self.back_button.hide()
        if self.editor is not None:
            self.editor.end_preview()
        self.refresh()

    def arrange(self) -> None:
        """A list of My lessons to reorder (▲ ▼) or remove; OK keeps the order."""
        mine = self.mine()
        dialog = QDialog(self.parent_widget)
        dialog.setWindowTitle(self.tr("Arrange my lessons"))
        names = QListWidget()
        names.addItems(mine.names())
        names.setCurrentRow(0)

        def move(by: int) -> None:
            row = names.currentRow()
            if 0 <= row + by < names.count():
                names.insertItem(row + by, names.takeItem(row))
                names.setCurrentRow(row + by)

        removed: list[str] = []

        def remove() -> None:
            item = names.takeItem(names.currentRow())
            if item is not None:
                removed.append(item.text())

        buttons = QVBoxLayout()
        actions = (("▲", lambda: move(-1)), ("▼", lambda: move(+1)), (self.tr("Remove"), remove))
        for text, slot in actions:
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(names, 1)
        row.addLayout(buttons)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(dialog.accept)
        box.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addLayout(row)
        layout.addWidget(box)
        self.arrange_dialog = dialog

        def done() -> None:
            try:
                for name in removed:
                    mine.remove(name)
                mine.set_order([names.item(i).text() for i in range(names.count())])
            except LessonError as error:
                self.model.report_error(str(error))
            self.refresh()

        dialog.accepted.connect(done)
        dialog.open()
