"""The plugin's dock: its home in the QGIS window, where the country's connectivity is always in view."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsProject, QgsVectorLayer
from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTime, QTimer
from qgis.PyQt.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.definitions.palette import Preset
from ..core.reporting.area_stats import ConnectivityStats
from ..processing.io import reading
from ..processing.maps.styling import recolour_schools
from ..processing.workflow import Stage, WorkflowInputs, missing_algorithms
from ..settings import PluginSettings
from . import project_layers
from .column_mapping_dialog import ask_column_map
from .dock_body import DockBody
from .field_survey import FieldSurveyPanel
from .help import HelpDialog
from .inputs import InputsPanel
from .live import LayerWatcher, source_file
from .live_source import LiveSourcePanel
from .options import PAGE_NAME
from .priorities_panel import PrioritiesPanel
from .progress_panel import ProgressPanel
from .recount import STATS_FIELDS, Counts, RecountTask, count
from .results_folder import ResultsFolderRow, push_with_open_folder
from .school_card import SchoolCardActions
from .sheet_dialog import ask_sheet
from .statistics_page import StatisticsPage
from .stats_table import AreaRow, area_expression
from .step_outputs import step_layers
from .steps_panel import StepsPanel
from .tasks import AlgorithmChain

#: Layers with more features than this are counted in a background task instead of on the GUI thread.
SYNC_COUNT_LIMIT = 5_000
#: The prioritize outputs whose rows the Plan group's tables show.
PHASES_OUTPUT, CLUSTERS_OUTPUT = "PHASES", "CLUSTERS"
class SchoolConnectivityDock(QDockWidget):
    """Layer pickers, step buttons with progress and Cancel, live statistics, and progress over time."""

    def __init__(self, iface, parent=None):
        super().__init__(self.tr("School Connectivity"), parent)
        self.iface = iface
        self.settings = PluginSettings.load()
        self.stats = ConnectivityStats()
        self.chain: AlgorithmChain | None = None
        self.recount_task: RecountTask | None = None
        self._snapshot_tasks: list[RecountTask] = []
        #: A finished step's output layers not yet added, and how many were (one is added per event-loop turn).
        self._step_layers: Iterator[tuple[str, QgsVectorLayer, bool]] = iter(())
        self._layers_added = 0
        #: What the status line says once a finished step's layers are counted (None when no step waits).
        self._step_done_message: str | None = None
        self.sync_limit = SYNC_COUNT_LIMIT
        self.outputs: dict = {}
        self._selection_layer: QgsVectorLayer | None = None
        self.watcher = LayerWatcher(self)
        self.watcher.set_file_watching(self.settings.watch_files)
        self.watcher.changed.connect(self.refresh_statistics)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layers_box = QgsCollapsibleGroupBox(self.tr("Layers"), body)
        layers_layout = QVBoxLayout(layers_box)
        self.inputs = InputsPanel(layers_box)
        layers_layout.addWidget(self.inputs)
        layout.addWidget(layers_box)
        self.steps = StepsPanel(body)
        self.steps.stageRequested.connect(lambda stage, path: self._stage_requested(stage, path))
        self.steps.cancelRequested.connect(self.cancel)
        self.step_buttons, self.status = self.steps.buttons, self.steps.status
        self.progress, self.cancel_button = self.steps.progress, self.steps.cancel_button
        layout.addWidget(self.steps)
        self.results = ResultsFolderRow(body)
        layout.addWidget(self.results)
        self.field_survey = FieldSurveyPanel(self, body)
        layout.addWidget(self.field_survey)
        self.live_source = LiveSourcePanel(self, body)
        layout.addWidget(self.live_source)
        self.priorities = PrioritiesPanel(body)
        self.priorities.replanRequested.connect(lambda: self.run_step(Stage.PRIORITISE))
        layout.addWidget(self.priorities)
        self.tabs = QTabWidget(body)
        self.tabs.setUsesScrollButtons(False)  # every tab's name in full: the dock is as wide as they need
        self.tabs.setCornerWidget(self._build_corner(self.tabs))
        self.statistics = StatisticsPage(self.tabs)
        self.statistics.changed.connect(self.refresh_statistics)
        self.statistics.areaClicked.connect(self.select_area)
        self.tabs.addTab(self.statistics, self.tr("Statistics"))
        self.progress_panel = ProgressPanel(self.tabs)
        self.progress_panel.record_button.clicked.connect(lambda: self.record_snapshot())
        self.progress_panel.failed.connect(self._warn)
        self.tabs.addTab(self.progress_panel, self.tr("Progress over time"))
        layout.addWidget(self.tabs, 1)
        self.setWidget(DockBody(body, self))
        self.inputs.schoolLayerChanged.connect(self._school_layer_changed)
        self._school_layer_changed(self.inputs.school_layer())
        #: "School card" on every school layer: its answers and its route to fiber on the map.
        self.school_cards = SchoolCardActions(iface, self)

    def tr(self, message: str) -> str:
        return QCoreApplication.translate("SchoolConnectivityDock", message)

    def _build_corner(self, parent: QWidget) -> QWidget:
        """Settings and help as small buttons in the tabs' corner."""
        corner = QWidget(parent)
        row = QHBoxLayout(corner)
        row.setContentsMargins(0, 0, 0, 0)
        for name, tip, icon, slot in (
            ("settingsButton", self.tr("Settings"), "/mActionOptions.svg", self.show_settings),
            ("helpButton", self.tr("User guide"), "/mActionHelpContents.svg", self.show_help),
        ):
            tool = QToolButton(corner)
            tool.setObjectName(name)
            tool.setToolTip(tip)
            tool.setIcon(QgsApplication.getThemeIcon(icon))
            tool.setAutoRaise(True)
            tool.clicked.connect(slot)
            row.addWidget(tool)
        return corner

    def school_layer(self) -> QgsVectorLayer | None:
        return self.inputs.school_layer()

    def _school_layer_changed(self, layer) -> None:
        if self._selection_layer is not None and not sip.isdeleted(self._selection_layer):
            self._selection_layer.selectionChanged.disconnect(self._selection_changed)
        self._selection_layer = layer
        if layer is not None:
            layer.selectionChanged.connect(self._selection_changed)
            path = source_file(layer)
            self.progress_panel.suggest_store(path)
        self.watcher.watch(layer)
        self.refresh_statistics()

    def _selection_changed(self, *_args) -> None:
        if self.statistics.selected_only.isChecked():
            self.watcher.schedule()

    def refresh_statistics(self, *_args) -> None:
        """Recount from the layer as it is now: edit buffer, subset filter and (optionally) selection; while a step
        runs or adds its layers, always in a background task, so the GUI thread never waits for the count."""
        if self.recount_task is not None:
            self.recount_task.cancel()
            self.recount_task = None
        layer = self.school_layer()
        if layer is None:
            self._show(Counts())
            return
        fids = layer.selectedFeatureIds() if self.statistics.selected_only.isChecked() else None
        columns = self.statistics.columns()
        if layer.featureCount() <= self.sync_limit and self.chain is None:
            self._show(count(reading.read_attributes(layer, STATS_FIELDS, fids), columns), layer)
            return
        task = self.recount_task = RecountTask(layer, fids, columns)
        task.taskCompleted.connect(lambda: self._recounted(task, layer))
        task.taskTerminated.connect(lambda: self._recount_failed(task))
        self.status.setText(self.tr("Counting {count} schools…").format(count=layer.featureCount()))
        QgsApplication.taskManager().addTask(task)

    def _recounted(self, task: RecountTask, layer: QgsVectorLayer) -> None:
        if task is self.recount_task:
            self.recount_task = None
            self._show(task.counts, None if sip.isdeleted(layer) else layer)

    def _recount_failed(self, task: RecountTask) -> None:
        """A count that failed (not one replaced by a newer count) must not keep a finished step waiting."""
        if task is self.recount_task:
            self.recount_task = None
            self._end_step_when_counted()

    def _show(self, counts: Counts, layer: QgsVectorLayer | None = None) -> None:
        self.stats = counts.national
        self.statistics.show_counts(counts, Preset(self.settings.colour_preset))
        if layer is not None and not self.chain:
            self.status.setText(self.tr("{layer}, updated at {time}").format(
                layer=layer.name(), time=QLocale().toString(QTime.currentTime(), QLocale.ShortFormat)))
        self._end_step_when_counted()

    def select_area(self, area: AreaRow) -> None:
        """Select and zoom to the schools of a table row's area."""
        layer = self.school_layer()
        if layer is None:
            return
        layer.selectByExpression(area_expression(area.admin1, area.admin2), QgsVectorLayer.SetSelection)
        if layer.selectedFeatureCount():
            self.iface.mapCanvas().zoomToSelected(layer)

    # --- progress over time ---

    def record_snapshot(self, when: datetime | None = None) -> bool:
        """Store the whole layer's counts (not just the selection), national and per region; large layers are
        counted in the background and recorded when the count is done."""
        layer = self.school_layer()
        if layer is None:
            self._warn(self.tr("Choose a school layer first."))
            return False
        when = when or datetime.now()
        if layer.featureCount() <= self.sync_limit:
            counts = count(reading.read_attributes(layer, STATS_FIELDS), ["admin1"])
            return self._record(counts, when)
        task = RecountTask(layer, None, ["admin1"])
        task.taskCompleted.connect(lambda: self._record(task.counts, when))
        self._snapshot_tasks.append(task)
        task.taskCompleted.connect(lambda: self._snapshot_tasks.remove(task))
        QgsApplication.taskManager().addTask(task)
        return True

    def _record(self, counts: Counts, when: datetime) -> bool:
        regions = {key[0]: stats for key, stats in counts.areas.items()}
        return self.progress_panel.record(counts.national, regions, when)

    # --- running the steps ---

    def _stage_requested(self, stage: Stage, path: str | None) -> None:
        if stage is not Stage.IMPORT:
            self.run_step(stage, source_file=path)
            return
        sheet = ask_sheet(path, self) if path else ""
        if sheet is None:
            self.status.setText(self.tr("Import cancelled: no sheet or layer was chosen."))
            return
        column_map = ask_column_map(path, sheet, self) if path else ""
        if column_map is None:
            self.status.setText(self.tr("Import cancelled: no coordinate columns were chosen."))
        else:
            self.run_step(Stage.IMPORT, path, column_map=column_map, sheet=sheet)

    def run_step(self, step: Stage, schools=None, source_file: str | None = None, column_map: str = "",
                 packages: list[str] | None = None, sheet: str = "") -> AlgorithmChain | None:
        """Start a step in the background; None (and a message) when it cannot start."""
        missing = missing_algorithms(step)
        if missing:
            self._warn(self.tr("Not available in this version: {ids}").format(ids=", ".join(missing)))
            return None
        source = schools if schools is not None else self.school_layer()
        if source is None:
            self._warn(self.tr("Choose a school layer first."))
            return None
        self.settings = PluginSettings.load()
        regions = self.inputs.regions.currentLayer()
        inputs = WorkflowInputs(schools=source, fiber=self.inputs.fiber_layers(), boundary=regions, regions=regions,
                                dem=self.inputs.dem.currentLayer(), pipeline=source_file, settings=self.settings,
                                column_map=column_map, sheet=sheet, packages=packages or [])
        chain = self.chain = AlgorithmChain(step, inputs, dict(self.outputs), self._results_root(), self)
        chain.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        chain.message.connect(self.status.setText)
        chain.finished.connect(self._step_finished)
        self.steps.set_running(True)
        chain.start(self._chart_for_export if step is Stage.EXPORT else None)
        return chain

    def _chart_for_export(self, run_dir: Path) -> dict:
        """The progress chart as a PNG in the run folder, for the national page; nothing before the first snapshot."""
        path = run_dir / "progress_chart.png"
        if not self.progress_panel.chart.has_snapshots() or not self.progress_panel.export_png(str(path)):
            return {}
        return {"PROGRESS_CHART": str(path)}

    def cancel(self) -> None:
        if self.chain is not None:
            self.status.setText(self.tr("Cancelling…"))
            self.chain.cancel()

    def _results_root(self) -> Path:
        """The project's results folder (beside the saved project, else in the user's documents)."""
        return self.results.folder()

    def _step_finished(self, ok: bool, results: dict) -> None:
        chain = self.chain
        if not ok:
            self._end_step()
            if chain.error:
                self._warn(chain.error)
            else:
                self.status.setText(self.tr("Stopped; nothing was written."))
            return
        for step_results in results.values():
            self.outputs.update(step_results)
        if chain.step is Stage.EXPORT:
            self._end_step()
            message = self.tr("Maps written to {folder}").format(folder=chain.run_dir)
            self.status.setText(message)
            push_with_open_folder(self.iface, self.tr("School Connectivity"), message, chain.run_dir)
            return
        self.cancel_button.hide()  # the outputs are written: what remains is showing and counting them
        self._step_layers = step_layers(chain, Preset(self.settings.colour_preset))
        self._layers_added = 0
        self._add_next_output()

    def _end_step_when_counted(self) -> None:
        """A step ends once the statistics show its school layer, counted off the GUI thread when it is large."""
        if self._step_done_message is not None and self.recount_task is None:
            message, self._step_done_message = self._step_done_message, None
            self._end_step()
            self.status.setText(message)

    def _end_step(self) -> None:
        self.chain = None
        self.steps.set_running(False)

    def _add_next_output(self) -> None:
        """Put one step layer in the project (into the living layer of its kind; the school layer is the dock's),
        the next on the next turn."""
        item = next(self._step_layers, None)
        if item is None:
            self._step_done_message = self.tr("Done. Layers added or updated: {count}.").format(
                count=self._layers_added)
            self._end_step_when_counted()
            return
        key, fresh, is_schools, style = item
        layer = project_layers.place(key, fresh, style)
        self._layers_added += 1
        if key == PHASES_OUTPUT:
            self.priorities.show_phases(layer)
        elif key == CLUSTERS_OUTPUT:
            self.priorities.show_clusters(layer)
        if is_schools:
            self._replace_school_layer(layer)
        QTimer.singleShot(0, self._add_next_output)

    def _replace_school_layer(self, layer: QgsVectorLayer) -> None:
        """The living school layer is the dock's; a layer of the user's it was made from stays, hidden."""
        previous = self.school_layer()
        if previous is layer:
            self._school_layer_changed(layer)  # same layer, new data: recount and watch its new file
            return
        node = QgsProject.instance().layerTreeRoot().findLayer(previous.id()) if previous is not None else None
        if node is not None:
            node.setItemVisibilityChecked(False)
        self.inputs.schools.setLayer(layer)

    # --- settings, help, messages ---

    def apply_settings(self, settings: PluginSettings) -> None:
        """Called by the Options page: follow the new file-watching choice and restyle in the new colours."""
        recolour = settings.colour_preset != self.settings.colour_preset
        self.settings = settings
        self.priorities.show_settings(settings)
        self.watcher.set_file_watching(settings.watch_files)
        self.live_source.apply_settings(settings)
        layer = self.school_layer()
        if recolour and layer is not None and "connectivity_class" in layer.fields().names():
            recolour_schools(layer, Preset(settings.colour_preset))
        self.refresh_statistics()

    def show_settings(self) -> None:
        self.iface.showOptionsDialog(self.iface.mainWindow(), PAGE_NAME)

    def show_help(self) -> None:
        HelpDialog(self).exec_()

    def _warn(self, message: str) -> None:
        self.status.setText(message)
        self.iface.messageBar().pushMessage(self.tr("School Connectivity"), message, Qgis.Warning, 8)

    def close_plugin(self) -> None:
        """Disconnect everything this dock connected to QGIS before it is deleted."""
        if self.chain is not None:
            self.chain.cancel()
        self._step_layers = iter(())
        if self.recount_task is not None:
            self.recount_task.cancel()
            self.recount_task = None
        if self._selection_layer is not None and not sip.isdeleted(self._selection_layer):
            self._selection_layer.selectionChanged.disconnect(self._selection_changed)
        self._selection_layer = None
        self.watcher.release()
        self.live_source.release()
        self.results.release()
        self.inputs.release()
        self.progress_panel.release()
        self.school_cards.release()
