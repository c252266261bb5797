"""The whole pipeline on the tiny preset, end to end, and its report."""

import html
import json

import pytest

from lab import pipeline
from lab.events import Artifact, Done

EVAL = ("eval/format_rate", "eval/accuracy", "eval/rude_rate", "eval/true_reward", "eval/rm_reward")


@pytest.fixture
def finished(tiny_pipeline):
    return tiny_pipeline


def test_every_stage_runs_in_order(finished):
    _, events = finished
    started = [e.data["stage"] for e in events if isinstance(e, Artifact) and e.kind == "pipeline/stage"
               and e.data["status"] == "start"]
    assert tuple(started) == pipeline.STAGES
    assert isinstance(events[-1], Done) and not events[-1].stopped


def test_report_has_the_documented_shape(finished):
    ws, _ = finished
    report = json.loads((ws.root / "report.json").read_text())
    assert report["preset"] == "tiny" and report["seed"] == 3
    assert set(report["stages"]) == set(pipeline.STAGES)
    assert report["total_wall_s"] == pytest.approx(sum(s["wall_s"] for s in report["stages"].values()))
    for stage in ("pretrain", "sft", "ppo", "dpo", "grpo", "bon", "offline_rl"):
        metrics = report["stages"][stage]["metrics"]
        assert set(EVAL) <= metrics.keys(), stage
        if stage in pipeline.AFTER_SFT:
            assert "eval/kl_ref" in metrics, stage
    assert "eval/pair_accuracy" in report["stages"]["reward"]["metrics"]
    assert "loss/val" in report["stages"]["pretrain"]["metrics"]


def test_a_second_run_skips_finished_stages(finished):
    ws, _ = finished
    events = list(pipeline.run(ws, "tiny", seed=3))
    assert not [e for e in events if isinstance(e, Artifact) and e.kind == "pipeline/stage"]


def test_html_report_shows_curves_and_the_same_questions_at_every_stage(finished):
    ws, _ = finished
    page = (ws.root / "report.html").read_text()
    assert page.count("<svg") >= 3
    assert "Las mismas preguntas en cada etapa" in page
    prompts = [json.loads(line)["prompt"] for line in (ws.corpus_dir / "probes.jsonl").read_text().splitlines()[:1]]
    assert prompts and all(html.escape(p) in page for p in prompts)


def test_the_report_shows_hallucination_and_the_weak_judge_beside_best_of_n(finished):
    ws, _ = finished
    report = json.loads((ws.root / "report.json").read_text())
    bon = report["stages"]["bon"]["metrics"]
    assert -1.0 <= bon["weak/true_reward"] <= 1.0 and 0.0 <= bon["weak/pair_accuracy"] <= 1.0
    assert bon["weak/block_share"] == 0.5  # the tiny model has 2 blocks; the weak judge keeps 1
    assert "eval/loss" not in bon and "loss/train" not in bon  # the weak reward model's own curves stay apart
    page = (ws.root / "report.html").read_text()
    assert "juez débil" in page and "datos inventados" in page
