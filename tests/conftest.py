"""Headless QGIS for the whole suite: one QgsApplication, created before pytest-qt's qapp."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

# Property tests draw the same examples on every run (a test that fails by chance blocks every submission);
# nothing is stored between runs either.
hypothesis_settings.register_profile("repeatable", derandomize=True, database=None, deadline=None)
hypothesis_settings.load_profile("repeatable")

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QGIS_PREFIX_PATH", "/usr")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, "/usr/share/qgis/python/plugins")
sys.path.insert(0, str(REPO))

SHARED_DATA = REPO.parent / "shared" / "data"
SAMPLE = REPO / "resources" / "sample"
# Under pytest the registry's ownership transfer does not keep the Python half of a provider alive:
# without this reference it is garbage-collected and the registry holds a provider with an empty id.
_KEEP_ALIVE: list = []


def pytest_configure(config):
    from qgis.testing import start_app

    start_app(cleanup=False)
    from processing.core.Processing import Processing

    Processing.initialize()
    from qgis.core import QgsApplication

    from school_connectivity_plugin.processing.provider import SchoolConnectivityProvider

    if QgsApplication.processingRegistry().providerById("schoolconnectivity") is None:
        provider = SchoolConnectivityProvider()
        QgsApplication.processingRegistry().addProvider(provider)
        _KEEP_ALIVE.append(provider)


@pytest.fixture(scope="session")
def qgis_app():
    from qgis.core import QgsApplication

    return QgsApplication.instance()


@pytest.fixture
def shared_data() -> Path:
    """The real data in ../shared/data; tests that need it skip, saying why, when it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"real data not available: {SHARED_DATA} is absent (only in the developers' and CI's tree)")
    return SHARED_DATA


@pytest.fixture
def sample_dir() -> Path:
    return SAMPLE
