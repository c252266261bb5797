"""The exported folder loads in Hugging Face transformers with our logits and our tokens."""

import ast
import json
import os

import pytest
import torch

from lab.checkpoint import WEIGHTS
from lab.cli import main
from lab.config import ModelConfig
from lab.errors import LabError
from lab.export import STAGE_JOBS, export_stage, hf_state, repeat_script
from lab.model import GPT, model_meta, state_for_save
from lab.tokenizer import BPETokenizer, train_bpe
from lab.workspace import Workspace

transformers = pytest.importorskip("transformers")

TEXTS = ["La capital de Francia es París. The capital of France is Paris.",
         "<|user|>¿Cuánto es dos más dos?<|end|><|assistant|>Cuatro.<|end|>",
         "El gato duerme en la casa. The cat sleeps in the house. ñandú, café, 😀"] * 20


@pytest.fixture
def workspace(tmp_path):
    """A workspace with a tiny BPE tokenizer and a random-init model saved as `sft` (with a scalar head left out)."""
    torch.manual_seed(0)
    ws = Workspace(tmp_path / "ws")
    tok = train_bpe(TEXTS)
    tok.save(ws.tokenizer_path)
    model = GPT(ModelConfig(n_layer=2, n_head=2, n_embd=32, block_size=24, dropout=0.0), tok.vocab_size)
    with torch.no_grad():  # LayerNorms and biases off their init values, so a wrong mapping shows
        for name, p in model.named_parameters():
            if "ln" in name or name.endswith("bias"):
                p.add_(0.1 * torch.randn_like(p))
    ws.save_checkpoint("sft", state_for_save(model),
                       {**model_meta(model), "step": 3, "train": {"lr": 1e-4, "max_steps": 3}, "seed": 7})
    return ws, tok, model.eval()


def test_exported_gpt2_gives_our_logits(workspace, tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    ws, tok, model = workspace
    out = export_stage(ws, "sft", tmp_path / "hf")
    hf = transformers.GPT2LMHeadModel.from_pretrained(str(out), local_files_only=True).eval()
    torch.manual_seed(1)
    for ids in (tok.encode(TEXTS[0])[:24], tok.encode(TEXTS[1])[:10], torch.randint(0, tok.vocab_size, (24,)).tolist()):
        x = torch.tensor([ids])
        with torch.no_grad():
            ours, theirs = model(x).logits, hf(x).logits  # (1, T, V)
        assert theirs.shape == ours.shape
        assert (theirs - ours).abs().max().item() < 1e-4


def test_exported_tokenizer_encodes_like_ours(workspace, tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    ws, tok, _ = workspace
    out = export_stage(ws, "sft", tmp_path / "hf")
    for fast in (transformers.PreTrainedTokenizerFast(tokenizer_file=str(out / "tokenizer.json")),
                 transformers.PreTrainedTokenizerFast.from_pretrained(str(out), local_files_only=True)):
        for text in TEXTS[:3]:
            assert fast.encode(text, add_special_tokens=False) == tok.encode(text)
            assert fast.decode(tok.encode(text)) == tok.decode(tok.encode(text))
    loaded = transformers.PreTrainedTokenizerFast.from_pretrained(str(out), local_files_only=True)
    assert loaded.eos_token_id == tok.eot_id
    assert BPETokenizer.load(out / "tokenizer.json").vocab_size == tok.vocab_size


def test_conv1d_weights_are_transposed_and_the_scalar_head_left_out():
    model = GPT(ModelConfig(n_layer=1, n_head=1, n_embd=8, block_size=4), 10, scalar_head=True)
    state = hf_state(state_for_save(model))
    assert "score.weight" not in state
    assert state["transformer.h.0.attn.c_attn.weight"].shape == (8, 24)  # Conv1D: (in, out)
    assert torch.equal(state["transformer.h.0.mlp.c_fc.weight"], model.transformer.h[0].mlp.c_fc.weight.t())
    assert torch.equal(state["transformer.wte.weight"], model.transformer.wte.weight)


def test_repeat_script_carries_the_stage_settings_and_seed(workspace, tmp_path):
    ws, _, _ = workspace
    out = export_stage(ws, "sft", tmp_path / "hf")
    source = (out / "repeat_run.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    values = {t.targets[0].id: ast.literal_eval(t.value) for t in tree.body
              if isinstance(t, ast.Assign) and isinstance(t.targets[0], ast.Name)}
    assert values["STAGE"] == "sft" and values["SEED"] == 7
    assert values["SETTINGS"] == {"lr": 1e-4, "max_steps": 3}
    assert values["MODEL"]["n_embd"] == 32
    assert "from lab.jobs import sft" in source and "SFTConfig" in source


def test_export_command_writes_the_folder(workspace, tmp_path):
    ws, _, _ = workspace
    out = tmp_path / "cli"
    assert main(["export", "--workspace", str(ws.root), "--stage", "sft", "--out", str(out)]) == 0
    names = {"config.json", WEIGHTS, "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json",
             "repeat_run.py"}
    assert names <= set(os.listdir(out))
    assert json.loads((out / "config.json").read_text())["n_positions"] == 24


def test_exporting_a_stage_not_trained_says_so(workspace, tmp_path):
    ws, _, _ = workspace
    with pytest.raises(LabError, match="no PPO model yet.*llm-lab ppo"):
        export_stage(ws, "ppo", tmp_path / "hf")
    assert main(["export", "--workspace", str(ws.root), "--stage", "ppo", "--out", str(tmp_path / "x")]) == 2


def test_a_character_tokenizer_cannot_be_exported(workspace, tmp_path):
    from lab.tokenizer import CharTokenizer

    ws, _, _ = workspace
    CharTokenizer.train(TEXTS).save(ws.tokenizer_path)
    with pytest.raises(LabError, match="Only a BPE tokenizer"):
        export_stage(ws, "sft", tmp_path / "hf")


@pytest.mark.parametrize("stage", sorted(STAGE_JOBS))
def test_every_stage_script_builds_its_settings(stage):
    import importlib

    from lab import config
    from lab.config import preset, to_dict

    module, cls_name = STAGE_JOBS[stage]
    cls = getattr(config, cls_name)
    meta = {"model": to_dict(preset(ModelConfig, "tiny")), "train": to_dict(preset(cls, "tiny")), "seed": 5}
    source = repeat_script(stage, meta)
    names: dict = {}
    exec(compile(source, "repeat_run.py", "exec"), names)  # imports resolve; main() is not run
    assert names["from_dict"](names[cls_name], names["SETTINGS"]) == preset(cls, "tiny")
    assert callable(importlib.import_module(f"lab.jobs.{module}").run)
