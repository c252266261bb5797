"""Where post-training finds its data: SFT conversations, preference pairs, RL prompts, probes, the rubric.

The world writes its chat sets beside the corpus, in the JSONL forms TRL reads:
`corpus/sft.jsonl` (`messages`), `corpus/preferences.jsonl` (`prompt`, `chosen`,
`rejected`), `corpus/rl_prompts.jsonl` (`prompt`, for PPO and GRPO) and the
evaluation's `corpus/probes.jsonl` (`prompt`, `held_out`, `kind`). After SFT,
`corpus/preferences_sampled.jsonl` adds pairs on the SFT model's own answers to the RL
prompts (`lab.sampled_pairs`), read with the world's while that SFT model stands. No probe's prompt is
in any training file (`lab.world.chat` says which facts each set mentions). When a workspace has none yet (its
corpus came from the learner's own files), they are made here from the world with the
default seed: they do not depend on the corpus. The rubric (`lab.world.true_reward`)
becomes the `Judge` that evaluation uses.
"""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

from lab.chat import read_conversations
from lab.config import WorldConfig
from lab.evaluate import Judgement, Probe
from lab.preferences import Pair, read_pairs
from lab.workspace import Workspace

WORLD_SEED = WorldConfig().seed
SAMPLED_PAIRS = "preferences_sampled.jsonl"  # written by `lab.sampled_pairs`
PAIR_KEYS = ("prompt", "chosen", "rejected")


def _seed(ws: Workspace | None) -> int:
    stored = ws.read_state().get("world", {}) if ws is not None else {}
    return int(stored.get("seed", WORLD_SEED)) if isinstance(stored, dict) else WORLD_SEED


def _file(ws: Workspace | None, name: str) -> Path | None:
    if ws is None:
        return None
    path = ws.corpus_dir / name
    return path if path.is_file() else None


def sft_conversations(ws: Workspace | None = None) -> list[list[dict]]:
    """The world's SFT conversations, each a list of messages."""
    path = _file(ws, "sft.jsonl")
    if path is not None:
        items = read_conversations(path.read_text(encoding="utf-8")).items
        if items:
            return items
    from lab.world import chat

    rows = chat.sft_conversations(random.Random(f"{_seed(ws)}/sft"))
    return [r["messages"] for r in rows]


def rubric_pairs(ws: Workspace | None = None) -> list[Pair]:
    """The world's preference pairs, labelled by the rubric, and those on the SFT model's own answers."""
    return [*world_pairs(ws), *sampled_pairs(ws)]


def world_pairs(ws: Workspace | None = None) -> list[Pair]:
    """The world's preference pairs (`corpus/preferences.jsonl`), labelled by the rubric."""
    path = _file(ws, "preferences.jsonl")
    if path is not None:
        items = read_pairs(path.read_text(encoding="utf-8"), source="rubric").items
        if items:
            return items
    from lab.world import chat

    rows = chat.preference_pairs(random.Random(f"{_seed(ws)}/preferences"))
    return [Pair(r["prompt"], r["chosen"], r["rejected"], "rubric", r.get("rejected_kind", ""), r.get("fact_id", ""))
            for r in rows]


def sft_model_id(ws: Workspace) -> str:
    """A short fingerprint of the workspace's SFT model ("" without one): its saved metadata changes with it."""
    meta = ws.checkpoint_dir("sft") / "meta.json"
    return hashlib.sha256(meta.read_bytes()).hexdigest()[:16] if meta.is_file() else ""


def sampled_pairs_model(ws: Workspace) -> str:
    """The SFT model `corpus/preferences_sampled.jsonl` was sampled from ("" without the file)."""
    rows = _jsonl(_file(ws, SAMPLED_PAIRS))
    return str(rows[0].get("model", "")) if rows else ""


def sampled_pairs(ws: Workspace | None) -> list[Pair]:
    """The pairs on the current SFT model's own answers (`lab.sampled_pairs`); [] when none or older."""
    rows = _jsonl(_file(ws, SAMPLED_PAIRS))
    if not rows or rows[0].get("model") != sft_model_id(ws):  # every row names the model; "" never matches a row
        return []
    rows = [r for r in rows if all(isinstance(r.get(k), str) for k in PAIR_KEYS)]
    return [Pair(r["prompt"], r["chosen"], r["rejected"], "rubric", "sampled", str(r.get("fact_id", ""))) for r in rows]


def rl_prompts(ws: Workspace | None = None) -> list[str]:
    """The questions PPO and GRPO practise on (known facts and facts the model cannot know)."""
    rows = _jsonl(_file(ws, "rl_prompts.jsonl"))
    if not rows:
        from lab.world import chat

        rows = chat.rl_prompts(random.Random(f"{_seed(ws)}/rl_prompts"))
    return [r["prompt"] for r in rows if isinstance(r.get("prompt"), str) and r["prompt"].strip()]


def _jsonl(path: Path | None) -> list[dict]:
    """The JSON objects of a JSONL file (a line cut short is skipped); [] without a file."""
    import json

    rows = []
    for line in (path.read_text(encoding="utf-8").splitlines() if path is not None else []):
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(row, dict):
            rows.append(row)
    return rows


def probes(ws: Workspace | None = None) -> list[Probe]:
    """The evaluation questions every stage is measured on, each with `.held_out` and `.kind`."""
    rows = _jsonl(_file(ws, "probes.jsonl"))
    if not rows:
        from lab.world import chat

        rows = chat.probes(random.Random(f"{_seed(ws)}/probes"))
    return [Probe(r["prompt"], r.get("lang", ""), (r.get("answer", ""),), bool(r.get("held_out", False)),
                  _probe_kind(r)) for r in rows if isinstance(r.get("prompt"), str)]


def _probe_kind(row: dict) -> str:
    kind = row.get("kind")
    return kind if kind in ("known", "unknown") else ("unknown" if row.get("held_out") else "known")


def judge(prompt: str, response: str) -> Judgement:
    """The world's rubric as an evaluation verdict."""
    from lab.world import true_reward
    from lab.world.rubric import ABSTAIN_SCORE, is_abstention

    s = true_reward(prompt, response)
    breakdown = {"correctness": s.correctness, "politeness": s.politeness, "language": s.language,
                 "concision": s.concision}
    return Judgement(correct=s.correctness >= 1.0, rude=s.politeness < 0, language_ok=s.language > 0,
                     total=s.total, breakdown=breakdown, wrong=s.correctness <= -1.0,
                     abstained=s.correctness == ABSTAIN_SCORE and bool(s.fact_id) and is_abstention(response))


def rubric_total(prompt: str, response: str) -> float:
    from lab.world import true_reward

    return true_reward(prompt, response).total
