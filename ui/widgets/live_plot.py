"""A live line plot for metrics that arrive while a job runs.

Points are appended to growing numpy buffers; the curves redraw on a 50 ms timer only
when something changed, with clip-to-view and peak downsampling, so 100k points stay
smooth. Fonts follow the theme (presentation mode).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.theme import Theme

PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf"]
REDRAW_MS = 50


class _Series:
    def __init__(self) -> None:
        self.x = np.empty(1024)
        self.y = np.empty(1024)
        self.n = 0

    def append(self, x: float, y: float) -> None:
        if self.n == len(self.x):
            self.x = np.resize(self.x, 2 * self.n)
            self.y = np.resize(self.y, 2 * self.n)
        self.x[self.n], self.y[self.n] = x, y
        self.n += 1


class LivePlot(QWidget):
    """Curves keyed by metric name (`loss/train`); call `append(key, x, y)` as data comes."""

    def __init__(self, theme: Theme | None = None, parent: QWidget | None = None, log_y: bool = False) -> None:
        super().__init__(parent)
        pg.setConfigOptions(antialias=True, background="w", foreground="k")
        self.plot = pg.PlotWidget()
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.plot.setClipToView(True)
        self.plot.setDownsampling(auto=True, mode="peak")
        self.plot.setLogMode(y=log_y)
        self._legend = self.plot.addLegend(offset=(-10, 10))
        self._series: dict[str, _Series] = {}
        self._curves: dict[str, pg.PlotDataItem] = {}
        self._dirty = False
        self._theme = theme
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self._timer = self.startTimer(REDRAW_MS)
        if theme:
            theme.changed.connect(self._apply_fonts)
        self._apply_fonts()

    def add_curve(self, key: str, name: str, color: str | None = None, dashed: bool = False) -> None:
        color = color or PALETTE[len(self._curves) % len(PALETTE)]
        style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
        pen = pg.mkPen(color, width=2, style=style)
        self._series[key] = _Series()
        self._curves[key] = self.plot.plot([], [], pen=pen, name=name)

    def rename_curve(self, key: str, name: str) -> None:
        """Change a legend entry (on language change)."""
        for sample, label in self._legend.items:
            if sample.item is self._curves[key]:
                label.setText(name)

    def set_labels(self, bottom: str, left: str) -> None:
        self.plot.setLabel("bottom", bottom)
        self.plot.setLabel("left", left)

    def append(self, key: str, x: float, y: float) -> None:
        if key in self._series and np.isfinite(y):
            self._series[key].append(x, y)
            self._dirty = True

    def data(self, key: str) -> tuple[np.ndarray, np.ndarray]:
        s = self._series[key]
        return s.x[: s.n].copy(), s.y[: s.n].copy()

    def clear(self) -> None:
        for s in self._series.values():
            s.n = 0
        self._dirty = True
        self.redraw()

    def redraw(self) -> None:
        for key, curve in self._curves.items():
            s = self._series[key]
            curve.setData(s.x[: s.n], s.y[: s.n])
        self._dirty = False

    def timerEvent(self, event) -> None:
        if self._dirty:
            self.redraw()

    def _apply_fonts(self) -> None:
        size = self._theme.point_size(9) if self._theme else 9
        font = QFont()
        font.setPointSizeF(size)
        for axis in ("bottom", "left"):
            ax = self.plot.getAxis(axis)
            ax.setTickFont(font)
            ax.label.setFont(font)
        for _, label in self._legend.items:
            label.setText(label.text, size=f"{size}pt")
