"""The main job as one chain of our Processing algorithms, shared by the headless command and the dock."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import processing
from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProcessingUtils, QgsVectorLayer, QgsWkbTypes

from ..core.errors import InputError
from ..core.reporting.stats import STATS_FIELDS, compute_stats, stats_by
from .io import gpkg, reading


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
    """The layers the chain produced (GeoPackages in the work folder) and the import counts."""

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
    """A step's output (a layer id or a file path) as a layer held by the context."""
    return value if isinstance(value, QgsVectorLayer) else QgsProcessingUtils.mapLayerFromString(value, context)


def _is_point_layer(layer: QgsVectorLayer) -> bool:
    return QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.PointGeometry


#: Layer (and file) names of the steps' outputs, by output parameter: the names schools.gpkg's layers keep.
OUTPUT_LAYER_NAMES = {"OUTPUT": "schools", "REJECTED": "rejected", "UNMATCHED": "unmatched", "ROUTES": "routes",
                      "PHASES": "phases"}


class _Steps:
    """Each step's outputs as GeoPackages in a work folder (not memory layers: a national list of millions of
    schools must not be held once per step); a school file is deleted once the next step has replaced it."""

    def __init__(self, work: Path, context: QgsProcessingContext, feedback: QgsProcessingFeedback):
        self.work, self.context, self.feedback = work, context, feedback
        self.count = 0
        self.previous: QgsVectorLayer | None = None

    def run(self, algorithm: str, parameters: dict, outputs: tuple[str, ...]) -> dict:
        """Run one step with each named output in its own file, named (and so its layer named) by role."""
        self.count += 1
        folder = self.work / f"{self.count:02d}"
        folder.mkdir()
        for name in outputs:
            parameters[name] = str(folder / f"{OUTPUT_LAYER_NAMES[name]}.gpkg")
        results = _run(algorithm, parameters, self.context, self.feedback)
        gpkg.release_freed_memory()
        return results

    def schools(self, value) -> QgsVectorLayer:
        """The step's school layer; the one it replaces is dropped and its file removed."""
        layer = _layer(self.context, value)
        if self.previous is not None:
            path = self.previous.source().split("|")[0]
            self.context.temporaryLayerStore().removeMapLayer(self.previous.id())
            Path(path).unlink(missing_ok=True)
        self.previous = layer
        return layer


def analyse(inputs: WorkflowInputs, work: Path, context: QgsProcessingContext,
            feedback: QgsProcessingFeedback) -> WorkflowResult:
    """Import, match the pipeline, measure distance to fiber, flag, route and prioritise (files in `work`)."""
    steps = _Steps(work, context, feedback)
    fiber_layers = [reading.load_vector(path) for path in inputs.fiber]
    imported = steps.run("schoolconnectivity:importschools", {
        "INPUT": inputs.schools, "BOUNDARY": inputs.boundary, "SPEED_PRESET": inputs.speed_preset,
        "COLUMN_MAP": inputs.column_map}, ("OUTPUT", "REJECTED"))
    result = WorkflowResult(
        schools=steps.schools(imported["OUTPUT"]), rejected=_layer(context, imported["REJECTED"]),
        rows_in=int(imported["ROWS_IN"]), fiber_layers=fiber_layers,
        regions=reading.load_vector(inputs.regions) if inputs.regions else None,
    )
    if int(imported["LOADED"]) == 0:
        raise InputError(_nothing_loaded(result.rejected), path=inputs.schools)
    schools = result.schools
    if inputs.pipeline:
        matched = steps.run("schoolconnectivity:importpipeline", {"SCHOOLS": schools, "INPUT": inputs.pipeline},
                            ("OUTPUT", "UNMATCHED"))
        schools = steps.schools(matched["OUTPUT"])
        result.pipeline_unmatched = _layer(context, matched["UNMATCHED"])
    measured = steps.run("schoolconnectivity:distancetofiber", {"SCHOOLS": schools, "FIBER": fiber_layers},
                         ("OUTPUT",))
    flagged = steps.run("schoolconnectivity:flaghardtoconnect", {
        "SCHOOLS": steps.schools(measured["OUTPUT"]), "DEM": inputs.dem, "BOUNDARY": inputs.boundary}, ("OUTPUT",))
    schools = steps.schools(flagged["OUTPUT"])
    if fiber_layers:
        routed = steps.run("schoolconnectivity:fiberroutes", {"SCHOOLS": schools, "FIBER": fiber_layers},
                           ("OUTPUT", "ROUTES"))
        schools = steps.schools(routed["OUTPUT"])
        result.routes = _layer(context, routed["ROUTES"])
    prioritised = steps.run("schoolconnectivity:prioritize", {
        "SCHOOLS": schools, "FIBER_NODES": [layer for layer in fiber_layers if _is_point_layer(layer)],
        "DEM": inputs.dem}, ("OUTPUT", "PHASES"))
    result.schools = steps.schools(prioritised["OUTPUT"])
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
    schools = reading.read_attributes(result.schools, [*STATS_FIELDS, "recommended_technology"])
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
    table = reading.read_attributes(phases, [field.name() for field in phases.fields()])
    return table.drop(columns=["source_fid"]).to_dict(orient="records")


def write_outputs(result: WorkflowResult, inputs: WorkflowInputs, folder: Path, context, feedback) -> None:
    """Everything the headless command promises in --out, written into `folder` (a staging folder)."""
    package_path = str(folder / OUTPUT_FILES["gpkg"])
    _run("native:package", {
        "LAYERS": [layer for layer in (result.schools, result.rejected, result.routes, result.pipeline_unmatched)
                   if layer is not None],
        "OUTPUT": package_path, "OVERWRITE": True, "SAVE_STYLES": False,
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
