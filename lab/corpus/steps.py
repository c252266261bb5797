"""The cleaning steps, each a small function on one document (a paragraph of text).

Transforms return the new text; filters return whether to drop the document. None of
them touches text that has nothing to fix: a clean, normalised document comes out of
every step exactly as it went in.
"""

from __future__ import annotations

import html
import re
import unicodedata

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b\u200e\u200f\ufeff]")
_SPACES = re.compile(r"[ \t\xa0\u2000-\u200a\u202f\u205f\u3000]+")


_UNTIDY = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b\u200e\u200f\ufeff\t\xa0\u2000-\u200a\u202f\u205f\u3000]"
                     r"|  |^ | $|\A\n|\n\Z|\n\n\n", re.M)


def normalize(doc: str) -> str:
    """Unicode NFC, no control or zero-width characters, single spaces, no spaces at line ends.

    Blank lines inside a document (paragraphs of a web page or a dataset record) shrink to
    one, which the repetition filters read as paragraph breaks.
    """
    if unicodedata.is_normalized("NFC", doc) and not _UNTIDY.search(doc):
        return doc  # already tidy: the common case, checked without building a new string
    text = unicodedata.normalize("NFC", doc)
    text = _CONTROL.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    out: list[str] = []
    for line, before in zip(lines, [""] + lines[:-1], strict=True):
        if line:
            if not before and out:
                out.append("")
            out.append(line)
    return "\n".join(out)


# --- markup ------------------------------------------------------------------------
_BLOCKS = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>|<!--.*?-->", re.S | re.I)
_INLINE_TAG = re.compile(r"</?(?:a|b|i|u|em|strong|span|font|small|big|code|mark|sub|sup|abbr)\b[^<>]*>", re.I)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)\s]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\((?:https?://|/|#)[^)\s]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_BOILERPLATE = re.compile("|".join([
    r"\b(acept\w*|accept\w*|usamos|utilizamos|we use|uses|usa)\b.{0,60}\bcookies\b",
    r"\bcookies\b.{0,60}\b(acept\w*|accept\w*|pol[ií]tica|policy|settings|configuraci[oó]n)",
    r"\b(suscr[ií]bete|suscr[ií]base|subscribe)\b", r"\b(newsletter|nuestro bolet[ií]n)\b",
    r"derechos reservados|all rights reserved|©",
    r"pol[ií]tica de privacidad|privacy policy|aviso legal|t[ée]rminos (y|de) (condiciones|uso)|terms of (use|service)",
    r"\b(haz|pulsa|pincha) (clic|click|aqu[ií])\b|\bclick here\b|\b(leer|ver) m[aá]s\b|\bread more\b",
    r"\b(compartir|comparte) en\b|\bshare on\b|\bs[ií]guenos en\b|\bfollow us on\b",
    r"\b(iniciar|inicia) sesi[oó]n\b|\blog in\b|\bsign (in|up)\b|\breg[ií]strate\b",
    r"^(publicidad|advertisement|anuncio)$", r"^(inicio|home|portada)\s*[>»›/|]",
]), re.I)
BOILERPLATE_MAX_CHARS = 160
_MARKUP_HINT = re.compile(r"[<&|·•]|\]\(|\*\*|__|^#", re.M)
# Cheap substrings that every boilerplate pattern needs; lines without any skip the regex.
_KEYS = ("cookie", "suscr", "subscri", "newsletter", "bolet", "reserv", "©", "privac", "aviso", "rminos", "terms",
         "clic", "leer m", "ver m", "read more", "compart", "share", "guenos", "follow", "sesi", "log in", "sign ",
         "strate", "publicidad", "advertisement", "anuncio", "inicio", "home", "portada")


def strip_markup(doc: str) -> str:
    """Remove HTML tags, scripts and comments, decode entities, unwrap Markdown, drop boilerplate lines.

    Only lines that had markup are re-spaced; inline tags (<b>, <a>…) vanish, block tags
    (<p>, <div>…) become a space, so "<p>Hola</p>" gives "Hola" and "es <b>París</b>."
    gives "es París.".
    """
    if not _MARKUP_HINT.search(doc):
        low = doc.lower()
        if not any(k in low for k in _KEYS):
            return doc  # nothing that looks like markup or boilerplate: the common case
    text = _BLOCKS.sub("", doc) if "<" in doc else doc
    out: list[str] = []
    for line in text.split("\n"):
        if not line.strip():  # a paragraph break stays (once)
            if out and out[-1]:
                out.append("")
            continue
        clean = _strip_line(line)
        if clean and not is_boilerplate(clean):
            out.append(clean)
    return "\n".join(out).strip("\n")


def _strip_line(line: str) -> str:
    new = line
    if "<" in new:
        new = _TAG.sub(" ", _INLINE_TAG.sub("", new))
    if "&" in new:
        new = _ENTITY.sub(lambda m: html.unescape(m.group(0)).replace("\xa0", " "), new)
    if new.startswith("#"):
        new = _MD_HEADING.sub("", new)
    if "](" in new:
        new = _MD_LINK.sub(r"\1", _MD_IMAGE.sub(r"\1", new))
    if "**" in new or "__" in new:
        new = _MD_EMPHASIS.sub(r"\2", new)
    if new == line:
        return line
    return _SPACES.sub(" ", new).strip()


def is_boilerplate(line: str) -> bool:
    """A short line of site furniture: cookies, subscribe, copyright, share, log in, menus."""
    if len(line) > BOILERPLATE_MAX_CHARS:
        return False
    low = line.lower()
    if any(k in low for k in _KEYS) and _BOILERPLATE.search(line):
        return True
    items = [s.strip() for s in re.split(r"[|·•]", line)]
    return len(items) >= 3 and all(0 < len(s) <= 25 for s in items)  # a menu: "Inicio | Foro | Contacto"


# --- junk and fingerprints ------------------------------------------------------------
_LOREM = re.compile(r"\blorem ipsum\b", re.I)
_ALNUM = re.compile(r"[^\W_]+")
_VISIBLE_NON_LETTER = re.compile(r"[^\w\s]|[\d_]")


def is_junk(doc: str) -> bool:
    """Not prose: mostly symbols or digits, mostly very long tokens (URLs, base64), or lorem ipsum."""
    words = doc.split()
    visible = sum(map(len, words))
    if visible == 0:
        return True
    letters = visible - len(_VISIBLE_NON_LETTER.findall(doc))
    if letters < 0.5 * visible or _LOREM.search(doc):
        return True
    long_chars = sum(len(w) for w in words if len(w) > 40)
    return long_chars > 0.3 * visible


def dedupe_words(doc: str) -> list[str]:
    """The words deduplication compares: case, punctuation and spacing ignored (accents kept)."""
    return _ALNUM.findall(doc.casefold())


def dedupe_key(doc: str) -> str:
    return " ".join(dedupe_words(doc))


def count_words(doc: str) -> int:
    return len(doc.split())
