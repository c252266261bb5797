"""Lesson files: parsing and schema checks (the format is documented in lessons/README.md).

A lesson is one Markdown file per language, `lessons/<lang>/NN-slug.md`: a front matter
of `key: value` lines between `---` lines, then steps, each opened by a `## Title`
heading. Inside a step, lines starting with a directive (`page:`, `highlight:`,
`action:`, `check:`, `predict:`, `reveal:`, `quiz:`) configure it; every other line is
the step's Markdown text. `predict:` and `quiz:` are followed by options written as
`- [x] right` / `- [ ] wrong`, each optionally followed by indented feedback lines.

Parsing collects every problem with its line number and raises one `LessonError`;
`problems(lesson)` adds the schema rules that need the whole lesson, and
`translation_problems(a, b)` checks that two languages of a lesson have the same steps.
Messages here are for lesson authors, in English.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from difflib import get_close_matches
from pathlib import Path

from lab.lesson_check import CheckError, Node, parse
from lab.resources import lessons_dir

log = logging.getLogger(__name__)
LESSONS_DIR = lessons_dir()  # inside the installed package, or the checkout's lessons/
LANGS = ("es", "en")
FRONT_KEYS = {"title", "goal", "minutes", "page", "scenario", "checkpoint"}
REQUIRED_FRONT = ("title", "goal", "minutes")
DIRECTIVES = ("page", "highlight", "action", "check", "predict", "reveal", "quiz")
MINUTES = (10, 20)
FILE_RE = re.compile(r"^\d\d-[a-z0-9-]+\.md$")
NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")
DIRECTIVE_RE = re.compile(r"^([a-z_]+):(?:\s+(.*))?$")
OPTION_RE = re.compile(r"^- \[([ xX])\] (.+)$")


class LessonError(ValueError):
    """Every problem found in one lesson file, each as `path:line: message`."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Choice:
    text: str
    correct: bool
    feedback: str = ""


@dataclass(frozen=True)
class Question:
    """A predict-first question (guess, then see) or a quiz question (feedback per answer)."""

    prompt: str
    choices: tuple[Choice, ...]
    line: int = 0
    reveal: str = ""  # predict only: shown after the guess

    def correct_index(self) -> int | None:
        return next((i for i, c in enumerate(self.choices) if c.correct), None)


@dataclass(frozen=True)
class Step:
    title: str
    text: str = ""
    page: str = ""
    highlight: tuple[str, ...] = ()
    action: str = ""
    check: str = ""
    check_tree: Node | None = None
    predict: Question | None = None
    quizzes: tuple[Question, ...] = ()
    line: int = 0


@dataclass(frozen=True)
class Lesson:
    id: str  # the file name without ".md", the same in every language: "07-sampling"
    lang: str
    title: str
    goal: str
    minutes: int
    steps: tuple[Step, ...]
    page: str = ""
    start: dict[str, str] = field(default_factory=dict)  # scenario / checkpoint hooks
    path: Path | None = None

    def number(self) -> int:
        return int(self.id[:2])


# --- reading -------------------------------------------------------------------------
def lesson_files(lang: str, root: Path = LESSONS_DIR) -> list[Path]:
    return sorted((root / lang).glob("*.md"))


def load_lesson(path: Path) -> Lesson:
    path = Path(path)
    return parse_lesson(path.read_text(encoding="utf-8"), path.stem, path.parent.name, path)


def load_all(lang: str, root: Path = LESSONS_DIR) -> list[Lesson]:
    """Every lesson of one language that parses, in file-name order."""
    lessons = []
    for path in lesson_files(lang, root):
        try:
            lessons.append(load_lesson(path))
        except LessonError as err:
            log.warning("lesson %s skipped:\n%s", path, err)
    return lessons


def parse_lesson(text: str, lesson_id: str, lang: str, path: Path | None = None) -> Lesson:
    """The lesson in `text`; raises LessonError listing every problem with its line."""
    reader = _Reader(text.splitlines(), str(path or lesson_id))
    front, first = reader.front_matter()
    steps = reader.steps(first)
    minutes = front.get("minutes", "")
    if minutes and not minutes.isdigit():
        reader.error(1, f"minutes must be a whole number, not {minutes!r}")
    if reader.problems:
        raise LessonError(reader.problems)
    lesson = Lesson(id=lesson_id, lang=lang, title=front.get("title", ""), goal=front.get("goal", ""),
                    minutes=int(minutes or 0), steps=tuple(steps), page=front.get("page", ""),
                    start={k: front[k] for k in ("scenario", "checkpoint") if k in front}, path=path)
    found = problems(lesson)
    if found:
        raise LessonError([f"{reader.where}:{p}" for p in found])
    return lesson


def _is_directive(line: str) -> bool:
    """A directive line, or one that looks like a misspelt directive (`chek:`); other
    `word:` lines are text, so prose that wraps onto `bars: …` stays prose."""
    match = DIRECTIVE_RE.match(line)
    return bool(match) and (match.group(1) in DIRECTIVES or bool(get_close_matches(match.group(1), DIRECTIVES,
                                                                                    cutoff=0.75)))


class _Reader:
    """Walks the lines of one file, building steps and collecting problems."""

    def __init__(self, lines: list[str], where: str) -> None:
        self.lines, self.where, self.problems = lines, where, []

    def error(self, line: int, message: str) -> None:
        self.problems.append(f"{self.where}:{line}: {message}")

    def front_matter(self) -> tuple[dict[str, str], int]:
        if not self.lines or self.lines[0].strip() != "---":
            self.error(1, "a lesson starts with a front matter between two '---' lines")
            return {}, 0
        front = {}
        for i, line in enumerate(self.lines[1:], start=1):
            if line.strip() == "---":
                for key in REQUIRED_FRONT:
                    if not front.get(key):
                        self.error(1, f"the front matter needs '{key}:'")
                return front, i + 1
            key, _, value = line.partition(":")
            key = key.strip()
            if not _ or key not in FRONT_KEYS:
                self.error(i + 1, f"unknown front matter line {line!r}; keys are {sorted(FRONT_KEYS)}")
            front[key] = value.strip()
        self.error(1, "the front matter has no closing '---'")
        return front, len(self.lines)

    def steps(self, start: int) -> list[Step]:
        steps: list[dict] = []
        i, fenced = start, False
        while i < len(self.lines):
            line = self.lines[i]
            if line.startswith("```"):
                fenced = not fenced
            if not fenced and line.startswith("## "):
                steps.append({"title": line[3:].strip(), "text": [], "line": i + 1, "quizzes": []})
            elif not steps:
                if line.strip():
                    self.error(i + 1, "text before the first '## ' step heading")
            elif not fenced and _is_directive(line):
                i = self.directive(steps[-1], i)
                continue
            else:
                steps[-1]["text"].append(line)
            i += 1
        if not steps:
            self.error(start + 1, "a lesson needs at least one step ('## Title')")
        return [self.build(s) for s in steps]

    def directive(self, step: dict, i: int) -> int:
        """Read the directive at line i (and its indented continuation); return the next line."""
        name, value = DIRECTIVE_RE.match(self.lines[i]).groups()
        line_no, value, i = i + 1, [value or ""], i + 1
        while i < len(self.lines) and self.lines[i].startswith("  ") and self.lines[i].strip():
            value.append(self.lines[i].strip())
            i += 1
        text = " ".join(v for v in value if v).strip()
        if name not in DIRECTIVES:
            self.error(line_no, f"unknown directive '{name}:' (a typo?); directives are {', '.join(DIRECTIVES)}")
        elif name in ("predict", "quiz"):
            choices, i = self.choices(i)
            question = Question(text, tuple(choices), line_no)
            if name == "quiz":
                step["quizzes"].append(question)
            elif "predict" in step:
                self.error(line_no, "a step has at most one 'predict:'")
            else:
                step["predict"] = question
        elif name == "reveal":
            if "predict" not in step:
                self.error(line_no, "'reveal:' must follow a 'predict:' in the same step")
            else:
                step["predict"] = replace(step["predict"], reveal=text)
        elif name in step:
            self.error(line_no, f"'{name}:' appears twice in this step")
        else:
            step[name] = (text, line_no)
        return i

    def choices(self, i: int) -> tuple[list[Choice], int]:
        choices: list[Choice] = []
        while i < len(self.lines):
            match = OPTION_RE.match(self.lines[i])
            if match:
                choices.append(Choice(match.group(2).strip(), match.group(1) != " "))
            elif self.lines[i].startswith("  ") and self.lines[i].strip() and choices:
                extra = self.lines[i].strip().removeprefix(">").strip()
                last = choices[-1]
                choices[-1] = Choice(last.text, last.correct, f"{last.feedback} {extra}".strip())
            else:
                break
            i += 1
        return choices, i

    def build(self, raw: dict) -> Step:
        check, check_line = raw.get("check", ("", 0))
        tree = None
        if check:
            try:
                tree = parse(check)
            except CheckError as err:
                self.error(check_line, f"check {check!r}: {err}")
        highlight = raw.get("highlight", ("", 0))[0]
        return Step(title=raw["title"], text="\n".join(raw["text"]).strip(), line=raw["line"],
                    page=raw.get("page", ("", 0))[0], action=raw.get("action", ("", 0))[0],
                    highlight=tuple(h.strip() for h in highlight.split(",") if h.strip()),
                    check=check, check_tree=tree, predict=raw.get("predict"), quizzes=tuple(raw["quizzes"]))


# --- schema rules --------------------------------------------------------------------
def problems(lesson: Lesson) -> list[str]:
    """Schema problems of a parsed lesson, as `line: message`."""
    found = []
    if not MINUTES[0] <= lesson.minutes <= MINUTES[1]:
        found.append(f"1: minutes must be between {MINUTES[0]} and {MINUTES[1]}, not {lesson.minutes}")
    for step in lesson.steps:
        found += [f"{step.line}: {p}" for p in _step_problems(step)]
    return found


def _step_problems(step: Step) -> list[str]:
    found = []
    if not step.title:
        found.append("a step needs a title after '## '")
    if not (step.text or step.action or step.predict or step.quizzes):
        found.append(f"step {step.title!r} is empty: give it text, an action or a question")
    for name in step.highlight + ((step.page,) if step.page else ()):
        if not NAME_RE.match(name):
            found.append(f"{name!r} is not an object name")
    if step.predict is not None:
        found += _question_problems(step.predict, "predict")
    for quiz in step.quizzes:
        found += _question_problems(quiz, "quiz")
    return found


def _question_problems(q: Question, kind: str) -> list[str]:
    found = []
    correct = sum(c.correct for c in q.choices)
    if not q.prompt:
        found.append(f"the {kind} has no question")
    if len(q.choices) < 2:
        found.append(f"the {kind} {q.prompt!r} needs at least two options '- [ ] …'")
    if kind == "quiz" and correct != 1:
        found.append(f"the quiz {q.prompt!r} needs exactly one right option '- [x] …', not {correct}")
    if kind == "quiz" and not all(c.feedback for c in q.choices):
        found.append(f"every option of the quiz {q.prompt!r} needs feedback (an indented line below it)")
    if kind == "predict" and correct > 1:
        found.append(f"the prediction {q.prompt!r} has more than one right option")
    if kind == "predict" and not q.reveal and not any(c.feedback for c in q.choices):
        found.append(f"the prediction {q.prompt!r} needs a 'reveal:' or feedback on its options")
    return found


def translation_problems(a: Lesson, b: Lesson) -> list[str]:
    """Differences in structure between two languages of one lesson (texts may differ)."""
    found = []
    for key in ("minutes", "page", "start"):
        if getattr(a, key) != getattr(b, key):
            found.append(f"{key} differs: {getattr(a, key)!r} vs {getattr(b, key)!r}")
    if len(a.steps) != len(b.steps):
        return found + [f"{len(a.steps)} steps in {a.lang}, {len(b.steps)} in {b.lang}"]
    for n, (x, y) in enumerate(zip(a.steps, b.steps, strict=True), start=1):
        for what, left, right in (("page", x.page, y.page), ("highlight", x.highlight, y.highlight),
                                  ("check", x.check, y.check), ("predict", _shape(x.predict), _shape(y.predict)),
                                  ("quizzes", [_shape(q) for q in x.quizzes], [_shape(q) for q in y.quizzes]),
                                  ("action", bool(x.action), bool(y.action))):
            if left != right:
                found.append(f"step {n} ({x.title!r} / {y.title!r}): {what} differs: {left!r} vs {right!r}")
    return found


def _shape(q: Question | None) -> tuple | None:
    return None if q is None else (len(q.choices), q.correct_index(), bool(q.reveal))
