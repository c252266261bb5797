"""Typed settings for every stage, with the help text and bounds the UI needs.

Each field is declared with `param(default, label, help, min, max)`: forms, tooltips
and CLI validation come from this metadata, so no page hand-writes a form. Named
presets (`tiny` for tests, `classroom` for a lesson hour, `full` for a patient
laptop) are partial overrides of the defaults, per config class.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field, fields, replace
from typing import Any, TypeVar

from lab.errors import LabError
from lab.i18n import QT_TRANSLATE_NOOP

PRESET_NAMES = ("tiny", "classroom", "full")
C = TypeVar("C")


def param(default: Any, label: str, help: str, min: float | None = None, max: float | None = None) -> Any:
    """A config field whose metadata drives forms and validation."""
    return field(default=default, metadata={"label": label, "help": help, "min": min, "max": max})


def meta(cls_or_obj: Any, name: str) -> dict:
    """The metadata (`label`, `help`, `min`, `max`) of one field."""
    return dict(next(f for f in fields(cls_or_obj) if f.name == name).metadata)


def validate(cfg: C) -> C:
    """Check every field against its bounds; raise a LabError naming the field."""
    for f in fields(cfg):
        value, lo, hi = getattr(cfg, f.name), f.metadata.get("min"), f.metadata.get("max")
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            continue
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            raise LabError(
                QT_TRANSLATE_NOOP("LabError", "{name} must be between {lo} and {hi}, not {value}."),
                name=f.metadata.get("label", f.name), lo=lo, hi=hi, value=value,
            )
    return cfg


def preset(cls: type[C], name: str, **overrides: Any) -> C:
    """The config `cls` under preset `name`, with optional field overrides."""
    if name not in PRESET_NAMES:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "Unknown preset {name}. Choose one of: {names}."),
                       name=name, names=", ".join(PRESET_NAMES))
    values = {**getattr(cls, "PRESETS", {}).get(name, {}), **overrides}
    return validate(cls(**values))


def to_dict(cfg: Any) -> dict:
    return dataclasses.asdict(cfg)


def from_dict(cls: type[C], data: dict) -> C:
    """Build `cls` from a dict, ignoring keys it does not know (older workspaces)."""
    known = {f.name for f in fields(cls)}
    return validate(cls(**{k: v for k, v in data.items() if k in known}))


def with_values(cfg: C, **values: Any) -> C:
    return validate(replace(cfg, **values))


@dataclass(frozen=True)
class RunConfig:
    """Settings shared by every job: the seed and how many CPU threads torch uses."""

    seed: int = param(1234, QT_TRANSLATE_NOOP("config", "Seed"),
                      QT_TRANSLATE_NOOP("config", "Same seed, same result: change it to see another run."), 0, 2**31 - 1)
    threads: int = param(0, QT_TRANSLATE_NOOP("config", "CPU threads"),
                         QT_TRANSLATE_NOOP("config", "How many CPU cores torch may use (0 = all)."), 0, 256)

    PRESETS = {"tiny": {}, "classroom": {}, "full": {}}


@dataclass(frozen=True)
class WorldConfig:
    """The synthetic bilingual world: how big its web corpus is and how flawed."""

    seed: int = param(7, QT_TRANSLATE_NOOP("config", "World seed"),
                      QT_TRANSLATE_NOOP("config", "Same seed, same world, byte for byte."), 0, 2**31 - 1)
    size_mb: float = param(2.0, QT_TRANSLATE_NOOP("config", "Corpus size (MB)"),
                           QT_TRANSLATE_NOOP("config", "How much web-like text to generate."), 0.01, 200.0)
    junk_rate: float = param(0.08, QT_TRANSLATE_NOOP("config", "Markup junk"),
                             QT_TRANSLATE_NOOP("config", "Share of documents with HTML and boilerplate left in."), 0.0, 1.0)
    duplicate_rate: float = param(0.10, QT_TRANSLATE_NOOP("config", "Duplicates"),
                                  QT_TRANSLATE_NOOP("config", "Share of documents that repeat another one, exactly or nearly."), 0.0, 1.0)
    rude_rate: float = param(0.05, QT_TRANSLATE_NOOP("config", "Rude replies"),
                             QT_TRANSLATE_NOOP("config", "Share of forum replies that are rude."), 0.0, 1.0)
    wrong_rate: float = param(0.03, QT_TRANSLATE_NOOP("config", "Wrong facts"),
                              QT_TRANSLATE_NOOP("config", "Share of stated facts that are false."), 0.0, 1.0)

    PRESETS = {"tiny": {"size_mb": 0.05}, "classroom": {"size_mb": 2.0}, "full": {"size_mb": 10.0}}


@dataclass(frozen=True)
class TokenizerConfig:
    """Byte-level BPE trained on the current corpus."""

    vocab_size: int = param(2048, QT_TRANSLATE_NOOP("config", "Vocabulary size"),
                            QT_TRANSLATE_NOOP("config", "How many tokens the tokenizer may know: 256 bytes plus learned merges."), 260, 65536)
    min_frequency: int = param(2, QT_TRANSLATE_NOOP("config", "Minimum frequency"),
                               QT_TRANSLATE_NOOP("config", "A pair must appear this often to become a merge."), 1, 1000)

    PRESETS = {"tiny": {"vocab_size": 512}, "classroom": {"vocab_size": 2048}, "full": {"vocab_size": 8192}}


@dataclass(frozen=True)
class ModelConfig:
    """The shape of the GPT (GPT-2 recipe)."""

    n_layer: int = param(4, QT_TRANSLATE_NOOP("config", "Layers"),
                         QT_TRANSLATE_NOOP("config", "How many transformer blocks are stacked."), 1, 48)
    n_head: int = param(4, QT_TRANSLATE_NOOP("config", "Attention heads"),
                        QT_TRANSLATE_NOOP("config", "Heads per attention layer; the width must divide by it."), 1, 64)
    n_embd: int = param(128, QT_TRANSLATE_NOOP("config", "Width"),
                        QT_TRANSLATE_NOOP("config", "Size of each token's embedding vector."), 8, 4096)
    block_size: int = param(128, QT_TRANSLATE_NOOP("config", "Context"),
                            QT_TRANSLATE_NOOP("config", "How many tokens the model can look back at."), 8, 4096)
    dropout: float = param(0.0, QT_TRANSLATE_NOOP("config", "Dropout"),
                           QT_TRANSLATE_NOOP("config", "Share of activations zeroed while training, against overfitting."), 0.0, 0.9)

    PRESETS = {
        "tiny": {"n_layer": 2, "n_head": 2, "n_embd": 64, "block_size": 64},
        "classroom": {"n_layer": 4, "n_head": 4, "n_embd": 128, "block_size": 128},
        "full": {"n_layer": 6, "n_head": 6, "n_embd": 384, "block_size": 256},
    }


@dataclass(frozen=True)
class PretrainConfig:
    """How the base model is trained on the corpus."""

    max_steps: int = param(2000, QT_TRANSLATE_NOOP("config", "Steps"),
                           QT_TRANSLATE_NOOP("config", "How many optimizer updates to make."), 1, 1_000_000)
    batch_size: int = param(16, QT_TRANSLATE_NOOP("config", "Batch size"),
                            QT_TRANSLATE_NOOP("config", "Sequences per update."), 1, 1024)
    lr: float = param(3e-3, QT_TRANSLATE_NOOP("config", "Learning rate"),
                      QT_TRANSLATE_NOOP("config", "Peak step size; too high and the loss explodes."), 1e-6, 10.0)
    warmup_steps: int = param(100, QT_TRANSLATE_NOOP("config", "Warmup steps"),
                              QT_TRANSLATE_NOOP("config", "Steps over which the learning rate rises from zero."), 0, 100_000)
    weight_decay: float = param(0.1, QT_TRANSLATE_NOOP("config", "Weight decay"),
                                QT_TRANSLATE_NOOP("config", "Pulls weights towards zero a little every step."), 0.0, 1.0)
    eval_every: int = param(100, QT_TRANSLATE_NOOP("config", "Evaluate every"),
                            QT_TRANSLATE_NOOP("config", "Steps between validation loss and text samples."), 1, 100_000)
    checkpoint_every: int = param(500, QT_TRANSLATE_NOOP("config", "Save every"),
                                  QT_TRANSLATE_NOOP("config", "Steps between checkpoints."), 1, 1_000_000)

    PRESETS = {
        "tiny": {"max_steps": 200, "batch_size": 8, "eval_every": 50, "warmup_steps": 20},
        "classroom": {"max_steps": 1500},
        "full": {"max_steps": 20000, "lr": 1e-3},
    }
