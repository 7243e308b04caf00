"""P2P line of sight: a ridge blocks, flat ground clears, earth curvature counts, nearest visible node wins."""
from __future__ import annotations

import numpy as np
import pytest
from osgeo import gdal
from pyproj import Geod

from school_connectivity_plugin.core.network.line_of_sight import Dem, line_of_sight_clear, p2p_links

PIXEL = 0.001
WEST, NORTH = 74.0, 42.2
GROUND = 1000.0
SCHOOL = (74.1, 42.1)
NODE = (74.4, 42.1)
RIDGE_LON = 74.25  # the midpoint of SCHOOL-NODE


def _dem(ridge_m: float) -> Dem:
    values = np.full((200, 500), GROUND, dtype=np.float32)
    ridge_col = int((RIDGE_LON - WEST) / PIXEL)
    values[:, ridge_col - 2: ridge_col + 3] = GROUND + ridge_m
    return Dem(values, WEST, NORTH, PIXEL, PIXEL, nodata=-32768)


def _midpoint_bulge() -> float:
    distance = Geod(ellps="WGS84").inv(*SCHOOL, *NODE)[2]
    return (distance / 2) ** 2 / (2 * (4 / 3) * 6_371_008.8)


def test_hand_computed_bulge_is_about_nine_metres():
    assert _midpoint_bulge() == pytest.approx(9.0, abs=0.2)


@pytest.mark.parametrize("ridge_m, clear", [(0.0, True), (3.0, True), (10.0, False), (300.0, False)])
def test_ridge_blocks_only_above_the_beam(ridge_m, clear):
    # beam at the midpoint: ground + (5 m + 25 m) / 2 = 1015 m; obstacle: ground + ridge + bulge (~9 m)
    expected = GROUND + ridge_m + _midpoint_bulge() < GROUND + (5 + 25) / 2
    assert expected == clear
    result = line_of_sight_clear(_dem(ridge_m), SCHOOL[0], SCHOOL[1], NODE[0], NODE[1], 5.0, 25.0)
    assert result.tolist() == [clear]


def test_earth_curvature_blocks_low_antennas_on_flat_ground():
    flat = _dem(0.0)
    assert line_of_sight_clear(flat, *SCHOOL, *NODE, 1.0, 1.0).tolist() == [False]
    assert line_of_sight_clear(flat, *SCHOOL, *NODE, 1.0, 1.0, k_factor=1e6).tolist() == [True]


def test_fresnel_zone_needs_more_clearance():
    dem = _dem(3.0)
    assert line_of_sight_clear(dem, *SCHOOL, *NODE, 5.0, 25.0).tolist() == [True]
    # 0.6 of the first Fresnel zone at 6 GHz mid-path over ~25 km is about 18 m
    assert line_of_sight_clear(dem, *SCHOOL, *NODE, 5.0, 25.0, fresnel_ghz=6.0).tolist() == [False]


def test_nearest_visible_node_within_range_is_chosen():
    dem = _dem(300.0)
    school = (74.2, 42.1)
    # node 0 behind the ridge (8 km), node 1 on the school's side (10 km, clear), node 2 out of range (21 km)
    node_lon = np.array([74.3, 74.1, 74.45])
    node_lat = np.array([42.1, 42.15, 42.1])
    geod = Geod(ellps="WGS84")
    distances = [geod.inv(*school, lon, lat)[2] for lon, lat in zip(node_lon, node_lat)]
    range_m = 15_000.0
    assert distances[0] < distances[1] < range_m < distances[2]
    result = p2p_links(dem, [school[0]], [school[1]], node_lon, node_lat, range_m, 5.0, 25.0)
    assert result.node_index.tolist() == [1]
    assert result.distance_m[0] == pytest.approx(distances[1])
    assert result.candidates_checked.tolist() == [2]


def test_no_node_in_range_gives_no_link():
    result = p2p_links(_dem(0.0), [74.1, np.nan], [42.1, np.nan], [74.45], [42.1], 5_000.0, 5.0, 25.0)
    assert result.node_index.tolist() == [-1, -1]


def test_real_dem_kyrgyz_range_blocks_bishkek_to_the_south(shared_data):
    dataset = gdal.Open(str(shared_data / "kg_dem_gebco2023_15arcsec.tif"))
    west, width, _, north, _, height = dataset.GetGeoTransform()
    band = dataset.GetRasterBand(1)
    dem = Dem(band.ReadAsArray(), west, north, width, -height, band.GetNoDataValue())
    # pixel centre values come back exactly
    assert dem.sample(west + 100.5 * width, north + 50.5 * height) == pytest.approx(float(dem.values[50, 100]))
    # Bishkek (Chui valley, ~800 m) to a point 40 km south, behind the Kyrgyz Ala-Too (peaks > 4,000 m)
    assert line_of_sight_clear(dem, 74.6, 42.87, 74.6, 42.5, 5.0, 25.0).tolist() == [False]
