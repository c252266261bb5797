"""Weights as safetensors plus a JSON sidecar, written atomically; never pickle.

A checkpoint is a folder `<dir>/model.safetensors` + `<dir>/meta.json`, and it changes
as one unit. `save` writes both new files in full beside the old ones
(`.model.safetensors.pending`, `.meta.json.pending`), then writes a small commit note
(`.commit`), then renames both into place and removes the note. Whoever opens the
folder next (`recover`, run by `exists`, `load` and `save`) finishes a save whose note
is there, and the next writer throws away pending files whose note is not: a crash at any moment leaves
either the old checkpoint or the new one, never weights of one step with the meta of
another. A full disk during a save leaves the previous checkpoint intact. Leftovers of an
interrupted write are removed by the next save, and when a run takes the workspace lock.

Every file written here keeps the mode an existing file had, and a new file gets the
mode the user's umask gives (0644 usually), not mkstemp's private 0600.
"""

from __future__ import annotations

import errno
import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from lab.errors import LabError
from lab.i18n import QT_TRANSLATE_NOOP

WEIGHTS = "model.safetensors"
META = "meta.json"
COMMIT = ".commit"  # present only while a save's renames are under way
PENDING = ".pending"  # suffix of a checkpoint file written aside, waiting for its commit


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that readers see either the old or the new file, whole."""
    path = Path(path)
    os.replace(_written_aside(path, data), path)


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def read_json(path: Path) -> Any | None:
    """A small JSON file's content; None when it is missing, unreadable, or cut or edited into non-JSON."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None


def save(folder: Path, tensors: dict, meta: dict[str, Any], extra: dict[str, bytes] | None = None) -> Path:
    """Save a state dict and its metadata (and `extra` files, such as optimizer state) into `folder`
    as one unit; returns the folder."""
    from safetensors.torch import save as st_save

    folder = Path(folder)
    recover(folder, clean=True)
    contiguous = {k: v.detach().cpu().contiguous() for k, v in tensors.items()}
    files = {**(extra or {}), WEIGHTS: st_save(contiguous),
             META: json.dumps(meta, indent=2, ensure_ascii=False).encode("utf-8")}
    try:
        for name, data in files.items():
            os.replace(_written_aside(folder / name, data), _pending(folder, name))
    except BaseException:
        for name in files:
            _pending(folder, name).unlink(missing_ok=True)
        raise
    atomic_write_text(folder / COMMIT, json.dumps(list(files)))  # from here on, the new checkpoint wins
    _commit(folder)
    return folder


def _pending(folder: Path, name: str) -> Path:
    return folder / f".{name}{PENDING}"


def _commit(folder: Path) -> None:
    """Move the pending files the commit note names into place, then drop the note."""
    try:
        names = json.loads((folder / COMMIT).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        names = [WEIGHTS, META]
    for name in names if isinstance(names, list) else []:
        if isinstance(name, str) and "/" not in name and _pending(folder, name).exists():
            os.replace(_pending(folder, name), folder / name)
    (folder / COMMIT).unlink(missing_ok=True)


def recover(folder: Path, clean: bool = False) -> None:
    """Finish a save cut short after its commit note; with `clean`, also drop the pending files of a
    save cut short before it, and `.tmp` leftovers.

    Only a writer may `clean` (it holds the workspace lock, so no other save is under way); a
    reader only finishes a committed save, which gives the same files whoever does it."""
    folder = Path(folder)
    if not folder.is_dir():
        return
    try:
        if (folder / COMMIT).is_file():
            _commit(folder)
        if clean:
            remove_leftovers(folder)
    except OSError:
        pass  # a read-only folder, or a race with the writer finishing the same commit


def remove_leftovers(folder: Path) -> None:
    """Delete what interrupted writes left in `folder`: `.name.XXXXXXXX.tmp` files and uncommitted pending files."""
    for path in Path(folder).iterdir():
        if _LEFTOVER.match(path.name) and path.is_file():
            path.unlink(missing_ok=True)


_LEFTOVER = re.compile(r"^\..+(\.[A-Za-z0-9_]{8}\.tmp|\.pending)$")  # mkstemp's names, and ours


def _written_aside(path: Path, data: bytes) -> Path:
    """`data` in a temporary file beside `path`, flushed to disk; a full disk is a LabError."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise _not_written(path, exc) from exc
    try:
        if hasattr(os, "fchmod"):  # POSIX; on Windows files have no such mode bits
            os.fchmod(fd, _mode_for(path))
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _not_written(path, exc) from exc
        raise
    return Path(tmp)


def _mode_for(path: Path) -> int:
    """The mode of the file being replaced, or what the umask gives a new file."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)  # reading the umask means setting it; put it straight back
        return 0o666 & ~umask


def _not_written(path: Path, exc: OSError) -> LabError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return LabError(QT_TRANSLATE_NOOP("LabError", "The disk is full: {path} was not saved, and the "
                                          "previous version is intact. Free some space and try again."),
                        path=str(path))
    return LabError(QT_TRANSLATE_NOOP("LabError", "Could not write {path} ({reason}). Check that the folder exists, "
                                      "is a folder and that you may write in it, or choose another one."),
                    path=str(path), reason=exc.strerror or str(exc))


def exists(folder: Path) -> bool:
    folder = Path(folder)
    recover(folder)
    return (folder / WEIGHTS).is_file() and (folder / META).is_file()


def load(folder: Path, device: str = "cpu") -> tuple[dict, dict[str, Any]]:
    """Load `(state_dict, meta)` from `folder`; a clear LabError if it is missing or broken."""
    from safetensors.torch import load_file

    folder = Path(folder)
    if not exists(folder):
        raise LabError(QT_TRANSLATE_NOOP("LabError", "No checkpoint in {path}. Train this stage first."),
                       path=str(folder))
    try:
        tensors = load_file(str(folder / WEIGHTS), device=device)
        meta = json.loads((folder / META).read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001 - safetensors raises its own error type on a cut-off file
        raise damaged(folder, str(exc)) from exc
    if not isinstance(meta, dict):
        raise damaged(folder, "meta.json is not an object")
    if not all_finite(tensors):
        raise LabError(QT_TRANSLATE_NOOP("LabError", "The checkpoint in {path} holds weights that are not numbers "
                                         "(NaN or infinite): the file was damaged after it was saved. Train this "
                                         "stage again."), path=str(folder))
    return tensors, meta


def damaged(folder: Path, reason: str) -> LabError:
    """The learner's message for a checkpoint that cannot be read as saved."""
    return LabError(QT_TRANSLATE_NOOP("LabError", "The checkpoint in {path} is damaged ({reason}). Train this "
                                      "stage again."), path=str(folder), reason=reason[:200])


def all_finite(tensors: dict) -> bool:
    """True when no floating-point tensor holds NaN or ±inf."""
    import torch

    return all(bool(torch.isfinite(t).all()) for t in tensors.values() if t.is_floating_point())


def first_blocks(tensors: dict, meta: dict[str, Any], layers: int) -> tuple[dict, dict[str, Any]]:
    """The checkpoint of the same GPT with only its first `layers` transformer blocks (a smaller judge)."""
    def kept(name: str) -> bool:
        parts = name.split(".")
        return not (parts[:2] == ["transformer", "h"] and int(parts[2]) >= layers)

    return {k: v for k, v in tensors.items() if kept(k)}, {**meta, "model": {**meta["model"], "n_layer": layers}}
