"""The GPT drawn as a column of boxes, each with the shape of the tensor it outputs.

The rows come from `lab.model.diagram` (engine names such as `transformer.h.*.ln_1`
and their shapes); the page adds a translated description of each. Rows whose name
starts with `transformer.h.*.` form one transformer block, drawn once inside a frame
marked "× N", with the two residual connections drawn as arrows around it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui import palette

BLOCK_PREFIX = "transformer.h.*."
COLORS = palette.MODEL_DIAGRAM  # a fill per kind of layer, and the inks
MARGIN, FRAME_PAD, MIN_PITCH, MAX_PITCH = 10, 8, 17, 30


@dataclass(frozen=True)
class DiagramRow:
    """One box: the engine's name, a description for the learner, and the output shape."""

    name: str
    label: str
    shape: tuple


def kind_of(name: str) -> str:
    """Which colour family a row belongs to, from its engine name."""
    short = name.removeprefix(BLOCK_PREFIX)
    if short.startswith("attn"):
        return "attn"
    if short.startswith("mlp"):
        return "mlp"
    if short.startswith("residual"):
        return "add"
    if "ln" in short.split(".")[-1]:
        return "norm"
    if short.startswith(("lm_head", "softmax")):
        return "out"
    return "embed"


class ModelDiagram(QWidget):
    """Paints the rows top to bottom; `set_rows` replaces them and repaints."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("model.diagram")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._rows: list[DiagramRow] = []
        self._repeat_text = ""
        self._legend = ""

    def set_rows(self, rows: list[DiagramRow], repeat_text: str, legend: str = "") -> None:
        """`repeat_text` marks the block frame (e.g. "× 4 blocks"); `legend` explains B, T, C."""
        self._rows, self._repeat_text, self._legend = list(rows), repeat_text, legend
        self.updateGeometry()
        self.update()

    def rows(self) -> list[DiagramRow]:
        return list(self._rows)

    def sizeHint(self) -> QSize:
        return QSize(520, 2 * MARGIN + (len(self._rows) + 3) * 24)

    def minimumSizeHint(self) -> QSize:
        return QSize(300, 2 * MARGIN + (len(self._rows) + 3) * MIN_PITCH)  # labels elide below that

    # --- painting ------------------------------------------------------------
    def _pitch(self) -> float:
        slots = len(self._rows) + 3  # the rows, the frame's padding and the legend line
        return max(MIN_PITCH, min(MAX_PITCH, (self.height() - 2 * MARGIN) / max(slots, 1)))

    def paintEvent(self, event) -> None:
        if not self._rows:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pitch = self._pitch()
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, min(font.pointSizeF(), pitch * 0.42)))
        p.setFont(font)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(font.pointSizeF() * 0.95)
        left, right = MARGIN + 34, self.width() - MARGIN - 6
        boxes = self._layout(pitch, left, right)
        self._paint_frame(p, boxes, pitch, left, right)
        self._paint_arrows(p, boxes)
        for row, rect in zip(self._rows, boxes, strict=True):
            self._paint_box(p, row, rect, font, mono)
        self._paint_legend(p, boxes[-1].bottom() + pitch * 0.9, font)
        p.end()

    def _layout(self, pitch: float, left: float, right: float) -> list[QRectF]:
        boxes, y = [], MARGIN
        inside = False
        for row in self._rows:
            in_block = row.name.startswith(BLOCK_PREFIX)
            if in_block != inside:
                y += FRAME_PAD
                inside = in_block
            indent = 14 if in_block else 0
            boxes.append(QRectF(left + indent, y, right - left - 2 * indent, pitch * 0.78))
            y += pitch
        return boxes

    def _paint_box(self, p: QPainter, row: DiagramRow, rect: QRectF, font: QFont, mono: QFont) -> None:
        p.setPen(QPen(QColor(COLORS["border"]), 1))
        p.setBrush(QColor(COLORS[kind_of(row.name)]))
        p.drawRoundedRect(rect, 4, 4)
        inner = rect.adjusted(8, 0, -8, 0)
        shape = "(" + ", ".join(str(n) for n in row.shape) + ")"
        p.setFont(mono)
        shape_w = QFontMetrics(mono).horizontalAdvance(shape)
        p.setPen(QColor(COLORS["name"]))
        p.drawText(inner, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shape)
        p.setFont(font)
        p.setPen(QColor(COLORS["text"]))
        text_rect = inner.adjusted(0, 0, -shape_w - 10, 0)
        text = QFontMetrics(font).elidedText(row.label, Qt.TextElideMode.ElideRight, int(text_rect.width()))
        p.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    def _paint_frame(self, p: QPainter, boxes: list[QRectF], pitch: float, left: float, right: float) -> None:
        inside = [b for row, b in zip(self._rows, boxes, strict=True) if row.name.startswith(BLOCK_PREFIX)]
        if not inside:
            return
        frame = QRectF(left, inside[0].top() - FRAME_PAD * 0.6, right - left,
                       inside[-1].bottom() - inside[0].top() + FRAME_PAD * 1.2)
        p.setPen(QPen(QColor(COLORS["block"]), 1.5, Qt.PenStyle.DashLine))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(frame, 8, 8)
        p.save()
        p.setPen(QColor(COLORS["block_text"]))
        bold = QFont(p.font())
        bold.setBold(True)
        p.setFont(bold)
        p.translate(frame.left() - 8, frame.center().y())
        p.rotate(-90)
        width = frame.height()
        p.drawText(QRectF(-width / 2, -16, width, 16), Qt.AlignmentFlag.AlignCenter, self._repeat_text)
        p.restore()

    def _paint_arrows(self, p: QPainter, boxes: list[QRectF]) -> None:
        p.setPen(QPen(QColor(COLORS["arrow"]), 1.2))
        for a, b in zip(boxes, boxes[1:], strict=False):
            x = a.center().x()
            p.drawLine(QPointF(x, a.bottom()), QPointF(x, b.top()))
        adds = [i for i, row in enumerate(self._rows) if row.name.startswith(BLOCK_PREFIX + "residual")]
        first = next((i for i, row in enumerate(self._rows) if row.name.startswith(BLOCK_PREFIX)), None)
        if first and adds:
            self._paint_residual(p, boxes[first - 1], [boxes[i] for i in adds])

    @staticmethod
    def _paint_residual(p: QPainter, src: QRectF, adds: list[QRectF]) -> None:
        """The residual stream: a line down the block's right edge that feeds every add."""
        x = adds[0].right() + 7
        p.setPen(QPen(QColor(COLORS["residual"]), 1.6))
        p.drawLine(QPointF(x, src.bottom()), QPointF(x, adds[-1].center().y()))
        for box in adds:
            y = box.center().y()
            p.drawLine(QPointF(x, y), QPointF(box.right(), y))
            p.drawLine(QPointF(box.right(), y), QPointF(box.right() + 4, y - 3))
            p.drawLine(QPointF(box.right(), y), QPointF(box.right() + 4, y + 3))

    def _paint_legend(self, p: QPainter, y: float, font: QFont) -> None:
        if not self._legend:
            return
        p.setFont(font)
        p.setPen(QColor(COLORS["legend"]))
        rect = QRectF(MARGIN, y - 4, self.width() - 2 * MARGIN, self.height() - y)
        p.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                   self._legend)
