"""Two overlaid histograms: the reward model's scores of chosen and of rejected answers.

A reward model that has learnt the preferences pushes the green (chosen) bars to the
right of the red (rejected) ones; before training they lie on top of each other.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui import palette
from ui.theme import Theme
from ui.widgets.full_screen import FullScreenSwitch
from ui.widgets.plot_style import PlotStyle

BINS = 24
CHOSEN, REJECTED = palette.SCORES["chosen"], palette.SCORES["rejected"]


class ScoreHistogram(QWidget):
    """`set_scores(chosen, rejected)` redraws both histograms on shared bins."""

    def __init__(self, theme: Theme | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pg.setConfigOptions(antialias=True, background="w", foreground="k")
        self.plot = pg.PlotWidget()
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self._legend = self.plot.addLegend(offset=(-10, 10))
        self._chosen = self.plot.plot([], [], stepMode="center", fillLevel=0, pen=pg.mkPen(CHOSEN, width=2),
                                      brush=pg.mkBrush(46, 125, 50, 80), name="chosen")
        self._rejected = self.plot.plot([], [], stepMode="center", fillLevel=0, pen=pg.mkPen(REJECTED, width=2),
                                        brush=pg.mkBrush(198, 40, 40, 80), name="rejected")
        self._data: tuple[list[float], list[float]] = ([], [])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.plot_style = PlotStyle(self.plot, theme)
        self.full_screen = FullScreenSwitch(self.plot)

    def set_scores(self, chosen: Sequence[float], rejected: Sequence[float]) -> None:
        self._data = (list(chosen), list(rejected))
        both = np.asarray([*chosen, *rejected], dtype=float)
        if both.size == 0:
            self._chosen.setData([], [])
            self._rejected.setData([], [])
            return
        lo, hi = float(both.min()), float(both.max())
        edges = np.linspace(lo, hi if hi > lo else lo + 1.0, BINS + 1)
        self._chosen.setData(edges, np.histogram(chosen, edges)[0])
        self._rejected.setData(edges, np.histogram(rejected, edges)[0])

    def scores(self) -> tuple[list[float], list[float]]:
        return self._data

    def set_texts(self, chosen: str, rejected: str, bottom: str, left: str) -> None:
        for sample, label in self._legend.items:
            label.setText(chosen if sample.item is self._chosen else rejected)
        self.plot.setLabel("bottom", bottom)
        self.plot.setLabel("left", left)
