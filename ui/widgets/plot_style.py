"""Plots that follow the theme's high contrast.

`PlotStyle(plot, theme)` restyles one pyqtgraph PlotWidget now and whenever the theme
changes. In high contrast the plot gets a black background and white axes, every line
becomes at least 3 px wide, and each colour the plot uses is swapped for the nearest
in hue of a colour-blind-safe palette (Okabe and Ito's, without black), so a page that
says "the blue curve" stays right; when two colours of one plot would get the same
one, the second takes a free one, so curves that differed still differ. Greys become
white (dark greys, such as text) or light grey (light ones, such as guide lines).
Back in the normal theme every item gets its own look again. `restyled` tells the
owner, which may colour more (an axis like its curve) from the items' new pens.

Items added later are styled as they arrive: pyqtgraph tells the plot's ViewBox (and
any other ViewBox passed to `watch`) through its `itemsChanged` listeners. Whatever a
page changes after building the plot (a legend's background, say) is styled when the
plot is shown.
"""

from __future__ import annotations

import weakref

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPen
from shiboken6 import isValid

from ui import palette
from ui.theme import Theme

CONTRAST_HUES = palette.CONTRAST_HUES  # (the hue a colour stands for, the colour)
CONTRAST_COLORS = (*(color for _, color in CONTRAST_HUES), palette.CONTRAST_SPARE)  # when all are taken
NORMAL_COLORS = ("w", "k")  # background, foreground
HIGH_CONTRAST_COLORS = ("k", "w")
MIN_WIDTH = 3.0
GREY_SATURATION = 60  # below this (of 255) a colour counts as a grey
STYLED_ITEMS = (pg.PlotDataItem, pg.BarGraphItem, pg.InfiniteLine, pg.TextItem)


class PlotStyle(QObject):
    """Keeps one PlotWidget in the theme's colours; see the module docstring."""

    restyled = Signal()

    def __init__(self, plot: pg.PlotWidget, theme: Theme | None) -> None:
        super().__init__(plot)
        self.plot, self._theme = plot, theme
        self._own: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # item → its normal look
        self._swapped: dict[str, str] = {}  # a colour the plot uses → its high-contrast colour
        if theme is not None:
            theme.changed.connect(self.apply)
        self.watch(plot.getPlotItem().getViewBox())
        plot.installEventFilter(self)
        self.apply()

    def watch(self, view: pg.ViewBox) -> None:
        """Style the items added to `view` as they arrive (the plot's own ViewBox is watched already)."""
        view.childGroup.itemsChangedListeners.append(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.apply()
        return False

    def itemsChanged(self) -> None:
        """Called by pyqtgraph when a watched ViewBox gains or loses an item."""
        if isValid(self.plot) and self.high_contrast():
            self._style_items(contrast=True)

    def high_contrast(self) -> bool:
        return self._theme is not None and self._theme.high_contrast

    def apply(self) -> None:
        contrast = self.high_contrast()
        background, foreground = HIGH_CONTRAST_COLORS if contrast else NORMAL_COLORS
        self.plot.setBackground(background)
        item = self.plot.getPlotItem()
        for axis in item.axes.values():
            axis["item"].setPen(foreground)
            axis["item"].setTextPen(foreground)
        item.titleLabel.setAttr("color", foreground)
        item.titleLabel.setText(item.titleLabel.text)
        if item.legend is not None:
            self._style_legend(item.legend, contrast, foreground)
        self._style_items(contrast)
        self.restyled.emit()

    def _style_legend(self, legend: pg.LegendItem, contrast: bool, foreground: str) -> None:
        """Labels in the foreground colour; a legend with a background gets a dark one in high contrast."""
        legend.setLabelTextColor(foreground)
        for sample, label in legend.items:
            label.setText(label.text)
            sample.update()
        if not contrast and legend in self._own:
            legend.setBrush(self._own.pop(legend))
        elif contrast and legend not in self._own and legend.brush().style() != Qt.BrushStyle.NoBrush:
            self._own[legend] = QBrush(legend.brush())
            dark = QColor(palette.PLOT_BLACK)
            dark.setAlpha(legend.brush().color().alpha())
            legend.setBrush(dark)

    def _style_items(self, contrast: bool) -> None:
        for thing in self.plot.scene().items(Qt.SortOrder.AscendingOrder):  # the order they were added
            if isinstance(thing, STYLED_ITEMS):
                self._style(thing, contrast)

    def _style(self, item, contrast: bool) -> None:
        if not contrast:
            if item in self._own:
                _set_look(item, self._own.pop(item))
            return
        if item not in self._own:
            self._own[item] = _look(item)
            _set_look(item, {key: self._contrast(key, value) for key, value in self._own[item].items()})

    # --- colours ------------------------------------------------------------------------
    def _contrast(self, key: str, value):
        if value is None:
            return None
        if isinstance(value, list):
            return [self._contrast(key, v) for v in value]
        if "pen" in key.lower():
            pen = QPen(pg.mkPen(value))
            pen.setColor(self.color(pen.color()))
            if key != "symbolPen":  # lines; a symbol's outline stays thin, or it hides the symbol
                pen.setWidthF(max(MIN_WIDTH, pen.widthF()))
            pen.setCosmetic(True)
            return pen
        if "brush" in key.lower():
            brush = QBrush(pg.mkBrush(value))
            brush.setColor(self.color(brush.color()))
            return brush
        return self.color(pg.mkColor(value))

    def color(self, color: QColor) -> QColor:
        """The high-contrast colour that stands for `color` in this plot (alpha kept)."""
        if color.hsvSaturation() < GREY_SATURATION:
            out = QColor(palette.CONTRAST_GREYS[0 if color.lightness() < 128 else 1])
        else:
            if color.name() not in self._swapped:
                self._swapped[color.name()] = self._free(_nearest(color.hsvHue()))
            out = QColor(self._swapped[color.name()])
        out.setAlpha(color.alpha())
        return out

    def _free(self, wanted: str) -> str:
        """`wanted`, or the first palette colour no other colour of this plot has taken."""
        taken = set(self._swapped.values())
        free = [c for c in CONTRAST_COLORS if c not in taken]
        return wanted if wanted not in taken or not free else free[0]


def _nearest(hue: int) -> str:
    """The palette colour whose hue is nearest (around the colour wheel) to `hue` (0–359)."""
    return min(CONTRAST_HUES, key=lambda pair: min(abs(hue - pair[0]), 360 - abs(hue - pair[0])))[1]


def _look(item) -> dict:
    """The colours an item draws with now: pens, brushes, or a text colour."""
    if isinstance(item, pg.PlotDataItem):
        keys = ("pen", "fillBrush") + (("symbolPen", "symbolBrush") if item.opts["symbol"] is not None else ())
        return {key: item.opts[key] for key in keys}
    if isinstance(item, pg.BarGraphItem):
        return {key: item.opts.get(key) for key in ("pen", "brush", "pens", "brushes")}
    if isinstance(item, pg.InfiniteLine):
        return {"pen": QPen(item.pen)}
    return {"color": QColor(item.color)}


def _set_look(item, look: dict) -> None:
    if isinstance(item, pg.PlotDataItem):
        for key, value in look.items():
            getattr(item, "set" + key[0].upper() + key[1:])(value)  # setPen, setFillBrush, setSymbolPen, …
    elif isinstance(item, pg.BarGraphItem):
        item.setOpts(**look)
    elif isinstance(item, pg.InfiniteLine):
        item.setPen(look["pen"])
    else:
        item.setColor(look["color"])
