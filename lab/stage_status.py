"""What the workspace says about each stage: done or not, how long it took, its headline number.

The one source of truth for Home's cards, the sidebar and the report. A stage is done when
the pipeline recorded it in `report.json` (run by "Run everything", the CLI, or unpacked
from a bundle) or when its own page left its result in the workspace: the clean corpus,
the tokenizer, a finished checkpoint, Best-of-N's results. So a stage trained on its page
or in a lesson counts too, with no second record to keep in step.

Each stage has one headline metric, chosen to be understood without the course: how many
documents survived cleaning, characters per token, validation loss, the reward model's
pair accuracy, and for every model that answers, the share of held-out questions it gets
right. Metric names are marked for translation in context "metric".

A stage run on its own page has no `report.json` entry, so the app records how long its
job took with `record_page_run` (in `state.json`, next to a stamp of the result it left:
a later run that leaves another result makes the old time stale), and the headline metric
is read from what the page left: the cleaning statistics, the tokenizer's measurements,
the metric history.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from lab import stages
from lab.i18n import QT_TRANSLATE_NOOP
from lab.stages import NAMES as STAGES
from lab.stages import read_report
from lab.workspace import Workspace

HEADLINE = {s.name: s.headline for s in stages.STAGES}  # from the registry
METRIC_NAMES = {
    "corpus/documents_raw": QT_TRANSLATE_NOOP("metric", "documents before cleaning"),
    "corpus/documents_clean": QT_TRANSLATE_NOOP("metric", "documents after cleaning"),
    "corpus/chars_clean": QT_TRANSLATE_NOOP("metric", "characters after cleaning"),
    "corpus/removed_share": QT_TRANSLATE_NOOP("metric", "share of documents removed"),
    "tokenizer/vocab_size": QT_TRANSLATE_NOOP("metric", "vocabulary size"),
    "tokenizer/chars_per_token": QT_TRANSLATE_NOOP("metric", "characters per token"),
    "loss/train": QT_TRANSLATE_NOOP("metric", "training loss"),
    "loss/val": QT_TRANSLATE_NOOP("metric", "validation loss"),
    "bpb/val": QT_TRANSLATE_NOOP("metric", "bits per byte (validation)"),
    "eval/accuracy": QT_TRANSLATE_NOOP("metric", "correct answers"),
    "eval/accuracy_known": QT_TRANSLATE_NOOP("metric", "correct answers to facts it was taught"),
    "eval/format_rate": QT_TRANSLATE_NOOP("metric", "answers in the chat format"),
    "eval/language_match": QT_TRANSLATE_NOOP("metric", "answers in the question's language"),
    "eval/rude_rate": QT_TRANSLATE_NOOP("metric", "rude answers"),
    "eval/hallucination_rate": QT_TRANSLATE_NOOP("metric", "made-up facts about facts nobody taught it"),
    "eval/abstain_rate": QT_TRANSLATE_NOOP("metric", "\"I don't know\" to facts nobody taught it"),
    "eval/true_reward": QT_TRANSLATE_NOOP("metric", "reward from the rubric"),
    "eval/rm_reward": QT_TRANSLATE_NOOP("metric", "reward from the reward model"),
    "eval/kl_ref": QT_TRANSLATE_NOOP("metric", "KL to the SFT model"),
    "eval/pair_accuracy": QT_TRANSLATE_NOOP("metric", "pairs ranked like the human"),
    "reward/rm": QT_TRANSLATE_NOOP("metric", "reward model's reward (training)"),
    "reward/true": QT_TRANSLATE_NOOP("metric", "rubric's reward (training)"),
    "kl/ref": QT_TRANSLATE_NOOP("metric", "KL to the SFT model (training)"),
    "rewards/chosen": QT_TRANSLATE_NOOP("metric", "implicit reward, chosen answers"),
    "rewards/rejected": QT_TRANSLATE_NOOP("metric", "implicit reward, rejected answers"),
    "rewards/margins": QT_TRANSLATE_NOOP("metric", "implicit reward margin"),
    "data/kept": QT_TRANSLATE_NOOP("metric", "experiences kept"),
    "weak/true_reward": QT_TRANSLATE_NOOP("metric", "reward from the rubric, best of N picked by a weak judge"),
    "weak/pair_accuracy": QT_TRANSLATE_NOOP("metric", "weak judge's pairs ranked like the human"),
    "weak/block_share": QT_TRANSLATE_NOOP("metric", "weak judge's share of the policy's blocks"),
}
SHARES = {"corpus/removed_share", "eval/accuracy", "eval/accuracy_known", "eval/format_rate",
          "eval/language_match", "eval/rude_rate", "eval/pair_accuracy", "eval/hallucination_rate",
          "eval/abstain_rate", "weak/pair_accuracy", "weak/block_share"}  # fractions shown as percentages
COUNTS = {"corpus/documents_raw", "corpus/documents_clean", "corpus/chars_clean", "tokenizer/vocab_size",
          "data/kept"}
CHECKPOINTED = stages.CHECKPOINTED
PAGE_RUNS = "page_runs"  # the key in state.json


@dataclass(frozen=True)
class StageStatus:
    """One stage as the workspace holds it; `wall_s` and `value` are None when nothing measured them."""

    stage: str
    done: bool = False
    bundled: bool = False
    wall_s: float | None = None
    metric: str = ""  # the headline metric's key
    value: float | None = None


def read(ws: Workspace) -> dict[str, StageStatus]:
    """Every stage of the course, in order, as the workspace holds it now."""
    reported = read_report(ws)["stages"]
    return {stage: _status(ws, stage, reported.get(stage)) for stage in STAGES}


def _status(ws: Workspace, stage: str, entry: dict | None) -> StageStatus:
    key = HEADLINE[stage]
    if entry is not None:
        value = entry.get("metrics", {}).get(key)
        return StageStatus(stage, True, bool(entry.get("bundled")), entry.get("wall_s"), key,
                           value if value is not None else _last_value(ws, stage, key))
    if not _left_result(ws, stage):
        return StageStatus(stage, metric=key)
    return StageStatus(stage, True, wall_s=_page_run_seconds(ws, stage), metric=key,
                       value=_last_value(ws, stage, key))


def result_stamp(ws: Workspace, stage: str) -> int | None:
    """When the stage's result was last written (ns), or None: tells a run that left a new result."""
    path = {"corpus": ws.clean_text_path, "tokenizer": ws.tokenizer_path,
            "bon": ws.root / "results" / "bon.json"}.get(stage, ws.checkpoint_dir(stage) / "meta.json")
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return None


def record_page_run(ws: Workspace, stage: str, wall_s: float) -> None:
    """Remember that a job outside the pipeline left `stage`'s result after `wall_s` seconds."""
    runs = dict(ws.read_state().get(PAGE_RUNS) or {})
    runs[stage] = {"wall_s": float(wall_s), "stamp": result_stamp(ws, stage)}
    ws.update_state(**{PAGE_RUNS: runs})


def _page_run_seconds(ws: Workspace, stage: str) -> float | None:
    run = (ws.read_state().get(PAGE_RUNS) or {}).get(stage)
    if not isinstance(run, dict) or run.get("stamp") != result_stamp(ws, stage):
        return None  # never recorded, or the result was written again since (a bundle, a copy)
    wall_s = run.get("wall_s")
    return float(wall_s) if isinstance(wall_s, int | float) else None


def _left_result(ws: Workspace, stage: str) -> bool:
    if stage == "corpus":
        return ws.clean_text_path.is_file()
    if stage == "tokenizer":
        return ws.tokenizer_path.is_file()
    if stage == "bon":
        return (ws.root / "results" / "bon.json").is_file()
    return ws.has_checkpoint(stage) and bool(_meta(ws, stage).get("finished"))


def _meta(ws: Workspace, stage: str) -> dict:
    try:
        meta = json.loads((ws.checkpoint_dir(stage) / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return meta if isinstance(meta, dict) else {}


def _last_value(ws: Workspace, stage: str, key: str) -> float | None:
    """The newest value of `key` in the stage's metric history (or its checkpoint's meta, or the
    corpus's cleaning statistics, or the tokenizer's measurements)."""
    if stage == "corpus":
        return _clean_documents(ws)
    if stage == "tokenizer":
        return _chars_per_token(ws)
    if stage in CHECKPOINTED or stage == "bon":
        for event in reversed(ws.read_metrics(stage)):
            if key in event.values:
                return event.values[key]
    value = _meta(ws, stage).get(key) if stage in CHECKPOINTED else None
    return float(value) if isinstance(value, int | float) else None


def _clean_documents(ws: Workspace) -> float | None:
    """Documents left after the last cleaning step, as the corpus page recorded them."""
    corpus = ws.read_state().get("corpus") or {}
    steps = (corpus.get("stats") or {}).get("steps") if corpus.get("cleaned") else None
    docs = steps[-1].get("docs") if isinstance(steps, list) and steps and isinstance(steps[-1], dict) else None
    return float(docs) if isinstance(docs, int | float) else None


def _chars_per_token(ws: Workspace) -> float | None:
    """Characters per token as the tokenizer page measured them, if measured on this tokenizer."""
    try:
        report = json.loads((ws.root / "tokenizer_report.json").read_text(encoding="utf-8"))
        value = report["artifacts"]["lengths"]["chars_per_token"]
        fresh = report.get("tokenizer_mtime_ns") == ws.tokenizer_path.stat().st_mtime_ns
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return float(value) if fresh and isinstance(value, int | float) else None
