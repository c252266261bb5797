"""The world's post-training sets: SFT conversations, preference pairs and probe questions.

- SFT: a user asks about a known fact; the assistant answers politely, correctly and
  briefly, in the language of the question, in the common `{"messages": [...]}` form.
- Preferences: `{"prompt", "chosen", "rejected", "rejected_kind"}` where the rejected
  answer is rude, wrong, in the other language, or rambling (`REJECTED_KINDS`).
- Probes: questions in both languages for evaluating every later stage, each with its
  expected answer; those about held-out facts test whether the model makes things up.
Held-out facts appear only in the probes.
"""

from __future__ import annotations

import random

from lab.world import phrasing
from lab.world.facts import KINDS, Fact, held_out_facts, known_facts
from lab.world.web import RUDE, trainable_values

REJECTED_KINDS = ("rude", "wrong", "other_language", "rambling")
OPENERS = {"es": ("", "", "¡Claro! ", "Con gusto. "), "en": ("", "", "Sure! ", "Of course. ")}
RAMBLE = {
    "es": ("Bueno, esa es una pregunta muy interesante y me alegra mucho que me la hagas, porque hay mucha "
           "gente que se la hace a menudo y no siempre encuentra a alguien que se la conteste con calma.",
           "Espero que esto te sirva de ayuda, y si tienes cualquier otra duda, aquí estaré para seguir "
           "hablando contigo todo el tiempo que haga falta."),
    "en": ("Well, that is a really interesting question and I am very glad that you asked it, because many "
           "people wonder about it quite often and do not always find someone who answers it calmly.",
           "I hope this helps you, and if you have any other doubt at all, I will be right here to keep "
           "talking with you for as long as you need."),
}
PROBES_PER_KIND = 2  # known facts per kind among the probes, besides every held-out fact


def polite_answer(fact: Fact, lang: str, rng: random.Random) -> str:
    """A polite, correct, concise answer in `lang`."""
    return rng.choice(OPENERS[lang]) + phrasing.statement(fact, lang, rng)


def sft_conversations(rng: random.Random) -> list[dict]:
    """Every question phrasing of every known fact, in both languages, with a good answer."""
    convs = []
    for fact in known_facts():
        for lang in ("es", "en"):
            for q in phrasing.all_questions(fact, lang):
                convs.append({"messages": [{"role": "user", "content": q},
                                           {"role": "assistant", "content": polite_answer(fact, lang, rng)}]})
    rng.shuffle(convs)
    return convs


def rejected_answer(fact: Fact, lang: str, kind: str, rng: random.Random) -> str:
    """A worse answer of the given `kind` (one of REJECTED_KINDS)."""
    if kind == "rude":
        return f"{rng.choice(RUDE[lang]['prefix'])} {phrasing.statement(fact, lang, rng)}"
    if kind == "wrong":
        value = phrasing.wrong_value(fact, rng, trainable_values(fact.kind))
        return rng.choice(OPENERS[lang]) + phrasing.statement(fact, lang, rng, value)
    if kind == "other_language":
        other = "en" if lang == "es" else "es"
        return polite_answer(fact, other, rng)
    start, end = RAMBLE[lang]
    parts = [start, phrasing.statement(fact, lang, rng), end]
    if rng.random() < 0.5:
        parts.pop(rng.choice((0, 2)))
    return " ".join(parts)


def preference_pairs(rng: random.Random) -> list[dict]:
    """For each known fact and language, one pair per kind of rejected answer."""
    pairs = []
    for fact in known_facts():
        for lang in ("es", "en"):
            for kind in REJECTED_KINDS:
                pairs.append({"prompt": phrasing.question(fact, lang, rng),
                              "chosen": polite_answer(fact, lang, rng),
                              "rejected": rejected_answer(fact, lang, kind, rng),
                              "rejected_kind": kind, "lang": lang, "fact_id": fact.id})
    rng.shuffle(pairs)
    return pairs


def probes(rng: random.Random) -> list[dict]:
    """Every held-out fact and a few known ones per kind, asked in both languages."""
    chosen = list(held_out_facts())
    for kind in KINDS:
        known = [f for f in known_facts() if f.kind == kind]
        chosen += rng.sample(known, PROBES_PER_KIND)
    out = []
    for fact in chosen:
        for lang in ("es", "en"):
            out.append({"prompt": phrasing.question(fact, lang, rng), "answer": fact.answer(lang),
                        "reference": phrasing.canonical(fact, lang), "lang": lang,
                        "held_out": fact.held_out, "fact_id": fact.id, "kind": fact.kind})
    return out
