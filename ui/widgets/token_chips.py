"""Token chips: a text shown as the tokens a tokenizer cut it into.

Each token is a small coloured label (its text, and its id underneath) laid out in a
flow that wraps like words. The colour comes from the id, so the same token has the
same colour wherever it appears. Clicking a chip emits `chip_clicked(position)`; the
page says what that token is (id, bytes, frequency). Spaces and line breaks are drawn
visibly (`·`, `⏎`) so the learner sees that they are part of tokens too.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QLayout, QSizePolicy, QWidget, QWidgetItem

from ui import palette

PASTELS = list(palette.TOKEN_PASTELS)
MAX_CHIPS = 400  # beyond this, a "…" chip stands for the rest: a layout of thousands of labels is slow


@dataclass(frozen=True)
class Token:
    """One token to draw: its id in the vocabulary and the text it stands for."""

    id: int
    text: str


def chip_color(token_id: int) -> str:
    """A pastel colour fixed by the id (neighbouring ids get different colours)."""
    return PASTELS[(token_id * 7) % len(PASTELS)]


def visible(text: str) -> str:
    """Show the invisible parts of a token: space as `·`, newline as `⏎`, tab as `→`."""
    return text.replace(" ", "·").replace("\n", "⏎").replace("\t", "→") or "∅"


class FlowLayout(QLayout):
    """Places widgets left to right and wraps to a new line when the width runs out."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 3) -> None:
        super().__init__(parent)
        self._items: list[QWidgetItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _place(self, rect: QRect, move: bool) -> int:
        x, y, line_height = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line_height > 0:
                x, y, line_height = rect.x(), y + line_height + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()


class Chip(QLabel):
    """One token: text over id, on its colour; emits `clicked` with its position."""

    clicked = Signal(int)

    def __init__(self, position: int, token: Token, show_id: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.position = position
        self.token = token
        label = escape(visible(token.text))
        if show_id:
            ink = palette.TOKEN_CHIP["id"]
            label += f"<br><span style='font-size:small; color:{ink}'>{token.id}</span>"
        self.setText(f"<div align='center'>{label}</div>")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.selected = False
        self.setStyleSheet(self._style(selected=False))

    def _style(self, selected: bool) -> str:
        outline = palette.TOKEN_CHIP["selected"] if selected else QColor(chip_color(self.token.id)).darker(130).name()
        border = f"{2 if selected else 1}px solid {outline}"
        return (f"QLabel {{ background: {chip_color(self.token.id)}; border: {border};"
                f" border-radius: 4px; padding: 1px 4px; color: {palette.ON_LIGHT}; }}")

    def set_selected(self, selected: bool) -> None:
        self.selected = selected
        self.setStyleSheet(self._style(selected))

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.position)
        super().mousePressEvent(event)


class TokenChips(QWidget):
    """A flow of token chips; `set_tokens` replaces them, `chip_clicked` reports a click."""

    chip_clicked = Signal(int)  # position of the clicked token in the list given to set_tokens

    def __init__(self, show_ids: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._show_ids = show_ids
        self._tokens: list[Token] = []
        self._chips: list[Chip] = []
        self._more = QLabel("…")
        self._layout = FlowLayout(self)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_tokens(self, tokens: list[Token]) -> None:
        """Show `tokens` (the first MAX_CHIPS of them, then a `…`)."""
        self._clear()
        self._tokens = list(tokens)
        for position, token in enumerate(self._tokens[:MAX_CHIPS]):
            chip = Chip(position, token, self._show_ids, self)
            chip.clicked.connect(self._on_chip_clicked)
            self._layout.addWidget(chip)
            self._chips.append(chip)
        if len(self._tokens) > MAX_CHIPS:
            self._more = QLabel("…", self)
            self._layout.addWidget(self._more)
        self._layout.invalidate()
        self.updateGeometry()

    def tokens(self) -> list[Token]:
        return list(self._tokens)

    def chips(self) -> list[Chip]:
        return list(self._chips)

    def select(self, position: int) -> None:
        for chip in self._chips:
            chip.set_selected(chip.position == position)

    def changeEvent(self, event) -> None:
        """A new app font (presentation mode) reaches styled chips only when they are styled again."""
        if event.type() == QEvent.Type.FontChange:
            for chip in self._chips:
                chip.setFont(self.font())
                chip.set_selected(chip.selected)
            self._layout.invalidate()
        super().changeEvent(event)

    def _on_chip_clicked(self, position: int) -> None:
        self.select(position)
        self.chip_clicked.emit(position)

    def _clear(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        self._chips = []

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._layout.heightForWidth(width)

    def sizeHint(self) -> QSize:
        return QSize(400, max(self._layout.heightForWidth(400), 10))


class GrowthRows(QWidget):
    """One row of chips per vocabulary size: how the same text is cut as the vocabulary grows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QGridLayout

        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(1, 1)
        self._rows: list[tuple[int, list[Token]]] = []
        self._row_widgets: list[QWidget] = []
        self._count_format = "{n}"

    def set_rows(self, rows: list[tuple[int, list[Token]]], count_format: str = "{n}") -> None:
        """`rows` are (vocabulary size, tokens); `count_format` labels a row's token count, e.g. "{n} tokens"."""
        for widget in self._row_widgets:
            widget.hide()
            widget.deleteLater()
        self._row_widgets = []
        self._rows = list(rows)
        self._count_format = count_format
        for r, (size, tokens) in enumerate(self._rows):
            size_label = QLabel(f"<b>{size}</b>", self)
            chips = TokenChips(show_ids=False, parent=self)
            chips.set_tokens(tokens)
            count = QLabel(count_format.format(n=len(tokens)), self)
            self._grid.addWidget(size_label, r, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
            self._grid.addWidget(chips, r, 1)
            self._grid.addWidget(count, r, 2, Qt.AlignmentFlag.AlignTop)
            self._row_widgets += [size_label, chips, count]

    def rows(self) -> list[tuple[int, list[Token]]]:
        return list(self._rows)
