"""The preference dataset: pairs of answers where one is preferred, from the rubric or from you.

A preference pair is `(prompt, chosen, rejected)`, in the common JSONL form
`{"prompt": ..., "chosen": ..., "rejected": ...}`. Pairs come from three sources:
the world's rubric (synthetic labels), the learner's own labels (the learner plays the
human: shown two answers, they press 1 or 2, or call it a tie, or skip), and files the
learner imports. The learner's labels either join the rubric's or replace them.

Every decision the learner makes is appended to `preferences/labels.jsonl` in the
workspace at once, so a label session survives closing the app; imported pairs live in
`preferences/imported.jsonl`. A pair whose two answers are the same text is refused
with a reason: there is nothing to prefer.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from lab import checkpoint
from lab.chat import Loaded, jsonl_objects, read_text
from lab.errors import LabError
from lab.i18n import QT_TRANSLATE_NOOP
from lab.workspace import Workspace

SOURCES = ("rubric", "learner", "import")
CHOICES = ("1", "2", "tie", "skip")
STATE_KEY = "preferences"


@dataclass(frozen=True)
class Pair:
    prompt: str
    chosen: str
    rejected: str
    source: str = "rubric"
    kind: str = ""  # what is wrong with the rejected answer, when known (the world's: rude, wrong, …)
    group: str = ""  # the fact the prompt asks about, when known (the world's `fact_id`): held-out splits keep it whole


def make_pair(prompt: str, chosen: str, rejected: str, source: str = "learner") -> Pair:
    """A pair, after checking it can teach something; a LabError saying why not otherwise."""
    if not prompt.strip() or not chosen.strip() or not rejected.strip():
        raise LabError(QT_TRANSLATE_NOOP("LabError", "A pair needs a prompt and two answers that are not empty."))
    if chosen.strip() == rejected.strip():
        raise LabError(QT_TRANSLATE_NOOP("LabError", "The two answers are identical, so there is nothing to prefer. "
                                         "Choose a pair with two different answers."))
    return Pair(prompt, chosen, rejected, source)


# --- JSONL import / export --------------------------------------------------------------

def read_pairs(text: str, source: str = "import") -> Loaded:
    """Pairs from JSONL text; each bad line becomes a LabError with its line number.

    An optional `"rejected_kind"` text (the world writes it) is kept as the pair's `kind`,
    an optional `"fact_id"` as its `group`.
    """
    items, problems = [], []
    for line, obj in jsonl_objects(text):
        if isinstance(obj, LabError):
            problems.append(obj)
            continue
        if not all(isinstance(obj.get(k), str) for k in ("prompt", "chosen", "rejected")):
            problems.append(LabError(QT_TRANSLATE_NOOP("LabError", "Line {line} needs the texts \"prompt\", "
                                                       "\"chosen\" and \"rejected\"."), line=line))
            continue
        try:
            pair = make_pair(obj["prompt"], obj["chosen"], obj["rejected"], source)
        except LabError as err:
            problems.append(LabError(QT_TRANSLATE_NOOP("LabError", "Line {line} is skipped: {reason}"),
                                     line=line, reason=err.message()))
            continue
        kind, group = obj.get("rejected_kind"), obj.get("fact_id")
        items.append(replace(pair, kind=kind if isinstance(kind, str) else "",
                             group=group if isinstance(group, str) else ""))
    return Loaded(items, problems)


def load_pairs(path: Path | str, source: str = "import") -> Loaded:
    loaded = read_pairs(read_text(path), source)
    if not loaded.items:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "No usable preference pair in {path}. Each line must be a JSON "
                                          "object with the texts \"prompt\", \"chosen\" and \"rejected\"."),
                       path=str(path))
    return loaded


def pairs_jsonl(pairs: Sequence[Pair]) -> str:
    """The pairs in the common JSONL form (the source is not part of it; a known kind is)."""
    return "".join(json.dumps({"prompt": p.prompt, "chosen": p.chosen, "rejected": p.rejected,
                               **({"rejected_kind": p.kind} if p.kind else {})},
                              ensure_ascii=False) + "\n" for p in pairs)


def export_pairs(pairs: Sequence[Pair], path: Path | str) -> None:
    checkpoint.atomic_write_text(Path(path), pairs_jsonl(pairs))


# --- the learner's labels -------------------------------------------------------------------

@dataclass(frozen=True)
class Candidate:
    """Two answers to one prompt, waiting for a decision; `origin` says who wrote them (world, model)."""

    prompt: str
    first: str
    second: str
    origin: str = "world"


@dataclass(frozen=True)
class Label:
    """One decision of the learner on a candidate, with the rubric's own preference beside it."""

    prompt: str
    first: str
    second: str
    choice: str  # "1", "2", "tie" or "skip"
    rubric: str  # "1", "2" or "tie"
    origin: str = "world"

    def pair(self) -> Pair | None:
        if self.choice == "1":
            return Pair(self.prompt, self.first, self.second, "learner")
        if self.choice == "2":
            return Pair(self.prompt, self.second, self.first, "learner")
        return None


def rubric_choice(score: Callable[[str, str], float], prompt: str, first: str, second: str) -> str:
    """Which answer the rubric prefers: "1", "2", or "tie" when it scores them the same."""
    a, b = score(prompt, first), score(prompt, second)
    return "1" if a > b else "2" if b > a else "tie"


def decide(candidate: Candidate, choice: str, score: Callable[[str, str], float]) -> Label:
    """The learner's decision as a Label; identical answers are refused before anything is stored."""
    if choice not in CHOICES:
        raise ValueError(choice)
    if choice in ("1", "2"):
        make_pair(candidate.prompt, candidate.first, candidate.second)
    return Label(candidate.prompt, candidate.first, candidate.second, choice,
                 rubric_choice(score, candidate.prompt, candidate.first, candidate.second), candidate.origin)


@dataclass(frozen=True)
class Agreement:
    agree: int
    compared: int  # labels where both the learner and the rubric picked an answer

    @property
    def rate(self) -> float | None:
        return self.agree / self.compared if self.compared else None


def agreement(labels: Sequence[Label]) -> Agreement:
    """How often the learner picked the answer the rubric prefers (ties and skips left out)."""
    both = [lab for lab in labels if lab.choice in ("1", "2") and lab.rubric in ("1", "2")]
    return Agreement(sum(lab.choice == lab.rubric for lab in both), len(both))


def shuffled_candidates(pairs: Sequence[Pair], seed: int) -> list[Candidate]:
    """The pairs as candidates in a random order, each side swapped at random so "1" is not always best."""
    rng = random.Random(seed)
    out = []
    for p in rng.sample(list(pairs), len(pairs)):
        first, second = (p.chosen, p.rejected) if rng.random() < 0.5 else (p.rejected, p.chosen)
        out.append(Candidate(p.prompt, first, second, "world"))
    return out


class PreferenceStore:
    """The learner's labels and imported pairs, kept in the workspace as they are made."""

    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace
        self.folder = workspace.root / "preferences"

    @property
    def labels_path(self) -> Path:
        return self.folder / "labels.jsonl"

    @property
    def imported_path(self) -> Path:
        return self.folder / "imported.jsonl"

    def add(self, label: Label) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        with self.labels_path.open("a", encoding="utf-8") as f:
            f.write(json.dumps(asdict(label), ensure_ascii=False) + "\n")
            f.flush()

    def labels(self) -> list[Label]:
        if not self.labels_path.is_file():
            return []
        out = []
        for _, obj in jsonl_objects(self.labels_path.read_text(encoding="utf-8")):
            try:
                out.append(Label(**obj))  # type: ignore[arg-type]
            except TypeError:
                continue  # a line cut short by a crash, or from another version: keep the rest
        return out

    def undo(self) -> Label | None:
        """Forget the last decision; returns it."""
        labels = self.labels()
        if not labels:
            return None
        self._write_labels(labels[:-1])
        return labels[-1]

    def clear(self) -> None:
        self._write_labels([])
        self.imported_path.unlink(missing_ok=True)

    def _write_labels(self, labels: Sequence[Label]) -> None:
        text = "".join(json.dumps(asdict(lab), ensure_ascii=False) + "\n" for lab in labels)
        checkpoint.atomic_write_text(self.labels_path, text)

    def learner_pairs(self) -> list[Pair]:
        return [p for p in (lab.pair() for lab in self.labels()) if p is not None]

    def import_file(self, path: Path | str) -> Loaded:
        """Add the pairs of a JSONL file to the imported ones; bad lines are reported, not fatal."""
        loaded = load_pairs(path)
        export_pairs([*self.imported(), *loaded.items], self.imported_path)
        return loaded

    def imported(self) -> list[Pair]:
        if not self.imported_path.is_file():
            return []
        return read_pairs(self.imported_path.read_text(encoding="utf-8")).items

    # --- join or replace -------------------------------------------------------------
    @property
    def replace(self) -> bool:
        return bool(self.ws.read_state().get(STATE_KEY, {}).get("replace", False))

    def set_replace(self, on: bool) -> None:
        self.ws.update_state(**{STATE_KEY: {**self.ws.read_state().get(STATE_KEY, {}), "replace": bool(on)}})

    def dataset(self, rubric_pairs: Sequence[Pair]) -> list[Pair]:
        """The pairs the reward model trains on: yours (and imported), joined to or replacing the rubric's."""
        own = [*self.learner_pairs(), *self.imported()]
        return own if self.replace else [*rubric_pairs, *own]
