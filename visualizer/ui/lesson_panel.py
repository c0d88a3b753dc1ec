"""The lesson dock's contents: the lesson's title and text and, for a lesson with steps, the
current step ("Step k of n") with Back and Next, and once revealed the step's question with
the right answer beside the class's."""

from __future__ import annotations

import html
import math

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.lessons import Lesson
from .question_view import QuestionView


class LessonPanel(QWidget):
    """Shows what `show_lesson` is given; its buttons emit `back_requested` and
    `next_requested`."""

    back_requested = Signal()
    next_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.step_label = QLabel()
        self.back_button = QPushButton()
        self.next_button = QPushButton()
        self.back_button.clicked.connect(self.back_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.step_text = QLabel()  # rich text: a style sheet would miss a theme change
        self.step_text.setWordWrap(True)
        self.answer = QuestionView(columns=2)
        self.steps = QWidget()
        header = QHBoxLayout()
        header.addWidget(self.step_label, 1)
        header.addWidget(self.back_button)
        header.addWidget(self.next_button)
        column = QVBoxLayout(self.steps)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(header)
        column.addWidget(self.step_text)
        column.addWidget(self.answer)
        column.addStretch(1)
        scrolled = QScrollArea()
        scrolled.setWidget(self.steps)
        scrolled.setWidgetResizable(True)
        scrolled.setFrameShape(QScrollArea.Shape.NoFrame)
        self.steps_area = scrolled
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.text, 3)
        layout.addWidget(scrolled, 2)
        self.retranslate()
        self.show_lesson(None)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("◀ Back"))
        self.back_button.setToolTip(self.tr("The previous step and its settings (Page Up)"))
        self.next_button.setText(self.tr("Next ▶"))
        self.next_button.setToolTip(
            self.tr(
                "The next step and its settings (Page Down); a covered answer is revealed first"
            )
        )

    def show_lesson(
        self,
        lesson: Lesson | None,
        lang: str = "en",
        step: int = 0,
        picked: int | None = None,
        revealed: bool = False,
    ) -> None:
        """`lesson` at `step` (0-based): its question's answer shows once `revealed`."""
        if lesson is None:
            hint = self.tr(
                "Choose a lesson from the Lessons menu, or turn any knob on the left: "
                "the histograms show, layer by layer, what the network does with it."
            )
            self.text.setHtml(f"<p>{html.escape(hint)}</p>")
            self.steps_area.hide()
            return
        self.text.setHtml(
            f"<h3>{html.escape(lesson.title(lang))}</h3><p>{html.escape(lesson.text(lang))}</p>"
        )
        self.steps_area.setVisible(bool(lesson.steps))
        if not lesson.steps:
            return
        current = lesson.steps[step]
        self.step_label.setText(self.tr("Step {k} of {n}").format(k=step + 1, n=lesson.step_count))
        self.step_text.setText(f"<b>{html.escape(current.text(lang))}</b>")
        shown = current.question is not None and revealed
        self.answer.setVisible(shown)
        if shown:
            self.answer.show_question(current.question, lang, picked, revealed=True)

    def needed_height(self) -> int:
        """The height that shows the lesson text and the step column without scrolling, at
        the panel's present width and font."""
        document = self.text.document()
        document.setTextWidth(self.text.viewport().width())
        text = math.ceil(document.size().height()) + 2 * self.text.frameWidth()
        steps = 0
        if not self.steps_area.isHidden():
            column = self.steps.layout()
            steps = column.totalHeightForWidth(self.steps_area.viewport().width())
        margins = self.layout().contentsMargins()
        return max(text, steps) + margins.top() + margins.bottom()

    def plain_text(self) -> str:
        """Everything the panel shows as text (title, lesson text, step, answer and why)."""
        labels = []
        if not self.steps_area.isHidden():
            labels += [self.step_label, self.step_text]
        if not self.answer.isHidden():
            labels += [self.answer.question, self.answer.result]
            if not self.answer.explanation.isHidden():
                labels.append(self.answer.explanation)
        texts = [QTextDocumentFragment.fromHtml(label.text()).toPlainText() for label in labels]
        return "\n".join([self.text.toPlainText(), *texts])
