"""Regenerate resources/models/school_connectivity_plan.model3: the main job as one Graphical Modeler model.

Run: /usr/bin/python3 tools/make_model.py [OUTPUT.model3]. The model is built from the tables below with
QgsProcessingModelAlgorithm, so the file is reproducible; open it in Processing > Graphical Modeler.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_HASH_SEED"] = "0"  # Qt writes XML attributes in hash order: fix it so the file is reproducible
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qgis.core import (
    QgsProcessing,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterFile,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorLayer,
)
from qgis.PyQt.QtCore import QPointF

from school_connectivity_plugin import paths
from school_connectivity_plugin.qgis_runtime import start_qgis

PROVIDER = "schoolconnectivity"
MODEL_NAME = "school_connectivity_plan"
MODEL_PATH = paths.RESOURCES / "models" / f"{MODEL_NAME}.model3"
DESCRIPTION = (
    "The main job in one run: import the school list, measure geodesic distance to fiber, route the "
    "schools to fiber over shared links, flag hard-to-connect schools, plan technology, clusters and "
    "construction phases for the schools still to connect, and export the planning map (PDF with the "
    "construction plan, one page per region when regions are given, and the national page as PNG)."
)
#: Canvas layout of the Modeler: inputs in a row on top, steps in a column below.
INPUT_ROW_Y, STEP_X, STEP_Y0, STEP_DY, INPUT_DX = 60.0, 420.0, 200.0, 130.0, 190.0


def model_inputs() -> list:
    """The model's inputs, in the order the Modeler's run dialog shows them."""
    return [
        QgsProcessingParameterFile("schools", "School list (CSV, XLSX, GeoJSON, GeoPackage, Shapefile)"),
        QgsProcessingParameterVectorLayer("fiber_lines", "Fiber lines", [QgsProcessing.TypeVectorLine]),
        QgsProcessingParameterVectorLayer("fiber_nodes", "Fiber nodes", [QgsProcessing.TypeVectorPoint]),
        QgsProcessingParameterVectorLayer("boundary", "Country boundary", [QgsProcessing.TypeVectorPolygon],
                                          optional=True),
        QgsProcessingParameterRasterLayer("dem", "Elevation model (DEM)", optional=True),
        QgsProcessingParameterVectorLayer("regions", "Regions (one map page each)",
                                          [QgsProcessing.TypeVectorPolygon], optional=True),
    ]


def model(name: str) -> QgsProcessingModelChildParameterSource:
    return QgsProcessingModelChildParameterSource.fromModelParameter(name)


def static(value) -> QgsProcessingModelChildParameterSource:
    return QgsProcessingModelChildParameterSource.fromStaticValue(value)


def child(child_id: str, output: str = "OUTPUT") -> QgsProcessingModelChildParameterSource:
    return QgsProcessingModelChildParameterSource.fromChildOutput(child_id, output)


@dataclass
class Step:
    """One algorithm of the chain: where each parameter comes from and which outputs the model exposes."""

    child_id: str
    algorithm: str
    sources: dict[str, list]
    outputs: dict[str, tuple[str, str]] = field(default_factory=dict)


STEPS = (
    Step("import", "importschools", {"INPUT": [model("schools")], "BOUNDARY": [model("boundary")]},
         {"REJECTED": ("rejected_rows", "Rejected rows")}),
    Step("distance", "distancetofiber", {"SCHOOLS": [child("import")],
                                         "FIBER": [model("fiber_lines"), model("fiber_nodes")]}),
    Step("routes", "fiberroutes", {"SCHOOLS": [child("distance")],
                                   "FIBER": [model("fiber_lines"), model("fiber_nodes")]}),
    Step("flag", "flaghardtoconnect", {"SCHOOLS": [child("routes")], "DEM": [model("dem")],
                                       "BOUNDARY": [model("boundary")]}),
    Step("prioritise", "prioritize", {"SCHOOLS": [child("flag")], "ROUTES": [child("routes", "ROUTES")],
                                      "FIBER_NODES": [model("fiber_nodes")], "DEM": [model("dem")]},
         {"OUTPUT": ("prioritised_schools", "Planned schools"), "PHASES": ("phases", "Construction phases"),
          "CLUSTERS": ("clusters", "Clusters"), "PLANNED_ROUTES": ("planned_routes", "Planned routes by phase")}),
    Step("export", "exportplanningmaps", {"SCHOOLS": [child("prioritise")], "FIBER": [model("fiber_lines")],
                                          "REGIONS": [model("regions")],
                                          "ROUTES": [child("prioritise", "PLANNED_ROUTES")],
                                          "PHASES": [child("prioritise", "PHASES")],
                                          "CLUSTERS": [child("prioritise", "CLUSTERS")]},
         {"OUTPUT_PDF": ("planning_map_pdf", "Planning map (PDF)"),
          "OUTPUT_PNG": ("planning_map_png", "National page (PNG)")}),
)


def build_model() -> QgsProcessingModelAlgorithm:
    """The chain of STEPS as a model; every algorithm must be registered (the provider is loaded)."""
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    algorithm = QgsProcessingModelAlgorithm(MODEL_NAME, "School Connectivity")
    algorithm.setHelpContent({"ALG_DESC": DESCRIPTION, "ALG_CREATOR": "School Connectivity developers"})
    for index, parameter in enumerate(model_inputs()):
        component = QgsProcessingModelParameter(parameter.name())
        component.setPosition(QPointF(120.0 + index * INPUT_DX, INPUT_ROW_Y))
        algorithm.addModelParameter(parameter, component)
    for index, step in enumerate(STEPS):
        alg_id = f"{PROVIDER}:{step.algorithm}"
        if registry.algorithmById(alg_id) is None:
            raise SystemExit(f"{alg_id} is not registered: cannot build the model")
        component = QgsProcessingModelChildAlgorithm(alg_id)
        component.setChildId(step.child_id)
        component.setDescription(registry.algorithmById(alg_id).displayName())
        component.setPosition(QPointF(STEP_X, STEP_Y0 + index * STEP_DY))
        for name, sources in step.sources.items():
            component.addParameterSources(name, sources)
        for definition in registry.algorithmById(alg_id).parameterDefinitions():
            if definition.name() not in step.sources and not definition.isDestination():
                # as the Modeler's dialog does: every other parameter holds its default explicitly
                component.addParameterSources(definition.name(), [static(definition.defaultValue())])
        outputs = {}
        for child_output, (name, description) in step.outputs.items():
            output = QgsProcessingModelOutput(name, description)
            output.setChildId(step.child_id)
            output.setChildOutputName(child_output)
            output.setPosition(QPointF(STEP_X + 260.0, STEP_Y0 + index * STEP_DY + 40.0 * len(outputs)))
            outputs[name] = output
        component.setModelOutputs(outputs)
        algorithm.addChildAlgorithm(component)
    return algorithm


def main(argv: list[str]) -> int:
    start_qgis()
    target = Path(argv[1]) if len(argv) > 1 else MODEL_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    if not build_model().toFile(str(target)):
        raise SystemExit(f"could not write {target}")
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
