import json

import pytest
import torch

from lab import checkpoint
from lab.errors import LabError
from lab.events import Metrics
from lab.workspace import Workspace


def test_checkpoint_round_trip_keeps_tensors_and_meta(tmp_path):
    ws = Workspace(tmp_path)
    tensors = {"w": torch.arange(6, dtype=torch.float32).reshape(2, 3)}
    ws.save_checkpoint("pretrain", tensors, {"step": 7})
    loaded, meta = ws.load_checkpoint("pretrain")
    assert torch.equal(loaded["w"], tensors["w"])
    assert meta["step"] == 7 and meta["format"] == 1


def test_missing_checkpoint_says_to_train_first(tmp_path):
    with pytest.raises(LabError, match="Train this stage first"):
        Workspace(tmp_path).load_checkpoint("sft")


def test_failed_write_leaves_previous_file_intact(tmp_path):
    target = tmp_path / "meta.json"
    checkpoint.atomic_write_text(target, "old")

    with pytest.raises(TypeError):
        checkpoint.atomic_write_bytes(target, object())  # not bytes: the write fails midway
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["meta.json"]


def test_metric_history_survives_a_restart_and_a_torn_line(tmp_path):
    Workspace(tmp_path).append_metrics("pretrain", Metrics(1, {"loss/train": 2.5}))
    Workspace(tmp_path).append_metrics("pretrain", Metrics(2, {"loss/train": 2.0}))
    with Workspace(tmp_path).metrics_path("pretrain").open("a") as f:
        f.write('{"step": 3, "loss/tr')
    history = Workspace(tmp_path).read_metrics("pretrain")
    assert [(m.step, m.values["loss/train"]) for m in history] == [(1, 2.5), (2, 2.0)]


def test_state_updates_merge(tmp_path):
    ws = Workspace(tmp_path)
    ws.update_state(language="es")
    ws.update_state(done=["corpus"])
    assert json.loads((tmp_path / "state.json").read_text()) == {"language": "es", "done": ["corpus"]}
