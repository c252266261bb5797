"""An attention heatmap: which earlier tokens each token looks at, in one layer and head.

Rows are queries (the token that is reading), columns are keys (the token being read),
both labelled with the tokens. Darker blue means more attention. Cells the causal mask
hides (a token cannot look at later ones) are hatched grey. Hovering a cell tells the
exact weight.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QImage, QMouseEvent, QPainter
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ui import palette
from ui.widgets.token_chips import visible

MASK_COLOR = QColor(palette.ATTENTION["mask"])
LABEL_W, MARGIN = 90, 8


def _colormap() -> np.ndarray:
    """256 RGBA colours from white to dark blue, as uint32 ARGB for a QImage."""
    t = np.linspace(0, 1, 256)
    r = (255 * (1 - t) + 13 * t).astype(np.uint32)
    g = (255 * (1 - t) + 71 * t).astype(np.uint32)
    b = (255 * (1 - t) + 161 * t).astype(np.uint32)
    return (0xFF << 24) | (r << 16) | (g << 8) | b


CMAP = _colormap()


class AttentionMap(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("playground.attention")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self._weights = np.zeros((0, 0))
        self._mask = np.zeros((0, 0), dtype=bool)
        self._labels: list[str] = []
        self._image: QImage | None = None
        self._texts = {"query": "", "key": "", "empty": "", "tip": "{query} → {key}: {weight}"}

    def set_map(self, weights: np.ndarray, mask: np.ndarray, labels: list[str]) -> None:
        """`weights` (T, T) with rows = queries; `mask` (T, T) True where a query may look."""
        self._weights = np.asarray(weights, dtype=float)
        self._mask = np.asarray(mask, dtype=bool)
        self._labels = [visible(t) for t in labels]
        self._image = self._render_image() if self._weights.size else None
        self.update()

    def set_texts(self, query: str, key: str, empty: str, tip: str) -> None:
        self._texts = {"query": query, "key": key, "empty": empty, "tip": tip}
        self.update()

    def shape(self) -> tuple[int, int]:
        return self._weights.shape

    def sizeHint(self) -> QSize:
        return QSize(560, 560)

    def _render_image(self) -> QImage:
        top = self._weights.max() or 1.0
        index = np.clip(self._weights / top * 255, 0, 255).astype(np.uint8)
        argb = np.where(self._mask, CMAP[index], np.uint32(0)).astype(np.uint32)
        t_q, t_k = argb.shape
        image = QImage(argb.tobytes(), t_k, t_q, 4 * t_k, QImage.Format.Format_ARGB32)
        return image.copy()  # own the pixels: the numpy buffer goes away

    # --- geometry ------------------------------------------------------------------
    def _grid(self) -> QRectF:
        t_q, t_k = self._weights.shape
        top = MARGIN + LABEL_W + 16
        side = min(self.width() - LABEL_W - 2 * MARGIN - 20, self.height() - top - MARGIN - 20)
        cell = max(side, 1) / max(t_q, t_k, 1)
        return QRectF(MARGIN + LABEL_W + 20, top, cell * t_k, cell * t_q)

    def _cell_at(self, pos: QPointF) -> tuple[int, int] | None:
        grid = self._grid()
        if not self._weights.size or not grid.contains(pos):
            return None
        t_q, t_k = self._weights.shape
        i = int((pos.y() - grid.top()) / grid.height() * t_q)
        j = int((pos.x() - grid.left()) / grid.width() * t_k)
        return min(i, t_q - 1), min(j, t_k - 1)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        cell = self._cell_at(event.position())
        if cell is None:
            QToolTip.hideText()
            return
        i, j = cell
        weight = f"{self._weights[i, j]:.1%}" if self._mask[i, j] else "—"
        QToolTip.showText(event.globalPosition().toPoint(), self._texts["tip"].format(
            query=self._labels[i], key=self._labels[j], weight=weight), self)

    # --- painting ------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor(palette.PAPER))
        if self._image is None:
            p.setPen(QColor(palette.ATTENTION["axis"]))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._texts["empty"])
            return
        grid = self._grid()
        p.fillRect(grid, QBrush(MASK_COLOR, Qt.BrushStyle.BDiagPattern))
        p.drawImage(grid, self._image)
        p.setPen(QColor(palette.ATTENTION["grid"]))
        p.drawRect(grid)
        self._paint_labels(p, grid)
        p.end()

    def _paint_labels(self, p: QPainter, grid: QRectF) -> None:
        t_q, t_k = self._weights.shape
        fm = QFontMetrics(p.font())
        cell = grid.height() / max(t_q, 1)
        every = max(1, int(np.ceil(fm.height() / max(cell, 1e-6))))
        p.setPen(QColor(palette.ATTENTION["text"]))
        for i in range(0, t_q, every):
            text = fm.elidedText(self._labels[i], Qt.TextElideMode.ElideRight, LABEL_W - 4)
            p.drawText(QRectF(grid.left() - LABEL_W - 4, grid.top() + i * cell, LABEL_W, cell),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        for j in range(0, t_k, every):
            p.save()
            p.translate(grid.left() + (j + 0.5) * cell, grid.top() - 4)
            p.rotate(-90)
            text = fm.elidedText(self._labels[j], Qt.TextElideMode.ElideRight, LABEL_W - 4)
            p.drawText(QRectF(0, -fm.height() / 2, LABEL_W, fm.height()),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            p.restore()
        p.save()
        p.translate(MARGIN + fm.height() / 2, grid.center().y())
        p.rotate(-90)
        p.drawText(QRectF(-grid.height() / 2, -fm.height() / 2, grid.height(), fm.height()),
                   Qt.AlignmentFlag.AlignCenter, self._texts["query"])
        p.restore()
        p.drawText(QRectF(grid.left(), MARGIN - 2, grid.width(), fm.height()), Qt.AlignmentFlag.AlignCenter,
                   self._texts["key"])
