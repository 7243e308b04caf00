"""The `schoolconnectivity` Processing provider: every capability of the plugin as an algorithm."""
from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..paths import icon_path
from . import algorithms


class SchoolConnectivityProvider(QgsProcessingProvider):
    """Registers the algorithms listed in `algorithms.ALGORITHMS`."""

    def id(self) -> str:
        return "schoolconnectivity"

    def name(self) -> str:
        return self.tr("School Connectivity")

    def icon(self) -> QIcon:
        return QIcon(icon_path())

    def loadAlgorithms(self) -> None:
        for algorithm_class in algorithms.ALGORITHMS:
            self.addAlgorithm(algorithm_class())
