"""Shared test setup: Qt offscreen, settings and user folders kept out of the home dir."""

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def one_thread():
    """One torch thread: tiny models gain nothing from more, and on a shared 2-core machine
    two threads that wait on each other crawl. Modules use it with `pytest.mark.usefixtures`."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)
