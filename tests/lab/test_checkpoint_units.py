"""A checkpoint changes as one unit: a crash at any moment of a save, then a resume, gives the
run that was never interrupted; damaged files are explained, not tracebacks; modes are kept."""

import json
import os
import stat

import pytest
import torch
from test_pretrain import ByteTokenizer  # one token per byte

from lab import checkpoint
from lab.config import ModelConfig, PretrainConfig, RunConfig, preset
from lab.errors import LabError
from lab.jobs import pretrain
from lab.jobs.pretrain import load_model
from lab.model import GPT, model_meta, state_for_save
from lab.training import trim_history
from lab.workspace import Workspace, lock

pytestmark = pytest.mark.usefixtures("one_thread")


class Killed(BaseException):
    """Stands for kill -9: nothing after it runs, no handler catches it."""


TEXT = "\n".join(["La capital de Francia es París.", "The cat says meow.", "El perro dice guau."] * 80)
MODEL = preset(ModelConfig, "tiny", block_size=32)
CFG = preset(PretrainConfig, "tiny", max_steps=30, eval_every=10, checkpoint_every=10)


def run(ws):
    return list(pretrain.run(ws, MODEL, CFG, RunConfig(seed=1, threads=1), text=TEXT, tokenizer=ByteTokenizer()))


def kill_at(monkeypatch, name, nth):
    """Make the `nth` rename onto a file called `name` kill the process."""
    real, seen = os.replace, []

    def replace(src, dst):
        if os.path.basename(dst) == name:
            seen.append(dst)
            if len(seen) == nth:
                raise Killed
        return real(src, dst)

    monkeypatch.setattr(checkpoint.os, "replace", replace)


@pytest.mark.parametrize("name, resumed_from", [
    (checkpoint.META, 20),      # weights renamed, meta not yet: the save at step 20 is finished on open
    (checkpoint.COMMIT, 10),    # both written aside, no commit note yet: the save at step 20 is undone
    (checkpoint.WEIGHTS, 20),   # after the commit note, before either rename: finished on open
    (".meta.json.pending", 10),  # killed while writing aside
])
def test_a_kill_inside_a_save_resumes_exactly(tmp_path, monkeypatch, name, resumed_from):
    ws = Workspace(tmp_path / "killed")
    kill_at(monkeypatch, name, 2)  # the second save, at step 20
    with pytest.raises(Killed):
        run(ws)
    monkeypatch.undo()

    assert ws.load_checkpoint("pretrain")[1]["step"] == resumed_from
    with lock(ws.root):  # what the next run does first
        assert not [p.name for p in ws.checkpoint_dir("pretrain").iterdir() if p.name.startswith(".")]
    events = run(ws)
    straight = Workspace(tmp_path / "straight")
    run(straight)
    a, b = ws.load_checkpoint("pretrain")[0], straight.load_checkpoint("pretrain")[0]
    assert all(torch.equal(a[k], b[k]) for k in a)
    assert events[-1].summary["loss/val"] == straight.read_metrics("pretrain")[-1].values.get(
        "loss/val", events[-1].summary["loss/val"])
    steps = [m.step for m in ws.read_metrics("pretrain") if "loss/train" in m.values]
    assert steps == list(range(1, 31))


def test_a_kill_while_the_history_is_trimmed_leaves_no_gap(tmp_path, monkeypatch):
    ws = Workspace(tmp_path)
    checkpoint.save(ws.checkpoint_dir("x"), {"w": torch.zeros(1)}, {"step": 2})
    from lab.events import Metrics

    for step in range(1, 6):
        ws.append_metrics("pretrain", Metrics(step, {"loss/train": 1.0}))
    kill_at(monkeypatch, "pretrain.jsonl", 1)
    with pytest.raises(Killed):
        trim_history(ws, "pretrain", 2)
    monkeypatch.undo()
    assert [m.step for m in ws.read_metrics("pretrain")] == [1, 2, 3, 4, 5]
    trim_history(ws, "pretrain", 2)
    assert [m.step for m in ws.read_metrics("pretrain")] == [1, 2]


def test_tmp_leftovers_are_cleaned_when_a_run_takes_the_workspace(tmp_path):
    ws = Workspace(tmp_path)
    ws.save_checkpoint("sft", {"w": torch.zeros(2)}, {"step": 1})
    folder = ws.checkpoint_dir("sft")
    for name in (".model.safetensors.abc12345.tmp", ".meta.json.pending"):
        (folder / name).write_bytes(b"half")
    (ws.root / ".state.json.x1y2z3w4.tmp").write_text("{")
    (ws.metrics_path("sft").parent / ".sft.jsonl.abcdefgh.tmp").write_text("")
    assert ws.has_checkpoint("sft") and (folder / ".meta.json.pending").exists()  # a reader changes nothing
    with lock(ws.root):
        assert sorted(p.name for p in folder.iterdir()) == ["meta.json", "model.safetensors"]
        assert not list(ws.root.rglob("*.tmp"))


def test_writes_follow_the_umask_and_keep_an_existing_mode(tmp_path):
    old = os.umask(0o022)
    try:
        checkpoint.atomic_write_text(tmp_path / "new.json", "{}")
        assert stat.S_IMODE((tmp_path / "new.json").stat().st_mode) == 0o644
        shared = tmp_path / "shared.json"
        shared.write_text("{}")
        shared.chmod(0o664)
        checkpoint.atomic_write_text(shared, "[]")
        assert stat.S_IMODE(shared.stat().st_mode) == 0o664
        checkpoint.save(tmp_path / "ckpt", {"w": torch.zeros(1)}, {"step": 1})
        assert stat.S_IMODE((tmp_path / "ckpt" / "model.safetensors").stat().st_mode) == 0o644
    finally:
        os.umask(old)


def saved_model(tmp_path):
    ws = Workspace(tmp_path)
    model = GPT(MODEL, 257)
    ws.save_checkpoint("pretrain", state_for_save(model), {**model_meta(model), "step": 1})
    return ws, ws.checkpoint_dir("pretrain")


def test_a_truncated_weights_file_is_called_damaged(tmp_path):
    ws, folder = saved_model(tmp_path)
    data = (folder / "model.safetensors").read_bytes()
    (folder / "model.safetensors").write_bytes(data[:len(data) // 2])
    with pytest.raises(LabError, match="damaged"):
        load_model(ws)


@pytest.mark.parametrize("edit", [
    lambda m: m.pop("model"),
    lambda m: m.update(vocab_size="many"),
    lambda m: m["model"].update(n_embd=32),
    lambda m: m.update(vocab_size=10_000_000),  # a small file claiming a huge model: refused before allocating
    lambda m: m["model"].update(n_layer=40),
])
def test_bad_meta_or_wrong_shapes_are_explained(tmp_path, edit):
    ws, folder = saved_model(tmp_path)
    meta = json.loads((folder / "meta.json").read_text())
    edit(meta)
    (folder / "meta.json").write_text(json.dumps(meta))
    with pytest.raises(LabError, match="does not fit|damaged"):
        load_model(ws)


def test_all_nan_weights_are_not_blamed_on_the_learning_rate(tmp_path):
    ws = Workspace(tmp_path)
    model = GPT(MODEL, 257)
    nan = {k: torch.full_like(v, float("nan")) for k, v in state_for_save(model).items()}
    ws.save_checkpoint("pretrain", nan, {**model_meta(model), "step": 1})
    with pytest.raises(LabError, match="not numbers") as err:
        load_model(ws)
    assert "learning rate" not in str(err.value)


@pytest.mark.parametrize("edit", [lambda m: m.pop("step"), lambda m: m.update(model=[1, 2])])
def test_resuming_from_a_checkpoint_with_bad_meta_is_explained(tmp_path, edit):
    ws = Workspace(tmp_path)
    run(ws)
    folder = ws.checkpoint_dir("pretrain")
    meta = json.loads((folder / "meta.json").read_text())
    edit(meta)
    (folder / "meta.json").write_text(json.dumps(meta))
    with pytest.raises(LabError, match="damaged"):
        run(ws)


def test_sample_refuses_a_tokenizer_that_does_not_belong_to_the_model(tmp_path, capsys):
    from lab.cli import main
    from lab.config import TokenizerConfig
    from lab.tokenizer import train_bpe

    ws, _ = saved_model(tmp_path)  # a model of 257 tokens
    train_bpe([TEXT], TokenizerConfig(vocab_size=300)).save(ws.tokenizer_path)
    assert main(["sample", "--workspace", str(ws.root), "--prompt", "hola"]) == 2
    assert "do not belong together" in capsys.readouterr().err
