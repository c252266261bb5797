"""Every stage in order, in one job: the whole course on one command or one click.

world corpus + cleaning → tokenizer → pretraining → SFT → reward model → PPO → DPO →
GRPO → Best-of-N → offline RL. Each stage runs the same job its page runs, with the
preset's settings and one seed. After a stage ends it is recorded in
`<workspace>/report.json`, so a second run skips what is finished (unless `force`) and
a stopped run resumes where it was.

Every model stage is then measured the same way on the same held-out probes
(`eval/format_rate`, `eval/accuracy`, `eval/rude_rate`, `eval/true_reward`,
`eval/rm_reward`, and `eval/kl_ref` after SFT), so the report compares like with like.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

from lab import stages
from lab.checkpoint import atomic_write_text
from lab.config import ModelConfig, PretrainConfig, RunConfig, TokenizerConfig, WorldConfig, preset
from lab.events import Artifact, Done, Job, Metrics, Progress
from lab.i18n import QT_TRANSLATE_NOOP
from lab.stages import AFTER_SFT, LABELS, MODEL_STAGES, read_report, report_path
from lab.workspace import Workspace

# The stage tables live in the registry (`lab.stages`); these names stay for the callers that read them here.
STAGES = stages.NAMES
SHARED_EVAL = ("eval/format_rate", "eval/accuracy", "eval/rude_rate", "eval/true_reward", "eval/rm_reward",
               "eval/hallucination_rate", "eval/abstain_rate", "eval/accuracy_known")
__all__ = ["AFTER_SFT", "LABELS", "MODEL_STAGES", "STAGES", "read_report", "report_path", "run", "stage_job"]


def run(ws: Workspace, preset_name: str = "classroom", seed: int = 1234, force: bool = False,
        only: tuple[str, ...] = STAGES, lang: str = "es") -> Job:
    """Run the stages in order; yields each stage's events between `pipeline/stage` artifacts."""
    report = read_report(ws)
    if force or report.get("preset") != preset_name or report.get("seed") != seed:
        report = {"preset": preset_name, "seed": seed, "stages": {}}
    for index, stage in enumerate(STAGES):
        if stage not in only or stage in report["stages"]:
            continue
        yield Artifact("pipeline/stage", {"stage": stage, "index": index, "status": "start"})
        start = time.perf_counter()
        last: dict[str, float] = {}
        for event in stage_job(stage, ws, preset_name, seed):
            if isinstance(event, Metrics):
                last.update(event.values)
            yield event
            if isinstance(event, Done) and event.stopped:
                return
        yield Progress(0, 0, QT_TRANSLATE_NOOP("job", "Measuring on the held-out questions"))
        metrics = {**last, **stage_metrics(stage, ws, last, seed)}
        report["stages"][stage] = {"wall_s": time.perf_counter() - start, "metrics": metrics}
        if stage == "reward":
            _score_earlier_stages(ws, report, seed)
        report["total_wall_s"] = sum(s["wall_s"] for s in report["stages"].values())
        atomic_write_text(report_path(ws), json.dumps(report, indent=2, ensure_ascii=False))
        yield Artifact("pipeline/stage", {"stage": stage, "index": index, "status": "done",
                                          "wall_s": report["stages"][stage]["wall_s"]})
    from lab.report import write_html  # the report reads the registry, never this module: no cycle

    write_html(ws, report, lang)
    yield Done({"total_wall_s": report.get("total_wall_s", 0.0)})


def stage_job(stage: str, ws: Workspace, p: str, seed: int) -> Job:
    """The job of one stage under preset `p`."""
    run_cfg = RunConfig(seed=seed)
    if stage in _FACTORIES:
        return _FACTORIES[stage](ws, p, run_cfg)
    return _from_registry(ws, p, run_cfg, stage)


def _corpus(ws: Workspace, p: str, run_cfg: RunConfig) -> Job:
    from lab import world
    from lab.jobs import clean

    yield Progress(0, 1, QT_TRANSLATE_NOOP("job", "Generating the world"))
    raw = world.generate(preset(WorldConfig, p)).write(ws.corpus_dir)["raw"]
    yield from clean.run(raw, out_path=ws.clean_text_path)


def _tokenizer(ws: Workspace, p: str, run_cfg: RunConfig) -> Job:
    from lab.jobs import tokenize

    yield from tokenize.run(ws.clean_text_path, preset(TokenizerConfig, p), ws.tokenizer_path)


def _from_registry(ws: Workspace, p: str, run_cfg: RunConfig, name: str) -> Job:
    """A post-training stage's job: its registry row names the module and the config."""
    import importlib

    row = stages.stage(name)
    return importlib.import_module(f"lab.jobs.{row.job}").run(ws, preset(row.config, p), run_cfg)


def _pretrain(ws: Workspace, p: str, run_cfg: RunConfig) -> Job:
    from lab.jobs import pretrain

    return pretrain.run(ws, preset(ModelConfig, p), preset(PretrainConfig, p), run_cfg)


def _bon(ws: Workspace, p: str, run_cfg: RunConfig) -> Job:
    """Best-of-N, then the same with a weak judge (`lab.weak_judge`): the report shows both."""
    from lab import weak_judge

    for event in _from_registry(ws, p, run_cfg, "bon"):
        yield event
        if isinstance(event, Done) and event.stopped:
            return
    yield from weak_judge.run(ws, p, run_cfg)


# corpus, tokenizer and pretraining take more than one config; Best-of-N adds the weak judge; every other stage
# is one row's job
_FACTORIES: dict[str, Callable[[Workspace, str, RunConfig], Job]] = {
    "corpus": _corpus, "tokenizer": _tokenizer, "pretrain": _pretrain, "bon": _bon}


def stage_metrics(stage: str, ws: Workspace, reported: dict[str, float], seed: int) -> dict[str, float]:
    """The shared numbers of a finished stage, measured where its job did not report them."""
    if stage == "corpus":
        return _corpus_metrics(ws)
    if stage == "tokenizer":
        return _tokenizer_metrics(ws)
    needed = set(SHARED_EVAL) | ({"eval/kl_ref"} if stage in AFTER_SFT else set())
    if stage not in MODEL_STAGES or needed <= reported.keys():
        return {}
    from lab.stage_eval import evaluate_stage

    return evaluate_stage(ws, stage, seed)


def _score_earlier_stages(ws: Workspace, report: dict[str, Any], seed: int) -> None:
    """`eval/rm_reward` of the base and SFT models, which were measured before a reward model existed."""
    from lab.stage_eval import evaluate_stage

    for stage in ("pretrain", "sft"):
        metrics = report["stages"].get(stage, {}).get("metrics")
        if metrics is not None and "eval/rm_reward" not in metrics:
            score = evaluate_stage(ws, stage, seed).get("eval/rm_reward")
            if score is not None:
                metrics["eval/rm_reward"] = score


def _corpus_metrics(ws: Workspace) -> dict[str, float]:
    from lab.corpus import split_documents

    raw = (ws.corpus_dir / "raw.txt").read_text(encoding="utf-8")
    clean = ws.clean_text_path.read_text(encoding="utf-8")
    raw_docs, clean_docs = len(list(split_documents(raw))), len(list(split_documents(clean)))
    return {"corpus/documents_raw": float(raw_docs), "corpus/documents_clean": float(clean_docs),
            "corpus/chars_clean": float(len(clean)), "corpus/removed_share": 1 - clean_docs / max(1, raw_docs)}


def _tokenizer_metrics(ws: Workspace) -> dict[str, float]:
    from lab.tokenizer import BPETokenizer

    tok = BPETokenizer.load(ws.tokenizer_path)
    sample = ws.clean_text_path.read_text(encoding="utf-8")[:200_000]
    return {"tokenizer/vocab_size": float(tok.vocab_size),
            "tokenizer/chars_per_token": len(sample) / max(1, len(tok.encode(sample)))}
