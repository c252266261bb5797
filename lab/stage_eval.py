"""One measurement for every model stage: the shared probe evaluation.

The base model, the SFT model and every aligned policy answer the same held-out
probes in the chat template, greedily; the rubric and (when trained) the reward model
judge the answers; after SFT, `eval/kl_ref` says how far the policy moved from the SFT
model. The pipeline uses it for stages whose job did not already report these numbers.
"""

from __future__ import annotations

from lab import align, posttrain_data
from lab.compare import load_stage
from lab.evaluate import evaluate
from lab.rollout import kl_to_reference
from lab.workspace import Workspace

SAMPLE_PROMPTS = 4


def evaluate_stage(ws: Workspace, stage: str, seed: int = 0) -> dict[str, float]:
    """`eval/*` for the model saved under `stage` (and `eval/kl_ref` after SFT)."""
    from lab.data import load_tokenizer

    model = load_stage(ws, stage)
    if model is None:
        return {}
    tokenizer = load_tokenizer(ws)
    probes = posttrain_data.probes(ws)[:align.EVAL_PROBES]
    rm = load_stage(ws, "reward")
    result = evaluate(model, tokenizer, probes, posttrain_data.judge, rm, align.EVAL_TOKENS, 0.0, seed)
    metrics = dict(result.metrics)
    ref = load_stage(ws, "sft")
    if stage not in ("pretrain", "sft") and ref is not None:
        metrics["eval/kl_ref"] = kl_to_reference(model, ref, tokenizer, [p.prompt for p in probes],
                                                 align.EVAL_TOKENS, align.KL_SAMPLES, seed)
    return metrics


def sample_answers(ws: Workspace, stage: str, prompts: list[str]) -> list[str] | None:
    """Greedy answers of `stage` to `prompts` (the base model continues them as text)."""
    from lab.compare import answer_one
    from lab.data import load_tokenizer

    model = load_stage(ws, stage)
    if model is None:
        return None
    tokenizer = load_tokenizer(ws)
    return [answer_one(model, tokenizer, p, as_chat=stage != "pretrain")[0] for p in prompts]


def sample_prompts(ws: Workspace) -> list[str]:
    return [p.prompt for p in posttrain_data.probes(ws)[:SAMPLE_PROMPTS]]
