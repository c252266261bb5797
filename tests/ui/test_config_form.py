import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea

from lab.config import ModelConfig, PretrainConfig, preset
from lab.errors import LabError
from ui.widgets.config_form import ConfigForm


def test_form_shows_the_preset_and_returns_an_edited_config(qtbot):
    form = ConfigForm(ModelConfig, "tiny")
    qtbot.addWidget(form)
    assert form.value() == preset(ModelConfig, "tiny")
    form.editor("n_layer").setValue(3)
    assert form.value().n_layer == 3


def test_spin_boxes_take_their_bounds_and_tooltips_from_the_config(qtbot):
    form = ConfigForm(ModelConfig)
    qtbot.addWidget(form)
    spin = form.editor("n_head")
    assert (spin.minimum(), spin.maximum()) == (1, 64)
    assert "width must divide" in spin.toolTip()


def test_small_floats_keep_their_precision(qtbot):
    form = ConfigForm(PretrainConfig)
    qtbot.addWidget(form)
    form.editor("lr").setValue(0.0003)
    assert form.value().lr == pytest.approx(0.0003)


def test_reset_returns_to_the_selected_preset(qtbot):
    form = ConfigForm(ModelConfig, "classroom")
    qtbot.addWidget(form)
    form._preset.setCurrentText("tiny")
    form.editor("n_embd").setValue(96)
    qtbot.mouseClick(form._reset, Qt.MouseButton.LeftButton)
    assert form.value() == preset(ModelConfig, "tiny")


def test_choosing_a_preset_applies_it_at_once(qtbot):
    form = ConfigForm(ModelConfig, "classroom")
    qtbot.addWidget(form)
    with qtbot.waitSignal(form.changed, timeout=1000):
        form._preset.setCurrentText("tiny")
    assert form.value() == preset(ModelConfig, "tiny")


def test_the_wheel_leaves_an_unfocused_field_alone_and_scrolls_the_page(qtbot):
    area = QScrollArea(widgetResizable=True)
    form = ConfigForm(PretrainConfig)
    form.setMinimumHeight(2000)
    area.setWidget(form)
    area.resize(400, 300)
    qtbot.addWidget(area)
    area.show()
    spin = form.editor("lr")
    before = spin.value()
    wheel(spin)
    assert spin.value() == before
    assert area.verticalScrollBar().value() > 0  # the turn went on to the page
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus, timeout=1000)
    wheel(spin)
    assert spin.value() != before  # clicked into first: the wheel is the learner's choice


def wheel(widget):
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, -120), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_changing_a_value_emits_changed(qtbot):
    form = ConfigForm(ModelConfig)
    qtbot.addWidget(form)
    with qtbot.waitSignal(form.changed, timeout=1000):
        form.editor("n_layer").setValue(5)


def test_value_outside_the_engine_bounds_is_refused(qtbot):
    form = ConfigForm(ModelConfig)
    qtbot.addWidget(form)
    form._base = form._base.__class__(n_layer=99)  # what a scenario file could carry
    form.set_value(form._base)
    assert form.value().n_layer == 48  # the spin box clamps to the field's max
    with pytest.raises(LabError):
        preset(ModelConfig, "tiny", n_layer=99)
