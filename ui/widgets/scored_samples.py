"""A table of sampled answers with their scores, newest on top.

Each row is one answer the model wrote during training: the prompt, the answer, the
reward model's score, the rubric's score and the answer's KL to the SFT model. The
two scores sit side by side so the learner sees when they disagree (reward hacking).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

MAX_ROWS = 60
COLUMNS = ("step", "prompt", "answer", "rm", "true", "kl")


class ScoredSamples(QTableWidget):
    """Rows of (step, prompt, answer, RM score, rubric score, KL); `add` puts new ones on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        for i, name in enumerate(COLUMNS):
            mode = QHeaderView.ResizeMode.Stretch if name == "answer" else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(i, mode)

    def set_headers(self, names: Sequence[str]) -> None:
        self.setHorizontalHeaderLabels(list(names))

    def add(self, step: int, rows: Sequence[dict]) -> None:
        for row in reversed(list(rows)):
            self.insertRow(0)
            cells = (str(step), row.get("prompt", ""), row.get("answer", ""), _num(row.get("rm")),
                     _num(row.get("true")), _num(row.get("kl")))
            for col, text in enumerate(cells):
                self.setItem(0, col, QTableWidgetItem(text))
        while self.rowCount() > MAX_ROWS:
            self.removeRow(self.rowCount() - 1)
        self.resizeRowsToContents()

    def answers(self) -> list[str]:
        return [self.item(r, 2).text() for r in range(self.rowCount())]


def _num(value) -> str:
    """A score in the learner's number format, e.g. 0,25 in Spanish."""
    return "–" if value is None else QLocale().toString(float(value), "f", 2)
