"""Shared by every tier: paths, repeatable property tests, the sample and the real data. QGIS is started only by
the tiers that need it (tests/qgis, tests/system); tests/unit runs on the pure core."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QGIS_PREFIX_PATH", "/usr")
TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
sys.path.insert(0, str(TESTS))  # (the helpers in tests/support)
sys.path.insert(0, str(REPO))

SHARED_DATA = REPO.parent / "shared" / "data"
SAMPLE = REPO / "resources" / "sample"

# Property tests draw the same examples on every run (a test that fails by chance blocks every submission);
# nothing is stored between runs either.
hypothesis_settings.register_profile("repeatable", derandomize=True, database=None, deadline=None)
hypothesis_settings.load_profile("repeatable")


@pytest.fixture
def shared_data() -> Path:
    """The real data in ../shared/data; tests that need it skip, saying why, when it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"real data not available: {SHARED_DATA} is absent (only in the developers' and CI's tree)")
    return SHARED_DATA


@pytest.fixture
def sample_dir() -> Path:
    return SAMPLE


def pytest_collection_modifyitems(items) -> None:
    """The system tier (whole processes, the real desktop) is the slow one."""
    for item in items:
        if Path(str(item.fspath)).is_relative_to(TESTS / "system"):
            item.add_marker(pytest.mark.slow)


# --- QGIS fixtures (the qgis and system tiers start QGIS at collection; the unit tier never asks for these) ---


@pytest.fixture(scope="session")
def qgis_app():
    from support import qgis_session

    qgis_session.start()
    from qgis.core import QgsApplication

    return QgsApplication.instance()


@pytest.fixture(scope="module")
def iface(qgis_app):
    """One stub interface per module; its window and canvas are deleted at the end, not at some later GC."""
    from qgis.PyQt.QtCore import QCoreApplication, QEvent
    from qgis.testing.mocked import get_iface

    stub = get_iface()
    yield stub
    stub.mainWindow().deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


@pytest.fixture
def dock(iface, qtbot, tmp_path):
    """A dock on an empty project with default settings, writing its results under the test's folder; whatever it
    runs is cancelled and it is closed after."""
    from qgis.core import QgsProject, QgsSettings
    from qgis.PyQt.QtCore import QCoreApplication, QEvent

    from school_connectivity_plugin.gui.dock import SchoolConnectivityDock
    from school_connectivity_plugin.settings import PREFIX

    QgsSettings().remove(PREFIX)
    QgsProject.instance().clear()
    widget = SchoolConnectivityDock(iface)
    qtbot.addWidget(widget)
    widget.resize(460, 760)
    widget.results.set_folder(tmp_path / "results", ask=False)
    yield widget
    if widget.chain is not None:
        widget.cancel()
        qtbot.waitUntil(lambda: widget.chain is None, timeout=60_000)
    widget.close_plugin()
    QgsProject.instance().clear()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)  # its project connections go now, not later
    QgsSettings().remove(PREFIX)
