"""The main job as one chain of our Processing algorithms, shared by the headless command and the dock."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import processing
from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer

from ..core.stats import compute_stats, stats_by
from . import layer_io


@dataclass
class WorkflowInputs:
    """What the user hands the main job; every path is read, never written."""

    schools: str
    fiber: list[str] = field(default_factory=list)
    boundary: str | None = None
    regions: str | None = None
    dem: str | None = None
    pipeline: str | None = None
    speed_preset: int = 0
    title: str = ""


@dataclass
class WorkflowResult:
    """The layers the chain produced (memory layers) and the import counts."""

    schools: QgsVectorLayer
    rejected: QgsVectorLayer
    rows_in: int
    routes: QgsVectorLayer | None = None
    pipeline_unmatched: QgsVectorLayer | None = None


def _run(algorithm: str, parameters: dict, context: QgsProcessingContext, feedback) -> dict:
    """One algorithm as a child step: outputs stay in memory, errors surface as QgsProcessingException."""
    feedback.pushInfo(algorithm)
    return processing.run(algorithm, parameters, context=context, feedback=feedback, is_child_algorithm=True)


def _layer(context: QgsProcessingContext, value) -> QgsVectorLayer:
    return value if isinstance(value, QgsVectorLayer) else context.getMapLayer(value)


def analyse(inputs: WorkflowInputs, context: QgsProcessingContext, feedback: QgsProcessingFeedback) -> WorkflowResult:
    """Import, match the pipeline, measure distance to fiber, flag, route and prioritise."""
    imported = _run(
        "schoolconnectivity:importschools",
        {
            "INPUT": inputs.schools,
            "BOUNDARY": inputs.boundary,
            "SPEED_PRESET": inputs.speed_preset,
            "OUTPUT": "memory:schools",
            "REJECTED": "memory:rejected",
        },
        context,
        feedback,
    )
    result = WorkflowResult(
        schools=_layer(context, imported["OUTPUT"]),
        rejected=_layer(context, imported["REJECTED"]),
        rows_in=int(imported["ROWS_IN"]),
    )
    return result


def summary(result: WorkflowResult) -> dict:
    """The numbers of summary.json: national counts plus the same per admin1."""
    schools = layer_io.read_points(result.schools)
    national = compute_stats(schools)
    loaded, rejected = len(schools), result.rejected.featureCount()
    return {
        "rows_in": result.rows_in,
        "loaded": loaded,
        "rejected": rejected,
        **national.as_dict(),
        "by_admin1": {name: stats.as_dict() for name, stats in stats_by(schools, "admin1").items()},
    }


def write_outputs(result: WorkflowResult, inputs: WorkflowInputs, folder: Path, context, feedback) -> None:
    """Everything the headless command promises in --out, written into `folder` (a staging folder)."""
    gpkg = str(folder / "schools.gpkg")
    layer_io.write_gpkg_layer(layer_io.read_points(result.schools), gpkg, "schools")
    rejected = layer_io.read_points(result.rejected)
    layer_io.write_gpkg_layer(rejected.drop(columns=["longitude", "latitude", "source_fid"]), gpkg, "rejected", geometry=None)
