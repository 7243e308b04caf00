"""A school's way to fiber as the school card draws it: the links of a routes layer from the school up to a fiber
point or a school on fiber; without a routes layer, straight links from the school layer's own route fields; for a
school with no route, the straight line to its nearest fiber point. Vertices are EPSG:4326 lon/lat."""
from __future__ import annotations

import os
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

import numpy as np
import pandas as pd
from qgis.core import QgsFeatureRequest, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer, QgsWkbTypes

from ...core.definitions.codes import Upstream
from ...core.definitions.fields import FIBER_DISTANCE_M
from ...core.planning.route_path import path_to_fiber
from ..io import reading
from ..io.crs import crs_of, to_wgs84
from ..io.geometry import line_parts

#: Fields of a routes layer's links (to_id is the school's route_key, from_id its upstream).
LINK_FIELDS = ("from_id", "to_id", "upstream_type", "length_m")
#: The routes table in a school GeoPackage written by the whole job.
ROUTES_TABLE = "routes"
#: The school layer's route fields the straight-link fallback walks.
SCHOOL_LINK_FIELDS = ("route_key", "upstream_id", "upstream_type", "upstream_lon", "upstream_lat", "route_length_m")


class RouteSource(str, Enum):
    """Where a drawn route comes from."""

    ROUTES = "routes"  # the links of a routes layer
    SCHOOLS = "schools"  # straight links from the school layer's route fields
    NEAREST = "nearest"  # no route: the straight line to the nearest fiber point


@dataclass
class SchoolRoute:
    """The line from a school to where its fiber comes from, and what it is made of."""

    vertices: np.ndarray  # (n, 2) lon/lat, the school first
    links: list[tuple[str, str]]  # (from_id, to_id) of each link, the school's own first
    reaches_fiber: bool
    length_m: float | None
    source: RouteSource
    end_type: str  # the upstream type where the line ends (fiber, fiber_school, ...)
    end_id: str

    def geometry(self) -> QgsGeometry:
        """The line in EPSG:4326."""
        return QgsGeometry.fromPolylineXY([QgsPointXY(float(x), float(y)) for x, y in self.vertices])

    @property
    def end(self) -> tuple[float, float]:
        return float(self.vertices[-1][0]), float(self.vertices[-1][1])


def is_routes_layer(layer) -> bool:
    return (isinstance(layer, QgsVectorLayer) and layer.isValid()
            and layer.geometryType() == QgsWkbTypes.LineGeometry
            and all(layer.fields().indexFromName(name) >= 0 for name in LINK_FIELDS[:3]))


def routes_layers(school_layer: QgsVectorLayer, project: QgsProject | None = None) -> list[QgsVectorLayer]:
    """Routes layers that may hold the school's links: those of the project (the ones in the school layer's file
    first, then in Layers panel order), else the routes table beside the schools in their GeoPackage."""
    project = project or QgsProject.instance()
    school_file = _file_of(school_layer)
    found = [node.layer() for node in project.layerTreeRoot().findLayers() if is_routes_layer(node.layer())]
    found.sort(key=lambda layer: school_file is None or _file_of(layer) != school_file)
    if not found and school_file is not None and school_file.suffix.lower() == ".gpkg":
        beside = QgsVectorLayer(f"{school_file}|layername={ROUTES_TABLE}", ROUTES_TABLE, "ogr")
        if is_routes_layer(beside):
            found.append(beside)
    return found


def _file_of(layer: QgsVectorLayer) -> Path | None:
    path = layer.source().split("|")[0]
    return Path(path).resolve() if layer.providerType() == "ogr" and Path(path).is_file() else None


def _school_point(layer: QgsVectorLayer, feature) -> np.ndarray | None:
    parts, _ = line_parts(feature.geometry(), to_wgs84(crs_of(layer)))
    return parts[0][0] if parts else None


def _attribute(feature, name: str):
    index = feature.fields().indexFromName(name)
    return reading.plain_value(feature.attribute(index)) if index >= 0 else None


def school_route(school_layer: QgsVectorLayer, feature, routes: list[QgsVectorLayer] | None = None
                 ) -> SchoolRoute | None:
    """The school's route to fiber from the first of `routes` (default: routes_layers) that holds its link, else
    from the school layer's route fields, else the line to its nearest fiber point; None when nothing is known."""
    start = _school_point(school_layer, feature)
    if start is None:
        return None
    key = _attribute(feature, "route_key")
    if key not in (None, ""):
        for layer in routes if routes is not None else routes_layers(school_layer):
            found = _from_routes_layer(layer, str(key), start)
            if found is not None:
                return found
        found = _from_school_fields(school_layer, str(key), start)
        if found is not None:
            return found
    return _to_nearest_fiber(feature, start)


#: The link tables last read, by source (subset included) and size: a card opens per click, the links are read once.
_TABLES: dict[tuple, pd.DataFrame] = {}
_TABLES_KEPT = 4


def _table(layer: QgsVectorLayer, columns: tuple[str, ...], points: bool = False) -> pd.DataFrame:
    """The layer's columns, read once while the layer keeps its source and has no unsaved edits."""
    key = (layer.source(), _stamp(layer), layer.featureCount(), columns)  # a card's own layer on the file hits too
    if layer.isEditable() or key not in _TABLES:
        table = reading.read_points(layer, columns=columns) if points else reading.read_attributes(layer, columns)
        if layer.isEditable():
            return table
        if len(_TABLES) >= _TABLES_KEPT:
            _TABLES.pop(next(iter(_TABLES)))
        _TABLES[key] = table
    return _TABLES[key]


def _stamp(layer: QgsVectorLayer) -> int:
    """When the layer's file last changed (a run rewriting the results folder gives new tables); 0 for no file."""
    try:
        return os.stat(layer.source().split("|")[0]).st_mtime_ns
    except OSError:
        return 0


def _from_routes_layer(layer: QgsVectorLayer, key: str, start: np.ndarray) -> SchoolRoute | None:
    links = _table(layer, tuple(LINK_FIELDS))
    path = path_to_fiber(key, links["to_id"].tolist(), links["from_id"].tolist(), links["upstream_type"].tolist())
    if not path.links:
        return None
    chain = links.iloc[list(path.links)]
    fids = [int(fid) for fid in chain["source_fid"]]
    transform = to_wgs84(crs_of(layer))
    lines = {}
    for link in layer.getFeatures(QgsFeatureRequest().setFilterFids(fids).setNoAttributes()):
        parts, _ = line_parts(link.geometry(), transform)
        if parts:
            lines[link.id()] = np.concatenate(parts)
    if any(fid not in lines for fid in fids):
        return None
    vertices = _joined(start, [lines[fid] for fid in fids])
    length = chain["length_m"].astype(float).sum() if "length_m" in chain else None
    return SchoolRoute(vertices, list(zip(chain["from_id"].astype(str), chain["to_id"].astype(str))),
                       path.reaches_fiber, length, RouteSource.ROUTES, str(chain["upstream_type"].iloc[-1]),
                       str(chain["from_id"].iloc[-1]))


def _from_school_fields(layer: QgsVectorLayer, key: str, start: np.ndarray) -> SchoolRoute | None:
    """Straight links school -> upstream point, walked through the school layer's route_key and upstream_id."""
    names = layer.fields().names()
    if not all(name in names for name in SCHOOL_LINK_FIELDS[:5]):
        return None
    schools = _table(layer, tuple(SCHOOL_LINK_FIELDS), points=True)
    path = path_to_fiber(key, schools["route_key"].tolist(), schools["upstream_id"].tolist(),
                         schools["upstream_type"].tolist())
    if not path.links:
        return None
    chain = schools.iloc[list(path.links)]
    lines = [np.array([[lon, lat], [up_lon, up_lat]], dtype=float) for lon, lat, up_lon, up_lat in zip(
        chain["longitude"], chain["latitude"], chain["upstream_lon"], chain["upstream_lat"])]
    if not all(np.isfinite(line).all() for line in lines):
        return None
    length = chain["route_length_m"].astype(float).sum() if "route_length_m" in chain else None
    return SchoolRoute(_joined(start, lines), list(zip(chain["upstream_id"].astype(str),
                                                       chain["route_key"].astype(str))),
                       path.reaches_fiber, length, RouteSource.SCHOOLS, str(chain["upstream_type"].iloc[-1]),
                       str(chain["upstream_id"].iloc[-1]))


def _to_nearest_fiber(feature, start: np.ndarray) -> SchoolRoute | None:
    lon, lat = _attribute(feature, "fiber_lon"), _attribute(feature, "fiber_lat")
    if lon is None or lat is None or not np.isfinite([float(lon), float(lat)]).all():
        return None
    distance = _attribute(feature, FIBER_DISTANCE_M)
    return SchoolRoute(np.array([start, [float(lon), float(lat)]], dtype=float), [], True,
                       float(distance) if distance is not None else None, RouteSource.NEAREST,
                       Upstream.FIBER.value, str(_attribute(feature, "fiber_feature_id") or ""))


def _joined(start: np.ndarray, lines: list[np.ndarray]) -> np.ndarray:
    """One polyline from `start` through each line in turn, each turned to begin where the previous ended (a link
    is stored from its upstream to its school); shared vertices are not repeated."""
    vertices = [np.asarray(start, dtype=float)]
    for line in lines:
        here = vertices[-1]
        if np.hypot(*(line[-1] - here)) < np.hypot(*(line[0] - here)):
            line = line[::-1]
        vertices += [point for point in line if not np.allclose(point, vertices[-1], rtol=0, atol=1e-9)]
    return np.array(vertices)
