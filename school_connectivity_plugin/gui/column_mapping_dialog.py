"""Lets the user say which column holds what when the alias table could not tell (or guessed wrong)."""
from __future__ import annotations

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from qgis.PyQt.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from ..core.errors import InputError
from ..core.schools.columns import (
    COLUMN_ALIASES,
    REQUIRED_FIELDS,
    format_column_map,
    missing_coordinates,
    resolve_columns,
)
from ..processing.algorithms.import_schools import source_columns, source_header

_CONTEXT = "ColumnMappingDialog"

#: What each mappable field means to the user, in form order (the keys are COLUMN_ALIASES').
FIELD_LABELS: dict[str, str] = {
    "school_id": QT_TRANSLATE_NOOP("ColumnMappingDialog", "School ID"),
    "school_name": QT_TRANSLATE_NOOP("ColumnMappingDialog", "School name"),
    "admin1": QT_TRANSLATE_NOOP("ColumnMappingDialog", "Region (admin 1)"),
    "admin2": QT_TRANSLATE_NOOP("ColumnMappingDialog", "District (admin 2)"),
    "num_students": QT_TRANSLATE_NOOP("ColumnMappingDialog", "Number of students"),
    "area_type": QT_TRANSLATE_NOOP("ColumnMappingDialog", "Urban / rural"),
    "latitude": QT_TRANSLATE_NOOP("ColumnMappingDialog", "Latitude"),
    "longitude": QT_TRANSLATE_NOOP("ColumnMappingDialog", "Longitude"),
    "coordinates": QT_TRANSLATE_NOOP("ColumnMappingDialog", "Latitude, longitude in one column"),
    "connectivity": QT_TRANSLATE_NOOP("ColumnMappingDialog", "Has internet (yes/no)"),
    "download_speed": QT_TRANSLATE_NOOP("ColumnMappingDialog", "Download speed"),
    "connectivity_type": QT_TRANSLATE_NOOP("ColumnMappingDialog", "Connection type"),
    "isp": QT_TRANSLATE_NOOP("ColumnMappingDialog", "Provider (ISP)"),
    "pipeline_status": QT_TRANSLATE_NOOP("ColumnMappingDialog", "Pipeline status"),
}


def tr(message: str) -> str:
    """Translate a string of this dialog."""
    return QCoreApplication.translate(_CONTEXT, message)


def needs_mapping(columns: list[str], spatial: bool = False) -> bool:
    """The coordinates cannot be found, or more than one column could hold them: the user should choose (never for
    a layer whose geometry places the schools)."""
    if spatial:
        return False
    resolution = resolve_columns(list(columns))
    return bool(resolution.missing_required) or any(resolution.fallbacks.get(name)
                                                    for name in ("latitude", "longitude"))


class ColumnMappingDialog(QDialog):
    """One combo per normalised field, prefilled from the alias resolution; gives the COLUMN_MAP string."""

    def __init__(self, headers: list[str], overrides: dict[str, str] | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Match the columns of the school list"))
        resolution = resolve_columns(list(headers), overrides)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Choose the column that holds each item; latitude and longitude (or one "
                                        "column with both) are needed."), self))
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        for name in COLUMN_ALIASES:
            combo = QComboBox(self)
            combo.setObjectName(f"combo_{name}")
            combo.addItem(self.tr("(not in the list)"), "")
            for header in headers:
                combo.addItem(header, header)
            combo.setCurrentIndex(max(0, combo.findData(resolution.column(name) or "")))
            combo.currentIndexChanged.connect(self._update_ok)
            label = tr(FIELD_LABELS[name]) + (" *" if name in REQUIRED_FIELDS else "")
            form.addRow(label, combo)
            self.combos[name] = combo
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_ok()

    @classmethod
    def for_source(cls, source, overrides: dict[str, str] | None = None, parent=None) -> ColumnMappingDialog:
        """The dialog for a school list file or layer, with the columns the import will see."""
        return cls(source_columns(source), overrides, parent)

    def mapping(self) -> dict[str, str]:
        """Field -> chosen column, for the fields that have one."""
        return {name: combo.currentData() for name, combo in self.combos.items() if combo.currentData()}

    def column_map(self) -> str:
        """The COLUMN_MAP parameter of schoolconnectivity:importschools for the current choice."""
        return format_column_map(self.mapping())

    def _update_ok(self) -> None:
        """OK only once the rows can be placed (latitude and longitude, or the one-column pair)."""
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(not missing_coordinates(self.mapping()))


def ask_column_map(path: str, sheet: str = "", parent=None) -> str | None:
    """'' when the file's columns are clear (on the chosen sheet or layer); the user's mapping when coordinates are
    missing or ambiguous; None when the user cancelled (nothing should run)."""
    try:
        names, spatial = source_header(path, sheet or None)
    except (InputError, OSError, ValueError):
        return ""  # the import names what is wrong with the file
    if not needs_mapping(names, spatial):
        return ""
    dialog = ColumnMappingDialog(names, parent=parent)
    if dialog.exec_() != ColumnMappingDialog.Accepted:
        return None
    return dialog.column_map()
