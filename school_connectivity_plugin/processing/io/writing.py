"""pandas/numpy data written back as QGIS features: fields typed from the data, sinks filled in chunks, analysis
columns added to a copy of the source (in bulk for a GeoPackage), whole layers copied into GeoPackages."""
from __future__ import annotations

import itertools
import math
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsLineString,
    QgsPoint,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...core.definitions.fields import at_precision
from . import gpkg, gpkg_write
from .crs import WGS84

if TYPE_CHECKING:
    import pandas as pd

#: pandas/numpy dtype kind -> QVariant type for output fields.
_QVARIANT_FOR_KIND = {"i": QVariant.LongLong, "u": QVariant.LongLong, "f": QVariant.Double, "b": QVariant.Bool}
_QVARIANT_FOR_PYTYPE = {int: QVariant.LongLong, float: QVariant.Double, bool: QVariant.Bool, str: QVariant.String}


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
    """A DataFrame cell (not missing) as the Python value the field type expects."""
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
    columns = [at_precision(field.name(), frame[field.name()].to_numpy()).astype(object) if field.name() in frame
               else None for field in fields]
    missing = [frame[field.name()].isna().to_numpy() if field.name() in frame else None for field in fields]
    for row in range(len(frame)):
        yield [None if col is None or gaps[row] else _cell(col[row], var)
               for col, gaps, var in zip(columns, missing, variants)]


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



def write_with_columns(algorithm, parameters: dict, name: str, context, source, layer, added: dict[str, type],
                       fids: np.ndarray, columns: dict[str, np.ndarray], feedback=None) -> str:
    """The source plus analysis columns to the algorithm's output; returns the output id.

    A whole single-layer GeoPackage in and a .gpkg file out is done in bulk: the file is copied (its
    R-tree with it) and SQLite adds the columns in one UPDATE, in a temporary file renamed at the end,
    so a failed or cancelled run leaves nothing half-written. The output layer keeps the input layer's
    name. Anything else goes feature by feature through the Processing sink. Exactly one output is registered
    for loading either way (asking Processing for the output path registers one of its own). Lengths and money are
    written at their stated precision (core.definitions.fields).
    """
    columns = {column: at_precision(column, values) for column, values in columns.items()}
    path = _requested_path(parameters.get(name), context)
    table = gpkg.single_table(layer, source, path) if path else None
    if table is not None:
        destination = algorithm.parameterAsOutputLayer(parameters, name, context)
        gpkg.copy_with_columns(layer.source().split("|")[0], table, destination, added, fids, columns)
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


class _SinkOutput:
    """Rows through a Processing sink, feature by feature (memory layers, Shapefiles, database tables)."""

    def __init__(self, sink, fields: QgsFields, output_id: str, feedback=None):
        self.sink, self.fields, self.output_id, self.feedback = sink, fields, output_id, feedback

    def append(self, frame: pd.DataFrame, coords: list[np.ndarray] | None = None) -> None:
        if coords is None:
            write_points_to_sink(frame, self.sink, self.fields, self.feedback)
        else:
            write_lines_to_sink(frame, coords, self.sink, self.fields, self.feedback)

    def close(self) -> str:
        return self.output_id

    def abort(self) -> None:
        """A sink cannot be taken back; Processing drops an output whose algorithm failed."""


class _BulkOutput:
    """Rows into a .gpkg file by SQL, registered as the algorithm's output once in place; a refused write stops
    the algorithm naming the file and why, as the sink's does."""

    def __init__(self, writer_class, destination: str, types: dict[str, type], context, name: str):
        with _stopping():
            self.writer = writer_class(destination, Path(destination).stem, types)
        self.context, self.name = context, name

    def append(self, frame: pd.DataFrame, coords: list[np.ndarray] | None = None) -> None:
        with _stopping():
            self.writer.append(frame, coords)

    def close(self) -> str:
        with _stopping():
            destination = self.writer.close()
        details = QgsProcessingContext.LayerDetails(Path(destination).stem, self.context.project(), self.name)
        self.context.addLayerToLoadOnCompletion(destination, details)
        return destination

    def abort(self) -> None:
        self.writer.abort()


@contextmanager
def _stopping() -> Iterator[None]:
    try:
        yield
    except OSError as error:
        raise QgsProcessingException(str(error)) from error


def feature_output(algorithm, parameters: dict, name: str, context, types: dict[str, type], lines: bool = False,
                   feedback=None):
    """The writer of an algorithm's point (or line) output in EPSG:4326: `append(frame)` (lines:
    `append(frame, coords)`) per chunk, then `close()` gives the output id (`abort()` on failure). A .gpkg file is
    written in bulk by SQL, anything else through the sink (with progress and cancel on `feedback`, when given)."""
    if _requested_path(parameters.get(name), context):
        writer = gpkg_write.LineTableWriter if lines else gpkg_write.PointTableWriter
        return _BulkOutput(writer, algorithm.parameterAsOutputLayer(parameters, name, context), types, context, name)
    fields = fields_from_types(types)
    sink, output_id = algorithm.parameterAsSink(parameters, name, context, fields,
                                                QgsWkbTypes.LineString if lines else QgsWkbTypes.Point, WGS84)
    if sink is None:
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, name))
    return _SinkOutput(sink, fields, output_id, feedback)


def _requested_path(value, context) -> str | None:
    """The file an output parameter asks for, read without side effects ('' or None for temporary outputs)."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value, _ok = value.sink.valueAsString(context.expressionContext())
    return value if isinstance(value, str) and value.lower().endswith(".gpkg") else None


def copy_layer_to_gpkg(layer: QgsVectorLayer, path: str | os.PathLike, table: str, new_file: bool,
                       attributes: list[int] | None = None) -> None:
    """The whole layer (or these attribute indexes of it) as table `table` of a GeoPackage (a new file, or a table
    added to an existing one)."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    if attributes is not None:
        options.attributes = attributes
    options.driverName = "GPKG"
    options.layerName = table
    options.fileEncoding = "UTF-8"
    options.actionOnExistingFile = (QgsVectorFileWriter.CreateOrOverwriteFile if new_file
                                    else QgsVectorFileWriter.CreateOrOverwriteLayer)
    error, message, _path, _layer = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsCoordinateTransformContext(), options)
    if error != QgsVectorFileWriter.NoError:
        raise gpkg_write.WriteError(f"cannot write the output {path}: layer '{table}': {message}")


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

