"""The cleaning job: stream text files (or a text) through the `Cleaner`, writing as it goes.

It reads one document at a time, so a 100 MB file never sits in memory whole, yields
`Progress` in bytes, and writes the clean text to a temporary file beside `out_path`
that replaces it only at the end: on an error or a Stop, what the learner had is kept.
At the end it yields `Artifact("corpus_stats", ...)` (the per-step statistics, the
files read and their encodings) and `Done` with the main numbers.

Files may be text, web pages, PDFs, JSONL or Parquet (`lab.corpus.formats`); each
file's kind and encoding are listed. In a folder, files that cannot be read (empty,
binary, encrypted, no permission, a FIFO or a link loop) are skipped and listed with
the reason; a file named directly that cannot be read is an error. The output may not
be one of the inputs, nor a folder; a full disk or a read-only folder is a LabError, and
the temporary file goes. Memory: the text streams (a web page or a PDF page is read
whole); what grows is the deduplication state, about 1 KB per kept document.
"""

from __future__ import annotations

import errno
import io
import os
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from lab.corpus.cleaner import DOC_SEPARATOR, CleanConfig, Cleaner
from lab.corpus.formats import DEFAULT_TEXT_FIELD, kind_of, open_reader
from lab.corpus.reading import HEAD_BYTES, find_inputs, iter_documents, path_problem, sniff
from lab.errors import LabError
from lab.events import Artifact, Done, Job, Progress, StopRequested
from lab.i18n import QT_TRANSLATE_NOOP

PROGRESS_STEPS = 200  # at most about this many Progress events per job
MAX_FILES_LISTED = 500  # the statistics list each file read up to this many


@dataclass
class _Source:
    name: str
    size: int
    explicit: bool
    path: Path | None = None
    text: str = ""


def run(source: str | Path | Sequence[Path | str], out_path: Path | str | None = None,
        cfg: CleanConfig | None = None, text_field: str = DEFAULT_TEXT_FIELD) -> Job:
    """Clean `source` (a `str` is the text itself; a `Path` or list of them are files or folders).

    The clean documents, separated by blank lines, go to `out_path` (None: statistics only).
    JSONL and Parquet files give the field or column `text_field`. Bad settings, an output
    that is an input or a folder, and files named directly that are missing, empty or
    binary raise a LabError here, before the job starts.
    """
    cleaner = Cleaner(cfg)
    out = Path(out_path) if out_path is not None else None
    if out is not None:
        check_output(out, source)
    sources, skipped = _sources(source, out)
    for src in sources:
        if src.explicit and src.path is not None:
            _check_file(src)
    return _run(cleaner, sources, out, {"text_field": text_field, "skipped": skipped})


def _run(cleaner: Cleaner, sources: list[_Source], out_path: Path | None, given: dict) -> Job:
    stats: dict = {"files": 0, "skipped": list(given["skipped"]), "encodings": {}, "kinds": {}, "bytes": 0,
                   "read": [], "text_field": given["text_field"]}
    out = _Output(out_path)
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
        for doc in reader.documents():
            kept = cleaner.process(doc)
            if kept:
                out.write(kept)
            progress = clock.tick(reader.bytes_read, src.name)
            if progress:
                yield progress
    except (LabError, OSError) as exc:  # not readable (from the start, or further in: what was read stays)
        err = exc if isinstance(exc, LabError) else _unreadable(src.name, exc)
        if src.explicit:
            raise err from exc
        stats["skipped"].append({"path": src.name, "kind": reader.kind, "reason": err.message()})
        clock.before += src.size
        return
    finally:
        reader.close()
    clock.before += src.size
    _count_file(stats, src, reader)


def _count_file(stats: dict, src: _Source, reader) -> None:
    """One file read: its kind, its encoding and what its reader noted (extraction, records)."""
    stats["files"] += 1
    stats["bytes"] += reader.bytes_read
    stats["encodings"][reader.encoding] = stats["encodings"].get(reader.encoding, 0) + 1
    stats["kinds"][reader.kind] = stats["kinds"].get(reader.kind, 0) + 1
    if len(stats["read"]) < MAX_FILES_LISTED:
        stats["read"].append({"path": src.name, "kind": reader.kind, "encoding": reader.encoding, **reader.notes})


def _unreadable(name: str, exc: OSError) -> LabError:
    return LabError(QT_TRANSLATE_NOOP("LabError", "{path} could not be read ({reason})."),
                    path=name, reason=exc.strerror or str(exc))


def _check_result(cleaner: Cleaner, sources: list[_Source]) -> None:
    if cleaner.counts["input"].docs == 0:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "There is no text to clean in {what}. "
                                         "Choose files with some text in them."), what=_names(sources))
    if cleaner.kept == 0:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "Cleaning removed every document. Switch off some "
                                         "filters or lower the minimum length, and try again."))


def _sources(source: str | Path | Sequence[Path | str], out: Path | None) -> tuple[list[_Source], list[dict]]:
    if isinstance(source, str):
        return [_Source("text", len(source), True, text=source)], []
    paths = [source] if isinstance(source, Path) else list(source)
    if not paths:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "No files were chosen. Choose a text file or a folder."))
    found, skipped = find_inputs(paths, exclude=out)
    return [_Source(str(p), p.stat().st_size, explicit, path=p) for p, explicit in found], skipped


def check_output(out: Path, source: object) -> None:
    """A LabError when `out` is a folder, or one of the files named as input (it would be overwritten)."""
    if out.is_dir():
        raise LabError(QT_TRANSLATE_NOOP("LabError", "The output {path} is a folder. Give a file name, such as "
                                         "{example}."), path=str(out), example=str(out / "clean.txt"))
    if isinstance(source, str):
        return
    for path in [source] if isinstance(source, Path) else map(Path, source):
        if out.exists() and path.is_file() and path.samefile(out) or path.absolute() == out.absolute():
            raise LabError(QT_TRANSLATE_NOOP("LabError", "The output {path} is also an input: cleaning would "
                                             "overwrite your text. Choose another name for --out."), path=str(out))


def _open(src: _Source, stats: dict):
    """A reader for `src`; None (and a note in `stats`) for an empty file in a folder."""
    if src.path is None:
        return _TextLines(src.text)
    if src.size == 0:  # named files were checked before the job started; binary ones fail in the reader
        stats["skipped"].append({"path": src.name, "kind": kind_of(src.path), "reason": "empty"})
        return None
    return open_reader(src.path, stats["text_field"])


def _check_file(src: _Source) -> None:
    """A LabError when the file is empty, unreadable, or (a text file) its first bytes are not text."""
    if src.size == 0:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "The file {path} is empty. Choose a file with some text "
                                         "in it."), path=src.name)
    problem = path_problem(src.path)
    if problem:
        raise problem
    if kind_of(src.path) == "text":
        try:
            with open(src.path, "rb") as f:
                sniff(f.read(HEAD_BYTES), src.name)
        except OSError as exc:
            raise _unreadable(src.name, exc) from exc


class _TextLines:
    """A text held in memory, read line by line like a file (`bytes_read` counts characters)."""

    kind = "text"

    def __init__(self, text: str) -> None:
        self.text, self.bytes_read, self.encoding, self.notes = text, 0, "text", {}

    def documents(self) -> Iterator[str]:
        return iter_documents(self._lines())

    def _lines(self) -> Iterator[str]:
        for line in io.StringIO(self.text, newline=None):
            self.bytes_read += len(line)
            yield line.rstrip("\n")

    def close(self) -> None:
        pass


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
    """Clean documents written to a temporary file in the target's folder, renamed into place at the end.

    Any OSError (a read-only folder, a full disk) becomes a LabError naming the folder, and
    the temporary file is removed: what the learner had at `path` stays as it was.
    """

    def __init__(self, path: Path | None) -> None:
        self.path, self.file, self.tmp, self.count = path, None, None, 0
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
            except OSError as exc:
                raise _write_error(path, exc) from exc
            self.tmp = Path(tmp)
            self.file = io.open(fd, "w", encoding="utf-8", newline="\n")  # noqa: UP020 - an fd, not a path

    def write(self, doc: str) -> None:
        if self.file is not None:
            try:
                self.file.write((DOC_SEPARATOR if self.count else "") + doc)
            except OSError as exc:
                self.discard()
                raise _write_error(self.path, exc) from exc
        self.count += 1

    def commit(self) -> None:
        if self.file is not None:
            try:
                self.file.write("\n")
                self.file.flush()
                os.fsync(self.file.fileno())
                self.file.close()
                os.replace(self.tmp, self.path)
            except OSError as exc:
                self.discard()
                raise _write_error(self.path, exc) from exc

    def discard(self) -> None:
        if self.file is not None:
            try:
                self.file.close()
            except OSError:
                pass  # a full disk fails the last flush too; the file goes anyway
            self.tmp.unlink(missing_ok=True)


def _write_error(path: Path, exc: OSError) -> LabError:
    if exc.errno == errno.ENOSPC:
        return LabError(QT_TRANSLATE_NOOP("LabError", "The disk is full, so {path} could not be written. Free "
                                          "some space, or choose another folder, and try again."), path=str(path))
    return LabError(QT_TRANSLATE_NOOP("LabError", "{path} could not be written ({reason}). Choose a folder you "
                                      "can write in."), path=str(path), reason=exc.strerror or str(exc))
