"""Fixtures shared by engine tests."""

import pytest

from lab import pipeline
from lab.workspace import Workspace


@pytest.fixture(scope="session")
def tiny_pipeline(tmp_path_factory):
    """A workspace where every stage ran on the tiny preset (seed 3), and the run's events. Read it only."""
    ws = Workspace(tmp_path_factory.mktemp("pipeline"))
    events = list(pipeline.run(ws, "tiny", seed=3))
    return ws, events
