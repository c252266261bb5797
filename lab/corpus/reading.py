"""Reading the learner's text files, whatever their encoding, a line at a time.

No extra dependency guesses the encoding; the checks, on the first 64 KB, are:

1. a byte-order mark decides: UTF-8, UTF-16 or UTF-32;
2. NUL bytes at every other position mean UTF-16 without a mark; other NUL bytes, a
   known binary signature (PDF, ZIP/DOCX, images) or many control bytes mean a binary
   file, which is refused with a message saying what to do;
3. otherwise each line is decoded as UTF-8 and, when that fails, as Windows-1252 (the
   superset of Latin-1 that Spanish texts saved on Windows use). A file whose lines need
   both is "mixed": it is still read, and the statistics say so.

Text is streamed: lines are read in pieces of at most 1 MB, so a 100 MB file never sits
in memory whole. Documents are paragraphs: blocks of lines between blank lines.
"""

from __future__ import annotations

import codecs
import io
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
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\v\x1b")


def _latin1_fallback(err: UnicodeDecodeError) -> tuple[str, int]:
    # The five bytes Windows-1252 leaves undefined read as their Latin-1 characters.
    return err.object[err.start:err.end].decode("latin-1"), err.end


codecs.register_error("lab-latin1", _latin1_fallback)


def find_text_files(paths: Iterable[Path | str]) -> list[tuple[Path, bool]]:
    """Each file to read and whether the learner named it (True) or it was found in a folder."""
    found: list[tuple[Path, bool]] = []
    for path in map(Path, paths):
        if path.is_dir():
            inside = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES
                            and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not inside:
                raise LabError(QT_TRANSLATE_NOOP("LabError", "The folder {path} has no .txt or .md files. "
                                                 "Choose a folder with text files in it."), path=str(path))
            found += [(p, False) for p in inside]
        elif path.is_file():
            found.append((path, True))
        else:
            raise LabError(QT_TRANSLATE_NOOP("LabError", "{path} does not exist. Check the name, or choose the "
                                             "file again."), path=str(path))
    return found


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
        raise _binary(name, "binary")
    return ""


def _utf16_without_mark(head: bytes) -> str:
    """"utf-16-le" / "utf-16-be" when NULs sit at every other byte and the result reads as text, else ""."""
    half = max(1, len(head) // 2)
    even, odd = head[0::2].count(0) / half, head[1::2].count(0) / half
    encoding = "utf-16-le" if odd > 0.3 and even < 0.02 else "utf-16-be" if even > 0.3 and odd < 0.02 else ""
    if not encoding:
        return ""
    text = head[:len(head) // 2 * 2].decode(encoding, errors="replace")
    spaces = sum(c.isspace() for c in text)
    controls = sum(c < " " and c not in "\t\n\r" for c in text) + text.count("\ufffd")
    return encoding if spaces >= 0.05 * len(text) and controls <= 0.01 * len(text) else ""


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
            return piece.decode("cp1252", errors="lab-latin1")

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


def iter_documents(lines: Iterable[str]) -> Iterator[str]:
    """Paragraphs (blocks between blank lines) of `lines`, cut at line ends past MAX_DOC_CHARS."""
    block: list[str] = []
    size = 0
    for line in lines:
        if not line.strip():
            if block:
                yield "\n".join(block)
            block, size = [], 0
            continue
        block.append(line)
        size += len(line) + 1
        if size >= MAX_DOC_CHARS:
            yield "\n".join(block)
            block, size = [], 0
    if block:
        yield "\n".join(block)


def split_documents(text: str) -> list[str]:
    """The documents of a text in memory (the same rule as `iter_documents`)."""
    return list(iter_documents(text.splitlines()))
