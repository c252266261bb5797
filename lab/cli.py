"""The headless `llm-lab` subcommands.

Each stage's commands live in `lab/commands/<name>.py`, which exposes
`register(subparsers)`; add the module to COMMAND_MODULES to put it on the command
line. `drive(job)` runs any job with a progress bar, the same events the GUI draws.
The `llm-lab` entry point itself is `ui.launcher:main`, which opens the GUI when no
subcommand is given and hands everything else to `main` here.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable

from lab.device import prepare_threads
from lab.errors import LabError, file_error
from lab.events import Artifact, Done, Job, Metrics, Progress, Sample, StopRequested

COMMAND_MODULES: list[str] = ["lab.commands.corpus", "lab.commands.tokenizer", "lab.commands.pretrain",
                              "lab.commands.posttrain", "lab.commands.align", "lab.commands.scale",
                              "lab.commands.pipeline", "lab.commands.export", "lab.commands.assets"]

READS_ONLY = ("sample", "export")  # commands that only read the workspace, so they need no lock


def build_parser(extra: Callable[[argparse._SubParsersAction], None] | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="llm-lab",
        description="LLM Lab: build a language model end to end on a laptop. "
        "With no command, the app opens.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    if extra:
        extra(sub)
    return parser


def main(argv: list[str] | None = None, parser: argparse.ArgumentParser | None = None) -> int:
    prepare_threads()  # before any command loads torch (see lab.device)
    parser = parser or build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        with _workspace_lock(args):
            return int(args.func(args) or 0)
    except LabError as err:
        print(f"llm-lab: {err.message()}", file=sys.stderr)
        return 2
    except OSError as exc:  # a file-system problem no command foresaw: still a sentence, not a traceback
        print(f"llm-lab: {file_error(exc).message()}", file=sys.stderr)
        return 2


def _workspace_lock(args: argparse.Namespace):
    """The workspace lock for commands that write into `--workspace`; nothing for the others."""
    from contextlib import nullcontext

    from lab.workspace import lock

    reads_only = getattr(args, "command", None) in READS_ONLY or getattr(args, "assets_action", None) == "pack"
    return nullcontext() if reads_only or not hasattr(args, "workspace") else lock(args.workspace)


def drive(job: Job, quiet: bool = False, on_metrics: Callable[[Metrics], None] | None = None) -> Done | None:
    """Run `job` to the end with a progress bar; Ctrl-C asks it to stop and save."""
    from tqdm import tqdm

    bar = tqdm(total=0, disable=quiet, dynamic_ncols=True, file=sys.stderr)
    done = None
    try:
        event = next(job, None)
        while event is not None:
            done = _show(event, bar, on_metrics) or done
            try:
                event = next(job, None)
            except KeyboardInterrupt:
                event = _stop(job)
    finally:
        bar.close()
    return done


def _stop(job: Job):
    try:
        return job.throw(StopRequested())
    except (StopRequested, StopIteration):
        return None


def _show(event, bar, on_metrics) -> Done | None:
    if isinstance(event, Progress):
        bar.total = event.total
        bar.n = event.done
        if event.message:
            bar.set_description(event.message, refresh=False)
        bar.refresh()
    elif isinstance(event, Metrics):
        if on_metrics:
            on_metrics(event)
        shown = {k: f"{v:.4g}" for k, v in list(event.values.items())[:4]}
        bar.set_postfix(shown, refresh=False)
    elif isinstance(event, Artifact) and event.kind == "pipeline/stage" and event.data["status"] == "start":
        bar.reset(total=0)
        bar.write(f"== {event.data['stage']}")
    elif isinstance(event, Sample):
        bar.write(f"[{event.step}] {event.prompt!r} → {event.text!r}")
    elif isinstance(event, Done):
        return event
    return None
