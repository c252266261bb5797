"""Bar charts for corpus statistics: before/after pairs, and plain counts.

`StatsChart` gives each measurement (characters, words, documents, …) two bars, before
and after. Bars are drawn as a share of the larger of the two, so two million
characters and a language share of 60 % fit in one chart; the real numbers are written
above the bars. `CountChart` draws one bar per label (what each cleaning step took out).
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui import palette
from ui.theme import Theme
from ui.widgets.full_screen import FullScreenSwitch
from ui.widgets.plot_style import PlotStyle

BEFORE_COLOR = palette.series("before")
AFTER_COLOR = palette.series("after")
COUNT_COLOR = palette.series("count")
WIDTH = 0.38


@dataclass(frozen=True)
class Group:
    """One measurement before and after; None where it is not known."""

    label: str
    before: float | None
    after: float | None
    unit: str = ""  # written after the numbers, e.g. "%"


def short_number(value: float, unit: str = "") -> str:
    """12345 → '12k', 2345678 → '2.3M', 61.7 → '62': numbers that fit above a bar."""
    if abs(value) >= 1e6:
        text = f"{value / 1e6:.1f}M"
    elif abs(value) >= 1e4:
        text = f"{value / 1e3:.0f}k"
    else:
        text = f"{value:.0f}"
    return text + unit


class _BarChart(QWidget):
    """A still pyqtgraph plot with category ticks, numbers above bars and theme fonts."""

    def __init__(self, theme: Theme | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pg.setConfigOptions(antialias=True, background="w", foreground="k")
        self.plot = pg.PlotWidget()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        self.plot.hideAxis("left")
        self.plot.setMinimumWidth(120)
        self._texts: list[pg.TextItem] = []
        self._theme = theme
        self._title = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self._title.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._title)
        layout.addWidget(self.plot, 1)
        self.plot_style = PlotStyle(self.plot, theme)
        self.full_screen = FullScreenSwitch(self.plot)
        if theme:
            theme.changed.connect(self._apply_fonts)

    def set_title(self, title: str) -> None:
        """A line above the chart (a label, so a long title wraps instead of widening the chart)."""
        self._title.setText(f"<b>{title}</b>")
        self._title.setVisible(bool(title))

    def title(self) -> str:
        return self._title.text().removeprefix("<b>").removesuffix("</b>")

    def _set_ticks(self, labels: list[str]) -> None:
        self.plot.getAxis("bottom").setTicks([list(enumerate(labels))])
        self.plot.setXRange(-0.6, max(len(labels) - 0.4, 0.6), padding=0)

    def _write(self, items: list[tuple[float, float, str]], anchor=(0.5, 1.0)) -> None:
        """Numbers (x, y, text) at the ends of the bars."""
        for text in self._texts:
            self.plot.removeItem(text)
        self._texts = []
        for x, height, label in items:
            text = pg.TextItem(label, color=palette.series("label"), anchor=anchor)
            text.setFont(self._font())
            text.setPos(x, height)
            self.plot.addItem(text)
            self._texts.append(text)

    def _font(self) -> QFont:
        font = QFont()
        font.setPointSizeF(self._theme.point_size(8) if self._theme else 8)
        return font

    def _apply_fonts(self) -> None:
        font = self._font()
        self.plot.getAxis("bottom").setTickFont(font)
        for text in self._texts:
            text.setFont(font)


class StatsChart(_BarChart):
    """`set_groups([...])` draws grouped bars; `set_names(before, after)` labels the legend."""

    def __init__(self, theme: Theme | None = None, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self.plot.setYRange(0, 114, padding=0)  # room for the numbers above the bars, no more
        # The legend is a line of text above the plot, never over the bars (1366×768 leaves no spare room).
        self._key = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, objectName="stats_chart.key")
        self.layout().insertWidget(1, self._key)
        self._before = pg.BarGraphItem(x=[], height=[], width=WIDTH, brush=BEFORE_COLOR, name="before")
        self._after = pg.BarGraphItem(x=[], height=[], width=WIDTH, brush=AFTER_COLOR, name="after")
        self.plot.addItem(self._before)
        self.plot.addItem(self._after)
        self._groups: list[Group] = []
        self._apply_fonts()

    def set_names(self, before: str, after: str) -> None:
        self._names = (before, after)
        swatches = [(pg.mkBrush(item.opts["brush"]).color().name(), name)
                    for item, name in ((self._before, before), (self._after, after))]
        self._key.setText("&nbsp;&nbsp;&nbsp;".join(f"<span style='color:{color}'>■</span> {html.escape(name)}"
                                                     for color, name in swatches))

    def legend_text(self) -> str:
        return self._key.text()

    def _apply_fonts(self) -> None:
        super()._apply_fonts()
        if getattr(self, "_names", None):
            self.set_names(*self._names)

    def set_groups(self, groups: list[Group]) -> None:
        self._groups = list(groups)
        before = [_share(g.before, g) for g in groups]
        after = [_share(g.after, g) for g in groups]
        xs = range(len(groups))
        self._before.setOpts(x=[x - WIDTH / 2 for x in xs], height=before, width=WIDTH)
        self._after.setOpts(x=[x + WIDTH / 2 for x in xs], height=after, width=WIDTH)
        self._set_ticks([g.label for g in groups])
        numbers = []
        for x, g in enumerate(groups):
            numbers += [(x + dx, h + 1, short_number(v, g.unit)) for v, h, dx in
                        ((g.before, before[x], -WIDTH / 2), (g.after, after[x], WIDTH / 2)) if v is not None]
        self._write(numbers)

    def groups(self) -> list[Group]:
        return list(self._groups)

    def heights(self) -> tuple[list[float], list[float]]:
        """The drawn bar heights (0–100), before and after."""
        return list(self._before.opts["height"]), list(self._after.opts["height"])


def _share(value: float | None, group: Group) -> float:
    top = max(group.before or 0, group.after or 0)
    return 100.0 * (value or 0) / top if top else 0.0


class CountChart(_BarChart):
    """One horizontal bar per label (labels on the left, where long names fit), numbers at the ends."""

    def __init__(self, theme: Theme | None = None, color: str = COUNT_COLOR, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self.plot.showAxis("left")
        self.plot.hideAxis("bottom")
        self.plot.getAxis("left").setStyle(tickLength=0)
        self.plot.invertY(True)  # the first step at the top, in the order the cleaner runs them
        self._bars = pg.BarGraphItem(x0=[], y=[], width=[], height=0.6, brush=color)
        self.plot.addItem(self._bars)
        self._values: list[tuple[str, float]] = []
        self._apply_fonts()

    def set_values(self, values: list[tuple[str, float]]) -> None:
        self._values = list(values)
        widths = [v for _, v in values]
        ys = list(range(len(values)))
        self._bars.setOpts(x0=[0] * len(values), y=ys, width=widths, height=0.6)
        self.plot.getAxis("left").setTicks([list(enumerate(label for label, _ in values))])
        top = max([*widths, 1])
        self.plot.setXRange(0, 1.3 * top, padding=0)
        self.plot.setYRange(-0.6, max(len(values) - 0.4, 0.6), padding=0)
        self._write([(x + 0.01 * top, y, short_number(x)) for y, x in enumerate(widths)], anchor=(0.0, 0.5))

    def values(self) -> list[tuple[str, float]]:
        return list(self._values)

    def _apply_fonts(self) -> None:
        super()._apply_fonts()
        self.plot.getAxis("left").setTickFont(self._font())
