"""The saved pretrained model writes its sample prompts once more, for a workspace whose samples log is missing.

A job of its own (not in `lab.samples_log`) because it needs the pretraining job, which itself
writes to the log: keeping it here keeps the two modules free of an import cycle.
"""

from __future__ import annotations

from lab import samples_log, sampling
from lab.events import Done, Job, Progress, Sample
from lab.i18n import QT_TRANSLATE_NOOP
from lab.jobs import pretrain
from lab.workspace import Workspace


def from_saved_model(ws: Workspace, stage: str = "pretrain") -> Job:
    """Samples written now by the saved pretrained model, for a workspace whose log is missing.

    A bundle made before the log existed has the finished model but none of its samples: the
    model writes the same prompts once, at its final step, and they are kept in the log.
    """
    yield Progress(0, len(pretrain.PROMPTS), QT_TRANSLATE_NOOP("job", "Writing samples with the saved model"))
    model, meta = pretrain.load_model(ws)
    tokenizer = pretrain.load_tokenizer(ws)
    for i, (tag, prompt) in enumerate(pretrain.PROMPTS):
        text = sampling.generate(model, tokenizer, prompt, pretrain.SAMPLE_TOKENS, pretrain.SAMPLE_TEMPERATURE,
                                 seed=int(meta.get("seed", 0)))
        sample = Sample(int(meta.get("step", 0)), prompt, text, tag)
        samples_log.append(ws, stage, sample)
        yield sample
        yield Progress(i + 1, len(pretrain.PROMPTS), "")
    yield Done({})
