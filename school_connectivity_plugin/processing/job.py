"""The whole job in one process, for the headless command and `schoolconnectivity:runall`: every analysis stage of
`workflow`, each step's outputs as GeoPackages in a work folder (not memory layers: a national list of millions of
schools must not be held once per step), then the files of the output contract and their summary."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import processing
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingUtils,
    QgsVectorLayer,
)

from ..core.definitions.schema import PipelineStatus
from ..core.errors import InputError
from ..core.planning.roles import committed_mask
from ..core.reporting.area_stats import STATS_FIELDS
from ..core.reporting.stats import compute_stats, stats_by
from . import workflow
from .io import gpkg, gpkg_copy, reading
from .workflow import ANALYSIS_STAGES, SCHOOL_OUTPUT, STAGE_ALGORITHMS, Stage, WorkflowInputs

#: Files the job writes (the --out contract of the headless command), by role.
OUTPUT_FILES = {
    "gpkg": "schools.gpkg",
    "summary": "summary.json",
    "pdf": "planning_map.pdf",
    "png": "planning_map.png",
    "field_package": "field_package.gpkg",
    "priority": "priority.csv",
    "hard": "hard_to_connect.csv",
    "clusters": "clusters.csv",
    "phases": "phases.csv",
}
#: The progress line of gathering the result layers into schools.gpkg (table by table, by SQL).
PACKAGE_STEP = "package: schools.gpkg"
#: Layers of schools.gpkg besides the schools: each step output that holds them, by the name it gets there.
PACKAGE_LAYERS = {"rejected": "REJECTED", "routes": "PLANNED_ROUTES", "clusters": "CLUSTERS", "phases": "PHASES",
                  "unmatched": "UNMATCHED"}


@dataclass
class JobResult:
    """The layers the analysis produced (GeoPackages in the work folder) and the import counts."""

    schools: QgsVectorLayer
    rejected: QgsVectorLayer
    rows_in: int
    fiber_layers: list[QgsVectorLayer] = field(default_factory=list)
    regions: QgsVectorLayer | None = None
    outputs: dict = field(default_factory=dict)

    def layer(self, key: str, context: QgsProcessingContext) -> QgsVectorLayer | None:
        """An earlier step's output (ROUTES, PHASES, UNMATCHED...) as a layer, None when no step wrote it."""
        value = self.outputs.get(key)
        return _layer(context, value) if value else None


def _layer(context: QgsProcessingContext, value) -> QgsVectorLayer:
    """A step's output (a layer id or a file path) as a layer held by the context."""
    return value if isinstance(value, QgsVectorLayer) else QgsProcessingUtils.mapLayerFromString(value, context)


def _loaded(value):
    """A context layer given as a path, opened (fiber must be a layer to tell lines from nodes); layers as they are."""
    return reading.load_vector(value) if isinstance(value, str) and not value.lower().endswith(".tif") else value


def analyse(inputs: WorkflowInputs, work: Path, context: QgsProcessingContext,
            feedback: QgsProcessingFeedback) -> JobResult:
    """Run every analysis stage (the pipeline only with a work plan) with each step's files in `work`."""
    inputs.fiber = [_loaded(path) for path in inputs.fiber]
    inputs.regions = _loaded(inputs.regions) if inputs.regions else None
    registry = QgsApplication.processingRegistry()
    schools, previous, count = inputs.schools, {}, 0
    result = None
    for stage in ANALYSIS_STAGES:
        if stage is Stage.PIPELINE and not inputs.pipeline:
            continue
        for alg_id in STAGE_ALGORITHMS[stage]:
            count += 1
            algorithm = registry.createAlgorithmById(alg_id)
            folder = work / f"{count:02d}_{algorithm.name()}"
            folder.mkdir()
            parameters = {**workflow.parameters(algorithm, inputs, schools, previous),
                          **workflow.destinations(algorithm, folder)}
            feedback.setProgressText(alg_id)
            outputs = processing.run(alg_id, parameters, context=context, feedback=feedback,
                                     is_child_algorithm=True)
            gpkg.release_freed_memory()
            previous.update(outputs)
            replaced, schools = schools, _layer(context, outputs[SCHOOL_OUTPUT])
            if isinstance(replaced, QgsVectorLayer):  # the step before's schools are not needed any more
                path = replaced.source().split("|")[0]
                context.temporaryLayerStore().removeMapLayer(replaced.id())
                Path(path).unlink(missing_ok=True)
            if stage is Stage.IMPORT:
                result = JobResult(schools=schools, rejected=_layer(context, outputs["REJECTED"]),
                                   rows_in=int(outputs["ROWS_IN"]), fiber_layers=inputs.fiber, regions=inputs.regions)
                if int(outputs["LOADED"]) == 0:
                    raise InputError(_nothing_loaded(result.rejected), path=str(inputs.schools))
    result.schools = schools
    result.outputs = previous
    return result


def _nothing_loaded(rejected: QgsVectorLayer) -> str:
    """Why a run cannot go on: no school could be placed, with the first rejected row's reason."""
    table = reading.read_attributes(rejected, ["source_row", "reason"])
    if table.empty:
        return "the file holds no school rows"
    first = table.sort_values("source_row", kind="stable").iloc[0]
    return "no school could be placed ({count} rows rejected; first, row {row}: {reason})".format(
        count=len(table), row=int(first["source_row"]), reason=first["reason"])


def write_outputs(result: JobResult, inputs: WorkflowInputs, folder: Path, context, feedback) -> None:
    """Every file of the output contract, written into `folder` (a staging folder)."""
    routes = result.layer("PLANNED_ROUTES", context) or result.layer("ROUTES", context)
    layers = {"SCHOOLS": result.schools, "FIBER": result.fiber_layers, "ROUTES": routes, "REGIONS": result.regions,
              "REJECTED": result.rejected, "CLUSTERS": result.layer("CLUSTERS", context),
              "PHASES": result.layer("PHASES", context)}
    feedback.setProgressText(PACKAGE_STEP)
    try:
        for position, layer in enumerate(_package_layers(result, routes, context)):
            gpkg_copy.copy_layer(layer, folder / OUTPUT_FILES["gpkg"], layer.name(), new_file=position == 0)
    except OSError as error:
        raise QgsProcessingException(str(error)) from error
    _run(f"{workflow.PROVIDER}:exportplanningmaps", {
        **_given(layers, "SCHOOLS", "FIBER", "ROUTES", "REGIONS", "CLUSTERS", "PHASES"),
        **({"TITLE": inputs.title} if inputs.title else {}),
        "OUTPUT_PDF": str(folder / OUTPUT_FILES["pdf"]), "OUTPUT_PNG": str(folder / OUTPUT_FILES["png"]),
    }, context, feedback)
    _run(f"{workflow.PROVIDER}:packageforfield", {
        **_given(layers, "SCHOOLS", "FIBER", "ROUTES", "REGIONS", "REJECTED"),
        "OUTPUT": str(folder / OUTPUT_FILES["field_package"]),
    }, context, feedback)
    _run(f"{workflow.PROVIDER}:exporttables", {
        **_given(layers, "SCHOOLS", "CLUSTERS", "PHASES"),
        "OUTPUT_PRIORITY": str(folder / OUTPUT_FILES["priority"]), "OUTPUT_HARD": str(folder / OUTPUT_FILES["hard"]),
        **({"OUTPUT_CLUSTERS": str(folder / OUTPUT_FILES["clusters"])} if layers["CLUSTERS"] else {}),
        **({"OUTPUT_PHASES": str(folder / OUTPUT_FILES["phases"])} if layers["PHASES"] else {}),
    }, context, feedback)
    summary = job_summary(result, context)
    (folder / OUTPUT_FILES["summary"]).write_text(json.dumps(summary, indent=2, ensure_ascii=False),
                                                  encoding="utf-8")


def _package_layers(result: JobResult, routes, context) -> list[QgsVectorLayer]:
    """The layers of schools.gpkg, each named as the output contract names it."""
    found = {"schools": result.schools, "rejected": result.rejected, "routes": routes,
             **{name: result.layer(key, context) for name, key in PACKAGE_LAYERS.items()
                if name not in ("rejected", "routes")}}
    layers = []
    for name in ("schools", *PACKAGE_LAYERS):
        layer = found.get(name)
        if layer is not None:
            layer.setName(name)
            layers.append(layer)
    return layers


def _given(layers: dict, *names: str) -> dict:
    return {name: layers[name] for name in names if layers[name] is not None}


def _run(algorithm: str, parameters: dict, context: QgsProcessingContext, feedback) -> dict:
    """One output algorithm as a child step: its errors surface as QgsProcessingException."""
    feedback.setProgressText(algorithm)
    return processing.run(algorithm, parameters, context=context, feedback=feedback, is_child_algorithm=True)


def job_summary(result: JobResult, context: QgsProcessingContext) -> dict:
    """The numbers of summary.json: national counts plus the same per admin1, the work plan's reconciliation and the
    plan's technologies, clusters and phases."""
    schools = reading.read_attributes(result.schools, [*STATS_FIELDS, "recommended_technology"])
    national = compute_stats(schools)
    phases = _phase_rows(result.layer("PHASES", context))
    return {
        "rows_in": result.rows_in,
        "loaded": len(schools),
        "rejected": result.rejected.featureCount(),
        **national.as_dict(),
        "by_admin1": {name: stats.as_dict() for name, stats in stats_by(schools, "admin1").items()},
        "pipeline": _pipeline_block(result.outputs, schools),
        "technologies": schools["recommended_technology"].replace("", None).dropna().value_counts().sort_index()
        .to_dict() if "recommended_technology" in schools else {},
        "plan": _plan_block(result.outputs, phases),
        "break_even_fiber_km": _rounded(_number(result.outputs, "BREAK_EVEN_KM"), 3),
        "phases": phases,
    }


def _number(outputs: dict, key: str) -> float | None:
    value = outputs.get(key)
    return None if value is None else float(value)


def _rounded(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def _pipeline_block(outputs: dict, schools) -> dict | None:
    """How the operator's plan rows reconcile: matched by id or by name, unmatched, and the matched schools still
    pending (planned, contracted, in progress) or already connected by the plan."""
    if "PLAN_ROWS" not in outputs:
        return None
    status = schools["pipeline_status"].fillna("").astype(str) if "pipeline_status" in schools else None
    pending = int(committed_mask(schools).sum()) if status is not None else 0
    connected = int((status == PipelineStatus.CONNECTED.value).sum()) if status is not None else 0
    return {"rows": int(outputs["PLAN_ROWS"]), "matched_by_id": int(outputs["MATCHED_BY_ID"]),
            "matched_by_name": int(outputs["MATCHED_BY_NAME"]), "unmatched": int(outputs["UNMATCHED_COUNT"]),
            "pending": pending, "connected_by_plan": connected,
            "by_status": {name: int(count) for name, count in status[status != ""].value_counts().sort_index().items()}
            if status is not None else {}}


def _plan_block(outputs: dict, phases: list[dict]) -> dict | None:
    """The plan's totals: schools to connect and phased, clusters, km of new fiber, CAPEX and yearly OPEX."""
    if "TARGETS" not in outputs:
        return None
    built = [phase for phase in phases if phase["phase"] > 0]
    return {"cost_model": outputs.get("COST_MODEL", ""), "targets": int(outputs["TARGETS"]),
            "phased": int(outputs["PHASED"]), "phases": int(outputs["PHASE_COUNT"]),
            "clusters": int(outputs.get("CLUSTER_COUNT", 0)),
            "fiber_km": round(sum(phase["fiber_km"] for phase in built), 3),
            "capex_usd": round(sum(phase["capex_usd"] for phase in built), 2),
            "opex_usd_year": round(sum(phase["opex_usd_year"] for phase in built), 2)}


def _phase_rows(phases: QgsVectorLayer | None) -> list[dict]:
    """The construction phases' totals (schools, students, km of new fiber, CAPEX, yearly OPEX, cumulative), in
    phase order; phase 0 holds the schools no phase could take."""
    if phases is None:
        return []
    table = reading.read_table(phases).sort_values("phase", kind="stable")
    return [{name: (int(value) if name in ("phase", "schools", "cumulative_schools") else float(value))
             for name, value in row.items()} for row in table.to_dict(orient="records")]
