"""QGIS vector layers read into pandas/numpy: attributes by column, points as EPSG:4326 lon/lat arrays."""
from __future__ import annotations

import math
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsPoint,
    QgsProcessingFeatureSourceDefinition,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...core.errors import InputError
from . import gpkg
from .crs import crs_of, to_wgs84_arrays

if TYPE_CHECKING:
    import pandas as pd

#: Features turned into one block of columns at a time while reading (bounds the per-feature Python objects).
READ_CHUNK = 50_000


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


def private_copy(layer: QgsVectorLayer, name: str) -> QgsVectorLayer:
    """A layer of its own to style and rename, so the user's layer is never touched: a second layer on the same
    file (QGIS draws 640,000 routes from a GeoPackage in a tenth of the time it takes from memory), or an in-memory
    copy of a layer that lives in memory itself (a memory layer's clone would share its features)."""
    if layer.providerType() != "memory":
        copy = QgsVectorLayer(layer.source(), name, layer.providerType())  # unstyled, as a materialized copy is
        if copy.isValid():
            copy.setSubsetString(layer.subsetString())
            copy.setCrs(layer.crs())
            return copy
    copy = layer.materialize(QgsFeatureRequest())
    copy.setName(name)
    return copy


def whole_layer(algorithm, parameters: dict, name: str, context) -> QgsVectorLayer | None:
    """The layer behind a feature-source parameter when the algorithm will see all of it, else None."""
    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition) and (
            value.selectedFeaturesOnly or value.featureLimit != -1):
        return None
    return algorithm.parameterAsVectorLayer(parameters, name, context)


def read_points(source, feedback=None, columns: Iterable[str] | None = None,
                layer: QgsVectorLayer | None = None, where: str | None = None) -> pd.DataFrame:
    """Attributes (all, or the named ones the source has) plus `longitude`/`latitude` in EPSG:4326 and
    `source_fid`; no geometry -> NaN. Name the columns an algorithm uses: a national layer has millions of rows.
    `layer` (see `whole_layer`) is the source's layer when all of it is read: a GeoPackage is then read in bulk,
    and only its rows that the SQLite condition `where` keeps (a superset of what the caller needs: other
    sources are read whole)."""
    names = _present(source, columns)
    bulk = gpkg.read_frame(layer, names, where) if layer is not None and gpkg.is_plain_gpkg(layer) else None
    if bulk is None:
        request = QgsFeatureRequest()
        if columns is not None:
            request.setSubsetOfAttributes(names, source.fields())
        frame, fids, x, y = _read_features(source, request, names, feedback)
    else:
        frame, fids, x, y = bulk
    lon, lat = to_wgs84_arrays(crs_of(source), x, y)
    frame["longitude"], frame["latitude"], frame["source_fid"] = lon, lat, fids
    return frame


def read_table(source) -> pd.DataFrame:
    """Every attribute of a table (the plan's phases or clusters) without feature ids: the rows as written."""
    return read_attributes(source, source.fields().names()).drop(columns=["source_fid", "fid"], errors="ignore")


def read_attributes(source, names: Iterable[str], fids: Iterable[int] | None = None, feedback=None) -> pd.DataFrame:
    """Named attributes plus `source_fid` from a layer or its feature-source snapshot (worker-thread safe)."""
    present = _present(source, names)
    if fids is None and isinstance(source, QgsVectorLayer) and gpkg.is_plain_gpkg(source):
        bulk = gpkg.read_frame(source, present)
        if bulk is not None:
            frame, ids, _, _ = bulk
            frame["source_fid"] = ids
            return frame
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    request.setSubsetOfAttributes(present, source.fields())
    if fids is not None:
        request.setFilterFids(list(fids))
    frame, ids, _, _ = _read_features(source, request, present, feedback, with_points=False)
    frame["source_fid"] = ids
    return frame


def read_point_coordinates(source, feedback=None, layer: QgsVectorLayer | None = None
                           ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Feature ids and EPSG:4326 lon/lat of a point source, in its iteration order, without attributes.

    A whole GeoPackage layer (`layer` given, no filter, no edits) is read in bulk through GDAL's Arrow
    stream; anything else feature by feature. A missing, empty or non-point geometry gives NaN; a multipoint
    gives its first point.
    """
    if layer is not None and gpkg.is_plain_gpkg(layer):
        fids, x, y = gpkg.point_xy(layer)
    else:
        _, fids, x, y = _read_features(source, QgsFeatureRequest().setNoAttributes(), [], feedback, as_frame=False)
    lon, lat = to_wgs84_arrays(crs_of(source), x, y)
    return fids, lon, lat


def _present(source, names: Iterable[str] | None) -> list[str]:
    """The wanted field names the source has, in order (all of its fields for None)."""
    fields = source.fields()
    if names is None:
        return fields.names()
    return [name for name in dict.fromkeys(names) if fields.indexFromName(name) >= 0]


def _read_features(source, request: QgsFeatureRequest, names: list[str], feedback, with_points: bool = True,
                   as_frame: bool = True) -> tuple[pd.DataFrame | None, np.ndarray, np.ndarray, np.ndarray]:
    """The QGIS feature API read, for any provider, a block of READ_CHUNK features at a time: the named columns
    (no frame at all when not `as_frame`, so coordinates alone are read without pandas), the FIDs and the stored
    x/y (NaN without a point).

    Values are collected in one list of scalars per column, never a list per row: rows would be thousands of
    containers surviving into the garbage collector's oldest generation, whose full pass then holds the GIL
    ~100 ms (in a worker thread too) and freezes the GUI."""
    indexes = [source.fields().indexFromName(name) for name in names]
    total = max(source.featureCount(), 1) if hasattr(source, "featureCount") else 0  # (snapshots have no count)
    blocks: list[pd.DataFrame] = []
    columns: list[list] = [[] for _ in names]
    xs: list[float] = []
    ys: list[float] = []
    fids: list[int] = []
    for feature in source.getFeatures(request):
        if feedback is not None and len(fids) % 1000 == 0:
            if feedback.isCanceled():
                break
            if total:
                feedback.setProgress(100.0 * len(fids) / total)
        attributes = feature.attributes()
        for column, index in zip(columns, indexes):
            column.append(plain_value(attributes[index]))
        fids.append(feature.id())
        if with_points:
            x, y = _native_xy(feature.geometry())
            xs.append(x)
            ys.append(y)
        if len(columns[0] if columns else ()) == READ_CHUNK:
            blocks.append(_block_frame(columns, names))
            columns = [[] for _ in names]
    frame = _whole_frame(blocks, columns, names, len(fids)) if as_frame else None
    return (frame, np.asarray(fids, dtype=np.int64), np.asarray(xs, dtype=float) if with_points else None,
            np.asarray(ys, dtype=float) if with_points else None)


def _whole_frame(blocks: list[pd.DataFrame], columns: list[list], names: list[str], rows: int) -> pd.DataFrame:
    """The blocks read so far and the last columns as one frame (`rows` rows without any column)."""
    import pandas as pd

    if not names:
        return pd.DataFrame(index=pd.RangeIndex(rows))
    if not blocks or columns[0]:
        blocks.append(_block_frame(columns, names))
    return pd.concat(blocks, ignore_index=True) if len(blocks) > 1 else blocks[0]


def _block_frame(columns: list[list], names: list[str]) -> pd.DataFrame:
    """Columns of plain values as a frame, repeated texts sharing one string object."""
    import pandas as pd

    frame = pd.DataFrame(dict(zip(names, columns)), columns=names) if columns and columns[0] else \
        pd.DataFrame(columns=names)
    for name in names:
        if frame[name].dtype == object:
            frame[name] = _shared_values(frame[name])
    return frame


def _shared_values(column: pd.Series) -> pd.Series:
    """The column with equal values as one object each ("yes" two million times costs one string, not two
    million); values pandas cannot hash are kept as they are."""
    import pandas as pd

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


def _native_xy(geometry: QgsGeometry) -> tuple[float, float]:
    """The point (or a multipoint's first point) in the layer's CRS; NaN when missing, empty or not a point."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return math.nan, math.nan
    if QgsWkbTypes.geometryType(geometry.wkbType()) != QgsWkbTypes.PointGeometry:
        return math.nan, math.nan
    point = geometry.constGet()
    if not isinstance(point, QgsPoint):
        point = geometry.vertexAt(0)
    return point.x(), point.y()


def plain_value(value):
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


