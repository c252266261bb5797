"""Prompts for the samples written during pretraining, taken from the learner's own corpus.

A model trained on Debian manuals should be asked to continue a sentence of a manual,
not "The cat says". We keep the fixed prompts that the corpus itself contains (the
world's corpus has "La capital de Francia es"), and otherwise take the opening words of
sentences of the corpus: plain prose lines (a capital letter first, mostly letters, no
code) of at least `MIN_WORDS` words, one per language the corpus has enough of.
"""

from __future__ import annotations

import re

from lab.corpus.language import detect_language

PROMPT_WORDS = 4
MIN_WORDS = 8
SCAN_CHARS = 2_000_000  # the prompts come from the first part of a large corpus
MIN_SHARE = 0.1  # a language needs this share of the candidate lines to get a prompt
_PROSE = re.compile(r"^[A-ZÁÉÍÓÚÑ¿¡][a-záéíóúüñ]+(?: [A-Za-zÁÉÍÓÚÑáéíóúüñ,]+){" + str(MIN_WORDS - 1) + ",}")


def sample_prompts(text: str, fixed: tuple[tuple[str, str], ...], count: int = 2) -> tuple[tuple[str, str], ...]:
    """`count` (language, prompt) pairs: the `fixed` ones the corpus contains, then openings of its sentences."""
    head = text[:SCAN_CHARS]
    chosen = [(tag, prompt) for tag, prompt in fixed if prompt in head]
    if len(chosen) >= count:
        return tuple(chosen[:count])
    candidates = _candidates(head)
    for tag, prompt in _spread(candidates, count):
        if len(chosen) < count and prompt not in {p for _, p in chosen}:
            chosen.append((tag, prompt))
    return tuple(chosen) if chosen else fixed[:count]


def _candidates(text: str) -> list[tuple[str, str]]:
    """(language, first words) of each prose line, in the order of the corpus."""
    found = []
    for line in text.splitlines():
        line = line.strip()
        if _PROSE.match(line):
            lang = detect_language(line)
            if lang != "other":
                found.append((lang, " ".join(line.split()[:PROMPT_WORDS])))
    return found


def _spread(candidates: list[tuple[str, str]], count: int) -> list[tuple[str, str]]:
    """One candidate per language with enough lines (the commonest first), then more from across the corpus."""
    if not candidates:
        return []
    langs = sorted({lang for lang, _ in candidates}, key=lambda g: -sum(c[0] == g for c in candidates))
    picked = []
    for lang in langs:
        mine = [c for c in candidates if c[0] == lang]
        if len(mine) >= MIN_SHARE * len(candidates):
            picked.append(mine[len(mine) // 3])  # not the title page: a third of the way in
    step = max(1, len(candidates) // (count + 1))
    picked += candidates[step::step]
    return picked
