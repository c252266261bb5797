"""A conversation shown token by token in the chat template, masked tokens greyed out.

Each token is a small box. Tokens the loss learns from (the assistant's answer and its
closing `<|end|>`) are coloured; tokens that are masked out (the question, the role
markers) are grey with grey text: the model reads them, but is not asked to write them.
Special tokens are drawn in bold. Spaces and line breaks are made visible (`·`, `⏎`).
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from lab.chat import RenderedChat
from ui import palette

TRAINED = palette.CHAT_TEMPLATE["trained"]
TRAINED_BORDER = palette.CHAT_TEMPLATE["trained_border"]
MASKED = palette.CHAT_TEMPLATE["masked"]
MASKED_TEXT = palette.CHAT_TEMPLATE["masked_text"]
MAX_TOKENS = 300


def visible(text: str) -> str:
    return text.replace(" ", "·").replace("\n", "⏎") or "∅"


def token_html(text: str, trained: bool, special: bool) -> str:
    style = (f"background:{TRAINED}; color:{palette.ON_LIGHT};" if trained
             else f"background:{MASKED}; color:{MASKED_TEXT};")
    weight = " font-weight:bold;" if special else ""
    return f"<span style='{style}{weight}'>&#8203;{escape(visible(text))}</span>"


class ChatTemplateView(QWidget):
    """`show(rendered, decode)`: the tokens of a rendered chat, trained ones coloured."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser()
        self.browser.setObjectName("sft.template_tokens")
        self.legend = QLabel(wordWrap=True)
        self.legend.setObjectName("sft.template_legend")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.legend)
        self._counts = (0, 0)
        self.retranslate()

    def show_chat(self, rendered: RenderedChat, decode: Callable[[list[int]], str]) -> None:
        spans, trained, total = [], 0, 0
        for piece in rendered.pieces:
            for token in piece.ids:
                if total < MAX_TOKENS:
                    text = piece.text if piece.special else decode([token])
                    spans.append(token_html(text, piece.trained, piece.special))
                total += 1
                trained += piece.trained
        self.browser.setHtml("<div style='line-height:160%'>" + " ".join(spans) + "</div>")
        self._counts = (trained, total)
        self.retranslate()

    def show_text(self, text: str) -> None:
        """Without a tokenizer: the template as plain text."""
        self.browser.setPlainText(text)
        self._counts = (0, 0)
        self.retranslate()

    def counts(self) -> tuple[int, int]:
        """(trained tokens, all tokens) of the conversation shown."""
        return self._counts

    def retranslate(self) -> None:
        trained, total = self._counts
        green = escape(self.tr("green"))
        grey = escape(self.tr("grey"))
        swatch = f"<span style='background:{TRAINED}'>&nbsp;{green}&nbsp;</span>"
        masked = f"<span style='background:{MASKED}; color:{MASKED_TEXT}'>&nbsp;{grey}&nbsp;</span>"
        text = escape(self.tr("{green}: the loss learns these tokens. {grey}: masked, the model reads them but is "
                              "not trained to write them.")).format(green=swatch, grey=masked)
        if total:
            text += " " + escape(self.tr("{trained} of {total} tokens are trained.").format(
                trained=trained, total=total))
        self.legend.setText(text)
