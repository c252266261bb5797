"""Which language a text is in, and whether it is rude: small word lists, no model.

The language heuristic counts function words (articles, prepositions, pronouns: the
words every sentence needs) from short Spanish, English and "other" lists (German and
French, so that they are not taken for English). It is good on sentences and
paragraphs and says "other" when a text is too short or has too few such words.
"""

from __future__ import annotations

import re
import unicodedata

LANGUAGES = ("es", "en", "other")

ES_WORDS = frozenset("""
de la que el en los se del las un por con una su para es al lo como más pero sus le ya fue este sí porque
esta entre cuando muy sin sobre también hasta hay donde quien desde todo nos durante todos uno les ni otros
ese eso ante ellos esto mí antes algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada
muchos cual poco ella estar estas algunas algo nosotros mi mis tú te ti tu tus ellas os esos esas estoy
estás está estamos están cuál cómo dónde cuánto cuántos dice hace tiene y era había son
""".split())
EN_WORDS = frozenset("""
the of and to in is it that for on with as was are this you be at by not or from have an they which had his
her she there would their we him been has when who will if so what its about into than them can could these
do does did my your how why where our were am i just also because those then some any each says goes make
plus equals one two three four five more very
""".split())
OTHER_WORDS = frozenset("""
der die das und ist nicht ein eine ich mit auf für dem wir sind auch sich zu von
et est une dans pour pas qui vous nous avec sont mais très je il elle au aux ce cette
""".split())

# Words and phrases that make a reply rude (accents and case do not matter).
RUDE_WORDS = (
    "tonto", "tonta", "idiota", "estúpido", "estúpida", "inútil", "cállate", "imbécil",
    "stupid", "idiot", "dumb", "shut up", "loser", "useless", "moron",
)

_LETTERS = re.compile(r"[^\W\d_]+")
_TOKEN = re.compile(r"[a-z0-9]+")


def fold(text: str) -> str:
    """Lower case without accents: "Cállate, París" → "callate, paris" (ñ becomes n)."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokens(text: str) -> list[str]:
    """Folded alphanumeric words, the unit the rubric and rude-word checks match on."""
    return _TOKEN.findall(fold(text))


def contains(haystack: list[str] | str, phrase: str) -> bool:
    """Whether the words of `phrase` appear, in order and whole, in `haystack` (tokens or text)."""
    words = tokens(phrase)
    if not words:
        return False
    hay = haystack if isinstance(haystack, str) else " ".join(haystack)
    return f" {' '.join(words)} " in f" {hay} "


_RUDE = [" ".join(tokens(w)) for w in RUDE_WORDS]


def is_rude(text: str) -> bool:
    hay = f" {' '.join(tokens(text))} "
    return any(f" {w} " in hay for w in _RUDE)


def language_votes(text: str) -> dict[str, int]:
    """How many Spanish, English and other function words `text` has (¿ ¡ ñ count for Spanish)."""
    return _votes(_LETTERS.findall(text.lower()), text)


def _votes(words: list[str], text: str) -> dict[str, int]:
    return {
        "es": sum(map(ES_WORDS.__contains__, words)) + text.count("¿") + text.count("¡") + text.count("ñ"),
        "en": sum(map(EN_WORDS.__contains__, words)),
        "other": sum(map(OTHER_WORDS.__contains__, words)),
    }


def detect_language(text: str) -> str:
    """"es", "en" or "other" (too short, too few function words, or another language)."""
    words = _LETTERS.findall(text.lower())
    votes = _votes(words, text)
    hits = sum(votes.values())
    if not words or hits == 0 or hits < 0.1 * len(words):
        return "other"
    best = max(votes, key=votes.get)
    return best if votes[best] >= 0.6 * hits else "other"
