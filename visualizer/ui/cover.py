"""The cover over the panels while a lesson's question waits for its answer: nearly opaque
(the panels only show through faintly), with the question and its answers in large type
for the class."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..core.lesson_types import Question
from . import theme
from .question_view import QuestionView

OPACITY = 242  # of 255: the panels behind show as faint shapes, their numbers unreadable
SCALE = 1.8  # the question's type size against the window's
WIDTH = 0.7  # share of the cover's width the question takes, at most


class Cover(QWidget):
    """A child of `parent` kept over `target` (a widget in the same parent), hidden until
    `show()`. Its `question` view carries the answers and the Reveal button."""

    def __init__(self, target: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.target = target
        self.question = QuestionView(columns=1)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.question, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.hint, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        target.installEventFilter(self)
        self.retranslate()
        self.hide()

    def ask(self, question: Question, lang: str, picked: int | None) -> None:
        """Show `question` unrevealed, with `picked` marked, fitted to the cover."""
        self.question.show_question(question, lang, picked, revealed=False)
        if self.isVisible():
            self._scale_text()

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "The panels stay covered and training paused until the answer is revealed: "
                "1–4 picks an answer, B or . reveals, Page Down goes on"
            )
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self._follow()
        return False

    def showEvent(self, event) -> None:
        self._follow()
        self._scale_text()
        self.raise_()
        super().showEvent(event)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange:  # presenter mode's text size
            self._scale_text()
        super().changeEvent(event)

    def _follow(self) -> None:
        self.setGeometry(self.target.geometry())
        self.question.setFixedWidth(int(self.width() * WIDTH))
        self.hint.setFixedWidth(int(self.width() * WIDTH))
        if self.isVisible():
            self._scale_text()

    def _scale_text(self) -> None:
        """The question and answers at SCALE times the window's text size, or smaller (down
        to the window's size) until they fit the cover's height with the hint below them:
        presenter mode's large text on a 720-line projector."""
        base = self.font().pointSizeF()
        points = max(1, round(base * SCALE))
        while True:
            self.question.setStyleSheet(f"QLabel, QPushButton {{ font-size: {points}pt; }}")
            fits = not self.isVisible() or self._needed_height() <= self.height()
            if points <= base or fits:  # hidden: fitted when shown (showEvent)
                break
            points -= 1
        self.hint.setVisible(fits)  # the keys' reminder goes first when even that is too tall
        # the heights the fit was measured with: the layout alone gave the question the
        # height of its text before rescaling, and the wrapped hint one line, so they
        # overlapped (Korean at 1280 x 720)
        self.question.setFixedHeight(self._question_height())
        self.hint.setFixedHeight(self.hint.heightForWidth(self.hint.width()))

    def _question_height(self) -> int:
        """The question's height at its width (its size hint's when no text wraps)."""
        self.question.ensurePolished()
        height = self.question.layout().totalHeightForWidth(self.question.width())
        return height if height >= 0 else self.question.sizeHint().height()

    def _needed_height(self, with_hint: bool = True) -> int:
        question = self._question_height()
        margins = self.layout().contentsMargins()
        spacing = self.layout().spacing()
        hint = self.hint.heightForWidth(self.hint.width()) + spacing if with_hint else 0
        return question + hint + margins.top() + margins.bottom()

    def paintEvent(self, event) -> None:
        colour = QColor(theme.current().background)
        colour.setAlpha(OPACITY)
        QPainter(self).fillRect(self.rect(), colour)
