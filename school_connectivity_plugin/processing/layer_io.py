"""The one place where QGIS layers become pandas/numpy data and back."""
from __future__ import annotations

import itertools
import math
import os
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np
import pandas as pd
from pyproj import CRS as ProjCRS
from pyproj import Transformer
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsLineString,
    QgsPoint,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.errors import InputError
from ..core.line_of_sight import Dem
from ..core.nearest import Segments
from . import gpkg_io

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")

#: pandas/numpy dtype kind -> QVariant type for output fields.
_QVARIANT_FOR_KIND = {"i": QVariant.LongLong, "u": QVariant.LongLong, "f": QVariant.Double, "b": QVariant.Bool}
_QVARIANT_FOR_PYTYPE = {int: QVariant.LongLong, float: QVariant.Double, bool: QVariant.Bool, str: QVariant.String}


def load_vector(path_or_layer, name: str | None = None) -> QgsVectorLayer:
    """A valid vector layer from a path (any OGR format) or a layer passed through unchanged."""
    if isinstance(path_or_layer, QgsVectorLayer):
        return path_or_layer
    path = str(path_or_layer)
    if not os.path.exists(path.split("|")[0]):
        raise InputError("file not found", path=path)
    layer = QgsVectorLayer(path, name or Path(path.split("|")[0]).stem, "ogr")
    if not layer.isValid():
        raise InputError("not a readable vector layer", path=path)
    return layer


def _to_wgs84(source) -> QgsCoordinateTransform | None:
    crs = source.sourceCrs() if hasattr(source, "sourceCrs") else source.crs()
    if not crs.isValid() or crs == WGS84:
        return None
    return QgsCoordinateTransform(crs, WGS84, QgsProject.instance())


#: Features turned into one block of columns at a time while reading (bounds the per-feature Python objects).
READ_CHUNK = 50_000


def read_points(source, feedback=None, columns: Iterable[str] | None = None,
                layer: QgsVectorLayer | None = None, where: str | None = None) -> pd.DataFrame:
    """Attributes (all, or the named ones the source has) plus `longitude`/`latitude` in EPSG:4326 and
    `source_fid`; no geometry -> NaN. Name the columns an algorithm uses: a national layer has millions of rows.
    `layer` (see `whole_layer`) is the source's layer when all of it is read: a GeoPackage is then read in bulk,
    and only its rows that the SQLite condition `where` keeps (a superset of what the caller needs: other
    sources are read whole)."""
    names = _present(source, columns)
    bulk = gpkg_io.read_frame(layer, names, where) if layer is not None and gpkg_io.is_plain_gpkg(layer) else None
    if bulk is not None:
        frame, fids, x, y = bulk
        return _with_points(frame, *to_wgs84_arrays(source.sourceCrs(), x, y), fids)
    request = QgsFeatureRequest()
    if columns is not None:
        request.setSubsetOfAttributes(names, source.fields())
    return _read_features(source, request, names, _to_wgs84(source), feedback)


def read_attributes(source, names: Iterable[str], fids: Iterable[int] | None = None, feedback=None) -> pd.DataFrame:
    """Named attributes plus `source_fid` from a layer or its feature-source snapshot (worker-thread safe)."""
    present = _present(source, names)
    if fids is None and isinstance(source, QgsVectorLayer) and gpkg_io.is_plain_gpkg(source):
        bulk = gpkg_io.read_frame(source, present)
        if bulk is not None:
            frame, ids, _, _ = bulk
            frame["source_fid"] = ids
            return frame
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    request.setSubsetOfAttributes(present, source.fields())
    if fids is not None:
        request.setFilterFids(list(fids))
    return _read_features(source, request, present, None, feedback, with_points=False)


def _present(source, names: Iterable[str] | None) -> list[str]:
    """The wanted field names the source has, in order (all of its fields for None)."""
    fields = source.fields()
    if names is None:
        return fields.names()
    return [name for name in dict.fromkeys(names) if fields.indexFromName(name) >= 0]


def _read_features(source, request: QgsFeatureRequest, names: list[str], transform, feedback,
                   with_points: bool = True) -> pd.DataFrame:
    """The QGIS feature API read, for any provider, a block of READ_CHUNK features at a time.

    Values are collected in one list of scalars per column, never a list per row: rows would be thousands of
    containers surviving into the garbage collector's oldest generation, whose full pass then holds the GIL
    ~100 ms (in a worker thread too) and freezes the GUI."""
    indexes = [source.fields().indexFromName(name) for name in names]
    total = max(source.featureCount(), 1) if hasattr(source, "featureCount") else 0  # (snapshots have no count)
    blocks: list[pd.DataFrame] = []
    columns: list[list] = [[] for _ in names]
    lons: list[float] = []
    lats: list[float] = []
    fids: list[int] = []
    for feature in source.getFeatures(request):
        if feedback is not None and len(fids) % 1000 == 0:
            if feedback.isCanceled():
                break
            if total:
                feedback.setProgress(100.0 * len(fids) / total)
        attributes = feature.attributes()
        for column, index in zip(columns, indexes):
            column.append(_plain_value(attributes[index]))
        fids.append(feature.id())
        if with_points:
            lon, lat = _point_lonlat(feature.geometry(), transform)
            lons.append(lon)
            lats.append(lat)
        if len(columns[0] if columns else ()) == READ_CHUNK:
            blocks.append(_block_frame(columns, names))
            columns = [[] for _ in names]
    if not blocks or (columns and columns[0]):
        blocks.append(_block_frame(columns, names))
    frame = pd.concat(blocks, ignore_index=True) if len(blocks) > 1 else blocks[0]
    if not with_points:
        frame["source_fid"] = np.asarray(fids, dtype=np.int64)
        return frame
    return _with_points(frame, np.asarray(lons, dtype=float), np.asarray(lats, dtype=float),
                        np.asarray(fids, dtype=np.int64))


def _with_points(frame: pd.DataFrame, lon: np.ndarray, lat: np.ndarray, fids: np.ndarray) -> pd.DataFrame:
    frame["longitude"], frame["latitude"] = lon, lat
    frame["source_fid"] = fids
    return frame


def _block_frame(columns: list[list], names: list[str]) -> pd.DataFrame:
    """Columns of plain values as a frame, repeated texts sharing one string object."""
    frame = pd.DataFrame(dict(zip(names, columns)), columns=names) if columns and columns[0] else \
        pd.DataFrame(columns=names)
    for name in names:
        if frame[name].dtype == object:
            frame[name] = _shared_values(frame[name])
    return frame


def _shared_values(column: pd.Series) -> pd.Series:
    """The column with equal values as one object each ("yes" two million times costs one string, not two
    million); values pandas cannot hash are kept as they are."""
    try:
        codes, uniques = pd.factorize(column)
    except TypeError:
        return column
    if len(uniques) * 2 > len(column):
        return column
    values = np.empty(len(uniques) + 1, dtype=object)
    values[:-1] = list(uniques)
    values[-1] = None
    shared = pd.Series(values[codes], index=column.index, dtype=object)
    return shared.where(codes >= 0, column)


def _point_lonlat(geometry: QgsGeometry, transform) -> tuple[float, float]:
    """The point (or first part's point) in EPSG:4326; NaN when missing, empty or not a point."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return math.nan, math.nan
    if QgsWkbTypes.geometryType(geometry.wkbType()) != QgsWkbTypes.PointGeometry:
        return math.nan, math.nan
    point = geometry.vertexAt(0)
    x, y = point.x(), point.y()
    if transform is not None:
        try:
            projected = transform.transform(QgsPointXY(x, y))
        except Exception:  # noqa: BLE001 (QgsCsException: point outside the CRS's domain)
            return math.nan, math.nan
        x, y = projected.x(), projected.y()
    return x, y


def _plain_value(value):
    """QVariant NULLs and Qt dates become plain Python values pandas understands."""
    if value is None:
        return None
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    if hasattr(value, "toPyDateTime"):
        return value.toPyDateTime()
    if hasattr(value, "toPyDate"):
        return value.toPyDate()
    return value


def fields_from_types(types: dict[str, type]) -> QgsFields:
    """Fields named and typed as given, in order."""
    fields = QgsFields()
    for name, kind in types.items():
        fields.append(QgsField(str(name), _QVARIANT_FOR_PYTYPE[kind]))
    return fields


def fields_for(frame: pd.DataFrame, types: dict[str, type] | None = None) -> QgsFields:
    """Output fields for every column but the coordinates, typed by `types` or the column dtype."""
    fields = QgsFields()
    for column in frame.columns:
        if types and column in types:
            variant = _QVARIANT_FOR_PYTYPE[types[column]]
        else:
            variant = _QVARIANT_FOR_KIND.get(frame[column].dtype.kind, QVariant.String)
        fields.append(QgsField(str(column), variant))
    return fields


def _cell(value, variant):
    """A DataFrame cell as the Python value the field type expects (None for missing)."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return None
    if variant == QVariant.String:
        return str(value)
    if variant == QVariant.LongLong:
        return int(value)
    if variant == QVariant.Double:
        return float(value)
    if variant == QVariant.Bool:
        return bool(value)
    return value


def _attribute_rows(frame: pd.DataFrame, fields: QgsFields) -> Iterable[list]:
    variants = [field.type() for field in fields]
    columns = [frame[field.name()].to_numpy(dtype=object) if field.name() in frame else None for field in fields]
    for row in range(len(frame)):
        yield [None if col is None else _cell(col[row], var) for col, var in zip(columns, variants)]


def iter_point_features(frame: pd.DataFrame, fields: QgsFields) -> Iterator[QgsFeature]:
    """Point features (EPSG:4326) from `longitude`/`latitude`; rows without coordinates get no geometry."""
    lons = frame["longitude"].to_numpy(dtype=float)
    lats = frame["latitude"].to_numpy(dtype=float)
    for row, attributes in enumerate(_attribute_rows(frame, fields)):
        feature = QgsFeature(fields)
        feature.setAttributes(attributes)
        if np.isfinite(lons[row]) and np.isfinite(lats[row]):
            feature.setGeometry(QgsGeometry(QgsPoint(float(lons[row]), float(lats[row]))))
        yield feature


def iter_table_features(frame: pd.DataFrame, fields: QgsFields) -> Iterator[QgsFeature]:
    """Attribute-only features for tables such as the rejects list."""
    for attributes in _attribute_rows(frame, fields):
        feature = QgsFeature(fields)
        feature.setAttributes(attributes)
        yield feature


def iter_line_features(frame: pd.DataFrame, coords: list[np.ndarray], fields: QgsFields) -> Iterator[QgsFeature]:
    """Line features (EPSG:4326) from one (n, 2) lon/lat array per row."""
    for attributes, xy in zip(_attribute_rows(frame, fields), coords):
        feature = QgsFeature(fields)
        feature.setAttributes(attributes)
        if xy is not None and len(xy) >= 2:
            feature.setGeometry(QgsGeometry(QgsLineString([QgsPoint(float(x), float(y)) for x, y in xy])))
        yield feature


def features_from_points(frame: pd.DataFrame, fields: QgsFields) -> list[QgsFeature]:
    """All at once, for small layers (a memory layer, a test fixture)."""
    return list(iter_point_features(frame, fields))


def features_from_table(frame: pd.DataFrame, fields: QgsFields) -> list[QgsFeature]:
    """All at once, for small tables (rejects of a chunk, phases, unmatched plan rows)."""
    return list(iter_table_features(frame, fields))


def write_features_to_sink(features: Iterable[QgsFeature], sink, total: int, feedback=None,
                           chunk: int = 5_000) -> None:
    """Insert in chunks, each built only when written (a national layer never exists as one list of
    QgsFeatures), so progress and cancel stay responsive."""
    features = iter(features)
    written = 0
    while batch := list(itertools.islice(features, chunk)):
        if feedback is not None and feedback.isCanceled():
            return
        add_features(sink, batch)
        written += len(batch)
        if feedback is not None:
            feedback.setProgress(100.0 * written / max(total, 1))


def write_points_to_sink(frame: pd.DataFrame, sink, fields: QgsFields, feedback=None) -> None:
    """Write a point DataFrame through a Processing sink."""
    write_features_to_sink(iter_point_features(frame, fields), sink, len(frame), feedback)


def write_lines_to_sink(frame: pd.DataFrame, coords: list[np.ndarray], sink, fields: QgsFields, feedback=None) -> None:
    """Write line rows (one lon/lat array each) through a Processing sink."""
    write_features_to_sink(iter_line_features(frame, coords, fields), sink, len(frame), feedback)


def write_gpkg_layer(
    frame: pd.DataFrame,
    path: str,
    layer_name: str,
    geometry: str | None = "point",
    types: dict[str, type] | None = None,
    coords: list[np.ndarray] | None = None,
) -> None:
    """Create or replace one layer of a GeoPackage from a DataFrame (points, lines or no geometry)."""
    columns = [c for c in frame.columns if geometry != "point" or c not in ("longitude", "latitude")]
    if geometry == "point":
        columns += ["longitude", "latitude"]
    fields = fields_for(frame[columns], types)
    wkb_type = {"point": QgsWkbTypes.Point, "line": QgsWkbTypes.LineString, None: QgsWkbTypes.NoGeometry}[geometry]
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = layer_name
    options.fileEncoding = "UTF-8"
    if os.path.exists(path):
        options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
    writer = QgsVectorFileWriter.create(
        path, fields, wkb_type, WGS84, QgsProject.instance().transformContext(), options
    )
    if writer.hasError() != QgsVectorFileWriter.NoError:
        raise OSError(f"{path}: cannot write layer '{layer_name}': {writer.errorMessage()}")
    if geometry == "point":
        features = features_from_points(frame, fields)
    elif geometry == "line":
        features = list(iter_line_features(frame, coords or [], fields))
    else:
        features = features_from_table(frame, fields)
    ok = writer.addFeatures(features, QgsFeatureSink.FastInsert)
    error = writer.errorMessage()
    del writer
    if not ok:
        raise OSError(f"{path}: cannot write layer '{layer_name}': {error}")


def memory_layer_from_points(frame: pd.DataFrame, name: str, types: dict[str, type] | None = None) -> QgsVectorLayer:
    """An in-memory point layer (EPSG:4326), e.g. to style or render without touching disk."""
    fields = fields_for(frame, types)
    layer = QgsVectorLayer("Point?crs=EPSG:4326", name, "memory")
    layer.dataProvider().addAttributes(fields.toList())
    layer.updateFields()
    layer.dataProvider().addFeatures(features_from_points(frame, layer.fields()))
    layer.updateExtents()
    return layer


# --- school import (issue 3): boundary polygons as rings for core.boundary's point-in-polygon ---


def polygon_rings(source) -> list[list[np.ndarray]]:
    """Each polygon part as a list of (n, 2) lon/lat rings in EPSG:4326, exterior first, holes after."""
    return [polygon for polygons in feature_polygon_rings(source) for polygon in polygons]


def feature_polygon_rings(source) -> list[list[list[np.ndarray]]]:
    """`polygon_rings` per feature, in feature order (an empty list for a feature without geometry)."""
    transform = _to_wgs84(source)
    features = []
    for feature in source.getFeatures():
        polygons = []
        geometry = QgsGeometry(feature.geometry())
        if not geometry.isNull() and not geometry.isEmpty():
            if transform is not None:
                geometry.transform(transform)
            parts = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
            for part in parts:
                rings = [np.array([(point.x(), point.y()) for point in ring], dtype=float) for ring in part if ring]
                if rings:
                    polygons.append(rings)
        features.append(polygons)
    return features


# --- fiber segments (issue 4): lines and nodes as geodesic segment endpoints in EPSG:4326 ---


class FiberProblem(str, Enum):
    """Why a fiber feature (or part) was left out; reported to the user, never fatal."""

    NO_GEOMETRY = "no_geometry"
    WRONG_TYPE = "not_a_line_or_point"
    TOO_FEW_VERTICES = "line_with_fewer_than_two_vertices"
    NOT_FINITE = "coordinates_not_finite"
    NOT_TRANSFORMABLE = "cannot_reproject_to_wgs84"


#: Field names that carry a fiber feature's status (WATRA: `status` on lines, `node_status` on nodes).
FIBER_STATUS_FIELDS = ("status", "node_status")
#: The status value that counts as lit fiber, compared case-insensitively.
FIBER_OPERATIONAL = "operational"


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
        transform = _to_wgs84(layer)
        status_field = _status_field(layer)
        if operational_only and status_field is None:
            without_status.append(layer.name())
        for feature in layer.getFeatures():
            if feedback is not None and feedback.isCanceled():
                break
            if operational_only and status_field is not None and not _is_operational(feature[status_field]):
                continue
            parts, problem = _fiber_parts(feature.geometry(), transform)
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
    value = _plain_value(value)
    return value is not None and str(value).strip().lower() == FIBER_OPERATIONAL


def _fiber_parts(geometry: QgsGeometry, transform) -> tuple[list[np.ndarray], FiberProblem | None]:
    """(n, 2) lon/lat arrays, one per line part or point; a problem when some or all of it is unusable."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return [], FiberProblem.NO_GEOMETRY
    geometry = QgsGeometry(geometry)
    kind = QgsWkbTypes.geometryType(geometry.wkbType())
    if kind not in (QgsWkbTypes.LineGeometry, QgsWkbTypes.PointGeometry):
        return [], FiberProblem.WRONG_TYPE
    if QgsWkbTypes.isCurvedType(geometry.wkbType()):
        geometry = QgsGeometry(geometry.constGet().segmentize())
    if transform is not None:
        try:
            geometry.transform(transform)
        except Exception:  # noqa: BLE001 (QgsCsException: outside the CRS's domain)
            return [], FiberProblem.NOT_TRANSFORMABLE
    if kind == QgsWkbTypes.PointGeometry:
        points = geometry.asMultiPoint() if geometry.isMultipart() else [geometry.asPoint()]
        raw = [np.array([[point.x(), point.y()]]) for point in points]
    else:
        lines = geometry.asMultiPolyline() if geometry.isMultipart() else [geometry.asPolyline()]
        raw = [np.array([(point.x(), point.y()) for point in line], dtype=float).reshape(-1, 2) for line in lines]
    parts, problem = [], None
    for part in raw:
        if not np.isfinite(part).all():
            problem = FiberProblem.NOT_FINITE
        elif kind == QgsWkbTypes.LineGeometry and len(part) < 2:
            problem = FiberProblem.TOO_FEW_VERTICES
        else:
            parts.append(part)
    return parts, problem


def read_point_coordinates(source, feedback=None, layer: QgsVectorLayer | None = None
                           ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Feature ids and EPSG:4326 lon/lat of a point source, in its iteration order, without attributes.

    A whole GeoPackage layer (`layer` given, no filter, no edits) is read in bulk through GDAL's Arrow
    stream; anything else feature by feature. Coordinates are reprojected in one PROJ call (pyproj);
    a missing, empty or non-point geometry gives NaN; a multipoint gives its first point.
    """
    if layer is not None and gpkg_io.is_plain_gpkg(layer):
        fids, x, y = gpkg_io.point_xy(layer)
    else:
        fids, x, y = _iterated_point_xy(source, feedback)
    lon, lat = to_wgs84_arrays(source.sourceCrs(), x, y)
    return fids, lon, lat


def whole_layer(algorithm, parameters: dict, name: str, context) -> QgsVectorLayer | None:
    """The layer behind a feature-source parameter when the algorithm will see all of it, else None."""
    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition) and (
            value.selectedFeaturesOnly or value.featureLimit != -1):
        return None
    return algorithm.parameterAsVectorLayer(parameters, name, context)


def _iterated_point_xy(source, feedback) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """FIDs and native x/y through the QGIS feature iterator, for any provider."""
    request = QgsFeatureRequest().setNoAttributes()
    fids, xs, ys = [], [], []
    for feature in source.getFeatures(request):
        if feedback is not None and feedback.isCanceled():
            break
        fids.append(feature.id())
        x, y = _native_xy(feature.geometry())
        xs.append(x)
        ys.append(y)
    return np.asarray(fids, dtype=np.int64), np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)


def _native_xy(geometry: QgsGeometry) -> tuple[float, float]:
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return math.nan, math.nan
    if QgsWkbTypes.geometryType(geometry.wkbType()) != QgsWkbTypes.PointGeometry:
        return math.nan, math.nan
    point = geometry.constGet()
    if not isinstance(point, QgsPoint):
        point = geometry.vertexAt(0)
    return point.x(), point.y()


def to_wgs84_arrays(crs: QgsCoordinateReferenceSystem, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Coordinate arrays from `crs` to EPSG:4326 lon/lat in one PROJ call; failures become NaN."""
    if not crs.isValid() or crs == WGS84 or x.size == 0:
        return x, y
    transformer = Transformer.from_crs(
        ProjCRS.from_wkt(crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED)), "EPSG:4326", always_xy=True)
    lon, lat = transformer.transform(x, y, errcheck=False)
    lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    bad = ~(np.isfinite(lon) & np.isfinite(lat))
    lon[bad], lat[bad] = np.nan, np.nan
    return lon, lat


def output_fields(source_fields: QgsFields, added: dict[str, type]) -> QgsFields:
    """The source's fields with the analysis fields appended; a same-named source field is replaced."""
    fields = QgsFields()
    for field in source_fields:
        if field.name() not in added:
            fields.append(QgsField(field))
    for name, kind in added.items():
        fields.append(QgsField(name, _QVARIANT_FOR_PYTYPE[kind]))
    return fields


def copy_with_columns_to_sink(source, sink, fields: QgsFields, fids: np.ndarray, columns: dict[str, np.ndarray],
                              feedback=None, chunk: int = 5_000) -> None:
    """Every source feature, unchanged, plus the new columns (row i belongs to fid fids[i]); NaN -> NULL."""
    position = {name: fields.indexFromName(name) for name in columns}
    kept = [(fields.indexFromName(field.name()), index) for index, field in enumerate(source.fields())
            if fields.indexFromName(field.name()) >= 0 and field.name() not in columns]
    values = {name: _python_values(array) for name, array in columns.items()}
    row_of = None
    batch = []
    total = max(len(fids), 1)
    for row, feature in enumerate(source.getFeatures()):
        if feedback is not None and feedback.isCanceled():
            return
        if row_of is None and (row >= len(fids) or fids[row] != feature.id()):
            row_of = {int(fid): index for index, fid in enumerate(fids)}
        index = row if row_of is None else row_of[feature.id()]
        attributes = [None] * fields.count()
        source_attributes = feature.attributes()
        for out_index, in_index in kept:
            attributes[out_index] = source_attributes[in_index]
        for name, out_index in position.items():
            attributes[out_index] = values[name][index]
        out = QgsFeature(fields)
        out.setGeometry(feature.geometry())
        out.setAttributes(attributes)
        batch.append(out)
        if len(batch) >= chunk:
            add_features(sink, batch)
            batch = []
            if feedback is not None:
                feedback.setProgress(100.0 * row / total)
    if batch:
        add_features(sink, batch)


def _python_values(array: np.ndarray) -> list:
    """Plain Python values for QgsFeature attributes; NaN and None become NULL."""
    array = np.asarray(array)
    if array.dtype.kind == "f":
        return [None if math.isnan(value) else value for value in array.tolist()]
    return array.tolist()


def read_dem(layer) -> Dem:
    """A raster layer's first band as a north-up EPSG:4326 grid (reprojected in memory if needed)."""
    from osgeo import gdal

    dataset = gdal.Open(layer.source())
    if dataset is None:
        raise InputError("not a readable raster", path=layer.source())
    if layer.crs() != WGS84 or dataset.GetGeoTransform()[2] or dataset.GetGeoTransform()[4]:
        dataset = gdal.Warp("", dataset, format="MEM", dstSRS="EPSG:4326", resampleAlg="bilinear")
    band = dataset.GetRasterBand(1)
    west, width, _, north, _, height = dataset.GetGeoTransform()
    return Dem(values=band.ReadAsArray(), west=west, north=north, pixel_width=width, pixel_height=-height,
               nodata=band.GetNoDataValue())


def write_with_columns(algorithm, parameters: dict, name: str, context, source, layer, added: dict[str, type],
                       fids: np.ndarray, columns: dict[str, np.ndarray], feedback=None) -> str:
    """The source plus analysis columns to the algorithm's output; returns the output id.

    A whole single-layer GeoPackage in and a .gpkg file out is done in bulk: the file is copied (its
    R-tree with it) and SQLite adds the columns in one UPDATE, in a temporary file renamed at the end,
    so a failed or cancelled run leaves nothing half-written. The output layer keeps the input layer's
    name. Anything else goes feature by feature through the Processing sink.
    """
    destination = algorithm.parameterAsOutputLayer(parameters, name, context)
    table = gpkg_io.single_table(layer, source, destination)
    if table is not None:
        gpkg_io.copy_with_columns(layer.source().split("|")[0], table, destination, added, fids, columns)
        details = QgsProcessingContext.LayerDetails(Path(destination).stem, context.project(), name)
        context.addLayerToLoadOnCompletion(destination, details)
        return destination
    fields = output_fields(source.fields(), added)
    sink, output_id = algorithm.parameterAsSink(parameters, name, context, fields, source.wkbType(),
                                                source.sourceCrs())
    if sink is None:
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, name))
    copy_with_columns_to_sink(source, sink, fields, fids, columns, feedback)
    return output_id


# --- fiber routes and prioritisation (issue 5): road lines as lon/lat parts ---


def read_line_parts(source, feedback=None) -> list[np.ndarray]:
    """Every line part of a source as an (n, 2) lon/lat array in EPSG:4326 (curves segmentised, Z/M dropped)."""
    transform = _to_wgs84(source)
    parts: list[np.ndarray] = []
    for feature in source.getFeatures():
        if feedback is not None and feedback.isCanceled():
            break
        found, _ = _fiber_parts(feature.geometry(), transform)
        parts.extend(part for part in found if len(part) >= 2)
    return parts


# --- reliability (issue 9): a sink that cannot write stops the algorithm instead of passing silently ---

#: Characters of a writer's error kept in the message, from its end (OGR quotes whole CREATE TABLE statements).
MAX_WRITE_ERROR_CHARS = 300


def add_features(sink, features: list[QgsFeature]) -> None:
    """Add features to a sink; a refused write (disk full, read-only, too many columns) raises, naming why."""
    if not sink.addFeatures(features, QgsFeatureSink.FastInsert):
        detail = " ".join((sink.lastError() or "").split())
        if len(detail) > MAX_WRITE_ERROR_CHARS:  # the cause is at the end of OGR's messages
            detail = "…" + detail[-MAX_WRITE_ERROR_CHARS:]
        raise QgsProcessingException(f"cannot write the output: {detail}")

