"""Scenario files: read whole and checked first, errors name the line, and they write back the same."""

import pytest

from lab import scenario
from lab.config import ModelConfig, PretrainConfig, RunConfig, preset
from lab.errors import LabError

GOOD = """\
# a lesson hour on sampling
preset = "tiny"
seed = 7
lesson = "07-sampling"
step = 2
hide = ["pretrain.lr", "model.n_layer"]

[model]
n_layer = 3
dropout = 0      # an integer is fine where a number is asked

[pretrain]
lr = 0.002
"""


def _line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def test_a_scenario_sets_configs_seed_hidden_controls_and_the_lesson():
    s = scenario.loads(GOOD)
    assert (s.preset, s.seed, s.lesson, s.step) == ("tiny", 7, "07-sampling", 2)
    assert s.config("model") == preset(ModelConfig, "tiny", n_layer=3, dropout=0.0)
    assert s.config("pretrain") == preset(PretrainConfig, "tiny", lr=0.002)
    assert s.config("run") == RunConfig(seed=7)
    assert s.config("sft") == scenario.loads('preset = "tiny"').config("sft")  # untouched sections: the preset
    assert s.hidden_object_names() == ["form.PretrainConfig.lr", "form.ModelConfig.n_layer"]
    assert isinstance(s.values["model"]["dropout"], float)


def test_an_empty_file_is_the_classroom_preset():
    s = scenario.loads("")
    assert s.preset == "classroom" and s.hide == () and s.lesson is None
    assert s.config("model") == preset(ModelConfig, "classroom")


@pytest.mark.parametrize("bad, needle", [
    ('[pretrain]\nlr = 0.1\nlearning_rate = 0.1\n', "learning_rate"),  # unknown setting
    ('[model]\nn_layer = 2.5\n', "n_layer"),  # not a whole number
    ('[model]\nn_layer = 0\n', "n_layer"),  # out of bounds
    ('[pretrain]\ncompile = "yes"\n', "compile"),  # not a bool
    ('seed = 1\ncolour = "red"\n', "colour"),  # unknown top-level key
    ('[decoder]\nn_layer = 2\n', "[decoder]"),  # unknown section
    ('preset = "huge"\n', "preset"),
    ('seed = -1\n', "seed"),
    ('lesson = "99-nothing"\n', "lesson"),
    ('step = 0\n', "step"),
    ('\nhide = [\n  "pretrain.lr",\n  "pretrain.speed",\n]\n', "pretrain.speed"),
    ('model = 3\n', "model"),  # a section written as a value
])
def test_bad_values_name_their_line(bad, needle):
    text = "# scenario\n" + bad
    with pytest.raises(LabError) as err:
        scenario.loads(text)
    assert err.value.params["line"] == _line_of(text, needle)
    assert str(err.value).startswith(f"Line {_line_of(text, needle)}: ")


def test_a_toml_syntax_error_names_its_line():
    with pytest.raises(LabError, match="not valid TOML") as err:
        scenario.loads('seed = 1\n[model]\nn_layer = = 2\n')
    assert err.value.params["line"] == 3


def test_nothing_is_returned_half_way(tmp_path):
    path = tmp_path / "s.toml"
    path.write_text(GOOD + "\n[sft]\nlr = -1.0\n", encoding="utf-8")
    with pytest.raises(LabError, match="Line 16"):
        scenario.load(path)


def test_written_scenarios_read_back_equal(tmp_path):
    s = scenario.loads(GOOD)
    path = scenario.save(tmp_path / "back.toml", s)
    assert scenario.load(path) == s
    assert scenario.loads(scenario.dumps(s)) == s


def test_a_scenario_from_the_current_settings_round_trips():
    configs = {"model": preset(ModelConfig, "tiny"), "pretrain": preset(PretrainConfig, "tiny", lr=1e-05)}
    s = scenario.from_configs(configs, "tiny", seed=3, lesson="05-pretraining", step=1, hide=["pretrain.lr"])
    back = scenario.loads(scenario.dumps(s))
    assert back.config("model") == configs["model"] and back.config("pretrain") == configs["pretrain"]
    assert (back.seed, back.lesson, back.step, back.hide) == (3, "05-pretraining", 1, ("pretrain.lr",))


@pytest.mark.parametrize("value", [True, 0, -3, 1.5, 1e-05, 3e20, float("inf"), "tú \"dijiste\"\n\\"])
def test_toml_scalars_read_back_as_written(value):
    import tomllib

    assert tomllib.loads(f"v = {scenario._toml(value)}")["v"] == value


def test_an_unreadable_file_is_a_lab_error(tmp_path):
    with pytest.raises(LabError, match="Could not read"):
        scenario.load(tmp_path / "missing.toml")


def test_a_scenario_saved_before_the_renames_still_loads_under_the_new_names():
    old = 'hide = ["ppo.iterations"]\n[ppo]\niterations = 5\nppo_epochs = 2\n[offline_rl]\ntemperature = 0.3\n' \
          '[sweep]\nsteps = 40\n'
    s = scenario.loads(old)
    assert s.hide == ("ppo.max_steps",)
    assert s.config("ppo").max_steps == 5 and s.config("ppo").epochs == 2
    assert s.config("offline_rl").reward_temperature == 0.3 and s.config("sweep").max_steps == 40
    assert "iterations" not in scenario.dumps(s)  # written back under today's names
