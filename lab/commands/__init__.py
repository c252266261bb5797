"""Headless `llm-lab` subcommands, one module per stage, each with `register(subparsers)`.

Shared helpers: `add_config_args` puts a config dataclass's fields on the command line
(`--size-mb`, `--no-dedupe-near`…) with their help text, `config_from_args` builds the
config back from what was given, and `tap` lets a command see a job's events while
`lab.cli.drive` runs it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import fields
from typing import Any, TypeVar

from lab.config import preset
from lab.errors import LabError
from lab.events import Event, Job
from lab.i18n import QT_TRANSLATE_NOOP

C = TypeVar("C")


def add_config_args(parser: argparse.ArgumentParser, cls: type, skip: tuple[str, ...] = ()) -> None:
    """One option per field of `cls` (booleans as `--x / --no-x`); unset options stay None."""
    for f in fields(cls):
        if f.name in skip:
            continue
        flag = "--" + f.name.replace("_", "-")
        help_text = f.metadata.get("help", "")
        if isinstance(f.default, bool):
            parser.add_argument(flag, dest=f.name, action=argparse.BooleanOptionalAction, default=None, help=help_text)
        else:
            parser.add_argument(flag, dest=f.name, type=type(f.default), default=None,
                                help=f"{help_text} (default {f.default})")


def config_from_args(cls: type[C], args: argparse.Namespace, preset_name: str = "classroom", **fixed: Any) -> C:
    """`cls` under `preset_name`, with every option the user gave (and `fixed`) on top; validated."""
    given = {f.name: getattr(args, f.name) for f in fields(cls) if getattr(args, f.name, None) is not None}
    return preset(cls, preset_name, **given, **fixed)


def given_text(text: str, flag: str) -> str:
    """A text from the command line; bytes that are not UTF-8 (Python keeps them as surrogates) are a LabError."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "The text given to {flag} is not valid UTF-8. Write it again "
                                         "in a UTF-8 terminal, or save it from an editor as UTF-8."),
                       flag=flag) from None
    return text


def tap(job: Job, on_event: Callable[[Event], None]) -> Job:
    """`job` unchanged, calling `on_event` on each event; a Stop thrown in is passed on to it."""
    try:
        event = next(job)
        while True:
            on_event(event)
            try:
                yield event
            except BaseException as exc:  # noqa: BLE001 - forwarded, e.g. StopRequested
                event = job.throw(exc)
            else:
                event = next(job)
    except StopIteration:
        return
