"""What the Model, Pretrain and Playground pages read from the workspace.

The Model page writes the chosen `ModelConfig` to `state.json` (key `model`) and the
Pretrain page its `PretrainConfig` (key `pretrain`); each page reads the other's
choice from there, so nothing global links the pages and the choice survives a restart.
A saved checkpoint keeps its own shape: `continued_model` says what continuing it trains.
"""

from __future__ import annotations

import json
from functools import lru_cache

from lab.config import ModelConfig, PretrainConfig, TokenizerConfig, from_dict, preset
from lab.errors import LabError
from lab.model import same_shape
from lab.workspace import Workspace

DEFAULT_PRESET = "classroom"


def model_config(ws: Workspace) -> ModelConfig:
    """The model the learner chose, else the classroom preset."""
    return _stored(ws, "model", ModelConfig)


def pretrain_config(ws: Workspace) -> PretrainConfig:
    return _stored(ws, "pretrain", PretrainConfig)


def saved_meta(ws: Workspace, stage: str = "pretrain") -> dict:
    """The metadata of a stage's checkpoint (step, finished, …) without loading its weights; {} if none."""
    path = ws.checkpoint_dir(stage) / "meta.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def saved_model_config(ws: Workspace, stage: str = "pretrain") -> ModelConfig | None:
    """The shape of a stage's saved model, from its checkpoint metadata; None if there is none."""
    data = saved_meta(ws, stage).get("model")
    if not isinstance(data, dict):
        return None
    try:
        return from_dict(ModelConfig, data)
    except (LabError, TypeError):
        return None


def continued_model(ws: Workspace) -> ModelConfig:
    """What "Continue" on the Pretrain page trains: the saved model, in the Model page's shape when they agree.

    A checkpoint holds weights of one shape, so continuing can only train that shape. When the
    Model page's choice has the same shape it is used (a new dropout applies); when it differs,
    the saved model's config is, and the Model page's choice waits for "Start over".
    """
    chosen, saved = model_config(ws), saved_model_config(ws)
    return chosen if saved is None or same_shape(saved, chosen) else saved


def batch_size(ws: Workspace) -> int:
    return pretrain_config(ws).batch_size


def _stored(ws: Workspace, key: str, cls: type):
    data = ws.read_state().get(key)
    if isinstance(data, dict):
        try:
            return from_dict(cls, data)
        except (LabError, TypeError):
            pass  # an edited or older state file: fall back to the preset
    return preset(cls, DEFAULT_PRESET)


def load_tokenizer(ws: Workspace):
    """The workspace's trained tokenizer, or None when there is none yet (cached until the file changes)."""
    path = ws.tokenizer_path
    if not path.exists():
        return None
    return _load_tokenizer(str(path), path.stat().st_mtime_ns)


@lru_cache(maxsize=4)
def _load_tokenizer(path: str, mtime_ns: int):
    from lab.tokenizer import BPETokenizer

    return BPETokenizer.load(path)


def vocab_size(ws: Workspace) -> int:
    """The trained tokenizer's vocabulary, else the size the tokenizer preset would give."""
    try:
        tokenizer = load_tokenizer(ws)
    except (LabError, ImportError, OSError):
        tokenizer = None
    if tokenizer is None:
        return preset(TokenizerConfig, DEFAULT_PRESET).vocab_size
    return tokenizer.vocab_size
