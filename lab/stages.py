"""The stage registry: one row per stage of the course, read by everything that lists stages.

The pipeline, the report, the export, scenarios, Compare, the command line, Home and the
alignment pages all take a stage's order, name, config, job, model kind, curves, command and
colour from `STAGES` here, so adding a method (KTO, IPO…) means one row, one job and one page.
`load_model` loads any stage's saved model and owns the one "train it first" message.

The engine's record of finished stages, `<workspace>/report.json`, is read here too
(`read_report`): the pipeline writes it, and the report and the stage status read it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lab import config as cf
from lab.errors import InContext, LabError
from lab.i18n import QT_TRANSLATE_NOOP
from lab.stage_colours import HIGH_CONTRAST, LIGHT
from lab.workspace import Workspace

if TYPE_CHECKING:
    from lab.model import GPT

LANGUAGE_MODEL = "lm"  # a GPT with its language-model head: it writes text
SCALAR_HEAD = "scalar"  # a GPT with one number out (the reward model)

_LOSS = (QT_TRANSLATE_NOOP("report", "Loss"), ("loss/train", "loss/val"))
_REWARD = (QT_TRANSLATE_NOOP("report", "Reward while training"), ("reward/rm", "reward/true"))
_KL = (QT_TRANSLATE_NOOP("report", "KL to the SFT model"), ("kl/ref",))


@dataclass(frozen=True)
class Stage:
    """What the rest of the lab needs to know about one stage."""

    name: str  # the key everywhere: checkpoints/<name>, metrics/<name>.jsonl, report.json
    label: str  # the name the learner reads (context "stage")
    config: type | None  # its settings dataclass in lab.config (None: corpus, tokenizer have their own path)
    job: str  # its module under lab.jobs
    starts_from: str | None  # the stage whose model it starts from
    kind: str | None  # LANGUAGE_MODEL, SCALAR_HEAD, or None when it saves no model
    curves: tuple[tuple[str, tuple[str, ...]], ...]  # the report's charts: (title, metrics drawn)
    command: str  # its `llm-lab` command
    page: str  # the app page that trains it
    missing: str  # how the learner names its model in "There is no … yet" (context "config")

    @property
    def colour(self) -> str:
        return LIGHT[self.name]

    @property
    def high_contrast_colour(self) -> str:
        return HIGH_CONTRAST[self.name]


STAGES: tuple[Stage, ...] = (
    Stage("corpus", QT_TRANSLATE_NOOP("stage", "Corpus"), None, "clean", None, None, (), "corpus", "corpus",
          QT_TRANSLATE_NOOP("config", "cleaned corpus")),
    Stage("tokenizer", QT_TRANSLATE_NOOP("stage", "Tokenizer"), cf.TokenizerConfig, "tokenize", "corpus", None, (),
          "tokenizer", "tokenizer", QT_TRANSLATE_NOOP("config", "tokenizer")),
    Stage("pretrain", QT_TRANSLATE_NOOP("stage", "Pretraining"), cf.PretrainConfig, "pretrain", "tokenizer",
          LANGUAGE_MODEL, (_LOSS,), "pretrain", "pretrain", QT_TRANSLATE_NOOP("config", "pretrained model")),
    Stage("sft", QT_TRANSLATE_NOOP("stage", "SFT"), cf.SFTConfig, "sft", "pretrain", LANGUAGE_MODEL, (_LOSS,),
          "sft", "sft", QT_TRANSLATE_NOOP("config", "SFT model")),
    Stage("reward", QT_TRANSLATE_NOOP("stage", "Reward model"), cf.RewardConfig, "reward", "sft", SCALAR_HEAD,
          ((_LOSS[0], ("loss/train",)),
           (QT_TRANSLATE_NOOP("report", "Pairs ranked like the human"), ("eval/pair_accuracy",))),
          "reward", "reward", QT_TRANSLATE_NOOP("config", "reward model")),
    Stage("ppo", QT_TRANSLATE_NOOP("stage", "RLHF (PPO)"), cf.PPOConfig, "ppo", "sft", LANGUAGE_MODEL,
          (_REWARD, _KL), "ppo", "rlhf", QT_TRANSLATE_NOOP("config", "PPO model")),
    Stage("dpo", QT_TRANSLATE_NOOP("stage", "DPO"), cf.DPOConfig, "dpo", "sft", LANGUAGE_MODEL,
          ((QT_TRANSLATE_NOOP("report", "Implicit rewards"), ("rewards/chosen", "rewards/rejected")),),
          "dpo", "dpo", QT_TRANSLATE_NOOP("config", "DPO model")),
    Stage("grpo", QT_TRANSLATE_NOOP("stage", "GRPO"), cf.GRPOConfig, "grpo", "sft", LANGUAGE_MODEL, (_REWARD, _KL),
          "grpo", "rlhf", QT_TRANSLATE_NOOP("config", "GRPO model")),
    Stage("bon", QT_TRANSLATE_NOOP("stage", "Best-of-N"), cf.BestOfNConfig, "best_of_n", "sft", None, (), "bon",
          "bon", ""),
    Stage("offline_rl", QT_TRANSLATE_NOOP("stage", "Offline RL"), cf.OfflineRLConfig, "offline_rl", "sft",
          LANGUAGE_MODEL, ((_LOSS[0], ("loss/train",)),), "offline-rl", "compare",
          QT_TRANSLATE_NOOP("config", "offline RL model")),
)
BY_NAME: dict[str, Stage] = {s.name: s for s in STAGES}
NAMES: tuple[str, ...] = tuple(s.name for s in STAGES)
LABELS: dict[str, str] = {s.name: s.label for s in STAGES}
# the stages that save a model, and those that write text (the report's and Compare's model stages)
CHECKPOINTED: tuple[str, ...] = tuple(s.name for s in STAGES if s.kind is not None)
MODEL_STAGES: tuple[str, ...] = tuple(s.name for s in STAGES if s.kind == LANGUAGE_MODEL)
AFTER_SFT: tuple[str, ...] = tuple(s.name for s in STAGES if s.starts_from == "sft" and s.kind != SCALAR_HEAD)


def stage(name: str) -> Stage:
    return BY_NAME[name]


def missing_model(ws: Workspace, name: str) -> LabError:
    """The one "train it first" message, for any stage whose model is not in `ws`."""
    row = BY_NAME[name]
    return LabError(QT_TRANSLATE_NOOP("LabError", "There is no {model} yet in this workspace. Train it first on "
                                      "the {page} page, or with `llm-lab {command} --workspace {path}`."),
                    model=row.missing, page=InContext("stage", row.label), command=row.command, path=str(ws.root))


def load_model(ws: Workspace, name: str, device: str = "cpu", head: bool | None = None) -> tuple[GPT, dict[str, Any]]:
    """Stage `name`'s saved model (train mode, as saved) and its metadata; `missing_model` when there is none.

    `head` overrides the row's model kind: the reward model starts from the SFT weights with a new scalar head.
    """
    from lab.model import from_checkpoint  # torch loads only when a model does

    if not ws.has_checkpoint(name):
        raise missing_model(ws, name)
    tensors, meta = ws.load_checkpoint(name, device)
    scalar = BY_NAME[name].kind == SCALAR_HEAD if head is None else head
    return from_checkpoint(tensors, meta, device, scalar_head=scalar), meta


def report_path(ws: Workspace) -> Path:
    return ws.root / "report.json"


def read_report(ws: Workspace) -> dict[str, Any]:
    """`report.json` as the pipeline wrote it; an empty record when it is missing or unreadable."""
    path = report_path(ws)
    if not path.is_file():
        return {"stages": {}}
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return {"stages": {}}
    report.setdefault("stages", {})
    return report
