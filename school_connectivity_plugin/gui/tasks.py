"""Runs the dock's steps as chains of our Processing algorithms, in the background, cancellable, all-or-nothing."""
from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Callable

from qgis.core import (
    QgsApplication,
    QgsMapLayer,
    QgsProcessingAlgorithm,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterRasterDestination,
    QgsProject,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QObject, pyqtSignal

from ..settings import PluginSettings

PROVIDER = "schoolconnectivity"


class Step(str, Enum):
    """What a dock button runs."""

    IMPORT = "import"
    PIPELINE = "pipeline"
    ANALYSIS = "analysis"
    PRIORITISE = "prioritise"
    EXPORT = "export"


#: The algorithms each step chains; the schools output of one feeds the next.
STEP_ALGORITHMS: dict[Step, tuple[str, ...]] = {
    Step.IMPORT: (f"{PROVIDER}:importschools",),
    Step.PIPELINE: (f"{PROVIDER}:importpipeline",),
    Step.ANALYSIS: (f"{PROVIDER}:distancetofiber", f"{PROVIDER}:flaghardtoconnect"),
    Step.PRIORITISE: (f"{PROVIDER}:fiberroutes", f"{PROVIDER}:prioritize"),
    Step.EXPORT: (f"{PROVIDER}:exportplanningmaps",),
}

#: Parameter names that take the school layer (the first a chain's algorithm defines is used).
SCHOOL_PARAMETERS = ("SCHOOLS", "INPUT")
#: The output that carries the schools on to the next algorithm of a chain.
SCHOOL_OUTPUT = "OUTPUT"
#: Algorithm parameters filled from the user's settings, when the algorithm defines them.
SETTING_PARAMETERS = {
    "SPEED_PRESET": "speed_preset",
    "GOOD_MBPS": "good_threshold_mbps",
    "BAD_MBPS": "bad_threshold_mbps",
    "MAX_FIBER_DISTANCE_M": "max_fiber_distance_m",
    "MAX_ELEVATION_M": "elevation_threshold_m",
    "MAX_LINK_M": "max_fiber_distance_m",
    "COST_PER_KM_USD": "fiber_cost_per_km_usd",
    "COST_PRESET": "cost_preset_index",
    "COST_OVERRIDES": "cost_overrides_json",
    "BUDGET_PER_PHASE_USD": "budget_per_phase_usd",
    "OBJECTIVE": "objective",
    "PRESET": "colour_preset_index",
}


@dataclass
class RunInputs:
    """What the dock hands a step: layers chosen in the dock and the user's settings."""

    schools: object
    fiber: list[QgsMapLayer] = field(default_factory=list)
    regions: QgsMapLayer | None = None
    dem: QgsMapLayer | None = None
    settings: PluginSettings = field(default_factory=PluginSettings)
    earlier: dict = field(default_factory=dict)
    source_file: str | None = None

    def layer_parameters(self) -> dict:
        """Parameter name -> value for the optional context layers and a file to read, as our algorithms name them."""
        nodes = [layer for layer in self.fiber if layer.geometryType() == QgsWkbTypes.PointGeometry]
        return {"FIBER": self.fiber or None, "FIBER_NODES": nodes or None, "REGIONS": self.regions,
                "DEM": self.dem, "INPUT": self.source_file}


def missing_algorithms(step: Step) -> list[str]:
    """Ids of the step's algorithms that are not registered: the dock then refuses the step with a message."""
    registry = QgsApplication.processingRegistry()
    return [alg_id for alg_id in STEP_ALGORITHMS[step] if registry.algorithmById(alg_id) is None]


def input_file_filter(step: Step) -> str:
    """The file-dialog filter of the step's first algorithm's INPUT file, as that algorithm words it."""
    algorithm = QgsApplication.processingRegistry().algorithmById(STEP_ALGORITHMS[step][0])
    definition = algorithm.parameterDefinition("INPUT") if algorithm else None
    return definition.fileFilter() if isinstance(definition, QgsProcessingParameterFile) else ""


def _destination(definition: QgsProcessingParameterDefinition, run_dir: Path, prefix: str) -> str | None:
    """Where one output goes: a file in the run folder (so a cancelled run removes all of it)."""
    optional = bool(definition.flags() & QgsProcessingParameterDefinition.FlagOptional)
    if optional and not definition.createByDefault():
        return None
    stem = f"{prefix}_{definition.name().lower()}"
    if isinstance(definition, QgsProcessingParameterFolderDestination):
        return str(run_dir / stem)
    if isinstance(definition, QgsProcessingParameterRasterDestination):
        return str(run_dir / f"{stem}.tif")
    if isinstance(definition, QgsProcessingParameterFileDestination):
        return str(run_dir / f"{stem}.{definition.defaultFileExtension() or 'dat'}")
    if isinstance(definition, QgsProcessingParameterFeatureSink) or definition.isDestination():
        return str(run_dir / f"{stem}.gpkg")
    return None


def build_parameters(algorithm: QgsProcessingAlgorithm, inputs: RunInputs, schools, previous: dict,
                     run_dir: Path) -> dict:
    """Fill an algorithm's parameters from the dock: schools, context layers, settings, earlier outputs."""
    names = {definition.name() for definition in algorithm.parameterDefinitions()}
    parameters: dict = {}
    school_name = next((name for name in SCHOOL_PARAMETERS if name in names), None)
    if school_name:
        parameters[school_name] = schools
    for name, value in inputs.layer_parameters().items():
        if name in names and name not in parameters and value is not None:
            parameters[name] = value
    for name, attribute in SETTING_PARAMETERS.items():
        if name in names:
            parameters[name] = getattr(inputs.settings, attribute)
    for name, value in previous.items():
        if name in names and name not in parameters and name != SCHOOL_OUTPUT:
            parameters[name] = value
    prefix = algorithm.name()
    for definition in algorithm.destinationParameterDefinitions():
        target = _destination(definition, run_dir, prefix)
        if target is not None:
            parameters[definition.name()] = target
    return parameters


class ErrorKeepingFeedback(QgsProcessingFeedback):
    """Feedback that keeps the last error, so a failed step can tell the user why (file, row, column)."""

    def __init__(self):
        super().__init__()
        self.error = ""

    def reportError(self, error: str, fatalError: bool = False) -> None:
        super().reportError(error, fatalError)
        lines = [line for line in str(error).splitlines() if line.strip()]
        self.error = lines[-1] if lines else self.error


class AlgorithmChain(QObject):
    """One step's algorithms in order; threaded ones as QgsProcessingAlgRunnerTask, the rest on the main thread."""

    progressChanged = pyqtSignal(float)
    message = pyqtSignal(str)
    finished = pyqtSignal(bool, dict)

    def __init__(self, step: Step, inputs: RunInputs, results_root: Path, parent=None):
        super().__init__(parent)
        self.step = step
        self.inputs = inputs
        self.run_dir = Path(results_root) / f"{step.value}_{datetime.now():%Y%m%d_%H%M%S_%f}"
        self.results: dict[str, dict] = {}
        self.task: QgsProcessingAlgRunnerTask | None = None
        self._queue = list(STEP_ALGORITHMS[step])
        self._schools = inputs.schools
        self._previous: dict = {key: value for key, value in inputs.earlier.items() if key != SCHOOL_OUTPUT}
        self._feedback: QgsProcessingFeedback | None = None
        self._context: QgsProcessingContext | None = None
        self._cancelled = False
        #: Why the chain failed, as one line for the user ("" when it did not fail or was cancelled).
        self.error = ""
        self._done = 0

    def tr(self, message: str) -> str:
        return QCoreApplication.translate("AlgorithmChain", message)

    @property
    def schools_output(self):
        """The chain's final school layer (a file path), once it has succeeded."""
        return self._schools

    def start(self, prepare: Callable[[Path], dict] | None = None) -> None:
        """Create the run folder, let `prepare` write files into it (its parameters join the earlier outputs), run."""
        self.run_dir.mkdir(parents=True, exist_ok=False)
        if prepare is not None:
            self._previous.update(prepare(self.run_dir))
        self._next()

    def cancel(self) -> None:
        """Ask the running algorithm to stop; the run folder is removed when it has."""
        self._cancelled = True
        if self._feedback is not None:
            self._feedback.cancel()
        if self.task is not None:
            self.task.cancel()

    def _next(self) -> None:
        if self._cancelled:
            self._finish(False)
            return
        if not self._queue:
            self._finish(True)
            return
        alg_id = self._queue.pop(0)
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
        if algorithm is None:
            self.message.emit(self.tr("Algorithm {id} is not available.").format(id=alg_id))
            self._finish(False)
            return
        parameters = build_parameters(algorithm, self.inputs, self._schools, self._previous, self.run_dir)
        self._context = QgsProcessingContext()
        self._context.setProject(QgsProject.instance())
        self._feedback = ErrorKeepingFeedback()
        self._feedback.progressChanged.connect(self._progress)
        self.message.emit(self.tr("Running {name}…").format(name=algorithm.displayName()))
        if algorithm.flags() & QgsProcessingAlgorithm.FlagNoThreading:
            self._run_on_main_thread(alg_id, algorithm, parameters)
            return
        self.task = QgsProcessingAlgRunnerTask(algorithm, parameters, self._context, self._feedback)
        self.task.executed.connect(lambda ok, results, alg_id=alg_id: self._executed(alg_id, ok, results))
        QgsApplication.taskManager().addTask(self.task)

    def _run_on_main_thread(self, alg_id: str, algorithm: QgsProcessingAlgorithm, parameters: dict) -> None:
        """Layout export must run on the GUI thread; events keep flowing so the bar moves and Cancel works."""
        import processing

        try:
            results = processing.run(alg_id, parameters, context=self._context, feedback=self._feedback)
        except QgsProcessingException as error:
            self.error = ([line for line in str(error).splitlines() if line.strip()] or [""])[-1]
            self.message.emit(str(error))
            self._executed(alg_id, False, {})
            return
        self._executed(alg_id, not self._feedback.isCanceled(), results)

    def _progress(self, percent: float) -> None:
        total = len(STEP_ALGORITHMS[self.step])
        self.progressChanged.emit(100.0 * (self._done + percent / 100.0) / total)
        if self.task is None:
            QCoreApplication.processEvents()

    def _executed(self, alg_id: str, ok: bool, results: dict) -> None:
        self.task = None
        if not ok and not self._cancelled and not self.error and self._feedback is not None:
            self.error = self._feedback.error
        if not ok or self._cancelled:
            self._finish(False)
            return
        self.results[alg_id] = dict(results)
        self._previous.update(results)
        self._schools = results.get(SCHOOL_OUTPUT, self._schools)
        self._done += 1
        self._next()

    def _finish(self, ok: bool) -> None:
        """All or nothing: a failed or cancelled chain leaves no file behind."""
        if not ok:
            shutil.rmtree(self.run_dir, ignore_errors=True)
            self.results = {}
        self._feedback = None
        self.finished.emit(ok and not self._cancelled, self.results)
