"""The text a model wrote while it trained, kept in the workspace (`metrics/<stage>_samples.jsonl`).

Pretraining writes a continuation of fixed prompts every few steps. The job appends each
one here as it goes, so the Pretraining page shows them again after a restart, after a
run through "Run everything" or a lesson, and from a bundled stage (the file is packed
with the stage). One JSON object per line: step, prompt, text, tag. A workspace from an
older bundle, with the model but no log, gets its samples from the saved model once
(`lab.jobs.saved_samples`).
"""

from __future__ import annotations

import json
from pathlib import Path

from lab.events import Sample
from lab.workspace import Workspace

KEPT = 60  # the newest samples read back: enough to see the text improve, short enough to scan


def path(ws: Workspace, stage: str) -> Path:
    return ws.metrics_path(stage).with_name(f"{stage}_samples.jsonl")


def append(ws: Workspace, stage: str, sample: Sample) -> None:
    row = {"step": sample.step, "prompt": sample.prompt, "text": sample.text, "tag": sample.tag}
    with path(ws, stage).open("a", encoding="utf-8") as f:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")


def read(ws: Workspace, stage: str, kept: int = KEPT) -> list[Sample]:
    """The newest `kept` samples, oldest first; a line cut short by a crash is skipped."""
    file = path(ws, stage)
    if not file.is_file():
        return []
    samples = []
    for line in file.read_text(encoding="utf-8").splitlines():
        try:
            row = json.loads(line)
            samples.append(Sample(int(row["step"]), str(row["prompt"]), str(row["text"]), str(row.get("tag", ""))))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError):
            continue
    return samples[-kept:]


def clear(ws: Workspace, stage: str) -> None:
    path(ws, stage).unlink(missing_ok=True)
