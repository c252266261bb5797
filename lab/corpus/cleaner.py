"""The cleaning pipeline: which steps run (`CleanConfig`), in order, with statistics after each.

A `Cleaner` takes one document at a time (so it can stream a file of any size), passes
it through the steps that are on, and counts what comes out of every step: documents,
characters, words, lines, how many each step removed or changed (and the characters it
took away), which rule of the repetition and quality filters fired, the share of each
language before and after, and a few examples of what each step did.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, fields, replace

from lab.config import param, validate
from lab.corpus import steps
from lab.corpus.dedupe import ExactDeduper, NearDeduper
from lab.corpus.language import LANGUAGES, detect_language, is_rude
from lab.corpus.reading import split_documents
from lab.corpus.repetition import LineDeduper, quality_reason, repetition_reason
from lab.i18n import QT_TRANSLATE_NOOP

DOC_SEPARATOR = "\n\n"
STEPS = ("normalize", "strip_markup", "filter_junk", "filter_length", "filter_repetition", "filter_quality",
         "filter_language", "filter_rude", "dedupe_exact", "dedupe_near", "dedupe_lines")
EXAMPLES_PER_STEP = 5
EXAMPLE_CHARS = 300


@dataclass(frozen=True)
class CleanConfig:
    """Which cleaning steps are on. Each one can be switched off to see what it does."""

    normalize: bool = param(True, QT_TRANSLATE_NOOP("config", "Normalise"),
                            QT_TRANSLATE_NOOP("config", "Same Unicode form (NFC) for accents, no control characters, "
                                              "single spaces."))
    strip_markup: bool = param(True, QT_TRANSLATE_NOOP("config", "Remove markup"),
                               QT_TRANSLATE_NOOP("config", "Remove HTML tags and entities, Markdown marks, and "
                                                 "boilerplate lines such as cookie notices and menus."))
    filter_junk: bool = param(True, QT_TRANSLATE_NOOP("config", "Remove junk"),
                              QT_TRANSLATE_NOOP("config", "Drop documents that are not prose: mostly symbols, "
                                                "digits or very long strings."))
    min_chars: int = param(20, QT_TRANSLATE_NOOP("config", "Minimum length"),
                           QT_TRANSLATE_NOOP("config", "Drop documents shorter than this many characters "
                                             "(0 keeps them all)."), 0, 100_000)
    filter_repetition: bool = param(False, QT_TRANSLATE_NOOP("config", "Remove repetitive documents"),
                                    QT_TRANSLATE_NOOP("config", "Gopher's repetition filters: drop documents with "
                                                      "too many repeated lines, paragraphs or word sequences. "
                                                      "On for your own files; the world's pages repeat on "
                                                      "purpose."))
    filter_quality: bool = param(False, QT_TRANSLATE_NOOP("config", "Quality rules"),
                                 QT_TRANSLATE_NOOP("config", "Gopher's quality rules: drop documents with odd word "
                                                   "lengths, many '#' or '…', only bullet lines, or no common "
                                                   "words such as 'de', 'la', 'the'."))
    filter_language: bool = param(False, QT_TRANSLATE_NOOP("config", "Only Spanish and English"),
                                  QT_TRANSLATE_NOOP("config", "Drop documents that look neither Spanish nor English."))
    filter_rude: bool = param(False, QT_TRANSLATE_NOOP("config", "Remove rude documents"),
                              QT_TRANSLATE_NOOP("config", "Drop documents with insults. Note that it drops the "
                                                "whole thread, good replies included."))
    dedupe_exact: bool = param(True, QT_TRANSLATE_NOOP("config", "Remove exact duplicates"),
                               QT_TRANSLATE_NOOP("config", "Keep one copy of documents that are equal "
                                                 "apart from case, punctuation and spacing."))
    dedupe_near: bool = param(True, QT_TRANSLATE_NOOP("config", "Remove near duplicates"),
                              QT_TRANSLATE_NOOP("config", "Keep one copy of documents that share most of their "
                                                "word triples (MinHash)."))
    dedupe_lines: bool = param(False, QT_TRANSLATE_NOOP("config", "Remove repeated lines"),
                               QT_TRANSLATE_NOOP("config", "Drop lines that an earlier document already had: menus, "
                                                 "cookie notices and footers every page of a site repeats (CCNet). "
                                                 "On for your own files; the world repeats its facts on "
                                                 "purpose."))
    near_threshold: float = param(0.7, QT_TRANSLATE_NOOP("config", "Near-duplicate similarity"),
                                  QT_TRANSLATE_NOOP("config", "How similar (Jaccard, 0 to 1) two documents must be "
                                                    "to count as near duplicates."), 0.3, 1.0)

    PRESETS = {"tiny": {}, "classroom": {}, "full": {}}


# The steps of real web pipelines, on for the learner's own files (`corpus clean`, the Corpus page)
# but off for the synthetic world, whose pages repeat their facts and templates on purpose.
REAL_TEXT_STEPS = ("filter_repetition", "filter_quality", "dedupe_lines")


def for_real_text(cfg: CleanConfig | None = None) -> CleanConfig:
    """`cfg` with the steps of real web pipelines switched on."""
    return replace(cfg or CleanConfig(), **{name: True for name in REAL_TEXT_STEPS})


@dataclass
class StepStats:
    """What came out of one step."""

    docs: int = 0
    chars: int = 0
    words: int = 0
    lines: int = 0
    removed: int = 0
    changed: int = 0
    chars_removed: int = 0

    def add(self, size: tuple[int, int, int]) -> None:
        self.docs += 1
        self.chars += size[0]
        self.words += size[1]
        self.lines += size[2]

    def as_dict(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


class Cleaner:
    """Runs the enabled steps on one document at a time and keeps the statistics."""

    def __init__(self, cfg: CleanConfig | None = None) -> None:
        self.cfg = validate(cfg or CleanConfig())
        exact, near = ExactDeduper(), NearDeduper(self.cfg.near_threshold)
        self.lines = LineDeduper()
        self.reasons: dict[str, dict[str, int]] = {"filter_repetition": {}, "filter_quality": {}}
        table: dict[str, Callable[[str], str | None]] = {
            "normalize": steps.normalize,
            "strip_markup": steps.strip_markup,
            "filter_junk": lambda d: None if steps.is_junk(d) else d,
            "filter_length": lambda d: None if len(d) < self.cfg.min_chars else d,
            "filter_language": lambda d: None if detect_language(d) == "other" else d,
            "filter_rude": lambda d: None if is_rude(d) else d,
            "dedupe_exact": lambda d: None if exact.is_duplicate(d) else d,
            "dedupe_near": lambda d: None if near.is_duplicate(d) else d,
            "filter_repetition": lambda d: self._rule("filter_repetition", repetition_reason(d), d),
            "filter_quality": lambda d: self._rule("filter_quality", quality_reason(d), d),
            "dedupe_lines": self.lines.remove_seen,
        }
        self.steps = [(name, table[name]) for name in STEPS if self._enabled(name)]
        self.counts = {"input": StepStats(), **{name: StepStats() for name, _ in self.steps}}
        self.languages = {when: {lang: {"docs": 0, "chars": 0} for lang in LANGUAGES} for when in ("before", "after")}
        self.examples: dict[str, list[dict[str, str]]] = {name: [] for name, _ in self.steps}

    def _rule(self, step: str, reason: str | None, doc: str) -> str | None:
        """None (and the rule counted) when a filter gives a reason to drop `doc`."""
        if reason is None:
            return doc
        self.reasons[step][reason] = self.reasons[step].get(reason, 0) + 1
        return None

    def _enabled(self, name: str) -> bool:
        if name == "filter_length":
            return self.cfg.min_chars > 0
        return bool(getattr(self.cfg, name))

    def process(self, doc: str) -> str | None:
        """The cleaned document, or None when a step removed it."""
        size = _measure(doc)
        self.counts["input"].add(size)
        lang = self._language("before", doc, None)
        original = doc
        for name, step in self.steps:
            out = step(doc)
            stats = self.counts[name]
            if not out:
                stats.removed += 1
                stats.chars_removed += size[0]
                self._example(name, doc, None)
                return None
            if out != doc:
                stats.changed += 1
                self._example(name, doc, out)
                stats.chars_removed += size[0] - len(out)
                size = _measure(out)
            stats.add(size)
            doc = out
        self._language("after", doc, lang if doc == original else None)
        return doc

    def _language(self, when: str, doc: str, known: str | None) -> str:
        lang = known or detect_language(doc)
        row = self.languages[when][lang]
        row["docs"] += 1
        row["chars"] += len(doc)
        return lang

    def _example(self, name: str, before: str, after: str | None) -> None:
        """Keep a few examples per step; for a change, the excerpt starts just before the first difference."""
        shown = self.examples[name]
        if len(shown) >= EXAMPLES_PER_STEP:
            return
        start = 0
        if after:
            same = len(os.path.commonprefix([before, after]))
            start = max(0, same - EXAMPLE_CHARS // 3) if same > EXAMPLE_CHARS // 2 else 0
        mark = "…" if start else ""
        shown.append({"before": mark + before[start:start + EXAMPLE_CHARS],
                      **({"after": mark + after[start:start + EXAMPLE_CHARS]} if after else {})})

    @property
    def kept(self) -> int:
        return self.counts[self.steps[-1][0]].docs if self.steps else self.counts["input"].docs

    def report(self) -> dict:
        """The statistics so far, as plain JSON-ready data."""
        return {
            "steps": [{"step": name, **c.as_dict()} for name, c in self.counts.items()],
            "removed": {name: c.removed for name, c in self.counts.items() if name != "input"},
            "languages": self.languages,
            "examples": self.examples,
            "reasons": {k: v for k, v in self.reasons.items() if v},
            "lines_removed": self.lines.lines_removed,
            "kept_docs": self.kept,
        }


def _measure(doc: str) -> tuple[int, int, int]:
    """(characters, words, lines) of a document."""
    return len(doc), steps.count_words(doc), doc.count("\n") + 1


def clean_text(text: str, cfg: CleanConfig | None = None) -> tuple[str, dict]:
    """Clean a text held in memory: `(clean text, statistics)` (documents split at blank lines)."""
    cleaner = Cleaner(cfg)
    kept = [d for d in map(cleaner.process, split_documents(text)) if d]
    return (DOC_SEPARATOR.join(kept) + "\n" if kept else ""), cleaner.report()
