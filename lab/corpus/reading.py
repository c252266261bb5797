"""Finding the learner's files, and reading text files whatever their encoding, a line at a time.

`find_inputs` walks folders for every kind of file LLM Lab reads (`lab.corpus.formats`
reads web pages, PDFs and dataset shards) and says why a file cannot be read: missing,
no permission, a FIFO, a symbolic link that loops.

No extra dependency guesses the encoding; the checks, on the first 64 KB, are:

1. a byte-order mark decides: UTF-8, UTF-16 or UTF-32;
2. NUL bytes mostly at even or mostly at odd positions mean UTF-16 without a mark (also for
   Japanese or Chinese, whose NULs are only the ASCII and line ends); other NUL bytes, a
   known binary signature (PDF, ZIP/DOCX, images) or many control bytes mean a binary
   file, which is refused with a message saying what to do;
3. otherwise each line is decoded as UTF-8, and the bytes that are not UTF-8 as
   Windows-1252 (the superset of Latin-1 that Spanish texts saved on Windows use), so a
   line mixing both is repaired character by character. A file that needs both is
   "mixed": it is still read, and the statistics say so.

Text is streamed: lines are read in pieces of at most 1 MB, so a 100 MB file never sits
in memory whole. Documents are paragraphs: blocks of lines between blank lines.
"""

from __future__ import annotations

import codecs
import errno
import io
import os
import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from lab.errors import LabError
from lab.i18n import QT_TRANSLATE_NOOP

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
HEAD_BYTES = 65536
MAX_LINE_BYTES = 1 << 20  # longer lines are cut at a space
MAX_DOC_CHARS = 20_000  # longer paragraphs are cut at a line end into several documents
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_SIGNATURES = ((b"%PDF", "PDF"), (b"PK\x03\x04", "ZIP, DOCX or ODT"), (b"\x89PNG", "PNG"), (b"\xff\xd8\xff", "JPEG"),
               (b"GIF8", "GIF"), (b"\x7fELF", "program"), (b"{\\rtf", "RTF"))
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")  # a multi-byte UTF-8 character (or a lookalike)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\v\x1b")


def _latin1_fallback(err: UnicodeDecodeError) -> tuple[str, int]:
    # The five bytes Windows-1252 leaves undefined read as their Latin-1 characters.
    return err.object[err.start:err.end].decode("latin-1"), err.end


def _cp1252_fallback(err: UnicodeDecodeError) -> tuple[str, int]:
    # One byte at a time: the next one may start a valid UTF-8 character again.
    return err.object[err.start:err.start + 1].decode("cp1252", errors="lab-latin1"), err.start + 1


codecs.register_error("lab-latin1", _latin1_fallback)
codecs.register_error("lab-cp1252", _cp1252_fallback)


READ_SUFFIXES = TEXT_SUFFIXES + (".html", ".htm", ".xhtml", ".pdf", ".jsonl", ".ndjson", ".parquet")


def find_text_files(paths: Iterable[Path | str]) -> list[tuple[Path, bool]]:
    """Each file to read and whether the learner named it (True) or it was found in a folder."""
    return find_inputs(paths)[0]


def find_inputs(paths: Iterable[Path | str], exclude: Path | None = None
                ) -> tuple[list[tuple[Path, bool]], list[dict[str, str]]]:
    """The files to read (named or found in folders) and the ones in folders that are skipped, with why.

    A name that is not a readable file (missing, a FIFO, a symlink loop) is a LabError; the
    same thing inside a folder is skipped. `exclude` (the output) is never read.
    """
    found: list[tuple[Path, bool]] = []
    skipped: list[dict[str, str]] = []
    for path in map(Path, paths):
        if _is_dir(path):
            inside, bad = _walk(path, exclude)
            if not inside and not bad:
                raise LabError(QT_TRANSLATE_NOOP("LabError", "The folder {path} has no files LLM Lab can read "
                                                 "(.txt, .md, .html, .pdf, .jsonl, .parquet). Choose a folder "
                                                 "with text in it."), path=str(path))
            found += [(p, False) for p in inside]
            skipped += bad
        else:
            problem = path_problem(path)
            if problem:
                raise problem
            found.append((path, True))
    return found, skipped


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # a symlink loop, a name too long
        return False


def _walk(folder: Path, exclude: Path | None) -> tuple[list[Path], list[dict[str, str]]]:
    """Files with a suffix we read under `folder` (hidden ones left out), and those we cannot read."""
    inside, bad = [], []
    skip = _resolved(exclude) if exclude is not None else None
    for path in sorted(folder.rglob("*")):
        if any(part.startswith(".") for part in path.relative_to(folder).parts):
            continue
        if path.suffix.lower() not in READ_SUFFIXES or _is_dir(path):
            continue
        problem = path_problem(path)
        if problem:
            bad.append({"path": str(path), "reason": problem.message()})
        elif skip is None or _resolved(path) != skip:
            inside.append(path)
    return inside, bad


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def path_problem(path: Path) -> LabError | None:
    """Why `path` cannot be read as a file (missing, a folder, a FIFO, a symlink loop, no permission), or None."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return LabError(QT_TRANSLATE_NOOP("LabError", "{path} is a symbolic link that points back to itself "
                                              "(a loop), so there is nothing to read. Choose the real file."),
                            path=str(path))
        if exc.errno in (errno.EACCES, errno.EPERM):
            return _no_permission(path)
        if os.path.lexists(path):
            return LabError(QT_TRANSLATE_NOOP("LabError", "{path} is a link to a file that does not exist. "
                                              "Choose the real file."), path=str(path))
        return LabError(QT_TRANSLATE_NOOP("LabError", "{path} does not exist. Check the name, or choose the "
                                          "file again."), path=str(path))
    if stat.S_ISDIR(mode):
        return LabError(QT_TRANSLATE_NOOP("LabError", "{path} is a folder. Choose one file."), path=str(path))
    if not stat.S_ISREG(mode):
        # Parameters that are words go through the "config" context when the message is translated.
        kind = (QT_TRANSLATE_NOOP("config", "FIFO (named pipe)") if stat.S_ISFIFO(mode) else
                QT_TRANSLATE_NOOP("config", "socket") if stat.S_ISSOCK(mode) else QT_TRANSLATE_NOOP("config", "device"))
        return LabError(QT_TRANSLATE_NOOP("LabError", "{path} is not a regular file (it is a {kind}), so it "
                                          "cannot be read as text. Choose a saved file."), path=str(path), kind=kind)
    if not os.access(path, os.R_OK):
        return _no_permission(path)
    return None


def _no_permission(path: Path) -> LabError:
    return LabError(QT_TRANSLATE_NOOP("LabError", "You do not have permission to read {path}. Ask its owner, "
                                      "or copy it somewhere you can read it."), path=str(path))


def sniff(head: bytes, name: str) -> str:
    """The encoding implied by the first bytes, "" for line-by-line UTF-8 / Windows-1252; LabError if binary."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            raise _binary(name, kind)
    if b"\0" in head:
        wide = _utf16_without_mark(head)
        if wide:
            return wide
        raise _binary(name, "binary")
    if head and sum(head.count(b) for b in _CONTROL_BYTES) > 0.05 * len(head):
        for wide in ("utf-16-le", "utf-16-be"):  # CJK text in UTF-16 may have no NUL at all
            if _reads_as_text(head, wide) and not _utf8(head):
                return wide
        raise _binary(name, "binary")
    return ""


def _utf16_without_mark(head: bytes) -> str:
    """"utf-16-le" / "utf-16-be" when the NULs mostly sit at one parity and the result reads as text, else "".

    Latin text in UTF-16 has a NUL in every other byte; Japanese or Chinese text has NULs
    mostly where it has line ends, spaces or ASCII, so mostly at the same parity.
    """
    even, odd = head[0::2].count(0), head[1::2].count(0)
    # A CJK character may have a zero byte too (言 is 8A 00), so "mostly one parity", not "only".
    encoding = "utf-16-le" if odd >= 2 * even and odd >= 2 else "utf-16-be" if even >= 2 * odd and even >= 2 else ""
    return encoding if encoding and _reads_as_text(head, encoding) else ""


def _reads_as_text(head: bytes, encoding: str) -> bool:
    """The head decodes in `encoding` with no broken characters, next to no control characters, some breaks."""
    text = head[:len(head) // 2 * 2].decode(encoding, errors="replace")
    if not text:
        return False
    bad = sum(c < " " and c not in "\t\n\r" for c in text) + text.count("\ufffd")
    bad += sum(0xE000 <= ord(c) <= 0xF8FF for c in text)  # private use: what random bytes decode to
    breaks = sum(c.isspace() or c in "\u3001\u3002\uff0c\uff0e" for c in text)
    return bad <= 0.01 * len(text) and breaks >= 0.01 * len(text)


def _utf8(head: bytes) -> bool:
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as err:
        return err.start >= len(head) - 3  # only a character cut at the end of the head
    return True


def _binary(name: str, kind: str) -> LabError:
    return LabError(QT_TRANSLATE_NOOP("LabError", "{path} is not a text file (it looks like {kind}). "
                                      "Save it as plain text (.txt) and try again."), path=name, kind=kind)


class TextReader:
    """Decoded lines of one binary stream; `encoding` and `bytes_read` grow as it is read."""

    def __init__(self, stream: io.BufferedIOBase, name: str) -> None:
        self.stream, self.name = stream, name
        self.bytes_read = 0
        self.encoding = ""
        self._utf8 = self._legacy = 0

    def __iter__(self) -> Iterator[str]:
        head = self.stream.read(HEAD_BYTES)
        self.stream.seek(0)
        declared = sniff(head, self.name)
        if declared.startswith(("utf-16", "utf-32")):
            self.encoding = declared
            yield from self._wide_lines(declared)
            return
        if declared == "utf-8-sig":
            self.stream.read(len(codecs.BOM_UTF8))
            self.bytes_read = len(codecs.BOM_UTF8)
        for piece in self._pieces():
            yield from self._decode(piece).splitlines()
        self.encoding = declared or self._guess()

    def _pieces(self) -> Iterator[bytes]:
        carry = b""
        while True:
            piece = carry + self.stream.readline(MAX_LINE_BYTES)
            carry = b""
            if not piece:
                return
            self.bytes_read += len(piece)
            if b"\0" in piece:
                raise _binary(self.name, "binary")
            if len(piece) >= MAX_LINE_BYTES and not piece.endswith(b"\n"):
                piece, carry = _cut(piece)
                self.bytes_read -= len(carry)
            yield piece

    def _decode(self, piece: bytes) -> str:
        try:
            text = piece.decode("utf-8")
            self._utf8 += not piece.isascii()
            return text
        except UnicodeDecodeError:
            self._legacy += 1
            # Only the bytes that are not UTF-8 are read as Windows-1252: a line that mixes both
            # (text pasted from two editors) keeps its UTF-8 characters instead of turning to mojibake.
            self._utf8 += bool(_UTF8_SEQUENCE.search(piece))
            return piece.decode("utf-8", errors="lab-cp1252")

    def _guess(self) -> str:
        if self._legacy and self._utf8:
            return "mixed"
        return "windows-1252" if self._legacy else "utf-8"

    def _wide_lines(self, encoding: str) -> Iterator[str]:
        width = 4 if "32" in encoding else 2
        text = io.TextIOWrapper(self.stream, encoding=encoding, errors="strict", newline=None)
        try:
            while line := text.readline(MAX_LINE_BYTES // width):
                self.bytes_read += len(line) * width
                yield line.rstrip("\n")
        except UnicodeDecodeError as exc:
            raise LabError(QT_TRANSLATE_NOOP("LabError", "{path} says it is {encoding} but is damaged ({reason}). "
                                             "Save it again as UTF-8 and try again."),
                           path=self.name, encoding=encoding.upper(), reason=str(exc)) from exc
        finally:
            text.detach()


def _cut(piece: bytes) -> tuple[bytes, bytes]:
    """Split an overlong line at its last space, or at least not inside a UTF-8 character."""
    space = piece.rfind(b" ")
    if space > 0:
        return piece[:space] + b"\n", piece[space + 1:]
    end = len(piece) - 1
    while end > 0 and piece[end] & 0xC0 == 0x80:
        end -= 1
    return (piece[:end] + b"\n", piece[end:]) if end > 0 else (piece, b"")


def decode_bytes(data: bytes, name: str = "text") -> tuple[str, str]:
    """Decode a whole file's bytes: `(text with \\n line ends, encoding name)`."""
    reader = TextReader(io.BytesIO(data), name)
    text = "\n".join(reader)
    return text, reader.encoding


def read_text(path: Path | str) -> str:
    """A whole text file, decoded (for previews and small files; `lab.jobs.clean` streams)."""
    path = Path(path)
    if not path.is_file():
        find_text_files([path])  # a LabError when it does not exist
        raise LabError(QT_TRANSLATE_NOOP("LabError", "{path} is a folder. Choose one file."), path=str(path))
    return decode_bytes(path.read_bytes(), str(path))[0]


def iter_documents(lines: Iterable[str], whole: bool = False) -> Iterator[str]:
    """Paragraphs (blocks between blank lines) of `lines`, cut at line ends past MAX_DOC_CHARS.

    With `whole`, the lines are one document (a web page, a dataset record) whose blank
    lines stay as single paragraph breaks, cut the same way when it is long.
    """
    block: list[str] = []
    size = 0
    for line in lines:
        if not line.strip():
            if whole:
                if block and block[-1]:
                    block.append("")
                continue
            if block:
                yield "\n".join(block)
            block, size = [], 0
            continue
        block.append(line)
        size += len(line) + 1
        if size >= MAX_DOC_CHARS:
            yield "\n".join(block).strip("\n")
            block, size = [], 0
    if block:
        yield "\n".join(block).strip("\n")


def split_documents(text: str) -> list[str]:
    """The documents of a text in memory (the same rule as `iter_documents`)."""
    return list(iter_documents(text.splitlines()))
