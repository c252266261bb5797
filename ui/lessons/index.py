"""The lesson index: every lesson as a card with its goal, minutes and completion."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lab.lesson_format import Lesson
from ui.lessons.progress import LessonProgress
from ui.lessons.questions import RIGHT
from ui.lessons.views import heading

CARD_STYLE = "QFrame[card=true] { border: 1px solid palette(mid); border-radius: 6px; }"


class LessonCard(QFrame):
    """One lesson in the index."""

    def __init__(self, lesson: Lesson, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lesson = lesson
        self.setObjectName(f"lessons.card.{lesson.id}")
        self.setProperty("card", True)
        self.title = QLabel(f"{lesson.number()}. {lesson.title}", wordWrap=True)
        self.title.setStyleSheet("font-weight: bold;")
        self.goal = QLabel(lesson.goal, wordWrap=True)
        self.meta = QLabel(objectName=f"lessons.card.{lesson.id}.meta")
        self.bar = QProgressBar(textVisible=False, maximumHeight=6, maximum=100)
        self.button = QPushButton(objectName=f"lessons.open.{lesson.id}")
        row = QHBoxLayout()
        row.addWidget(self.meta, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.goal)
        layout.addWidget(self.bar)
        layout.addLayout(row)

    def show_progress(self, progress: LessonProgress) -> None:
        share = progress.completion(self.lesson)
        done = progress.done(self.lesson.id)
        self.bar.setValue(round(share * 100))
        minutes = self.tr("{n} min").format(n=self.lesson.minutes)
        if done:
            state = f"{RIGHT} " + self.tr("completed")
        else:
            state = self.tr("{percent} % done").format(percent=round(share * 100))
        self.meta.setText(f"{minutes} · {state}")
        if done:
            self.button.setText(self.tr("Review"))
        elif share > 0 or progress.step(self.lesson.id) > 0:
            self.button.setText(self.tr("Continue"))
        else:
            self.button.setText(self.tr("Start"))


class LessonIndex(QWidget):
    open_lesson = Signal(str)

    def __init__(self, progress: LessonProgress, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessons.index")
        self.setStyleSheet(CARD_STYLE)
        self.progress = progress
        self.cards: dict[str, LessonCard] = {}
        self.heading = QLabel(objectName="lessons.index_title")
        self.intro = QLabel(wordWrap=True)
        self.scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.scroll, 1)
        self.retranslate()

    def set_lessons(self, lessons: list[Lesson]) -> None:
        box = QWidget()
        column = QVBoxLayout(box)
        self.cards = {}
        for lesson in lessons:
            card = LessonCard(lesson)
            card.button.clicked.connect(lambda _=False, i=lesson.id: self.open_lesson.emit(i))
            column.addWidget(card)
            self.cards[lesson.id] = card
        column.addStretch(1)
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll.setWidget(box)
        self.refresh()

    def refresh(self) -> None:
        for card in self.cards.values():
            card.show_progress(self.progress)

    def retranslate(self) -> None:
        self.heading.setText(heading(self.tr("Lessons"), "x-large"))
        self.intro.setText(self.tr("Each lesson takes 10 to 20 minutes. You read, predict, try it in the app, "
                                   "and answer a short quiz. Your progress is saved."))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

