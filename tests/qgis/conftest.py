"""The QGIS tier: real QGIS headless (offscreen), real layers and files. QGIS starts at collection, before pytest-qt
could create a plain QApplication of its own; the shared fixtures are in tests/conftest.py."""
from __future__ import annotations

import pytest

from support import qgis_session

qgis_session.start()


@pytest.fixture(autouse=True)
def no_unanswered_dialogs(monkeypatch):
    """A modal dialog that a test did not answer fails the test at once, instead of waiting for a click forever."""
    from qgis.PyQt.QtWidgets import QDialog

    def refuse(dialog):
        raise AssertionError(f"a modal dialog opened that the test does not answer: {type(dialog).__name__} "
                             f"'{dialog.windowTitle()}'")

    monkeypatch.setattr(QDialog, "exec_", refuse)
