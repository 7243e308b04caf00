"""Snapshot rows, their GeoPackage table and the series the chart draws, checked by hand."""
from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

from school_connectivity_plugin.core.reporting.area_stats import ConnectivityStats
from school_connectivity_plugin.core.reporting.snapshot_store import TABLE, read_snapshots, write_snapshot
from school_connectivity_plugin.core.reporting.snapshots import Level, burn_down, connected_series, snapshot_rows

START = datetime(2026, 3, 1, 9, 0)


def _record(path, day: int, connected: int, pipeline: int, osh: int) -> None:
    national = ConnectivityStats(schools=100, connected=connected, in_pipeline=pipeline)
    regions = {"Osh": ConnectivityStats(schools=40, connected=osh), "Chui": ConnectivityStats(schools=60)}
    write_snapshot(path, snapshot_rows(national, regions, START + timedelta(days=day)))


def test_new_geopackage_holds_a_registered_attributes_table(tmp_path):
    from osgeo import ogr

    path = tmp_path / "progress.gpkg"
    _record(path, 0, 60, 30, 20)
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47
        assert connection.execute("SELECT data_type FROM gpkg_contents WHERE table_name = ?",
                                  (TABLE,)).fetchone() == ("attributes",)
    dataset = ogr.Open(str(path))  # keep the dataset alive while its layer is used
    layer = dataset.GetLayerByName(TABLE)
    assert layer.GetFeatureCount() == 3
    assert sorted(feature.GetField("area") for feature in layer) == ["", "Chui", "Osh"]


def test_existing_geopackage_keeps_its_layers(tmp_path):
    from osgeo import gdal, ogr

    path = tmp_path / "schools.gpkg"
    source = tmp_path / "one.geojson"
    source.write_text('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"a":1},'
                      '"geometry":{"type":"Point","coordinates":[74.6,42.9]}}]}', encoding="utf-8")
    gdal.VectorTranslate(str(path), str(source), layerName="schools")
    _record(path, 0, 60, 30, 20)
    dataset = ogr.Open(str(path))
    assert dataset.GetLayerByName("schools").GetFeatureCount() == 1
    assert dataset.GetLayerByName(TABLE).GetFeatureCount() == 3


def test_plain_sqlite_file_and_series(tmp_path):
    path = tmp_path / "progress.sqlite"
    for day, connected, pipeline, osh in ((0, 60, 30, 20), (10, 66, 24, 23), (20, 70, 18, 25)):
        _record(path, day, connected, pipeline, osh)
    frame = read_snapshots(path)
    assert len(frame) == 9
    national = connected_series(frame)[""]
    assert national == [(START, 60), (START + timedelta(days=10), 66), (START + timedelta(days=20), 70)]
    assert [value for _, value in connected_series(frame, Level.ADMIN1)["Osh"]] == [20, 23, 25]
    progress = burn_down(frame)
    assert progress.remaining == [30, 24, 18]
    # 6 schools leave the pipeline every 10 days: 18 left on day 20 -> empty on day 50.
    assert abs(progress.schools_per_day - 0.6) < 1e-9
    assert progress.projected_done == START + timedelta(days=50)


def test_flat_pipeline_has_no_projection_and_missing_store_is_empty(tmp_path):
    path = tmp_path / "flat.gpkg"
    _record(path, 0, 60, 30, 20)
    _record(path, 5, 61, 30, 20)
    assert burn_down(read_snapshots(path)).projected_done is None
    assert read_snapshots(tmp_path / "absent.gpkg").empty
