"""Every alignment method on one chart: reward against KL to the SFT model.

Each method's final evaluation is a labelled point (x: KL per answer in nats, y: the
chosen reward), and Best-of-N is a line over N = 1, 2, 4, … with its analytic KL.
The y axis shows either the rubric's reward (the human) or the reward model's. Each
method has its stage's colour (`ui.palette`), as on Home and in the report, and its
name written beside its point: no legend box sits on the data. Names go above and to the
right of their points; where two points sit close together, the second one's name goes
below it (`label_anchors`), so the names do not run into each other.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QVBoxLayout, QWidget

from lab.stages import AFTER_SFT
from ui import palette
from ui.theme import Theme
from ui.widgets.full_screen import FullScreenSwitch
from ui.widgets.plot_style import PlotStyle

# every stage after SFT that answers prompts, and SFT itself: the points the chart can show
COLORS = {stage: palette.stage_colour(stage) for stage in ("sft", *AFTER_SFT)}
ABOVE, BELOW = (0, 1), (0, 0)  # TextItem anchors: the name's bottom-left or top-left corner at the point
NEAR = 0.15  # points closer than this share of the chart's span in x and in y are neighbours


def label_anchors(points: dict[str, tuple[float, float]]) -> dict[str, tuple[int, int]]:
    """Where each point's name goes: above, unless the point just left of it is a neighbour with its name above."""
    xs, ys = [x for x, _ in points.values()], [y for _, y in points.values()]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    anchors: dict[str, tuple[int, int]] = {}
    previous = None
    for stage, (x, y) in sorted(points.items(), key=lambda item: item[1][0]):
        near = previous is not None and (abs(x - previous[1][0]) < NEAR * span_x
                                         and abs(y - previous[1][1]) < NEAR * span_y)
        anchors[stage] = BELOW if near and anchors[previous[0]] == ABOVE else ABOVE
        previous = (stage, (x, y))
    return anchors


class RewardKLChart(QWidget):
    """`set_data(data, names, y_key)` with data from `lab.compare.reward_kl_points`."""

    def __init__(self, theme: Theme | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pg.setConfigOptions(antialias=True, background="w", foreground="k")
        self.plot = pg.PlotWidget()
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        for axis in ("bottom", "left"):
            self.plot.getAxis(axis).enableAutoSIPrefix(False)
        self._theme = theme
        self.shown: dict[str, tuple[float, float]] = {}  # stage → (kl, reward) of its point
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.plot_style = PlotStyle(self.plot, theme)
        self.full_screen = FullScreenSwitch(self.plot)

    def set_labels(self, bottom: str, left: str) -> None:
        self.plot.setLabel("bottom", bottom)
        self.plot.setLabel("left", left)

    def set_data(self, data: dict, names: dict[str, str], y_key: str = "true") -> None:
        self.plot.clear()
        self.shown = {}
        size = self._theme.point_size(9) if self._theme else 9
        for stage, rows in data.get("curves", {}).items():
            xs = [r["kl"] for r in rows if r.get(y_key) is not None]
            ys = [r[y_key] for r in rows if r.get(y_key) is not None]
            if xs:
                colour = COLORS.get(stage, palette.series("unknown"))
                pen = pg.mkPen(colour, width=1.5 if stage == "bon" else 1)
                symbol = "t" if stage == "bon" else None
                self.plot.plot(xs, ys, pen=pen, symbol=symbol, symbolSize=6, symbolBrush=colour)
        for stage, point in data.get("points", {}).items():
            if point.get(y_key) is not None:
                self.shown[stage] = (float(point["kl"]), float(point[y_key]))
        anchors = label_anchors(self.shown) if self.shown else {}
        for stage, (x, y) in self.shown.items():
            color = COLORS.get(stage, palette.series("unknown"))
            self.plot.plot([x], [y], pen=None, symbol="o", symbolSize=12, symbolBrush=color,
                           name=names.get(stage, stage))
            label = pg.TextItem(names.get(stage, stage), color=color, anchor=anchors[stage])
            font = QFont()
            font.setPointSizeF(size)
            label.setFont(font)
            label.setPos(x, y)
            self.plot.addItem(label)
