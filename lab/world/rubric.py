"""The rubric that plays "the human": a true reward for any answer, and noisy preferences.

`true_reward(prompt, response)` scores four criteria, each from -1 (bad) to 1 (good):

- correctness: 1 when the response holds the right answer to the fact the prompt asks
  about and no wrong one; -1 when it gives only a wrong one (for a fact the model cannot
  know, a hallucination); 0 when it gives none and honestly says "I don't know"
  (`is_abstention`); -0.5 when it gives none otherwise, or both (a hedge); 0 when the
  prompt asks about no fact the world knows. So a correct answer beats an honest "I
  don't know", which beats a confident wrong fact.
- politeness: 1 without rude words, -1 with any.
- language: 1 when the response is in the prompt's language, -1 when in the other,
  in between for a mix, 0 when the response or the prompt has no function words to tell.
- concision: 1 up to 16 words, falling linearly to -1 at 48 words and beyond.

The total is the weighted mean (weights in `WEIGHTS`, summing to 1), so it also lies in
-1..1; the world's chosen answers score exactly 1. An empty response scores -1 on all.
`human_label` draws a human-like choice between two answers from these totals with the
Bradley–Terry model: P(a preferred) = sigmoid((r_a - r_b) / temperature).
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from functools import cache, lru_cache

from lab.corpus.language import contains, is_rude, language_votes, tokens
from lab.world import phrasing
from lab.world.facts import FACTS, FACTS_BY_ID, Fact, values_of

# Correctness weighs more than the three matters of style together: a careful human forgives a curt answer
# sooner than a false one. (0.4 before issue 16's gains: an honest "I don't know" then beat a made-up fact by
# only 0.4 of the total, about as much as a wrong language costs.)
WEIGHTS = {"correctness": 0.55, "politeness": 0.15, "language": 0.15, "concision": 0.15}
ABSTAIN_SCORE = 0.0  # correctness of an honest "I don't know": between a wrong fact (-1) and a right one (1)
ABSTAIN_PHRASES = ("no lo sé", "no lo se", "no sé", "don't know", "do not know", "dont know")
CONCISE_WORDS, RAMBLING_WORDS = 16, 48
SPECIAL_STRINGS = ("<|endoftext|>", "<|user|>", "<|assistant|>", "<|end|>")


@dataclass(frozen=True)
class RubricScore:
    """The rubric's verdict: one score per criterion and their weighted total, all in -1..1."""

    correctness: float
    politeness: float
    language: float
    concision: float
    total: float
    fact_id: str = ""  # the fact the prompt asks about, "" when none
    lang: str = ""  # the prompt's language

    def as_dict(self) -> dict[str, float | str]:
        return asdict(self)


@lru_cache(maxsize=8192)
def true_reward(prompt: str, response: str) -> RubricScore:
    """Score `response` to `prompt` as a careful human would (see the module docstring). Cached."""
    prompt, response = _strip_special(prompt), _strip_special(response)
    fact, lang = find_fact(prompt)
    if not response.strip():
        return RubricScore(-1.0, -1.0, -1.0, -1.0, -1.0, fact.id if fact else "", lang)
    scores = {
        "correctness": correctness(fact, lang, prompt, response) if fact else 0.0,
        "politeness": -1.0 if is_rude(response) else 1.0,
        "language": language_match(response, lang),
        "concision": concision(response),
    }
    total = sum(WEIGHTS[k] * v for k, v in scores.items())
    return RubricScore(**scores, total=round(total, 6), fact_id=fact.id if fact else "", lang=lang)


def human_label(prompt: str, a: str, b: str, rng, temperature: float = 0.1) -> int:
    """Which answer a human prefers: 0 for `a`, 1 for `b` (Bradley–Terry over the true reward).

    `rng` is a `random.Random` or a numpy `Generator` (anything with `.random()`). A
    temperature near 0 always picks the better answer (ties at random); about 0.1
    agrees with the rubric most of the time; 1 or more is close to a coin toss.
    """
    p = preference_probability(prompt, a, b, temperature)
    return 0 if rng.random() < p else 1


def preference_probability(prompt: str, a: str, b: str, temperature: float = 0.1) -> float:
    """P(a preferred over b) under Bradley–Terry with the given temperature."""
    margin = true_reward(prompt, a).total - true_reward(prompt, b).total
    if temperature <= 0:
        return 1.0 if margin > 0 else 0.0 if margin < 0 else 0.5
    return 1.0 / (1.0 + math.exp(-margin / temperature))


# --- criteria -----------------------------------------------------------------------
def correctness(fact: Fact, lang: str, prompt: str, response: str) -> float:
    said, asked = tokens(response), tokens(prompt)
    right = any(contains(said, form) for form in fact.accepted(lang) if not contains(asked, form))
    wrong = states_wrong(fact, lang, prompt, response)
    if right and not wrong:
        return 1.0
    if wrong and not right:
        return -1.0
    return ABSTAIN_SCORE if not right and is_abstention(response) else -0.5


def states_wrong(fact: Fact, lang: str, prompt: str, response: str) -> bool:
    """Whether `response` gives a wrong value for `fact` (a value the prompt itself does not name)."""
    said, asked = tokens(response), tokens(prompt)
    return any(contains(said, form) for form in _wrong_forms(fact.id, lang) if not contains(asked, form))


def is_abstention(response: str) -> bool:
    """Whether the response says "I don't know" (in either language)."""
    said = tokens(response)
    return any(contains(said, phrase) for phrase in ABSTAIN_PHRASES)


def language_match(response: str, lang: str) -> float:
    if lang not in ("es", "en"):
        return 0.0
    votes = language_votes(response)
    other = "en" if lang == "es" else "es"
    same, diff = votes[lang], votes[other]
    return (same - diff) / (same + diff) if same + diff else 0.0


def concision(response: str) -> float:
    n = len(response.split())
    if n <= CONCISE_WORDS:
        return 1.0
    return max(-1.0, 1.0 - 2.0 * (n - CONCISE_WORDS) / (RAMBLING_WORDS - CONCISE_WORDS))


# --- which fact a prompt asks about ---------------------------------------------------
def find_fact(prompt: str) -> tuple[Fact | None, str]:
    """The fact `prompt` asks about and the prompt's language, or (None, language)."""
    key = " ".join(tokens(prompt))
    hit = _question_index().get(key)
    if hit:
        return hit
    lang = _prompt_language(prompt)
    best, best_len, padded = None, 0, f" {key} "
    for fact, subject, n in _subjects(lang):  # a free-form question: the longest subject it names
        if n > best_len and f" {subject} " in padded:
            best, best_len = fact, n
    return best, lang


@lru_cache(maxsize=3)
def _subjects(lang: str) -> list[tuple[Fact, str, int]]:
    """Each fact's subject as tokens, in `lang` (in both languages when `lang` is "")."""
    out = []
    for fact in FACTS:
        for words in {tuple(tokens(fact.subject(x))) for x in ([lang] if lang else ["es", "en"])}:
            out.append((fact, " ".join(words), len(words)))
    return out


def _prompt_language(prompt: str) -> str:
    """"es" or "en" by function words (then Spanish marks); "" when there is nothing to tell."""
    votes = language_votes(prompt)
    if votes["es"] != votes["en"]:
        return "es" if votes["es"] > votes["en"] else "en"
    return "es" if any(c in prompt for c in "¿¡ñáéíóú") else ""


@lru_cache(maxsize=1)
def _question_index() -> dict[str, tuple[Fact, str]]:
    index = {}
    for fact in FACTS:
        for lang in ("es", "en"):
            for q in phrasing.all_questions(fact, lang) + phrasing.all_probe_questions(fact, lang):
                index[" ".join(tokens(q))] = (fact, lang)
    return index


@cache
def _wrong_forms(fact_id: str, lang: str) -> tuple[str, ...]:
    fact = FACTS_BY_ID[fact_id]
    right = set(tokens(" | ".join(fact.accepted(lang))))
    forms = []
    for value in values_of(fact.kind):
        if value == fact.value:
            continue
        for form in (fact.answer(lang, value),) if fact.kind == "word" else value.forms():
            if not set(tokens(form)) <= right:
                forms.append(form)
    return tuple(forms)


def _strip_special(text: str) -> str:
    for s in SPECIAL_STRINGS:
        text = text.replace(s, " ")
    return text.strip()
