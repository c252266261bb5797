"""Where post-training finds its data: SFT conversations, preference pairs, probes, the rubric.

The world writes its chat sets beside the corpus (`corpus/sft.jsonl`,
`corpus/preferences.jsonl`, `corpus/probes.jsonl`); when a workspace has none yet (its
corpus came from the learner's own files), they are made here from the world with the
default seed: they do not depend on the corpus. The rubric (`lab.world.true_reward`)
becomes the `Judge` that evaluation uses.
"""

from __future__ import annotations

import random
from pathlib import Path

from lab.chat import read_conversations
from lab.config import WorldConfig
from lab.evaluate import Judgement, Probe
from lab.preferences import Pair, read_pairs
from lab.workspace import Workspace

WORLD_SEED = WorldConfig().seed


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
    """The world's preference pairs, labelled by the rubric."""
    path = _file(ws, "preferences.jsonl")
    if path is not None:
        items = read_pairs(path.read_text(encoding="utf-8"), source="rubric").items
        if items:
            return items
    from lab.world import chat

    rows = chat.preference_pairs(random.Random(f"{_seed(ws)}/preferences"))
    return [Pair(r["prompt"], r["chosen"], r["rejected"], "rubric", r.get("rejected_kind", "")) for r in rows]


def probes(ws: Workspace | None = None) -> list[Probe]:
    """The held-out probe questions every stage is evaluated on."""
    import json

    path = _file(ws, "probes.jsonl")
    rows = []
    if path is not None:
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError:
                continue
    if not rows:
        from lab.world import chat

        rows = chat.probes(random.Random(f"{_seed(ws)}/probes"))
    return [Probe(r["prompt"], r.get("lang", ""), (r.get("answer", ""),), bool(r.get("held_out", False)))
            for r in rows if isinstance(r, dict) and isinstance(r.get("prompt"), str)]


def judge(prompt: str, response: str) -> Judgement:
    """The world's rubric as an evaluation verdict."""
    from lab.world import true_reward

    s = true_reward(prompt, response)
    breakdown = {"correctness": s.correctness, "politeness": s.politeness, "language": s.language,
                 "concision": s.concision}
    return Judgement(correct=s.correctness >= 1.0, rude=s.politeness < 0, language_ok=s.language > 0,
                     total=s.total, breakdown=breakdown)


def rubric_total(prompt: str, response: str) -> float:
    from lab.world import true_reward

    return true_reward(prompt, response).total
