"""One GeoPackage with every layer styled by default, and a project beside it, for QField or an offline laptop: the
schools carry a survey form (processing.field.survey_form) and what a merge needs to bring the surveys back."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    QgsProject,
    QgsVectorLayer,
)

from ...core.atomic import atomic_path
from ...core.definitions.palette import Preset
from ..io import crs
from ..io.field_tables import write_survey_schools
from ..io.gpkg_copy import copy_layer
from ..io.gpkg_write import writing
from ..maps import layouts, styling
from ..maps.styling import LineKind
from .survey_form import configure_form


@dataclass(frozen=True)
class PackageLayer:
    """One layer to package: its table name in the GeoPackage, its legend name and how to style it."""

    source: QgsVectorLayer
    table: str
    title: str
    kind: LineKind | None = None
    is_schools: bool = False


def _style(layer: QgsVectorLayer, item: PackageLayer, preset: Preset) -> None:
    if item.is_schools:
        styling.apply_school_style(layer, preset)
        configure_form(layer)
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
            if item.is_schools:
                with writing(gpkg):
                    write_survey_schools(item.source, temporary, item.table, new_file=position == 0)
            else:
                copy_layer(item.source, temporary, item.table, new_file=position == 0)
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
    for item, layer in zip(items, layers):
        if item.is_schools:
            configure_form(layer)
    project.addMapLayers(layers)
    project.setCrs(layouts.utm_crs(layouts.layer_extent(layers[0], crs.WGS84, project)))
    with atomic_path(project_path) as temporary:
        if not project.write(str(temporary)):
            raise OSError(f"{project_path}: cannot write the project: {project.error()}")
    project.clear()
