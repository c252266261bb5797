"""The saved pretrained model writes its sample prompts once more, for a workspace whose samples log is missing.

A job of its own (not in `lab.samples_log`) because it needs the pretraining job, which itself
writes to the log: keeping it here keeps the two modules free of an import cycle.
"""

from __future__ import annotations

from lab.data import load_tokenizer
from lab.events import Done, Job, Progress
from lab.i18n import QT_TRANSLATE_NOOP
from lab.jobs import pretrain
from lab.trainer_support import PROMPTS, write_sample
from lab.workspace import Workspace


def from_saved_model(ws: Workspace, stage: str = "pretrain") -> Job:
    """Samples written now by the saved pretrained model, for a workspace whose log is missing.

    A bundle made before the log existed has the finished model but none of its samples: the
    model writes the same prompts once, at its final step, and they are kept in the log.
    """
    yield Progress(0, len(PROMPTS), QT_TRANSLATE_NOOP("job", "Writing samples with the saved model"))
    model, meta = pretrain.load_model(ws)
    tokenizer = load_tokenizer(ws)
    for i, (tag, prompt) in enumerate(PROMPTS):
        yield write_sample(ws, stage, model, tokenizer, int(meta.get("step", 0)), int(meta.get("seed", 0)), tag, prompt)
        yield Progress(i + 1, len(PROMPTS), "")
    yield Done({})
