"""The cleaning job: stream text files (or a text) through the `Cleaner`, writing as it goes.

It reads one document at a time, so a 100 MB file never sits in memory whole, yields
`Progress` in bytes, and writes the clean text to a temporary file beside `out_path`
that replaces it only at the end: on an error or a Stop, what the learner had is kept.
At the end it yields `Artifact("corpus_stats", ...)` (the per-step statistics, the
files read and their encodings) and `Done` with the main numbers.

In a folder, files that cannot be read (empty, binary) are skipped and listed; a file
named directly that cannot be read is an error. Memory: the text streams; what grows
is the deduplication state, about 1 KB per kept document.
"""

from __future__ import annotations

import io
import os
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from lab.corpus.cleaner import DOC_SEPARATOR, CleanConfig, Cleaner
from lab.corpus.reading import HEAD_BYTES, TextReader, find_text_files, iter_documents, sniff
from lab.errors import LabError
from lab.events import Artifact, Done, Job, Progress, StopRequested
from lab.i18n import QT_TRANSLATE_NOOP

PROGRESS_STEPS = 200  # at most about this many Progress events per job


@dataclass
class _Source:
    name: str
    size: int
    explicit: bool
    path: Path | None = None
    text: str = ""


def run(source: str | Path | Sequence[Path | str], out_path: Path | str | None = None,
        cfg: CleanConfig | None = None) -> Job:
    """Clean `source` (a `str` is the text itself; a `Path` or list of them are files or folders).

    The clean documents, separated by blank lines, go to `out_path` (None: statistics only).
    Bad settings and files named directly that are missing, empty or binary raise a
    LabError here, before the job starts.
    """
    cleaner = Cleaner(cfg)
    sources = _sources(source)
    for src in sources:
        if src.explicit and src.path is not None:
            _check_file(src)
    return _run(cleaner, sources, out_path)


def _run(cleaner: Cleaner, sources: list[_Source], out_path: Path | str | None) -> Job:
    stats: dict = {"files": 0, "skipped": [], "encodings": {}, "bytes": 0}
    out = _Output(Path(out_path) if out_path is not None else None)
    clock = _Clock(max(1, sum(s.size for s in sources)))
    try:
        for src in sources:
            yield from _clean_source(src, cleaner, out, stats, clock)
        _check_result(cleaner, sources)
        out.commit()
    except StopRequested:
        out.discard()
        yield Done({"docs/in": float(cleaner.counts["input"].docs)}, stopped=True)
        return
    except BaseException:
        out.discard()
        raise
    yield Progress(clock.total, clock.total, "", 0.0)
    report = {**cleaner.report(), **stats, "output": str(out_path) if out_path is not None else ""}
    yield Artifact("corpus_stats", report)
    yield Done(_summary(cleaner, clock.elapsed(), stats["bytes"]))


class _Clock:
    """Turns bytes read into at most PROGRESS_STEPS Progress events with an ETA."""

    def __init__(self, total: int) -> None:
        self.total, self.before, self.next, self.start = total, 0, 0, time.perf_counter()

    def elapsed(self) -> float:
        return time.perf_counter() - self.start

    def tick(self, read: int, name: str) -> Progress | None:
        done = self.before + read
        if done < self.next:
            return None
        self.next = done + self.total // PROGRESS_STEPS
        elapsed = self.elapsed()
        eta = elapsed * (self.total - done) / done if done and elapsed > 0.5 else None
        return Progress(min(done, self.total), self.total, name, eta)


def _clean_source(src: _Source, cleaner: Cleaner, out: _Output, stats: dict, clock: _Clock) -> Iterator[Progress]:
    reader = _open(src, stats)
    if reader is None:
        clock.before += src.size
        return
    try:
        for doc in iter_documents(reader):
            kept = cleaner.process(doc)
            if kept:
                out.write(kept)
            progress = clock.tick(reader.bytes_read, src.name)
            if progress:
                yield progress
    except LabError as err:  # not text (from the start, or further in: what was read of it stays)
        if src.explicit:
            raise
        stats["skipped"].append({"path": src.name, "reason": err.message()})
        clock.before += src.size
        return
    finally:
        if reader.stream is not None:
            reader.stream.close()
    clock.before += src.size
    stats["files"] += 1
    stats["bytes"] += reader.bytes_read
    stats["encodings"][reader.encoding] = stats["encodings"].get(reader.encoding, 0) + 1


def _check_result(cleaner: Cleaner, sources: list[_Source]) -> None:
    if cleaner.counts["input"].docs == 0:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "There is no text to clean in {what}. "
                                         "Choose files with some text in them."), what=_names(sources))
    if cleaner.kept == 0:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "Cleaning removed every document. Switch off some "
                                         "filters or lower the minimum length, and try again."))


def _sources(source: str | Path | Sequence[Path | str]) -> list[_Source]:
    if isinstance(source, str):
        return [_Source("text", len(source), True, text=source)]
    paths = [source] if isinstance(source, Path) else list(source)
    if not paths:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "No files were chosen. Choose a text file or a folder."))
    return [_Source(str(p), p.stat().st_size, explicit, path=p) for p, explicit in find_text_files(paths)]


def _open(src: _Source, stats: dict) -> TextReader | _TextLines | None:
    """A reader for `src`; None (and a note in `stats`) for a file in a folder that cannot be read."""
    if src.path is None:
        return _TextLines(src.text)
    if src.size == 0:  # named files were checked before the job started; binary ones fail in the reader
        stats["skipped"].append({"path": src.name, "reason": "empty"})
        return None
    return TextReader(open(src.path, "rb"), src.name)  # noqa: SIM115 - closed in _clean_source


def _check_file(src: _Source) -> None:
    """A LabError when the file is empty or its first bytes are not text."""
    if src.size == 0:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "The file {path} is empty. Choose a file with some text "
                                         "in it."), path=src.name)
    with open(src.path, "rb") as f:
        sniff(f.read(HEAD_BYTES), src.name)


class _TextLines:
    """A text held in memory, read line by line like a file (`bytes_read` counts characters)."""

    def __init__(self, text: str) -> None:
        self.text, self.bytes_read, self.encoding, self.stream = text, 0, "text", None

    def __iter__(self) -> Iterator[str]:
        for line in io.StringIO(self.text, newline=None):
            self.bytes_read += len(line)
            yield line.rstrip("\n")


def _names(sources: list[_Source]) -> str:
    names = [s.name for s in sources[:3]]
    return ", ".join(names) + (" …" if len(sources) > 3 else "")


def _summary(cleaner: Cleaner, seconds: float, n_bytes: int) -> dict[str, float]:
    first, last = cleaner.counts["input"], cleaner.counts[cleaner.steps[-1][0]] if cleaner.steps else None
    last = last or first
    summary = {"docs/in": first.docs, "docs/out": last.docs, "chars/in": first.chars, "chars/out": last.chars,
               "words/in": first.words, "words/out": last.words, "time/seconds": seconds,
               "speed/mb_per_s": n_bytes / 1e6 / seconds if seconds > 0 else 0.0}
    summary.update({f"removed/{name}": c.removed for name, c in cleaner.counts.items() if name != "input"})
    return {k: float(v) for k, v in summary.items()}


class _Output:
    """Clean documents written to a temporary file in the target's folder, renamed into place at the end."""

    def __init__(self, path: Path | None) -> None:
        self.path, self.file, self.tmp, self.count = path, None, None, 0
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
            self.tmp = Path(tmp)
            self.file = io.open(fd, "w", encoding="utf-8", newline="\n")  # noqa: UP020 - an fd, not a path

    def write(self, doc: str) -> None:
        if self.file is not None:
            self.file.write((DOC_SEPARATOR if self.count else "") + doc)
        self.count += 1

    def commit(self) -> None:
        if self.file is not None:
            self.file.write("\n")
            self.file.flush()
            os.fsync(self.file.fileno())
            self.file.close()
            os.replace(self.tmp, self.path)

    def discard(self) -> None:
        if self.file is not None:
            self.file.close()
            self.tmp.unlink(missing_ok=True)
