import json

import pytest
import torch

from lab import checkpoint, workspace
from lab.cli import main
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


# --- the format stamp -------------------------------------------------------------------
def test_a_new_workspace_is_stamped_with_the_current_format(tmp_path):
    Workspace(tmp_path / "new")
    assert json.loads((tmp_path / "new" / workspace.STAMP).read_text()) == {"format": workspace.FORMAT_VERSION}


def test_a_workspace_from_before_the_stamp_counts_as_version_1_and_gets_stamped(tmp_path):
    ws = Workspace(tmp_path)
    ws.save_checkpoint("pretrain", {"w": torch.zeros(2)}, {"step": 1})
    (tmp_path / workspace.STAMP).unlink()
    assert workspace.read_format(tmp_path) == 1
    Workspace(tmp_path)
    assert json.loads((tmp_path / workspace.STAMP).read_text())["format"] == workspace.FORMAT_VERSION
    assert Workspace(tmp_path).load_checkpoint("pretrain")[1]["step"] == 1


def test_an_older_workspace_is_migrated_one_version_at_a_time(tmp_path, monkeypatch):
    Workspace(tmp_path)
    done = []
    monkeypatch.setattr(workspace, "FORMAT_VERSION", 3)
    monkeypatch.setattr(workspace, "MIGRATIONS", {1: lambda root: done.append((1, root)),
                                                  2: lambda root: done.append((2, root))})
    Workspace(tmp_path)
    assert done == [(1, tmp_path), (2, tmp_path)]
    assert workspace.read_format(tmp_path) == 3
    Workspace(tmp_path)
    assert len(done) == 2  # a migrated workspace is not migrated again


def test_a_workspace_from_a_newer_version_is_refused_with_a_clear_message(tmp_path, capsys):
    (tmp_path / workspace.STAMP).write_text(json.dumps({"format": workspace.FORMAT_VERSION + 1}))
    with pytest.raises(LabError, match="newer version of LLM Lab") as err:
        Workspace(tmp_path)
    assert "Update LLM Lab" in str(err.value)
    assert main(["export", "--workspace", str(tmp_path), "--out", str(tmp_path / "out")]) == 2
    message = capsys.readouterr().err
    assert message.startswith("llm-lab: The workspace") and "Traceback" not in message


@pytest.mark.parametrize("stamp", ["not json", '{"format": "two"}', "[1]", '{"format": 0}'])
def test_an_unreadable_stamp_is_refused(tmp_path, stamp):
    (tmp_path / workspace.STAMP).write_text(stamp)
    with pytest.raises(LabError, match="cannot read"):
        Workspace(tmp_path)


def test_a_checkpoint_from_a_newer_version_is_refused(tmp_path):
    ws = Workspace(tmp_path)
    ws.save_checkpoint("sft", {"w": torch.zeros(2)}, {"format": workspace.FORMAT_VERSION + 1})
    assert ws.has_checkpoint("sft")
    with pytest.raises(LabError, match="saved by a newer version"):
        ws.load_checkpoint("sft")

