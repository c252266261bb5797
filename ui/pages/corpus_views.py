"""Two views of the Corpus page: the files the learner brought, and what each cleaning step did.

`FilesTable` lists each file read (its kind: text, web page, PDF, JSONL, Parquet; its
encoding; for a web page how much of its text extraction kept) and each file skipped,
with the reason. `StepsView` is the before/after view of every step: a row per step with
the documents left, removed and changed, and the share of characters it took out; the
selected step's examples show the text before and after it (or "removed"). Web pages
add a first row, extraction, with lines of the pages that it left out.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lab.i18n import QT_TRANSLATE_NOOP

KIND_NAMES = {"text": QT_TRANSLATE_NOOP("FilesTable", "text"), "html": QT_TRANSLATE_NOOP("FilesTable", "web page"),
              "pdf": QT_TRANSLATE_NOOP("FilesTable", "PDF"), "jsonl": "JSONL", "parquet": "Parquet"}
MAX_ROWS = 200
EXTRACTION_EXAMPLES = 12


def percent(value: float) -> str:
    return QLocale().toString(float(value), "f", 1) + " %"


class FilesTable(QTableWidget):
    """The learner's files: name, kind, encoding, and a note (what extraction dropped, or why it was skipped)."""

    def __init__(self) -> None:
        super().__init__(0, 4, objectName="corpus.files_table")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        # Names and notes share the width and wrap: the column is narrow and must never scroll sideways.
        header = self.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(column, mode)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self._read: list[dict] = []
        self._skipped: list[dict] = []

    def set_files(self, read: list[dict], skipped: list[dict]) -> None:
        self._read, self._skipped = list(read)[:MAX_ROWS], list(skipped)[:MAX_ROWS]
        self.retranslate()

    def rows(self) -> list[tuple[str, str, str, str]]:
        return [tuple(self.item(r, c).text() for c in range(4)) for r in range(self.rowCount())]

    def note(self, row: dict) -> str:
        """What the reader noted about a file read: the share of a page kept, or the records of a dataset."""
        if "chars_page" in row:
            kept = 100 * row.get("chars_kept", 0) / max(1, row["chars_page"])
            return self.tr("main text {share}").format(share=percent(kept))
        if "records" in row:
            return self.tr("{n} records, field “{field}”").format(n=QLocale().toString(int(row["records"])),
                                                                  field=row.get("field"))
        return ""

    def skip_note(self, row: dict) -> str:
        reason = row.get("reason", "")
        return self.tr("skipped: {reason}").format(reason=self.tr("empty file") if reason == "empty" else reason)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("File"), self.tr("Type"), self.tr("Encoding"), self.tr("Note")])
        rows = [(r, self.note(r)) for r in self._read] + [(r, self.skip_note(r)) for r in self._skipped]
        self.setRowCount(len(rows))
        for i, (row, note) in enumerate(rows):
            kind = row.get("kind", "text")
            kind_name = QCoreApplication.translate("FilesTable", KIND_NAMES.get(kind, kind))
            cells = (Path(row["path"]).name, kind_name, row.get("encoding", "—"), note)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(row["path"] if c == 0 else text)
                self.setItem(i, c, item)
        self.resizeRowsToContents()
        self.setVisible(bool(rows))


class StepsView(QWidget):
    """A row per cleaning step; the selected step's examples before and after it."""

    COLUMNS = 5

    def __init__(self) -> None:
        super().__init__()
        self.table = QTableWidget(0, self.COLUMNS, objectName="corpus.steps_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_examples(row))
        self.examples = QTextBrowser(objectName="corpus.step_examples")
        self.empty = QLabel(wordWrap=True)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.examples)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        self._stats: dict = {}
        self._names: dict[str, str] = {}

    def set_stats(self, stats: dict, names: dict[str, str]) -> None:
        self._stats, self._names = stats or {}, names
        self.retranslate()

    def steps(self) -> list[str]:
        return [row["step"] for row in self._rows()]

    def _rows(self) -> list[dict]:
        return self._extraction() + [r for r in self._stats.get("steps", []) if r.get("step") != "input"]

    def _extraction(self) -> list[dict]:
        """Web pages' main-text extraction as a first step: the pages, and the text it left out of them."""
        pages = [r for r in self._stats.get("read", []) if "chars_page" in r]
        if not pages:
            return []
        dropped = sum(r["chars_page"] - r.get("chars_kept", 0) for r in pages)
        return [{"step": "extract", "docs": len(pages), "removed": 0, "share": dropped / max(1, sum(
            r["chars_page"] for r in pages)), "changed": sum(r.get("chars_kept", 0) < r["chars_page"] for r in pages),
            "examples": [{"before": line} for r in pages for line in r.get("dropped", [])][:EXTRACTION_EXAMPLES]}]

    def retranslate(self) -> None:
        loc = QLocale()
        self.table.setHorizontalHeaderLabels([self.tr("Step"), self.tr("Documents left"), self.tr("Removed"),
                                              self.tr("Changed"), self.tr("Characters taken out")])
        rows = self._rows()
        total = max(1, (self._stats.get("steps") or [{}])[0].get("chars", 0))
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            share = row["share"] if "share" in row else row.get("chars_removed", 0) / total
            cells = (self._names.get(row["step"], row["step"]), loc.toString(int(row.get("docs", 0))),
                     loc.toString(int(row.get("removed", 0))), loc.toString(int(row.get("changed", 0))),
                     percent(100 * share))
            for c, text in enumerate(cells):
                self.table.setItem(i, c, QTableWidgetItem(text))
        self.empty.setText(self.tr("Clean the corpus to see what each step did.") if not rows else
                           self.tr("Choose a step to see examples of what it removed or changed."))
        current = self.table.currentRow()
        self._show_examples(current if 0 <= current < len(rows) else -1)

    def select(self, step: str) -> None:
        self.table.setCurrentCell(self.steps().index(step), 0)

    def _show_examples(self, row: int) -> None:
        rows = self._rows()
        if not 0 <= row < len(rows):
            self.examples.setHtml("")
            return
        step = rows[row]["step"]
        shown = rows[row].get("examples") or self._stats.get("examples", {}).get(step, [])
        parts = [f"<h3>{html.escape(self._names.get(step, step))}</h3>"]
        reasons = self._stats.get("reasons", {}).get(step)
        if reasons:
            parts.append("<p>" + html.escape(self.tr("Rules that fired: {rules}").format(
                rules=", ".join(f"{k} {v}" for k, v in reasons.items()))) + "</p>")
        if not shown:
            parts.append("<p>" + html.escape(self.tr("This step changed nothing.")) + "</p>")
        before, after, removed = self.tr("Before"), self.tr("After"), self.tr("removed")
        for ex in shown:
            kept = _text(ex["after"]) if ex.get("after") else f"<i>{html.escape(removed)}</i>"
            parts.append("<table width='100%' border='1' cellpadding='4' cellspacing='0'><tr>"
                         f"<td width='50%'><b>{html.escape(before)}</b><br>{_text(ex['before'])}</td>"
                         f"<td width='50%'><b>{html.escape(after)}</b><br>{kept}</td></tr></table><br>")
        self.examples.setHtml("".join(parts))

    def examples_html(self) -> str:
        return self.examples.toPlainText()


def _text(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")
