"""WGS 84 geometry on numpy arrays: geocentric (ECEF) coordinates and geodesic distances in metres.

Distances are on the WGS 84 ellipsoid, never in degrees or in a projected CRS. `pyproj.Geod` (Debian's
python3-pyproj, which QGIS itself depends on through PROJ) gives Karney's exact geodesics; the
chord-to-arc series below is the fast path for short distances and is checked against it in the tests.
"""
from __future__ import annotations

import numpy as np
from pyproj import Geod

#: WGS 84 semi-major axis (m) and flattening.
WGS84_A = 6_378_137.0
WGS84_F = 1.0 / 298.257223563
WGS84_E2 = WGS84_F * (2.0 - WGS84_F)
#: WGS 84 semi-minor axis (m): the smallest radius of curvature bound used for safety margins.
WGS84_B = WGS84_A * (1.0 - WGS84_F)

GEOD = Geod(ellps="WGS84")


def _column(values) -> np.ndarray:
    """A float array of its own, never a view. NumPy 1.24 with AVX-512 computes sin, cos, arctan2, pow... with
    Intel's SVML when input and output do not overlap and with libm otherwise, and the two differ in the last bit.
    The overlap test spans stride x length bytes: a one-row column of an (n, 3) array (which NumPy calls
    contiguous, so `ascontiguousarray` returns the view) reaches 16 bytes past its data, and whether the output
    happened to be allocated there decided the digits: runs differed by where the heap put an array. An array of
    its own never overlaps a new output, so every call takes the same path."""
    return np.array(values, dtype=float, copy=True, order="C")


#: Up to this chord length (m) the chord-to-arc series is within 1 mm of the exact geodesic.
SERIES_MAX_CHORD_M = 100_000.0


def to_ecef(lon_deg: np.ndarray, lat_deg: np.ndarray) -> np.ndarray:
    """Geocentric x, y, z (m) of points on the ellipsoid, shape (n, 3): distances there are chords."""
    lon = np.radians(_column(lon_deg))
    lat = np.radians(_column(lat_deg))
    sin_lat, cos_lat = np.sin(lat), np.cos(lat)
    prime_vertical = WGS84_A / np.sqrt(1.0 - WGS84_E2 * sin_lat * sin_lat)
    xyz = np.empty((lon.size, 3), dtype=float)
    xyz[:, 0] = prime_vertical * cos_lat * np.cos(lon)
    xyz[:, 1] = prime_vertical * cos_lat * np.sin(lon)
    xyz[:, 2] = prime_vertical * (1.0 - WGS84_E2) * sin_lat
    return xyz


def surface_lonlat(xyz: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Longitude/latitude (degrees) of the ellipsoid point under a point near the surface (|h| < 1 m).

    For h = 0 the geodetic latitude is exactly atan(z / ((1 - e2) p)); a point a few centimetres
    below the surface (a chord between nearby surface points) is off by far less than a millimetre.
    """
    x, y, z = (_column(np.asarray(xyz)[:, axis]) for axis in range(3))
    p = np.hypot(x, y)
    lat = np.degrees(np.arctan2(z, (1.0 - WGS84_E2) * p))
    lon = np.degrees(np.arctan2(y, x))
    return lon, lat


def geodesic_distance(lon1, lat1, lon2, lat2) -> np.ndarray:
    """Exact WGS 84 geodesic distance (m) between point arrays (Karney, via pyproj)."""
    _, _, distance = GEOD.inv(
        np.asarray(lon1, dtype=float), np.asarray(lat1, dtype=float),
        np.asarray(lon2, dtype=float), np.asarray(lat2, dtype=float),
    )
    return np.asarray(distance, dtype=float)


def geodesic_from_chord(xyz1: np.ndarray, xyz2: np.ndarray, lon1, lat1, lon2, lat2) -> np.ndarray:
    """Geodesic distance (m) between surface points from their chord, exact (Geod.inv) beyond 100 km.

    s = c + c^3 / (24 R^2), R the ellipsoid's radius of curvature in the line's azimuth at the
    midpoint (Euler); the next term is below 1 mm for c < 100 km. Around 20x faster than Geod.inv.
    """
    delta = np.asarray(xyz2, dtype=float) - np.asarray(xyz1, dtype=float)
    chord = np.sqrt(np.einsum("ij,ij->i", delta, delta))
    lat_mid = np.radians(0.5 * (_column(lat1) + _column(lat2)))
    lon_mid = np.radians(_mid_longitude(_column(lon1), _column(lon2)))
    sin_lat, cos_lat = np.sin(lat_mid), np.cos(lat_mid)
    sin_lon, cos_lon = np.sin(lon_mid), np.cos(lon_mid)
    east = -sin_lon * delta[:, 0] + cos_lon * delta[:, 1]
    north = -sin_lat * cos_lon * delta[:, 0] - sin_lat * sin_lon * delta[:, 1] + cos_lat * delta[:, 2]
    horizontal = east * east + north * north
    cos2_az = np.divide(north * north, horizontal, out=np.ones_like(horizontal), where=horizontal > 0)
    w2 = 1.0 - WGS84_E2 * sin_lat * sin_lat
    meridian = WGS84_A * (1.0 - WGS84_E2) / (w2 * np.sqrt(w2))
    prime_vertical = WGS84_A / np.sqrt(w2)
    curvature = cos2_az / meridian + (1.0 - cos2_az) / prime_vertical
    distance = chord + chord * chord * chord * curvature * curvature / 24.0  # products: no pow() path
    far = chord > SERIES_MAX_CHORD_M
    if far.any():
        distance[far] = geodesic_distance(
            np.broadcast_to(lon1, chord.shape)[far], np.broadcast_to(lat1, chord.shape)[far],
            np.broadcast_to(lon2, chord.shape)[far], np.broadcast_to(lat2, chord.shape)[far],
        )
    return distance


def _mid_longitude(lon1: np.ndarray, lon2: np.ndarray) -> np.ndarray:
    """Mean longitude that stays correct across the antimeridian."""
    return lon1 + 0.5 * ((lon2 - lon1 + 180.0) % 360.0 - 180.0)


def geodesic_points(lon1, lat1, lon2, lat2, fractions: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Points at the given fractions (0..1) along the geodesics from 1 to 2, one fraction per pair."""
    lon1, lat1 = np.asarray(lon1, dtype=float), np.asarray(lat1, dtype=float)
    azimuth, _, length = GEOD.inv(lon1, lat1, np.asarray(lon2, dtype=float), np.asarray(lat2, dtype=float))
    lon, lat, _ = GEOD.fwd(lon1, lat1, azimuth, np.asarray(length) * np.asarray(fractions, dtype=float))
    return np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
