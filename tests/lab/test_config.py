import pytest

from lab.config import ModelConfig, PretrainConfig, from_dict, meta, preset, to_dict, with_values
from lab.errors import LabError


def test_presets_differ_in_size():
    tiny, classroom, full = (preset(ModelConfig, name) for name in ("tiny", "classroom", "full"))
    assert tiny.n_embd < classroom.n_embd < full.n_embd


def test_every_field_has_label_help_and_bounds():
    for cls in (ModelConfig, PretrainConfig):
        for name in to_dict(cls()):
            m = meta(cls, name)
            assert m["label"] and m["help"]
            assert m["min"] is not None and m["max"] is not None


def test_out_of_bounds_value_is_refused_with_the_field_label():
    with pytest.raises(LabError, match="Layers must be between 1 and 48"):
        preset(ModelConfig, "tiny", n_layer=0)


def test_unknown_preset_names_the_choices():
    with pytest.raises(LabError, match="tiny, classroom, full"):
        preset(ModelConfig, "huge")


def test_from_dict_ignores_unknown_keys_from_older_workspaces():
    cfg = from_dict(ModelConfig, {"n_layer": 3, "removed_field": 1})
    assert cfg.n_layer == 3


def test_with_values_validates():
    with pytest.raises(LabError):
        with_values(PretrainConfig(), lr=100.0)


def test_lab_error_translates_template_and_label():
    err = LabError("{name} must be between {lo} and {hi}, not {value}.", name="Layers", lo=1, hi=48, value=0)
    fake = {("LabError", err.template): "{name} debe estar entre {lo} y {hi}, no {value}.",
            ("config", "Layers"): "Capas"}
    assert err.message(lambda ctx, text: fake.get((ctx, text), text)) == "Capas debe estar entre 1 y 48, no 0."
