"""The system tier (slow): whole processes of the headless command and qgis_process, the real desktop under Xvfb,
guarantees under load. QGIS also runs in this process for the checks that need it."""
from __future__ import annotations

from support import qgis_session

qgis_session.start()
