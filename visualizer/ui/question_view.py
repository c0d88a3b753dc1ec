"""Predict, then reveal: a lesson step's question with its 2 to 4 answers. Asking, the class
picks an answer (a click or the keys 1-4) and the presenter reveals; revealed, the right
answer is marked beside the one the class picked, with the question's explanation (why)."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..core.lessons import Question

MAX_ANSWERS = 4
BUTTON = "text-align: left; padding: 4px 10px;"
MARKS = {
    "": ("", ""),
    "picked": ("", "background: #ffd43b; color: #1a1a1a; font-weight: bold;"),
    "correct": ("✓", "background: #b2f2bb; color: #1a1a1a; font-weight: bold;"),
    "incorrect": ("✗", "background: #ffc9c9; color: #1a1a1a;"),
}
"""Each mark's symbol (else the answer's number) and colours: dark text on light colours,
readable in both themes (as the controls' highlight)."""


class QuestionView(QWidget):
    """Emits `answer_chosen(index)` for a click on an answer while asking, and
    `reveal_requested` for the Reveal button. `columns` lays the answers out in a grid."""

    answer_chosen = Signal(int)
    reveal_requested = Signal()

    def __init__(self, columns: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.revealed = False
        self.marks: list[str] = []  # per shown answer: a key of MARKS
        self.heading = QLabel()
        self.question = QLabel()  # rich text: a style sheet would miss a theme change
        self.question.setWordWrap(True)
        self.answers = [QPushButton() for _ in range(MAX_ANSWERS)]
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.reveal_button = QPushButton()
        self.reveal_button.clicked.connect(self.reveal_requested)
        grid = QGridLayout()
        for index, button in enumerate(self.answers):
            button.setStyleSheet(BUTTON)
            button.clicked.connect(lambda _=False, i=index: self._clicked(i))
            grid.addWidget(button, index // columns, index % columns)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.question, self.result):
            layout.addWidget(widget)
        layout.addLayout(grid)
        layout.addWidget(self.explanation)
        layout.addWidget(self.reveal_button)

    def restyle(self) -> None:
        """After a theme change: widgets with a style sheet read the new palette only when
        their style sheet is set again."""
        for widget in (self, *self.answers):
            sheet = widget.styleSheet()
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)

    def _clicked(self, index: int) -> None:
        if not self.revealed:
            self.answer_chosen.emit(index)

    def show_question(
        self, question: Question, lang: str, picked: int | None, revealed: bool
    ) -> None:
        """Asking: the answers numbered for the keys 1-4, the picked one highlighted.
        Revealed: the right answer marked ✓, a wrong pick ✗, a line saying which and the
        question's explanation, if it has one."""
        self.revealed = revealed
        texts = question.answer_texts(lang)
        heading = self.tr("The answer") if revealed else self.tr("Predict, then reveal")
        self.heading.setText(f"<i>{html.escape(heading)}</i>")
        self.question.setText(f"<b>{html.escape(question.text(lang))}</b>")
        self.marks = [_mark(i, question.correct, picked, revealed) for i in range(len(texts))]
        for index, button in enumerate(self.answers):
            button.setVisible(index < len(texts))
            if index < len(texts):
                symbol, style = MARKS[self.marks[index]]
                button.setText(f"{symbol or index + 1}   {texts[index]}")
                button.setStyleSheet(f"{BUTTON} {style}")
        self.result.setVisible(revealed)
        self.result.setText(self._verdict(texts, question.correct, picked))
        explanation = question.explanation_text(lang) if revealed else None
        self.explanation.setVisible(explanation is not None)
        why = self.tr("Why:")
        self.explanation.setText(
            "" if explanation is None else f"<b>{html.escape(why)}</b> {html.escape(explanation)}"
        )
        self.reveal_button.setVisible(not revealed)
        self.reveal_button.setText(self.tr("Reveal the answer (B)"))

    def _verdict(self, texts: list[str], correct: int, picked: int | None) -> str:
        if picked is None:
            return self.tr("No answer was picked; the answer is “{answer}”.").format(
                answer=texts[correct]
            )
        if picked == correct:
            return self.tr("Correct: the class picked “{answer}”.").format(answer=texts[correct])
        return self.tr("Not quite: the class picked “{picked}”; the answer is “{answer}”.").format(
            picked=texts[picked], answer=texts[correct]
        )


def _mark(index: int, correct: int, picked: int | None, revealed: bool) -> str:
    """An answer's mark: "correct" and "incorrect" once revealed, else "picked" or ""."""
    if revealed and index == correct:
        return "correct"
    if index == picked:
        return "incorrect" if revealed else "picked"
    return ""
