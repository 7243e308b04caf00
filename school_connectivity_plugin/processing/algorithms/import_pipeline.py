"""schoolconnectivity:importpipeline — the operator's work plan joined to the schools, every plan row accounted for."""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...core.definitions.codes import MatchMethod
from ...core.definitions.defaults import DEFAULT_MIN_SCORE
from ...core.definitions.fields import SCHOOL_MATCH_FIELDS
from ...core.errors import InputError
from .base import Group, SchoolConnectivityAlgorithm

if TYPE_CHECKING:
    import pandas as pd


class ImportPipelineAlgorithm(SchoolConnectivityAlgorithm):
    """Sets pipeline_status (with match method, score and plan row) on the schools and lists unmatched rows."""

    NAME = "importpipeline"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("ImportPipelineAlgorithm", "Import the operator's work plan")
    GROUP = Group.IMPORT

    INPUT = "INPUT"
    INPUT_LAYER = "INPUT_LAYER"
    ID_COLUMN = "ID_COLUMN"
    NAME_COLUMN = "NAME_COLUMN"
    ADMIN1_COLUMN = "ADMIN1_COLUMN"
    ADMIN2_COLUMN = "ADMIN2_COLUMN"
    STATUS_COLUMN = "STATUS_COLUMN"
    DATE_COLUMN = "DATE_COLUMN"
    MIN_SCORE = "MIN_SCORE"
    OUTPUT = "OUTPUT"
    UNMATCHED = "UNMATCHED"
    PLAN_ROWS = "PLAN_ROWS"
    MATCHED_BY_ID = "MATCHED_BY_ID"
    MATCHED_BY_NAME = "MATCHED_BY_NAME"
    UNMATCHED_COUNT = "UNMATCHED_COUNT"

    def shortHelpString(self) -> str:
        return self.tr(
            "Joins the operator's work plan (CSV/XLSX file or a table/layer: school id and/or name, region, "
            "district, status, dates) to the schools and sets pipeline_status: planned, contracted, "
            "in_progress or connected (English, Russian and Kyrgyz words are understood, e.g. "
            "запланировано, контракт, в работе, подключено).\n\n"
            "A row is matched by school id first; otherwise by name within the same district (admin2), else "
            "the same region (admin1), else anywhere. Names are compared across Cyrillic and Latin spelling "
            "('СОШ №2' = 'Secondary school No. 2'), generic words are ignored, the numbers and school types "
            "(gymnasium, lyceum, primary, basic) must be equal, and the score must reach the minimum "
            "score with no close runner-up.\n\n"
            "Columns are found by their names (id, name, region, district, status in English, Russian, "
            "Kyrgyz); choose them to override.\n\n"
            "Outputs: the schools with pipeline_status, pipeline_match_method (id, name), "
            "pipeline_match_score, pipeline_source_row and pipeline_date (as written in the plan); and every plan "
            "row that needs a look (no match, "
            "ambiguous name, duplicate of a better match, unknown status) with the plan's own columns. No "
            "row is dropped."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SCHOOLS, self.tr("Schools"), [QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, self.tr("Work plan file"), optional=True,
            fileFilter=self.tr("Tables (*.csv *.tsv *.txt *.xlsx);;All files (*.*)")))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.INPUT_LAYER, self.tr("…or a work plan table of the project"), [QgsProcessing.TypeVector],
            optional=True))
        for name, label in ((self.ID_COLUMN, self.tr("School id column")),
                            (self.NAME_COLUMN, self.tr("School name column")),
                            (self.ADMIN1_COLUMN, self.tr("Region column")),
                            (self.ADMIN2_COLUMN, self.tr("District column")),
                            (self.STATUS_COLUMN, self.tr("Status column")),
                            (self.DATE_COLUMN, self.tr("Date column"))):
            self.addParameter(QgsProcessingParameterString(name, label, defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_SCORE, self.tr("Minimum name score (0-1)"), QgsProcessingParameterNumber.Double,
            DEFAULT_MIN_SCORE, minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Schools with pipeline status"), QgsProcessing.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.UNMATCHED, self.tr("Plan rows to check"), QgsProcessing.TypeVector))
        for name, label in ((self.PLAN_ROWS, self.tr("Plan rows")),
                            (self.MATCHED_BY_ID, self.tr("Matched by id")),
                            (self.MATCHED_BY_NAME, self.tr("Matched by name")),
                            (self.UNMATCHED_COUNT, self.tr("Rows to check"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def _read_plan(self, parameters, context, feedback) -> tuple[pd.DataFrame, str]:
        """The plan rows (index = source row) and a name for messages."""
        import pandas as pd

        from ...core.schools.readers import read_table
        from ..io import reading

        path = self.parameterAsFile(parameters, self.INPUT, context)
        layer = self.parameterAsVectorLayer(parameters, self.INPUT_LAYER, context)
        if path:
            table = read_table(path)
            for issue in table.issues:
                feedback.pushWarning(self.tr("{path}, row {row}: {detail}").format(
                    path=path, row=issue.row, detail=issue.detail))
            return table.rows, path
        if layer is None:
            raise QgsProcessingException(self.tr("Give a work plan file or a work plan table."))
        frame = reading.read_attributes(layer, [field.name() for field in layer.fields()])
        frame.index = pd.RangeIndex(1, len(frame) + 1, name="source_row")
        return frame.drop(columns=["source_fid"]), layer.name()

    def processAlgorithm(self, parameters, context, feedback):
        from ...core.planning.pipeline_match import MATCH_INPUTS, match_plan, plan_columns
        from ..io import reading, writing

        source = self.source_or_fail(parameters, self.SCHOOLS, context)
        overrides = {field: self.parameterAsString(parameters, parameter, context).strip() for field, parameter in (
            ("school_id", self.ID_COLUMN), ("school_name", self.NAME_COLUMN), ("admin1", self.ADMIN1_COLUMN),
            ("admin2", self.ADMIN2_COLUMN), ("status", self.STATUS_COLUMN), ("date", self.DATE_COLUMN))}
        try:
            plan, plan_name = self._read_plan(parameters, context, feedback)
            columns = plan_columns([str(c) for c in plan.columns], overrides)
        except InputError as error:
            raise QgsProcessingException(self.tr("{name}: {error}").format(
                name=self.parameterAsFile(parameters, self.INPUT, context) or self.tr("work plan"),
                error=error)) from error
        feedback.pushInfo(self.tr("{name}: id ← {id}, name ← {school}, region ← {a1}, district ← {a2}, "
                                  "status ← {status}, date ← {date}").format(
            name=plan_name, id=columns.school_id, school=columns.school_name, a1=columns.admin1, a2=columns.admin2,
            status=columns.status, date=columns.date))
        layer = reading.whole_layer(self, parameters, self.SCHOOLS, context)
        schools = reading.read_points(source, feedback, [*MATCH_INPUTS, *SCHOOL_MATCH_FIELDS], layer)
        if "school_id" not in schools:
            raise QgsProcessingException(self.tr("The schools have no school_id field (import them first)."))
        result = match_plan(plan, schools, columns, self.parameterAsDouble(parameters, self.MIN_SCORE, context))
        matched = result.schools
        columns_out = {name: _plain(matched[name], kind) for name, kind in SCHOOL_MATCH_FIELDS.items()}
        output_id = writing.write_with_columns(
            self, parameters, self.OUTPUT, context, source, layer,
            SCHOOL_MATCH_FIELDS, matched["source_fid"].to_numpy(), columns_out, feedback)
        unmatched_id = self._write_unmatched(parameters, context, result.unmatched)
        return {self.OUTPUT: output_id, self.UNMATCHED: unmatched_id, **self._report(result, feedback)}

    def _write_unmatched(self, parameters, context, unmatched: pd.DataFrame):
        from ...core.planning.pipeline_match import REPORT_FIELDS

        table = unmatched.copy()
        table.columns = [str(c) for c in table.columns]
        types = {column: str for column in table.columns if column not in REPORT_FIELDS}
        types.update(REPORT_FIELDS)
        return self.write_table(parameters, self.UNMATCHED, context, table, types)

    def _report(self, result, feedback) -> dict:
        report = result.report
        by_id = int((report["match_method"] == MatchMethod.ID.value).sum())
        by_name = int((report["match_method"] == MatchMethod.NAME.value).sum())
        unmatched = len(result.unmatched)
        feedback.pushInfo(self.tr("{rows} plan rows: {by_id} matched by id, {by_name} by name, {check} to check"
                                  ).format(rows=len(report), by_id=by_id, by_name=by_name, check=unmatched))
        for reason, count in result.unmatched["match_reason"].value_counts().items():
            feedback.pushWarning(self.tr("To check, {reason}: {count}").format(reason=reason, count=count))
        for status, count in result.schools["pipeline_status"].value_counts().items():
            if status:
                feedback.pushInfo(self.tr("Schools {status}: {count}").format(status=status, count=count))
        return {self.PLAN_ROWS: len(report), self.MATCHED_BY_ID: by_id, self.MATCHED_BY_NAME: by_name,
                self.UNMATCHED_COUNT: unmatched}


def _plain(series: pd.Series, kind: type) -> np.ndarray:
    """Column values as the field type expects; missing values become NULL."""
    import pandas as pd

    if kind is float:
        return pd.to_numeric(series, errors="coerce").to_numpy(float)
    return np.array([None if value is None or (isinstance(value, float) and pd.isna(value)) else kind(value)
                     for value in series.tolist()], dtype=object)
