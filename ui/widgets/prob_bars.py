"""Next-token probability bars: what the model thinks, and what the sliders make of it.

One row per candidate token (the most likely first). Each row holds three bars: the
model's own probability (grey), after the temperature (orange), and after top-k and
top-p (blue, what the token is really drawn from). A red dashed line marks where the
filters cut; with top-p on, a right-hand column draws the running total of the
probability and the line at p. Clicking a row emits `token_clicked(token_id)`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ui import palette
from ui.numbers import percent
from ui.widgets.token_chips import visible

COLORS = {key: QColor(palette.series(key)) for key in ("raw", "tempered", "filtered")}
CUT_COLOR = QColor(palette.series("cut"))
HEADER, LABEL_W, VALUE_W, CUM_W, PAD = 34, 120, 58, 90, 8


@dataclass(frozen=True)
class Bar:
    """One candidate token and its three probabilities."""

    token_id: int
    text: str
    raw: float
    tempered: float
    filtered: float


class ProbBars(QWidget):
    token_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("playground.prob_bars")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._bars: list[Bar] = []
        self._kept = 0
        self._cut_text = ""
        self._cumulative: list[float] = []
        self._top_p: float | None = None
        self._legend = {"raw": "", "tempered": "", "filtered": "", "cumulative": "", "empty": ""}

    # --- data ------------------------------------------------------------------
    def set_bars(self, bars: list[Bar], kept: int, cut_text: str = "", cumulative: list[float] | None = None,
                 top_p: float | None = None) -> None:
        """`kept`: tokens that survive the filters (a cut line is drawn after that many rows)."""
        self._bars, self._kept, self._cut_text = list(bars), kept, cut_text
        self._cumulative = list(cumulative or [])
        self._top_p = top_p if top_p is not None and top_p < 1 else None
        self.update()

    def set_texts(self, raw: str, tempered: str, filtered: str, cumulative: str, empty: str) -> None:
        self._legend = {"raw": raw, "tempered": tempered, "filtered": filtered, "cumulative": cumulative,
                        "empty": empty}
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def cut_row(self) -> int | None:
        """The row after which the cut line is drawn, or None when every shown token is kept."""
        return self._kept if self._kept < len(self._bars) else None

    def row_rect(self, index: int) -> QRectF:
        pitch = self._pitch()
        return QRectF(0, HEADER + index * pitch, self.width(), pitch)

    def sizeHint(self) -> QSize:
        return QSize(560, HEADER + 20 * 24)

    def minimumSizeHint(self) -> QSize:
        return QSize(300, HEADER + 20 * 12)  # the bars shrink; labels and values keep their width

    # --- mouse -------------------------------------------------------------------
    def _row_at(self, y: float) -> int | None:
        if not self._bars or y < HEADER:
            return None
        index = int((y - HEADER) // self._pitch())
        return index if index < len(self._bars) else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self._row_at(event.position().y())
        if index is not None and event.button() == Qt.MouseButton.LeftButton:
            self.token_clicked.emit(self._bars[index].token_id)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self._row_at(event.position().y())
        if index is None:
            QToolTip.hideText()
            return
        bar = self._bars[index]
        QToolTip.showText(event.globalPosition().toPoint(),
                          f"#{bar.token_id} {visible(bar.text)}\n{self._legend['raw']}: {percent(bar.raw, 2)}\n"
                          f"{self._legend['tempered']}: {percent(bar.tempered, 2)}\n"
                          f"{self._legend['filtered']}: {percent(bar.filtered, 2)}", self)

    # --- painting ---------------------------------------------------------------
    def _pitch(self) -> float:
        return max(8.0, (self.height() - HEADER - 4) / max(len(self._bars), 20))

    def _bar_area(self) -> tuple[float, float]:
        right = self.width() - PAD - VALUE_W - (CUM_W if self._top_p is not None else 0)
        return LABEL_W + PAD, max(right, LABEL_W + PAD + 20)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self._color(QPalette.ColorRole.Base))
        self._paint_legend(p)
        if not self._bars:
            p.setPen(self._color(QPalette.ColorRole.PlaceholderText))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._legend["empty"])
            return
        scale = max(max(b.raw, b.tempered, b.filtered) for b in self._bars) or 1.0
        for i, bar in enumerate(self._bars):
            self._paint_row(p, i, bar, scale)
        self._paint_cut(p)
        if self._top_p is not None:
            self._paint_cumulative(p)
        p.end()

    def _color(self, role: QPalette.ColorRole) -> QColor:
        """Colours from the app's palette, so the bars follow the high-contrast theme."""
        return self.palette().color(role)

    def _paint_legend(self, p: QPainter) -> None:
        x, fm = PAD, QFontMetrics(p.font())
        for key in ("raw", "tempered", "filtered"):
            p.fillRect(QRectF(x, 10, 12, 12), COLORS[key])
            p.setPen(self._color(QPalette.ColorRole.Text))
            p.drawText(QPointF(x + 16, 21), self._legend[key])
            x += 16 + fm.horizontalAdvance(self._legend[key]) + 18
        if self._top_p is not None:
            left = self.width() - PAD - CUM_W
            p.drawText(QRectF(left, 0, CUM_W, HEADER), Qt.AlignmentFlag.AlignCenter, self._legend["cumulative"])

    def _paint_row(self, p: QPainter, i: int, bar: Bar, scale: float) -> None:
        row = self.row_rect(i)
        if i % 2:
            p.fillRect(row, self._color(QPalette.ColorRole.AlternateBase))
        left, right = self._bar_area()
        fm = QFontMetrics(p.font())
        muted = self._color(QPalette.ColorRole.PlaceholderText)
        p.setPen(self._color(QPalette.ColorRole.Text) if bar.filtered > 0 else muted)
        label = fm.elidedText(visible(bar.text), Qt.TextElideMode.ElideRight, LABEL_W - 4)
        p.drawText(QRectF(PAD, row.top(), LABEL_W - 4, row.height()),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        h = max(2.0, (row.height() - 4) / 3)
        for j, key in enumerate(("raw", "tempered", "filtered")):
            width = (right - left) * getattr(bar, key) / scale
            p.fillRect(QRectF(left, row.top() + 2 + j * h, width, h - 1), COLORS[key])
        p.setPen(self._color(QPalette.ColorRole.Link) if bar.filtered > 0 else muted)
        p.drawText(QRectF(right + 4, row.top(), VALUE_W - 4, row.height()),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, percent(bar.filtered))

    def _paint_cut(self, p: QPainter) -> None:
        cut = self.cut_row()
        if cut is None:
            return
        y = self.row_rect(cut).top()
        p.setPen(QPen(CUT_COLOR, 2, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(PAD, y), QPointF(self.width() - PAD, y))
        p.setPen(CUT_COLOR)
        left, right = self._bar_area()
        p.drawText(QRectF(left, y, right - left, self._pitch()),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self._cut_text)

    def _paint_cumulative(self, p: QPainter) -> None:
        left = self.width() - PAD - CUM_W + 8
        width = CUM_W - 12
        p.setPen(QPen(self._color(QPalette.ColorRole.Mid), 1))
        p.drawLine(QPointF(left, HEADER), QPointF(left, self.height() - 4))
        x_p = left + width * self._top_p
        p.setPen(QPen(CUT_COLOR, 1.5, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(x_p, HEADER), QPointF(x_p, self.height() - 4))
        points = [QPointF(left + width * min(c, 1.0), self.row_rect(i).center().y())
                  for i, c in enumerate(self._cumulative[: len(self._bars)])]
        p.setPen(QPen(COLORS["filtered"], 2))
        p.drawPolyline(QPolygonF(points))
        p.setBrush(COLORS["filtered"])
        for point in points:
            p.drawEllipse(point, 2.5, 2.5)
