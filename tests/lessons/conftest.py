"""Fixtures for lesson tests: settings in a temporary file, never the learner's."""

import pytest
from PySide6.QtCore import QSettings

from ui import pyside_fixes

pyside_fixes.install()  # the lesson tests emit many signals; see ui/pyside_fixes.py


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
