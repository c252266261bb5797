"""Shared test setup: Qt offscreen, the load watch started, one-thread fixture."""

import os

import pytest

from lab import device
from lab.device import prepare_threads

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
prepare_threads()
# Jobs keep torch's thread count instead of following the machine's load: a test that runs a
# job twice and compares the numbers must not get two thread counts (float sums differ).
device.FOLLOW_LOAD = False


@pytest.fixture
def one_thread(monkeypatch):
    """One torch thread: tiny models gain nothing from more, and on a shared 2-core machine
    two threads that wait on each other crawl. Modules use it with `pytest.mark.usefixtures`.
    OMP_NUM_THREADS=1 keeps it so when a job chooses its threads (`lab.device.set_threads(0)`)."""
    import torch

    before = torch.get_num_threads()
    monkeypatch.setenv("OMP_NUM_THREADS", "1")
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)
