"""Bundled stages: pack a finished tiny pipeline, install it up to any stage, never lose work."""

import hashlib
import json
import shutil

import pytest
import torch
from safetensors import safe_open

from lab import bundle, pipeline
from lab.cli import main
from lab.errors import LabError
from lab.events import Artifact, Done
from lab.workspace import Workspace

MODEL_FILES = ("pretrain", "sft", "reward", "ppo", "dpo", "grpo", "offline_rl")


@pytest.fixture(scope="module")
def packed(tiny_pipeline, tmp_path_factory):
    ws, _ = tiny_pipeline
    out = tmp_path_factory.mktemp("bundle")
    return ws, out, bundle.pack(ws, out)


def installed(tmp_path, folder, stage, name="workspace"):
    ws = Workspace(tmp_path / name)
    events = list(bundle.install(ws, stage, folder))
    return ws, events


def test_manifest_lists_every_file_with_its_size_and_sha256(packed):
    _, out, manifest = packed
    assert manifest["preset"] == "tiny" and manifest["seed"] == 3
    assert tuple(manifest["stages"]) == pipeline.STAGES
    names = {f["name"] for f in manifest["files"]}
    assert names == {f"{s}.tar.xz" for s in pipeline.STAGES} | {f"{s}.safetensors" for s in MODEL_FILES}
    assert {p.name for p in out.iterdir()} == names | {bundle.MANIFEST}
    for entry in manifest["files"]:
        data = (out / entry["name"]).read_bytes()
        assert len(data) == entry["bytes"] and hashlib.sha256(data).hexdigest() == entry["sha256"]
    assert manifest["total_bytes"] == sum(f["bytes"] for f in manifest["files"])


def test_weights_are_stored_in_float16_at_half_the_size(packed):
    ws, out, _ = packed
    with safe_open(str(out / "sft.safetensors"), framework="pt") as f:
        assert {f.get_slice(k).get_dtype() for k in f.keys()} == {"F16"}
    full = (ws.checkpoint_dir("sft") / "model.safetensors").stat().st_size
    assert (out / "sft.safetensors").stat().st_size < 0.55 * full


def test_float16_rounding_moves_the_logits_less_than_the_tolerance(packed, tmp_path):
    ws, out, manifest = packed
    assert set(manifest["fp16_logit_change"]) == set(MODEL_FILES)
    assert 0 < max(manifest["fp16_logit_change"].values()) < bundle.LOGIT_TOLERANCE
    restored, meta = bundle.load_weights(out / "reward.safetensors")
    original, original_meta = ws.load_checkpoint("reward")
    assert meta == original_meta and all(t.dtype == torch.float32 for t in restored.values())
    change = bundle.logit_change(ws, original, restored, meta)
    assert change == pytest.approx(manifest["fp16_logit_change"]["reward"])


def test_install_up_to_a_stage_leaves_the_later_stages_absent(packed, tmp_path):
    _, out, _ = packed
    ws, events = installed(tmp_path, out, "sft")
    assert isinstance(events[-1], Done) and events[-1].summary == {"stages": 4.0}
    assert [s for s in pipeline.STAGES if ws.has_checkpoint(s)] == ["pretrain", "sft"]
    report = pipeline.read_report(ws)
    assert list(report["stages"]) == ["corpus", "tokenizer", "pretrain", "sft"]
    assert all(entry["bundled"] for entry in report["stages"].values())
    assert ws.read_metrics("sft") and not ws.read_metrics("reward")
    assert not (ws.root / bundle.EXPERIENCES).exists()
    assert (ws.root / "report.html").is_file()


def test_a_full_install_gives_back_the_pipeline_workspace(packed, tmp_path):
    source, out, _ = packed
    ws, _ = installed(tmp_path, out, "offline_rl")
    same = ["tokenizer.json", "experiences.jsonl", "results/bon.json", "corpus/clean.txt",
            "corpus/probes.jsonl", "metrics/pretrain_samples.jsonl", *(f"metrics/{s}.jsonl" for s in MODEL_FILES)]
    for name in same:
        assert (ws.root / name).read_bytes() == (source.root / name).read_bytes(), name
    state = ws.read_state()  # the source's, plus the cleaning statistics the pipeline never saved
    assert {k: v for k, v in state.items() if k != "corpus"} == source.read_state()
    assert state["corpus"]["stats"]["steps"][0]["step"] == "input" and state["corpus"]["cleaned"] is True
    tensors, meta = ws.load_checkpoint("ppo")
    _, source_meta = source.load_checkpoint("ppo")
    assert meta == source_meta
    stages = [e for e in pipeline.run(ws, "tiny", seed=3) if isinstance(e, Artifact)]
    assert stages == []  # every stage counts as done: the pipeline goes on from the bundle


def test_install_moves_earlier_work_aside_and_says_where(packed, tmp_path):
    _, out, _ = packed
    ws = Workspace(tmp_path / "mine")
    ws.tokenizer_path.write_text("my own tokenizer")
    events = list(bundle.install(ws, "tokenizer", out))
    backup = next(e.data["path"] for e in events if isinstance(e, Artifact) and e.kind == "bundle/backup")
    assert (tmp_path / backup).name.startswith("mine-backup-")
    assert (tmp_path / backup / "tokenizer.json").read_text() == "my own tokenizer"
    assert ws.tokenizer_path.read_text() != "my own tokenizer"


def test_settings_alone_are_not_work_to_move_aside(tmp_path):
    ws = Workspace(tmp_path / "fresh")
    ws.update_state(model={"n_layer": 2})
    assert not bundle.holds_work(ws)
    ws.metrics_path("pretrain").write_text("")
    assert bundle.holds_work(ws)


def test_a_damaged_bundle_is_refused_before_anything_moves(packed, tmp_path):
    _, out, _ = packed
    broken = shutil.copytree(out, tmp_path / "broken")
    data = bytearray((broken / "sft.safetensors").read_bytes())
    data[-1] ^= 0xFF
    (broken / "sft.safetensors").write_bytes(bytes(data))
    ws = Workspace(tmp_path / "mine")
    ws.tokenizer_path.write_text("my own tokenizer")
    with pytest.raises(LabError, match="missing or damaged"):
        list(bundle.install(ws, "reward", broken))
    assert ws.tokenizer_path.read_text() == "my own tokenizer"
    assert list(bundle.install(Workspace(tmp_path / "other"), "pretrain", broken))  # stages before sft still fine


def test_an_unknown_stage_or_a_missing_bundle_says_what_to_do(packed, tmp_path):
    _, out, _ = packed
    with pytest.raises(LabError, match="no stage “rlhf”"):
        list(bundle.install(Workspace(tmp_path / "w"), "rlhf", out))
    with pytest.raises(LabError, match="make assets"):
        bundle.read_manifest(tmp_path / "nowhere")
    assert bundle.available(tmp_path / "nowhere") == []


def test_a_bundle_from_a_newer_version_is_refused(packed, tmp_path):
    _, out, manifest = packed
    newer = shutil.copytree(out, tmp_path / "newer")
    (newer / bundle.MANIFEST).write_text(json.dumps({**manifest, "bundle_format": bundle.BUNDLE_FORMAT + 1}))
    with pytest.raises(LabError, match="newer version"):
        bundle.read_manifest(newer)


def test_cli_installs_up_to_a_stage(packed, tmp_path, capsys):
    _, out, _ = packed
    target = tmp_path / "cli"
    argv = ["assets", "install", "--workspace", str(target), "--stage", "reward", "--bundle", str(out)]
    assert main(argv) == 0
    assert Workspace(target).has_checkpoint("reward") and not Workspace(target).has_checkpoint("ppo")
    assert main(argv) == 2  # earlier work: nothing moves without consent
    assert main([*argv, "--yes"]) == 0
    assert "moved to" in capsys.readouterr().err


def test_packing_the_same_workspace_twice_gives_the_same_bytes(packed, tmp_path):
    ws, _, manifest = packed
    again = bundle.pack(ws, tmp_path / "again")
    assert [f["sha256"] for f in again["files"]] == [f["sha256"] for f in manifest["files"]]


# --- the bundle shipped in assets/classroom -------------------------------------------------
def test_the_shipped_bundle_matches_its_manifest_and_stays_small():
    folder = bundle.DEFAULT_BUNDLE
    manifest = bundle.read_manifest(folder)
    assert manifest["preset"] == "classroom" and tuple(manifest["stages"]) == pipeline.STAGES
    bundle.verify(folder, manifest["files"])
    assert {p.name for p in folder.iterdir()} == {f["name"] for f in manifest["files"]} | {bundle.MANIFEST}
    assert sum(p.stat().st_size for p in folder.iterdir()) < 25e6
    assert max(manifest["fp16_logit_change"].values()) < bundle.LOGIT_TOLERANCE


def test_every_shipped_model_fits_the_model_code():
    from lab.model import from_checkpoint

    for stage in MODEL_FILES:
        tensors, meta = bundle.load_weights(bundle.DEFAULT_BUNDLE / f"{stage}.safetensors")
        from_checkpoint(tensors, meta)  # raises if the model code changed: rebuild with `make assets`
