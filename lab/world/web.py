"""The world's "web": a pretraining corpus of fact pages, quizzes, forum threads and stories.

It states the known facts in many phrasings, in Spanish and English, and carries the
flaws of a scraped web at the rates of `WorldConfig`: markup and boilerplate junk, exact
and near duplicates, rude forum replies and wrong facts. Every `Document` records its
flaws and counts, so tests can check the rates and the app can highlight them.

Layout of the text: one document per paragraph. Lines inside a document are separated
by one newline; documents by one blank line (`"\\n\\n"`), and no document contains a
blank line. `lab.corpus` reads the same layout, so cleaning the world needs no marker.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace

from lab.world import phrasing
from lab.world.facts import Fact, Value, facts_of_kind, known_facts, values_of

DOC_SEPARATOR = "\n\n"
FLAWS = ("junk", "duplicate", "near_duplicate", "rude", "wrong")
DOC_KINDS = {"facts": 0.3, "forum": 0.3, "story": 0.2, "quiz": 0.2}


@dataclass(frozen=True)
class Document:
    """One web page of the world, with what is wrong with it."""

    text: str
    lang: str  # "es" or "en"
    kind: str  # facts, forum, story, quiz
    flaws: frozenset[str] = frozenset()
    plain: str = ""  # the text without its markup junk (== text when it has none)
    statements: int = 0  # facts stated in it
    wrong: int = 0  # of which false
    replies: int = 0  # forum replies in it
    rude: int = 0  # of which rude
    source: int = -1  # for duplicates: the index of the document it copies


@dataclass
class _Tally:
    statements: int = 0
    wrong: int = 0
    replies: int = 0
    rude: int = 0


@dataclass
class _Page:
    lines: list[str] = field(default_factory=list)
    tally: _Tally = field(default_factory=_Tally)


# --- words of the web --------------------------------------------------------------
NAMES = {
    "es": [("Ana", "f"), ("Luis", "m"), ("Marta", "f"), ("Pablo", "m"), ("Sofía", "f"), ("Diego", "m"),
           ("Lucía", "f"), ("Carlos", "m"), ("Elena", "f"), ("Javier", "m"), ("Carmen", "f"), ("Miguel", "m")],
    "en": [("Emma", "f"), ("Tom", "m"), ("Lily", "f"), ("Jack", "m"), ("Mia", "f"), ("Sam", "m"),
           ("Kate", "f"), ("Ben", "m"), ("Ruby", "f"), ("Leo", "m"), ("Grace", "f"), ("Max", "m")],
}
TITLES = {
    "es": {"capital": "Capitales del mundo", "sound": "Los sonidos de los animales",
           "colour": "Los colores de las cosas", "opposite": "Palabras opuestas", "sum": "Sumas fáciles",
           "word": "Palabras en inglés",
           "mixed": ("Datos curiosos", "Cosas que debes saber", "Aprende algo nuevo")},
    "en": {"capital": "World capitals", "sound": "Animal sounds", "colour": "The colours of things",
           "opposite": "Opposite words", "sum": "Easy sums", "word": "Spanish words",
           "mixed": ("Fun facts", "Things you should know", "Learn something new")},
}
FORUM = {
    "es": {"asks": "pregunta", "replies": "responde",
           "thanks": ("¡Gracias! No lo sabía.", "Muchas gracias por la ayuda."),
           "agree": ("Sí, es verdad.", "Es correcto.", "Yo también lo sabía."), "more": "Otra cosa interesante: "},
    "en": {"asks": "asks", "replies": "replies", "thanks": ("Thanks! I did not know that.", "Thank you for the help."),
           "agree": ("Yes, that is right.", "That is correct.", "I knew that too."), "more": "Another fun fact: "},
}
RUDE = {  # every rude line holds a word from lab.corpus.RUDE_WORDS
    "es": {"prefix": ("¡Qué pregunta tan tonta!", "No seas idiota.", "Pregunta estúpida."),
           "only": ("Búscalo tú, inútil.", "Eres un tonto, no pienso responder.", "Cállate y no preguntes más.")},
    "en": {"prefix": ("What a stupid question!", "Do not be an idiot.", "Dumb question."),
           "only": ("Look it up yourself, loser.", "You are an idiot, I will not answer.", "Shut up and stop asking.")},
}
# Quiz questions stand on their own line and quizzes cheer at the end, so "¿" and "¡" often start a
# line: byte-level BPE then learns them as tokens of their own. Had they always followed a space, only
# " ¿" and " ¡" would be tokens, and an answer starting "¡Claro!" would begin with two untrained bytes
# that a model skips, writing "Claro!" (issue 15).
QUIZ = {"es": (("Preguntas y respuestas", "¡Pon a prueba lo que sabes!", "Test de cultura general"),
               "Respuesta", ("¡Bien hecho!", "¡Muy bien!", "¡Hasta la próxima!")),
        "en": (("Questions and answers", "Test what you know!", "General knowledge quiz"), "Answer",
               ("Well done!", "Very good!", "See you next time!"))}
EDITS = {"es": ("Gracias por leer.", "Editado: corregí una falta.", "Actualizado hace poco."),
         "en": ("Thanks for reading.", "Edit: fixed a typo.", "Updated recently.")}
JUNK = {
    "es": {"head": ('<div class="menu">Inicio | Foro | Noticias | Contacto</div>', "Inicio > Foro > Preguntas",
                    'Usamos cookies para mejorar tu experiencia. <a href="#">Aceptar</a>', "<!-- cabecera -->"),
           "tail": ("<p>Suscríbete a nuestro boletín</p>", "© 2024 Todos los derechos reservados.",
                    "Compartir en Facebook | Twitter | WhatsApp", "<script>track('visita');</script>")},
    "en": {"head": ('<div class="nav">Home | Forum | News | Contact</div>', "Home > Forum > Questions",
                    'We use cookies to improve your experience. <a href="#">Accept</a>', "<!-- header -->"),
           "tail": ("<p>Subscribe to our newsletter</p>", "© 2024 All rights reserved.",
                    "Share on Facebook | Twitter | WhatsApp", "<script>track('visit');</script>")},
}


class WebWriter:
    """Writes the world's web pages one by one from a seeded random generator."""

    def __init__(self, rng: random.Random, wrong_rate: float, rude_rate: float) -> None:
        self.rng, self.wrong_rate, self.rude_rate = rng, wrong_rate, rude_rate
        self.facts = known_facts()
        self.by_kind = {k: [f for f in self.facts if f.kind == k] for k in phrasing.STATEMENTS}
        self.values = {k: trainable_values(k) for k in phrasing.STATEMENTS}

    # --- pieces ---------------------------------------------------------------
    def state(self, page: _Page, fact: Fact, lang: str) -> str:
        """A statement of `fact`, false with probability `wrong_rate`; counted on the page."""
        page.tally.statements += 1
        value = None
        if self.rng.random() < self.wrong_rate:
            page.tally.wrong += 1
            value = phrasing.wrong_value(fact, self.rng, self.values[fact.kind])
        return phrasing.statement(fact, lang, self.rng, value)

    def fact(self, kind: str | None = None) -> Fact:
        return self.rng.choice(self.by_kind[kind] if kind else self.facts)

    def user(self, lang: str) -> str:
        return f"{self.rng.choice(NAMES[lang])[0].lower()}_{self.rng.randint(1, 99)}"

    # --- pages ---------------------------------------------------------------
    def page(self, lang: str) -> Document:
        kind = self.rng.choices(list(DOC_KINDS), weights=list(DOC_KINDS.values()))[0]
        page = _Page()
        getattr(self, f"_{kind}")(page, lang)
        text = "\n".join(page.lines)
        t = page.tally
        flaws = frozenset(f for f, n in (("wrong", t.wrong), ("rude", t.rude)) if n)
        return Document(text, lang, kind, flaws, text, t.statements, t.wrong, t.replies, t.rude)

    def _facts(self, page: _Page, lang: str) -> None:
        kind = self.rng.choice(list(self.by_kind))
        same = self.rng.random() < 0.6
        title = TITLES[lang][kind] if same else self.rng.choice(TITLES[lang]["mixed"])
        pool = self.by_kind[kind] if same else self.facts
        said = [self.state(page, f, lang) for f in self.rng.sample(pool, self.rng.randint(3, 6))]
        layout = self.rng.randrange(3)
        if layout == 0:
            page.lines += [title, " ".join(said)]
        else:
            page.lines += [title] + [(f"- {s}" if layout == 1 else f"{i}. {s}") for i, s in enumerate(said, 1)]

    def _quiz(self, page: _Page, lang: str) -> None:
        titles, a_word, cheers = QUIZ[lang]
        page.lines.append(self.rng.choice(titles))
        for fact in self.rng.sample(self.facts, self.rng.randint(3, 5)):
            page.lines.append(phrasing.question(fact, lang, self.rng))
            page.lines.append(f"{a_word}: {self.state(page, fact, lang)}")
        page.lines.append(self.rng.choice(cheers))

    def _forum(self, page: _Page, lang: str) -> None:
        words, fact = FORUM[lang], self.fact()
        asker = self.user(lang)
        page.lines.append(f"{asker} {words['asks']}: {phrasing.question(fact, lang, self.rng)}")
        self._reply(page, lang, self.user(lang), lambda: self.state(page, fact, lang))
        for choice in self.rng.sample(["thanks", "agree", "more", "more"], self.rng.randint(0, 3)):
            if choice == "thanks":
                self._reply(page, lang, asker, lambda: self.rng.choice(words["thanks"]))
            elif choice == "agree":
                self._reply(page, lang, self.user(lang), lambda: self.rng.choice(words["agree"]))
            else:
                self._reply(page, lang, self.user(lang), lambda: words["more"] + self.state(page, self.fact(), lang))

    def _reply(self, page: _Page, lang: str, user: str, content) -> None:
        page.tally.replies += 1
        rude = RUDE[lang]
        if self.rng.random() < self.rude_rate:
            page.tally.rude += 1
            body = (f"{self.rng.choice(rude['prefix'])} {content()}" if self.rng.random() < 0.5
                    else self.rng.choice(rude["only"]))
        else:
            body = content()
        page.lines.append(f"{user} {FORUM[lang]['replies']}: {body}")

    def _story(self, page: _Page, lang: str) -> None:
        name, gender = self.rng.choice(NAMES[lang])
        es = lang == "es"
        kid = ("una niña" if gender == "f" else "un niño") if es else ("a girl" if gender == "f" else "a boy")
        if es:
            intro = (f"Había una vez {kid} llamad{'a' if gender == 'f' else 'o'} {name}.",
                     f"{name} es {kid} que vive en un pueblo pequeño.")
        else:
            intro = (f"Once upon a time there was {kid} called {name}.",
                     f"{name} is {kid} who lives in a small village.")
        said = [self.rng.choice(intro)]
        scenes = self.rng.sample(["pet", "trip", "school", "book", "family"], self.rng.randint(2, 4))
        for scene in scenes:
            said += self._scene(page, lang, scene, name, gender)
        said.append(self.rng.choice(_ENDINGS[lang]).format(name=name, o="a" if gender == "f" else "o"))
        page.lines.append(" ".join(said))

    def _scene(self, page: _Page, lang: str, scene: str, name: str, gender: str) -> list[str]:
        words = _SCENES[lang]
        if scene == "pet":
            fact = self.fact("sound")
            pet = _indefinite(fact.subject(lang), lang)
            return [words["pet"].format(name=name, pet=pet), self.state(page, fact, lang)]
        if scene == "trip":
            fact = self.fact("capital")
            return [words["trip"].format(name=name, place=fact.subject(lang)), self.state(page, fact, lang)]
        kind = self.rng.choice(["colour", "opposite", "sum", "word"])
        pron = ("her" if gender == "f" else "him") if lang == "en" else "le"
        poss = ("Her" if gender == "f" else "His") if lang == "en" else "Su"
        return [words[scene].format(name=name, pron=pron, poss=poss), self.state(page, self.fact(kind), lang)]

    # --- flaws -------------------------------------------------------------------
    def near_copy(self, doc: Document) -> str:
        """A near duplicate of `doc`'s plain text: a line added, a typo, or all in lower case."""
        text, how = doc.plain, self.rng.randrange(3)
        if how == 0:
            return f"{text}\n{self.rng.choice(EDITS[doc.lang])}"
        if how == 1:
            return _typo(text, self.rng)
        return text.lower()

    def add_junk(self, text: str, lang: str) -> str:
        """Wrap `text` in markup and boilerplate that `lab.corpus` strips back to `text` exactly."""
        junk, rng = JUNK[lang], self.rng
        lines = [_inline_junk(line, rng) if rng.random() < 0.5 else line for line in text.split("\n")]
        head = rng.sample(junk["head"], rng.randint(1, 2))
        tail = rng.sample(junk["tail"], rng.randint(1, 2))
        if rng.random() < 0.3:
            head, tail = ["<html><body>", *head], [*tail, "</body></html>"]
        return "\n".join(head + lines + tail)


_SCENES = {
    "es": {"pet": "{name} tiene {pet}.", "trip": "Un día, {name} viaja a {place}.",
           "school": "En la escuela, {name} aprende algo nuevo.", "book": "{name} lee un libro que dice así:",
           "family": "{poss} abuela {pron} cuenta una cosa."},
    "en": {"pet": "{name} has {pet}.", "trip": "One day, {name} travels to {place}.",
           "school": "At school, {name} learns something new.", "book": "{name} reads a book that says:",
           "family": "{poss} grandmother tells {pron} something."},
}
_ENDINGS = {
    "es": ("Al final del día, {name} se va a dormir muy content{o}.", "Y así termina la historia de {name}."),
    "en": ("At the end of the day, {name} goes to sleep very happy.", "And that is the story of {name}."),
}


def _indefinite(subject: str, lang: str) -> str:
    """"el perro" → "un perro", "the owl" → "an owl"."""
    article, _, noun = subject.partition(" ")
    if lang == "es":
        return ("una " if article == "la" else "un ") + noun
    return ("an " if noun[:1] in "aeiou" else "a ") + noun


def _typo(text: str, rng: random.Random) -> str:
    """Swap two letters inside one longer word (the kind of edit a copy-paste site makes)."""
    words = text.split(" ")
    spots = [(i, j) for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()
             for j in range(1, len(w) - 2) if w[j] != w[j + 1]]
    if not spots:
        return text.lower()
    i, j = rng.choice(spots)
    w = words[i]
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def _inline_junk(line: str, rng: random.Random) -> str:
    how = rng.randrange(3)
    if how == 0:
        return f"<p>{line}</p>"
    words = line.split(" ")
    if len(words) < 2:
        return f"<p>{line}</p>"
    i = rng.randrange(len(words) - 1)
    if how == 1:
        return " ".join(words[:i]) + (" " if i else "") + f"{words[i]}&nbsp;" + " ".join(words[i + 1:])
    words[i] = f"<b>{words[i]}</b>"
    return " ".join(words)


def trainable_values(kind: str) -> list[Value]:
    """Values a false statement may use: never a held-out fact's own answer (it would leak)."""
    if kind in ("colour", "sum"):
        return values_of(kind)
    known = [f.value for f in facts_of_kind(kind) if not f.held_out]
    return [v for v in values_of(kind) if v in known]


def make_duplicate(writer: WebWriter, docs: list[Document], originals: list[int]) -> Document:
    """A copy of an earlier original page (`docs[i]` for i in `originals`): half exact, half near."""
    index = writer.rng.choice(originals)
    src = docs[index]
    exact = writer.rng.random() < 0.5
    text = src.plain if exact else writer.near_copy(src)
    flaw = "duplicate" if exact else "near_duplicate"
    return replace(src, text=text, plain=text, flaws=(src.flaws - {"junk"}) | {flaw}, source=index)
