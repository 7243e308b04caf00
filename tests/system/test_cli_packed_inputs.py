"""The headless command on the sample as partners send it: schools as an XLSX whose list is on the second sheet under
a title block (chosen with --sheet) or as a zipped GeoPackage among other layers, fiber as a KMZ of nested folders or
a zip of two Shapefiles. Three runs at once; each must plan the same schools with the same distances as the plain
files (only the names of the fiber layers differ)."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from osgeo import ogr

from support import packed_inputs as packed

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample"
#: What a planner reads of each school; the fiber layer's name and ids (fiber_layer, upstream_id...) are left out.
COMPARED = ("school_name", "connectivity_class", "fiber_distance_m", "hard_to_connect", "hard_reasons",
            "route_length_m", "recommended_technology", "priority_rank", "phase")


def _run(schools: Path, fiber: list[Path], out: Path, *extra: str) -> subprocess.Popen:
    command = ["/usr/bin/python3", "-m", "school_connectivity_plugin", "run", "--quiet", "--schools", str(schools),
               *(part for path in fiber for part in ("--fiber", str(path))), "--out", str(out), *extra]
    return subprocess.Popen(command, cwd=out.parent, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)})


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    root = tmp_path_factory.mktemp("packed")
    xlsx = packed.xlsx_with_title_block(SAMPLE, root / "Школы 2024.xlsx")
    kmz = packed.fiber_kmz(SAMPLE, root / "ВОЛС.kmz")
    gpkg = packed.zipped(root / "schools.zip", {"export/schools.gpkg": packed.schools_geopackage(
        SAMPLE, root / "inner.gpkg")})
    shapefiles = {f"{folder}/{part.name}": part for folder, source in (("lines", "fiber_backbone"),
                                                                       ("nodes", "fiber_nodes"))
                  for part in packed.shapefile(SAMPLE / f"{source}.geojson", root / folder, source)}
    fiber_zip = packed.zipped(root / "fiber.zip", shapefiles)
    started = {"plain": _run(SAMPLE / "schools.csv", [SAMPLE / "fiber_backbone.geojson",
                                                      SAMPLE / "fiber_nodes.geojson"], root / "plain"),
               "xlsx_kmz": _run(xlsx, [kmz], root / "xlsx_kmz", "--sheet", "Школы"),
               "gpkg_zip": _run(gpkg, [fiber_zip], root / "gpkg_zip")}
    finished = {name: process.communicate(timeout=900) + (process.returncode,) for name, process in started.items()}
    return root, finished


def _schools(gpkg: Path) -> dict[tuple, tuple]:
    dataset = ogr.Open(str(gpkg))
    layer = dataset.GetLayerByName("schools")
    return {(feature.GetField("school_id"), feature.GetField("source_row")):
            tuple(feature.GetField(name) for name in COMPARED) + (feature.GetGeometryRef().ExportToWkt(),)
            for feature in layer}


@pytest.mark.parametrize("name", ["xlsx_kmz", "gpkg_zip"])
def test_packed_inputs_plan_the_same_schools_as_the_plain_files(runs, name):
    root, finished = runs
    for run in ("plain", name):
        assert finished[run][2] == 0, finished[run][1][-500:]
    plain, packed_run = _schools(root / "plain" / "schools.gpkg"), _schools(root / name / "schools.gpkg")
    assert len(plain) == 2137 and sum(1 for row in plain.values() if row[2] is not None) == 2137
    assert packed_run == plain
    for table in ("hard_to_connect.csv", "phases.csv"):
        assert (root / name / table).read_bytes() == (root / "plain" / table).read_bytes(), table
