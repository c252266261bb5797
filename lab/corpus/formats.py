"""The files a teacher brings besides plain text: web pages, PDFs and dataset shards.

Each reader gives the documents of one file, its `kind` and `encoding`, how many bytes
it has read (for progress) and `notes` for the statistics:

- `.html` / `.htm`: the page's main text, found by trafilatura favouring precision, as
  FineWeb's pipeline (datatrove) runs it; tables are left out, as their cells are not
  prose. One document per page; the notes say how much of the page's text extraction
  dropped (menus, footers, sidebars), with a few dropped lines as examples;
- `.pdf`: the text of each page (pypdf), one document per page;
- `.jsonl`: one document per record, read from the field `text_field` ("text" by
  default, as in FineWeb's exports);
- `.parquet`: the column `text_field`, a batch of rows at a time, as in FineWeb's shards.

A file that cannot give text (an encrypted PDF, a page with no main text, a broken
shard, records without the field) raises a LabError saying why; in a folder that file
is skipped with that reason and the others are read.
"""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from pathlib import Path

from lab.corpus.reading import TextReader, decode_bytes, iter_documents
from lab.errors import LabError
from lab.i18n import QT_TRANSLATE_NOOP

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
KINDS = {".pdf": "pdf", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet",
         **{s: "html" for s in HTML_SUFFIXES}}
DEFAULT_TEXT_FIELD = "text"
MAX_PAGE_BYTES = 20 << 20  # a saved web page larger than this is not a page
DROPPED_EXAMPLES = 5
PARQUET_BATCH = 256
RECORDS_BEFORE_GIVING_UP = 100  # this many records in a row without the field: the wrong field


def kind_of(path: Path) -> str:
    """"html", "pdf", "jsonl", "parquet", or "text" (the .txt/.md reader) from the file's suffix."""
    return KINDS.get(path.suffix.lower(), "text")


def open_reader(path: Path, text_field: str = DEFAULT_TEXT_FIELD):
    """The reader for `path`'s kind (the caller closes it)."""
    kind = kind_of(path)
    if kind == "text":
        return PlainReader(path)
    return {"html": HtmlReader, "pdf": PdfReader, "jsonl": JsonlReader, "parquet": ParquetReader}[kind](
        path, text_field)


def chunks(lines: list[str]) -> Iterator[str]:
    """One document (a page, a record), paragraph breaks kept, cut at line ends past MAX_DOC_CHARS."""
    return iter_documents(lines, whole=True)


class _Reader:
    """What every reader has: the file, its kind and encoding, bytes read, notes, close()."""

    kind = "text"

    def __init__(self, path: Path, text_field: str = DEFAULT_TEXT_FIELD) -> None:
        self.path, self.name, self.text_field = path, str(path), text_field
        self.encoding, self.bytes_read, self.notes = "", 0, {}
        self.stream: io.BufferedIOBase | None = None

    def close(self) -> None:
        if self.stream is not None:
            self.stream.close()

    def documents(self) -> Iterator[str]:
        raise NotImplementedError


class PlainReader(_Reader):
    """.txt and .md: paragraphs are documents (`lab.corpus.reading`)."""

    def documents(self) -> Iterator[str]:
        self.stream = open(self.path, "rb")  # noqa: SIM115 - closed by close()
        self._text = TextReader(self.stream, self.name)
        for doc in iter_documents(self._text):
            self.bytes_read = self._text.bytes_read
            yield doc
        self.bytes_read, self.encoding = self._text.bytes_read, self._text.encoding


class HtmlReader(_Reader):
    kind = "html"

    def documents(self) -> Iterator[str]:
        import trafilatura

        data = self.path.read_bytes()[:MAX_PAGE_BYTES]
        page, self.encoding = decode_bytes(data, self.name)
        self.bytes_read = len(data)
        main = trafilatura.extract(page, include_comments=False, include_tables=False, favor_precision=True,
                                   deduplicate=False) or ""
        everything = trafilatura.html2txt(page) or ""
        kept = [line for line in main.splitlines() if line.strip()]
        self.notes = {"chars_page": len(everything), "chars_kept": sum(map(len, kept)),
                      "dropped": _dropped_lines(everything, set(kept))}
        if not kept:
            raise LabError(QT_TRANSLATE_NOOP("LabError", "{path} has no main text to read (only menus, links or "
                                             "scripts). It was skipped."), path=self.name)
        yield from chunks(kept)


def _dropped_lines(everything: str, kept: set[str]) -> list[str]:
    """A few lines of the page's text that extraction left out (menus, footers…)."""
    dropped: list[str] = []
    for line in everything.splitlines():
        line = line.strip()
        if line and line not in kept and line not in dropped:
            dropped.append(line[:120])
            if len(dropped) == DROPPED_EXAMPLES:
                break
    return dropped


class PdfReader(_Reader):
    kind = "pdf"

    def documents(self) -> Iterator[str]:
        import pypdf
        from pypdf.errors import PyPdfError

        logging.getLogger("pypdf").setLevel(logging.ERROR)  # font warnings are not the learner's problem
        self.encoding = "pdf"
        self.stream = open(self.path, "rb")  # noqa: SIM115 - closed by close()
        try:
            pdf = pypdf.PdfReader(self.stream)
            if pdf.is_encrypted and not pdf.decrypt(""):
                raise LabError(QT_TRANSLATE_NOOP("LabError", "{path} is a password-protected PDF, so its text "
                                                 "cannot be read. Save a copy without a password."), path=self.name)
            pages, size, found = len(pdf.pages), self.path.stat().st_size, 0
            for number, page in enumerate(pdf.pages, 1):
                lines = (page.extract_text() or "").splitlines()
                self.bytes_read = size * number // max(1, pages)
                for doc in chunks(lines):
                    found += 1
                    yield doc
        except (PyPdfError, ValueError, KeyError, TypeError) as exc:
            raise _damaged(self.name, "PDF", exc) from exc
        if not found:
            raise LabError(QT_TRANSLATE_NOOP("LabError", "{path} has no text in it (a scanned PDF is only "
                                             "pictures). It was skipped."), path=self.name)


class JsonlReader(_Reader):
    kind = "jsonl"

    def documents(self) -> Iterator[str]:
        self.stream = open(self.path, "rb")  # noqa: SIM115 - closed by close()
        text = TextReader(self.stream, self.name)
        records = missing = 0
        fields: set[str] = set()
        for line in text:
            self.bytes_read = text.bytes_read
            if not line.strip():
                continue
            value = _record_text(line, self.text_field, fields)
            if value is None:
                missing += 1
                if not records and missing >= RECORDS_BEFORE_GIVING_UP:
                    break
                continue
            records += 1
            yield from chunks(value.splitlines())
        self.encoding = text.encoding or "utf-8"
        self.notes = {"field": self.text_field, "records": records, "without_field": missing}
        if not records:
            raise _no_field(self.name, self.text_field, fields, "JSONL")


def _record_text(line: str, field: str, fields: set[str]) -> str | None:
    """The text field of one JSON line, or None (not an object, no such field, not a string)."""
    try:
        record = json.loads(line)
    except ValueError:
        return None
    if not isinstance(record, dict):
        return None
    if len(fields) < 20:
        fields.update(k for k in record if isinstance(record[k], str))
    value = record.get(field)
    return value if isinstance(value, str) else None


def _no_field(name: str, field: str, fields: set[str], kind: str) -> LabError:
    found = ", ".join(sorted(fields)[:8]) or "—"
    return LabError(QT_TRANSLATE_NOOP("LabError", "{path} has no text field \"{field}\" ({kind}). Its text "
                                      "fields are: {found}. Choose one with --text-field."),
                    path=name, field=field, kind=kind, found=found)


def _damaged(name: str, kind: str, exc: Exception) -> LabError:
    return LabError(QT_TRANSLATE_NOOP("LabError", "{path} is a damaged {kind} file and cannot be read "
                                      "({reason}). It was skipped."), path=name, kind=kind, reason=str(exc)[:120])


class ParquetReader(_Reader):
    kind = "parquet"

    def documents(self) -> Iterator[str]:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.encoding = "utf-8"
        try:
            shard = pq.ParquetFile(self.path)
            names = shard.schema_arrow.names
            column = shard.schema_arrow.field(self.text_field) if self.text_field in names else None
            if column is None or not (pa.types.is_string(column.type) or pa.types.is_large_string(column.type)):
                text_columns = {f.name for f in shard.schema_arrow if pa.types.is_string(f.type)
                                or pa.types.is_large_string(f.type)}
                raise _no_field(self.name, self.text_field, text_columns, "Parquet")
            rows, size, seen = max(1, shard.metadata.num_rows), self.path.stat().st_size, 0
            for batch in shard.iter_batches(batch_size=PARQUET_BATCH, columns=[self.text_field]):
                for value in batch.column(0).to_pylist():
                    if value:
                        yield from chunks(value.splitlines())
                seen += batch.num_rows
                self.bytes_read = size * seen // rows
            self.notes = {"field": self.text_field, "records": seen}
        except PermissionError:
            raise
        except (pa.ArrowException, OSError) as exc:
            raise _damaged(self.name, "Parquet", exc) from exc
