"""`llm-lab pipeline`: every stage in order, with a progress bar per stage."""

from __future__ import annotations

import argparse
import sys

from lab.config import PRESET_NAMES
from lab.report_text import default_language


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("pipeline", help="Run every stage in order (resumes; finished stages are skipped).")
    p.add_argument("--workspace", required=True, help="folder for the corpus, models and report")
    p.add_argument("--preset", choices=PRESET_NAMES, default="classroom")
    p.add_argument("--seed", type=int, default=1234)
    p.add_argument("--force", action="store_true", help="run finished stages again")
    p.add_argument("--lang", choices=["es", "en"], default=None,
                   help="language of report.html (default: the environment's, as the app chooses)")
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from lab import pipeline
    from lab.cli import drive
    from lab.workspace import Workspace

    ws = Workspace(args.workspace)
    done = drive(pipeline.run(ws, args.preset, args.seed, args.force, lang=args.lang or default_language()))
    report = pipeline.read_report(ws)
    finished = [s for s in pipeline.STAGES if s in report["stages"]]
    print(f"{len(finished)}/{len(pipeline.STAGES)} stages in {report.get('total_wall_s', 0.0):.0f} s; "
          f"report: {pipeline.report_path(ws)} and {ws.root / 'report.html'}", file=sys.stderr)
    return 0 if done is not None and not done.stopped else 1
