"""Does the classroom preset write readable words within 2 minutes of pretraining? (issue #4)

The classroom world is prepared (corpus, cleaning, tokenizer; not timed), then the
classroom model trains with the classroom settings until 120 s of wall time have
passed, counted from the job's start, so reading and tokenizing the corpus are inside
the budget. The job's own text samples (its fixed prompts, every `eval_every` steps) are
scored by their *known-word rate*: the share of the words they contain (as the rubric
reads words: `lab.corpus.language.tokens`) that also occur in the training corpus.
Random tokens score near 0; text made of real words scores near 1. The figures are the
rate of the job's first samples (step 0, the untrained model) and of the last samples
before the 2 minutes ran out, and that last text itself.
"""

from __future__ import annotations

import shutil
import tempfile
import time

from lab.corpus.language import tokens

BUDGET_S = 120.0


def known_word_rate(samples: list[str], vocabulary: set[str]) -> float:
    found = [w for text in samples for w in tokens(text)]
    return sum(w in vocabulary for w in found) / len(found) if found else 0.0


def run(budget_s: float = BUDGET_S) -> dict:
    from lab.cli import drive
    from lab.config import ModelConfig, PretrainConfig, RunConfig, preset
    from lab.data import read_corpus
    from lab.events import Sample, StopRequested
    from lab.jobs import pretrain
    from lab.jobs.prepare import run as prepare
    from lab.workspace import Workspace

    root = tempfile.mkdtemp(prefix="llm-lab-bench-words-")
    try:
        ws = Workspace(root)
        drive(prepare(ws), quiet=True)
        vocabulary = set(tokens(read_corpus(ws)))
        by_step: dict[int, list[str]] = {}
        started = time.perf_counter()
        job = pretrain.run(ws, preset(ModelConfig, "classroom"), preset(PretrainConfig, "classroom"),
                           preset(RunConfig, "classroom"), resume=False)
        for event in job:
            if isinstance(event, Sample):
                by_step.setdefault(event.step, []).append(event.text)
            if time.perf_counter() - started > budget_s:
                try:
                    job.throw(StopRequested())
                except StopIteration:
                    pass
                break
        first, last = min(by_step), max(by_step)
        return {"budget s": budget_s, "last sample at step": last,
                "known-word rate, untrained (step 0)": round(known_word_rate(by_step[first], vocabulary), 3),
                "known-word rate, last sample": round(known_word_rate(by_step[last], vocabulary), 3),
                "last sample": " | ".join(t.replace("\n", " ")[:120] for t in by_step[last])}
    finally:
        shutil.rmtree(root, ignore_errors=True)
