"""Tells the dock when the school layer's numbers may have changed: edits, reloads, or its file on disk."""
from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProviderRegistry, QgsVectorLayer
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QFileSystemWatcher, QObject, QTimer, pyqtSignal

#: QgsVectorLayer signals after which the counts may differ.
LAYER_SIGNALS = (
    "attributeValueChanged",
    "geometryChanged",
    "featureAdded",
    "featuresDeleted",
    "committedFeaturesAdded",
    "committedFeaturesRemoved",
    "committedAttributeValuesChanges",
    "committedGeometriesChanges",
    "afterRollBack",
    "dataChanged",
    "subsetStringChanged",
)
DEBOUNCE_MS = 250
FILE_SETTLE_MS = 400


def source_file(layer: QgsVectorLayer) -> str | None:
    """The file a layer reads from, or None for memory, database and web layers."""
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    path = parts.get("path") or ""
    return path if path and Path(path).is_file() else None


class LayerWatcher(QObject):
    """One debounced `changed` signal for everything that can move the school layer's counts."""

    changed = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.layer: QgsVectorLayer | None = None
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(DEBOUNCE_MS)
        self._recount.timeout.connect(self.changed)
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(FILE_SETTLE_MS)
        self._reload.timeout.connect(self._reload_from_disk)
        self._files = QFileSystemWatcher(self)
        self._files.fileChanged.connect(self._file_changed)
        self._watch_files = True

    def watch(self, layer: QgsVectorLayer | None) -> None:
        """Follow `layer` (None to follow nothing), dropping whatever was followed before."""
        self.release()
        self.layer = layer
        if layer is None:
            return
        for name in LAYER_SIGNALS:
            getattr(layer, name).connect(self.schedule)
        layer.willBeDeleted.connect(self.release)
        self._update_file_watch()

    def set_file_watching(self, enabled: bool) -> None:
        """Turn reloading on file change on or off (a setting: network drives can be noisy)."""
        self._watch_files = enabled
        self._update_file_watch()

    def watched_files(self) -> list[str]:
        return self._files.files()

    def release(self) -> None:
        """Disconnect from the layer and stop watching its file."""
        self._recount.stop()
        self._reload.stop()
        if self._files.files():
            self._files.removePaths(self._files.files())
        if self.layer is None:
            return
        if not sip.isdeleted(self.layer):
            for name in LAYER_SIGNALS:
                getattr(self.layer, name).disconnect(self.schedule)
            self.layer.willBeDeleted.disconnect(self.release)
        self.layer = None

    def schedule(self, *_args) -> None:
        """Recount once things settle: a burst of edits costs one recount."""
        self._recount.start()

    def _update_file_watch(self) -> None:
        if self._files.files():
            self._files.removePaths(self._files.files())
        path = source_file(self.layer) if self.layer is not None and self._watch_files else None
        if path:
            wal = Path(f"{path}-wal")
            self._files.addPaths([path] + ([str(wal)] if wal.is_file() else []))

    def _file_changed(self, _path: str) -> None:
        self._reload.start()

    def _reload_from_disk(self) -> None:
        """Re-read the file unless the user holds unsaved edits, then re-arm the watch (editors replace files)."""
        if self.layer is None:
            return
        if not (self.layer.isEditable() and self.layer.isModified()):
            self.layer.reload()
            self.layer.triggerRepaint()
        self._update_file_watch()
        self._recount.start()
