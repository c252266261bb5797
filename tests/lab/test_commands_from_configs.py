"""Every training command's flags come from its config dataclass: every field, its help and its bounds."""

from dataclasses import fields

import pytest

from lab import config as cf
from lab.cli import build_parser
from lab.commands import config_from_args
from lab.errors import LabError

COMMANDS = [("pretrain", cf.ModelConfig), ("pretrain", cf.PretrainConfig), ("sft", cf.SFTConfig),
            ("reward", cf.RewardConfig), ("ppo", cf.PPOConfig), ("grpo", cf.GRPOConfig), ("dpo", cf.DPOConfig),
            ("bon", cf.BestOfNConfig), ("offline-rl", cf.OfflineRLConfig), ("sweep", cf.SweepConfig)]


def subparser(command):
    parser = build_parser()
    return next(a for a in parser._subparsers._group_actions).choices[command]


def flag(name):
    return "--" + name.replace("_", "-")


@pytest.mark.parametrize(("command", "cls"), COMMANDS)
def test_every_setting_is_a_flag_with_the_forms_help(command, cls):
    options = subparser(command)._option_string_actions
    for f in fields(cls):
        action = options[flag(f.name)]
        assert action.dest == f.name and f.metadata["help"] in action.help
        if f.metadata.get("max") is not None and not isinstance(f.default, bool):
            assert f"{f.metadata['max']:g}" in action.help  # the form's bounds
    for f in fields(cf.RunConfig):
        assert flag(f.name) in options


@pytest.mark.parametrize(("command", "cls"), COMMANDS)
def test_a_given_value_reaches_the_config_over_the_preset(command, cls):
    for f in fields(cls):
        lo, hi = f.metadata.get("min"), f.metadata.get("max")
        if isinstance(f.default, bool):
            argv, expected = [f"--no-{f.name.replace('_', '-')}"], False
        else:
            expected = type(f.default)(hi if lo is None else lo)
            argv = [flag(f.name), str(expected)]
        args = build_parser().parse_args([command, "--preset", "tiny", *argv])
        assert getattr(config_from_args(cls, args, "tiny"), f.name) == expected


def test_a_value_out_of_bounds_names_the_setting_as_the_form_does():
    args = build_parser().parse_args(["sft", "--eval-every", "0"])
    with pytest.raises(LabError, match="Evaluate every must be between 1"):
        config_from_args(cf.SFTConfig, args)


def test_one_word_per_idea_across_stages():
    step_counts = {f.name for c in (cf.PretrainConfig, cf.SFTConfig, cf.RewardConfig, cf.PPOConfig, cf.GRPOConfig,
                                    cf.DPOConfig, cf.OfflineRLConfig, cf.SweepConfig) for f in fields(c)}
    assert "max_steps" in step_counts and not {"iterations", "steps", "ppo_epochs"} & step_counts
    assert "temperature" not in {f.name for f in fields(cf.OfflineRLConfig)}  # a reward temperature, named so
