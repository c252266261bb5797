"""How the world says a fact: a few statement and question templates per kind and language.

Templates use `{s}` for the subject, `{S}` for the subject at the start of a sentence,
`{a}` / `{A}` for the answer, and `{am}` for a colour's masculine Spanish form (the
colour as a noun: "El color de la nieve es blanco"). A few phrasings per fact are
enough for a small model to learn the pattern without learning one sentence by heart.
"""

from __future__ import annotations

import random
import re

from lab.world.facts import Fact, Value

STATEMENTS: dict[str, dict[str, tuple[str, ...]]] = {
    "capital": {
        "es": ("La capital de {s} es {a}.", "{A} es la capital de {s}.", "La capital de {s} se llama {a}."),
        "en": ("The capital of {s} is {a}.", "{A} is the capital of {s}.", "The capital city of {s} is {a}."),
    },
    "sound": {
        "es": ("{S} dice {a}.", "{S} hace {a}.", "El sonido de {s} es {a}."),
        "en": ("{S} says {a}.", "{S} goes {a}.", "The sound of {s} is {a}."),
    },
    "colour": {
        "es": ("{S} es {a}.", "El color de {s} es {am}.", "{S} es de color {am}."),
        "en": ("{S} is {a}.", "The colour of {s} is {a}.", "{S} is {a} in colour."),
    },
    "opposite": {
        "es": ("Lo contrario de {s} es {a}.", "Lo opuesto a {s} es {a}.", "{A} es lo contrario de {s}."),
        "en": ("The opposite of {s} is {a}.", "{A} is the opposite of {s}.", "The word {a} means the opposite of {s}."),
    },
    "sum": {
        "es": ("{S} son {a}.", "{S} es igual a {a}.", "El resultado de {s} es {a}."),
        "en": ("{S} is {a}.", "{S} equals {a}.", "The result of {s} is {a}."),
    },
    "word": {
        "es": ("En inglés, {s} se dice {a}.", "La palabra {s} en inglés es {a}.", "{S} en inglés es {a}."),
        "en": ("In Spanish, {s} is {a}.", "The Spanish word for {s} is {a}.", "{S} in Spanish is {a}."),
    },
}

# The last phrasings of each kind ask indirectly ("Can you tell me…?", "I would like to know…"), reusing a direct
# one's wording, so training shows that a yes/no framing, or the verb "know" ("saber"), says nothing about what the
# model knows: without them, preference tuning answered "I don't know" to known facts asked "Do you know…?".
# Spanish conjugates the verb, and "saber" shares no token with the probes' "¿Sabes…?": a third one asks
# "¿Sabrías decirme…?", which does; without it tuning still answered "No lo sé" to a few known facts in Spanish.
# The probes' own framing ("Do you know…?", below) stays held out, with wordings of its own.
QUESTIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "capital": {
        "es": ("¿Cuál es la capital de {s}?", "¿Cómo se llama la capital de {s}?", "¿Qué ciudad es la capital de {s}?",
               "¿Me puedes decir qué ciudad es la capital de {s}?", "Quiero saber qué ciudad es la capital de {s}.",
               "¿Sabrías decirme qué ciudad es la capital de {s}?"),
        "en": ("What is the capital of {s}?", "Which city is the capital of {s}?", "What is the capital city of {s}?",
               "Can you tell me which city is the capital of {s}?",
               "I would like to know which city is the capital of {s}."),
    },
    "sound": {
        "es": ("¿Qué sonido hace {s}?", "¿Qué dice {s}?", "¿Cómo hace {s}?", "¿Me puedes decir qué dice {s}?",
               "Quiero saber qué dice {s}.", "¿Sabrías decirme qué dice {s}?"),
        "en": ("What sound does {s} make?", "What does {s} say?", "What noise does {s} make?",
               "Can you tell me the noise {s} makes?", "I would like to know what noise {s} makes."),
    },
    "colour": {
        "es": ("¿De qué color es {s}?", "¿Qué color tiene {s}?", "¿Me puedes decir qué color tiene {s}?",
               "Quiero saber qué color tiene {s}.", "¿Sabrías decirme qué color tiene {s}?"),
        "en": ("What colour is {s}?", "What is the colour of {s}?", "Can you tell me the colour of {s}?",
               "I would like to know the colour of {s}."),
    },
    "opposite": {
        "es": ("¿Qué es lo contrario de {s}?", "¿Cuál es el opuesto de {s}?", "¿Cuál es lo contrario de {s}?",
               "¿Me puedes decir cuál es el opuesto de {s}?", "Quiero saber cuál es el opuesto de {s}.",
               "¿Sabrías decirme cuál es el opuesto de {s}?"),
        "en": ("What is the opposite of {s}?", "What word is the opposite of {s}?",
               "Can you tell me what word is the opposite of {s}?",
               "I would like to know what word is the opposite of {s}."),
    },
    "sum": {
        "es": ("¿Cuánto es {s}?", "¿Cuánto son {s}?", "¿Cuál es el resultado de {s}?",
               "¿Me puedes decir cuál es el resultado de {s}?", "Quiero saber cuál es el resultado de {s}.",
               "¿Sabrías decirme cuál es el resultado de {s}?"),
        "en": ("What is {s}?", "How much is {s}?", "What does {s} make?", "Can you tell me what {s} makes?",
               "I would like to know what {s} makes."),
    },
    "word": {
        "es": ("¿Cómo se dice {s} en inglés?", "¿Qué es {s} en inglés?", "¿Cómo se traduce {s} al inglés?",
               "¿Me puedes decir cómo se traduce {s} al inglés?", "Quiero saber cómo se traduce {s} al inglés.",
               "¿Sabrías decirme cómo se traduce {s} al inglés?"),
        "en": ("How do you say {s} in Spanish?", "What is the Spanish word for {s}?", "What is {s} in Spanish?",
               "Can you tell me how to say {s} in Spanish?", "I would like to know how to say {s} in Spanish."),
    },
}

# Phrasings only the evaluation probes use: a known fact asked this way was never seen in training,
# so a right answer shows the model knows the fact, not one sentence.
PROBE_QUESTIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "capital": {"es": ("¿Sabes cuál es la capital de {s}?",), "en": ("Do you know the capital of {s}?",)},
    "sound": {"es": ("¿Sabes qué sonido hace {s}?",), "en": ("Do you know what sound {s} makes?",)},
    "colour": {"es": ("¿Sabes de qué color es {s}?",), "en": ("Do you know what colour {s} is?",)},
    "opposite": {"es": ("¿Sabes qué es lo contrario de {s}?",), "en": ("Do you know the opposite of {s}?",)},
    "sum": {"es": ("¿Sabes cuánto es {s}?",), "en": ("Do you know how much {s} is?",)},
    "word": {"es": ("¿Sabes cómo se dice {s} en inglés?",), "en": ("Do you know the Spanish word for {s}?",)},
}
# The honest answer to a question about a fact the model does not know.
ABSTAIN: dict[str, tuple[str, ...]] = {"es": ("No lo sé.", "Lo siento, no lo sé."),
                                      "en": ("I don't know.", "Sorry, I don't know.")}

_CONTRACTIONS = ((re.compile(r"\bde el\b"), "del"), (re.compile(r"\ba el\b"), "al"))


def cap(text: str) -> str:
    """The text with its first letter in upper case (after a leading ¿ or ¡)."""
    i = 1 if text[:1] in "¿¡" else 0
    return text[:i] + text[i:i + 1].upper() + text[i + 1:]


def fill(template: str, fact: Fact, lang: str, value: Value | None = None) -> str:
    """One template filled with `fact` (or with `value` in place of the true answer)."""
    v = value or fact.value
    subject, answer = fact.subject(lang), fact.answer(lang, v)
    text = template.format(s=subject, S=cap(subject), a=answer, A=cap(answer), am=v.es)
    if lang == "es":
        for pattern, repl in _CONTRACTIONS:
            text = pattern.sub(repl, text)
    return text


def statement(fact: Fact, lang: str, rng: random.Random, value: Value | None = None) -> str:
    """A sentence stating `fact` in `lang`, in a random phrasing; false when `value` is another value."""
    return fill(rng.choice(STATEMENTS[fact.kind][lang]), fact, lang, value)


def question(fact: Fact, lang: str, rng: random.Random) -> str:
    return fill(rng.choice(QUESTIONS[fact.kind][lang]), fact, lang)


def all_questions(fact: Fact, lang: str) -> list[str]:
    """Every training phrasing of the question about `fact` (the probe-only ones excluded)."""
    return [fill(t, fact, lang) for t in QUESTIONS[fact.kind][lang]]


def probe_question(fact: Fact, lang: str, rng: random.Random) -> str:
    """The question in a phrasing no training set uses."""
    return fill(rng.choice(PROBE_QUESTIONS[fact.kind][lang]), fact, lang)


def all_probe_questions(fact: Fact, lang: str) -> list[str]:
    return [fill(t, fact, lang) for t in PROBE_QUESTIONS[fact.kind][lang]]


def abstain(lang: str, rng: random.Random) -> str:
    """An honest "I don't know" in `lang`."""
    return rng.choice(ABSTAIN[lang])


def all_statements(fact: Fact, lang: str) -> list[str]:
    return [fill(t, fact, lang) for t in STATEMENTS[fact.kind][lang]]


def canonical(fact: Fact, lang: str) -> str:
    """The reference answer: the first statement template, always the same."""
    return fill(STATEMENTS[fact.kind][lang][0], fact, lang)


def wrong_value(fact: Fact, rng: random.Random, values: list[Value]) -> Value:
    """Another value of the fact's kind, to state it falsely (sums are off by one or two)."""
    if fact.kind == "sum":
        near = [v for v in values if v != fact.value and abs(values.index(v) - values.index(fact.value)) <= 2]
        return rng.choice(near)
    return rng.choice([v for v in values if v != fact.value])
