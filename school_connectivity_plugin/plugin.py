"""Thin QGIS entry point: initGui creates the action, menu, dock and provider; unload removes them."""
from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .paths import I18N, icon_path
from .processing.provider import SchoolConnectivityProvider

MENU = "&School Connectivity"
#: Set once the dock has been shown: on later starts QGIS restores it as the user left it.
SEEN_KEY = "SchoolConnectivity/dock_seen"


def _locale() -> str:
    """QGIS's own UI locale (two letters), falling back to the system's."""
    override = QSettings().value("locale/overrideFlag", False, type=bool)
    name = QSettings().value("locale/userLocale", "") if override else QLocale.system().name()
    return (name or "en")[:2]


class SchoolConnectivityPlugin:
    """Wires the plugin into QGIS; all behaviour lives in gui/, processing/ and core/."""

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.action = None
        self.dock = None
        self.options_factory = None
        self.translator = None

    def tr(self, message: str) -> str:
        return QCoreApplication.translate("SchoolConnectivityPlugin", message)

    def initProcessing(self) -> None:
        provider = SchoolConnectivityProvider()
        # The registry deletes a provider it refuses (same id already there); then there is nothing to remove.
        self.provider = provider if QgsApplication.processingRegistry().addProvider(provider) else None

    def initGui(self) -> None:
        self._install_translator()
        self.initProcessing()
        from .gui.dock import SchoolConnectivityDock

        self.dock = SchoolConnectivityDock(self.iface)
        self.dock.setObjectName("SchoolConnectivityDock")
        self.iface.addDockWidget(Qt.RightDockWidgetArea, self.dock)
        self.dock.hide()
        from .gui.options import SchoolConnectivityOptionsFactory

        self.options_factory = SchoolConnectivityOptionsFactory(self.dock.apply_settings)
        self.iface.registerOptionsWidgetFactory(self.options_factory)
        self.action = QAction(QIcon(icon_path()), self.tr("School Connectivity"), self.iface.mainWindow())
        self.action.setObjectName("SchoolConnectivityAction")
        self.action.setCheckable(True)
        self.action.toggled.connect(self.dock.setVisible)
        self.dock.visibilityChanged.connect(self.action.setChecked)
        self.action.setChecked(not QSettings().value(SEEN_KEY, False, type=bool))  # the dock shows on first use
        QSettings().setValue(SEEN_KEY, True)
        self.iface.addToolBarIcon(self.action)
        self.iface.addPluginToMenu(MENU, self.action)

    def unload(self) -> None:
        if self.action is not None:
            self.iface.removePluginMenu(MENU, self.action)
            self.iface.removeToolBarIcon(self.action)
            self.action.toggled.disconnect(self.dock.setVisible)
            self.dock.visibilityChanged.disconnect(self.action.setChecked)
            self.action.deleteLater()
            self.action = None
        if self.options_factory is not None:
            self.iface.unregisterOptionsWidgetFactory(self.options_factory)
            self.options_factory = None
        if self.dock is not None:
            self.iface.removeDockWidget(self.dock)
            self.dock.close_plugin()
            self.dock.deleteLater()
            self.dock = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None

    def _install_translator(self) -> None:
        qm_file = I18N / f"school_connectivity_{_locale()}.qm"
        if qm_file.is_file():
            self.translator = QTranslator()
            if self.translator.load(str(qm_file)):
                QCoreApplication.installTranslator(self.translator)
            else:
                self.translator = None
