"""The stage registry: one row per stage of the course, read by everything that lists stages.

The pipeline, the report, the export, scenarios, Compare, the command line, Home and the
alignment pages all take a stage's order, name, config, job, model kind, curves, command and
colour from `STAGES` here, so adding a method (KTO, IPO…) means one row, one job and one page.
`load_model` loads any stage's saved model and owns the one "train it first" message.

The engine's record of finished stages, `<workspace>/report.json`, is read here too
(`read_report`): the pipeline writes it, and the report and the stage status read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lab import config as cf
from lab.checkpoint import read_json
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
_TRAIN_LOSS = (_LOSS[0], ("loss/train",))  # stages with no validation split
_PAIRS = (QT_TRANSLATE_NOOP("report", "Pairs ranked like the human"), ("eval/pair_accuracy",))
_IMPLICIT = (QT_TRANSLATE_NOOP("report", "Implicit rewards"), ("rewards/chosen", "rewards/rejected"))


@dataclass(frozen=True)
class Stage:
    """What the rest of the lab needs to know about one stage."""

    name: str  # the key everywhere: checkpoints/<name>, metrics/<name>.jsonl, report.json
    label: str  # the name the learner reads (context "stage")
    config: type | None  # its settings dataclass in lab.config (None: the corpus, made from WorldConfig)
    job: str  # its module under lab.jobs
    starts_from: str | None  # the stage whose model it starts from
    kind: str | None  # LANGUAGE_MODEL, SCALAR_HEAD, or None when it saves no model
    curves: tuple[tuple[str, tuple[str, ...]], ...]  # the report's charts: (title, metrics drawn)
    command: str  # its `llm-lab` command
    page: str  # the app page that trains it
    missing: str  # how the learner names its model in "There is no … yet" (context "config")
    headline: str  # the one metric Home's card and the report's table show for it

    @property
    def colour(self) -> str:
        return LIGHT[self.name]

    @property
    def high_contrast_colour(self) -> str:
        return HIGH_CONTRAST[self.name]


STAGES: tuple[Stage, ...] = (
    Stage(name="corpus", label=QT_TRANSLATE_NOOP("stage", "Corpus"), config=None, job="clean", starts_from=None,
          kind=None, curves=(), command="corpus", page="corpus",
          missing=QT_TRANSLATE_NOOP("config", "cleaned corpus"), headline="corpus/documents_clean"),
    Stage(name="tokenizer", label=QT_TRANSLATE_NOOP("stage", "Tokenizer"), config=cf.TokenizerConfig, job="tokenize",
          starts_from="corpus", kind=None, curves=(), command="tokenizer", page="tokenizer",
          missing=QT_TRANSLATE_NOOP("config", "tokenizer"), headline="tokenizer/chars_per_token"),
    Stage(name="pretrain", label=QT_TRANSLATE_NOOP("stage", "Pretraining"), config=cf.PretrainConfig, job="pretrain",
          starts_from="tokenizer", kind=LANGUAGE_MODEL, curves=(_LOSS,), command="pretrain", page="pretrain",
          missing=QT_TRANSLATE_NOOP("config", "pretrained model"), headline="loss/val"),
    Stage(name="sft", label=QT_TRANSLATE_NOOP("stage", "SFT"), config=cf.SFTConfig, job="sft", starts_from="pretrain",
          kind=LANGUAGE_MODEL, curves=(_LOSS,), command="sft", page="sft",
          missing=QT_TRANSLATE_NOOP("config", "SFT model"), headline="eval/accuracy"),
    Stage(name="reward", label=QT_TRANSLATE_NOOP("stage", "Reward model"), config=cf.RewardConfig, job="reward",
          starts_from="sft", kind=SCALAR_HEAD, curves=(_TRAIN_LOSS, _PAIRS), command="reward", page="reward",
          missing=QT_TRANSLATE_NOOP("config", "reward model"), headline="eval/pair_accuracy"),
    Stage(name="ppo", label=QT_TRANSLATE_NOOP("stage", "RLHF (PPO)"), config=cf.PPOConfig, job="ppo",
          starts_from="sft", kind=LANGUAGE_MODEL, curves=(_REWARD, _KL), command="ppo", page="rlhf",
          missing=QT_TRANSLATE_NOOP("config", "PPO model"), headline="eval/accuracy"),
    Stage(name="dpo", label=QT_TRANSLATE_NOOP("stage", "DPO"), config=cf.DPOConfig, job="dpo", starts_from="sft",
          kind=LANGUAGE_MODEL, curves=(_IMPLICIT,), command="dpo", page="dpo",
          missing=QT_TRANSLATE_NOOP("config", "DPO model"), headline="eval/accuracy"),
    Stage(name="grpo", label=QT_TRANSLATE_NOOP("stage", "GRPO"), config=cf.GRPOConfig, job="grpo", starts_from="sft",
          kind=LANGUAGE_MODEL, curves=(_REWARD, _KL), command="grpo", page="rlhf",
          missing=QT_TRANSLATE_NOOP("config", "GRPO model"), headline="eval/accuracy"),
    Stage(name="bon", label=QT_TRANSLATE_NOOP("stage", "Best-of-N"), config=cf.BestOfNConfig, job="best_of_n",
          starts_from="sft", kind=None, curves=(), command="bon", page="bon", missing="", headline="eval/accuracy"),
    Stage(name="offline_rl", label=QT_TRANSLATE_NOOP("stage", "Offline RL"), config=cf.OfflineRLConfig,
          job="offline_rl", starts_from="sft", kind=LANGUAGE_MODEL, curves=(_TRAIN_LOSS,), command="offline-rl",
          page="compare", missing=QT_TRANSLATE_NOOP("config", "offline RL model"), headline="eval/accuracy"),
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
    report = read_json(report_path(ws))
    if not isinstance(report, dict):
        return {"stages": {}}
    report.setdefault("stages", {})
    return report
