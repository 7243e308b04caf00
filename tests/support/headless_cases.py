"""Documented parameters of every algorithm on the bundled sample, and checks of what each one writes.

Each check holds the algorithm's outputs against references computed from the sample files with csv, GDAL,
pyproj and Qt, never through the plugin. Used by test_qgis_process.py (and reusable for any runner).
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np
import pytest
from osgeo import ogr
from qgis.core import QgsProject
from qgis.PyQt.QtGui import QImage

from .field_edits import Edits, giga_class, sha256, team_copy
from .plugin_build import REPO
from .sample_reference import (
    GEOD,
    INTERNET,
    INTERNET_ANSWERS,
    LATITUDE,
    LONGITUDE,
    as_float,
    csv_data_rows,
    dem_elevation,
    fiber_geometry,
    nearest_fiber_m,
    raw_schools,
)

SAMPLE = REPO / "resources" / "sample"
SCHOOL_FIELDS_MIN = ("school_id", "school_name", "admin1", "connectivity", "connectivity_class", "source_row")
#: Every 100th school is measured by brute force (about 21 schools).
DISTANCE_SAMPLE_STEP = 100
#: The brute-force reference resolves 1 cm; this leaves room for float noise only.
DISTANCE_TOLERANCE_M = 0.5
FIBER_FILES = [SAMPLE / "fiber_backbone.geojson", SAMPLE / "fiber_nodes.geojson"]
#: Defaults documented in the algorithms' help, which the checks rely on.
HIGH_ELEVATION_M = 2_500.0
DETOUR_FACTOR = 1.2
MAX_LINK_M = 20_000.0
BUDGET_PER_PHASE_USD = 1_000_000.0
TECHNOLOGIES = ("fiber", "p2p", "cellular", "satellite")
PIPELINE_STATUSES = {"planned", "contracted", "in_progress", "connected"}



@dataclass
class Chain:
    """Outputs of earlier algorithms, which later ones take as inputs (run in the order of CASES)."""

    out: Path
    results: dict[str, dict] = field(default_factory=dict)

    def output(self, algorithm: str, key: str = "OUTPUT") -> str:
        if algorithm not in self.results:
            pytest.fail(f"needs the output of {algorithm}, which did not run successfully")
        return self.results[algorithm][key]


@dataclass(frozen=True)
class Case:
    """Documented parameters of one algorithm on the sample, and the checks on what it wrote."""

    parameters: Callable[[Chain], dict]
    check: Callable[[Chain, dict], None]


def read_points(path: str) -> list[dict]:
    """All attributes of a GeoPackage's first layer plus the point's lon/lat, read with OGR."""
    source = ogr.Open(path)
    rows = []
    for feature in source.GetLayer(0):
        row = feature.items()
        geometry = feature.GetGeometryRef()
        row["_lon"], row["_lat"] = (geometry.GetX(), geometry.GetY()) if geometry else (None, None)
        rows.append(row)
    return rows


def layer_count(path: str) -> int:
    source = ogr.Open(path)  # keep the dataset referenced while its layer is used (GDAL bindings rule)
    return source.GetLayer(0).GetFeatureCount()


# --- the cases: parameters as the README documents them, checks against independent references ---


def import_parameters(chain: Chain) -> dict:
    return {"INPUT": SAMPLE / "schools.csv", "BOUNDARY": SAMPLE / "kg_adm0.geojson",
            "OUTPUT": chain.out / "schools.gpkg", "REJECTED": chain.out / "rejected.gpkg"}


def check_import(chain: Chain, results: dict) -> None:
    rows_in = csv_data_rows(SAMPLE / "schools.csv")
    assert results["ROWS_IN"] == rows_in
    assert results["LOADED"] + results["REJECTED_COUNT"] == rows_in, "a row was lost"
    schools = read_points(results["OUTPUT"])
    assert len(schools) == results["LOADED"]
    assert layer_count(results["REJECTED"]) == results["REJECTED_COUNT"]
    assert set(SCHOOL_FIELDS_MIN) <= set(schools[0])
    raw = raw_schools(SAMPLE / "schools.csv")
    placed = answered = 0
    for school in schools:
        row = raw[school["source_row"] - 1]
        lat, lon = as_float(row[LATITUDE]), as_float(row[LONGITUDE])
        if lat is not None and lon is not None and 39 < lat < 44 and 69 < lon < 81:
            assert abs(school["_lon"] - lon) < 1e-6 and abs(school["_lat"] - lat) < 1e-6, (school, row)
            placed += 1
        answer = INTERNET_ANSWERS.get(row[INTERNET].strip().lower())
        if answer:
            assert school["connectivity"] == answer, (school["school_id"], row[INTERNET])
            answered += 1
    assert placed > 0.95 * len(schools) and answered > 0.95 * len(schools)


def pipeline_parameters(chain: Chain) -> dict:
    return {"SCHOOLS": chain.output("importschools"), "INPUT": SAMPLE / "pipeline.csv",
            "OUTPUT": chain.out / "pipeline.gpkg", "UNMATCHED": chain.out / "plan_rows_to_check.gpkg"}


def check_pipeline(chain: Chain, results: dict) -> None:
    plan = raw_schools(SAMPLE / "pipeline.csv")
    assert results["PLAN_ROWS"] == csv_data_rows(SAMPLE / "pipeline.csv") == len(plan)
    schools = read_points(results["OUTPUT"])
    assert len(schools) == chain.results["importschools"]["LOADED"]
    assert layer_count(results["UNMATCHED"]) == results["UNMATCHED_COUNT"]
    matched = results["MATCHED_BY_ID"] + results["MATCHED_BY_NAME"]
    assert matched + results["UNMATCHED_COUNT"] >= results["PLAN_ROWS"], "a plan row was dropped"
    assert sum(1 for school in schools if school["pipeline_status"]) == matched
    assert {school["pipeline_status"] for school in schools} <= PIPELINE_STATUSES | {"", None}
    by_id = {school["school_id"]: school for school in schools}
    plan_ids = [row["school_id"] for row in plan]
    checked = 0
    for row in plan:
        school = by_id.get(row["school_id"])
        if school is not None and plan_ids.count(row["school_id"]) == 1 and row["status"] in PIPELINE_STATUSES:
            assert school["pipeline_status"] == row["status"], (row["school_id"], row["status"])
            checked += 1
    assert checked >= results["MATCHED_BY_ID"] * 0.95


COMMITTED = {"planned", "contracted", "in_progress"}


def on_fiber(school: dict) -> bool:
    """Connected by fiber today, or connected by the operator's plan with fiber: where routes may start."""
    by_plan = school["pipeline_status"] == "connected" and (school.get("pipeline_technology") or "fiber") == "fiber"
    return (school["connectivity"] == "yes" and school["connectivity_type"] == "fiber") or by_plan


def to_connect(school: dict) -> bool:
    """Not connected and not already connected by the plan, or committed in the plan; never a school on fiber."""
    left = school["connectivity"] == "no" and school["pipeline_status"] != "connected"
    return (left or school["pipeline_status"] in COMMITTED) and not on_fiber(school)


def distance_parameters(chain: Chain) -> dict:
    return {"SCHOOLS": chain.output("importpipeline"), "FIBER": FIBER_FILES, "OUTPUT": chain.out / "distance.gpkg"}


def check_distance(chain: Chain, results: dict) -> None:
    schools = read_points(results["OUTPUT"])
    loaded = chain.results["importschools"]["LOADED"]
    assert len(schools) == loaded and results["MEASURED"] == loaded and results["WITHOUT_FIBER"] == 0
    assert {school["fiber_layer"] for school in schools} <= {"fiber_backbone", "fiber_nodes"}
    fiber = fiber_geometry(SAMPLE)
    for school in schools[::DISTANCE_SAMPLE_STEP]:
        reference = nearest_fiber_m(school["_lon"], school["_lat"], fiber)
        assert school["fiber_distance_m"] == pytest.approx(reference, abs=DISTANCE_TOLERANCE_M), school["school_id"]


def routes_parameters(chain: Chain) -> dict:
    return {"SCHOOLS": chain.output("distancetofiber"), "FIBER": FIBER_FILES,
            "OUTPUT": chain.out / "routed.gpkg", "ROUTES": chain.out / "routes.gpkg"}


def check_routes(chain: Chain, results: dict) -> None:
    schools = read_points(results["OUTPUT"])
    assert len(schools) == chain.results["importschools"]["LOADED"]
    targets = [school for school in schools if to_connect(school)]
    assert {school["route_key"] for school in targets} == {s["route_key"] for s in schools if s["route_key"]}
    assert results["ROUTED"] + results["UNREACHABLE"] == len(targets)
    fiber_schools = {school["school_id"]: school for school in schools if on_fiber(school)}
    routed = {school["route_key"]: school for school in targets}
    source = ogr.Open(results["ROUTES"])
    links = [(link.items(), link.GetGeometryRef().GetPoints()) for link in source.GetLayer(0)]
    assert len(links) == results["ROUTED"], "a spanning tree has one link per routed school"
    fiber = fiber_geometry(SAMPLE)
    total_m = 0.0
    for index, (link, points) in enumerate(links):
        straight = GEOD.line_length([p[0] for p in points], [p[1] for p in points])
        assert link["length_m"] == pytest.approx(straight * DETOUR_FACTOR, rel=5e-3, abs=1.0)
        total_m += link["length_m"]
        start = points[0]
        if link["upstream_type"] == "fiber_school":  # routes start from fiber: a school on fiber, or the network
            school = fiber_schools[link["from_id"]]
            assert (school["_lon"], school["_lat"]) == pytest.approx(start[:2], abs=1e-6), link
        elif link["upstream_type"] == "fiber" and index % 10 == 0:
            assert nearest_fiber_m(start[0], start[1], fiber) < 1.0, link
        else:
            assert link["upstream_type"] in ("fiber", "school"), link
            if link["upstream_type"] == "school":
                assert link["from_id"] in routed, link
    assert results["ROUTE_KM"] == pytest.approx(total_m / 1000, rel=1e-6)
    assert results["ROUTE_KM"] < results["ALONE_KM"], "shared trenches must be shorter than one per school"
    linked = {link["to_id"] for link, _points in links}
    assert linked == {school["route_key"] for school in targets if not school["route_note"]}, "unreached: no link"


def flag_parameters(chain: Chain) -> dict:
    return {"SCHOOLS": chain.output("fiberroutes"), "DEM": SAMPLE / "kg_dem.tif",
            "BOUNDARY": SAMPLE / "kg_adm0.geojson", "OUTPUT": chain.out / "flagged.gpkg"}


def check_flags(chain: Chain, results: dict) -> None:
    """Hard to connect by fiber = to connect, and no route of links within the maximum reaches it from fiber."""
    schools = read_points(results["OUTPUT"])
    assert len(schools) == chain.results["importschools"]["LOADED"]
    hard = [school for school in schools if school["hard_to_connect"]]
    assert results["HARD_COUNT"] == len(hard) and 0 < len(hard) < len(schools)
    elevation_errors = []
    for school in schools:
        reasons = set(filter(None, (school["hard_reasons"] or "").split(";")))
        beyond = school["path_max_link_m"] is None or school["path_max_link_m"] > MAX_LINK_M
        assert bool(school["hard_to_connect"]) == (to_connect(school) and beyond), school["school_id"]
        assert bool(reasons) == bool(school["hard_to_connect"]), school["school_id"]
        ground = dem_elevation(SAMPLE, school["_lon"], school["_lat"])
        if ground is None or school["elevation_m"] is None:
            continue
        elevation_errors.append(abs(school["elevation_m"] - ground))
        if school["hard_to_connect"] and abs(ground - HIGH_ELEVATION_M) > 150:
            assert ("high_elevation" in reasons) == (ground > HIGH_ELEVATION_M), (school["school_id"], ground)
    assert len(elevation_errors) > 0.95 * len(schools)
    assert float(np.median(elevation_errors)) < 25, "elevation_m does not follow the DEM"


def prioritize_parameters(chain: Chain) -> dict:
    return {"SCHOOLS": chain.output("flaghardtoconnect"), "ROUTES": chain.output("fiberroutes", "ROUTES"),
            "FIBER_NODES": [SAMPLE / "fiber_nodes.geojson"], "DEM": SAMPLE / "kg_dem.tif",
            "OUTPUT": chain.out / "prioritized.gpkg", "PHASES": chain.out / "phases.gpkg",
            "CLUSTERS": chain.out / "clusters.gpkg", "PLANNED_ROUTES": chain.out / "planned_routes.gpkg"}


def _table(path: str) -> list[dict]:
    source = ogr.Open(path)
    return [feature.items() for feature in source.GetLayer(0)]


def check_prioritize(chain: Chain, results: dict) -> None:
    schools = read_points(results["OUTPUT"])
    targets = [school for school in schools if school["is_target"]]
    assert results["TARGETS"] == len(targets) == sum(1 for school in schools if to_connect(school))
    ranks = sorted(school["priority_rank"] for school in targets)
    assert ranks == list(range(1, len(targets) + 1)), "ranks must be 1..N without gaps or ties"
    capex_by_phase: dict[int, float] = {}
    for school in targets:
        technology = school["recommended_technology"]
        assert school[f"{technology}_total_usd"] is not None, "an infeasible technology was chosen"
        if school["pipeline_status"] in COMMITTED:  # the operator's plan is a commitment, never re-decided
            assert school["technology_source"] == "operator_plan"
            assert technology == (school["pipeline_technology"] or "fiber"), school["school_id"]
        else:
            assert school["technology_source"] == "least_cost"
            if technology != "fiber":  # off fiber a school takes its cheapest alternative
                options = [school[f"{tech}_total_usd"] for tech in TECHNOLOGIES[1:]
                           if school[f"{tech}_total_usd"] is not None]
                assert school["est_total_usd"] == pytest.approx(min(options), abs=0.01), school["school_id"]
        if school["phase"]:
            capex_by_phase[school["phase"]] = capex_by_phase.get(school["phase"], 0.0) + school["est_capex_usd"]
    assert len(capex_by_phase) == results["PHASE_COUNT"]
    assert max(capex_by_phase.values()) <= BUDGET_PER_PHASE_USD, "a phase exceeds its budget"
    phases = {row["phase"]: row for row in _table(results["PHASES"])}
    for phase, capex in capex_by_phase.items():
        assert phases[phase]["capex_usd"] == pytest.approx(capex, abs=0.005 * len(targets))  # (cents)
    assert results["CAPEX_USD"] == pytest.approx(sum(capex_by_phase.values()), abs=0.005 * len(targets))
    clusters = _table(results["CLUSTERS"])
    assert len(clusters) == results["CLUSTER_COUNT"]
    assert sum(c["schools"] for c in clusters) == sum(1 for school in targets if school["cluster_id"])
    built = [link for link in _table(results["PLANNED_ROUTES"]) if link["phase"]]
    assert results["FIBER_KM"] == pytest.approx(sum(link["length_m"] for link in built) / 1000, abs=0.01)
    assert results["FIBER_KM"] == pytest.approx(sum(row["fiber_km"] for row in phases.values() if row["phase"]),
                                                abs=0.01)


def export_parameters(chain: Chain) -> dict:
    return {"SCHOOLS": chain.output("prioritize"), "FIBER": [SAMPLE / "fiber_backbone.geojson"],
            "ROUTES": chain.output("prioritize", "PLANNED_ROUTES"), "REGIONS": SAMPLE / "kg_adm1.geojson",
            "PHASES": chain.output("prioritize", "PHASES"), "CLUSTERS": chain.output("prioritize", "CLUSTERS"),
            "OUTPUT_PDF": chain.out / "planning_map.pdf", "OUTPUT_PNG": chain.out / "planning_map.png"}


def pdf_pages(path: Path) -> int:
    """Page count from poppler's pdfinfo, else from the page objects in the file."""
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
        return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))
    return len(re.findall(rb"/Type\s*/Page[^s]", path.read_bytes()))


def check_export(chain: Chain, results: dict) -> None:
    regions = json.loads((SAMPLE / "kg_adm1.geojson").read_text())["features"]
    pdf, png = Path(results["OUTPUT_PDF"]), Path(results["OUTPUT_PNG"])
    assert pdf.read_bytes()[:5] == b"%PDF-"
    assert pdf_pages(pdf) == results["PAGE_COUNT"] == 2 + len(regions), "national, plan, one page per region"
    image = QImage(str(png))
    assert image.width() >= 1000 and image.height() >= 700
    colours = {image.pixel(x, y) for x in range(0, image.width(), 17) for y in range(0, image.height(), 17)}
    assert len(colours) > 20, "the PNG map is (almost) blank"


def package_parameters(chain: Chain) -> dict:
    (chain.out / "field").mkdir(exist_ok=True)
    return {"SCHOOLS": chain.output("prioritize"), "FIBER": [SAMPLE / "fiber_backbone.geojson"],
            "ROUTES": chain.output("fiberroutes", "ROUTES"), "REGIONS": SAMPLE / "kg_adm1.geojson",
            "REJECTED": chain.output("importschools", "REJECTED"), "OUTPUT": chain.out / "field" / "field_package.gpkg"}


def check_package(chain: Chain, results: dict) -> None:
    expected = {
        "schools": chain.results["importschools"]["LOADED"],
        "rejected": chain.results["importschools"]["REJECTED_COUNT"],
        "routes": chain.results["fiberroutes"]["ROUTED"],
        "regions": len(json.loads((SAMPLE / "kg_adm1.geojson").read_text())["features"]),
        "fiber": len(json.loads((SAMPLE / "fiber_backbone.geojson").read_text())["features"]),
    }
    source = ogr.Open(results["OUTPUT"])
    counts = {source.GetLayer(i).GetName(): source.GetLayer(i).GetFeatureCount() for i in range(source.GetLayerCount())}
    for name, count in expected.items():
        assert counts.get(name) == count, (name, counts)
    styled = {row["f_table_name"] for row in (f.items() for f in source.GetLayerByName("layer_styles"))
              if row["useAsDefault"]}
    assert {"schools", "routes", "regions", "fiber"} <= styled, f"default styles only for {styled}"
    project = Path(results["PROJECT"])
    assert project.parent == Path(results["OUTPUT"]).parent
    with zipfile.ZipFile(project) as archive:
        qgs = next(name for name in archive.namelist() if name.endswith(".qgs"))
        text = archive.read(qgs).decode("utf-8")
    sources = [src for src in re.findall(r"<datasource>([^<]*)</datasource>", text) if src]
    assert sources and all(src.startswith("./field_package.gpkg|") for src in sources), sources
    assert str(chain.out) not in text, "the project must not refer to the machine's absolute paths"
    moved = chain.out / "moved_field_package"
    shutil.copytree(project.parent, moved)
    reopened = QgsProject()
    assert reopened.read(str(moved / project.name)), "QGIS cannot open the field project"
    layers = reopened.mapLayers().values()
    assert len(layers) == len(expected) and all(layer.isValid() for layer in layers), "layers lost when moved"


def merge_parameters(chain: Chain) -> dict:
    """Two teams' copies of the field package: a survey, a disagreement (the later one must win) and a deletion."""
    package = Path(chain.output("packageforfield"))
    team_a, team_b = team_copy(package, chain.out / "teamA"), team_copy(package, chain.out / "teamB")
    with Edits(team_a) as edits:
        surveyed, disputed, deleted = edits.keys(3, "connectivity = 'no'")
        edits.survey(surveyed, survey_connectivity="yes", survey_download_mbps=12.0, surveyed_at="2024-06-01T08:00:00Z",
                     surveyor="Aida")
        edits.survey(disputed, survey_connectivity="yes", survey_download_mbps=50.0,
                     surveyed_at="2024-06-01T09:00:00Z", surveyor="Aida")
        edits.delete(deleted)
    with Edits(team_b) as edits:
        edits.survey(disputed, survey_connectivity="no", surveyed_at="2024-06-02T09:00:00Z", surveyor="Bakyt")
    chain.results["mergefieldsurvey:edits"] = {"surveyed": surveyed, "disputed": disputed, "deleted": deleted,
                                               "hashes": {path: sha256(path) for path in (team_a, team_b)}}
    return {"SCHOOLS": chain.output("prioritize"), "PACKAGES": [team_a, team_b],
            "OUTPUT": chain.out / "merged_schools.gpkg", "OUTPUT_CHANGES": chain.out / "field_changes.csv",
            "OUTPUT_CONFLICTS": chain.out / "field_conflicts.csv", "OUTPUT_SUMMARY": chain.out / "merge_summary.json"}


def check_merge(chain: Chain, results: dict) -> None:
    edits = chain.results["mergefieldsurvey:edits"]
    before = {row["school_id"]: row for row in read_points(chain.output("prioritize"))}
    after = {row["school_id"]: row for row in read_points(results["OUTPUT"])}
    assert len(read_points(results["OUTPUT"])) == chain.results["importschools"]["LOADED"], "a school was lost"
    surveyed, disputed = after[edits["surveyed"]], after[edits["disputed"]]
    assert (surveyed["connectivity"], surveyed["download_speed_mbps"], surveyed["connectivity_class"]) == (
        "yes", 12.0, giga_class("yes", 12.0))
    assert (disputed["connectivity"], disputed["connectivity_class"], disputed["surveyor"]) == (
        "no", "no_connection", "Bakyt"), "the later survey wins"
    assert after[edits["deleted"]]["connectivity"] == before[edits["deleted"]]["connectivity"], "deleted: kept as is"
    conflicts = {(row["school_id"], row["kind"]) for row in raw_schools(Path(results["OUTPUT_CONFLICTS"]))}
    assert conflicts == {(edits["disputed"], "disagreement"), (edits["deleted"], "deleted_in_field")}
    changes = raw_schools(Path(results["OUTPUT_CHANGES"]))
    assert len(changes) == results["CHANGES"]
    assert {row["school_id"] for row in changes} == {edits["surveyed"], edits["disputed"]}
    assert results["UPDATED"] == 2, "the disputed school took the later 'no' it already had, with its survey fields"
    assert {path: sha256(path) for path in edits["hashes"]} == edits["hashes"], "a package was modified"


def tables_parameters(chain: Chain) -> dict:
    return {"SCHOOLS": chain.output("prioritize"), "CLUSTERS": chain.output("prioritize", "CLUSTERS"),
            "PHASES": chain.output("prioritize", "PHASES"), "OUTPUT_PRIORITY": chain.out / "priority.csv",
            "OUTPUT_HARD": chain.out / "hard_to_connect.csv", "OUTPUT_CLUSTERS": chain.out / "clusters.csv",
            "OUTPUT_PHASES": chain.out / "phases.csv"}


def check_tables(chain: Chain, results: dict) -> None:
    for key in ("OUTPUT_PRIORITY", "OUTPUT_HARD"):
        assert Path(results[key]).read_bytes()[:3] == b"\xef\xbb\xbf", f"{key}: no UTF-8 BOM for Excel"
    priority = raw_schools(Path(results["OUTPUT_PRIORITY"]))
    assert len(priority) == results["PRIORITY_ROWS"] == chain.results["prioritize"]["TARGETS"]
    assert [int(row["priority_rank"]) for row in priority] == list(range(1, len(priority) + 1))
    hard = raw_schools(Path(results["OUTPUT_HARD"]))
    assert len(hard) == results["HARD_ROWS"] == chain.results["flaghardtoconnect"]["HARD_COUNT"]
    flagged = {s["school_id"] for s in read_points(chain.output("flaghardtoconnect")) if s["hard_to_connect"]}
    assert {row["school_id"] for row in hard} == flagged
    clusters = raw_schools(Path(results["OUTPUT_CLUSTERS"]))
    assert len(clusters) == chain.results["prioritize"]["CLUSTER_COUNT"]
    phases = raw_schools(Path(results["OUTPUT_PHASES"]))
    assert sum(float(row["capex_usd"]) for row in phases if row["phase"] != "0") == pytest.approx(
        chain.results["prioritize"]["CAPEX_USD"], abs=0.01 * len(phases))


def runall_parameters(chain: Chain) -> dict:
    return {"INPUT": SAMPLE / "schools.csv", "FIBER": FIBER_FILES, "BOUNDARY": SAMPLE / "kg_adm0.geojson",
            "REGIONS": SAMPLE / "kg_adm1.geojson", "DEM": SAMPLE / "kg_dem.tif", "PIPELINE": SAMPLE / "pipeline.csv",
            "OUTPUT_FOLDER": chain.out / "runall"}


def check_runall(chain: Chain, results: dict) -> None:
    """The whole job gives what the steps run one by one gave (same inputs, same defaults)."""
    folder = Path(results["OUTPUT_FOLDER"])
    written = sorted(path.name for path in folder.iterdir())
    for name in ("schools.gpkg", "summary.json", "planning_map.pdf", "planning_map.png", "field_package.gpkg",
                 "field_package.qgz", "priority.csv", "hard_to_connect.csv", "clusters.csv", "phases.csv"):
        assert name in written, f"{name} not written ({written})"
    assert not [name for name in written if name.startswith(".")], "the work folder was left behind"
    summary = json.loads((folder / "summary.json").read_text(encoding="utf-8"))
    imported = chain.results["importschools"]
    assert (results["ROWS_IN"], results["LOADED"]) == (imported["ROWS_IN"], imported["LOADED"])
    assert (summary["loaded"], summary["rejected"]) == (imported["LOADED"], imported["REJECTED_COUNT"])
    assert summary["hard_to_connect"] == chain.results["flaghardtoconnect"]["HARD_COUNT"]
    assert sum(summary["technologies"].values()) == chain.results["prioritize"]["TARGETS"]
    assert len(raw_schools(folder / "priority.csv")) == chain.results["exporttables"]["PRIORITY_ROWS"]
    layers = ogr.Open(str(folder / "schools.gpkg"))
    assert layers.GetLayerByName("schools").GetFeatureCount() == imported["LOADED"]


#: Algorithm name -> case, in the order the headless command (cli.py) chains them; runall last, checked against
#: the steps run one by one.
CASES: dict[str, Case] = {
    "importschools": Case(import_parameters, check_import),
    "importpipeline": Case(pipeline_parameters, check_pipeline),
    "distancetofiber": Case(distance_parameters, check_distance),
    "fiberroutes": Case(routes_parameters, check_routes),
    "flaghardtoconnect": Case(flag_parameters, check_flags),
    "prioritize": Case(prioritize_parameters, check_prioritize),
    "exportplanningmaps": Case(export_parameters, check_export),
    "packageforfield": Case(package_parameters, check_package),
    "mergefieldsurvey": Case(merge_parameters, check_merge),
    "exporttables": Case(tables_parameters, check_tables),
    "runall": Case(runall_parameters, check_runall),
}
