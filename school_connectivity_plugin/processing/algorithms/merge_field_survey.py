"""schoolconnectivity:mergefieldsurvey — field packages edited offline brought back into the school list."""
from __future__ import annotations

import json
from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...core.atomic import atomic_path
from ...core.definitions.codes import FieldConflict
from ...core.definitions.defaults import MOVE_THRESHOLD_M
from ...core.errors import InputError
from .base import Group, SchoolConnectivityAlgorithm


class MergeFieldSurveyAlgorithm(SchoolConnectivityAlgorithm):
    """Applies the surveys of field packages to the school list and lists what it did not apply."""

    NAME = "mergefieldsurvey"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("MergeFieldSurveyAlgorithm", "Merge field surveys")
    GROUP = Group.IMPORT

    PACKAGES = "PACKAGES"
    SPEED_PRESET = "SPEED_PRESET"
    GOOD_MBPS = "GOOD_MBPS"
    BAD_MBPS = "BAD_MBPS"
    MOVE_THRESHOLD = "MOVE_THRESHOLD_M"
    OUTPUT = "OUTPUT"
    OUTPUT_CHANGES = "OUTPUT_CHANGES"
    OUTPUT_CONFLICTS = "OUTPUT_CONFLICTS"
    OUTPUT_SUMMARY = "OUTPUT_SUMMARY"
    UPDATED = "UPDATED"
    CHANGES = "CHANGES"
    CONFLICTS = "CONFLICTS"

    def shortHelpString(self) -> str:
        return self.tr(
            "Brings field packages back after a field team edited them offline in QField or QGIS: each school's "
            "survey sets its connectivity, download speed and connection type, recomputes its connectivity class, "
            "and records connectivity_source = field_survey, surveyed_at and the surveyor.\n\n"
            "When packages disagree on a school, the latest surveyed_at wins and the disagreement is listed. "
            "Nothing is done silently: a school deleted in the field is kept, a school moved further than the "
            "threshold keeps its place, a school added in the field is not added; each is listed in the "
            "conflicts table. A survey no later than the one the school list already holds is not applied "
            "again, so merging the same package twice changes nothing. A package that is not a field package "
            "of this plugin, or was made from another school list, stops the merge, naming it.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.SCHOOLS, self.tr("School list (imported)"), [QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.PACKAGES, self.tr("Field packages (GeoPackage)"), QgsProcessing.TypeFile))
        self.add_speed_parameters()
        self.addParameter(QgsProcessingParameterNumber(
            self.MOVE_THRESHOLD, self.tr("List schools moved further than (m)"), QgsProcessingParameterNumber.Double,
            MOVE_THRESHOLD_M, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Schools with field surveys"), QgsProcessing.TypeVectorPoint))
        for name, label in ((self.OUTPUT_CHANGES, self.tr("Changes (field_changes.csv)")),
                            (self.OUTPUT_CONFLICTS, self.tr("Conflicts (field_conflicts.csv)"))):
            self.addParameter(QgsProcessingParameterFileDestination(name, label, self.tr("CSV (*.csv)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_SUMMARY, self.tr("Summary (JSON)"), self.tr("JSON (*.json)"), optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(self.UPDATED, self.tr("Schools updated")))
        self.addOutput(QgsProcessingOutputNumber(self.CHANGES, self.tr("Field changes")))
        self.addOutput(QgsProcessingOutputNumber(self.CONFLICTS, self.tr("Conflicts listed")))

    def processAlgorithm(self, parameters, context, feedback):
        from ...core.field.merge import OUTPUT_FIELDS, merge_packages
        from ...core.reporting.area_stats import STATS_FIELDS
        from ...core.reporting.tabular_export import write_csv
        from ..io import field_tables, reading, writing
        from ..maps import styling

        schools = self.parameterAsVectorLayer(parameters, self.SCHOOLS, context)
        if schools is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.SCHOOLS))
        paths = [str(path) for path in self.parameterAsFileList(parameters, self.PACKAGES, context)]
        thresholds = self.speed_thresholds(parameters, context)
        try:
            packages = [field_tables.read_field_package(path, name)
                        for path, name in zip(paths, field_tables.package_names(paths))]
            table = reading.read_attributes(schools, ["school_id", "source_row", *OUTPUT_FIELDS, *STATS_FIELDS])
            if "school_id" not in table:
                raise InputError("not an imported school list (no school_id field): give the schools.gpkg of a "
                                 "run or the output of 'Import school list'", path=schools.source().split("|")[0])
            result = merge_packages(table, packages, thresholds,
                                    self.parameterAsDouble(parameters, self.MOVE_THRESHOLD, context))
        except (InputError, ValueError) as error:
            raise QgsProcessingException(str(error)) from error
        if feedback.isCanceled():
            return {}
        fields = field_tables.merged_fields(schools.fields(), OUTPUT_FIELDS)
        sink, output_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, schools.wkbType(),
                                               schools.crs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        writing.copy_with_columns_to_sink(schools, sink, fields, table["source_fid"].to_numpy(), result.columns,
                                          feedback)
        changes = self.parameterAsFileOutput(parameters, self.OUTPUT_CHANGES, context)
        conflicts = self.parameterAsFileOutput(parameters, self.OUTPUT_CONFLICTS, context)
        write_csv(result.changes, changes)
        write_csv(result.conflicts, conflicts)
        summary_path = self.parameterAsFileOutput(parameters, self.OUTPUT_SUMMARY, context)
        summary = self._summary(table, result, paths)
        if summary_path:
            with atomic_path(summary_path) as temporary:
                Path(temporary).write_text(json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8")
        styling.style_on_load(context, output_id)
        feedback.pushInfo(self.tr("{updated} schools updated, {changes} field changes, {conflicts} conflicts listed")
                          .format(updated=summary["schools_updated"], changes=summary["changes"],
                                  conflicts=len(result.conflicts)))
        return {self.OUTPUT: output_id, self.OUTPUT_CHANGES: changes, self.OUTPUT_CONFLICTS: conflicts,
                **({self.OUTPUT_SUMMARY: summary_path} if summary_path else {}),
                self.UPDATED: summary["schools_updated"], self.CHANGES: summary["changes"],
                self.CONFLICTS: len(result.conflicts)}

    @staticmethod
    def _summary(table, result, paths: list[str]) -> dict:
        """What summary.json says: the packages, what changed, what was listed, and the counts before and after."""
        from ...core.reporting.stats import compute_stats
        from ..io import field_tables

        after = table.copy()
        for name, values in result.columns.items():
            after[name] = values
        kinds = result.conflicts["kind"].value_counts()
        return {
            "schools": len(table),
            "packages": [{"path": path, "name": name, **result.packages[name]}
                         for path, name in zip(paths, field_tables.package_names(paths))],
            "schools_updated": int(result.updated.sum()),
            "changes": len(result.changes),
            "conflicts": {kind.value: int(kinds.get(kind.value, 0)) for kind in FieldConflict},
            "before": compute_stats(table).as_dict(),
            "after": compute_stats(after).as_dict(),
        }
