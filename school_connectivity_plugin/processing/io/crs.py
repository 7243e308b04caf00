"""Coordinates into EPSG:4326 and back: the plugin's one reprojection path (PROJ through pyproj, whole arrays at
once; pyproj is loaded by the first coordinates that need it, not when QGIS starts)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

import numpy as np
from qgis.core import QgsCoordinateReferenceSystem

if TYPE_CHECKING:
    from pyproj import Transformer

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")

#: (x, y) arrays in a layer's CRS -> (lon, lat) arrays in EPSG:4326, NaN where PROJ cannot transform.
ToWgs84 = Callable[[np.ndarray, np.ndarray], "tuple[np.ndarray, np.ndarray]"]


def crs_of(source) -> QgsCoordinateReferenceSystem:
    """The CRS of a layer, a feature source or a snapshot of one."""
    return source.sourceCrs() if hasattr(source, "sourceCrs") else source.crs()


def to_wgs84(crs: QgsCoordinateReferenceSystem) -> ToWgs84:
    """A function reprojecting coordinate arrays from `crs` (unchanged when it is EPSG:4326 or unknown)."""
    if not crs.isValid() or crs == WGS84:
        return _unchanged
    from pyproj import CRS as PROJ_CRS
    from pyproj import Transformer

    transformer = Transformer.from_crs(
        PROJ_CRS.from_wkt(crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED)), "EPSG:4326", always_xy=True)

    return lambda x, y: _arrays(transformer, x, y)


def _unchanged(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return np.asarray(x, dtype=float), np.asarray(y, dtype=float)


def to_wgs84_arrays(crs: QgsCoordinateReferenceSystem, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Coordinate arrays from `crs` to EPSG:4326 lon/lat in one PROJ call; failures become NaN."""
    return to_wgs84(crs)(x, y)


def from_wgs84_arrays(crs: QgsCoordinateReferenceSystem, lon: np.ndarray, lat: np.ndarray
                      ) -> tuple[np.ndarray, np.ndarray]:
    """Lon/lat arrays into `crs` in one PROJ call (a map's CRS, to place points on it); failures become NaN."""
    if not crs.isValid() or crs == WGS84:
        return _unchanged(lon, lat)
    from pyproj import CRS as PROJ_CRS
    from pyproj import Transformer

    target = PROJ_CRS.from_wkt(crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED))
    return _arrays(Transformer.from_crs("EPSG:4326", target, always_xy=True), lon, lat)


def _arrays(transformer: Transformer, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The transformer applied to whole arrays; empty stays empty, failures become NaN."""
    if np.size(x) == 0:
        return np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    out_x, out_y = transformer.transform(x, y, errcheck=False)
    out_x, out_y = np.array(out_x, dtype=float, ndmin=1), np.array(out_y, dtype=float, ndmin=1)
    bad = ~(np.isfinite(out_x) & np.isfinite(out_y))
    out_x[bad], out_y[bad] = np.nan, np.nan
    return out_x, out_y
