"""What the learner has done in each lesson, remembered in QSettings.

Per lesson id (the file name, the same in both languages, so progress survives a
language switch): the step they were on, the steps whose gates they opened, and
whether they finished it once. Also the player's own choices: teacher mode, and
which lesson was open.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from lab.lesson_format import Lesson


class LessonProgress:
    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def _key(self, lesson_id: str, what: str) -> str:
        return f"lessons/{lesson_id}/{what}"

    def step(self, lesson_id: str) -> int:
        return int(self._settings.value(self._key(lesson_id, "step"), 0))

    def set_step(self, lesson_id: str, index: int) -> None:
        self._settings.setValue(self._key(lesson_id, "step"), index)

    def passed(self, lesson_id: str) -> set[int]:
        text = str(self._settings.value(self._key(lesson_id, "passed"), "") or "")
        return {int(part) for part in text.split() if part.isdigit()}

    def mark_passed(self, lesson_id: str, index: int) -> None:
        steps = self.passed(lesson_id) | {index}
        self._settings.setValue(self._key(lesson_id, "passed"), " ".join(map(str, sorted(steps))))

    def done(self, lesson_id: str) -> bool:
        return self._settings.value(self._key(lesson_id, "done"), False, type=bool)

    def set_done(self, lesson_id: str) -> None:
        self._settings.setValue(self._key(lesson_id, "done"), True)

    def restart(self, lesson_id: str) -> None:
        """Start a lesson over: no step passed, back to the first (having finished it once is kept)."""
        self._settings.setValue(self._key(lesson_id, "passed"), "")
        self.set_step(lesson_id, 0)

    def completion(self, lesson: Lesson) -> float:
        """From 0 to 1: the share of steps passed, or 1 once finished."""
        if self.done(lesson.id):
            return 1.0
        steps = len(lesson.steps) or 1
        return len({i for i in self.passed(lesson.id) if i < steps}) / steps

    # --- the player's own choices -------------------------------------------------
    def teacher(self) -> bool:
        return self._settings.value("lessons/teacher", False, type=bool)

    def set_teacher(self, on: bool) -> None:
        self._settings.setValue("lessons/teacher", on)

    def current(self) -> str:
        return str(self._settings.value("lessons/current", "") or "")

    def set_current(self, lesson_id: str) -> None:
        self._settings.setValue("lessons/current", lesson_id)
