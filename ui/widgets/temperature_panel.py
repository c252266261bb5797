"""The temperature effect: one next-token distribution seen at several temperatures.

Side by side, small bar charts of the same distribution at each temperature (with the
top-k and top-p of the sliders); the entropy of the distribution against temperature,
with the current temperature marked; and a table of a few continuations drawn at each
temperature, to compare diversity with coherence. The page feeds it the numbers.
The entropy plot follows the theme's high contrast and shows itself full screen on a
double-click.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import palette
from ui.numbers import decimal, short
from ui.palette import set_role
from ui.theme import Theme
from ui.widgets.full_screen import FullScreenSwitch
from ui.widgets.plot_style import PlotStyle
from ui.widgets.token_chips import visible

BAR_COLOR = QColor(palette.TEMPERATURE["bar"])


class MiniBars(QWidget):
    """Vertical bars of one distribution on a fixed 0–100 % scale, titled with its temperature."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title, self.footer = "", ""
        self.scale = 1.0
        self.values: list[float] = []
        self.labels: list[str] = []

    def set_data(self, title: str, footer: str, values: list[float], labels: list[str], scale: float = 1.0) -> None:
        """`scale`: the probability drawn at full height (bars above it are clipped)."""
        self.title, self.footer, self.values, self.labels = title, footer, list(values), list(labels)
        self.scale = scale or 1.0
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(130, 170)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor(palette.PAPER))
        fm = QFontMetrics(p.font())
        line = fm.height()
        p.setPen(QColor(palette.TEMPERATURE["text"]))
        p.drawText(QRectF(0, 0, self.width(), line), Qt.AlignmentFlag.AlignCenter, self.title)
        p.drawText(QRectF(0, self.height() - line, self.width(), line), Qt.AlignmentFlag.AlignCenter, self.footer)
        label_h = min(48, fm.horizontalAdvance("M" * 6))
        area = QRectF(4, line + 4, self.width() - 8, self.height() - 2 * line - label_h - 10)
        p.setPen(QColor(palette.TEMPERATURE["grid"]))
        p.drawLine(area.bottomLeft(), area.bottomRight())
        n = max(len(self.values), 1)
        width = area.width() / n
        for i, (value, label) in enumerate(zip(self.values, self.labels, strict=True)):
            h = area.height() * min(max(value / self.scale, 0.0), 1.0)
            p.fillRect(QRectF(area.left() + i * width + 1, area.bottom() - h, width - 2, h), BAR_COLOR)
            p.save()
            p.setPen(QColor(palette.TEMPERATURE["axis"]))
            p.translate(area.left() + (i + 0.5) * width, area.bottom() + 3)
            p.rotate(90)
            text = fm.elidedText(visible(label), Qt.TextElideMode.ElideRight, label_h)
            p.drawText(QRectF(0, -line / 2, label_h, line), Qt.AlignmentFlag.AlignLeft, text)
            p.restore()
        p.end()


class TemperaturePanel(QWidget):
    draw_requested = Signal(int)  # how many samples per temperature

    def __init__(self, temperatures: list[float], theme: Theme | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("playground.temperature_panel")
        self.temperatures = list(temperatures)
        self.bars = [MiniBars() for _ in temperatures]
        self.caption = QLabel(wordWrap=True)
        set_role(self.caption, "muted")
        pg.setConfigOptions(antialias=True, background="w", foreground="k")
        self.entropy_plot = pg.PlotWidget(objectName="playground.entropy_plot")
        self.entropy_plot.showGrid(x=True, y=True, alpha=0.25)
        self.entropy_plot.setMouseEnabled(False, False)
        self._legend = self.entropy_plot.addLegend(offset=(10, 5))  # top left: the curves rise to the right
        self.tempered_curve = self.entropy_plot.plot([], [], pen=pg.mkPen(palette.TEMPERATURE["tempered"], width=2,
                                                                            style=Qt.PenStyle.DashLine), name=" ")
        filtered = pg.mkPen(palette.TEMPERATURE["filtered"], width=2)
        self.filtered_curve = self.entropy_plot.plot([], [], pen=filtered, name="  ")
        self.marker = pg.InfiniteLine(angle=90, pen=pg.mkPen(palette.TEMPERATURE["marker"], width=1.5))
        self.entropy_plot.addItem(self.marker)
        self.plot_style = PlotStyle(self.entropy_plot, theme)
        self.full_screen = FullScreenSwitch(self.entropy_plot)
        self.table = QTableWidget(0, len(temperatures), objectName="playground.samples")
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.count = QSpinBox(objectName="playground.samples_per_temperature", minimum=1, maximum=5, value=3)
        self.draw_button = QPushButton(objectName="playground.draw_samples")
        self.draw_button.clicked.connect(lambda: self.draw_requested.emit(self.count.value()))
        self.count_label = QLabel()
        self._build_layout()
        self.retranslate()

    def _build_layout(self) -> None:
        row = QHBoxLayout()
        for bars in self.bars:
            row.addWidget(bars)
        controls = QHBoxLayout()
        controls.addWidget(self.count_label)
        controls.addWidget(self.count)
        controls.addWidget(self.draw_button)
        controls.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addLayout(row, 3)
        layout.addWidget(self.entropy_plot, 3)
        layout.addLayout(controls)
        layout.addWidget(self.table, 4)

    # --- data from the page ---------------------------------------------------------------
    def set_distributions(self, views: list, labels: list[str]) -> None:
        """`views`: one `lab.playground.NextToken` per temperature; `labels`: the texts of their tokens.

        All charts share one scale, the tallest bar at a temperature above 0 (at 0 one token takes it all).
        """
        scale = max((p for t, v in zip(self.temperatures, views, strict=True) if t > 0 for p in v.filtered),
                    default=1.0)
        for bars, t, view in zip(self.bars, self.temperatures, views, strict=True):
            bars.set_data(self.tr("T = {t}").format(t=short(t)),
                          self.tr("{h} bits").format(h=decimal(view.entropy)), view.filtered, labels, scale)

    def set_entropy(self, temperatures: list[float], tempered: list[float], filtered: list[float],
                    current: float) -> None:
        self.tempered_curve.setData(temperatures, tempered)
        self.filtered_curve.setData(temperatures, filtered)
        self.marker.setValue(current)

    def set_current_temperature(self, current: float) -> None:
        self.marker.setValue(current)

    def set_samples(self, samples: dict[str, list[str]]) -> None:
        """Continuations keyed by the temperature's tag (`f"{t:g}"`), drawn in the column of that temperature."""
        rows = max((len(v) for v in samples.values()), default=0)
        self.table.setRowCount(rows)
        for col, t in enumerate(self.temperatures):
            for row, text in enumerate(samples.get(f"{t:g}", [])):
                self.table.setItem(row, col, QTableWidgetItem(text.replace("\n", " ⏎ ")))

    def set_busy(self, busy: bool) -> None:
        self.draw_button.setEnabled(not busy)

    def retranslate(self) -> None:
        self.caption.setText(self.tr("The same next token at several temperatures (with your top-k and top-p). "
                                     "Low temperature: sure and repetitive. High: varied, then nonsense."))
        self.entropy_plot.setLabel("bottom", self.tr("temperature"))
        self.entropy_plot.setLabel("left", self.tr("entropy (bits)"))
        for (_sample, label), text in zip(self._legend.items, (self.tr("temperature only"),
                                                              self.tr("with top-k and top-p")), strict=True):
            label.setText(text)
        self.table.setHorizontalHeaderLabels([self.tr("T = {t}").format(t=short(t)) for t in self.temperatures])
        self.count_label.setText(self.tr("Samples per temperature"))
        self.draw_button.setText(self.tr("Draw samples"))
        self.draw_button.setToolTip(self.tr("Continue the text several times at each temperature."))
