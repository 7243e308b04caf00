"""The main job as data: which of our algorithms run, in what order, and with which parameters from the user's
inputs and settings. One definition for all: the dock runs it a stage at a time in the background, the headless
command and `schoolconnectivity:runall` run it whole (`processing.job`)."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsProcessingAlgorithm,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterRasterDestination,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..settings import PluginSettings

PROVIDER = "schoolconnectivity"


class Stage(str, Enum):
    """A part of the job a planner runs on its own (one dock button each)."""

    IMPORT = "import"
    PIPELINE = "pipeline"
    ANALYSIS = "analysis"
    PRIORITISE = "prioritise"
    EXPORT = "export"
    FIELD = "field"


#: The algorithms of each stage, in order; the school output of one feeds the next.
STAGE_ALGORITHMS: dict[Stage, tuple[str, ...]] = {
    Stage.IMPORT: (f"{PROVIDER}:importschools",),
    Stage.PIPELINE: (f"{PROVIDER}:importpipeline",),
    Stage.ANALYSIS: (f"{PROVIDER}:distancetofiber", f"{PROVIDER}:fiberroutes", f"{PROVIDER}:flaghardtoconnect"),
    Stage.PRIORITISE: (f"{PROVIDER}:prioritize",),
    Stage.EXPORT: (f"{PROVIDER}:exportplanningmaps",),
    Stage.FIELD: (f"{PROVIDER}:mergefieldsurvey",),
}
#: The stages of the whole job that analyse (the pipeline runs only when a work plan is given).
ANALYSIS_STAGES = (Stage.IMPORT, Stage.PIPELINE, Stage.ANALYSIS, Stage.PRIORITISE)

#: Parameter names that take the school layer (the first an algorithm defines is used; a layer goes to INPUT_LAYER).
SCHOOL_PARAMETERS = ("SCHOOLS", "INPUT")
#: The output that carries the schools on to the next algorithm.
SCHOOL_OUTPUT = "OUTPUT"
#: Algorithm parameters filled from the user's settings, when the algorithm defines them.
SETTING_PARAMETERS = {
    "SPEED_PRESET": "speed_preset",
    "GOOD_MBPS": "good_threshold_mbps",
    "BAD_MBPS": "bad_threshold_mbps",
    "MAX_ELEVATION_M": "elevation_threshold_m",
    "MAX_LINK_M": "max_fiber_distance_m",
    "COST_PRESET": "cost_preset_index",
    "COST_OVERRIDES": "cost_overrides",
    "BUDGET_PER_PHASE_USD": "budget_per_phase_usd",
    "KM_PER_PHASE": "km_per_phase",
    "OBJECTIVE": "objective",
    "PRESET": "colour_preset_index",
    "SOURCES": "map_sources",
}
#: Inputs a later step's output replaces once it exists: the plan's routes carry the phase that builds them.
LATER_OUTPUTS = {"ROUTES": "PLANNED_ROUTES"}
#: Inputs a step is not given once an earlier step has measured them, by algorithm: (input, the earlier step's count
#: of what it measured on). fiberroutes then reads each school's nearest fiber from distancetofiber's output instead
#: of measuring it a second time; when nothing was measured (no usable fiber) it is given the fiber, and stops with
#: its own error naming the files.
MEASURED_EARLIER = {"fiberroutes": ("FIBER", "SEGMENTS")}
#: File names of the sink outputs, by output parameter (a GeoPackage's layer takes its file's name).
OUTPUT_NAMES = {"OUTPUT": "schools", "REJECTED": "rejected", "UNMATCHED": "unmatched", "ROUTES": "routes",
                "PHASES": "phases", "CLUSTERS": "clusters", "PLANNED_ROUTES": "planned_routes",
                "OUTPUT_CHANGES": "field_changes", "OUTPUT_CONFLICTS": "field_conflicts"}


@dataclass
class WorkflowInputs:
    """What the user hands the job: a school list (file or layer), context layers (paths or layers; only read, never
    written) and the settings every step takes its defaults from."""

    schools: object
    fiber: list = field(default_factory=list)
    boundary: object = None
    regions: object = None
    dem: object = None
    pipeline: str | None = None
    title: str = ""
    column_map: str = ""
    #: The sheet or layer of the school file that holds the list ("" = found by the import).
    sheet: str = ""
    settings: PluginSettings = field(default_factory=PluginSettings)
    #: Field packages brought back from the field, to merge into the schools.
    packages: list = field(default_factory=list)

    def context_parameters(self) -> dict:
        """Parameter name -> value for the context layers, as our algorithms name them."""
        nodes = [layer for layer in self.fiber if isinstance(layer, QgsVectorLayer)
                 and layer.geometryType() == QgsWkbTypes.PointGeometry]
        return {"FIBER": self.fiber or None, "FIBER_NODES": nodes or None, "BOUNDARY": self.boundary,
                "REGIONS": self.regions, "DEM": self.dem, "TITLE": self.title or None,
                "COLUMN_MAP": self.column_map or None, "SHEET": self.sheet or None,
                "PACKAGES": self.packages or None}


def missing_algorithms(stage: Stage) -> list[str]:
    """Ids of the stage's algorithms that are not registered (the stage is then refused with a message)."""
    registry = QgsApplication.processingRegistry()
    return [alg_id for alg_id in STAGE_ALGORITHMS[stage] if registry.algorithmById(alg_id) is None]


def parameters(algorithm: QgsProcessingAlgorithm, inputs: WorkflowInputs, schools, previous: dict) -> dict:
    """An algorithm's parameters (its destinations apart): the schools, the context layers the algorithm takes,
    the user's settings, then outputs of earlier steps (routes, rejects, a progress chart...)."""
    names = {definition.name() for definition in algorithm.parameterDefinitions()}
    values: dict = {}
    school_name = next((name for name in SCHOOL_PARAMETERS if name in names), None)
    if school_name == "INPUT" and isinstance(schools, QgsVectorLayer) and "INPUT_LAYER" in names:
        school_name = "INPUT_LAYER"
    if school_name:
        values[school_name] = schools
    available = {**inputs.context_parameters(), "INPUT": inputs.pipeline} if school_name == "SCHOOLS" else \
        inputs.context_parameters()
    for name, value in available.items():
        if name in names and name not in values and value is not None:
            values[name] = value
    for name, attribute in SETTING_PARAMETERS.items():
        if name in names:
            values[name] = getattr(inputs.settings, attribute)
    for name, value in previous.items():
        if name in names and name not in values and name != SCHOOL_OUTPUT:
            values[name] = value
    for name, better in LATER_OUTPUTS.items():
        if name in names and previous.get(better):
            values[name] = previous[better]
    measured, count = MEASURED_EARLIER.get(algorithm.name(), (None, None))
    if measured and previous.get(count):
        values.pop(measured, None)
    return values


def destinations(algorithm: QgsProcessingAlgorithm, folder: Path) -> dict:
    """Every output the algorithm creates by default, as a file in `folder` (one folder per step: a cancelled or
    failed run removes all of it)."""
    values = {}
    for definition in algorithm.destinationParameterDefinitions():
        target = _destination(definition, folder)
        if target is not None:
            values[definition.name()] = target
    return values


def _destination(definition: QgsProcessingParameterDefinition, folder: Path) -> str | None:
    optional = bool(definition.flags() & QgsProcessingParameterDefinition.FlagOptional)
    if optional and not definition.createByDefault():
        return None
    stem = OUTPUT_NAMES.get(definition.name(), definition.name().lower())
    if isinstance(definition, QgsProcessingParameterFolderDestination):
        return str(folder / stem)
    if isinstance(definition, QgsProcessingParameterRasterDestination):
        return str(folder / f"{stem}.tif")
    if isinstance(definition, QgsProcessingParameterFileDestination):
        return str(folder / f"{stem}.{definition.defaultFileExtension() or 'dat'}")
    if isinstance(definition, QgsProcessingParameterFeatureSink) or definition.isDestination():
        return str(folder / f"{stem}.gpkg")
    return None
