"""Headless `llm-lab` subcommands, one module per stage, each with `register(subparsers)`.

Every command's settings come from the config dataclasses of `lab.config`, the same
fields the app's forms show: `add_config_args` puts each field on the command line
(`--max-steps`, `--size-mb`, `--no-mask-prompt`…) with the field's help text and bounds,
and `config_from_args` builds the config back from the chosen preset and what was given
(checked against the same bounds). `add_run_args` adds the shared `--seed` and
`--threads` (`RunConfig`). `tap` lets a command see a job's events while `lab.cli.drive`
runs it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import fields
from typing import Any, TypeVar

from lab.config import RunConfig, preset
from lab.errors import LabError
from lab.events import Event, Job
from lab.i18n import QT_TRANSLATE_NOOP

C = TypeVar("C")


TYPES = {"int": int, "float": float, "str": str}  # a field's annotation (a string, with postponed annotations)


def add_config_args(parser: argparse.ArgumentParser, cls: type, skip: tuple[str, ...] = ()) -> None:
    """One option per field of `cls` (booleans as `--x / --no-x`), with its help and bounds; unset ones stay None."""
    for f in fields(cls):
        if f.name in skip:
            continue
        flag = "--" + f.name.replace("_", "-")
        help_text = f.metadata.get("help", "")
        if isinstance(f.default, bool):
            parser.add_argument(flag, dest=f.name, action=argparse.BooleanOptionalAction, default=None, help=help_text)
            continue
        lo, hi = f.metadata.get("min"), f.metadata.get("max")
        bounds = f" ({lo:g} to {hi:g})" if lo is not None and hi is not None else ""  # --preset sets the default
        parser.add_argument(flag, dest=f.name, type=TYPES.get(str(f.type), type(f.default)), default=None,
                            metavar=f.name.upper(), help=help_text + bounds)


def add_run_args(parser: argparse.ArgumentParser) -> None:
    """`--seed` and `--threads`, from `RunConfig`: the same for every training command."""
    add_config_args(parser, RunConfig)


def run_config(args: argparse.Namespace) -> RunConfig:
    return config_from_args(RunConfig, args)


def config_from_args(cls: type[C], args: argparse.Namespace, preset_name: str = "classroom",
                     under: dict[str, Any] | None = None, **fixed: Any) -> C:
    """`cls` under `preset_name`, then `under` (a named setting such as PPO's sandbox), then every option
    the user gave, then `fixed`; validated against the fields' bounds."""
    given = {f.name: getattr(args, f.name) for f in fields(cls) if getattr(args, f.name, None) is not None}
    return preset(cls, preset_name, **{**(under or {}), **given, **fixed})


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
