"""Lessons > New lesson and Edit this lesson: a teacher makes a lesson the way they would
show it. The editor edits a `core.lesson_draft.LessonDraft` (Qt-free); its widgets only
read and write the draft. A step is recorded from what the window shows; Preview plays
the draft as a class sees it and returns; Save writes it to My lessons through the loader.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core import lessons
from ..core.config import KEYS
from ..core.languages import LANGUAGES
from ..core.lesson_draft import LessonDraft, QuestionDraft, Shown, StepDraft
from ..core.lesson_files import LessonError
from ..core.lesson_types import Texts, in_language
from ..core.my_lessons import MyLessons
from .question_view import MAX_ANSWERS

TEXT_HEIGHT = 70


class TextsEdit(QWidget):
    """One text in every language, side by side (either may stay empty)."""

    edited = Signal()

    def __init__(self, multiline: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QLineEdit | QPlainTextEdit] = {}
        for lang in LANGUAGES:
            box: QLineEdit | QPlainTextEdit
            if multiline:
                box = QPlainTextEdit()
                box.setFixedHeight(TEXT_HEIGHT)
            else:
                box = QLineEdit()
            box.setPlaceholderText(LANGUAGES[lang])
            box.textChanged.connect(self.edited)
            self.boxes[lang] = box
            layout.addWidget(box)

    def texts(self) -> Texts:
        return {lang: _text_of(box) for lang, box in self.boxes.items() if _text_of(box).strip()}

    def set_texts(self, texts: Texts) -> None:
        for lang, box in self.boxes.items():
            box.blockSignals(True)
            if isinstance(box, QPlainTextEdit):
                box.setPlainText(texts.get(lang, ""))
            else:
                box.setText(texts.get(lang, ""))
            box.blockSignals(False)


def _text_of(box: QLineEdit | QPlainTextEdit) -> str:
    return box.toPlainText() if isinstance(box, QPlainTextEdit) else box.text()


class QuestionEdit(QGroupBox):
    """A step's question: its text, 2 to 4 answers and the right one (checkable: a step
    without a question leaves the box unticked)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setChecked(False)
        self.text = TextsEdit(multiline=False)
        self.count = QSpinBox()
        self.count.setRange(2, MAX_ANSWERS)
        self.answers = [TextsEdit(multiline=False) for _ in range(MAX_ANSWERS)]
        self.correct = QComboBox()
        self.explanation = TextsEdit(multiline=False)
        self.form = QFormLayout(self)
        self.question_label, self.count_label = QLabel(), QLabel()
        self.correct_label, self.explanation_label = QLabel(), QLabel()
        self.answer_labels = [QLabel() for _ in range(MAX_ANSWERS)]
        self.form.addRow(self.question_label, self.text)
        self.form.addRow(self.count_label, self.count)
        for label, answer in zip(self.answer_labels, self.answers, strict=True):
            self.form.addRow(label, answer)
        self.form.addRow(self.correct_label, self.correct)
        self.form.addRow(self.explanation_label, self.explanation)
        self.toggled.connect(self.edited)
        self.count.valueChanged.connect(self._show_count)
        for widget in (self.text, *self.answers, self.explanation):
            widget.edited.connect(self.edited)
        self.correct.currentIndexChanged.connect(self.edited)
        self._show_count()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Question (predict, then reveal)"))
        self.question_label.setText(self.tr("Question"))
        self.count_label.setText(self.tr("Answers"))
        self.correct_label.setText(self.tr("Right answer"))
        self.explanation_label.setText(self.tr("Why (after the reveal)"))
        for index, label in enumerate(self.answer_labels):
            label.setText(self.tr("Answer {0}").format(index + 1))

    def _show_count(self) -> None:
        count = self.count.value()
        for index, answer in enumerate(self.answers):
            self.form.setRowVisible(answer, index < count)
        chosen = min(self.correct.currentIndex(), count - 1)
        self.correct.blockSignals(True)
        self.correct.clear()
        self.correct.addItems([str(index + 1) for index in range(count)])
        self.correct.setCurrentIndex(max(chosen, 0))
        self.correct.blockSignals(False)
        self.edited.emit()

    def question(self) -> QuestionDraft | None:
        if not self.isChecked():
            return None
        count = self.count.value()
        answers = [answer.texts() for answer in self.answers[:count]]
        return QuestionDraft(
            self.text.texts(), answers, self.correct.currentIndex(), self.explanation.texts()
        )

    def set_question(self, question: QuestionDraft | None) -> None:
        self.blockSignals(True)
        self.setChecked(question is not None)
        question = question or QuestionDraft()
        self.text.set_texts(question.texts)
        self.count.setValue(len(question.answers))
        for index, answer in enumerate(self.answers):
            answer.set_texts(question.answers[index] if index < len(question.answers) else {})
        self.correct.setCurrentIndex(question.correct)
        self.explanation.set_texts(question.explanation)
        self.blockSignals(False)


class LessonEditor(QDialog):
    """The editor beside the window (not modal: the teacher keeps changing the window and
    records steps from it). `shown` reads what the window shows; `preview(lesson)` plays
    a lesson in the window and `restore(shown)` puts the window back; `saved(name)` is
    emitted after a lesson was written to `mine`."""

    saved = Signal(str)

    def __init__(
        self,
        draft: LessonDraft,
        mine: MyLessons,
        shown: Callable[[], Shown],
        preview: Callable[[lessons.Lesson], None],
        restore: Callable[[Shown], None],
        lang: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.lang = lang  # the steps are listed by their text in this language
        self.draft, self.mine = draft, mine
        self._shown, self._preview, self._restore = shown, preview, restore
        self._before_preview: Shown | None = None
        self._editing_own = draft.name in mine
        self.setWindowFlag(Qt.WindowType.Tool, False)
        self.name = QLineEdit(draft.name)
        self.topic = QComboBox()
        self.topic.addItem("—", None)
        for topic in lessons.TOPICS:
            self.topic.addItem(lessons.topic_title(topic), topic)
        self.title = TextsEdit(multiline=False)
        self.text = TextsEdit(multiline=True)
        self.start_button = QPushButton()
        self.start_button.clicked.connect(self.set_start)
        self.steps = QListWidget()
        self.steps.currentRowChanged.connect(self._show_step)
        self.add_button, self.record_button = QPushButton(), QPushButton()
        self.up_button, self.down_button = QPushButton("▲"), QPushButton("▼")
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(self.add_step)
        self.record_button.clicked.connect(self.record_step)
        self.up_button.clicked.connect(lambda: self.move_step(-1))
        self.down_button.clicked.connect(lambda: self.move_step(+1))
        self.remove_button.clicked.connect(self.remove_step)
        self.step_text = TextsEdit(multiline=True)
        self.question = QuestionEdit()
        self.restrictions = QTableWidget(len(KEYS), 2)
        self.preview_button, self.save_button = QPushButton(), QPushButton()
        self.close_button = QPushButton()
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self._lay_out()
        self._fill()
        for signal in (self.title.edited, self.text.edited, self.name.textChanged):
            signal.connect(self._take_lesson_fields)
        self.topic.currentIndexChanged.connect(self._take_lesson_fields)
        self.step_text.edited.connect(self._take_step_fields)
        self.question.edited.connect(self._take_step_fields)
        self.restrictions.itemChanged.connect(self._take_restrictions)
        self.retranslate()

    # layout ---------------------------------------------------------------------------
    def _lay_out(self) -> None:
        self.form = QFormLayout()
        self.name_label, self.topic_label = QLabel(), QLabel()
        self.title_label, self.text_label = QLabel(), QLabel()
        self.form.addRow(self.name_label, self.name)
        self.form.addRow(self.topic_label, self.topic)
        self.form.addRow(self.title_label, self.title)
        self.form.addRow(self.text_label, self.text)
        self.form.addRow("", self.start_button)
        step_buttons = QVBoxLayout()
        for button in (self.add_button, self.record_button, self.up_button, self.down_button):
            step_buttons.addWidget(button)
        step_buttons.addWidget(self.remove_button)
        step_buttons.addStretch(1)
        step_list = QHBoxLayout()
        step_list.addWidget(self.steps, 1)
        step_list.addLayout(step_buttons)
        self.step_box = QGroupBox()
        step_layout = QVBoxLayout(self.step_box)
        self.step_text_label = QLabel()
        step_layout.addWidget(self.step_text_label)
        step_layout.addWidget(self.step_text)
        step_layout.addWidget(self.question)
        steps = QWidget()
        steps_layout = QVBoxLayout(steps)
        steps_layout.addLayout(step_list)
        steps_layout.addWidget(self.step_box)
        self.pages = QTabWidget()
        lesson_page = QWidget()
        lesson_page.setLayout(self.form)
        self.pages.addTab(lesson_page, "")
        self.pages.addTab(steps, "")
        self.pages.addTab(self.restrictions, "")
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        for button in (self.preview_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.resize(760, 620)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Lesson editor"))
        self.name_label.setText(self.tr("File name"))
        self.topic_label.setText(self.tr("Topic"))
        self.title_label.setText(self.tr("Title"))
        self.text_label.setText(self.tr("Text"))
        self.start_button.setText(self.tr("First page: take what the window shows"))
        self.add_button.setText(self.tr("Add step from what the window shows"))
        self.record_button.setText(self.tr("Replace this step with what the window shows"))
        self.remove_button.setText(self.tr("Remove step"))
        self.step_box.setTitle(self.tr("The selected step"))
        self.step_text_label.setText(self.tr("Text of the step"))
        self.question.retranslate()
        self.pages.setTabText(0, self.tr("Lesson"))
        self.pages.setTabText(1, self.tr("Lesson steps"))
        self.pages.setTabText(2, self.tr("Hidden and locked controls"))
        self.restrictions.setHorizontalHeaderLabels([self.tr("Hide"), self.tr("Lock")])
        self.preview_button.setText(self.tr("Preview"))
        self.save_button.setText(self.tr("Save to My lessons"))
        self.close_button.setText(self.tr("Close"))

    def _fill(self) -> None:
        """Every widget from the draft."""
        draft = self.draft
        self.title.set_texts(draft.titles)
        self.text.set_texts(draft.texts)
        self.topic.setCurrentIndex(max(0, self.topic.findData(draft.topic)))
        self.restrictions.blockSignals(True)
        self.restrictions.setVerticalHeaderLabels(list(KEYS))
        for row, key in enumerate(KEYS):
            for column, chosen in enumerate((draft.hidden, draft.locked)):
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(
                    Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked
                )
                self.restrictions.setItem(row, column, item)
        self.restrictions.blockSignals(False)
        self._list_steps(0)

    def _list_steps(self, current: int) -> None:
        self.steps.blockSignals(True)
        self.steps.clear()
        for index in range(len(self.draft.steps)):
            self.steps.addItem(self._step_title(index))
        self.steps.blockSignals(False)
        if self.draft.steps:
            self.steps.setCurrentRow(min(max(current, 0), len(self.draft.steps) - 1))
        self._show_step(self.steps.currentRow())

    def _show_step(self, row: int) -> None:
        has = 0 <= row < len(self.draft.steps)
        for widget in (self.step_box, self.record_button, self.remove_button):
            widget.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row + 1 < len(self.draft.steps))
        step = self.draft.steps[row] if has else StepDraft()
        self.step_text.set_texts(step.texts)
        self.question.set_question(step.question)

    # edits ----------------------------------------------------------------------------
    def _take_lesson_fields(self) -> None:
        self.draft.name = self.name.text().strip()
        self.draft.topic = self.topic.currentData()
        self.draft.titles, self.draft.texts = self.title.texts(), self.text.texts()

    def _take_step_fields(self) -> None:
        row = self.steps.currentRow()
        if 0 <= row < len(self.draft.steps):
            step = self.draft.steps[row]
            step.texts, step.question = self.step_text.texts(), self.question.question()
            self.steps.item(row).setText(self._step_title(row))

    def _step_title(self, index: int) -> str:
        """'3. The first line of its text' (and '?' when the step asks a question)."""
        step = self.draft.steps[index]
        lines = in_language(step.texts, self.lang).splitlines() if step.texts else []
        mark = "  ?" if step.question is not None else ""
        return f"{index + 1}. {lines[0][:70] if lines else ''}{mark}"

    def _take_restrictions(self) -> None:
        checked = Qt.CheckState.Checked
        self.draft.hidden = [
            key
            for row, key in enumerate(KEYS)
            if self.restrictions.item(row, 0).checkState() == checked
        ]
        self.draft.locked = [
            key
            for row, key in enumerate(KEYS)
            if self.restrictions.item(row, 1).checkState() == checked
        ]

    def set_start(self) -> None:
        self.draft.set_start(self._shown())
        self._say(self.tr("The first page shows what the window shows now."))

    def add_step(self) -> None:
        at = self.steps.currentRow() + 1 if self.draft.steps else 0
        self.draft.add_step({}, self._shown(), at)
        self._list_steps(at)
        self.pages.setCurrentIndex(1)
        self._say(self.tr("Step {0} records what the window shows; write its text.").format(at + 1))

    def record_step(self) -> None:
        row = self.steps.currentRow()
        if 0 <= row < len(self.draft.steps):
            self.draft.replace_step(row, self._shown())
            self._say(self.tr("Step {0} now records what the window shows.").format(row + 1))

    def move_step(self, by: int) -> None:
        row = self.steps.currentRow()
        if 0 <= row < len(self.draft.steps) and 0 <= row + by < len(self.draft.steps):
            self.draft.move_step(row, row + by)
            self._list_steps(row + by)

    def remove_step(self) -> None:
        row = self.steps.currentRow()
        if 0 <= row < len(self.draft.steps):
            self.draft.remove_step(row)
            self._list_steps(row)

    # preview and save -----------------------------------------------------------------
    def preview(self) -> None:
        """Play the draft in the window as a class sees it; the editor waits hidden until
        `end_preview` (the window's "Back to the editor")."""
        try:
            lesson = self.draft.lesson()
        except LessonError as error:
            self._say(str(error), error=True)
            return
        self._before_preview = self._shown()
        self.hide()
        self._preview(lesson)

    @property
    def previewing(self) -> bool:
        return self._before_preview is not None

    def end_preview(self) -> None:
        """Back from the preview: the window shows what it showed before, the editor again."""
        if self._before_preview is not None:
            before, self._before_preview = self._before_preview, None
            self._restore(before)
        self.show()
        self.raise_()

    def save(self) -> bool:
        """Write the lesson to My lessons (refused with a message, nothing written, when
        the loader refuses it, its name is a built-in lesson's or another of My lessons)."""
        name = self.draft.name
        if name in lessons.names():
            message = self.tr("{0} is a built-in lesson's name; choose another.")
            self._say(message.format(repr(name)), error=True)
            return False
        if name in self.mine and not self._editing_own:
            message = self.tr("One of My lessons is called {0}; choose another name.")
            self._say(message.format(repr(name)), error=True)
            return False
        try:
            path = self.draft.save(self.mine.folder)
            self.mine.added(name)
        except LessonError as error:
            self._say(str(error), error=True)
            return False
        self._editing_own = True
        self._say(self.tr("Saved to {0}").format(str(path)))
        self.saved.emit(name)
        return True

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c92a2a;" if error else "")
        self.message.setText(text)
