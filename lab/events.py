"""What a job reports while it runs.

Every long computation in the lab is a generator of these small frozen events. They
hold plain numbers and strings (never live tensors), so the GUI, the CLI and tests
can all consume the same stream, and nothing the job owns leaks out.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Metrics:
    """Scalar measurements at a step, named with slashes: `loss/train`, `kl/ref`."""

    step: int
    values: Mapping[str, float]


@dataclass(frozen=True)
class Sample:
    """A piece of generated text, e.g. the model's continuation of a fixed prompt."""

    step: int
    prompt: str
    text: str
    tag: str = ""


@dataclass(frozen=True)
class Progress:
    """How far the job is: `done` out of `total` units, with a short status line."""

    done: int
    total: int
    message: str = ""
    eta_s: float | None = None

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 0.0


@dataclass(frozen=True)
class Checkpoint:
    """A model or artefact was written to `path` at `step`."""

    step: int
    path: str


@dataclass(frozen=True)
class Artifact:
    """A small structured result a page can draw (plain JSON-like `data`), e.g. BPE merges."""

    kind: str
    data: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Done:
    """The job finished (or stopped early, `stopped=True`) with a summary of final numbers."""

    summary: Mapping[str, float] = field(default_factory=dict)
    stopped: bool = False


Event = Metrics | Sample | Progress | Checkpoint | Artifact | Done
Job = Iterator[Event]


class StopRequested(Exception):
    """Thrown into a job at a `yield` when the learner presses Stop.

    A job that wants to save before it ends catches it, writes its checkpoint, may
    yield a `Checkpoint` and a `Done(stopped=True)`, and returns. A job that does not
    catch it simply ends there.
    """
