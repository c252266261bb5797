"""The Playground's text: the prompt, then each added token coloured by how likely the model found it."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from lab.playground import Chosen
from ui import palette

# (lowest probability, background): a token gets the colour of the first band it reaches
BANDS = palette.PROBABILITY_BANDS


def band_color(probability: float) -> str:
    return next(color for lowest, color in BANDS if probability >= lowest)


def to_html(prompt: str, added: list[Chosen]) -> str:
    muted = palette.text_colour("muted")
    spans = [f'<span style="color:{muted};">{escape(prompt)}</span>']
    for c in added:
        # dark on the light bands, in any theme
        style = f"background-color:{band_color(c.probability)}; color:{palette.ON_LIGHT};"
        if c.picked:
            style += "text-decoration: underline;"
        spans.append(f'<span style="{style}">{escape(c.text)}</span>')
    return '<div style="white-space: pre-wrap;">' + "".join(spans) + "</div>"


class GeneratedText(QWidget):
    """A read-only view of the text with a legend of the colours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = QTextBrowser(objectName="playground.output")
        self.view.setOpenLinks(False)
        self._legend = [QLabel() for _ in BANDS]
        self._title = QLabel()
        self._picked = QLabel()
        legend = QHBoxLayout()
        legend.setSpacing(4)
        for label, (_, color) in zip(self._legend, BANDS, strict=True):
            label.setStyleSheet(f"background-color:{color}; color: {palette.ON_LIGHT}; padding: 1px 4px;")
            legend.addWidget(label)
        legend.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self._title)
        layout.addLayout(legend)
        layout.addWidget(self._picked)
        self.retranslate()

    def show_text(self, prompt: str, added: list[Chosen]) -> None:
        self.view.setHtml(to_html(prompt, added))
        bar = self.view.verticalScrollBar()
        bar.setValue(bar.maximum())

    def plain_text(self) -> str:
        return self.view.toPlainText()

    def retranslate(self) -> None:
        self._title.setText(self.tr("How likely the model found each token:"))
        texts = ("≥ 50 %", "20–50 %", "5–20 %", "< 5 %")
        for label, text in zip(self._legend, texts, strict=True):
            label.setText(text)
        self._picked.setText(self.tr("Underlined: a token you picked by clicking its bar."))
        self._picked.setStyleSheet("text-decoration: underline;")
