"""initGui/unload against a QGIS interface whose toolbar, menu bar and dock area are real Qt objects.

QGIS's mocked interface records calls; here its add/remove methods are also wired to a real QMainWindow,
QToolBar and QMenuBar, so "removed" means gone from the widgets, not just "a method was called".
"""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QMetaMethod, QSettings
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QMenu, QMenuBar, QToolBar

from school_connectivity_plugin.plugin import SEEN_KEY

from support.plugin_build import REPO

PROVIDER_ID = "schoolconnectivity"
ACTION_NAME = "SchoolConnectivityAction"
DOCK_NAME = "SchoolConnectivityDock"
_RESTORED_PROVIDERS: list = []
#: QgisInterface methods that hand QGIS something, and the method that must take the same object back.
IFACE_PAIRS = {
    "addToolBarIcon": "removeToolBarIcon",
    "addPluginToMenu": "removePluginMenu",
    "addDockWidget": "removeDockWidget",
    "registerOptionsWidgetFactory": "unregisterOptionsWidgetFactory",
    "registerMapLayerConfigWidgetFactory": "unregisterMapLayerConfigWidgetFactory",
    "registerLocatorFilter": "deregisterLocatorFilter",
    "registerMainWindowAction": "unregisterMainWindowAction",
    "addCustomActionForLayerType": "removeCustomActionForLayerType",
    "addPluginToVectorMenu": "removePluginVectorMenu",
    "addPluginToRasterMenu": "removePluginRasterMenu",
    "addPluginToWebMenu": "removePluginWebMenu",
    "addPluginToDatabaseMenu": "removePluginDatabaseMenu",
    "addVectorToolBarIcon": "removeVectorToolBarIcon",
    "addRasterToolBarIcon": "removeRasterToolBarIcon",
    "addWebToolBarIcon": "removeWebToolBarIcon",
    "addDatabaseToolBarIcon": "removeDatabaseToolBarIcon",
}


class WiredInterface:
    """A mocked QgisInterface whose plugin-facing methods act on real widgets of a real main window."""

    def __init__(self):
        from qgis.testing.mocked import get_iface

        self.iface = get_iface()
        self.window = self.iface.mainWindow()
        self.toolbar = QToolBar("Plugins", self.window)
        self.menubar = QMenuBar(self.window)
        self.plugin_menus: dict[str, QMenu] = {}
        self.iface.addToolBarIcon.side_effect = self.toolbar.addAction
        self.iface.removeToolBarIcon.side_effect = self.toolbar.removeAction
        self.iface.addPluginToMenu.side_effect = self._add_to_menu
        self.iface.removePluginMenu.side_effect = self._remove_from_menu
        self.iface.addDockWidget.side_effect = self.window.addDockWidget
        self.iface.removeDockWidget.side_effect = self.window.removeDockWidget
        self.iface.pluginToolBar.return_value = self.toolbar
        self.window.show()
        QCoreApplication.processEvents()

    def _add_to_menu(self, name: str, action) -> None:
        menu = self.plugin_menus.get(name)
        if menu is None:
            menu = self.plugin_menus[name] = self.menubar.addMenu(name)
        menu.addAction(action)

    def _remove_from_menu(self, name: str, action) -> None:
        menu = self.plugin_menus[name]
        menu.removeAction(action)
        if not menu.actions():
            self.menubar.removeAction(menu.menuAction())
            del self.plugin_menus[name]

    def leftover_triggered_receivers(self) -> int:
        """Qt's toolbar layout keeps its own connection on a removed action; count it with a control action."""
        control = QAction("control", self.window)
        self.toolbar.addAction(control)
        self._add_to_menu("control", control)
        self.toolbar.removeAction(control)
        self._remove_from_menu("control", control)
        count = control.receivers(control.triggered)
        control.deleteLater()
        return count

    def docks(self) -> list[QDockWidget]:
        return [dock for dock in self.window.findChildren(QDockWidget) if not sip.isdeleted(dock)]


def _signal_objects(iface) -> dict[str, object]:
    """The QGIS objects a plugin typically connects to; their receiver counts must return to baseline."""
    project = QgsProject.instance()
    return {
        "project": project,
        "layer_tree_root": project.layerTreeRoot(),
        "canvas": iface.mapCanvas(),
        "processing_registry": QgsApplication.processingRegistry(),
        "task_manager": QgsApplication.taskManager(),
        "application": QgsApplication.instance(),
    }


def _receiver_counts(objects: dict[str, object]) -> dict[str, int]:
    """Number of connections on every signal of every object, keyed 'object.signal'."""
    counts = {}
    for label, obj in objects.items():
        meta = obj.metaObject()
        for index in range(meta.methodCount()):
            method = meta.method(index)
            if method.methodType() != QMetaMethod.Signal:
                continue
            name = bytes(method.name()).decode()
            try:
                signal = getattr(obj, name)
            except (AttributeError, TypeError):  # signals PyQt cannot bind (e.g. bool* arguments)
                continue
            if not hasattr(signal, "connect"):
                continue
            counts[f"{label}.{name}"] = obj.receivers(signal)
    return counts


def _mock_signal_calls(iface, verb: str) -> list[tuple[str, tuple]]:
    """`iface.<signal>.connect(slot)` style calls recorded by the mock, as (signal, args)."""
    calls = []
    for name, args, _kwargs in iface.mock_calls:
        parts = name.split(".")
        if len(parts) >= 2 and parts[-1] == verb:
            calls.append((".".join(parts[:-1]), args))
    return calls


def _unreturned(iface) -> list[str]:
    """Objects handed to QGIS through an add/register method and never taken back by its pair."""
    missing = []
    for add, remove in IFACE_PAIRS.items():
        given = [call.args[-1] for call in getattr(iface, add).call_args_list]
        taken = [call.args[-1] for call in getattr(iface, remove).call_args_list]
        missing += [f"{add}({obj!r})" for obj in given if not any(obj is back for back in taken)]
    return missing


def _flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    QCoreApplication.processEvents()


@pytest.fixture
def without_session_provider(qgis_app):
    """The suite registers our provider once; take it out so the plugin's own registration is what we see."""
    from school_connectivity_plugin.processing.provider import SchoolConnectivityProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById(PROVIDER_ID)
    if existing is not None:
        registry.removeProvider(existing)
    yield registry
    leftover = registry.providerById(PROVIDER_ID)
    if leftover is not None:
        registry.removeProvider(leftover)
    restored = SchoolConnectivityProvider()
    registry.addProvider(restored)
    _RESTORED_PROVIDERS.append(restored)  # the registry alone does not keep its Python half alive


def _load_check_unload(wired: WiredInterface, registry) -> None:
    """One full plugin life: everything initGui adds is really there, and unload takes exactly that away."""
    from school_connectivity_plugin import classFactory
    from school_connectivity_plugin.processing.algorithms import ALGORITHMS

    iface = wired.iface
    iface.reset_mock(return_value=False, side_effect=False)
    objects = _signal_objects(iface)
    _flush_deletes()  # work queued by earlier tests (layout legends, layer models) settles before counting
    before = _receiver_counts(objects)
    docks_before = len(wired.docks())

    plugin = classFactory(iface)
    assert registry.providerById(PROVIDER_ID) is None, "classFactory must not register anything (qgis_process)"
    first_use = not QSettings().value(SEEN_KEY, False, type=bool)
    plugin.initGui()

    provider = registry.providerById(PROVIDER_ID)
    assert provider is not None
    assert len(provider.algorithms()) == len(ALGORITHMS)
    action = wired.window.findChild(type(plugin.action), ACTION_NAME)
    assert action is plugin.action
    assert action in wired.toolbar.actions()
    assert [menu_action for menu in wired.plugin_menus.values() for menu_action in menu.actions()] == [action]
    dock = wired.window.findChild(QDockWidget, DOCK_NAME)
    assert dock is not None and dock is plugin.dock
    assert len(wired.docks()) == docks_before + 1
    assert wired.window.dockWidgetArea(dock) != 0, "dock was not placed in a dock area"

    assert dock.isVisible() == first_use and action.isChecked() == first_use, "shown on first use only"
    dock.hide()
    action.trigger()
    assert dock.isVisible() and action.isChecked()
    dock.hide()
    assert not action.isChecked(), "closing the dock must uncheck the action"

    plugin.unload()

    assert registry.providerById(PROVIDER_ID) is None
    assert iface.removeToolBarIcon.call_args.args[0] is action
    assert iface.removePluginMenu.call_args.args[1] is action
    assert iface.addPluginToMenu.call_args.args[0] == iface.removePluginMenu.call_args.args[0]
    assert iface.removeDockWidget.call_args.args[0] is dock
    assert action not in wired.toolbar.actions()
    assert wired.plugin_menus == {}
    assert not sip.isdeleted(action) and not sip.isdeleted(dock)
    action.setChecked(True)
    assert not dock.isVisible(), "the old action still drives the dock after unload"
    assert action.receivers(action.toggled) == 0
    assert action.receivers(action.triggered) == wired.leftover_triggered_receivers(), "triggered still connected"
    assert _unreturned(iface) == [], "unload did not take back everything initGui gave QGIS"
    connects = sorted(_mock_signal_calls(iface, "connect"))
    assert connects == sorted(_mock_signal_calls(iface, "disconnect")), "iface signals left connected"

    _flush_deletes()  # PyQt drops its slot proxies (and their `destroyed` hooks) on deferred delete
    assert _receiver_counts(objects) == before, "unload left signal connections on QGIS objects"
    assert sip.isdeleted(action), "the action outlives unload()"
    assert sip.isdeleted(dock), "the dock outlives unload()"
    assert len(wired.docks()) == docks_before


def test_load_and_unload_twice_in_one_session(without_session_provider):
    """QGIS's plugin manager reloads plugins in place: two full cycles must behave identically (the first is a
    first use: the dock shows itself; the second is not)."""
    QSettings().remove(SEEN_KEY)
    wired = WiredInterface()
    providers_before = {p.id() for p in without_session_provider.providers()}
    for _cycle in range(2):
        _load_check_unload(wired, without_session_provider)
    assert {p.id() for p in without_session_provider.providers()} == providers_before


def test_classfactory_without_gui_registers_processing_only(without_session_provider):
    """qgis_process calls classFactory(None) and initProcessing(), never initGui()."""
    from school_connectivity_plugin import classFactory

    plugin = classFactory(None)
    plugin.initProcessing()
    provider = without_session_provider.providerById(PROVIDER_ID)
    assert provider is not None
    assert {alg.provider().id() for alg in provider.algorithms()} <= {PROVIDER_ID}
    plugin.unload()
    assert without_session_provider.providerById(PROVIDER_ID) is None


def test_unload_survives_a_refused_provider(qgis_app):
    """With our provider id already registered (e.g. by another copy), initGui and unload must not raise."""
    from school_connectivity_plugin import classFactory

    registry = QgsApplication.processingRegistry()
    registered = registry.providerById(PROVIDER_ID)
    assert registered is not None
    wired = WiredInterface()
    plugin = classFactory(wired.iface)
    plugin.initGui()
    assert plugin.provider is None
    plugin.unload()
    assert registry.providerById(PROVIDER_ID) is registered, "unload removed a provider it did not add"
    _flush_deletes()
    assert wired.docks() == []


#: A desktop start in a process of its own: initGui with QGIS's mocked interface, then which heavy libraries are
#: loaded; then the statistics module (pandas), to show the check sees an import when there is one.
DESKTOP_START = """
import json, sys
sys.path[:0] = [sys.argv[1], "/usr/share/qgis/python/plugins"]
from qgis.testing import start_app
from qgis.testing.mocked import get_iface
app = start_app()
import school_connectivity_plugin
plugin = school_connectivity_plugin.classFactory(get_iface())
plugin.initGui()
app.processEvents()
def heavy():
    return sorted({name.split(".")[0] for name in sys.modules} & {"pandas", "scipy", "pyproj"})
started = {"dock": plugin.dock is not None, "provider": plugin.provider is not None, "heavy": heavy()}
import school_connectivity_plugin.core.reporting.stats
started["after_stats"] = heavy()
plugin.unload()
print(json.dumps(started))
"""


def test_starting_in_the_desktop_loads_no_pandas_scipy_or_pyproj():
    """QGIS starts the plugin (dock, options page, provider) with every start of the desktop; what it loads then
    slows every start, so the libraries come with the first work that needs them."""
    done = subprocess.run([sys.executable, "-c", DESKTOP_START, str(REPO)], capture_output=True, text=True,
                          timeout=300, check=False, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-3000:]
    started = json.loads(done.stdout.strip().splitlines()[-1])
    assert started["dock"] and started["provider"]
    assert started["heavy"] == [], f"starting the plugin loads {started['heavy']}"
    assert "pandas" in started["after_stats"]
