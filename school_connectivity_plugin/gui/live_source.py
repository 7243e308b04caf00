"""The dock follows a live source: it polls the URL set in the options in a background task (the GUI never waits on
the network), shows "as of <time>" and how the source answered, and when the data changed imports it, which
recounts, then records a snapshot."""
from __future__ import annotations

import weakref

from qgis.core import QgsApplication, QgsTask
from qgis.PyQt.QtCore import QCoreApplication, QDateTime, QLocale, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from ..core.definitions.codes import SourceState
from ..core.errors import InputError
from ..core.sources.live import SourceReport
from ..processing.labels import translated
from ..processing.sources import follow_in_qgis
from ..processing.workflow import Stage
from ..settings import PluginSettings

#: How often (ms) a changed source waits for a running step to end before it is imported.
BUSY_RETRY_MS = 2_000


class SourcePollTask(QgsTask):
    """One poll of the source in a worker thread; never raises in run()."""

    def __init__(self, url: str, authcfg: str):
        super().__init__(QCoreApplication.translate("LiveSourcePanel", "Checking the live source"), QgsTask.CanCancel)
        self.url, self.authcfg = url, authcfg
        self.report: SourceReport | None = None
        self.error = ""

    def run(self) -> bool:
        try:
            self.report = follow_in_qgis(self.url, self.authcfg)
        except InputError as error:
            self.error = str(error)
        except Exception as error:  # a task must not raise: the failure is shown instead
            self.error = f"{self.url}: {error}"
        return True


class LiveSourcePanel(QWidget):
    """'As of <time>: <state>' and a Check now button; hidden while no live source is set."""

    #: The local copy of the source, each time its data changed.
    changed = pyqtSignal(str)

    def __init__(self, dock, parent=None):
        super().__init__(parent)
        self._dock = weakref.ref(dock)  # (no cycle: the dock owns this panel)
        self.task: SourcePollTask | None = None
        self.report: SourceReport | None = None
        self.url = self.authcfg = ""
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.state = QLabel(self)
        self.state.setObjectName("liveSourceState")
        self.state.setWordWrap(True)
        self.check_button = QToolButton(self)
        self.check_button.setObjectName("liveSourceCheck")
        self.check_button.setIcon(QgsApplication.getThemeIcon("/mActionRefresh.svg"))
        self.check_button.setToolTip(self.tr("Check the live source now"))
        self.check_button.clicked.connect(self.poll)
        row.addWidget(self.state, 1)
        row.addWidget(self.check_button)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.poll)
        self._pending: str | None = None
        self._imported = False
        self._import_wait = QTimer(self)
        self._import_wait.setInterval(BUSY_RETRY_MS)
        self._import_wait.timeout.connect(self._import_pending)
        self._snapshot_wait = QTimer(self)
        self._snapshot_wait.setInterval(200)
        self._snapshot_wait.timeout.connect(self._record_when_done)
        self.changed.connect(self._import)
        self.apply_settings(PluginSettings.load())

    @property
    def dock(self):
        """The dock this panel belongs to."""
        return self._dock()

    def tr(self, message: str) -> str:
        return QCoreApplication.translate("LiveSourcePanel", message)

    def apply_settings(self, settings: PluginSettings) -> None:
        """Follow the source and the interval of the options page (0 minutes: no polling)."""
        self.url, self.authcfg = settings.live_source_url.strip(), settings.live_source_authcfg
        self.setVisible(bool(self.url))
        self.timer.stop()
        if self.url and settings.live_poll_minutes > 0:
            self.timer.start(int(settings.live_poll_minutes * 60_000))
        if self.url and self.report is None and not self.state.text():
            self.state.setText(self.tr("Live source: not checked yet"))

    def poll(self) -> bool:
        """Start one check in the background (False while one runs or no source is set)."""
        if not self.url or self.task is not None:
            return False
        task = self.task = SourcePollTask(self.url, self.authcfg)
        task.taskCompleted.connect(lambda: self._polled(task))
        task.taskTerminated.connect(lambda: self._polled(task))
        self.state.setText(self.tr("Checking the live source…"))
        QgsApplication.taskManager().addTask(task)
        return True

    def _polled(self, task: SourcePollTask) -> None:
        if task is not self.task:
            return
        self.task = None
        if task.report is None:
            self.state.setText(self.tr("Live source unavailable: {error}").format(error=task.error))
            self.state.setToolTip(task.error)
            return
        report = self.report = task.report
        when = QDateTime.fromString(report.fetched_at, Qt.ISODate).toLocalTime()
        text = self.tr("As of {time}: {state}").format(
            time=QLocale().toString(when, QLocale.ShortFormat), state=translated(report.state))
        self.state.setText(text if report.error is None else f"{text} ({report.error})")
        self.state.setToolTip(report.url)
        if report.changed and report.state is SourceState.FRESH:
            self.changed.emit(report.path)

    def _import(self, path: str) -> None:
        """Import the changed list now, or once the step that runs has ended."""
        self._pending = path
        self._import_pending()

    def _import_pending(self) -> None:
        if self._pending is None:
            self._import_wait.stop()
            return
        if self.dock.chain is not None:
            self._import_wait.start()
            return
        self._import_wait.stop()
        path, self._pending = self._pending, None
        chain = self.dock.run_step(Stage.IMPORT, path)
        if chain is not None:
            self._imported = False
            chain.finished.connect(lambda ok, _results: setattr(self, "_imported", ok))
            self._snapshot_wait.start()

    def _record_when_done(self) -> None:
        """The import's layer is in and counted once the dock's step has ended: then the snapshot (none when the
        import failed: the map still shows the old data)."""
        if self.dock.chain is None:
            self._snapshot_wait.stop()
            if self._imported:
                self.dock.record_snapshot()

    def release(self) -> None:
        """Stop polling and waiting (the dock is closing)."""
        for timer in (self.timer, self._import_wait, self._snapshot_wait):
            timer.stop()
        if self.task is not None:
            self.task.cancel()
            self.task = None
