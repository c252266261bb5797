"""A preview of corpus documents, with their flaws highlighted.

Only the first documents are shown (a few dozen, never megabytes): each one is a
paragraph tinted by its flaw, with small coloured tags naming every flaw it has, and
a legend above. Markup junk is shown as the literal text it is, tags and all.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from html import escape

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from ui import palette
from ui.palette import set_role
from ui.widgets.token_chips import FlowLayout

MAX_DOCS = 60
MAX_DOC_CHARS = 1200
FLAW_COLORS = {flaw: tag for flaw, (tag, _) in palette.CORPUS_FLAWS.items()}
FLAW_TINTS = {flaw: tint for flaw, (_, tint) in palette.CORPUS_FLAWS.items()}
FLAW_OF = {"near_duplicate": "duplicate"}  # the engine's finer kinds, shown under one colour


@dataclass(frozen=True)
class PreviewDoc:
    """One document to show: its text and its flaws (engine names; empty when unknown or clean)."""

    text: str
    flaws: frozenset[str] = field(default_factory=frozenset)

    def kinds(self) -> list[str]:
        """The flaws in legend order, finer kinds folded into their colour."""
        folded = {FLAW_OF.get(f, f) for f in self.flaws}
        return [k for k in FLAW_COLORS if k in folded]


def document_html(doc: PreviewDoc, names: dict[str, str]) -> str:
    kinds = doc.kinds()
    tags = "".join(f"<span style='background-color:{FLAW_COLORS[k]};'>&nbsp;{escape(names[k])}&nbsp;</span> "
                   for k in kinds)
    text = doc.text if len(doc.text) <= MAX_DOC_CHARS else doc.text[:MAX_DOC_CHARS] + "…"
    body = escape(text).replace("\n", "<br>")
    tint = FLAW_TINTS[kinds[0]] if kinds else palette.PAPER
    return f"<p style='background-color:{tint}; color:{palette.INK}; margin-bottom:8px;'>{tags}{body}</p>"


class CorpusPreview(QWidget):
    """The legend and the documents; `set_documents(docs, total)` replaces what is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._docs: list[PreviewDoc] = []
        self._total = 0
        self._swatches: dict[str, QLabel] = {}
        legend = FlowLayout(spacing=6)  # wraps when the text is big (presentation mode)
        self._legend_title = QLabel()
        legend.addWidget(self._legend_title)
        for kind, color in FLAW_COLORS.items():
            swatch = QLabel(objectName=f"corpus.legend.{kind}")
            swatch.setStyleSheet(f"background:{color}; border-radius:3px; padding:1px 6px;")
            self._swatches[kind] = swatch
            legend.addWidget(swatch)
        self._count = QLabel(objectName="corpus.preview_count", wordWrap=True)
        set_role(self._count, "note")
        self.browser = QTextBrowser(objectName="corpus.preview")
        self.browser.setOpenLinks(False)
        self.browser.setMinimumWidth(200)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(legend)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self._count)
        self.retranslate()

    def set_documents(self, docs: Iterable[PreviewDoc], total: int | None = None) -> None:
        self._docs = list(docs)[:MAX_DOCS]
        self._total = len(self._docs) if total is None else total
        self._render()

    def documents(self) -> list[PreviewDoc]:
        return list(self._docs)

    def flaw_names(self) -> dict[str, str]:
        """The flaw kinds as the learner reads them."""
        return {"junk": self.tr("markup junk"), "duplicate": self.tr("duplicate"), "rude": self.tr("rude"),
                "wrong": self.tr("wrong fact")}

    def retranslate(self) -> None:
        self._legend_title.setText(self.tr("Flaws:"))
        for kind, name in self.flaw_names().items():
            self._swatches[kind].setText(name)
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _render(self) -> None:
        if not self._docs:
            self._count.setText("")
            empty = escape(self.tr("No corpus yet: generate the world or open your own files."))
            self.browser.setHtml(f"<p style='color:{palette.CORPUS_TEXT['empty']}'>{empty}</p>")
            return
        self._count.setText(self.tr("The first {shown} of {total} documents").format(
            shown=len(self._docs), total=self._total))
        names = self.flaw_names()
        self.browser.setHtml("".join(document_html(d, names) for d in self._docs))
