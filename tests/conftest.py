"""Shared test setup: Qt offscreen, settings and user folders kept out of the home dir."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
