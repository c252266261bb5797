"""A live line plot for metrics that arrive while a job runs.

Points are appended to growing numpy buffers; the curves redraw on a 50 ms timer only
when something changed, with clip-to-view and peak downsampling, so 100k points stay
smooth. Fonts and colours follow the theme (presentation mode, high contrast); while
the theme's freeze is on, points are kept but not drawn, and the first redraw after it
draws them all. The right-click menu saves the plot as PNG or SVG (pyqtgraph's
exporters) and its data as CSV (`series,x,y` rows), and shows it full screen (so does a
double-click).
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QFont, QFontMetricsF
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QVBoxLayout, QWidget

from ui import palette
from ui.numbers import short
from ui.theme import Theme
from ui.widgets.full_screen import FullScreenSwitch
from ui.widgets.plot_style import PlotStyle

PALETTE = list(palette.CYCLE)
REDRAW_MS = 50
LIVE_TICK_LEVEL = 1  # major and minor ticks; pyqtgraph also draws a third, finer level by default
EXPORT_KINDS = ("png", "svg", "csv")
AXIS_WIDTH = 55.0  # a vertical axis with its title and tick labels, before layout measured it
SPIKE_FACTOR = 3.0  # a value this many times the curve's highest so far is a spike (a loss exploding)
SPIKE_COLOR = palette.series("spike")


def legend_above(item: pg.PlotItem) -> pg.LegendItem:
    """A one-row legend in the plot's title row, above the data: it never hides a curve."""
    legend = pg.LegendItem(frame=False, colCount=1)
    legend.setMinimumWidth(1)  # its text may run long; the data keeps the plot's whole width
    item.layout.removeItem(item.titleLabel)
    item.titleLabel.hide()
    item.layout.addItem(legend, 0, 1)
    item.layout.setRowMaximumHeight(0, 10_000)
    item.legend = legend  # `plot(name=...)` adds its entry here
    return legend


def fit_legend(legend: pg.LegendItem, width: float, size: str = "") -> None:
    """As many columns as fit the plot's width (one row when all do, one entry a line when none
    do): the legend must never be wider than the plot (it would push the data off the right
    edge), and fewer rows leave the data more height. `size` is the labels' text size ("9pt"); fit
    again whenever it, a label or the width changes."""
    for _, label in legend.items:  # whole texts in our size (a label added later has pyqtgraph's): measure them
        full = _full_text(label)
        if label.text != full or size and label.opts.get("size") != size:
            label.setText(full, **({"size": size} if size else {}))
    # the text's own width: a label's box is what the layout gave it, the whole row in one column
    entries = [sample.boundingRect().width() + label.item.boundingRect().width() + 12
               for sample, label in legend.items]
    width -= _axes_width(legend.parentItem())  # the legend sits over the data, between the side axes
    columns = next((n for n in range(len(entries), 1, -1)  # pyqtgraph fills the grid row by row
                    if sum(max(entries[j::n]) for j in range(n)) <= width - 20), 1)
    if legend.columnCount != columns:
        legend.setColumnCount(columns)
    if columns == 1:  # one entry a line and still too long (a narrow plot beside the lesson): elide it
        for (sample, label), entry in zip(legend.items, entries, strict=True):
            if entry > width - 20:
                _elide(label, width - 32 - sample.boundingRect().width())


def _full_text(label) -> str:
    """The label's whole text (an elided label keeps it, and shows it in its tooltip)."""
    full = getattr(label, "full_text", None)
    return full if full is not None and label.text in (full, getattr(label, "elided_text", None)) else label.text


def _elide(label, width: float) -> None:
    full, font = label.text, QFont(label.item.font())
    size = str(label.opts.get("size", ""))
    if size.endswith("pt"):  # the text's size is set in its HTML, not in the item's font
        font.setPointSizeF(float(size[:-2]))
    text = QFontMetricsF(font).elidedText(full, Qt.TextElideMode.ElideRight, max(width, 20.0))
    label.full_text, label.elided_text = full, text
    label.setText(text)
    label.setToolTip(full)


def _axes_width(item) -> float:
    """How wide the plot's visible side axes are (ticks and title), at least a typical width each
    before the first layout has measured them."""
    if not isinstance(item, pg.PlotItem):
        return 0.0
    sides = (item.getAxis(side) for side in ("left", "right"))
    return sum(max(axis.width(), AXIS_WIDTH) for axis in sides if axis.isVisible())


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
        for side in ("left", "bottom"):  # grid lines of the finest tick level cost most of a repaint
            self.plot.getPlotItem().getAxis(side).setStyle(maxTickLevel=LIVE_TICK_LEVEL)
        self.plot.setClipToView(True)
        self.plot.setDownsampling(auto=True, mode="peak")
        self.plot.setLogMode(y=log_y)
        self._legend = legend_above(self.plot.getPlotItem())
        self._series: dict[str, _Series] = {}
        self._spike_keys: set[str] = set()
        self.spikes: list[tuple[str, float, float]] = []  # (key, x, y) drawn as markers, not to scale
        self._spike_items: list = []
        self._curves: dict[str, pg.PlotDataItem] = {}
        self._dirty = False
        self._theme = theme
        self._title: QLabel | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self._timer = self.startTimer(REDRAW_MS)
        self._add_export_actions()
        self.plot_style = PlotStyle(self.plot, theme)
        self.plot_style.restyled.connect(self._fit_legend)  # restyling sets the labels' text again
        self.full_screen = FullScreenSwitch(self.plot)
        if theme:
            theme.changed.connect(self._apply_fonts)
        self._apply_fonts()

    def add_curve(self, key: str, name: str, color: str | None = None, dashed: bool = False,
                  points: bool = False, spikes: bool = False) -> None:
        """A curve; `points` draws a dot where each value was measured and no line (a metric measured
        now and then, such as validation loss); `spikes` marks values far above the rest (see `append`)."""
        color = color or PALETTE[len(self._curves) % len(PALETTE)]
        style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
        pen = pg.mkPen(color, width=2, style=style)
        self._series[key] = _Series()
        if points:
            self._curves[key] = self.plot.plot([], [], pen=None, symbol="o", symbolSize=8, symbolBrush=color,
                                               symbolPen=pg.mkPen(color), name=name)
        else:
            self._curves[key] = self.plot.plot([], [], pen=pen, name=name)
        self._fit_legend()
        if spikes:
            self._spike_keys.add(key)

    def rename_curve(self, key: str, name: str) -> None:
        """Change a legend entry (on language change)."""
        for sample, label in self._legend.items:
            if sample.item is self._curves[key]:
                label.setText(name)
        self._fit_legend()

    def set_title(self, text: str) -> None:
        """A title above the plot that wraps on a narrow plot (the plot's own title row holds the
        legend, and pyqtgraph's title would be cut at the plot's edge)."""
        if self._title is None:
            self._title = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
            self.layout().insertWidget(0, self._title)
        self._title.setText(text)

    def set_labels(self, bottom: str, left: str) -> None:
        self.plot.setLabel("bottom", bottom)
        self.plot.setLabel("left", left)

    def append(self, key: str, x: float, y: float) -> None:
        """Add a point. A value that is not finite (NaN, infinite), or on a `spikes` curve more than
        SPIKE_FACTOR times its highest value so far, is not drawn to scale (it would flatten the rest
        of the curve): it is marked at the top of the plot with its value, so the explosion shows."""
        if key not in self._series:
            return
        series = self._series[key]
        huge = key in self._spike_keys and series.n and y > SPIKE_FACTOR * max(series.y[: series.n].max(), 0)
        if not np.isfinite(y) or huge:
            self.spikes.append((key, float(x), float(y)))
        else:
            series.append(x, y)
        self._dirty = True

    def data(self, key: str) -> tuple[np.ndarray, np.ndarray]:
        s = self._series[key]
        return s.x[: s.n].copy(), s.y[: s.n].copy()

    def clear(self) -> None:
        for s in self._series.values():
            s.n = 0
        self.spikes.clear()
        self._dirty = True
        if not self._frozen():
            self.redraw()

    def redraw(self) -> None:
        for key, curve in self._curves.items():
            s = self._series[key]
            curve.setData(s.x[: s.n], s.y[: s.n])
        self._draw_spikes()
        self._dirty = False

    def _draw_spikes(self) -> None:
        """Each spike: a red triangle at the top of the drawn values, and its value written beside it."""
        for item in self._spike_items:
            self.plot.removeItem(item)
        self._spike_items = []
        if not self.spikes:
            return
        tops = [s.y[: s.n].max() for s in self._series.values() if s.n]
        top = max(tops) if tops else 1.0
        for _key, x, y in self.spikes:
            marker = pg.ScatterPlotItem([x], [top], symbol="t1", size=16, brush=SPIKE_COLOR, pen=pg.mkPen(SPIKE_COLOR))
            text = pg.TextItem("↑ " + (short(y) if np.isfinite(y) else "NaN" if np.isnan(y) else "∞"),
                               color=SPIKE_COLOR, anchor=(0, 1))
            text.setPos(x, top)
            for item in (marker, text):
                self.plot.addItem(item)
                self._spike_items.append(item)

    def resizeEvent(self, event) -> None:
        fit_legend(self._legend, event.size().width(), self._legend_size())
        super().resizeEvent(event)

    def timerEvent(self, event) -> None:
        if self._dirty and not self._frozen():
            self.redraw()

    def _frozen(self) -> bool:
        return self._theme is not None and self._theme.frozen

    # --- export: the plot as PNG / SVG, its data as CSV ----------------------------------
    def export_png(self, path: Path | str, width: int = 0) -> Path:
        """Save the plot as a PNG image (`width` pixels wide; 0 = as on screen, at least 800)."""
        self.redraw()
        exporter = pg.exporters.ImageExporter(self.plot.getPlotItem())
        exporter.parameters()["width"] = int(width or max(800, self.plot.width()))
        exporter.export(str(path))
        return Path(path)

    def export_svg(self, path: Path | str) -> Path:
        """Save the plot as an SVG drawing (scales without blur, for slides and papers).

        pyqtgraph's SVGExporter cannot parse the paths some Qt versions write
        (pyqtgraph issue #3485: ValueError); then Qt's own SVG generator draws the widget.
        """
        self.redraw()
        try:
            pg.exporters.SVGExporter(self.plot.getPlotItem()).export(str(path))
        except ValueError:
            self._render_svg(Path(path))
        return Path(path)

    def _render_svg(self, path: Path) -> None:
        from PySide6.QtCore import QRect, QSize
        from PySide6.QtGui import QPainter
        from PySide6.QtSvg import QSvgGenerator

        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(QSize(self.plot.width(), self.plot.height()))
        generator.setViewBox(QRect(0, 0, self.plot.width(), self.plot.height()))
        painter = QPainter(generator)
        try:
            self.plot.render(painter)
        finally:
            painter.end()

    def export_csv(self, path: Path | str) -> Path:
        """Save every curve's points as `series,x,y` rows (the metric key, then its points in order)."""
        with open(path, "w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(["series", "x", "y"])
            for key in self._series:
                xs, ys = self.data(key)
                writer.writerows((key, repr(float(x)), repr(float(y))) for x, y in zip(xs, ys, strict=True))
        return Path(path)

    def save_as(self, kind: str) -> Path | None:
        """Ask for a file name and save the plot (`png`, `svg`) or its data (`csv`); None if cancelled."""
        filters = {"png": QCoreApplication.translate("LivePlot", "PNG image (*.png)"),
                   "svg": QCoreApplication.translate("LivePlot", "SVG drawing (*.svg)"),
                   "csv": QCoreApplication.translate("LivePlot", "CSV table (*.csv)")}
        path = self.ask_path(QCoreApplication.translate("LivePlot", "Save plot"), filters[kind])
        if not path:
            return None
        path = Path(path) if Path(path).suffix else Path(path).with_suffix("." + kind)
        try:
            return {"png": self.export_png, "svg": self.export_svg, "csv": self.export_csv}[kind](path)
        except OSError as exc:
            message = QCoreApplication.translate("LivePlot", "Could not save {path}: {reason}")
            QMessageBox.warning(self, QCoreApplication.translate("LivePlot", "Save plot"),
                                message.format(path=str(path), reason=exc.strerror or str(exc)))
            return None

    def ask_path(self, title: str, file_filter: str) -> str:
        """The file name the learner picks ('' if cancelled); tests replace this."""
        return QFileDialog.getSaveFileName(self, title, "", file_filter)[0]

    def _add_export_actions(self) -> None:
        menu = self.plot.getPlotItem().getViewBox().menu
        menu.addSeparator()
        self.export_actions: dict[str, QAction] = {}
        for kind in EXPORT_KINDS:
            action = QAction(menu)
            action.setObjectName(f"plot.export_{kind}")
            action.triggered.connect(lambda _=False, k=kind: self.save_as(k))
            menu.addAction(action)
            self.export_actions[kind] = action
        self.retranslate()

    def retranslate(self) -> None:
        self.export_actions["png"].setText(QCoreApplication.translate("LivePlot", "Save as PNG image…"))
        self.export_actions["svg"].setText(QCoreApplication.translate("LivePlot", "Save as SVG drawing…"))
        self.export_actions["csv"].setText(QCoreApplication.translate("LivePlot", "Save data as CSV…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _apply_fonts(self) -> None:
        size = self._theme.point_size(9) if self._theme else 9
        font = QFont()
        font.setPointSizeF(size)
        for axis in ("bottom", "left"):
            ax = self.plot.getAxis(axis)
            ax.setTickFont(font)
            ax.label.setFont(font)
        self._fit_legend()

    def _legend_size(self) -> str:
        return f"{self._theme.point_size(9) if self._theme else 9}pt"

    def _fit_legend(self) -> None:
        fit_legend(self._legend, self.width(), self._legend_size())
