"""The learner's own text: open it in any encoding, clean it, and count what changed.

- `reading`: find the files to read (or a folder of them) and say why one cannot be read,
  detect a text file's encoding (UTF-8, UTF-8/16/32 with a byte-order mark, UTF-16
  without one, Windows-1252/Latin-1, mixed), stream lines;
- `formats`: web pages (trafilatura's main text), PDFs, JSONL records and Parquet shards;
- `steps`: normalise Unicode, strip markup and boilerplate, spot junk;
- `repetition`: Gopher's repetition and quality filters, CCNet-style line deduplication;
- `prompts`: prompts for pretraining samples taken from the corpus itself;
- `dedupe`: exact (normalised hash) and near (MinHash + LSH) duplicate removal;
- `language`: a Spanish / English / other heuristic and a rude-word check;
- `cleaner`: the steps in order with statistics after each (`CleanConfig` toggles them).

A corpus is documents separated by blank lines (`DOC_SEPARATOR`): paragraphs of the
learner's text, or the pages of `lab.world`. `clean(...)` is the streaming job
(`lab.jobs.clean.run`) that writes the clean text to a file as it goes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from lab.corpus.cleaner import DOC_SEPARATOR, STEPS, CleanConfig, Cleaner, clean_text
from lab.corpus.language import RUDE_WORDS, detect_language, is_rude
from lab.corpus.reading import TEXT_SUFFIXES, decode_bytes, find_text_files, iter_documents, read_text, split_documents

if TYPE_CHECKING:
    from collections.abc import Sequence

    from lab.events import Job

__all__ = [
    "DOC_SEPARATOR", "RUDE_WORDS", "STEPS", "TEXT_SUFFIXES", "CleanConfig", "Cleaner", "clean", "clean_text",
    "decode_bytes", "detect_language", "find_text_files", "is_rude", "iter_documents", "read_text",
    "split_documents",
]


def clean(source: str | Path | Sequence[Path | str], cfg: CleanConfig | None = None,
          out_path: Path | str | None = None, text_field: str = "text") -> Job:
    """The streaming cleaning job (`lab.jobs.clean.run`). A `str` is text, a `Path` a file or folder.

    Note the order: settings before the output here, as the pages call it;
    `lab.jobs.clean.run(source, out_path, cfg)` has them the other way round.
    For a text in memory and its result as a string, `clean_text(text, cfg)` is simpler.
    """
    from lab.jobs.clean import run

    return run(source, out_path=out_path, cfg=cfg, text_field=text_field)
