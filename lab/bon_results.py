"""Best-of-N's results file, `results/bon.json`: what the page reads back after a run.

It keeps the settings, the N values, the summary metrics and a few probes with all N
scored answers (`Candidate`) and the pick, so the page can show them without sampling
again. The job (`lab.jobs.best_of_n`) does the maths; this module writes and reads the file.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from lab.checkpoint import atomic_write_text, read_json
from lab.config import BestOfNConfig, to_dict
from lab.events import Artifact, Checkpoint, Done, Job, Metrics
from lab.workspace import Workspace

STAGE = "bon"
EXAMPLES = 6  # probes whose N answers are kept in the results for the page


@dataclass(frozen=True)
class Candidate:
    """One of the N answers, with the reward model's score and the rubric's verdict."""

    text: str
    ended: bool
    rm: float
    true: float


def example(prompt: str, candidates: Sequence[Candidate], best: int) -> dict:
    """One prompt's N answers and the index of the pick, as the page shows them."""
    return {"prompt": prompt, "answers": [asdict(c) for c in candidates], "pick": best}


def results_path(ws: Workspace) -> Path:
    return ws.root / "results" / f"{STAGE}.json"


def write_results(ws: Workspace, cfg: BestOfNConfig, n_values: list[int], summary: dict[str, float],
                  examples: Sequence[tuple[str, Sequence[Candidate], int]]) -> dict:
    """Write the results file (at most `EXAMPLES` of the (prompt, candidates, pick) `examples`); returns its data."""
    kept = [example(*e) for e in list(examples)[:EXAMPLES]]
    data = {"config": to_dict(cfg), "n_values": n_values, "metrics": summary, "examples": kept}
    atomic_write_text(results_path(ws), json.dumps(data, ensure_ascii=False, indent=1))
    return data


def load_results(ws: Workspace) -> dict | None:
    """The last Best-of-N results of the workspace, or None."""
    return read_json(results_path(ws))


def publish(ws: Workspace, cfg: BestOfNConfig, n_values: list[int], events: Sequence[Metrics],
            summary: dict[str, float], examples: Sequence[tuple[str, Sequence[Candidate], int]]) -> Job:
    """The run's metrics into the stage's history (cleared by the job), then the results file: its Artifact,
    its Checkpoint (at step N = `cfg.n`) and Done with `summary`."""
    for event in events:
        ws.append_metrics(STAGE, event)
        yield event
    yield Artifact(f"{STAGE}/results", write_results(ws, cfg, n_values, summary, examples))
    yield Checkpoint(min(cfg.n, cfg.n_max), str(results_path(ws)))
    yield Done(summary)
