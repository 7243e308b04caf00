"""One QgsApplication for a test process, created before pytest-qt's qapp (so qtbot and QGIS share it), with
Processing and the plugin's provider registered."""
from __future__ import annotations

import sys

#: Under pytest the registry's ownership transfer does not keep the Python half of a provider alive: without this
#: reference it is garbage-collected and the registry holds a provider with an empty id.
_KEEP_ALIVE: list = []


def start() -> None:
    """Start QGIS once (later calls do nothing)."""
    if _KEEP_ALIVE:
        return
    sys.path.insert(0, "/usr/share/qgis/python/plugins")  # ('processing' lives there)
    from qgis.testing import start_app

    start_app(cleanup=False)
    from processing.core.Processing import Processing

    Processing.initialize()
    from qgis.core import QgsApplication

    from school_connectivity_plugin.processing.provider import SchoolConnectivityProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("schoolconnectivity")
    if provider is None:
        provider = SchoolConnectivityProvider()
        registry.addProvider(provider)
    _KEEP_ALIVE.append(provider)
