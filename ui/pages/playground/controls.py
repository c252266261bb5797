"""The three sampling sliders of the Playground, each with its value and a one-line explanation."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QSlider, QWidget

from ui.numbers import decimal
from ui.palette import set_role

TEMPERATURE_STEPS = 100  # slider units per 1.0 of temperature
TEMPERATURE_MAX = 2.0
TOP_K_MAX = 100
TOP_P_STEPS = 100


class SamplingControls(QWidget):
    """Temperature, top-k and top-p; `changed` fires on every slider move."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.temperature_slider = self._slider("playground.temperature", 0, int(TEMPERATURE_MAX * TEMPERATURE_STEPS),
                                               TEMPERATURE_STEPS)
        self.top_k_slider = self._slider("playground.top_k", 0, TOP_K_MAX, 0)
        self.top_p_slider = self._slider("playground.top_p", 1, TOP_P_STEPS, TOP_P_STEPS)
        self._names = [QLabel() for _ in range(3)]
        self._values = [QLabel(objectName=f"playground.{n}_value") for n in ("temperature", "top_k", "top_p")]
        self._helps = [QLabel(wordWrap=True) for _ in range(3)]
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        sliders = (self.temperature_slider, self.top_k_slider, self.top_p_slider)
        for i, slider in enumerate(sliders):
            grid.addWidget(self._names[i], 2 * i, 0)
            grid.addWidget(slider, 2 * i, 1)
            grid.addWidget(self._values[i], 2 * i, 2)
            self._values[i].setMinimumWidth(44)
            self._values[i].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            set_role(self._helps[i], "muted")
            grid.addWidget(self._helps[i], 2 * i + 1, 0, 1, 3)
        self.retranslate()

    def _slider(self, name: str, lo: int, hi: int, value: int) -> QSlider:
        slider = QSlider(Qt.Orientation.Horizontal, objectName=name)
        slider.setRange(lo, hi)
        slider.setValue(value)
        slider.valueChanged.connect(self._on_slider_moved)
        return slider

    # --- values ---------------------------------------------------------------------
    def temperature(self) -> float:
        return self.temperature_slider.value() / TEMPERATURE_STEPS

    def top_k(self) -> int | None:
        """None when off (slider at 0)."""
        return self.top_k_slider.value() or None

    def top_p(self) -> float | None:
        """None when off (slider at 1.0)."""
        value = self.top_p_slider.value() / TOP_P_STEPS
        return None if value >= 1.0 else value

    def set_temperature(self, value: float) -> None:
        self.temperature_slider.setValue(round(value * TEMPERATURE_STEPS))

    def set_top_k(self, k: int | None) -> None:
        self.top_k_slider.setValue(k or 0)

    def set_top_p(self, p: float | None) -> None:
        self.top_p_slider.setValue(round((p if p is not None else 1.0) * TOP_P_STEPS))

    def _on_slider_moved(self, _value: int) -> None:
        self._show_values()
        self.changed.emit()

    def _show_values(self) -> None:
        self._values[0].setText(decimal(self.temperature()))
        self._values[1].setText(str(self.top_k()) if self.top_k() else self.tr("off"))
        self._values[2].setText(decimal(self.top_p()) if self.top_p() is not None else self.tr("off"))

    def retranslate(self) -> None:
        self._names[0].setText(self.tr("Temperature"))
        self._names[1].setText("top-k")
        self._names[2].setText("top-p")
        self._helps[0].setText(self.tr("Divides the logits: below 1 the likely tokens win more often, above 1 the "
                                   "choice gets flatter; 0 always takes the most likely token."))
        self._helps[1].setText(self.tr("Keeps only the k most likely tokens (off = all of them)."))
        self._helps[2].setText(self.tr("Keeps the most likely tokens until their probability adds up to p "
                                   "(off = all of them)."))
        self._show_values()
