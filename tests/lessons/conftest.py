"""Fixtures for lesson tests: settings in a temporary file, never the learner's."""

import pytest
from PySide6.QtCore import QSettings

from tests.ui.conftest import closing_does_not_ask, facts_are_declared  # noqa: F401  (autouse: a modal box would hang a test; undeclared facts fail)


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
