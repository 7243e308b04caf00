"""The QGIS tier: real QGIS headless (offscreen), real layers and files. QGIS starts at collection, before pytest-qt
could create a plain QApplication of its own; the shared fixtures are in tests/conftest.py."""
from __future__ import annotations

from support import qgis_session

qgis_session.start()
