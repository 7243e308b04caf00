"""schoolconnectivity:importschools — any national school list in, the normalised school layer out."""
from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass, field

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...core.definitions.codes import QaFlag, RejectReason
from ...core.definitions.fields import REJECTED_FIELDS, SCHOOL_FIELDS
from ...core.errors import InputError, one_line
from ...core.schools.columns import parse_column_map, resolve_columns
from ..labels import translated_code
from .base import Group, SchoolConnectivityAlgorithm

#: Issues listed one by one in the log before only their count is given.
MAX_LOGGED_ISSUES = 20


def source_columns(source, sheet: str | None = None) -> list[str]:
    """The column names the import will see for a file path or a layer (for the column-mapping dialog)."""
    names, spatial = source_header(source, sheet)
    return names + GEOMETRY_COLUMNS if spatial else names


#: The columns a layer's point geometry gives the import.
GEOMETRY_COLUMNS = ["longitude", "latitude"]


def source_header(source, sheet: str | None = None) -> tuple[list[str], bool]:
    """The attribute column names of a file path or a layer, and whether its geometry places the schools."""
    from ...core.schools.readers import WholeTable
    from ..io import school_files

    if isinstance(source, QgsVectorLayer):
        layers = [source]
    else:
        opened = school_files.open_school_list(str(source), sheet)
        if opened.table is not None:
            try:
                table = opened.table
                return (table.columns() if isinstance(table, WholeTable) else list(table.names)), False
            finally:
                opened.table.close()
        layers = opened.layers
    names = list(dict.fromkeys(name for layer in layers for name in layer.fields().names()))
    return names, any(layer.geometryType() != QgsWkbTypes.NullGeometry for layer in layers)


class ImportSchoolsAlgorithm(SchoolConnectivityAlgorithm):
    """Reads a school list of any shape and writes the normalised points plus a table of rejected rows."""

    NAME = "importschools"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("ImportSchoolsAlgorithm", "Import school list")
    GROUP = Group.IMPORT

    INPUT = "INPUT"
    INPUT_LAYER = "INPUT_LAYER"
    SHEET = "SHEET"
    BOUNDARY = "BOUNDARY"
    BOUNDARY_TOLERANCE_KM = "BOUNDARY_TOLERANCE_KM"
    SPEED_PRESET = "SPEED_PRESET"
    GOOD_MBPS = "GOOD_MBPS"
    BAD_MBPS = "BAD_MBPS"
    COLUMN_MAP = "COLUMN_MAP"
    OUTPUT = "OUTPUT"
    REJECTED = "REJECTED"
    ROWS_IN = "ROWS_IN"
    LOADED = "LOADED"
    REJECTED_COUNT = "REJECTED_COUNT"

    def shortHelpString(self) -> str:
        return self.tr(
            "Reads a national school list (CSV/TSV/semicolon/pipe text in UTF-8, UTF-8 with BOM or CP1251; "
            "XLSX, ODS or XLS; GeoJSON, GeoPackage, Shapefile, KML or KMZ in any CRS; any of these inside a .zip; "
            "or a layer of the project) and writes the normalised school points in EPSG:4326.\n\n"
            "Sheet or layer: the workbook sheet or the GeoPackage layer that holds the list. Empty: the first "
            "sheet whose header row names coordinate columns (title rows above it are skipped), or the only "
            "point layer; a file with several point layers is refused with their names. Every folder of a "
            "KML/KMZ is read. A .zip must hold one list; when it holds several, the error names them.\n\n"
            "Columns are recognised by Giga school-master names and English, Russian and Kyrgyz aliases; "
            "'Column map' overrides them, e.g. latitude=Широта;download_speed=Скорость.\n\n"
            "No row is lost: a row is rejected only when it cannot be placed (missing, unreadable, zero or "
            "out-of-range coordinates) and goes to the rejects table with its reason and its raw values. "
            "Every other doubt (swapped lat/lon, outside the boundary, duplicates, implausible speeds or "
            "student counts, unreadable values) is kept and listed in qa_flags.\n\n"
            "source_row is the 1-based number of the data row in the file, counted from the row after the "
            "header (blank lines are not rows); for a spatial file or a layer it is the feature's position in "
            "the layer (a KML's folders one after the other).\n\n"
            "Reject reasons: {reasons}.\nQA flags: {flags}."
        ).format(reasons=", ".join(reason.value for reason in RejectReason),
                 flags=", ".join(flag.value for flag in QaFlag))

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, self.tr("School list file"), optional=True,
            fileFilter=self.tr("School lists (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.geojson *.json *.gpkg *.shp "
                               "*.kml *.kmz *.zip);;All files (*.*)")))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.INPUT_LAYER, self.tr("…or a school layer of the project"), [QgsProcessing.TypeVector],
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SHEET, self.tr("Sheet or layer (empty: the one whose header names coordinates, or the only point "
                                "layer)"), defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BOUNDARY, self.tr("Country boundary"), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.BOUNDARY_TOLERANCE_KM, self.tr("Boundary tolerance (km)"), QgsProcessingParameterNumber.Double,
            10.0, minValue=0.0))
        self.add_speed_parameters()
        self.addParameter(QgsProcessingParameterString(
            self.COLUMN_MAP, self.tr("Column map (field=Column;field=Column)"), defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Schools"), QgsProcessing.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.REJECTED, self.tr("Rejected rows"), QgsProcessing.TypeVector))
        self.addOutput(QgsProcessingOutputNumber(self.ROWS_IN, self.tr("Rows in")))
        self.addOutput(QgsProcessingOutputNumber(self.LOADED, self.tr("Schools loaded")))
        self.addOutput(QgsProcessingOutputNumber(self.REJECTED_COUNT, self.tr("Rows rejected")))

    def _open_input(self, parameters, context, feedback):
        """The list as chunks of rows (index = source_row) and a name for messages."""
        import pandas as pd

        from ...core.schools.readers import TableRead, WholeTable
        from ..io import reading, school_files
        from ..sources import local_copy

        path = local_copy(self.parameterAsFile(parameters, self.INPUT, context), feedback)  # (URLs too)
        layer = self.parameterAsVectorLayer(parameters, self.INPUT_LAYER, context)
        if not path and layer is None:
            raise QgsProcessingException(self.tr("Give a school list file or a school layer."))
        opened = school_files.open_school_list(path, self.parameterAsString(parameters, self.SHEET, context) or None,
                                             self._mapped_columns(parameters, context)) if path else None
        if opened is not None and opened.table is not None:
            table = opened.table
            feedback.pushInfo(self.tr("Read {path}: encoding {encoding}, delimiter {delimiter}").format(
                path=opened.name, encoding=table.encoding, delimiter=repr(table.delimiter)))
            for position_name, new_name in table.renamed_columns.items():
                feedback.pushWarning(self.tr("Column {old} renamed to {new} (blank or repeated header)").format(
                    old=position_name, new=new_name))
            return table, opened.name
        sources = opened.layers if opened is not None else [layer]
        if len(sources) > 1:
            feedback.pushInfo(self.tr("Read {count} layers of {path}: {names}").format(
                count=len(sources), path=opened.name, names=", ".join(source.name() for source in sources)))
        frames = [reading.read_points(source, feedback) for source in sources]
        frame = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
        if all(source.geometryType() == QgsWkbTypes.NullGeometry for source in sources) and len(frame):
            frame = frame.drop(columns=["longitude", "latitude"])  # (an empty GeoJSON has no type)
        frame.index = pd.RangeIndex(1, len(frame) + 1, name="source_row")
        return WholeTable(TableRead(rows=frame, encoding="", delimiter=None)), opened.name if opened else layer.name()

    def _mapped_columns(self, parameters, context) -> list[str]:
        """The columns the column map names (a header row holding them all is the list's header)."""
        try:
            return list(parse_column_map(self.parameterAsString(parameters, self.COLUMN_MAP, context)).values())
        except InputError:
            return []  # (reported where the map is applied)

    def processAlgorithm(self, parameters, context, feedback):
        try:
            table, input_name = self._open_input(parameters, context, feedback)
        except InputError as error:
            raise QgsProcessingException(str(error)) from error
        try:
            return self._import(table, input_name, parameters, context, feedback)
        except InputError as error:
            raise QgsProcessingException(str(error)) from error
        finally:
            table.close()

    def _import(self, table, input_name: str, parameters, context, feedback) -> dict:
        """Two passes over the chunks: the whole-list checks, then normalise and write chunk by chunk."""
        from ...core.schools.importer import SOURCE_PREFIX, build_schools, list_checks, speed_factor_from_header
        from ..io import writing

        resolution = resolve_columns(table.columns(), parse_column_map(
            self.parameterAsString(parameters, self.COLUMN_MAP, context)))
        if resolution.missing_required:
            raise QgsProcessingException(self.tr(
                "{name}: no column for {fields}; columns are: {columns}. Map them with the column map, "
                "e.g. latitude=Column;longitude=Column, or coordinates=Column for one column holding both"
            ).format(name=input_name, fields=", ".join(resolution.missing_required),
                     columns=", ".join(one_line(column) for column in table.columns())))
        for field_name, column in resolution.columns.items():
            feedback.pushInfo(self.tr("{field} ← {column}").format(field=field_name, column=column))
        thresholds = self.speed_thresholds(parameters, context)
        boundary = self._boundary(parameters, context)
        tolerance_km = self.parameterAsDouble(parameters, self.BOUNDARY_TOLERANCE_KM, context)
        checks = list_checks(itertools.takewhile(lambda _: not feedback.isCanceled(),
                                                 (chunk.rows for chunk in table.chunks())),
                             resolution, boundary, tolerance_km)
        if feedback.isCanceled():  # the last point where a cancelled import leaves no output behind
            return {}
        feedback.setProgress(30)
        types = {**dict(SCHOOL_FIELDS), **{SOURCE_PREFIX + column: str for column in table.columns()}}
        rejected_fields = writing.fields_from_types(dict(REJECTED_FIELDS))
        rejected_sink, rejected_id = self.parameterAsSink(parameters, self.REJECTED, context, rejected_fields,
                                                          QgsWkbTypes.NoGeometry, QgsCoordinateReferenceSystem())
        if rejected_sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.REJECTED))
        schools = writing.feature_output(self, parameters, self.OUTPUT, context, types)
        totals = ImportTotals()
        speed_factor = speed_factor_from_header(resolution.column("download_speed"))
        try:
            for chunk in table.chunks():  # not cancelled any more: the outputs exist and must be whole
                result = build_schools(chunk.rows, resolution, thresholds, boundary=boundary,
                                       tolerance_km=tolerance_km, speed_factor=speed_factor, issues=chunk.issues,
                                       checks=checks)
                schools.append(result.schools[list(types)])
                writing.add_features(rejected_sink, writing.features_from_table(result.rejected, rejected_fields))
                totals.add(result, chunk.issues)
                feedback.setProgress(30 + 70 * totals.rows_in / max(len(checks.duplicate_id), 1))
        except BaseException:
            schools.abort()
            raise
        output_id = schools.close()
        report = self._report(totals, context, output_id, feedback)
        if totals.rows_in and not totals.loaded:
            raise QgsProcessingException(self.tr(
                "{name}: none of the {rows} rows can be placed on a map ({reasons}). Check the coordinate columns "
                "(map them with the column map) or the file.").format(
                name=input_name, rows=totals.rows_in, reasons=self._reasons_in_words(totals)))
        return {self.OUTPUT: output_id, self.REJECTED: rejected_id, **report}

    def _reasons_in_words(self, totals) -> str:
        return "; ".join(self.tr("{reason}: {count}").format(reason=translated_code(RejectReason, reason),
                                                             count=count)
                         for reason, count in totals.reasons.most_common())

    def _boundary(self, parameters, context):
        """The boundary's rings in EPSG:4326, or None."""
        from ..io import geometry

        boundary_source = self.parameterAsSource(parameters, self.BOUNDARY, context)
        if boundary_source is None:
            return None
        if boundary_source.featureCount() and (
                QgsWkbTypes.geometryType(boundary_source.wkbType()) != QgsWkbTypes.PolygonGeometry):
            raise QgsProcessingException(self.tr("{name}: the boundary must be polygons").format(
                name=parameters.get(self.BOUNDARY) if isinstance(parameters.get(self.BOUNDARY), str)
                else boundary_source.sourceName()))
        return geometry.polygon_rings(boundary_source)

    def _report(self, totals: ImportTotals, context, output_id, feedback) -> dict:
        """Counts in the log and as outputs; loaded + rejected must equal the rows read."""
        from ..maps import styling

        self._log_issues(totals.issues, totals.issue_count, feedback)
        if totals.loaded + totals.rejected != totals.rows_in:
            raise QgsProcessingException(self.tr("Rows lost: {loaded} + {rejected} != {rows}").format(
                loaded=totals.loaded, rejected=totals.rejected, rows=totals.rows_in))
        feedback.pushInfo(self.tr("{rows} rows in: {loaded} schools loaded, {rejected} rejected").format(
            rows=totals.rows_in, loaded=totals.loaded, rejected=totals.rejected))
        for reason, count in totals.reasons.most_common():
            feedback.pushWarning(self.tr("Rejected, {reason}: {count}").format(
                reason=translated_code(RejectReason, reason), count=count))
        for code, count in sorted(totals.flags.items()):
            feedback.pushInfo(self.tr("Flagged, {code}: {count}").format(code=code, count=count))
        styling.style_on_load(context, output_id)
        return {self.ROWS_IN: totals.rows_in, self.LOADED: totals.loaded, self.REJECTED_COUNT: totals.rejected}

    def _log_issues(self, issues: list, count: int, feedback) -> None:
        """Row-level reader problems, named by row, the first few one by one."""
        for issue in issues:
            feedback.pushWarning(self.tr("Row {row}: {detail}").format(row=issue.row, detail=issue.detail))
        if count > len(issues):
            feedback.pushWarning(self.tr("… and {count} more row issues (see qa_flags)").format(
                count=count - len(issues)))


@dataclass
class ImportTotals:
    """What the chunks of one import add up to (rows, reasons, flags and the first reader issues)."""

    rows_in: int = 0
    loaded: int = 0
    rejected: int = 0
    reasons: Counter = field(default_factory=Counter)
    flags: Counter = field(default_factory=Counter)
    issues: list = field(default_factory=list)
    issue_count: int = 0

    def add(self, result, issues: list) -> None:
        self.rows_in += result.rows_in
        self.loaded += len(result.schools)
        self.rejected += len(result.rejected)
        self.reasons.update(result.rejected["reason"].tolist())
        self.flags.update(result.flag_counts)
        self.issues += issues[:MAX_LOGGED_ISSUES - len(self.issues)]
        self.issue_count += len(issues)
