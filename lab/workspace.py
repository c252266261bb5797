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
import math
import os
import socket
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
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


LOCK = ".lock"  # {"pid", "host", "command", "started"} of the run that holds the workspace
_held: dict[Path, int] = {}  # lock files this process holds, and how many times over


def default_root() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("llm-lab", appauthor=False)) / "workspace"


class Workspace:
    """Paths and small read/write helpers over one workspace folder."""

    def __init__(self, root: Path | str | None = None) -> None:
        self.root = Path(root) if root else default_root()
        _lock_path(self.root)  # a file or an unwritable place is a LabError
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
    def save_checkpoint(self, stage: str, tensors: dict, meta: dict[str, Any],
                        extra: dict[str, bytes] | None = None) -> Path:
        return checkpoint.save(self.checkpoint_dir(stage), tensors, {"format": FORMAT_VERSION, **meta}, extra)

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
            f.write(_metrics_line(event))

    def read_metrics(self, stage: str) -> list[Metrics]:
        """The stage's metric history; lines that are not a metrics row (a crash, a hand edit) are skipped."""
        path = self.metrics_path(stage)
        try:
            text = path.read_bytes().decode("utf-8", errors="replace")
        except OSError:
            return []
        return [m for m in map(_metrics_row, text.splitlines()) if m is not None]

    def write_metrics(self, stage: str, history: list[Metrics]) -> None:
        """Replace the stage's history in one step, so a crash leaves the old one or the new one."""
        checkpoint.atomic_write_text(self.metrics_path(stage), "".join(_metrics_line(m) for m in history))

    def clear_metrics(self, stage: str) -> None:
        self.metrics_path(stage).unlink(missing_ok=True)

    # --- small state -------------------------------------------------------
    def read_state(self) -> dict[str, Any]:
        state = checkpoint.read_json(self.root / "state.json")
        return state if isinstance(state, dict) else {}

    def update_state(self, **values: Any) -> dict[str, Any]:
        state = {**self.read_state(), **values}
        checkpoint.atomic_write_text(self.root / "state.json", json.dumps(state, indent=2, ensure_ascii=False))
        return state


def _metrics_line(event: Metrics) -> str:
    return json.dumps({"step": event.step, **event.values}) + "\n"


def _metrics_row(line: str) -> Metrics | None:
    """One history line as Metrics, or None unless it is an object of finite numbers with a whole step."""
    try:
        row = json.loads(line)
    except ValueError:
        return None
    if not isinstance(row, dict):
        return None
    step = row.pop("step", 0)
    values = {k: float(v) for k, v in row.items() if _is_number(v) and math.isfinite(v)}
    if not _is_number(step) or not math.isfinite(step) or step != int(step) or len(values) != len(row):
        return None
    return Metrics(int(step), values)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


# --- one run at a time ---------------------------------------------------------------

@contextmanager
def lock(root: Path | str | None = None, command: str | None = None) -> Iterator[Path]:
    """Hold the workspace `root` (default: the app's) for this run; a LabError names the run holding it.

    The lock is a file `.lock` made with O_EXCL. One left by a run that died (its pid is gone
    from this machine) is taken over. The same process may take it again (the app and its jobs).
    """
    path = _lock_path(Path(root) if root else default_root())
    if _held.get(path, 0) == 0:
        _acquire(path, command or " ".join([Path(sys.argv[0]).name, *sys.argv[1:]])[:200])
        _remove_leftovers(path.parent)  # no one else writes here now
    _held[path] = _held.get(path, 0) + 1
    try:
        yield path.parent
    finally:
        _held[path] -= 1
        if _held[path] == 0:
            del _held[path]
            path.unlink(missing_ok=True)


def _remove_leftovers(root: Path) -> None:
    """Temporary files of writes that a crash interrupted, in the folders LLM Lab writes (of a workspace only:
    a folder that is not one may hold other programs' files)."""
    if not (root / STAMP).is_file():
        return
    folders = [root, *(root / name for name in ("corpus", "metrics", "results"))]
    checkpoints = root / "checkpoints"
    try:
        folders += [p for p in checkpoints.iterdir() if p.is_dir()] if checkpoints.is_dir() else []
        for folder in folders:
            checkpoint.recover(folder)
            if folder.is_dir():
                checkpoint.remove_leftovers(folder)
    except OSError:
        pass  # a folder we may not change: its leftovers do no harm


def _lock_path(root: Path) -> Path:
    if root.exists() and not root.is_dir():
        raise LabError(QT_TRANSLATE_NOOP("LabError", "{path} is a file, not a folder. Choose a folder for the "
                                         "workspace with --workspace."), path=str(root))
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _unusable(root, exc) from exc
    return root.resolve() / LOCK


def _acquire(path: Path, command: str) -> None:
    record = json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "command": command,
                         "started": time.strftime("%Y-%m-%d %H:%M:%S")})
    for _ in range(3):  # a stale lock is removed, then made again; another run may win that race
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            holder = _holder(path)
            if holder is not None:
                raise LabError(QT_TRANSLATE_NOOP("LabError", "The workspace {path} is in use by another run of LLM Lab "
                                                 "(process {pid}, “{command}”, started {started}). Wait until it "
                                                 "ends, stop it, or choose another folder with --workspace."),
                               path=str(path.parent), pid=holder.get("pid"), command=str(holder.get("command", "")),
                               started=str(holder.get("started", ""))) from None
            path.unlink(missing_ok=True)  # left by a run that died: take it over
            continue
        except OSError as exc:
            raise _unusable(path.parent, exc) from exc
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(record)
        return


def _holder(path: Path) -> dict[str, Any] | None:
    """What the lock file says about a run that is still alive, or None when the lock is stale."""
    try:
        holder = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(holder, dict) or not isinstance(holder.get("pid"), int):
        return None
    if holder.get("host") not in (None, socket.gethostname()):
        return holder  # another machine's run (a shared folder): we cannot tell, so it counts as alive
    return holder if _alive(holder["pid"]) else None


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # os.kill(pid, 0) would send CTRL_C there
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if handle:
            ctypes.windll.kernel32.CloseHandle(handle)
        return bool(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, owned by someone else
    return True


def _unusable(root: Path, exc: OSError) -> LabError:
    return LabError(QT_TRANSLATE_NOOP("LabError", "Could not use the workspace folder {path} ({reason}). Choose "
                                      "another folder with --workspace."),
                    path=str(root), reason=exc.strerror or str(exc))


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
        return UNSTAMPED_VERSION if any(p.name != LOCK for p in root.iterdir()) else FORMAT_VERSION
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
