"""Check every lesson file against the format and against the real app.

    python -m tools.validate_lessons           # every lesson in lessons/; exit 1 on any problem
    python -m tools.validate_lessons --facts   # the facts lessons may check, and who publishes them

A lesson passes when it parses (schema in lessons/README.md), its Spanish and English
files have the same steps, every page it opens exists, every widget it highlights
exists once the window has built its pages, and every check parses, names only known
facts, and can both hold and fail.

Known facts are read from the app's source, so pages need no second list to keep in
step: every call `<…facts>.set("stage.name", …)` or `<…facts>.add("stage.name", …)`
with a literal name under ui/ publishes that fact. When the name is computed
(`facts.set(fact, value)`), the dotted strings written in the same function count
(`for key, fact in (("loss/train", "pretrain.loss"), …)`); a name built by an f-string
with one placeholder (`f"dpo.{name}"`, `f"{method}.step"`) counts for every plain word
written in the same module; and a module or class may declare what it publishes in a
`FACTS = ("stage.name", …)` tuple (or a dict keyed by name). Only the code the app
loads counts: a page not yet listed in `ui/pages/__init__.py` publishes nothing a
lesson may check.
`tests/lessons/test_validate_lessons.py` runs this in `make test`.
"""

from __future__ import annotations

import ast
import logging
import os
import re
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from lab.lesson_check import SEARCH_BUDGET, example_search, fact_names
from lab.lesson_format import FILE_RE, LANGS, LESSONS_DIR, Lesson, LessonError, load_lesson, translation_problems

ROOT = Path(__file__).resolve().parent.parent
FACT_METHODS = ("set", "add")
FACT_NAME_RE = re.compile(r"^[a-z_][a-z0-9_]*\.[a-z0-9_./]+$")
WORD_RE = re.compile(r"^[a-z_][a-z0-9_]*$")


# --- what the app offers -----------------------------------------------------------
def known_facts(source_root: Path = ROOT / "ui", only: set[Path] | None = None) -> dict[str, list[str]]:
    """Every fact name published under `source_root` (in the files `only`, when given),
    with the `file:line` places that publish it."""
    found: dict[str, list[str]] = {}
    for path in sorted(source_root.rglob("*.py")):
        if only is not None and path.resolve() not in only:
            continue
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        except SyntaxError:  # a file being edited; the app would not start either, which other tests catch
            continue
        where = path.relative_to(source_root.parent)
        for name, line in _published(tree):
            places = found.setdefault(name, [])
            if f"{where}:{line}" not in places:
                places.append(f"{where}:{line}")
    return found


def _published(tree: ast.AST) -> Iterable[tuple[str, int]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _fact_call(node) == "literal":
            yield node.args[0].value, node.lineno
        elif isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "FACTS" for t in node.targets):
            values = node.value.keys if isinstance(node.value, ast.Dict) else getattr(node.value, "elts", [])
            for item in values:
                if isinstance(item, ast.Constant) and isinstance(item.value, str):
                    yield item.value, node.lineno
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and any(
                isinstance(n, ast.Call) and _fact_call(n) == "computed" for n in ast.walk(node)):
            yield from _fact_like_strings(node)
    yield from _formatted_names(tree)


def _fact_call(node: ast.Call) -> str:
    """'literal' for `….facts.set("a.b", …)`, 'computed' when the name is an expression, else ''."""
    func = node.func
    if not (isinstance(func, ast.Attribute) and func.attr in FACT_METHODS and node.args):
        return ""
    receiver = func.value
    name = receiver.attr if isinstance(receiver, ast.Attribute) else getattr(receiver, "id", "")
    if "facts" not in name.lower():
        return ""
    first = node.args[0]
    return "literal" if isinstance(first, ast.Constant) and isinstance(first.value, str) else "computed"


def _formatted_names(tree: ast.AST) -> Iterable[tuple[str, int]]:
    """Names built by an f-string with one placeholder, `facts.set(f"dpo.{name}", …)` or
    `f"{method}.step"`: the placeholder may be any plain word written in the module."""
    words = {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
             and WORD_RE.match(n.value)}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and _fact_call(node) == "computed"
                and isinstance(node.args[0], ast.JoinedStr)):
            continue
        parts = node.args[0].values
        holes = [i for i, part in enumerate(parts) if isinstance(part, ast.FormattedValue)]
        if len(holes) != 1 or not all(isinstance(p, ast.Constant) for i, p in enumerate(parts) if i != holes[0]):
            continue
        before = "".join(p.value for p in parts[:holes[0]])
        after = "".join(p.value for p in parts[holes[0] + 1:])
        for word in sorted(words):
            if FACT_NAME_RE.match(before + word + after):
                yield before + word + after, node.lineno


def _fact_like_strings(function: ast.AST) -> Iterable[tuple[str, int]]:
    """In a function that publishes facts under computed names, the dotted strings it names,
    e.g. `for key, fact in (("loss/train", "pretrain.loss"), …): facts.set(fact, …)`."""
    for node in ast.walk(function):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and FACT_NAME_RE.match(node.value):
            yield node.value, node.lineno


def loaded_app_files() -> set[Path]:
    """The files of the `ui` modules imported so far: after `widget_names()`, the app's own code."""
    return {Path(module.__file__).resolve() for name, module in list(sys.modules.items())
            if (name == "ui" or name.startswith("ui.")) and getattr(module, "__file__", None)}


def page_keys() -> set[str]:
    from ui.pages import PAGES

    return {key for key, _ in PAGES}


def widget_names() -> set[str]:
    """The object names of every widget in the main window once all its pages are built."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings

    from ui.app import build_window

    logging.getLogger("lab.lesson_format").setLevel(logging.ERROR)  # the dock's load; problems are reported below
    with tempfile.TemporaryDirectory(prefix="llm-lab-lessons-") as name:
        folder = Path(name)
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        window = build_window(folder / "workspace", "en", settings)
        window.load_pages()
        names = {obj.objectName() for obj in window.findChildren(QObject) if obj.objectName()}
        if window.warm_up is not None:
            window.warm_up.join()  # a daemon thread still importing torch at exit prints a traceback
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(window, QEvent.Type.DeferredDelete)
        settings.sync()
        del settings
    return names


# --- the checks ------------------------------------------------------------------------
def validate(root: Path = LESSONS_DIR, facts: Iterable[str] | None = None, widgets: Iterable[str] | None = None,
             pages: Iterable[str] | None = None) -> list[str]:
    """Every problem in the lessons under `root`; empty when all pass."""
    pages = set(page_keys() if pages is None else pages)
    found, lessons = [], {}
    for lang in LANGS:
        for path in sorted((root / lang).glob("*")):
            if not FILE_RE.match(path.name):
                found.append(f"{path}: lesson files are named NN-slug.md, e.g. 07-sampling.md")
                continue
            try:
                lessons[lang, path.stem] = load_lesson(path)
            except LessonError as err:
                found += err.problems
    found += _pair_problems(root, lessons)
    widgets = set(widget_names() if widgets is None else widgets) if lessons else set()
    facts = set(known_facts(only=loaded_app_files() if widgets else None) if facts is None else facts)
    for lesson in lessons.values():
        found += [f"{lesson.path}:{p}" for p in app_problems(lesson, facts, widgets, pages)]
    return found


def _pair_problems(root: Path, lessons: dict[tuple[str, str], Lesson]) -> list[str]:
    found = []
    ids = {lesson_id for _, lesson_id in lessons}
    for lesson_id in sorted(ids):
        pair = [lessons.get((lang, lesson_id)) for lang in LANGS]
        if None in pair:
            missing = LANGS[pair.index(None)]
            found.append(f"{root / missing / (lesson_id + '.md')}: missing (every lesson exists in {LANGS})")
            continue
        found += [f"{pair[0].path}: {p}" for p in translation_problems(*pair)]
    numbers = [i[:2] for i in ids]
    found += [f"{root}: two lessons share the number {n}" for n in sorted(set(numbers)) if numbers.count(n) > 1]
    return found


def app_problems(lesson: Lesson, facts: set[str], widgets: set[str], pages: set[str]) -> list[str]:
    """Problems of one parsed lesson against the app: pages, widgets, facts, checks."""
    found = []
    if lesson.page and lesson.page not in pages:
        found.append(f"1: no page {lesson.page!r}; pages are {sorted(pages)}")
    for step in lesson.steps:
        if step.page and step.page not in pages:
            found.append(f"{step.line}: no page {step.page!r}; pages are {sorted(pages)}")
        found += [f"{step.line}: no widget named {name!r} in the app" for name in step.highlight
                  if name not in widgets]
        if step.check_tree is None:
            continue
        unknown = sorted(fact_names(step.check_tree) - facts)
        if unknown:
            found.append(f"{step.line}: check {step.check!r} names unknown facts {unknown} "
                         "(see `python -m tools.validate_lessons --facts`)")
        for want in (True, False):
            example, complete = example_search(step.check_tree, want)
            if example is None and complete:
                found.append(f"{step.line}: check {step.check!r} can never be {str(want).lower()}")
            elif example is None:
                found.append(f"{step.line}: check {step.check!r}: no example found that makes it "
                             f"{str(want).lower()} within {SEARCH_BUDGET} tries; write it with fewer clauses")
    return found


def main(argv: list[str]) -> int:
    if "--facts" in argv:
        widget_names()  # build the app, so that only the code it loads counts
        for name, places in sorted(known_facts(only=loaded_app_files()).items()):
            print(f"{name:40} {', '.join(places)}")
        return 0
    found = validate()
    for problem in found:
        print(problem)
    count = sum(len(list((LESSONS_DIR / lang).glob("*.md"))) for lang in LANGS)
    print(f"{count} lesson files, {len(found)} problems")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
