"""The stage registry: one row per stage, and the one loader that says which stage to train first."""

import pytest

from lab import pipeline, stages
from lab.errors import LabError
from lab.workspace import Workspace


def test_every_stage_has_one_row_in_course_order():
    assert stages.NAMES == ("corpus", "tokenizer", "pretrain", "sft", "reward", "ppo", "dpo", "grpo", "bon",
                            "offline_rl")
    assert pipeline.STAGES == stages.NAMES


def test_each_stage_starts_from_an_earlier_one():
    for index, row in enumerate(stages.STAGES):
        assert row.starts_from is None or stages.NAMES.index(row.starts_from) < index


def test_only_the_reward_model_has_a_scalar_head():
    assert [r.name for r in stages.STAGES if r.kind == stages.SCALAR_HEAD] == ["reward"]


def test_every_stage_has_a_colour_and_a_job_module():
    import importlib

    for row in stages.STAGES:
        assert row.colour.startswith("#") and row.high_contrast_colour.startswith("#")
        assert hasattr(importlib.import_module(f"lab.jobs.{row.job}"), "run")


def test_the_commands_named_in_the_registry_exist():
    from lab.cli import build_parser

    commands = build_parser()._subparsers._group_actions[0].choices
    assert {r.command for r in stages.STAGES} <= set(commands)


@pytest.mark.parametrize("name", stages.CHECKPOINTED)
def test_loading_a_missing_model_says_to_train_that_stage_first(tmp_path, name):
    with pytest.raises(LabError, match=f"llm-lab {stages.stage(name).command} --workspace") as caught:
        stages.load_model(Workspace(tmp_path), name)
    assert stages.stage(name).missing in str(caught.value)


def test_a_saved_model_loads_with_the_head_of_its_kind(tmp_path):
    from lab.config import ModelConfig
    from lab.model import GPT, model_meta, state_for_save

    ws = Workspace(tmp_path)
    model = GPT(ModelConfig(n_layer=1, n_head=1, n_embd=8, block_size=8), vocab_size=16)
    ws.save_checkpoint("sft", state_for_save(model), model_meta(model))
    loaded, _ = stages.load_model(ws, "sft")
    as_reward, _ = stages.load_model(ws, "sft", head=True)
    assert loaded.vocab_size == 16 and loaded.score is None
    assert as_reward.score is not None


def test_the_missing_message_names_the_stage_in_the_learners_language(tmp_path):
    import pickle

    spanish = {("LabError", "There is no {model} yet in this workspace. Train it first on the {page} page, or with "
                "`llm-lab {command} --workspace {path}`."): "No hay {model}; entrena primero en la página {page}.",
               ("config", "SFT model"): "modelo SFT", ("stage", "SFT"): "SFT (ajuste fino)"}
    error = stages.missing_model(Workspace(tmp_path), "sft")
    for err in (error, pickle.loads(pickle.dumps(error))):
        assert err.message(lambda context, text: spanish.get((context, text), text)) == \
            "No hay modelo SFT; entrena primero en la página SFT (ajuste fino)."
