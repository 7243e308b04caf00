"""Runs the dock's steps as chains of our Processing algorithms, in the background, cancellable, all-or-nothing."""
from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path
from typing import Callable

from qgis.core import (
    QgsApplication,
    QgsProcessingAlgorithm,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterFile,
    QgsProject,
)
from qgis.PyQt.QtCore import QCoreApplication, QObject, pyqtSignal

from ..processing import workflow
from ..processing.workflow import SCHOOL_OUTPUT, STAGE_ALGORITHMS, Stage, WorkflowInputs


def input_file_filter(stage: Stage) -> str:
    """The file-dialog filter of the stage's first algorithm's INPUT file, as that algorithm words it."""
    algorithm = QgsApplication.processingRegistry().algorithmById(STAGE_ALGORITHMS[stage][0])
    definition = algorithm.parameterDefinition("INPUT") if algorithm else None
    return definition.fileFilter() if isinstance(definition, QgsProcessingParameterFile) else ""


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

    def __init__(self, stage: Stage, inputs: WorkflowInputs, earlier: dict, results_root: Path, parent=None):
        super().__init__(parent)
        self.step = stage
        self.inputs = inputs
        self.run_dir = Path(results_root) / f"{stage.value}_{datetime.now():%Y%m%d_%H%M%S_%f}"
        self.results: dict[str, dict] = {}
        self.task: QgsProcessingAlgRunnerTask | None = None
        self._queue = list(STAGE_ALGORITHMS[stage])
        self._schools = inputs.schools
        self._previous: dict = {key: value for key, value in earlier.items() if key != SCHOOL_OUTPUT}
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
        folder = self.run_dir / f"{self._done + 1:02d}_{algorithm.name()}"
        folder.mkdir()
        parameters = {**workflow.parameters(algorithm, self.inputs, self._schools, self._previous),
                      **workflow.destinations(algorithm, folder)}
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
        total = len(STAGE_ALGORITHMS[self.step])
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
