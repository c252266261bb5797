"""The observable facts of the app that lessons check, e.g. `pretrain.step`.

Pages publish facts with `facts.set("playground.temperature", 0.7)`; the lesson
player reads them by name and listens to `changed`. Facts are plain numbers,
strings and booleans, so a lesson file can name them without knowing any widget.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal


class Facts(QObject):
    changed = Signal(str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._values: dict[str, Any] = {}

    def set(self, name: str, value: Any) -> None:
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
