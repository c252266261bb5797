"""Scenarios: a small TOML file a teacher writes once and shares, that sets up a lesson hour.

    preset = "tiny"              # the settings every stage starts from (tiny, classroom, full)
    seed = 7                     # the seed of every run
    lesson = "07-sampling"       # the lesson to open ...
    step = 2                     # ... at this step (1 = the first)
    hide = ["pretrain.lr", "model.n_layer"]   # controls the learners do not see

    [model]                      # one table per config class of lab/config.py
    n_layer = 2
    [pretrain]
    lr = 0.001

Tables are the config sections in `SECTIONS`; their keys are the class's fields. The
whole file is read and checked before anything is used: a syntax error, an unknown key
or a bad value raises one LabError naming the line, and nothing is applied half-way.
`dumps` writes the same format back (flat tables of scalars, with our own tiny writer,
since the standard library only reads TOML).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from lab import config as cf
from lab.checkpoint import atomic_write_text
from lab.errors import LabError
from lab.i18n import QT_TRANSLATE_NOOP
from lab.stages import STAGES

SECTIONS: dict[str, type] = {  # the registry's stages with settings, between the shared ones and the sweep
    "run": cf.RunConfig, "world": cf.WorldConfig, "tokenizer": cf.TokenizerConfig, "model": cf.ModelConfig,
    **{s.name: s.config for s in STAGES if s.config is not None}, "sweep": cf.SweepConfig,
}
TOP_KEYS = ("preset", "seed", "lesson", "step", "hide")


@dataclass(frozen=True)
class Scenario:
    """A checked scenario: overrides per section, hidden controls, and where to start."""

    preset: str = "classroom"
    seed: int | None = None
    lesson: str | None = None
    step: int | None = None  # 1 = the lesson's first step
    hide: tuple[str, ...] = ()  # "section.field"
    values: dict[str, dict[str, Any]] = field(default_factory=dict)  # section → field → value

    def config(self, section: str) -> Any:
        """The section's config: the preset, then this scenario's values (and its seed for `run`)."""
        extra = {"seed": self.seed} if section == "run" and self.seed is not None else {}
        return cf.preset(SECTIONS[section], self.preset, **{**self.values.get(section, {}), **extra})

    def configs(self) -> dict[str, Any]:
        """Every section's config, keyed by section."""
        return {section: self.config(section) for section in SECTIONS}

    def hidden_object_names(self) -> list[str]:
        """The objectNames of the form editors to hide (`form.<ClassName>.<field>`)."""
        names = []
        for entry in self.hide:
            section, name = entry.split(".", 1)
            names.append(f"form.{SECTIONS[section].__name__}.{name}")
        return names


def section_of(cls: type) -> str | None:
    """The scenario section of a config class (`PretrainConfig` → "pretrain")."""
    return next((s for s, c in SECTIONS.items() if c is cls), None)


# --- reading ---------------------------------------------------------------------------

def load(path: Path | str) -> Scenario:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "Could not read the scenario {path} ({reason})."),
                       path=str(path), reason=str(exc)) from exc
    return loads(text)


def loads(text: str) -> Scenario:
    """Parse and check a whole scenario; a LabError with the line number on the first problem."""
    text = text.removeprefix("\ufeff")  # editors on Windows save UTF-8 with a byte-order mark
    data = _parse(text)
    where = _Lines(text)
    for key in data:
        if key not in TOP_KEYS and key not in SECTIONS:
            raise _error(where.line(None, key), QT_TRANSLATE_NOOP(
                "LabError", "Line {line}: Unknown key {key}. Use preset, seed, lesson, step, hide or a section: "
                "{sections}."),
                key=key, sections=", ".join(SECTIONS))
    preset = _top(data, where, "preset", str, "classroom")
    if preset not in cf.PRESET_NAMES:
        raise _error(where.line(None, "preset"), QT_TRANSLATE_NOOP(
            "LabError", "Line {line}: Unknown preset {name}. Choose one of: {names}."),
            name=preset, names=", ".join(cf.PRESET_NAMES))
    seed = _top(data, where, "seed", int, None)
    if seed is not None:
        _check_value(cf.RunConfig, "seed", seed, where.line(None, "seed"))
    lesson, step = _lesson(data, where)
    values = {s: _section(s, data[s], where) for s in SECTIONS if s in data}
    scenario = Scenario(preset, seed, lesson, step, _hide(data, where), values)
    for section in values:
        scenario.config(section)  # bounds were checked field by field; this builds the whole
    return scenario


def _parse(text: str) -> dict[str, Any]:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib
    try:
        return tomllib.loads(text)
    except RecursionError as exc:  # tables or arrays nested thousands deep
        raise _error(1, QT_TRANSLATE_NOOP(
            "LabError", "Line {line}: The scenario is nested too deeply. A scenario holds flat tables of settings, "
            "such as [pretrain] with lr = 0.001.")) from exc
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"line (\d+)", str(exc))
        line = getattr(exc, "lineno", None) or (int(found.group(1)) if found else 1)
        raise _error(line, QT_TRANSLATE_NOOP("LabError", "Line {line}: The scenario is not valid TOML: {reason}."),
                     reason=str(exc)) from exc


def _top(data: dict, where: _Lines, key: str, kind: type, default: Any) -> Any:
    value = data.get(key, default)
    if value is not default and not _is(value, kind):
        raise _error(where.line(None, key), QT_TRANSLATE_NOOP(
            "LabError", "Line {line}: {key} must be {kind}, not {value}."),
            key=key, kind=_KIND_NAMES[kind], value=_show(value))
    return value


def _lesson(data: dict, where: _Lines) -> tuple[str | None, int | None]:
    lesson, step = _top(data, where, "lesson", str, None), _top(data, where, "step", int, None)
    if lesson is not None:
        from lab.lesson_format import LESSONS_DIR, lesson_files

        known = [p.stem for p in lesson_files("en")] if LESSONS_DIR.is_dir() else [lesson]
        if lesson not in known:
            raise _error(where.line(None, "lesson"), QT_TRANSLATE_NOOP(
                "LabError", "Line {line}: There is no lesson {lesson}. Use one of: {lessons}."),
                lesson=lesson, lessons=", ".join(known))
    if step is not None and step < 1:
        raise _error(where.line(None, "step"), QT_TRANSLATE_NOOP(
            "LabError", "Line {line}: step must be 1 or more (1 is the lesson's first step), not {value}."), value=step)
    return lesson, step


def _section(section: str, table: Any, where: _Lines) -> dict[str, Any]:
    if not isinstance(table, dict):
        raise _error(where.line(None, section), QT_TRANSLATE_NOOP(
            "LabError", "Line {line}: {key} must be a table ([{key}]) of settings."), key=section)
    cls = SECTIONS[section]
    known = {f.name: f for f in fields(cls)}
    out = {}
    for written, value in table.items():
        line, key = where.line(section, written), cf.renamed(cls, written)  # files saved before a rename still load
        if key not in known:
            raise _error(line, QT_TRANSLATE_NOOP(
                "LabError", "Line {line}: [{section}] has no setting {key}. It has: {keys}."),
                section=section, key=written, keys=", ".join(known))
        kind = type(known[key].default)
        if not _is(value, kind):
            raise _error(line, QT_TRANSLATE_NOOP("LabError", "Line {line}: {key} must be {kind}, not {value}."),
                         key=f"{section}.{key}", kind=_KIND_NAMES.get(kind, kind.__name__), value=_show(value))
        _check_value(cls, key, value, line)
        out[key] = float(value) if kind is float else value
    return out


def _hide(data: dict, where: _Lines) -> tuple[str, ...]:
    hide = data.get("hide", [])
    if not isinstance(hide, list) or not all(isinstance(h, str) for h in hide):
        raise _error(where.line(None, "hide"), QT_TRANSLATE_NOOP(
            "LabError", "Line {line}: hide must be a list of settings such as [\"pretrain.lr\"]."))
    out = []
    for entry in hide:
        section, _, name = entry.partition(".")
        name = cf.renamed(SECTIONS[section], name) if section in SECTIONS else name
        if section not in SECTIONS or name not in {f.name for f in fields(SECTIONS[section])}:
            raise _error(where.find(json.dumps(entry)) or where.line(None, "hide"), QT_TRANSLATE_NOOP(
                "LabError", "Line {line}: hide names {entry}, which is not a setting. Write section.setting, "
                "such as pretrain.lr."),
                entry=entry)
        out.append(f"{section}.{name}")
    return tuple(out)


def _check_value(cls: type, key: str, value: Any, line: int) -> None:
    """The field's bounds, as `config.validate` checks them, with the line."""
    try:
        cf.validate(replace(cls(), **{key: value}))
    except LabError as err:
        raise _error(line, QT_TRANSLATE_NOOP("LabError", "Line {line}: {name} must be between {lo} and {hi}, "
                                             "not {value}."), **err.params) from err


# What a value must be; context "config", as LabError translates its string parameters there.
_KIND_NAMES = {int: QT_TRANSLATE_NOOP("config", "a whole number"), float: QT_TRANSLATE_NOOP("config", "a number"),
               bool: QT_TRANSLATE_NOOP("config", "true or false"), str: QT_TRANSLATE_NOOP("config", "text in quotes")}


def _is(value: Any, kind: type) -> bool:
    if kind is bool or isinstance(value, bool):
        return kind is bool and isinstance(value, bool)
    if kind is float:
        return isinstance(value, (int, float))
    return isinstance(value, kind)


def _show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def _error(line: int, template: str, **params: Any) -> LabError:
    """A LabError whose template starts "Line {line}: "."""
    return LabError(template, line=line, **params)


class _Lines:
    """Finds the line (1-based) where a key is written, for semantic errors tomllib cannot know."""

    _HEADER = re.compile(r"^\s*\[\s*([^\]\s]+)\s*\]")

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    def line(self, section: str | None, key: str) -> int:
        current, header_line = None, 1
        pattern = re.compile(rf"^\s*(?:{re.escape(key)}|\"{re.escape(key)}\")\s*=")
        for number, text in enumerate(self.lines, 1):
            header = self._HEADER.match(text)
            if header:
                current = header.group(1).strip('"')
                if section is None and current == key:
                    return number  # a table where a value was expected
                if current == section:
                    header_line = number
                continue
            if current == section and pattern.match(text):
                return number
        return header_line

    def find(self, needle: str) -> int | None:
        return next((n for n, text in enumerate(self.lines, 1) if needle in text), None)


# --- writing ---------------------------------------------------------------------------

def dumps(scenario: Scenario) -> str:
    """The scenario as TOML that `loads` reads back to an equal Scenario."""
    out = [f"preset = {_toml(scenario.preset)}"]
    for key in ("seed", "lesson", "step"):
        value = getattr(scenario, key)
        if value is not None:
            out.append(f"{key} = {_toml(value)}")
    if scenario.hide:
        out.append("hide = [" + ", ".join(_toml(h) for h in scenario.hide) + "]")
    for section, values in scenario.values.items():
        if values:
            out += ["", f"[{section}]", *(f"{k} = {_toml(v)}" for k, v in values.items())]
    return "\n".join(out) + "\n"


def save(path: Path | str, scenario: Scenario) -> Path:
    path = Path(path)
    atomic_write_text(path, dumps(scenario))
    return path


def from_configs(configs: dict[str, Any], preset: str = "classroom", **top: Any) -> Scenario:
    """A scenario holding every field of `configs` (section → config instance); `top`: seed, lesson, step, hide."""
    values = {s: cf.to_dict(cfg) for s, cfg in configs.items()}
    return Scenario(preset=preset, values=values, **{**top, "hide": tuple(top.get("hide", ()))})


def _toml(value: Any) -> str:
    """One TOML scalar: bool, int, float (inf and nan included) or a basic string."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        text = repr(value)
        return text if any(c in text for c in ".en") else text + ".0"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # JSON's escapes are TOML's basic-string escapes
    raise TypeError(f"a scenario holds only scalars, not {type(value).__name__}")
