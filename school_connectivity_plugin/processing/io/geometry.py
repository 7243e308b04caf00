"""Polygons and lines read as EPSG:4326 numpy arrays: boundary and region rings, fiber segments, road lines."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from qgis.core import QgsGeometry, QgsWkbTypes

from ...core.definitions.codes import FiberProblem
from ...core.definitions.fields import FIBER_OPERATIONAL, FIBER_STATUS_FIELDS
from ...core.network.nearest import Segments
from .crs import ToWgs84, crs_of, to_wgs84
from .reading import plain_value


def polygon_rings(source) -> list[list[np.ndarray]]:
    """Each polygon part as a list of (n, 2) lon/lat rings in EPSG:4326, exterior first, holes after."""
    return [polygon for polygons in feature_polygon_rings(source) for polygon in polygons]


def feature_polygon_rings(source) -> list[list[list[np.ndarray]]]:
    """`polygon_rings` per feature, in feature order (an empty list for a feature without geometry)."""
    transform = to_wgs84(crs_of(source))
    features = []
    for feature in source.getFeatures():
        polygons = []
        geometry = feature.geometry()
        if not geometry.isNull() and not geometry.isEmpty():
            parts = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
            for part in parts:
                rings = [_lonlat([(point.x(), point.y()) for point in ring], transform) for ring in part if ring]
                if rings:
                    polygons.append(rings)
        features.append(polygons)
    return features


def _lonlat(points: list[tuple[float, float]], transform: ToWgs84) -> np.ndarray:
    """(n, 2) lon/lat of native (x, y) points."""
    xy = np.asarray(points, dtype=float).reshape(-1, 2)
    lon, lat = transform(xy[:, 0], xy[:, 1])
    return np.column_stack([lon, lat])


@dataclass
class FiberRead:
    """Segments of all fiber layers plus what was skipped and why."""

    segments: Segments
    layer_names: list[str]
    problems: list[tuple[str, int, FiberProblem]]
    layers_without_status: list[str]


def read_fiber_segments(layers, operational_only: bool = False, feedback=None) -> FiberRead:
    """Every consecutive vertex pair of every line part, and every node as a zero-length pair.

    Multi-part and curved geometries are flattened, Z/M dropped, coordinates reprojected to EPSG:4326.
    """
    columns: list[list[np.ndarray]] = [[], [], [], [], [], []]
    problems: list[tuple[str, int, FiberProblem]] = []
    names, without_status = [], []
    for layer_index, layer in enumerate(layers):
        names.append(layer.name())
        transform = to_wgs84(crs_of(layer))
        status_field = _status_field(layer)
        if operational_only and status_field is None:
            without_status.append(layer.name())
        for feature in layer.getFeatures():
            if feedback is not None and feedback.isCanceled():
                break
            if operational_only and status_field is not None and not _is_operational(feature[status_field]):
                continue
            parts, problem = line_parts(feature.geometry(), transform)
            if problem is not None:
                problems.append((layer.name(), feature.id(), problem))
            for part in parts:
                a, b = (part[:-1], part[1:]) if len(part) > 1 else (part, part)
                for column, values in zip(columns, (a[:, 0], a[:, 1], b[:, 0], b[:, 1])):
                    column.append(values)
                columns[4].append(np.full(len(a), feature.id(), dtype=np.int64))
                columns[5].append(np.full(len(a), layer_index, dtype=np.int64))
    arrays = [np.concatenate(column) if column else np.array([], dtype=kind)
              for column, kind in zip(columns, (float, float, float, float, np.int64, np.int64))]
    return FiberRead(Segments(*arrays), names, problems, without_status)


def _status_field(layer) -> str | None:
    """The layer's status field name, matched case-insensitively; None when it has none."""
    by_lower = {field.name().lower(): field.name() for field in layer.fields()}
    return next((by_lower[name] for name in FIBER_STATUS_FIELDS if name in by_lower), None)


def _is_operational(value) -> bool:
    value = plain_value(value)
    return value is not None and str(value).strip().lower() == FIBER_OPERATIONAL


def line_parts(geometry: QgsGeometry, transform: ToWgs84) -> tuple[list[np.ndarray], FiberProblem | None]:
    """(n, 2) lon/lat arrays, one per line part or point; a problem when some or all of it is unusable."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return [], FiberProblem.NO_GEOMETRY
    kind = QgsWkbTypes.geometryType(geometry.wkbType())
    if kind not in (QgsWkbTypes.LineGeometry, QgsWkbTypes.PointGeometry):
        return [], FiberProblem.WRONG_TYPE
    if QgsWkbTypes.isCurvedType(geometry.wkbType()):
        geometry = QgsGeometry(geometry.constGet().segmentize())
    if kind == QgsWkbTypes.PointGeometry:
        points = geometry.asMultiPoint() if geometry.isMultipart() else [geometry.asPoint()]
        native = [[(point.x(), point.y())] for point in points]
    else:
        lines = geometry.asMultiPolyline() if geometry.isMultipart() else [geometry.asPolyline()]
        native = [[(point.x(), point.y()) for point in line] for line in lines]
    parts, problem = [], None
    for points in native:
        part = _lonlat(points, transform)
        if not np.isfinite(np.asarray(points, dtype=float)).all():
            problem = FiberProblem.NOT_FINITE
        elif not np.isfinite(part).all():
            problem = FiberProblem.NOT_TRANSFORMABLE
        elif kind == QgsWkbTypes.LineGeometry and len(part) < 2:
            problem = FiberProblem.TOO_FEW_VERTICES
        else:
            parts.append(part)
    return parts, problem


def read_line_parts(source, feedback=None) -> list[np.ndarray]:
    """Every line part of a source as an (n, 2) lon/lat array in EPSG:4326 (curves segmentised, Z/M dropped)."""
    transform = to_wgs84(crs_of(source))
    parts: list[np.ndarray] = []
    for feature in source.getFeatures():
        if feedback is not None and feedback.isCanceled():
            break
        found, _ = line_parts(feature.geometry(), transform)
        parts.extend(part for part in found if len(part) >= 2)
    return parts
