"""Two rewards on one plot, each on its own scale: the reward model's on the left, the rubric's on the right.

The reward model's scores are unbounded logits (often −8 … 8) while the rubric's lie in
−1 … 1, so on one axis the rubric would look flat even when it falls. Each side has its
own y axis, coloured like its curve, and one legend names both. With `scatter=True`
points are drawn without lines (for x values that do not grow steadily, such as KL).
Colours follow the theme's high contrast; while the theme's freeze is on, points are
kept but not drawn until it ends. A double-click shows the plot full screen.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.theme import Theme
from ui.widgets.full_screen import FullScreenSwitch
from ui.widgets.live_plot import fit_legend, legend_above
from ui.widgets.plot_style import PlotStyle


class DualAxisPlot(QWidget):
    """`add_curve(key, name, color, right=False)`, then `append(key, x, y)` as data comes."""

    def __init__(self, theme: Theme | None = None, scatter: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pg.setConfigOptions(antialias=True, background="w", foreground="k")
        self.plot = pg.PlotWidget()
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self._item = self.plot.getPlotItem()
        self._right = pg.ViewBox()
        self._item.showAxis("right")
        self._item.scene().addItem(self._right)
        self._item.getAxis("right").linkToView(self._right)
        self._right.setXLink(self._item)
        self._item.vb.sigResized.connect(self._sync_views)
        self._legend = legend_above(self._item)
        for axis in ("bottom", "left", "right"):
            self._item.getAxis(axis).enableAutoSIPrefix(False)  # no "(x0.001)": rewards are read as they are
        self._scatter, self._theme = scatter, theme
        self._data: dict[str, tuple[list[float], list[float]]] = {}
        self._curves: dict[str, pg.PlotDataItem] = {}
        self._axis_curves: dict[str, pg.PlotDataItem] = {}  # "left" / "right" → the curve it measures
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.plot_style = PlotStyle(self.plot, theme)
        self.plot_style.watch(self._right)
        self.plot_style.restyled.connect(self._colour_axes)
        self.plot_style.restyled.connect(self._fit_legend)  # restyling sets the labels' text again
        self.full_screen = FullScreenSwitch(self.plot)
        if theme:
            theme.changed.connect(self._apply_fonts)
            theme.frozen_changed.connect(self._on_frozen)
        self._apply_fonts()

    def resizeEvent(self, event) -> None:
        fit_legend(self._legend, event.size().width(), self._legend_size())
        super().resizeEvent(event)

    def add_curve(self, key: str, name: str, color: str, right: bool = False, axis: bool = True) -> None:
        """A curve on the left or right scale; `axis=False` leaves the axis in its main curve's colour
        (an earlier run drawn beside it)."""
        style = dict(pen=None, symbol="o", symbolSize=5, symbolBrush=color, symbolPen=None) if self._scatter \
            else dict(pen=pg.mkPen(color, width=2))
        curve = pg.PlotDataItem([], [], name=name, **style)
        if right:
            self._right.addItem(curve)
            self._legend.addItem(curve, name)
        else:
            self._item.addItem(curve)
        self._fit_legend()
        if axis:
            self._axis_curves["right" if right else "left"] = curve
        self._curves[key] = curve
        self._data[key] = ([], [])
        self._colour_axes()

    def _colour_axes(self) -> None:
        """Each y axis in the colour its curve is drawn in now (high contrast swaps colours)."""
        for side, curve in self._axis_curves.items():
            pen = curve.opts["pen"]
            color = pg.mkBrush(curve.opts["symbolBrush"]).color() if self._scatter else pg.mkPen(pen).color()
            self._item.getAxis(side).setPen(pg.mkPen(color))
            self._item.getAxis(side).setTextPen(pg.mkPen(color))

    def rename_curve(self, key: str, name: str) -> None:
        for sample, label in self._legend.items:
            if sample.item is self._curves[key]:
                label.setText(name)
        self._fit_legend()

    def set_labels(self, bottom: str, left: str, right: str) -> None:
        self._item.setLabel("bottom", bottom)
        self._item.setLabel("left", left)
        self._item.setLabel("right", right)

    def append(self, key: str, x: float, y: float) -> None:
        if key in self._data and np.isfinite(y) and np.isfinite(x):
            xs, ys = self._data[key]
            xs.append(float(x))
            ys.append(float(y))
            if not (self._theme and self._theme.frozen):
                self._curves[key].setData(xs, ys)

    def _on_frozen(self, frozen: bool) -> None:
        if not frozen:  # draw what arrived meanwhile
            for key, curve in self._curves.items():
                curve.setData(*self._data[key])

    def data(self, key: str) -> tuple[np.ndarray, np.ndarray]:
        xs, ys = self._data[key]
        return np.array(xs), np.array(ys)

    def clear(self) -> None:
        for key, curve in self._curves.items():
            self._data[key] = ([], [])
            curve.setData([], [])

    def _sync_views(self) -> None:
        self._right.setGeometry(self._item.vb.sceneBoundingRect())
        self._right.linkedViewChanged(self._item.vb, self._right.XAxis)

    def _apply_fonts(self) -> None:
        size = self._theme.point_size(9) if self._theme else 9
        font = QFont()
        font.setPointSizeF(size)
        for axis in ("bottom", "left", "right"):
            ax = self._item.getAxis(axis)
            ax.setTickFont(font)
            ax.label.setFont(font)
        self._fit_legend()

    def _legend_size(self) -> str:
        return f"{self._theme.point_size(9) if self._theme else 9}pt"

    def _fit_legend(self) -> None:
        fit_legend(self._legend, self.width(), self._legend_size())
