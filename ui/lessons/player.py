"""The lesson player: one lesson, step by step, with gates, predictions and quizzes.

Each step shows its text, then — one thing at a time — its predict-first question,
its action ("your turn") with the live state of its check, and its quiz. In student
mode *Next* opens only when the step's gate is open: the prediction made, the check
holding on the app's facts, every quiz answered right. A step whose gate opened once
stays passed (progress is saved), so going back never locks the learner out. Teacher
mode moves freely and shows each check with its current value.

The player knows nothing of pages: it asks a *navigator* (the dock's `Highlighter`)
to open pages and highlight widgets, and reads facts from `ui.state.Facts`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lab.lesson_check import evaluate, fact_names
from lab.lesson_format import Lesson, Step
from ui.lessons.progress import LessonProgress
from ui.lessons.questions import RIGHT, QuestionBox
from ui.lessons.views import CompletionView, StepView, heading
from ui.palette import set_role
from ui.state import Facts


class Navigator(Protocol):
    def open_page(self, key: str) -> bool: ...
    def highlight(self, names: tuple[str, ...]) -> None: ...
    def reveal(self, name: str) -> bool: ...
    def clear(self) -> None: ...


class LessonPlayer(QWidget):
    step_changed = Signal(int)
    progress_changed = Signal(str)  # a lesson id whose progress changed
    finished = Signal(str)  # the lesson id, when the learner finishes its last step
    index_requested = Signal()
    next_lesson_requested = Signal(str)  # the id of the lesson just finished

    def __init__(self, facts: Facts, progress: LessonProgress, navigator: Navigator | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessons.player")
        self.facts, self.progress, self.navigator = facts, progress, navigator
        self.lesson: Lesson | None = None
        self.index = 0
        self.teacher = False
        self.complete = False
        self._tried: dict[tuple[int, int], list[int]] = {}  # (step, question) -> options tried
        self.predict_box: QuestionBox | None = None
        self.quiz_boxes: list[QuestionBox] = []
        self.has_next_lesson: Callable[[str], bool] = lambda _id: False  # set by the dock
        self._build()
        facts.changed.connect(self._on_fact_changed)
        self.retranslate()

    # --- building ----------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel(objectName="lessons.title", wordWrap=True)
        self.index_button = QToolButton(objectName="lessons.index_button", clicked=lambda: self.index_requested.emit())
        self.teacher_button = QToolButton(objectName="lessons.teacher", checkable=True, toggled=self.set_teacher)
        self.step_label = QLabel(objectName="lessons.step_label")
        self.bar = QProgressBar(objectName="lessons.bar", textVisible=False, maximumHeight=6)
        self.note = QLabel(objectName="lessons.note", wordWrap=True)
        self.note.hide()
        self.scroll = QScrollArea(objectName="lessons.scroll", widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        self.back_button = QPushButton(objectName="lessons.back", clicked=self.back)
        self.restart_button = QPushButton(objectName="lessons.restart", clicked=self.restart)
        self.next_button = QPushButton(objectName="lessons.next", clicked=self.next, default=True)
        top = QHBoxLayout()
        top.addWidget(self.index_button)
        top.addStretch(1)
        top.addWidget(self.teacher_button)
        bottom = QHBoxLayout()
        for button in (self.back_button, self.restart_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.step_label)
        layout.addWidget(self.bar)
        layout.addWidget(self.note)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bottom)

    def retranslate(self) -> None:
        self.index_button.setText("‹ " + self.tr("All lessons"))
        self.teacher_button.setText(self.tr("Teacher mode"))
        self.teacher_button.setToolTip(self.tr("Move freely between steps (arrow keys, space) and see every check."))
        self.back_button.setText(self.tr("Back"))
        self.restart_button.setText(self.tr("Restart"))
        self.restart_button.setToolTip(self.tr("Start this lesson over from its first step."))
        if self.lesson is not None:
            self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- loading and moving ----------------------------------------------------------
    def load(self, lesson: Lesson, index: int | None = None, enter: bool = True) -> None:
        """Show `lesson` at step `index` (default: where the learner left it).

        Loading the same lesson in another language keeps the answers given so far;
        with `enter=False` the step's page and highlights are left as they are.
        """
        if self.lesson is None or self.lesson.id != lesson.id:
            self._tried = {}
            self.complete = False
        self.lesson = lesson
        self.title.setText(heading(lesson.title, "x-large"))
        saved = self.progress.step(lesson.id) if index is None else index
        self.index = max(0, min(saved, len(lesson.steps) - 1))
        if enter and index is None and lesson.page and self.navigator is not None and self.index == 0:
            self.navigator.open_page(lesson.page)
        self._show(enter=enter)

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def set_teacher(self, on: bool) -> None:
        self.teacher = on
        if self.teacher_button.isChecked() != on:
            self.teacher_button.setChecked(on)
        if self.lesson is not None:
            self._show()

    def go(self, index: int) -> None:
        if self.lesson is None or not 0 <= index < len(self.lesson.steps):
            return
        self.index, self.complete = index, False
        self.progress.set_step(self.lesson.id, index)
        self._show(enter=True)
        self.step_changed.emit(index)

    def next(self) -> None:
        if self.lesson is None or self.complete or not self.gate_open():
            return
        if self.index + 1 < len(self.lesson.steps):
            self.go(self.index + 1)
        else:
            self._finish()

    def back(self) -> None:
        if self.complete:
            self.go(self.index)
        else:
            self.go(self.index - 1)

    def restart(self) -> None:
        if self.lesson is None:
            return
        self.progress.restart(self.lesson.id)
        self._tried = {}
        self.progress_changed.emit(self.lesson.id)
        if self.lesson.page and self.navigator is not None:
            self.navigator.open_page(self.lesson.page)
        self.go(0)

    def _finish(self) -> None:
        """The end of the lesson; it counts as done once every step was passed (not skipped by a teacher)."""
        if len(self.progress.passed(self.lesson.id)) >= len(self.lesson.steps):
            self.progress.set_done(self.lesson.id)
        self.complete = True
        self.progress_changed.emit(self.lesson.id)
        if self.navigator is not None:
            self.navigator.clear()
        self._show()
        self.finished.emit(self.lesson.id)

    # --- the gate ------------------------------------------------------------------------
    def step(self) -> Step:
        return self.lesson.steps[self.index]

    def check_holds(self) -> bool:
        """Whether the current step's check holds now (True when it has none)."""
        tree = self.step().check_tree
        return tree is None or evaluate(tree, self.facts.get)

    def passed(self) -> bool:
        return self.index in self.progress.passed(self.lesson.id)

    def requirements(self) -> dict[str, bool]:
        """What the current step asks for, each with whether it is met."""
        return {
            "predict": self.predict_box is None or self.predict_box.guessed(),
            "check": self.check_holds(),
            "quiz": all(box.solved() for box in self.quiz_boxes),
        }

    def gate_open(self) -> bool:
        return self.lesson is not None and (self.teacher or self.passed() or all(self.requirements().values()))

    def _update_gate(self) -> None:
        """Latch the step as passed once all its requirements hold, then redraw."""
        if self.lesson is None or self.complete:
            return
        if not self.passed() and all(self.requirements().values()):
            self.progress.mark_passed(self.lesson.id, self.index)
            self.progress_changed.emit(self.lesson.id)
        self._refresh()

    def _on_fact_changed(self, name: str, _value: object) -> None:
        if self.lesson is None or self.complete:
            return
        tree = self.step().check_tree
        if tree is not None and name in fact_names(tree):
            self._update_gate()

    def _on_answered(self, key: tuple[int, int], box: QuestionBox) -> None:
        self._tried[key] = list(box.tried)
        self._update_gate()

    # --- drawing ---------------------------------------------------------------------------
    def _show(self, enter: bool = False) -> None:
        """Rebuild the step's widgets (and on entering a step, open its page and highlights)."""
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        if self.complete:
            self.scroll.setWidget(self._completion_view())
            self._refresh()
            return
        self.scroll.setWidget(self._step_view(self.step()))
        if enter and self.navigator is not None:
            if self.step().page:
                self.navigator.open_page(self.step().page)
            self.navigator.highlight(self.step().highlight)
        self._update_gate()

    def _step_view(self, step: Step) -> QWidget:
        view = StepView(step, self.show_me)
        self.predict_box, self.quiz_boxes, self.action_box = view.predict_box, view.quiz_boxes, view.action_box
        self.status, self.teacher_check = view.status, view.teacher_check
        boxes = ([(0, self.predict_box)] if self.predict_box else []) + list(enumerate(self.quiz_boxes, start=1))
        for number, box in boxes:
            key = (self.index, number)
            for option in self._tried.get(key, []):
                box.choose(option)
            box.answered.connect(lambda _i, key=key, box=box: self._on_answered(key, box))
        return view

    def _completion_view(self) -> QWidget:
        self.predict_box, self.quiz_boxes = None, []
        view = CompletionView(self.lesson.title, self.has_next_lesson(self.lesson.id))
        view.next_lesson.connect(lambda: self.next_lesson_requested.emit(self.lesson.id))
        view.all_lessons.connect(lambda: self.index_requested.emit())
        return view

    def show_me(self) -> None:
        """Highlight the step's widgets again (the 'Show me' button)."""
        if self.navigator is not None and self.step().highlight:
            self.navigator.highlight(self.step().highlight)

    def _refresh(self) -> None:
        """Show what the step's state allows, and enable Next when the gate is open."""
        total = len(self.lesson.steps)
        self.step_label.setText(self.tr("Lesson complete") if self.complete else
                                self.tr("Step {n} of {total}").format(n=self.index + 1, total=total))
        self.bar.setRange(0, total)
        self.bar.setValue(total if self.complete else self.index + 1)
        self.back_button.setEnabled(self.complete or self.index > 0)
        last = self.index + 1 == total
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next"))
        self.next_button.setVisible(not self.complete)
        self.next_button.setEnabled(self.gate_open())
        if not self.complete:
            self._refresh_step()

    def _refresh_step(self) -> None:
        met, step = self.requirements(), self.step()
        passed = self.passed()
        predicted = met["predict"] or passed
        checked = met["check"] or passed
        self.action_box.setVisible(bool(step.action or step.check) and (predicted or self.teacher))
        for box in self.quiz_boxes:
            box.setVisible((predicted and checked) or self.teacher)
        if self.predict_box is not None and self.predict_box.guessed() and (checked or self.teacher):
            self.predict_box.reveal()
        if step.check:
            done = met["check"] or passed
            self.status.setText(f"{RIGHT} " + self.tr("Done.") if done else self.tr("Waiting for you to do it…"))
            set_role(self.status, "ok" if done else "waiting")
        self.teacher_check.setVisible(self.teacher and bool(step.check))
        if step.check:
            state = self.tr("holds now") if met["check"] else self.tr("does not hold yet")
            self.teacher_check.setText(self.tr("Check: {check} ({state})").format(check=step.check, state=state))
        self.next_button.setToolTip("" if self.gate_open() else self._missing_text(met))

    def _missing_text(self, met: dict[str, bool]) -> str:
        if not met["predict"]:
            return self.tr("First make your prediction.")
        if not met["check"]:
            return self.tr("Do the step in the app first.")
        return self.tr("Answer the quiz first.")
