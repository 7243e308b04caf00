"""core.geodesy against independent references: PROJ's geocentric conversion and Karney's geodesics."""
from __future__ import annotations

import numpy as np
from pyproj import Geod, Transformer

from school_connectivity_plugin.core.network import geodesy

GEOD = Geod(ellps="WGS84")


def _random_pairs(count: int, max_distance_m: float, seed: int = 7):
    rng = np.random.default_rng(seed)
    lon = rng.uniform(-180.0, 180.0, count)
    lat = rng.uniform(-89.99, 89.99, count)
    distance = 10.0 ** rng.uniform(-2.0, np.log10(max_distance_m), count)
    lon2, lat2, _ = GEOD.fwd(lon, lat, rng.uniform(0.0, 360.0, count), distance)
    return lon, lat, np.asarray(lon2), np.asarray(lat2), distance


def test_ecef_matches_proj_geocentric():
    lon, lat, *_ = _random_pairs(2_000, 1.0)
    x, y, z = Transformer.from_crs("EPSG:4979", "EPSG:4978", always_xy=True).transform(lon, lat, np.zeros_like(lon))
    xyz = geodesy.to_ecef(lon, lat)
    assert np.abs(xyz - np.column_stack([x, y, z])).max() < 1e-6


def test_surface_lonlat_inverts_ecef_everywhere_including_poles():
    lon, lat, *_ = _random_pairs(2_000, 1.0)
    lat = np.append(lat, [90.0, -90.0, 0.0])
    lon = np.append(lon, [0.0, 0.0, 180.0])
    back_lon, back_lat = geodesy.surface_lonlat(geodesy.to_ecef(lon, lat))
    moved = GEOD.inv(lon, lat, back_lon, back_lat)[2]
    assert moved.max() < 1e-6


def test_chord_series_is_within_a_millimetre_of_karney_up_to_its_limit():
    lon, lat, lon2, lat2, distance = _random_pairs(50_000, geodesy.SERIES_MAX_CHORD_M)
    series = geodesy.geodesic_from_chord(geodesy.to_ecef(lon, lat), geodesy.to_ecef(lon2, lat2), lon, lat, lon2, lat2)
    assert np.abs(series - distance).max() < 1e-3


def test_chord_beyond_the_series_limit_falls_back_to_karney():
    lon, lat, lon2, lat2, _ = _random_pairs(500, 1.0)
    lon2, lat2, _ = GEOD.fwd(lon, lat, np.full(lon.size, 33.0), np.full(lon.size, 2_500_000.0))
    got = geodesy.geodesic_from_chord(geodesy.to_ecef(lon, lat), geodesy.to_ecef(lon2, lat2), lon, lat, lon2, lat2)
    assert np.abs(got - 2_500_000.0).max() < 1e-3


def test_geodesic_points_lie_on_the_geodesic_at_the_right_fraction():
    lon, lat, lon2, lat2, distance = _random_pairs(300, 500_000.0)
    fraction = np.linspace(0.0, 1.0, lon.size)
    plon, plat = geodesy.geodesic_points(lon, lat, lon2, lat2, fraction)
    from_start = GEOD.inv(lon, lat, plon, plat)[2]
    to_end = GEOD.inv(plon, plat, lon2, lat2)[2]
    assert np.abs(from_start - fraction * distance).max() < 1e-3
    assert np.abs(from_start + to_end - distance).max() < 1e-3
