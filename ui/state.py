"""The observable facts of the app that lessons check, e.g. `pretrain.step`, and what the workspace holds.

Pages publish facts with `facts.set("playground.temperature", 0.7)`; the lesson
player reads them by name and listens to `changed`. Facts are plain numbers,
strings and booleans, so a lesson file can name them without knowing any widget.

Whoever publishes facts declares them first (`declare`: a page does it from its
`declared_facts()` when it is built), so the lesson validator knows every fact a lesson
may name without reading the source. With `Facts.strict` on (the tests turn it on),
publishing an undeclared fact is an error, so a declaration cannot fall behind.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, Signal


class Facts(QObject):
    changed = Signal(str, object)
    strict = False  # raise on an undeclared fact (tests); the app itself never stops for one

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._values: dict[str, Any] = {}
        self._declared: dict[str, list[str]] = {}

    def declare(self, owner: str, names: Iterable[str]) -> None:
        """`owner` (a class name, for `--facts`) publishes `names`."""
        for name in names:
            owners = self._declared.setdefault(name, [])
            if owner not in owners:
                owners.append(owner)

    def declared(self) -> dict[str, list[str]]:
        """Every declared fact with who declared it."""
        return {name: list(owners) for name, owners in self._declared.items()}

    def set(self, name: str, value: Any) -> None:
        if self.strict and name not in self._declared:
            raise KeyError(f"fact {name!r} published but never declared (Page.FACTS / Facts.declare)")
        if self._values.get(name, object()) != value:
            self._values[name] = value
            self.changed.emit(name, value)

    def add(self, name: str, amount: float = 1) -> None:
        """Increase a counter fact, e.g. `playground.generations`."""
        self.set(name, self._values.get(name, 0) + amount)

    def get(self, name: str, default: Any = None) -> Any:
        return self._values.get(name, default)

    def snapshot(self) -> dict[str, Any]:
        return dict(self._values)


class StageWatch(QObject):
    """Which stages the workspace holds, read again whenever a job ends; one per window.

    Home, the sidebar and the pages all read `lab.stage_status` through this watch, so
    they agree: a stage finished on its page, by "Run everything" or in a lesson shows
    everywhere as soon as its job ends. It also publishes the facts `stage.<name>.done`.
    Get it with `stage_watch(ctx)`.
    """

    changed = Signal()  # some stage's status changed: read `status` again

    def __init__(self, ctx, parent: QObject) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.status: dict = {}
        self._started: tuple[float, dict] | None = None  # when the running job began, and the results then
        ctx.runner.starting.connect(self._on_starting)
        ctx.runner.busy_changed.connect(self._on_busy_changed)
        self.refresh()

    def _on_starting(self) -> None:
        self._started = (time.monotonic(), self._stamps())

    def _on_busy_changed(self, name: str) -> None:
        if name:
            return
        self._record_page_runs()
        self.refresh()

    def _stamps(self) -> dict:
        from lab import stage_status

        return {stage: stage_status.result_stamp(self.ctx.workspace, stage) for stage in stage_status.STAGES}

    def _record_page_runs(self) -> None:
        """Every stage whose result the job just ended wrote gets the job's time, for Home's card."""
        from lab import stage_status

        if self._started is None:
            return
        start, before = self._started
        self._started = None
        for stage, stamp in self._stamps().items():
            if stamp is not None and stamp != before.get(stage):
                stage_status.record_page_run(self.ctx.workspace, stage, time.monotonic() - start)

    def refresh(self) -> None:
        """Read the workspace again; emit `changed` when anything differs."""
        from lab import stage_status

        status = stage_status.read(self.ctx.workspace)
        if status == self.status:
            return
        self.status = status
        self.ctx.facts.declare(type(self).__name__, (f"stage.{stage}.done" for stage in status))
        for stage, s in status.items():
            self.ctx.facts.set(f"stage.{stage}.done", s.done)
        self.changed.emit()

    def done(self, stage: str) -> bool:
        s = self.status.get(stage)
        return bool(s and s.done)


def stage_watch(ctx) -> StageWatch:
    """The watch of `ctx`'s workspace (made on first use, owned by the job runner so it lives as long)."""
    for watch in ctx.runner.findChildren(StageWatch):
        if watch.ctx.workspace.root == ctx.workspace.root:
            return watch
    return StageWatch(ctx, ctx.runner)
