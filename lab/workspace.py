"""One learner's work on disk, so it survives a restart.

A workspace is a folder:

    corpus/            raw.txt, clean.txt (what training reads), the world's JSONL sets
    tokenizer.json     the trained tokenizer (standard HF format)
    checkpoints/<stage>/model.safetensors + meta.json
    metrics/<stage>.jsonl   one line per Metrics event
    state.json         small facts: which stages are done, settings

The default lives in the user data folder (platformdirs); `--workspace DIR` overrides.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from lab import checkpoint
from lab.events import Metrics

FORMAT_VERSION = 1


def default_root() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("llm-lab", appauthor=False)) / "workspace"


class Workspace:
    """Paths and small read/write helpers over one workspace folder."""

    def __init__(self, root: Path | str | None = None) -> None:
        self.root = Path(root) if root else default_root()
        self.root.mkdir(parents=True, exist_ok=True)

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
        return checkpoint.load(self.checkpoint_dir(stage), device)

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
