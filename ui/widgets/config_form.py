"""A settings form built from a config dataclass.

Every field of a `lab.config` dataclass becomes a spin box (bounded by its `min` and
`max`), a check box or a line edit, labelled and tool-tipped from its metadata in the
learner's language. A preset selector and a reset button come with it. `value()`
returns a validated config; a bad combination raises `LabError` from the engine.
"""

from __future__ import annotations

import math
from dataclasses import fields, replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from lab.config import PRESET_NAMES, preset, validate
from ui.widgets.wheel_guard import guard

INT_LIMIT = 2**31 - 1


class ConfigForm(QWidget):
    """A form for one config class; emits `changed` whenever a value changes."""

    changed = Signal()

    def __init__(self, cls: type, preset_name: str = "classroom", hidden: tuple[str, ...] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cls = cls
        self.setObjectName(f"form.{cls.__name__}")
        self._fields = [f for f in fields(cls) if f.name not in hidden]
        self._editors: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}
        self._base = preset(cls, preset_name)
        layout = QFormLayout(self)
        # A narrow column puts a long label above its field instead of cutting it or scrolling sideways.
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._preset = QComboBox(objectName=f"form.{cls.__name__}.preset")
        self._preset.addItems(PRESET_NAMES)
        self._preset.setMinimumContentsLength(max(map(len, PRESET_NAMES)) + 2)  # never cut to "classroor"
        self._preset.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._preset.setCurrentText(preset_name)
        self._preset.currentTextChanged.connect(lambda _name: self.reset())  # a preset applies when chosen
        self._reset = QPushButton(objectName=f"form.{cls.__name__}.reset")
        self._reset.clicked.connect(self.reset)
        guard(self._preset)
        self._preset_label = QLabel()
        row = QHBoxLayout()  # spans both columns, so the preset's name is never cut
        row.addWidget(self._preset_label)
        row.addWidget(self._preset, 1)
        row.addWidget(self._reset)
        layout.addRow(row)
        for f in self._fields:
            self._editors[f.name] = self._make_editor(f)
            self._labels[f.name] = FormLabel()
            guard(self._editors[f.name])
            layout.addRow(self._labels[f.name], self._editors[f.name])
        self.set_value(self._base)
        self.retranslate()

    def _make_editor(self, f) -> QWidget:
        value, meta = f.default, f.metadata
        lo, hi = meta.get("min"), meta.get("max")
        if isinstance(value, bool):
            editor = QCheckBox()
            editor.toggled.connect(self.changed)
        elif isinstance(value, int):
            editor = QSpinBox()
            low = int(lo) if lo is not None else -INT_LIMIT
            editor.setRange(low, int(min(hi if hi is not None else INT_LIMIT, INT_LIMIT)))
            editor.valueChanged.connect(self.changed)
        elif isinstance(value, float):
            editor = QDoubleSpinBox()
            low = lo if lo is not None else -1e9
            editor.setDecimals(max(2, 1 - math.floor(math.log10(low))) if low and low > 0 else 3)
            editor.setRange(low, hi if hi is not None else 1e9)
            editor.setSingleStep(_step_for(value))
            editor.valueChanged.connect(self.changed)
        else:
            editor = QLineEdit()
            editor.textChanged.connect(self.changed)
        editor.setObjectName(f"form.{self.cls.__name__}.{f.name}")
        return editor

    def value(self) -> Any:
        """The config the form shows, validated against the field bounds."""
        values = {name: _read(editor) for name, editor in self._editors.items()}
        return validate(replace(self._base, **values))

    def set_value(self, cfg: Any) -> None:
        for name, editor in self._editors.items():
            _write(editor, getattr(cfg, name))

    def reset(self) -> None:
        """Go back to the selected preset's values."""
        self._base = preset(self.cls, self._preset.currentText())
        self.set_value(self._base)

    def editor(self, name: str) -> QWidget:
        return self._editors[name]

    def field_labels(self) -> dict[str, str]:
        """Each field's name and its label in the app's language, as the form shows it."""
        return {name: label.text() for name, label in self._labels.items()}

    def field_named_in(self, message: str) -> QWidget | None:
        """The editor whose label `message` names ("Learning rate must be between…"), the longest name first:
        an error raised deep in a job still shows under the setting to change."""
        labels = sorted(self.field_labels().items(), key=lambda item: -len(item[1]))
        return next((self.editor(name) for name, text in labels if text and text.lower() in message.lower()), None)

    def set_enabled_editing(self, enabled: bool) -> None:
        for editor in [*self._editors.values(), self._preset, self._reset]:
            editor.setEnabled(enabled)

    def retranslate(self) -> None:
        self._preset_label.setText(QCoreApplication.translate("ConfigForm", "Preset"))
        self._reset.setText(QCoreApplication.translate("ConfigForm", "Reset"))
        self._reset.setToolTip(QCoreApplication.translate("ConfigForm", "Put back the values of the chosen preset."))
        for f in self._fields:
            label, tip = f.metadata.get("label", f.name), f.metadata.get("help", "")
            self._labels[f.name].setText(translate_config(label))
            tip = translate_config(tip)
            self._labels[f.name].setToolTip(tip)
            self._editors[f.name].setToolTip(tip)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class FormLabel(QLabel):
    """A word-wrapped field label that asks for the height its text needs at the width it was given.

    QFormLayout sizes a word-wrapped label's row by the label's height-for-width at the width it
    planned for the label, which can be wider than the width the label ends up with: a short
    settings column then shrinks the row to one text line and cuts a two-line label ("Conocimiento
    previo") beside a one-line check box. This label reports no height-for-width, so the form takes
    its minimum height as it is: the lines its text takes at its real width, updated on each resize.
    """

    def __init__(self) -> None:
        super().__init__(wordWrap=True)
        self._needed = 0  # height the text takes at the present width; 0 until first laid out

    def hasHeightForWidth(self) -> bool:
        return False

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self._needed))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self._needed))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._follow_width()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._follow_width()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # presentation text: more lines at the same width
            self._follow_width()

    def _follow_width(self) -> None:
        needed = self.heightForWidth(self.width()) if self.width() > 0 else 0
        if needed != self._needed:
            self._needed = needed
            self.updateGeometry()


def translate_config(text: str) -> str:
    """Translate a config label or help text (marked in lab/config.py, context `config`)."""
    return QCoreApplication.translate("config", text) if text else text


def _step_for(value: float) -> float:
    if value == 0:
        return 0.01
    return 10 ** math.floor(math.log10(abs(value)))


def _read(editor: QWidget) -> Any:
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QSpinBox | QDoubleSpinBox):
        return editor.value()
    return editor.text()


def _write(editor: QWidget, value: Any) -> None:
    if isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    elif isinstance(editor, QSpinBox | QDoubleSpinBox):
        editor.setValue(value)
    else:
        editor.setText(str(value))
