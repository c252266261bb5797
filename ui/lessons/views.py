"""The widgets inside the lesson player: one step's view, and the lesson-complete view.

They only lay out and translate; what is visible and enabled is decided by
`ui.lessons.player.LessonPlayer` from the step's state.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lab.lesson_format import Step
from ui import palette
from ui.lessons.questions import RIGHT, QuestionBox
from ui.palette import set_role

CHECK_STYLE = "font-family: monospace; color: palette(dark);"


def heading(text: str, size: str = "large", color: str = "") -> str:
    """Rich text for a heading that grows with the app's font (presentation mode)."""
    style = f"font-size: {size}; font-weight: bold;" + (f" color: {color};" if color else "")
    return f'<span style="{style}">{escape(text)}</span>'


def markdown_label(text: str, name: str = "") -> QLabel:
    label = QLabel(text, objectName=name, wordWrap=True, textFormat=Qt.TextFormat.MarkdownText)
    label.setOpenExternalLinks(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    return label


class StepView(QWidget):
    """A step: title, text, prediction, action with its check's status, quizzes."""

    def __init__(self, step: Step, show_me: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessons.step")
        layout = QVBoxLayout(self)
        self.heading = QLabel(heading(step.title), objectName="lessons.step_title", wordWrap=True)
        layout.addWidget(self.heading)
        layout.addWidget(markdown_label(step.text, "lessons.text"))
        self.predict_box = QuestionBox(step.predict, "predict", "lessons.predict") if step.predict else None
        if self.predict_box is not None:
            layout.addWidget(self.predict_box)
        self.action_box = self._action_box(step, show_me)
        layout.addWidget(self.action_box)
        self.quiz_boxes = [QuestionBox(q, "quiz", f"lessons.quiz{i}") for i, q in enumerate(step.quizzes)]
        for box in self.quiz_boxes:
            layout.addWidget(box)
        layout.addStretch(1)

    def _action_box(self, step: Step, show_me: Callable[[], None]) -> QFrame:
        box = QFrame(objectName="lessons.action")
        set_role(box, "action")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(10, 4, 4, 4)
        head = QHBoxLayout()
        your_turn = QLabel(self.tr("Your turn"))
        your_turn.setStyleSheet("font-weight: bold;")
        head.addWidget(your_turn, 1)
        self.show_me = QPushButton(self.tr("Show me"), objectName="lessons.show_me", clicked=show_me)
        self.show_me.setToolTip(self.tr("Point at the part of the app this step is about."))
        self.show_me.setVisible(bool(step.highlight))
        head.addWidget(self.show_me)
        layout.addLayout(head)
        if step.action:
            layout.addWidget(markdown_label(step.action, "lessons.action_text"))
        self.status = QLabel(objectName="lessons.status", wordWrap=True)
        self.status.setVisible(bool(step.check))
        layout.addWidget(self.status)
        self.teacher_check = QLabel(objectName="lessons.teacher_check", wordWrap=True)
        self.teacher_check.setStyleSheet(CHECK_STYLE)
        self.teacher_check.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.teacher_check)
        return box


class CompletionView(QWidget):
    """Shown after the last step: well done, and where to go next."""

    next_lesson = Signal()
    all_lessons = Signal()

    def __init__(self, title: str, has_next: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessons.complete")
        layout = QVBoxLayout(self)
        done = QLabel(heading(f"{RIGHT} " + self.tr("You finished this lesson."), "x-large", palette.text_colour("ok")),
                      objectName="lessons.complete_title", wordWrap=True)
        layout.addWidget(done)
        layout.addWidget(QLabel(title, wordWrap=True))
        again = QLabel(self.tr("Use Back to review any step, or Restart to do it again."), wordWrap=True)
        layout.addWidget(again)
        row = QHBoxLayout()
        self.next_button = QPushButton(self.tr("Next lesson"), objectName="lessons.next_lesson",
                                       clicked=lambda: self.next_lesson.emit())
        self.next_button.setVisible(has_next)
        self.index_button = QPushButton(self.tr("All lessons"), objectName="lessons.all_lessons",
                                        clicked=lambda: self.all_lessons.emit())
        row.addWidget(self.next_button)
        row.addWidget(self.index_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
