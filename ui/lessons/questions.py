"""The questions of a lesson step: predict-first and quiz, each a box of clickable options.

A *prediction* takes one guess; the player reveals whether it was right (and why)
only later, once the learner has seen the result in the app. A *quiz* answers each
click with that option's feedback, and is solved once the right option is chosen.
Options are word-wrapped labels that behave like buttons (mouse, Space, Enter), so
long answers fit a narrow dock.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from lab.lesson_format import Question
from ui.palette import set_role

RIGHT, WRONG = "✓", "✗"


class ChoiceLabel(QLabel):
    """One option: a word-wrapped label that can be clicked like a button."""

    clicked = Signal()

    def __init__(self, text: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName(name)
        self.setTextFormat(Qt.TextFormat.MarkdownText)
        self.setWordWrap(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.state = ""
        self.set_state("")

    def set_state(self, state: str) -> None:
        self.state = state
        set_role(self, f"answer_{state}" if state else "answer")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.isEnabled():
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.isEnabled():
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class QuestionBox(QGroupBox):
    """A predict-first question (`kind="predict"`) or a quiz question (`kind="quiz"`)."""

    answered = Signal(int)

    def __init__(self, question: Question, kind: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question, self.kind = question, kind
        self.setObjectName(name)
        self.tried: list[int] = []
        self.revealed = False
        layout = QVBoxLayout(self)
        self.prompt = QLabel(question.prompt, wordWrap=True, textFormat=Qt.TextFormat.MarkdownText)
        layout.addWidget(self.prompt)
        self.choices = [ChoiceLabel(c.text, f"{name}.choice{i}") for i, c in enumerate(question.choices)]
        for i, choice in enumerate(self.choices):
            choice.clicked.connect(lambda i=i: self.choose(i))
            layout.addWidget(choice)
        self.result = QLabel(objectName=f"{name}.result", wordWrap=True, textFormat=Qt.TextFormat.MarkdownText)
        self.result.hide()
        layout.addWidget(self.result)
        self.setTitle(self.tr("Predict first") if kind == "predict" else self.tr("Quiz"))

    # --- state ---------------------------------------------------------------------
    def guessed(self) -> bool:
        return bool(self.tried)

    def solved(self) -> bool:
        """A quiz whose right option was chosen (a prediction counts once guessed)."""
        if self.kind == "predict":
            return self.guessed()
        return self.question.correct_index() in self.tried

    # --- answering -----------------------------------------------------------------
    def choose(self, index: int) -> None:
        if self.solved() or index in self.tried:
            return
        self.tried.append(index)
        if self.kind == "predict":
            self._show_guess(index)
        else:
            self._show_answer(index)
        self.answered.emit(index)

    def _show_guess(self, index: int) -> None:
        for i, choice in enumerate(self.choices):
            choice.set_state("chosen" if i == index else "")
            choice.setEnabled(i == index)
        self.result.setText(self.tr("Your guess is in. Now see for yourself."))
        self.result.show()

    def reveal(self) -> None:
        """After a guess: say whether it was right, and explain."""
        if not self.guessed() or self.revealed:
            return
        self.revealed = True
        guess, right = self.tried[0], self.question.correct_index()
        if right is not None:
            self.choices[right].set_state("right")
            self.choices[right].setEnabled(True)
            if guess != right:
                self.choices[guess].set_state("wrong")
        parts = [self._verdict(guess, right), self.question.choices[guess].feedback, self.question.reveal]
        self.result.setText("\n\n".join(p for p in parts if p))

    def _verdict(self, guess: int, right: int | None) -> str:
        if right is None:
            return ""
        if guess == right:
            return f"**{RIGHT} " + self.tr("You predicted it.") + "**"
        return f"**{WRONG} " + self.tr("Not this time.") + "** " + self.tr("The answer: {answer}").format(
            answer=self.question.choices[right].text)

    def _show_answer(self, index: int) -> None:
        choice = self.question.choices[index]
        self.choices[index].set_state("right" if choice.correct else "wrong")
        if choice.correct:
            for other in self.choices:
                other.setEnabled(other is self.choices[index])
        # The lesson's own feedback usually opens with its verdict ("Correcto: …"), so the
        # mark stands alone before it; the word is only for an answer without feedback.
        mark = RIGHT if choice.correct else WRONG
        if choice.feedback:
            verdict = f"**{mark}**"
        else:
            verdict = f"**{mark} " + (self.tr("Right.") if choice.correct else self.tr("Not quite.")) + "**"
        self.result.setText(f"{verdict} {choice.feedback}".strip())
        self.result.show()
