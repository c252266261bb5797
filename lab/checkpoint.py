"""Weights as safetensors plus a JSON sidecar, written atomically; never pickle.

A checkpoint is a folder `<dir>/model.safetensors` + `<dir>/meta.json`. Writes go to
temporary files first and are renamed into place, so a crash or a full disk during a
save leaves the previous checkpoint intact.
"""

from __future__ import annotations

import errno
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from lab.errors import LabError
from lab.i18n import QT_TRANSLATE_NOOP

WEIGHTS = "model.safetensors"
META = "meta.json"


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that readers see either the old or the new file, whole."""
    os.replace(_written_aside(path, data), path)


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def save(folder: Path, tensors: dict, meta: dict[str, Any]) -> Path:
    """Save a state dict and its metadata into `folder`; returns the folder.

    Both files are written in full beside the old ones before either replaces its old
    file, so a full disk leaves the previous weights and metadata together, as they were.
    """
    from safetensors.torch import save as st_save

    folder = Path(folder)
    contiguous = {k: v.detach().cpu().contiguous() for k, v in tensors.items()}
    weights = _written_aside(folder / WEIGHTS, st_save(contiguous))
    try:
        meta_tmp = _written_aside(folder / META, json.dumps(meta, indent=2, ensure_ascii=False).encode("utf-8"))
    except BaseException:
        weights.unlink(missing_ok=True)
        raise
    os.replace(weights, folder / WEIGHTS)
    os.replace(meta_tmp, folder / META)
    return folder


def _written_aside(path: Path, data: bytes) -> Path:
    """`data` in a temporary file beside `path`, flushed to disk; a full disk is a LabError."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise LabError(QT_TRANSLATE_NOOP("LabError", "The disk is full: {path} was not saved, and the "
                                             "previous version is intact. Free some space and try again."),
                           path=str(path)) from exc
        raise
    return Path(tmp)


def exists(folder: Path) -> bool:
    folder = Path(folder)
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
    except (OSError, ValueError) as exc:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "The checkpoint in {path} is damaged ({reason})."),
                       path=str(folder), reason=str(exc)) from exc
    return tensors, meta
