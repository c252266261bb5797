"""`llm-lab assets install` and `llm-lab assets pack`: start from a bundled stage, or bundle a pipeline.

    llm-lab assets install --workspace W --stage reward   # every stage up to the reward model
    llm-lab assets pack --workspace build/classroom --out assets/classroom   # what `make assets` runs

`install` moves any work already in W aside to a dated folder beside it and says where,
but only when W is an LLM Lab workspace and you agree: it asks (or takes `--yes`).
A folder that is not a workspace (your home folder, say) is never moved.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lab.report_text import default_language
from lab.stages import NAMES as STAGES


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("assets", help="Start from a bundled stage, or pack a finished pipeline into a bundle.")
    actions = p.add_subparsers(dest="assets_action", metavar="ACTION", required=True)

    i = actions.add_parser("install", help="Put every bundled stage up to STAGE into a workspace, ready to use.")
    i.add_argument("--workspace", help="workspace folder (default: the app's); earlier work is moved aside")
    i.add_argument("--stage", required=True, choices=STAGES, help="the last stage to install")
    i.add_argument("--bundle", type=Path, help="bundle folder (default: assets/classroom)")
    i.add_argument("--lang", choices=["es", "en"], default=None,
                   help="language of report.html (default: the environment's, as the app chooses)")
    i.add_argument("--yes", action="store_true", help="move earlier work aside without asking")
    i.set_defaults(func=install_command)

    k = actions.add_parser("pack", help="Pack a workspace where the pipeline ran into a bundle folder.")
    k.add_argument("--workspace", required=True, help="workspace where `llm-lab pipeline` ran")
    k.add_argument("--out", type=Path, required=True, help="bundle folder to write")
    k.set_defaults(func=pack_command)


def install_command(args: argparse.Namespace) -> int:
    from lab import bundle
    from lab.cli import drive
    from lab.commands import tap
    from lab.events import Artifact
    from lab.workspace import Workspace, default_root

    def report_backup(event) -> None:
        if isinstance(event, Artifact) and event.kind == "bundle/backup":
            print(f"your earlier work was moved to {event.data['path']}", file=sys.stderr)

    root = Path(args.workspace) if args.workspace else default_root()
    if root.is_dir() and bundle.holds_work(root):
        consent_to_set_aside(root, args.yes)
    ws = Workspace(root)
    if drive(tap(bundle.install(ws, args.stage, args.bundle, args.lang or default_language()), report_backup)) is None:
        print(f"stopped: the stages unpacked so far are in {ws.root}", file=sys.stderr)
        return 1
    print(f"installed the bundled stages up to {args.stage} in {ws.root}", file=sys.stderr)
    return 0


def consent_to_set_aside(root: Path, yes: bool) -> None:
    """Return when the work in `root` may be moved aside: a workspace, and `--yes` or a "y" typed; else a LabError."""
    from lab.errors import LabError
    from lab.i18n import QT_TRANSLATE_NOOP
    from lab.workspace import STAMP

    if not (root / STAMP).is_file():
        raise LabError(QT_TRANSLATE_NOOP("LabError", "{path} is not an LLM Lab workspace, and it is not empty, so "
                                         "nothing was installed or moved. Choose a new or empty folder with "
                                         "--workspace."), path=str(root))
    if yes:
        return
    if sys.stdin is not None and sys.stdin.isatty():
        answer = input(f"{root} holds earlier work. Move it aside to a dated folder beside it and install? [y/N] ")
        if answer.strip().lower() in ("y", "yes", "s", "si", "sí"):
            return
    raise LabError(QT_TRANSLATE_NOOP("LabError", "{path} holds earlier work, so nothing was installed or moved. "
                                     "Add --yes to move it aside to a dated folder beside it, or choose another "
                                     "folder with --workspace."), path=str(root))


def pack_command(args: argparse.Namespace) -> int:
    from lab import bundle
    from lab.workspace import Workspace

    manifest = bundle.pack(Workspace(args.workspace), args.out)
    for entry in manifest["files"]:
        print(f"{entry['name']:28} {entry['bytes'] / 1e6:7.2f} MB", file=sys.stderr)
    changes = ", ".join(f"{s} {c:.2g}" for s, c in manifest["fp16_logit_change"].items())
    print(f"{len(manifest['files'])} files, {manifest['total_bytes'] / 1e6:.2f} MB in {args.out}; "
          f"largest logit change from float16: {changes}", file=sys.stderr)
    return 0
