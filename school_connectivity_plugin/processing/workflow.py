"""The main job as one chain of our Processing algorithms, shared by the headless command and the dock."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import processing
from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer, QgsWkbTypes

from ..core.errors import InputError
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
    column_map: str = ""


@dataclass
class WorkflowResult:
    """The layers the chain produced (memory layers) and the import counts."""

    schools: QgsVectorLayer
    rejected: QgsVectorLayer
    rows_in: int
    routes: QgsVectorLayer | None = None
    pipeline_unmatched: QgsVectorLayer | None = None
    fiber_layers: list[QgsVectorLayer] = field(default_factory=list)
    regions: QgsVectorLayer | None = None
    phases: QgsVectorLayer | None = None


#: Files the headless command writes (the --out contract), by role.
OUTPUT_FILES = {
    "gpkg": "schools.gpkg",
    "summary": "summary.json",
    "pdf": "planning_map.pdf",
    "png": "planning_map.png",
    "field_package": "field_package.gpkg",
    "priority": "priority.csv",
    "hard": "hard_to_connect.csv",
}


def _run(algorithm: str, parameters: dict, context: QgsProcessingContext, feedback) -> dict:
    """One algorithm as a child step: outputs stay in the context, errors surface as QgsProcessingException."""
    feedback.setProgressText(algorithm)
    return processing.run(algorithm, parameters, context=context, feedback=feedback, is_child_algorithm=True)


def _layer(context: QgsProcessingContext, value) -> QgsVectorLayer:
    return value if isinstance(value, QgsVectorLayer) else context.getMapLayer(value)


def _is_point_layer(layer: QgsVectorLayer) -> bool:
    return QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.PointGeometry


def analyse(inputs: WorkflowInputs, context: QgsProcessingContext, feedback: QgsProcessingFeedback) -> WorkflowResult:
    """Import, match the pipeline, measure distance to fiber, flag, route and prioritise."""
    fiber_layers = [layer_io.load_vector(path) for path in inputs.fiber]
    imported = _run("schoolconnectivity:importschools", {
        "INPUT": inputs.schools, "BOUNDARY": inputs.boundary, "SPEED_PRESET": inputs.speed_preset,
        "COLUMN_MAP": inputs.column_map,
        "OUTPUT": "memory:schools", "REJECTED": "memory:rejected",
    }, context, feedback)
    result = WorkflowResult(
        schools=_layer(context, imported["OUTPUT"]), rejected=_layer(context, imported["REJECTED"]),
        rows_in=int(imported["ROWS_IN"]), fiber_layers=fiber_layers,
        regions=layer_io.load_vector(inputs.regions) if inputs.regions else None,
    )
    if int(imported["LOADED"]) == 0:
        raise InputError(_nothing_loaded(result.rejected), path=inputs.schools)
    schools = result.schools
    if inputs.pipeline:
        matched = _run("schoolconnectivity:importpipeline", {
            "SCHOOLS": schools, "INPUT": inputs.pipeline, "OUTPUT": "memory:schools", "UNMATCHED": "memory:unmatched",
        }, context, feedback)
        schools = _layer(context, matched["OUTPUT"])
        result.pipeline_unmatched = _layer(context, matched["UNMATCHED"])
    measured = _run("schoolconnectivity:distancetofiber", {
        "SCHOOLS": schools, "FIBER": fiber_layers, "OUTPUT": "memory:schools",
    }, context, feedback)
    flagged = _run("schoolconnectivity:flaghardtoconnect", {
        "SCHOOLS": _layer(context, measured["OUTPUT"]), "DEM": inputs.dem, "BOUNDARY": inputs.boundary,
        "OUTPUT": "memory:schools",
    }, context, feedback)
    schools = _layer(context, flagged["OUTPUT"])
    if fiber_layers:
        routed = _run("schoolconnectivity:fiberroutes", {
            "SCHOOLS": schools, "FIBER": fiber_layers, "OUTPUT": "memory:schools", "ROUTES": "memory:routes",
        }, context, feedback)
        schools = _layer(context, routed["OUTPUT"])
        result.routes = _layer(context, routed["ROUTES"])
    prioritised = _run("schoolconnectivity:prioritize", {
        "SCHOOLS": schools, "FIBER_NODES": [layer for layer in fiber_layers if _is_point_layer(layer)],
        "DEM": inputs.dem, "OUTPUT": "memory:schools", "PHASES": "memory:phases",
    }, context, feedback)
    result.schools = _layer(context, prioritised["OUTPUT"])
    result.phases = _layer(context, prioritised["PHASES"])
    return result


def _nothing_loaded(rejected: QgsVectorLayer) -> str:
    """Why a run cannot go on: no school could be placed, with the first rejected row's reason."""
    first = next(rejected.getFeatures(), None)
    if first is None:
        return "the file holds no school rows"
    return "no school could be placed ({count} rows rejected; first, row {row}: {reason})".format(
        count=rejected.featureCount(), row=first["source_row"], reason=first["reason"])


def summary(result: WorkflowResult) -> dict:
    """The numbers of summary.json: national counts plus the same per admin1."""
    schools = layer_io.read_attributes(result.schools, [field.name() for field in result.schools.fields()])
    national = compute_stats(schools)
    return {
        "rows_in": result.rows_in,
        "loaded": len(schools),
        "rejected": result.rejected.featureCount(),
        **national.as_dict(),
        "by_admin1": {name: stats.as_dict() for name, stats in stats_by(schools, "admin1").items()},
        "technologies": schools["recommended_technology"].replace("", None).dropna().value_counts().to_dict()
        if "recommended_technology" in schools else {},
        "phases": _phase_rows(result.phases),
    }


def _phase_rows(phases: QgsVectorLayer | None) -> list[dict]:
    """The budget phases' totals (schools, students, fiber km, USD), in phase order."""
    if phases is None:
        return []
    table = layer_io.read_attributes(phases, [field.name() for field in phases.fields()])
    return table.drop(columns=["source_fid"]).to_dict(orient="records")


def write_outputs(result: WorkflowResult, inputs: WorkflowInputs, folder: Path, context, feedback) -> None:
    """Everything the headless command promises in --out, written into `folder` (a staging folder)."""
    gpkg = str(folder / OUTPUT_FILES["gpkg"])
    _run("native:package", {
        "LAYERS": [layer for layer in (result.schools, result.rejected, result.routes, result.pipeline_unmatched)
                   if layer is not None],
        "OUTPUT": gpkg, "OVERWRITE": True, "SAVE_STYLES": False,
    }, context, feedback)
    _run("schoolconnectivity:exportplanningmaps", {
        "SCHOOLS": result.schools, "FIBER": result.fiber_layers, "ROUTES": result.routes, "REGIONS": result.regions,
        **({"TITLE": inputs.title} if inputs.title else {}),
        "OUTPUT_PDF": str(folder / OUTPUT_FILES["pdf"]), "OUTPUT_PNG": str(folder / OUTPUT_FILES["png"]),
    }, context, feedback)
    _run("schoolconnectivity:packageforfield", {
        "SCHOOLS": result.schools, "FIBER": result.fiber_layers, "ROUTES": result.routes, "REGIONS": result.regions,
        "REJECTED": result.rejected, "OUTPUT": str(folder / OUTPUT_FILES["field_package"]),
    }, context, feedback)
    _run("schoolconnectivity:exporttables", {
        "SCHOOLS": result.schools, "OUTPUT_PRIORITY": str(folder / OUTPUT_FILES["priority"]),
        "OUTPUT_HARD": str(folder / OUTPUT_FILES["hard"]),
    }, context, feedback)
