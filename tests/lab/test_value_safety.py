"""Values from a hostile file or command line: NaN fails every bound, a BOM or deep nesting in a
scenario gets a plain message, never a traceback."""

import math
from dataclasses import fields

import pytest

from lab import config as cf
from lab import scenario
from lab.cli import main
from lab.corpus import CleanConfig
from lab.errors import LabError

FLOAT_FIELDS = [(cls, f.name) for cls in (*scenario.SECTIONS.values(), CleanConfig) for f in fields(cls)
                if type(f.default) is float]


@pytest.mark.parametrize("cls, name", FLOAT_FIELDS, ids=[f"{c.__name__}.{n}" for c, n in FLOAT_FIELDS])
def test_nan_fails_every_bound(cls, name):
    with pytest.raises(LabError, match="nan"):
        cf.validate(cls(**{name: math.nan}))


def test_a_scenario_with_nan_learning_rate_is_refused_with_its_line():
    with pytest.raises(LabError, match="Line 3: .*not nan"):
        scenario.loads('preset = "tiny"\n[pretrain]\nlr = nan\n')


def test_nan_on_the_command_line_is_refused(tmp_path, capsys):
    assert main(["corpus", "generate", "--out", str(tmp_path / "raw.txt"), "--size-mb", "nan"]) == 2
    assert "not nan" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_a_scenario_saved_with_a_byte_order_mark_reads(tmp_path):
    path = tmp_path / "clase.toml"
    path.write_bytes('\ufeffpreset = "tiny"\n[model]\nn_layer = 2\n'.encode())
    loaded = scenario.load(path)
    assert loaded.preset == "tiny" and loaded.values == {"model": {"n_layer": 2}}


@pytest.mark.parametrize("text", ["x = " + "[" * 5000 + "]" * 5000, "x = " + "{a = " * 3000 + "1" + "}" * 3000])
def test_deeply_nested_toml_is_explained(text):
    with pytest.raises(LabError, match="nested too deeply|not valid TOML|Unknown key"):
        scenario.loads(text)
