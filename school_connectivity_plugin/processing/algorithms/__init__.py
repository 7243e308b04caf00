"""The provider's algorithm list: one class per module, registered here in menu order."""
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
