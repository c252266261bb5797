"""Repetition and quality filters of real pretraining pipelines, and line deduplication across documents.

- `repetition_reason`: the Gopher repetition filters (Rae et al. 2021, "Scaling Language
  Models: Methods, Analysis & Insights from Training Gopher", appendix A.1.1, table A1):
  a document goes when too much of it is duplicate lines or paragraphs, when its most
  frequent 2-, 3- or 4-gram covers too many of its characters, or when too many of its
  characters sit in 5- to 10-grams that occur more than once.
- `quality_reason`: the Gopher quality heuristics we keep: mean word length between 3
  and 10, few "#" and ellipses, not all bullet lines, and (in a long enough document) a
  few stop words of Spanish or English, which real prose always has.
- `LineDeduper`: removes lines already seen in an earlier document, as CCNet (Wenzek et al.
  2020) does with paragraphs: menus, cookie banners and footers that every page of a site
  repeats. The first copy stays (we stream, so we cannot know about later copies).

Each returns a short reason (a key such as "dup_lines") so the statistics can say which rule fired.
"""

from __future__ import annotations

import hashlib
from collections import Counter

from lab.corpus.steps import dedupe_key

# Gopher, table A1: share of lines / paragraphs (and of their characters) that are duplicates.
DUP_LINES, DUP_LINE_CHARS = 0.30, 0.20
DUP_PARAS, DUP_PARA_CHARS = 0.30, 0.20
TOP_NGRAM = {2: 0.20, 3: 0.18, 4: 0.16}  # chars in the most frequent n-gram
DUP_NGRAM = {5: 0.15, 6: 0.14, 7: 0.13, 8: 0.12, 9: 0.11, 10: 0.10}  # chars in repeated n-grams
MIN_NGRAM_WORDS = 50  # Gopher keeps no document shorter; on short texts the rules fire by chance
MIN_STOPWORD_WORDS = 20
STOP_WORDS = frozenset(
    "the be to of and that have with "  # Gopher's eight English stop words, and a few more
    "a an is are was in on it for you this not "
    "de la que el en y a los se del las un por con no una su para es al lo como".split())  # Spanish's commonest
BULLETS = ("•", "-", "*", "·", "‣", "◦", "–")


def repetition_reason(doc: str) -> str | None:
    """Which Gopher repetition rule `doc` breaks ("dup_lines", "top_3gram", "dup_7gram"…), or None."""
    lines = [line for line in doc.split("\n") if line.strip()]
    if len(lines) > 1 and _duplicated(lines, DUP_LINES, DUP_LINE_CHARS):
        return "dup_lines"
    paragraphs = [p for p in doc.split("\n\n") if p.strip()]
    if len(paragraphs) > 1 and _duplicated(paragraphs, DUP_PARAS, DUP_PARA_CHARS):
        return "dup_paragraphs"
    words = doc.split()
    if len(words) < MIN_NGRAM_WORDS:
        return None
    total = sum(map(len, words))
    for n, limit in TOP_NGRAM.items():
        if _top_ngram_chars(words, n) > limit * total:
            return f"top_{n}gram"
    for n, limit in DUP_NGRAM.items():
        if _repeated_ngram_chars(words, n) > limit * total:
            return f"dup_{n}gram"
    return None


def _duplicated(items: list[str], share: float, char_share: float) -> bool:
    """More than `share` of the items, or of their characters, are copies of an earlier item."""
    seen: set[str] = set()
    dup = dup_chars = 0
    for item in items:
        if item in seen:
            dup += 1
            dup_chars += len(item)
        seen.add(item)
    return dup > share * len(items) or dup_chars > char_share * sum(map(len, items))


def _top_ngram_chars(words: list[str], n: int) -> int:
    """Characters covered by the most frequent n-gram (its count times its length)."""
    grams = Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))
    gram, count = grams.most_common(1)[0]
    return count * sum(map(len, gram)) if count > 1 else 0


def _repeated_ngram_chars(words: list[str], n: int) -> int:
    """Characters of the words covered by an n-gram that occurs more than once (each word counted once)."""
    grams = Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))
    covered = bytearray(len(words))
    for i in range(len(words) - n + 1):
        if grams[tuple(words[i:i + n])] > 1:
            covered[i:i + n] = b"\x01" * n
    return sum(len(w) for w, c in zip(words, covered, strict=True) if c)


def quality_reason(doc: str) -> str | None:
    """Which kept Gopher quality rule `doc` breaks ("word_length", "symbols", "bullets", "ellipsis",
    "stop_words"), or None."""
    words = doc.split()
    if not words:
        return "word_length"
    mean = sum(map(len, words)) / len(words)
    if not 3 <= mean <= 10:
        return "word_length"
    if (doc.count("#") + doc.count("...") + doc.count("…")) > 0.1 * len(words):
        return "symbols"
    lines = [line.strip() for line in doc.split("\n") if line.strip()]
    if len(lines) > 2 and sum(line.startswith(BULLETS) for line in lines) > 0.9 * len(lines):
        return "bullets"
    if len(lines) > 2 and sum(line.endswith(("...", "…")) for line in lines) > 0.3 * len(lines):
        return "ellipsis"
    if len(words) >= MIN_STOPWORD_WORDS and sum(w.casefold().strip(".,;:¡!¿?«»\"'()") in STOP_WORDS
                                                 for w in words) < 2:
        return "stop_words"
    return None


class LineDeduper:
    """Drops lines of a document that an earlier document already had (case, punctuation, spacing ignored)."""

    def __init__(self) -> None:
        self.seen: set[bytes] = set()
        self.lines_removed = 0

    def remove_seen(self, doc: str) -> str:
        out, mine = [], set()
        for line in doc.split("\n"):
            key = dedupe_key(line) or line.strip()  # a line of symbols ("|---|") compares as it is
            if not key:
                out.append(line)
                continue
            digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()
            if digest in self.seen and digest not in mine:
                self.lines_removed += 1
                continue
            mine.add(digest)
            out.append(line)
        self.seen |= mine
        return "\n".join(out).strip("\n")
