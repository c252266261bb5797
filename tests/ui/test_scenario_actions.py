"""File → Open / Save scenario: forms take the values, controls hide, the lesson opens; bad files change nothing."""

from PySide6.QtWidgets import QVBoxLayout, QWidget

from lab import scenario as sc
from lab.config import ModelConfig, PretrainConfig, preset
from ui.widgets.config_form import ConfigForm

SCENARIO = """\
preset = "tiny"
lesson = "07-sampling"
step = 2
hide = ["pretrain.lr"]

[model]
n_layer = 3

[pretrain]
lr = 0.002
"""


def _forms(window):
    """Two settings forms inside the window, as pages hold them."""
    holder = QWidget(window)
    layout = QVBoxLayout(holder)
    forms = ConfigForm(ModelConfig, "classroom"), ConfigForm(PretrainConfig, "classroom")
    for form in forms:
        layout.addWidget(form)
    holder.show()
    return forms


def test_the_file_menu_offers_open_and_save(window):
    names = [a.objectName() for a in window.file_menu.actions()]
    assert names.index("file.open_scenario") < names.index("file.save_scenario") < len(names) - 1
    assert window.scenario_actions.open_action.text() == "&Open scenario…"


def test_opening_a_scenario_sets_forms_hides_controls_and_opens_the_lesson(window, tmp_path):
    model_form, pretrain_form = _forms(window)
    path = tmp_path / "class.toml"
    path.write_text(SCENARIO, encoding="utf-8")
    assert window.scenario_actions.open(path) is not None
    assert model_form.value() == preset(ModelConfig, "tiny", n_layer=3)
    assert pretrain_form.value().lr == 0.002
    assert pretrain_form.editor("lr").isHidden()
    assert not pretrain_form.editor("max_steps").isHidden()
    player = window.lesson_dock.player
    assert player.lesson.id == "07-sampling" and player.index == 1


def test_a_bad_scenario_changes_nothing(window, tmp_path, monkeypatch):
    model_form, _ = _forms(window)
    before = model_form.value()
    shown = []
    monkeypatch.setattr("ui.scenario_actions.QMessageBox.warning", lambda *a: shown.append(a[2]))
    path = tmp_path / "bad.toml"
    path.write_text('[model]\nn_layer = 3\n[pretrain]\nspeed = 2\n', encoding="utf-8")
    assert window.scenario_actions.open(path) is None
    assert model_form.value() == before
    assert shown and shown[0].startswith("Line 4")


def test_saving_writes_what_the_app_shows(window, tmp_path):
    model_form, _ = _forms(window)
    model_form.set_value(preset(ModelConfig, "classroom", n_layer=5))
    window.scenario_actions.ask_path = lambda save: str(tmp_path / "saved")
    path = window.scenario_actions.save_action.trigger() or tmp_path / "saved.toml"
    back = sc.load(path)
    assert back.config("model").n_layer == 5
