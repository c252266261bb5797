"""A table of sampled answers with their scores, newest on top.

Each row is one answer the model wrote during training: the prompt, the answer, the
reward model's score, the rubric's score and the answer's KL to the SFT model. The
two scores sit side by side so the learner sees when they disagree (reward hacking).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

MAX_ROWS = 60
COLUMNS = ("step", "prompt", "answer", "rm", "true", "kl")
TEXT_COLUMNS = ("prompt", "answer")
NUMBERS_SHARE = 0.6  # of the table's width, at most, for the number columns at their headings' width


class ScoredSamples(QTableWidget):
    """Rows of (step, prompt, answer, RM score, rubric score, KL); `add` puts new ones on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        for i, name in enumerate(COLUMNS):  # the texts share what the numbers leave, and wrap: never sideways
            mode = QHeaderView.ResizeMode.Stretch if name in TEXT_COLUMNS else QHeaderView.ResizeMode.Fixed
            header.setSectionResizeMode(i, mode)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._fit_numbers()

    def set_headers(self, names: Sequence[str]) -> None:
        self.setHorizontalHeaderLabels(list(names))
        for i, name in enumerate(names):
            self.horizontalHeaderItem(i).setToolTip(name)
        self._fit_numbers()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_numbers()
        self.resizeRowsToContents()  # narrower columns wrap the texts onto more lines

    def _fit_numbers(self) -> None:
        """Number columns as wide as their heading, or only as a number when the headings would take
        more than NUMBERS_SHARE of a narrow table (the heading is then elided; its tooltip holds it whole)."""
        metrics, header = self.fontMetrics(), self.horizontalHeader()
        number = metrics.horizontalAdvance("−00,00") + 16
        columns = [i for i, name in enumerate(COLUMNS) if name not in TEXT_COLUMNS]
        wanted = {i: max(number, metrics.horizontalAdvance(self._heading(i)) + 20) for i in columns}
        narrow = sum(wanted.values()) > self.viewport().width() * NUMBERS_SHARE
        for i in columns:
            header.resizeSection(i, number if narrow else wanted[i])

    def _heading(self, column: int) -> str:
        item = self.horizontalHeaderItem(column)
        return item.text() if item is not None else ""

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
