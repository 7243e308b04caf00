"""Processing algorithm: the prioritised and hard-to-connect lists as CSV or XLSX, safe to open in a spreadsheet."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from .base import Group, SchoolConnectivityAlgorithm

if TYPE_CHECKING:
    import pandas as pd


class ExportTablesAlgorithm(SchoolConnectivityAlgorithm):
    """Writes priority and hard-to-connect lists; the format follows each file's extension."""

    NAME = "exporttables"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("ExportTablesAlgorithm", "Export the plan's lists")
    GROUP = Group.OUTPUTS

    CLUSTERS = "CLUSTERS"
    PHASES = "PHASES"
    OUTPUT_PRIORITY = "OUTPUT_PRIORITY"
    OUTPUT_HARD = "OUTPUT_HARD"
    OUTPUT_CLUSTERS = "OUTPUT_CLUSTERS"
    OUTPUT_PHASES = "OUTPUT_PHASES"
    PRIORITY_ROWS = "PRIORITY_ROWS"
    HARD_ROWS = "HARD_ROWS"

    def shortHelpString(self) -> str:
        return self.tr(
            "Writes the prioritised list (ranked schools in rank order, with technology, its source, cluster, "
            "route and costs; without ranks, the unconnected schools), the hard-to-connect list with reasons, and "
            "given the tables of 'Plan technologies, costs and phases', the clusters and the phases. "
            "A .csv file is UTF-8 with a byte-order mark so Excel reads Cyrillic names; a .xlsx file is a spreadsheet. "
            "Text that starts with = + - @ gets a leading apostrophe so a spreadsheet never runs it as a formula.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SCHOOLS, self.tr("Schools (analysed)"), [QgsProcessing.TypeVectorPoint]))
        file_filter = self.tr("CSV (*.csv);;Excel workbook (*.xlsx)")
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_PRIORITY, self.tr("Prioritised list"), file_filter, optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_HARD, self.tr("Hard-to-connect list"), file_filter, optional=True))
        for table, output, label, table_label in (
                (self.CLUSTERS, self.OUTPUT_CLUSTERS, self.tr("Clusters list"), self.tr("Clusters (table)")),
                (self.PHASES, self.OUTPUT_PHASES, self.tr("Phases list"), self.tr("Construction phases (table)"))):
            self.addParameter(QgsProcessingParameterFeatureSource(table, table_label, [QgsProcessing.TypeVector],
                                                                  optional=True))
            self.addParameter(QgsProcessingParameterFileDestination(output, label, file_filter, optional=True))
        self.addOutput(QgsProcessingOutputNumber(self.PRIORITY_ROWS, self.tr("Rows in the prioritised list")))
        self.addOutput(QgsProcessingOutputNumber(self.HARD_ROWS, self.tr("Rows in the hard-to-connect list")))

    def processAlgorithm(self, parameters, context, feedback):
        from ...core.reporting import tabular_export
        from ..io import reading

        source = self.source_or_fail(parameters, self.SCHOOLS, context)
        layer = reading.whole_layer(self, parameters, self.SCHOOLS, context)
        results = {}
        for key, rows_key, build, sheet, conditions in (
                (self.OUTPUT_PRIORITY, self.PRIORITY_ROWS, tabular_export.priority_table, self.tr("Priority"),
                 tabular_export.PRIORITY_ROWS_SQL),
                (self.OUTPUT_HARD, self.HARD_ROWS, tabular_export.hard_to_connect_table, self.tr("Hard to connect"),
                 tabular_export.HARD_ROWS_SQL)):
            path = self.parameterAsFileOutput(parameters, key, context)
            if not path:
                continue
            table = build(_candidates(source, layer, conditions, feedback))
            self._write(table, path, sheet, feedback)
            results[key], results[rows_key] = path, len(table)
        for table_name, key, sheet in ((self.CLUSTERS, self.OUTPUT_CLUSTERS, self.tr("Clusters")),
                                       (self.PHASES, self.OUTPUT_PHASES, self.tr("Phases"))):
            table_source = self.parameterAsSource(parameters, table_name, context)
            path = self.parameterAsFileOutput(parameters, key, context)
            if table_source is not None and path:
                self._write(reading.read_table(table_source), path, sheet, feedback)
                results[key] = path
        return results

    def _write(self, table: pd.DataFrame, path: str, sheet: str, feedback) -> None:
        """CSV or XLSX by the file's extension, atomically; a write that fails names the file."""
        from ...core.reporting import tabular_export

        try:
            if Path(path).suffix.lower() == ".xlsx":
                tabular_export.write_xlsx(table, path, sheet)
            else:
                tabular_export.write_csv(table, path)
        except OSError as error:
            raise QgsProcessingException(f"{path}: {error.strerror or error}") from error
        feedback.pushInfo(self.tr("Wrote {n} rows to {path}").format(n=len(table), path=path))


def _candidates(source, layer, conditions: tuple[tuple[str, str], ...], feedback) -> pd.DataFrame:
    """The schools a list may hold: a national GeoPackage is read for the first condition (on a field it has)
    that keeps any row, not whole; anything else is read whole and the list's own masks choose."""
    from ...core.reporting import tabular_export
    from ..io import reading

    fields = source.fields().names()
    for field_name, where in conditions:
        if field_name in fields:
            frame = reading.read_points(source, feedback, tabular_export.TABLE_INPUTS, layer, where)
            if len(frame):
                return frame
    return reading.read_points(source, feedback, tabular_export.TABLE_INPUTS)
