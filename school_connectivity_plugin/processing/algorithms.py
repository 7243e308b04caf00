"""The provider's algorithm list: one class per module, registered here in menu order."""
from __future__ import annotations

from .alg_distance_to_fiber import DistanceToFiberAlgorithm
from .alg_export_planning_maps import ExportPlanningMapsAlgorithm
from .alg_export_tables import ExportTablesAlgorithm
from .alg_fiber_routes import FiberRoutesAlgorithm
from .alg_flag_hard_to_connect import FlagHardToConnectAlgorithm
from .alg_import_pipeline import ImportPipelineAlgorithm
from .alg_import_schools import ImportSchoolsAlgorithm
from .alg_package_for_field import PackageForFieldAlgorithm
from .alg_prioritize import PrioritizeAlgorithm

ALGORITHMS: list = [
    ImportSchoolsAlgorithm,
    ImportPipelineAlgorithm,
    DistanceToFiberAlgorithm,
    FlagHardToConnectAlgorithm,
    FiberRoutesAlgorithm,
    PrioritizeAlgorithm,
    ExportPlanningMapsAlgorithm,
    PackageForFieldAlgorithm,
    ExportTablesAlgorithm,
]
