"""The shipped Graphical Modeler model: reproducible from tools/make_model.py and runnable by processing.run."""
from __future__ import annotations

import json
import subprocess

import processing
import pytest
from osgeo import ogr
from qgis.core import QgsApplication, QgsProcessingModelAlgorithm

from support.plugin_build import REPO
from support.sample_reference import INTERNET, csv_data_rows, raw_schools

MODEL = REPO / "resources" / "models" / "school_connectivity_plan.model3"
SAMPLE = REPO / "resources" / "sample"
#: The chain the issue asks for (import -> distance -> prioritise -> export), with routes and flags in between.
CHAIN = ("schoolconnectivity:importschools", "schoolconnectivity:distancetofiber",
         "schoolconnectivity:fiberroutes", "schoolconnectivity:flaghardtoconnect", "schoolconnectivity:prioritize",
         "schoolconnectivity:exportplanningmaps")
NO_INTERNET = "нет"



@pytest.fixture(scope="module")
def model(qgis_app) -> QgsProcessingModelAlgorithm:
    algorithm = QgsProcessingModelAlgorithm()
    assert algorithm.fromFile(str(MODEL)), f"cannot read {MODEL}"
    return algorithm


def _execution_order(model: QgsProcessingModelAlgorithm) -> list[str]:
    """Child algorithm ids sorted so that each comes after the children it depends on."""
    children = model.childAlgorithms()
    ordered: list[str] = []
    while len(ordered) < len(children):
        ready = sorted(child_id for child_id in children if child_id not in ordered
                       and all(dep in ordered for dep in model.dependsOnChildAlgorithms(child_id)))
        assert ready, "the model has a cycle"
        ordered.extend(ready)
    return [children[child_id].algorithmId() for child_id in ordered]


def test_model_is_reproducible_from_its_tool(tmp_path):
    regenerated = tmp_path / "regenerated.model3"
    done = subprocess.run(["/usr/bin/python3", str(REPO / "tools" / "make_model.py"), str(regenerated)],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert regenerated.read_bytes() == MODEL.read_bytes(), "resources/models is stale: rerun tools/make_model.py"


def test_model_chains_our_algorithms_in_order(model):
    registry = QgsApplication.processingRegistry()
    assert _execution_order(model) == list(CHAIN)
    for alg_id in CHAIN:
        assert registry.algorithmById(alg_id) is not None, f"{alg_id} is not registered"
    ok, errors = model.validate()
    assert ok, errors


def test_model_runs_on_the_sample(model, tmp_path):
    outputs = {
        "import:rejected_rows": str(tmp_path / "rejected.gpkg"),
        "prioritise:prioritised_schools": str(tmp_path / "prioritised.gpkg"),
        "prioritise:phases": str(tmp_path / "phases.gpkg"),
        "prioritise:clusters": str(tmp_path / "clusters.gpkg"),
        "prioritise:planned_routes": str(tmp_path / "planned_routes.gpkg"),
        "export:planning_map_pdf": str(tmp_path / "planning_map.pdf"),
        "export:planning_map_png": str(tmp_path / "planning_map.png"),
    }
    inputs = {
        "schools": str(SAMPLE / "schools.csv"), "fiber_lines": str(SAMPLE / "fiber_backbone.geojson"),
        "fiber_nodes": str(SAMPLE / "fiber_nodes.geojson"), "boundary": str(SAMPLE / "kg_adm0.geojson"),
        "dem": str(SAMPLE / "kg_dem.tif"), "regions": str(SAMPLE / "kg_adm1.geojson"),
    }
    results = processing.run(model, {**inputs, **outputs})
    for key, path in outputs.items():
        assert results[key] == path
    rows_in = csv_data_rows(SAMPLE / "schools.csv")
    rejected = ogr.Open(outputs["import:rejected_rows"])
    prioritised = ogr.Open(outputs["prioritise:prioritised_schools"])
    schools = [feature.items() for feature in prioritised.GetLayer(0)]
    assert len(schools) + rejected.GetLayer(0).GetFeatureCount() == rows_in, "a row was lost in the chain"
    raw = raw_schools(SAMPLE / "schools.csv")
    without_internet = {school["source_row"] for school in schools
                        if raw[school["source_row"] - 1][INTERNET].strip().lower() == NO_INTERNET}
    targets = {school["source_row"] for school in schools if school["is_target"]}
    assert targets == without_internet, "without a work plan every school without internet is a target"
    assert all(school["hard_reasons"] is not None for school in schools), "flags missing: flag step skipped?"
    pdf = (tmp_path / "planning_map.pdf").read_bytes()
    assert pdf[:5] == b"%PDF-"
    regions = json.loads((SAMPLE / "kg_adm1.geojson").read_text())["features"]
    assert results["CHILD_RESULTS"]["export"]["PAGE_COUNT"] == 2 + len(regions)  # national, construction plan
    assert (tmp_path / "planning_map.png").stat().st_size > 50_000
