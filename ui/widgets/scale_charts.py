"""Charts of the Scale page: the compute frontier, a sweep's scaling law, and energy bars.

`FrontierChart` draws parameters N against tokens D on log-log axes: grey iso-FLOP
lines (every (N, D) with 6·N·D = C), Chinchilla's frontier D = 20·N, the chosen
budget's line with its optimal point, famous runs, and the learner's own models.
`LawChart` draws a sweep's final losses against N with the fitted power law.
`EnergyChart` draws kWh as horizontal bars on a log scale, the learner's runs beside
famous ones. All take plain numbers; the page does the engine calls.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui import palette
from ui.theme import Theme
from ui.widgets.full_screen import FullScreenSwitch
from ui.widgets.plot_style import PlotStyle

GRID_COLOR = palette.series("grid")
FRONTIER_COLOR = palette.series("frontier")
BUDGET_COLOR = palette.series("budget")
FAMOUS_COLOR = palette.series("famous")
YOURS_COLOR = palette.series("yours")
N_RANGE = (1e3, 1e14)
SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")
D_RANGE = (1e4, 1e15)


ANCHORS = {"right": (-0.08, 0.5), "left": (1.08, 0.5), "above": (0.5, 1.1), "below": (0.5, -0.1)}


def _log(v: float) -> float:
    return math.log10(max(v, 1e-300))


class _Chart(QWidget):
    """A still pyqtgraph plot with theme fonts and text labels that follow the font size."""

    def __init__(self, theme: Theme | None = None, log_x: bool = True, log_y: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pg.setConfigOptions(antialias=True, background="w", foreground="k")
        self.plot = pg.PlotWidget()
        self.plot.setLogMode(x=log_x, y=log_y)
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.plot.setMenuEnabled(False)
        for axis in ("bottom", "left"):
            self.plot.getAxis(axis).enableAutoSIPrefix(False)  # log axes read 10ⁿ, never "×1e+15"
        self._theme = theme
        self._texts: list[pg.TextItem] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.plot_style = PlotStyle(self.plot, theme)
        self.full_screen = FullScreenSwitch(self.plot)
        if theme:
            theme.changed.connect(self._apply_fonts)
        self._apply_fonts()

    def set_labels(self, bottom: str, left: str, title: str = "") -> None:
        self.plot.setLabel("bottom", bottom)
        self.plot.setLabel("left", left)
        self.plot.setTitle(title, size=f"{self._size() + 1:.0f}pt")

    def _size(self) -> float:
        return self._theme.point_size(9) if self._theme else 9

    def _text(self, text: str, x: float, y: float, color: str, anchor=(0, 1)) -> pg.TextItem:
        """A label at (x, y) in the plot's own (log10) coordinates."""
        item = pg.TextItem(text, color=color, anchor=anchor)
        item.setFont(self._font())
        item.setPos(x, y)
        self.plot.addItem(item)
        self._texts.append(item)
        return item

    def _clear_texts(self) -> None:
        for item in self._texts:
            self.plot.removeItem(item)
        self._texts.clear()

    def _font(self) -> QFont:
        font = QFont()
        font.setPointSizeF(self._size())
        return font

    def _apply_fonts(self) -> None:
        font = self._font()
        for axis in ("bottom", "left"):
            ax = self.plot.getAxis(axis)
            ax.setTickFont(font)
            ax.label.setFont(font)
        for item in self._texts:
            item.setFont(font)


class FrontierChart(_Chart):
    """N against D, log-log: iso-FLOP lines, the compute-optimal frontier, runs as labelled points."""

    def __init__(self, theme: Theme | None = None, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent=parent)
        self._lines: list = []
        self._budget_items: list = []
        self._run_items: list = []
        self._grid_labels: dict[float, tuple[list, list]] = {}
        self.plot.setXRange(_log(N_RANGE[0]), _log(N_RANGE[1]), padding=0)
        self.plot.setYRange(_log(D_RANGE[0]), _log(D_RANGE[1]), padding=0)
        self._legend = self.plot.addLegend(offset=(10, 10))

    def set_grid(self, lines: dict[float, tuple[list, list]], frontier: tuple[list, list], frontier_name: str) -> None:
        """Iso-FLOP lines {budget: (Ns, Ds)} with their budget written at the left end, and the frontier."""
        for item in self._lines:
            self.plot.removeItem(item)
        self._lines = []
        pen = pg.mkPen(GRID_COLOR, width=1, style=Qt.PenStyle.DotLine)
        for ns, ds in lines.values():
            self._lines.append(self.plot.plot(ns, ds, pen=pen))
        self._legend.clear()
        curve = self.plot.plot(*frontier, pen=pg.mkPen(FRONTIER_COLOR, width=2, style=Qt.PenStyle.DashLine),
                               name=frontier_name)
        self._lines.append(curve)
        self._grid_labels = dict(lines)

    def set_budget(self, ns: list, ds: list, n_opt: float, d_opt: float, name: str) -> None:
        """The chosen budget's iso-FLOP line and its compute-optimal point."""
        for item in self._budget_items:
            self.plot.removeItem(item)
        line = self.plot.plot(ns, ds, pen=pg.mkPen(BUDGET_COLOR, width=3), name=name)
        star = self.plot.plot([n_opt], [d_opt], pen=None, symbol="star", symbolSize=18, symbolBrush=BUDGET_COLOR)
        self._budget_items = [line, star]

    def set_runs(self, famous: list[tuple[str, float, float, str]], yours: list[tuple[str, float, float, str]],
                 famous_name: str, yours_name: str) -> None:
        """Famous runs and the learner's models as labelled points: (label, N, D, side of the label)."""
        for item in self._run_items:
            self.plot.removeItem(item)
        self._clear_texts()
        self._run_items = []
        for runs, color, name, symbol in ((famous, FAMOUS_COLOR, famous_name, "o"),
                                          (yours, YOURS_COLOR, yours_name, "s")):
            if not runs:
                continue
            self._run_items.append(self.plot.plot([r[1] for r in runs], [r[2] for r in runs], pen=None, name=name,
                                                  symbol=symbol, symbolSize=9, symbolBrush=color))
            for label, n, d, side in runs:
                if label:
                    self._text(label, _log(n), _log(d), color, anchor=ANCHORS[side])
        for budget, (ns, ds) in self._grid_labels.items():
            x, y = _log(ns[-1]), _log(ds[-1])
            if y > _log(D_RANGE[0]):
                self._text(f"1e{round(_log(budget))}", x - 0.1, y + 0.15, palette.series("annotation"), anchor=(1, 1))

    def points(self) -> list[tuple[float, float]]:
        """The (N, D) of every run drawn (for tests)."""
        out = []
        for item in self._run_items:
            xs, ys = item.getOriginalDataset()
            out.extend(zip(xs.tolist(), ys.tolist(), strict=True))
        return out


class LawChart(_Chart):
    """Final validation loss against N, log-log, with the fitted L(N) = a·N^−α + c."""

    def __init__(self, theme: Theme | None = None, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent=parent)
        self._points = self.plot.plot([], [], pen=None, symbol="o", symbolSize=10, symbolBrush=YOURS_COLOR)
        self._fit = self.plot.plot([], [], pen=pg.mkPen(BUDGET_COLOR, width=2))

    def set_points(self, ns: list[float], losses: list[float]) -> None:
        """The sweep's points; the view spans whole decades around them, so ticks read 10ⁿ."""
        self._points.setData(ns, losses)
        if len(ns):
            lo, hi = math.floor(_log(min(ns))), max(math.ceil(_log(max(ns))), math.floor(_log(min(ns))) + 1)
            self.plot.setXRange(lo - 0.1, hi + 0.1, padding=0)
            decades = [(k, f"10{str(k).translate(SUPERSCRIPT)}") for k in range(lo, hi + 1)]
            minor = [(k + math.log10(m), "") for k in range(lo, hi) for m in range(2, 10)]
            self.plot.getAxis("bottom").setTicks([decades, minor])  # label decades only: minor labels collide
            ylo, yhi = _log(min(losses)), _log(max(losses))
            self.plot.setYRange(ylo - 0.05, yhi + 0.05, padding=0)

    def set_fit(self, ns: np.ndarray | None, losses: np.ndarray | None) -> None:
        """The fitted curve over `ns` (None: no fit yet)."""
        self._fit.setData([] if ns is None else ns, [] if losses is None else losses)

    def data(self) -> tuple[np.ndarray, np.ndarray]:
        return self._points.getOriginalDataset()

    def fitted(self) -> tuple[np.ndarray, np.ndarray]:
        return self._fit.getOriginalDataset()


class EnergyChart(_Chart):
    """Horizontal bars of kWh on a log scale, one per run, yours and famous in two colours."""

    def __init__(self, theme: Theme | None = None, parent: QWidget | None = None) -> None:
        super().__init__(theme, log_x=False, log_y=False, parent=parent)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self._bars: pg.BarGraphItem | None = None
        self.rows: list[tuple[str, float, bool]] = []
        units = [(-3, "1 Wh"), (0, "1 kWh"), (3, "1 MWh"), (6, "1 GWh")]
        self.plot.getAxis("bottom").setTicks([units, [(k, "") for k in range(-6, 9)]])

    def set_rows(self, rows: list[tuple[str, float, bool]]) -> None:
        """(label, kWh, is_yours) rows, drawn top to bottom."""
        self.rows = rows
        if self._bars is not None:
            self.plot.removeItem(self._bars)
        floor = -6.0
        ys = list(range(len(rows)))[::-1]
        widths = [max(_log(kwh) - floor, 0.05) for _, kwh, _ in rows]
        brushes = [pg.mkBrush(YOURS_COLOR if yours else FAMOUS_COLOR) for *_, yours in rows]
        self._bars = pg.BarGraphItem(x0=[floor] * len(rows), y=ys, height=0.6, width=widths, brushes=brushes)
        self.plot.addItem(self._bars)
        self.plot.getAxis("left").setTicks([[(y, label) for y, (label, _, _) in zip(ys, rows, strict=True)]])
        self.plot.setXRange(floor, 8, padding=0.02)
        self.plot.setYRange(-0.6, max(len(rows), 1) - 0.4, padding=0)
