"""The provider's algorithm list: one class per module, registered here in menu order.

QGIS loads the provider (and defines every algorithm, its parameters and their defaults) each time it or
`qgis_process` starts, so an algorithm module imports at its top only what defines it: qgis, core.definitions and
the small tables of core. What runs it (io, maps, pandas, scipy, pyproj) is imported in the methods that run it."""
from __future__ import annotations

from .distance_to_fiber import DistanceToFiberAlgorithm
from .export_planning_maps import ExportPlanningMapsAlgorithm
from .export_tables import ExportTablesAlgorithm
from .fiber_routes import FiberRoutesAlgorithm
from .flag_hard_to_connect import FlagHardToConnectAlgorithm
from .import_pipeline import ImportPipelineAlgorithm
from .import_schools import ImportSchoolsAlgorithm
from .merge_field_survey import MergeFieldSurveyAlgorithm
from .package_for_field import PackageForFieldAlgorithm
from .prioritize import PrioritizeAlgorithm
from .run_all import RunAllAlgorithm

ALGORITHMS: list = [
    ImportSchoolsAlgorithm,
    ImportPipelineAlgorithm,
    DistanceToFiberAlgorithm,
    FlagHardToConnectAlgorithm,
    FiberRoutesAlgorithm,
    PrioritizeAlgorithm,
    ExportPlanningMapsAlgorithm,
    PackageForFieldAlgorithm,
    MergeFieldSurveyAlgorithm,
    ExportTablesAlgorithm,
    RunAllAlgorithm,
]
