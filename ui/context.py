"""What every page is given: the job runner, the facts, the workspace, the theme."""

from __future__ import annotations

from dataclasses import dataclass

from lab.workspace import Workspace
from ui.runner import JobRunner
from ui.state import Facts
from ui.theme import Theme


@dataclass
class AppContext:
    runner: JobRunner
    facts: Facts
    workspace: Workspace
    theme: Theme
