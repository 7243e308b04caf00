"""Runs inside the real QGIS desktop (`qgis --code driver.py`) and uses the plugin as a planner would.

Each step is a generator that acts (real X clicks and typing through xdotool, layer choices in the
dock) and yields conditions to wait for; a QTimer polls them so QGIS keeps running its event loop.
Every step ends with a full-screen screenshot. The report goes to $SC_E2E_OUT/driver.json.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTimer
from qgis.PyQt.QtGui import QGuiApplication
from qgis.PyQt.QtWidgets import QAction, QApplication, QDockWidget, QFileDialog, QLabel, QLineEdit, QPushButton
from qgis.utils import active_plugins, iface

OUT = Path(os.environ["SC_E2E_OUT"])
HOME = Path(os.environ["SC_E2E_HOME"])
PLUGIN = os.environ["SC_E2E_PLUGIN"]
PROVIDER = "schoolconnectivity"
ACTION_NAME = "SchoolConnectivityAction"
DOCK_NAME = "SchoolConnectivityDock"
MENU_TITLE = "&School Connectivity"
TICK_MS = 200
ERROR_TITLES = re.compile(os.environ["SC_E2E_ERROR_TITLES"], re.IGNORECASE)  # the runner's list
#: Context layers a planner adds before running the analysis: (file in the sample, dock combo, kind).
CONTEXT_LAYERS = (
    ("kg_dem.tif", "dem", "raster"),
    ("kg_adm1.geojson", "regions", "vector"),
    ("fiber_backbone.geojson", "fiber", "vector"),
    ("fiber_nodes.geojson", "fiber", "vector"),
)
#: Files imported through the dock's Import… menu: (step, menu item, sample file, run-folder prefix).
IMPORTS = (
    ("import_schools", "School list…", "schools.csv", "import"),
    ("import_pipeline", "Operator's work plan…", "pipeline.csv", "pipeline"),
)
#: Dock buttons clicked after the import, in order: (step, button object name, run-folder prefix, timeout s).
ANALYSIS_STEPS = (
    ("analyse", "analysisButton", "analysis", 180),
    ("prioritise", "prioritiseButton", "prioritise", 180),
    ("export_maps", "exportButton", "export", 240),
)


class StepFailedError(Exception):
    """A check inside a step did not hold; the run stops there."""


@dataclass
class Wait:
    """Poll `condition` every tick until it holds or `timeout_s` passes."""

    what: str
    condition: Callable[[], bool]
    timeout_s: float
    started: float = field(default_factory=time.monotonic)


def pause(seconds: float) -> Wait:
    end = time.monotonic() + seconds
    return Wait(f"pause {seconds} s", lambda: time.monotonic() >= end, seconds + 5)


def xdotool(*args: str) -> None:
    """Real input through the X server (XTEST), as a user's mouse and keyboard produce it."""
    subprocess.run(["xdotool", *args], check=True, timeout=30, capture_output=True)


def click(widget) -> None:
    centre = widget.mapToGlobal(widget.rect().center())
    xdotool("mousemove", str(centre.x()), str(centre.y()), "click", "1")


def check(condition: bool, message: str) -> None:
    if not condition:
        raise StepFailedError(message)


class Driver:
    """Walks the steps, records what happened and quits QGIS cleanly."""

    def __init__(self):
        self.report: dict = {"steps": [], "errors": [], "python_errors": [], "home": str(HOME)}
        self.steps = [("qgis_started", self.startup), ("toolbox", self.toolbox), ("sample_loaded", self.load_sample),
                      ("dock_open", self.open_dock)]
        self.steps += [(name, lambda m=menu, f=file_name, p=prefix: self.import_file(m, f, p))
                       for name, menu, file_name, prefix in IMPORTS]
        self.steps += [("choose_layers", self.choose_layers)]
        self.steps += [(name, lambda b=button, p=prefix, t=timeout: self.run_button(b, p, t))
                       for name, button, prefix, timeout in ANALYSIS_STEPS]
        self.steps += [("project_layers", self.project_layers), ("dock_minimum_width", self.dock_at_minimum_width)]
        self.generator: Iterator[Wait] | None = None
        self.wait: Wait | None = None
        self.step_started = 0.0
        self.shots = 0
        self.dock = None
        self.layers: dict = {}
        QgsApplication.messageLog().messageReceived.connect(self._logged)

    # --- scheduling ---

    def start(self) -> None:
        QTimer.singleShot(TICK_MS, self._tick)

    def _tick(self) -> None:
        try:
            self._poll()
        except StepFailedError as failure:
            self._end_step(False, str(failure))
        except Exception:
            self._end_step(False, traceback.format_exc())
        if self.generator is None and not self.steps:
            self._finish()
            return
        QTimer.singleShot(TICK_MS, self._tick)

    def _poll(self) -> None:
        if self.generator is None:
            name, function = self.steps[0]
            self.report["steps"].append({"name": name})
            self.step_started = time.monotonic()
            self.generator = function()
            self._advance()
            return
        dialogs = [w.windowTitle() for w in QApplication.topLevelWidgets()
                   if w.isVisible() and ERROR_TITLES.search(w.windowTitle() or "")]
        check(not dialogs, f"error dialog on screen: {dialogs}")
        check(not self.report["python_errors"], "Python error logged: " + " | ".join(self.report["python_errors"]))
        if self.wait.condition():
            self._advance()
        elif time.monotonic() - self.wait.started > self.wait.timeout_s:
            raise StepFailedError(f"timed out after {self.wait.timeout_s} s waiting for {self.wait.what}")

    def _advance(self) -> None:
        try:
            self.wait = next(self.generator)
        except StopIteration as done:
            self._end_step(True, done.value or "")

    def _end_step(self, ok: bool, detail: str) -> None:
        step = self.report["steps"][-1]
        step.update(ok=ok, detail=detail, seconds=round(time.monotonic() - self.step_started, 1))
        step["screenshot"] = self.screenshot(step["name"] if ok else f"failed_{step['name']}")
        self.generator, self.wait = None, None
        self.steps.pop(0)
        if not ok:
            self.report["errors"].append(f"step {step['name']}: {detail}")
            self.steps.clear()

    def _finish(self) -> None:
        self.report["ok"] = not self.report["errors"]
        (OUT / "driver.json").write_text(json.dumps(self.report, indent=2, ensure_ascii=False))
        QgsApplication.messageLog().messageReceived.disconnect(self._logged)
        QTimer.singleShot(300, iface.actionExit().trigger)

    def _logged(self, message: str, tag: str, level) -> None:
        with (OUT / "messages.log").open("a", encoding="utf-8") as log:
            log.write(f"[{tag}] {message}\n")
        if tag == "Python error" or (level == Qgis.Critical and tag in ("Python warning", "School Connectivity")):
            self.report["python_errors"].append(f"[{tag}] {message[:2000]}")

    def screenshot(self, name: str) -> str:
        """The whole X screen, so dialogs and message bars are in the picture."""
        self.shots += 1
        path = OUT / f"{self.shots:02d}_{name}.png"
        QGuiApplication.primaryScreen().grabWindow(0).save(str(path))
        return path.name

    # --- the steps ---

    def startup(self):
        window = iface.mainWindow()
        yield Wait("the main window", window.isVisible, 60)
        screen = QGuiApplication.primaryScreen().geometry()
        window.move(0, 0)
        window.resize(screen.width(), screen.height())  # bare Xvfb has no window manager to maximise it
        browser = window.findChild(QDockWidget, "Browser")
        if browser is not None:
            browser.hide()  # as a planner would, to give the map room
        yield pause(1.0)
        check(PLUGIN in active_plugins, f"{PLUGIN} is not active: {sorted(active_plugins)}")
        action = window.findChild(QAction, ACTION_NAME)
        check(action is not None, f"no action named {ACTION_NAME}")
        check(iface.pluginToolBar().widgetForAction(action) is not None, "the action is not on the Plugins toolbar")
        menus = [a.menu() for a in iface.pluginMenu().actions() if a.menu() and a.menu().title() == MENU_TITLE]
        check(menus and action in menus[0].actions(), f"the action is not in Plugins > {MENU_TITLE}")
        provider = QgsApplication.processingRegistry().providerById(PROVIDER)
        check(provider is not None, f"provider {PROVIDER} is not registered")
        self.report["algorithms"] = sorted(alg.id() for alg in provider.algorithms())
        return f"plugin active, toolbar + menu action, provider with {len(provider.algorithms())} algorithms"

    def toolbox(self):
        toolbox = iface.mainWindow().findChild(QDockWidget, "ProcessingToolbox")
        check(toolbox is not None, "no Processing Toolbox")
        toolbox.show()
        toolbox.raise_()
        toolbox.searchBox.setText("school")
        toolbox.algorithmTree.expandAll()
        yield pause(0.5)
        tree, model, shown = toolbox.algorithmTree, toolbox.algorithmTree.model(), set()
        pending = [model.index(row, 0) for row in range(model.rowCount())]
        while pending:
            index = pending.pop()
            algorithm = tree.algorithmForIndex(index)
            if algorithm is not None and algorithm.provider().id() == PROVIDER:
                shown.add(algorithm.id())
            pending.extend(model.index(row, 0, index) for row in range(model.rowCount(index)))
        check(shown == set(self.report["algorithms"]), f"Toolbox shows {sorted(shown)}")
        return f"{len(shown)} algorithms in the Processing Toolbox"

    def load_sample(self):
        from school_connectivity_plugin.paths import SAMPLE  # the installed plugin's copy

        plugins_dir = Path(QgsApplication.qgisSettingsDirPath()) / "python" / "plugins"
        check(SAMPLE.resolve().is_relative_to(plugins_dir.resolve()), f"sample resolved outside the profile: {SAMPLE}")
        toolbox = iface.mainWindow().findChild(QDockWidget, "ProcessingToolbox")
        toolbox.searchBox.clear()
        toolbox.hide()
        QgsProject.instance().setPresetHomePath(str(HOME))
        for file_name, role, kind in CONTEXT_LAYERS:
            path = str(SAMPLE / file_name)
            stem = Path(file_name).stem
            layer = iface.addRasterLayer(path, stem) if kind == "raster" else iface.addVectorLayer(path, stem, "ogr")
            check(layer is not None and layer.isValid(), f"could not load {path}")
            self.layers.setdefault(role, []).append(layer)
        self.report["sample"] = str(SAMPLE)
        yield Wait("the map drawn", lambda: not iface.mapCanvas().isDrawing(), 30)
        return f"{len(CONTEXT_LAYERS)} sample layers from {SAMPLE}"

    def open_dock(self):
        window = iface.mainWindow()
        action = window.findChild(QAction, ACTION_NAME)
        self.dock = window.findChild(QDockWidget, DOCK_NAME)
        check(self.dock is not None and self.dock.isVisible(), "the dock should show itself on first use")
        check(action.isChecked(), "the toolbar action is not checked while the dock is open")
        click(iface.pluginToolBar().widgetForAction(action))
        yield Wait("the dock to close", lambda: not self.dock.isVisible(), 10)
        click(iface.pluginToolBar().widgetForAction(action))
        yield Wait("the dock to open again", self.dock.isVisible, 10)
        return "dock shown on first use; the toolbar button closes and opens it"

    def _fired(self, signal) -> Callable[[], bool]:
        """A flag set once the signal's earlier handlers (the dock's) have run: ours is connected last."""
        state = {"fired": False}

        def mark(*_args):
            state["fired"] = True
            signal.disconnect(mark)

        signal.connect(mark)
        return lambda: state["fired"]

    def _idle(self) -> bool:
        return self.dock.chain is None and all(b.isEnabled() for b in self.dock.step_buttons.values())

    def _run_folder(self, prefix: str, before: set[str]) -> Path:
        root = self.dock._results_root()
        self.report["results_root"] = str(root)
        new = sorted(p for p in root.glob(f"{prefix}_*") if p.name not in before) if root.is_dir() else []
        check(new, f"no new {prefix}_* folder in {root}; dock says: {self.dock.status.text()!r}")
        return new[-1]

    def _folders(self, prefix: str) -> set[str]:
        root = self.dock._results_root()
        return {p.name for p in root.glob(f"{prefix}_*")} if root.is_dir() else set()

    def import_file(self, menu_label: str, file_name: str, prefix: str):
        """Import… > menu item, then type the file's path in the file dialog and press Return, like a user."""
        path = str(Path(self.report["sample"]) / file_name)
        button = self.dock.findChild(QPushButton, "importButton")
        check(button is not None and button.isEnabled() and button.menu() is not None, "no import button menu")
        menu = button.menu()
        text = QCoreApplication.translate("SchoolConnectivityDock", menu_label)
        action = next((a for a in menu.actions() if a.text() == text), None)
        check(action is not None, f"no '{text}' in the import menu: {[a.text() for a in menu.actions()]}")
        before = self._folders(prefix)
        triggered = self._fired(action.triggered)
        click(button)
        yield Wait("the import menu", menu.isVisible, 10)
        centre = menu.mapToGlobal(menu.actionGeometry(action).center())
        xdotool("mousemove", str(centre.x()), str(centre.y()), "click", "1")
        yield Wait("the file dialog", lambda: isinstance(QApplication.activeModalWidget(), QFileDialog), 15)
        dialog = QApplication.activeModalWidget()
        name_edit = dialog.findChild(QLineEdit, "fileNameEdit")
        check(name_edit is not None, "the file dialog has no file name box")
        yield Wait("keyboard focus in the file name box", name_edit.hasFocus, 5)
        xdotool("type", "--delay", "2", path)
        yield Wait("the typed path", lambda: name_edit.text() == path, 10)
        self.screenshot(f"{prefix}_file_dialog")
        xdotool("key", "Return")
        yield Wait(f"the {prefix} step to start", triggered, 60)
        yield Wait(f"the {prefix} step to finish", self._idle, 180)
        folder = self._run_folder(prefix, before)
        layer = self.dock.school_layer()
        check(layer is not None and layer.featureCount() > 0, f"the dock has no school layer after {prefix}")
        yield Wait("the map drawn", lambda: not iface.mapCanvas().isDrawing(), 30)
        return f"{file_name}: {layer.featureCount()} schools in {folder.name}; dock: {self.dock.status.text()}"

    def choose_layers(self):
        """The layers added by hand are already the dock's inputs, in the plugin's styles."""
        inputs = self.dock.inputs
        chosen = {layer.id() for layer in inputs.fiber_layers()}
        check(chosen == {layer.id() for layer in self.layers["fiber"]}, "the dock did not pick the fiber layers")
        check(inputs.regions.currentLayer() is self.layers["regions"][0], "the dock did not pick the regions")
        check(inputs.dem.currentLayer() is self.layers["dem"][0], "the dock did not pick the elevation model")
        regions = self.layers["regions"][0]
        check(regions.labelsEnabled() and regions.renderer().symbol().symbolLayer(0).brushStyle() == 0,
              "the regions are not labelled outlines")
        check(self.layers["dem"][0].renderer().type() == "singlebandpseudocolor", "the DEM has no terrain ramp")
        yield pause(0.3)
        return f"picked by the dock: fiber {len(chosen)} layers, regions and elevation, styled"

    def project_layers(self):
        """One Schools layer and the results in one group; a map tip that answers with the school's plan."""
        group = QgsProject.instance().layerTreeRoot().findGroup("School Connectivity")
        check(group is not None, "no School Connectivity group in the Layers panel")
        names = sorted(node.name() for node in group.findLayers())
        check(names == ["Clusters", "Construction phases", "Rejected rows", "Routes", "Schools"],
              f"the group holds {names}")
        total = len(QgsProject.instance().mapLayers())
        check(total == len(CONTEXT_LAYERS) + len(names), f"{total} layers in the project")
        schools = self.dock.school_layer()
        check(schools is not None and schools.name() == "Schools", "the dock does not work on the Schools layer")
        template = schools.mapTipTemplate()
        check(bool(template.strip()), "the school layer has no map tip")
        self.report["layers_panel"] = names
        yield pause(0.3)
        return f"{total} layers: the inputs and {', '.join(names)}"

    def dock_at_minimum_width(self):
        """No label of the dock cut at its minimum width."""
        width = self.dock.minimumSizeHint().width()
        iface.mainWindow().resizeDocks([self.dock], [width], Qt.Horizontal)
        yield pause(1.0)
        cut = [label.text() for label in self.dock.findChildren(QLabel)
               if label.isVisible() and not label.wordWrap() and label.text() and "<" not in label.text()
               and label.fontMetrics().horizontalAdvance(label.text()) > label.contentsRect().width() + 1]
        check(not cut, f"labels cut at {width} px: {cut}")
        return f"dock at {self.dock.width()} px, no label cut"

    def run_button(self, object_name: str, prefix: str, timeout_s: float):
        button = self.dock.findChild(QPushButton, object_name)
        check(button is not None and button.isEnabled(), f"no enabled {object_name}")
        before = self._folders(prefix)
        clicked = self._fired(button.clicked)
        click(button)
        yield Wait(f"{object_name} to be clicked", clicked, timeout_s)  # export runs inside the click
        yield Wait(f"{prefix} to finish", self._idle, timeout_s)
        folder = self._run_folder(prefix, before)
        yield Wait("the map drawn", lambda: not iface.mapCanvas().isDrawing(), 30)
        files = sorted(p.name for p in folder.iterdir())
        return f"{folder.name}: {', '.join(files)}; dock: {self.dock.status.text()}"


DRIVER = Driver()
DRIVER.start()
