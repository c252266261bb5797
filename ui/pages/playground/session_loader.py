"""Loading the Playground's model and tokenizer from the workspace."""

from __future__ import annotations

from lab.errors import LabError
from lab.i18n import QT_TRANSLATE_NOOP
from lab.playground import Session
from lab.stages import missing_model
from lab.workspace import Workspace
from ui.pages.workspace_info import load_tokenizer

STAGE = "pretrain"


def checkpoint_stamp(ws: Workspace) -> int | None:
    """Changes whenever the pretrain checkpoint is rewritten (its metadata is written last)."""
    meta = ws.checkpoint_dir(STAGE) / "meta.json"
    return meta.stat().st_mtime_ns if meta.exists() else None


def load_session(ws: Workspace) -> tuple[Session, dict]:
    """A Session over the pretrained model and the workspace's tokenizer; LabError saying what is missing."""
    from lab.jobs.pretrain import load_model

    if not ws.has_checkpoint(STAGE):
        raise missing_model(ws, STAGE)
    tokenizer = load_tokenizer(ws)
    if tokenizer is None:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "This workspace has no tokenizer yet. Train the tokenizer first."))
    model, meta = load_model(ws)
    if model.vocab_size != tokenizer.vocab_size:  # the tokenizer was trained again after pretraining
        raise LabError(QT_TRANSLATE_NOOP("LabError", "The tokenizer ({tok} tokens) is not the one the pretrained "
                                         "model learnt with ({model} tokens). Pretrain again with this tokenizer."),
                       tok=tokenizer.vocab_size, model=model.vocab_size)
    return Session(model, tokenizer), meta
