"""Check every lesson file against the format and against the real app.

    python -m tools.validate_lessons           # every lesson in lessons/; exit 1 on any problem
    python -m tools.validate_lessons --facts   # the facts lessons may check, and who publishes them

A lesson passes when it parses (schema in lessons/README.md), its Spanish and English
files have the same steps, every page it opens exists, every widget it highlights
exists once the window has built its pages, and every check parses, names only known
facts, and can both hold and fail.

Known facts are the ones the app declares: each page declares what it publishes
(`Page.FACTS`; a job page adds `<stage>.running`, `.done`, `.step` and its `METRIC_FACTS`,
see `ui.pages.job_page`), and the few other publishers call `Facts.declare`. The
validator builds the window with all its pages and asks its `Facts`, so a page not yet
listed in `ui/pages/__init__.py` publishes nothing a lesson may check. Publishing an
undeclared fact fails the app's tests (`Facts.strict`), so the list cannot fall behind.
`tests/lessons/test_validate_lessons.py` runs this in `make test`.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from lab.lesson_check import SEARCH_BUDGET, example_search, fact_names
from lab.lesson_format import FILE_RE, LANGS, LESSONS_DIR, Lesson, LessonError, load_lesson, translation_problems

ROOT = Path(__file__).resolve().parent.parent


# --- what the app offers -----------------------------------------------------------
def known_facts() -> dict[str, list[str]]:
    """Every fact the app declares once its window has built its pages, with who declares it
    (`Page.FACTS` and `declared_facts()`, `Facts.declare`)."""
    return _built_app()[1]


def page_keys() -> set[str]:
    from ui.pages import PAGES

    return {key for key, _ in PAGES}


def widget_names() -> set[str]:
    """The object names of every widget in the main window once all its pages are built."""
    return _built_app()[0]


def _built_app() -> tuple[set[str], dict[str, list[str]]]:
    """The main window with all its pages, built in a temporary folder: its widgets' names and its
    declared facts."""
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
        facts = window.ctx.facts.declared()
        if window.warm_up is not None:
            window.warm_up.join()  # a daemon thread still importing torch at exit prints a traceback
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(window, QEvent.Type.DeferredDelete)
        settings.sync()
        del settings
    return names, facts


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
    built = _built_app() if lessons and (widgets is None or facts is None) else (set(), {})
    widgets = set(built[0] if widgets is None else widgets)
    facts = set(built[1] if facts is None else facts)
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
        for name, owners in sorted(known_facts().items()):
            print(f"{name:40} {', '.join(owners)}")
        return 0
    found = validate()
    for problem in found:
        print(problem)
    count = sum(len(list((LESSONS_DIR / lang).glob("*.md"))) for lang in LANGS)
    print(f"{count} lesson files, {len(found)} problems")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
