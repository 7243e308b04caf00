"""Start QGIS and Processing outside the desktop, for the headless command and scripts."""
from __future__ import annotations

import os
import sys
import tempfile

_APP = None
_PROVIDER = None  # the registry does not keep the Python half of a provider alive


def start_qgis():
    """A QgsApplication with Processing and our provider, created once per process."""
    global _APP, _PROVIDER
    if _APP is not None:
        return _APP
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if "XDG_RUNTIME_DIR" not in os.environ:  # Qt warns on every start without one
        runtime_dir = os.path.join(tempfile.gettempdir(), f"runtime-{os.getuid()}")
        os.makedirs(runtime_dir, mode=0o700, exist_ok=True)
        os.environ["XDG_RUNTIME_DIR"] = runtime_dir
    from qgis.core import QgsApplication

    if QgsApplication.instance() is None:
        QgsApplication.setPrefixPath(os.environ.get("QGIS_PREFIX_PATH", "/usr"), True)
        _APP = QgsApplication([], True)
        _APP.initQgis()
    else:
        _APP = QgsApplication.instance()
    plugins_dir = os.path.join(QgsApplication.pkgDataPath(), "python", "plugins")
    if plugins_dir not in sys.path:
        sys.path.append(plugins_dir)
    from processing.core.Processing import Processing

    Processing.initialize()
    from .processing.provider import SchoolConnectivityProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById("schoolconnectivity") is None:
        _PROVIDER = SchoolConnectivityProvider()
        registry.addProvider(_PROVIDER)
    return _APP
