"""The `llm-lab` entry point: the app when no command is given, else a headless command.

The engine's commands come from `lab.cli`; the ones that need the app (`gui`, `shots`,
`desktop-entry`) are added here, so `lab` never imports the app. For a teacher's desktop
shortcut, `llm-lab --lesson 7` opens the app on lesson 7 and `llm-lab class.toml` opens a scenario.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lab import cli
from lab.device import prepare_threads

APP_OPTIONS = ("--workspace", "--lang", "--lesson")


def _add_app_commands(sub: argparse._SubParsersAction) -> None:
    gui = sub.add_parser("gui", help="Open the app (the default).")
    gui.add_argument("--workspace", help="folder that holds your work (default: your user data folder)")
    gui.add_argument("--lang", choices=["es", "en"], help="language of the app")
    gui.add_argument("--lesson", type=int, metavar="N", help="open the app on lesson N (1-14)")
    gui.add_argument("scenario", nargs="?", metavar="FILE.toml", help="a teacher's scenario to open")
    gui.set_defaults(func=_run_gui)
    shots = sub.add_parser("shots", help="Render every page to PNG files, offscreen.")
    shots.add_argument("--out", required=True, type=Path, help="folder for the pictures")
    shots.add_argument("--lang", choices=["es", "en"], default="es")
    shots.add_argument("--workspace", help="workspace to show (default: an empty one)")
    shots.set_defaults(func=_run_shots)
    from ui import desktop_entry  # Qt only for reading translations, and only when the command runs

    desktop_entry.register(sub)


def _run_gui(args: argparse.Namespace) -> int:
    from ui.app import main as app_main

    return app_main(args.workspace, args.lang, lesson=args.lesson, scenario=args.scenario)


def _run_shots(args: argparse.Namespace) -> int:
    from ui.shots import render

    for path in render(args.out, args.lang, args.workspace):
        print(path)
    return 0


def opens_the_app(argv: list[str]) -> bool:
    """No command, only the app's options, or a scenario file: a teacher's shortcut opens the app."""
    if not argv:
        return True
    first = argv[0]
    return first.split("=")[0] in APP_OPTIONS or first.endswith(".toml")


def main(argv: list[str] | None = None) -> int:
    prepare_threads()  # before torch loads (see lab.device): nothing imported above loads it
    argv = sys.argv[1:] if argv is None else argv
    parser = cli.build_parser(extra=_add_app_commands)
    if opens_the_app(argv):
        argv = ["gui", *argv]
    return cli.main(argv, parser)


if __name__ == "__main__":
    sys.exit(main())
