"""Pictures of the lesson player, offscreen, to look at while writing lessons.

    python -m tools.lesson_shots --out /tmp/lesson_shots [--lessons 01-corpus:3,07-sampling:2] [--workspace W]

For each language it saves the lesson index, and each named lesson at the named step
(1-based; default the first step that highlights a widget) as `<lang>/<lesson>-<step>.png`.
On a step with a prediction it also saves the step after a guess (`…-guessed.png`), and
on a step with a check or a quiz, the step once its check holds and the first quiz got
a wrong answer (`…-done.png`): the facts are set directly, as the lesson tests do.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from lab.lesson_check import example_facts
from lab.lesson_format import LANGS

DEFAULT = "01-corpus,07-sampling,09-preferences"
SIZE = (1400, 860)


def _settle(app, rounds: int = 8) -> None:
    for _ in range(rounds):
        app.processEvents()


def _step_of(lesson, wanted: int | None) -> int:
    if wanted is not None:
        return max(0, min(wanted - 1, len(lesson.steps) - 1))
    return next((i for i, s in enumerate(lesson.steps) if s.highlight), 0)


def render(out: Path, specs: list[tuple[str, int | None]], workspace: str | None = None) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from ui.app import application, build_window

    app, written = application(), []
    for lang in LANGS:
        settings = QSettings(str(Path(tempfile.mkdtemp()) / "shots.ini"), QSettings.Format.IniFormat)
        window = build_window(workspace or tempfile.mkdtemp(prefix="llm-lab-shots-"), lang, settings)
        window.resize(*SIZE)
        window.show()
        window.load_pages()
        dock = window.lesson_dock
        folder = out / lang
        folder.mkdir(parents=True, exist_ok=True)
        dock.show_index()
        _settle(app)
        written.append(_grab(window, folder / "index.png"))
        for lesson_id, wanted in specs:
            written += _shoot_lesson(app, window, folder, lesson_id, wanted)
        window.close()
    return written


def _shoot_lesson(app, window, folder: Path, lesson_id: str, wanted: int | None) -> list[Path]:
    dock = window.lesson_dock
    lesson = dock.lesson(lesson_id)
    if lesson is None:
        print(f"no lesson {lesson_id}", file=sys.stderr)
        return []
    dock.open_lesson(lesson_id)
    index = _step_of(lesson, wanted)
    dock.player.go(index)
    _settle(app)
    written = [_grab(window, folder / f"{lesson_id}-{index + 1}.png")]
    player = dock.player
    if player.predict_box is not None:
        player.predict_box.choose(0)
        _settle(app)
        written.append(_grab(window, folder / f"{lesson_id}-{index + 1}-guessed.png"))
    tree = player.step().check_tree
    if tree is not None or player.quiz_boxes:
        for name, value in (example_facts(tree, True) or {}).items() if tree is not None else ():
            window.ctx.facts.set(name, value)
        for box in player.quiz_boxes[:1]:
            box.choose((box.question.correct_index() + 1) % len(box.choices))
        _settle(app)
        written.append(_grab(window, folder / f"{lesson_id}-{index + 1}-done.png"))
    return written


def _grab(window, path: Path) -> Path:
    window.grab().save(str(path))
    return path


def _specs(text: str) -> list[tuple[str, int | None]]:
    specs = []
    for part in filter(None, text.split(",")):
        name, _, step = part.partition(":")
        specs.append((name.strip(), int(step) if step else None))
    return specs


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/lesson_shots"))
    parser.add_argument("--lessons", default=DEFAULT, help="lesson ids, each optionally with :STEP (1-based)")
    parser.add_argument("--workspace", help="a workspace to show (default: an empty one)")
    args = parser.parse_args(argv)
    for path in render(args.out, _specs(args.lessons), args.workspace):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
