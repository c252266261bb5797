"""One learner's work on disk, so it survives a restart.

A workspace is a folder:

    corpus/            raw.txt, clean.txt (what training reads), the world's JSONL sets
    tokenizer.json     the trained tokenizer (standard HF format)
    checkpoints/<stage>/model.safetensors + meta.json
    metrics/<stage>.jsonl   one line per Metrics event
    state.json         small facts: which stages are done, settings
    workspace.json     the format stamp: `{"format": FORMAT_VERSION}`

The default lives in the user data folder (platformdirs); `--workspace DIR` overrides.

Opening a workspace checks its stamp. A new folder gets the current stamp; a folder from an
older version is brought up to date by `MIGRATIONS`, one version at a time (a folder
with work but no stamp comes from before stamps existed: version 1); a folder, or a
checkpoint, from a newer version raises a LabError that says to update LLM Lab, so
nothing is misread.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lab import checkpoint
from lab.errors import LabError
from lab.events import Metrics
from lab.i18n import QT_TRANSLATE_NOOP

FORMAT_VERSION = 1  # of the folder layout and of checkpoint meta.json; bump it with a migration
STAMP = "workspace.json"
UNSTAMPED_VERSION = 1  # workspaces made before the stamp existed
# version n → the function that turns a version-n workspace folder into version n + 1
MIGRATIONS: dict[int, Callable[[Path], None]] = {}


def default_root() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("llm-lab", appauthor=False)) / "workspace"


class Workspace:
    """Paths and small read/write helpers over one workspace folder."""

    def __init__(self, root: Path | str | None = None) -> None:
        self.root = Path(root) if root else default_root()
        self.root.mkdir(parents=True, exist_ok=True)
        open_format(self.root)

    # --- paths -------------------------------------------------------------
    @property
    def corpus_dir(self) -> Path:
        return self._dir("corpus")

    @property
    def clean_text_path(self) -> Path:
        """The cleaned training text that the tokenizer and pretraining read."""
        return self.corpus_dir / "clean.txt"

    @property
    def tokenizer_path(self) -> Path:
        return self.root / "tokenizer.json"

    def checkpoint_dir(self, stage: str) -> Path:
        return self.root / "checkpoints" / stage

    def metrics_path(self, stage: str) -> Path:
        return self._dir("metrics") / f"{stage}.jsonl"

    def _dir(self, name: str) -> Path:
        path = self.root / name
        path.mkdir(parents=True, exist_ok=True)
        return path

    # --- checkpoints ---------------------------------------------------------
    def save_checkpoint(self, stage: str, tensors: dict, meta: dict[str, Any]) -> Path:
        return checkpoint.save(self.checkpoint_dir(stage), tensors, {"format": FORMAT_VERSION, **meta})

    def load_checkpoint(self, stage: str, device: str = "cpu") -> tuple[dict, dict[str, Any]]:
        tensors, meta = checkpoint.load(self.checkpoint_dir(stage), device)
        found = meta.get("format", FORMAT_VERSION)
        if not isinstance(found, int) or found > FORMAT_VERSION:
            raise LabError(QT_TRANSLATE_NOOP("LabError", "The checkpoint in {path} was saved by a newer version of "
                                             "LLM Lab (format {found}; this version reads up to {known}). Update "
                                             "LLM Lab, or train this stage again."),
                           path=str(self.checkpoint_dir(stage)), found=found, known=FORMAT_VERSION)
        return tensors, meta

    def has_checkpoint(self, stage: str) -> bool:
        return checkpoint.exists(self.checkpoint_dir(stage))

    # --- metric history ----------------------------------------------------
    def append_metrics(self, stage: str, event: Metrics) -> None:
        with self.metrics_path(stage).open("a", encoding="utf-8") as f:
            f.write(json.dumps({"step": event.step, **event.values}) + "\n")

    def read_metrics(self, stage: str) -> list[Metrics]:
        path = self.metrics_path(stage)
        if not path.exists():
            return []
        history = []
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue  # a line cut short by a crash: keep the rest
            step = int(row.pop("step", 0))
            history.append(Metrics(step, {k: float(v) for k, v in row.items()}))
        return history

    def clear_metrics(self, stage: str) -> None:
        self.metrics_path(stage).unlink(missing_ok=True)

    # --- small state -------------------------------------------------------
    def read_state(self) -> dict[str, Any]:
        path = self.root / "state.json"
        if not path.exists():
            return {}
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            return {}

    def update_state(self, **values: Any) -> dict[str, Any]:
        state = {**self.read_state(), **values}
        checkpoint.atomic_write_text(self.root / "state.json", json.dumps(state, indent=2, ensure_ascii=False))
        return state


# --- the format stamp ----------------------------------------------------------------

def open_format(root: Path) -> int:
    """Check the stamp of the folder `root`, migrate it if it is older, stamp it; returns the old version."""
    found = read_format(root)
    if found > FORMAT_VERSION:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "The workspace {path} was made by a newer version of LLM Lab "
                                         "(format {found}; this version reads up to {known}). Update LLM Lab, or "
                                         "choose another folder with --workspace."),
                       path=str(root), found=found, known=FORMAT_VERSION)
    for version in range(found, FORMAT_VERSION):
        MIGRATIONS[version](root)
    if found != FORMAT_VERSION or not (root / STAMP).is_file():
        checkpoint.atomic_write_text(root / STAMP, json.dumps({"format": FORMAT_VERSION}) + "\n")
    return found


def read_format(root: Path) -> int:
    """The format version of the folder `root`: its stamp, or what an unstamped folder must be."""
    path = root / STAMP
    if not path.is_file():
        return UNSTAMPED_VERSION if any(root.iterdir()) else FORMAT_VERSION
    try:
        found = json.loads(path.read_text(encoding="utf-8")).get("format")
    except (OSError, ValueError, AttributeError):
        found = None
    if not isinstance(found, int) or isinstance(found, bool) or found < 1:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "The workspace {path} has a format stamp ({stamp}) that LLM Lab "
                                         "cannot read. Choose another folder with --workspace, or delete the "
                                         "stamp if you know the folder is a workspace of this version."),
                       path=str(root), stamp=str(path))
    return found
