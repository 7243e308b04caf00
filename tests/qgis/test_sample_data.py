"""The bundled `make demo` sample holds what its README promises, checked independently of the generator."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
    QgsWkbTypes,
)

#: The Ministry of Education's published 2018 national figures the sample is calibrated to.
PUBLISHED_SCHOOLS = 2137
PUBLISHED_CONNECTED = 1446
PUBLISHED_PIPELINE = 307
VECTOR_FILES = ("kg_adm0.geojson", "kg_adm1.geojson", "fiber_backbone.geojson", "fiber_nodes.geojson")
MAX_SAMPLE_BYTES = 3_000_000
MAX_DEM_BYTES = 1_500_000


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _distinct_schools(sample_dir: Path) -> dict[str, dict[str, str]]:
    return {row["Код школы"]: row for row in _rows(sample_dir / "schools.csv")}


def _vector(path: Path) -> QgsVectorLayer:
    layer = QgsVectorLayer(str(path), path.stem, "ogr")
    assert layer.isValid(), path
    return layer


def _country(sample_dir: Path) -> QgsGeometry:
    return next(_vector(sample_dir / "kg_adm0.geojson").getFeatures()).geometry()


@pytest.fixture
def no_aux_files():
    """Reading the DEM must not leave .aux.xml files in the repository."""
    gdal.SetConfigOption("GDAL_PAM_ENABLED", "NO")
    yield
    gdal.SetConfigOption("GDAL_PAM_ENABLED", None)


def test_school_counts_match_published_figures(sample_dir):
    rows = _rows(sample_dir / "schools.csv")
    schools = _distinct_schools(sample_dir)
    assert len(schools) == PUBLISHED_SCHOOLS
    assert len(rows) == PUBLISHED_SCHOOLS + 1, "exactly one deliberate duplicate row"
    internet = [row["Интернет"].strip().lower() for row in schools.values()]
    assert internet.count("да") == PUBLISHED_CONNECTED
    assert internet.count("нет") == PUBLISHED_SCHOOLS - PUBLISHED_CONNECTED


def test_oblast_shares_follow_2018_list(sample_dir):
    real_2018 = {"Ошская область": 472, "Чуйская область": 286, "Джалал-Абадская область": 241,
                 "Баткенская область": 173, "Иссык-Кульская область": 155, "Нарынская область": 135,
                 "Таласская область": 104, "г. Бишкек": 70}
    counts: dict[str, int] = {}
    for row in _distinct_schools(sample_dir).values():
        counts[row["Область"]] = counts.get(row["Область"], 0) + 1
    assert set(counts) == set(real_2018)
    for oblast, real in real_2018.items():
        assert abs(counts[oblast] - real * PUBLISHED_SCHOOLS / sum(real_2018.values())) < 1, oblast


def test_regions_join_schools_by_name(sample_dir):
    regions = _vector(sample_dir / "kg_adm1.geojson")
    names = {feature["name_ru"] for feature in regions.getFeatures()}
    assert regions.featureCount() == 8
    assert {row["Область"] for row in _distinct_schools(sample_dir).values()} == names


def test_schools_inside_country_except_deliberate_defects(sample_dir):
    country = _country(sample_dir)
    outside, missing = [], []
    for row in _rows(sample_dir / "schools.csv"):
        if not row["Широта"] or not row["Долгота"]:
            missing.append(row["Код школы"])
            continue
        lat, lon = float(row["Широта"]), float(row["Долгота"])
        if not country.contains(QgsGeometry.fromPointXY(QgsPointXY(lon, lat))):
            outside.append((lon, lat))
    assert len(missing) == 1
    assert len(outside) == 1, "only the row with swapped latitude and longitude"
    lon, lat = outside[0]
    assert country.contains(QgsGeometry.fromPointXY(QgsPointXY(lat, lon)))


def test_pipeline_targets_unconnected_schools(sample_dir):
    rows = _rows(sample_dir / "pipeline.csv")
    schools = _distinct_schools(sample_dir)
    assert len(rows) == PUBLISHED_PIPELINE
    with_id = [row for row in rows if row["school_id"]]
    assert 0 < len(rows) - len(with_id) < 30, "a few rows need name matching"
    assert all(schools[row["school_id"]]["Интернет"] == "нет" for row in with_id)
    assert len({row["school_id"] for row in with_id}) == len(with_id)
    assert any(row["school_name"] != schools[row["school_id"]]["Название школы"] for row in with_id)
    assert {row["status"] for row in rows} == {"planned", "contracted", "in_progress", "connected"}


def test_every_file_is_wgs84_and_small(sample_dir, no_aux_files):
    for name in VECTOR_FILES:
        assert _vector(sample_dir / name).crs().authid() == "EPSG:4326", name
    dem = QgsRasterLayer(str(sample_dir / "kg_dem.tif"), "dem")
    assert dem.isValid()
    assert dem.crs().authid() == "EPSG:4326"
    assert (sample_dir / "kg_dem.tif").stat().st_size < MAX_DEM_BYTES
    assert sum(path.stat().st_size for path in sample_dir.iterdir()) < MAX_SAMPLE_BYTES


def test_schools_stand_on_habitable_ground(sample_dir, no_aux_files):
    dem = QgsRasterLayer(str(sample_dir / "kg_dem.tif"), "dem")
    provider = dem.dataProvider()
    elevations = []
    for row in _distinct_schools(sample_dir).values():
        if row["Широта"] and 39 < float(row["Широта"]) < 44:
            value, ok = provider.sample(QgsPointXY(float(row["Долгота"]), float(row["Широта"])), 1)
            assert ok
            elevations.append(value)
    elevations = np.array(elevations)
    assert elevations.max() < 3900
    assert elevations.min() > 400
    assert 0.005 < (elevations > 2500).mean() < 0.03


def test_backbone_is_dense_inside_the_country(sample_dir):
    country = _country(sample_dir)
    lines = _vector(sample_dir / "fiber_backbone.geojson")
    assert lines.wkbType() == QgsWkbTypes.LineString
    distance = QgsDistanceArea()
    distance.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance().transformContext())
    distance.setEllipsoid("WGS84")
    statuses = set()
    for feature in lines.getFeatures():
        statuses.add(feature["status"])
        vertices = feature.geometry().asPolyline()
        gaps = [distance.measureLine(a, b) for a, b in zip(vertices[:-1], vertices[1:])]
        assert max(gaps) < 3500, feature["line_id"]
        assert country.contains(feature.geometry()), feature["line_id"]
    assert statuses == {"Operational", "Planned"}
    collection = json.loads((sample_dir / "fiber_backbone.geojson").read_text(encoding="utf-8"))
    assert "SYNTHETIC" in collection["description"]


@pytest.mark.shared_data
def test_boundaries_equal_natural_earth_reference(sample_dir, shared_data):
    ours = _country(sample_dir)
    reference = next(_vector(shared_data / "kg_adm0_naturalearth_10m.geojson").getFeatures()).geometry()
    assert ours.symDifference(reference).area() < 1e-6 * reference.area()
    reference_regions = {f["adm1_name"]: f.geometry()
                         for f in _vector(shared_data / "kg_adm1_naturalearth_10m.geojson").getFeatures()}
    for feature in _vector(sample_dir / "kg_adm1.geojson").getFeatures():
        reference_region = reference_regions[feature["name"]]
        assert feature.geometry().symDifference(reference_region).area() < 1e-5 * reference_region.area()


@pytest.mark.shared_data
def test_dem_is_the_reference_grid_averaged_two_by_two(sample_dir, shared_data, no_aux_files):
    ours = gdal.Open(str(sample_dir / "kg_dem.tif"))
    reference = gdal.Open(str(shared_data / "kg_dem_gebco2023_15arcsec.tif"))
    fine = reference.GetRasterBand(1).ReadAsArray().astype(float)
    coarse = fine.reshape(fine.shape[0] // 2, 2, fine.shape[1] // 2, 2).mean(axis=(1, 3))
    assert ours.GetRasterBand(1).DataType == gdal.GDT_Int16
    assert np.allclose(ours.GetGeoTransform(), (69.1, 1 / 120, 0, 43.4, 0, -1 / 120))
    assert np.abs(ours.GetRasterBand(1).ReadAsArray() - coarse).max() <= 1
