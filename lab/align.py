"""What every alignment stage shares: its models, its data, its evaluation and its checkpoints.

PPO, GRPO, DPO, Best-of-N and offline RL all start from the SFT model, which also stays
frozen beside them as the reference the KL is measured to. `load_setup` gathers the
tokenizer, the two copies of the SFT model, the reward model (a clear error offering to
train one when it is missing), the rubric, the training prompts and the held-out probes.
`final_evaluation` asks the same probes every stage asks (`lab.evaluate`) and adds
`eval/kl_ref`, the KL per answer to the SFT model, so every method lands on one
reward-vs-KL chart. Experiences (prompt, answer, reward) gathered on the way are kept
in `experiences.jsonl` for offline RL.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from lab import posttrain_data, stages
from lab.checkpoint import read_json
from lab.config import SFTConfig
from lab.errors import LabError
from lab.evaluate import Judge, Probe, evaluate
from lab.i18n import QT_TRANSLATE_NOOP
from lab.model import GPT, model_meta, state_for_save
from lab.rollout import kl_to_reference
from lab.training import trim_history  # noqa: F401 - the jobs call it as align.trim_history
from lab.workspace import Workspace

SFT_STAGE = "sft"
EVAL_PROBES = SFTConfig().eval_probes  # the same questions, as many, as the SFT stage asks
EVAL_TOKENS = SFTConfig().max_new_tokens
KL_SAMPLES = 2  # sampled answers per probe for eval/kl_ref
EXPERIENCES = "experiences.jsonl"


@dataclass
class Setup:
    """Everything an alignment stage works with; tests build one from fakes."""

    tokenizer: Any
    policy: GPT  # the model being tuned, starting as the SFT model
    ref: GPT  # the SFT model, frozen
    judge: Judge  # the rubric, "the human"; never shown to the policy
    prompts: list[str]  # training prompts (known facts and facts the model cannot know; never a probe)
    probes: list[Probe]  # held-out evaluation questions
    reward_model: GPT | None = None
    pairs: list = field(default_factory=list)  # preference pairs (DPO, offline RL)


def no_reward_model(ws: Workspace) -> LabError:
    return stages.missing_model(ws, "reward")


def load_sft(ws: Workspace, device: str = "cpu") -> GPT:
    return stages.load_model(ws, SFT_STAGE, device, head=False)[0]


def load_setup(ws: Workspace, need_reward: bool = True, device: str = "cpu") -> Setup:
    """The tokenizer, SFT policy and reference, reward model, rubric, prompts and probes of `ws`."""
    from lab import reward_model
    from lab.data import load_tokenizer

    tokenizer = load_tokenizer(ws)
    policy, ref = load_sft(ws, device), load_sft(ws, device)
    rm = None
    if ws.has_checkpoint(reward_model.STAGE):
        rm, _ = reward_model.load(ws, device)
    elif need_reward:
        raise no_reward_model(ws)
    from lab.preferences import PreferenceStore

    pairs = PreferenceStore(ws).dataset(posttrain_data.rubric_pairs(ws))
    return Setup(tokenizer, policy, ref.eval().requires_grad_(False), posttrain_data.judge,
                 training_prompts(ws), posttrain_data.probes(ws)[:EVAL_PROBES], rm, pairs)


def training_prompts(ws: Workspace | None) -> list[str]:
    """The questions RL practises on (`corpus/rl_prompts.jsonl`), without repeats: never a probe."""
    return list(dict.fromkeys(p.strip() for p in posttrain_data.rl_prompts(ws)))


def check_prompts(prompts: Sequence[str]) -> None:
    if not [p for p in prompts if p.strip()]:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "The prompt set is empty, so there is nothing to answer. "
                                         "Generate the world's data on the Corpus page, or add SFT conversations."))


def freeze(model: GPT) -> GPT:
    return model.eval().requires_grad_(False)


# --- evaluation -------------------------------------------------------------------------

def final_evaluation(setup: Setup, model: GPT, seed: int = 0) -> dict[str, float]:
    """The shared probe evaluation (`eval/*`) plus `eval/kl_ref` (nats per answer, sampled)."""
    was_training = model.training
    result = evaluate(model, setup.tokenizer, setup.probes, setup.judge, setup.reward_model, EVAL_TOKENS, 0.0, seed)
    metrics = dict(result.metrics)
    metrics["eval/kl_ref"] = kl_to_reference(model, setup.ref, setup.tokenizer, [p.prompt for p in setup.probes],
                                             EVAL_TOKENS, KL_SAMPLES, seed)
    model.train(was_training)
    return metrics


# --- checkpoints and history --------------------------------------------------------------

def save_policy(ws: Workspace, stage: str, model: GPT, meta: dict[str, Any],
                extra: dict[str, bytes] | None = None) -> str:
    """Save a stage's policy; `extra` files (such as PPO's value model) commit with it as one unit."""
    return str(ws.save_checkpoint(stage, state_for_save(model), {**model_meta(model), **meta}, extra))


def load_policy_into(ws: Workspace, stage: str, model: GPT) -> dict[str, Any]:
    """Load a stage's saved policy weights into `model`; returns the checkpoint's metadata."""
    tensors, meta = ws.load_checkpoint(stage, str(model.device))
    model.load_state_dict(tensors)
    return meta


def checkpoint_meta(ws: Workspace, stage: str) -> dict[str, Any] | None:
    """A stage checkpoint's JSON facts (iteration, finished, last samples…) without loading its weights."""
    if not ws.has_checkpoint(stage):
        return None
    return read_json(ws.checkpoint_dir(stage) / "meta.json")


def resumable(ws: Workspace, stage: str) -> bool:
    """True when the stage has a checkpoint of a run that stopped before its end."""
    meta = checkpoint_meta(ws, stage)
    return meta is not None and not meta.get("finished", True)


# --- experiences for offline RL -----------------------------------------------------------

def append_experiences(ws: Workspace, stage: str, prompts: Sequence[str], answers: Sequence[str],
                       rewards: Sequence[float]) -> None:
    """Keep (prompt, answer, reward-model score) triples that a stage sampled, for offline RL."""
    with (ws.root / EXPERIENCES).open("a", encoding="utf-8") as f:
        for p, a, r in zip(prompts, answers, rewards, strict=True):
            f.write(json.dumps({"prompt": p, "response": a, "reward": float(r), "source": stage},
                               ensure_ascii=False) + "\n")


def read_experiences(ws: Workspace) -> list[dict]:
    path = ws.root / EXPERIENCES
    if not path.is_file():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            continue  # a line cut short by a crash: keep the rest
        if isinstance(row, dict) and isinstance(row.get("prompt"), str) and isinstance(row.get("response"), str):
            rows.append(row)
    return rows
