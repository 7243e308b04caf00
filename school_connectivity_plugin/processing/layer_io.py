"""The one place where QGIS layers become pandas/numpy data and back."""
from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Iterable

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsLineString,
    QgsPoint,
    QgsPointXY,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.errors import InputError

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


def read_points(source, feedback=None) -> pd.DataFrame:
    """All attributes plus `longitude`/`latitude` in EPSG:4326 and `source_fid`; no geometry -> NaN."""
    transform = _to_wgs84(source)
    names = [field.name() for field in source.fields()]
    rows, lons, lats, fids = [], [], [], []
    total = max(source.featureCount(), 1)
    for index, feature in enumerate(source.getFeatures()):
        if feedback is not None and feedback.isCanceled():
            break
        rows.append(feature.attributes())
        fids.append(feature.id())
        lon, lat = _point_lonlat(feature.geometry(), transform)
        lons.append(lon)
        lats.append(lat)
        if feedback is not None and index % 1000 == 0:
            feedback.setProgress(100.0 * index / total)
    frame = pd.DataFrame(rows, columns=names) if rows else pd.DataFrame(columns=names)
    frame = frame.applymap(_plain_value) if len(frame) else frame
    frame["longitude"] = np.asarray(lons, dtype=float)
    frame["latitude"] = np.asarray(lats, dtype=float)
    frame["source_fid"] = np.asarray(fids, dtype=np.int64)
    return frame


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


def features_from_points(frame: pd.DataFrame, fields: QgsFields) -> list[QgsFeature]:
    """Point features (EPSG:4326) from `longitude`/`latitude`; rows without coordinates get no geometry."""
    lons = frame["longitude"].to_numpy(dtype=float)
    lats = frame["latitude"].to_numpy(dtype=float)
    features = []
    for row, attributes in enumerate(_attribute_rows(frame, fields)):
        feature = QgsFeature(fields)
        feature.setAttributes(attributes)
        if np.isfinite(lons[row]) and np.isfinite(lats[row]):
            feature.setGeometry(QgsGeometry(QgsPoint(float(lons[row]), float(lats[row]))))
        features.append(feature)
    return features


def features_from_table(frame: pd.DataFrame, fields: QgsFields) -> list[QgsFeature]:
    """Attribute-only features for tables such as the rejects list."""
    features = []
    for attributes in _attribute_rows(frame, fields):
        feature = QgsFeature(fields)
        feature.setAttributes(attributes)
        features.append(feature)
    return features


def features_from_lines(frame: pd.DataFrame, coords: list[np.ndarray], fields: QgsFields) -> list[QgsFeature]:
    """Line features (EPSG:4326) from one (n, 2) lon/lat array per row."""
    features = []
    for attributes, xy in zip(_attribute_rows(frame, fields), coords):
        feature = QgsFeature(fields)
        feature.setAttributes(attributes)
        if xy is not None and len(xy) >= 2:
            feature.setGeometry(QgsGeometry(QgsLineString([QgsPoint(float(x), float(y)) for x, y in xy])))
        features.append(feature)
    return features


def write_features_to_sink(features: list[QgsFeature], sink, feedback=None, chunk: int = 50_000) -> None:
    """Bulk insert in chunks so progress and cancel stay responsive."""
    for start in range(0, len(features), chunk):
        if feedback is not None and feedback.isCanceled():
            return
        sink.addFeatures(features[start:start + chunk], QgsFeatureSink.FastInsert)
        if feedback is not None:
            feedback.setProgress(100.0 * min(start + chunk, len(features)) / max(len(features), 1))


def write_points_to_sink(frame: pd.DataFrame, sink, fields: QgsFields, feedback=None) -> None:
    """Write a point DataFrame through a Processing sink."""
    write_features_to_sink(features_from_points(frame, fields), sink, feedback)


def write_lines_to_sink(frame: pd.DataFrame, coords: list[np.ndarray], sink, fields: QgsFields, feedback=None) -> None:
    """Write line rows (one lon/lat array each) through a Processing sink."""
    write_features_to_sink(features_from_lines(frame, coords, fields), sink, feedback)


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
        features = features_from_lines(frame, coords or [], fields)
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
