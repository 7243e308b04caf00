"""One GeoPackage with every layer styled by default, and a project beside it, for QField or an offline laptop."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    QgsCoordinateTransformContext,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from ..core.atomic import atomic_path
from ..core.palette import Preset
from . import layer_io, layouts, styling
from .styling import LineKind


@dataclass(frozen=True)
class PackageLayer:
    """One layer to package: its table name in the GeoPackage, its legend name and how to style it."""

    source: QgsVectorLayer
    table: str
    title: str
    kind: LineKind | None = None
    is_schools: bool = False


def _write_layer(layer: QgsVectorLayer, path: Path, table: str, first: bool) -> None:
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = table
    options.fileEncoding = "UTF-8"
    options.actionOnExistingFile = (QgsVectorFileWriter.CreateOrOverwriteFile if first
                                    else QgsVectorFileWriter.CreateOrOverwriteLayer)
    error, message, _path, _layer = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsCoordinateTransformContext(), options)
    if error != QgsVectorFileWriter.NoError:
        raise OSError(f"{path}: cannot write layer '{table}': {message}")


def _style(layer: QgsVectorLayer, item: PackageLayer, preset: Preset) -> None:
    if item.is_schools:
        styling.apply_school_style(layer, preset)
    elif item.kind is not None:
        styling.apply_line_style(layer, item.kind)


def write_package(items: list[PackageLayer], gpkg: str | os.PathLike, project_path: str | os.PathLike,
                  preset: Preset, title: str, feedback=None) -> None:
    """Copy the layers into one GeoPackage with default styles, then write a .qgz that points at it relatively."""
    gpkg = Path(gpkg)
    with atomic_path(gpkg) as temporary:
        for position, item in enumerate(items):
            if feedback is not None and feedback.isCanceled():
                raise InterruptedError(str(gpkg))
            _write_layer(item.source, temporary, item.table, position == 0)
            if item.is_schools or item.kind is not None:
                layer = QgsVectorLayer(f"{temporary}|layername={item.table}", item.title, "ogr")
                _style(layer, item, preset)
                error = layer.saveStyleToDatabase(item.table, item.title, True, "")
                del layer
                if error:
                    raise OSError(f"{gpkg}: cannot store the style of '{item.table}': {error}")
    _write_project(items, gpkg, Path(project_path), title)


def _write_project(items: list[PackageLayer], gpkg: Path, project_path: Path, title: str) -> None:
    project = QgsProject()
    project.setTitle(title)
    project.writeEntryBool("Paths", "/Absolute", False)
    layers = [QgsVectorLayer(f"{gpkg}|layername={item.table}", item.title, "ogr") for item in items]
    project.addMapLayers(layers)
    project.setCrs(layouts.utm_crs(layouts.layer_extent(layers[0], layer_io.WGS84, project)))
    with atomic_path(project_path) as temporary:
        if not project.write(str(temporary)):
            raise OSError(f"{project_path}: cannot write the project: {project.error()}")
    project.clear()
