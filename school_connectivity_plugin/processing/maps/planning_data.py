"""Private, styled copies of the inputs for planning maps and packages, and each school's region."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from qgis.core import QgsProject, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from ...core.definitions.fields import FIBER_DISTANCE_M
from ...core.definitions.palette import Preset
from ...core.reporting.area_stats import STATS_FIELDS
from ...core.reporting.planning_lists import TABLE_COLUMNS, hard_mask, not_connected_mask
from ...core.reporting.planning_lists import assign_regions as core_assign_regions
from ..io import geometry, reading, writing
from . import national_style, styling
from .styling import REGION_NAME_FIELDS, LineKind, region_name_fields

#: pylupdate5 files tr() calls made outside a class (and QT_TR_NOOP) under this context.
TR_CONTEXT = "@default"


def tr(text: str) -> str:
    """Translate a layer name shown in legends."""
    return QCoreApplication.translate(TR_CONTEXT, text)


@dataclass
class PlanningData:
    """Everything a planning map or field package draws, owned by a private project (inputs untouched)."""

    project: QgsProject
    frame: pd.DataFrame
    schools: QgsVectorLayer
    fiber: list[QgsVectorLayer] = field(default_factory=list)
    routes: QgsVectorLayer | None = None
    regions: QgsVectorLayer | None = None
    region_names: list[str] = field(default_factory=list)
    region_fids: list[int] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    #: For a national layer (see NATIONAL_SCALE_ABOVE): the overlay markers as layers of their own.
    school_overlays: list[QgsVectorLayer] = field(default_factory=list)
    national_scale: bool = False
    #: The plan's tables (from "Plan technologies, costs and phases") and its routes drawn by the phase that builds
    #: them, for the construction plan page.
    phases: pd.DataFrame | None = None
    clusters: pd.DataFrame | None = None
    phased_routes: QgsVectorLayer | None = None
    #: The plan page's schools, by recommended technology (made when a plan is given).
    technology_schools: QgsVectorLayer | None = None

    def school_layers(self) -> list[QgsVectorLayer]:
        """Overlay markers over the class dots, as the map stacks them."""
        return [*self.school_overlays, self.schools]

    def line_layers(self) -> list[QgsVectorLayer]:
        """Routes over fiber, as the map stacks them."""
        return ([self.routes] if self.routes is not None else []) + list(self.fiber)


#: Above this many schools they are drawn in the national style (`national_style`: no feature kept in memory,
#: legend from the data) and printed as an image at the export's DPI in PDF and SVG too: a national layer of
#: vector markers makes files of hundreds of megabytes that viewers cannot open.
NATIONAL_SCALE_ABOVE = 10_000
#: The school fields the pages count and list (and draw, for schools held in memory).
PLANNING_INPUTS = (*STATS_FIELDS, "school_name", FIBER_DISTANCE_M, *TABLE_COLUMNS)


def layer_title(layer: QgsVectorLayer) -> str:
    """The layer's title as a reader would write it: its metadata title, else its name without file-name marks."""
    title = layer.title().strip() or layer.name().strip()
    title = title.replace("_", " ").strip()
    return title[:1].upper() + title[1:]


def fiber_title(layer: QgsVectorLayer, count: int) -> str:
    """A fiber layer's title in legends and packages: "Fiber" alone, else "Fiber: <its title>"."""
    return tr("Fiber") if count == 1 else tr("Fiber: {name}").format(name=layer_title(layer))


def _sources(schools, fiber, routes, regions) -> list[str]:
    """The data-sources items: the plugin's own outputs by what they are, context layers by their titles."""
    items = [tr("school list") + (f" ({schools.title()})" if schools.title() else "")]
    items += [tr("fiber: {title}").format(title=", ".join(layer_title(layer) for layer in fiber))] if fiber else []
    items += [tr("regions: {title}").format(title=layer_title(regions))] if regions is not None else []
    items += [tr("routes planned by the plugin")] if routes is not None else []
    return items


def region_labels(regions: QgsVectorLayer) -> tuple[list[str], list[int]]:
    """Each region's first non-empty name (its feature id when it has none) and feature ids, in feature order."""
    table = reading.read_attributes(regions, region_name_fields())
    names = [name for name in region_name_fields() if name in table]
    labels = [next((str(value) for value in row[:-1] if value not in (None, "")), str(row[-1]))
              for row in table[[*names, "source_fid"]].itertuples(index=False, name=None)]
    return labels, table["source_fid"].astype(int).tolist()


def assign_regions(frame: pd.DataFrame, regions: QgsVectorLayer) -> np.ndarray:
    """Region index per school: by admin1 name first, then the polygon holding it, then the nearest one."""
    names = reading.read_attributes(regions, REGION_NAME_FIELDS)
    region_names = names.drop(columns=["source_fid"]).to_numpy(dtype=object).tolist()
    admin1 = frame["admin1"] if "admin1" in frame else pd.Series([None] * len(frame))
    return core_assign_regions(admin1, frame["longitude"].to_numpy(float), frame["latitude"].to_numpy(float),
                               region_names, geometry.feature_polygon_rings(regions))


def prepare(schools: QgsVectorLayer, fiber: list[QgsVectorLayer], routes: QgsVectorLayer | None,
            regions: QgsVectorLayer | None, preset: Preset = Preset.GIGA, feedback=None,
            tables: tuple = (None, None)) -> PlanningData:
    """Read the schools once, copy and style every layer into a private project."""
    frame = reading.read_points(schools, feedback, PLANNING_INPUTS, schools)
    project = QgsProject()
    school_layer = _school_copy(schools, frame)
    if "school_name" in frame:  # only schools the pages list keep their names: 2 million names take ~200 MB
        frame["school_name"] = frame["school_name"].where(hard_mask(frame) | not_connected_mask(frame), None)
    national = len(frame) > NATIONAL_SCALE_ABOVE
    if national:
        overlays = national_style.style_national(school_layer, frame, preset)
    else:
        styling.apply_school_style(school_layer, preset)
        overlays = []
    data = PlanningData(project=project, frame=frame, schools=school_layer,
                        sources=_sources(schools, fiber, routes, regions),
                        school_overlays=overlays, national_scale=national)
    for layer in fiber:
        if layer.geometryType() not in (QgsWkbTypes.LineGeometry, QgsWkbTypes.PointGeometry):
            if feedback is not None:  # an empty file has no geometry type: nothing to draw, nothing to style
                feedback.pushWarning(tr("{layer}: no fiber line or node to draw; left off the map").format(
                    layer=layer.source().split("|")[0]))
            continue
        copy = reading.private_copy(layer, fiber_title(layer, len(fiber)))
        styling.apply_line_style(copy, LineKind.FIBER)
        data.fiber.append(copy)
    if routes is not None:
        data.routes = reading.private_copy(routes, tr("Proposed fiber routes"))
        styling.apply_line_style(data.routes, LineKind.ROUTES)
    if routes is not None and routes.fields().indexOf("phase") >= 0:
        data.phased_routes = data.routes.clone()
        data.phased_routes.setName(tr("Fiber routes by construction phase"))
        styling.apply_line_style(data.phased_routes, LineKind.PLANNED_ROUTES)
        project.addMapLayer(data.phased_routes, False)
    data.phases, data.clusters = (_table(source) for source in tables)
    if data.phases is not None:
        data.technology_schools = _technology_copy(school_layer, project)
    for layer in (*data.school_layers(), data.routes, data.phased_routes, data.technology_schools):
        if layer is not None:  # a nation's schools and routes print as images (see school_raster)
            layer.renderer().setForceRasterRender(national)
    if regions is not None:
        data.regions = reading.private_copy(regions, tr("Regions"))
        styling.apply_line_style(data.regions, LineKind.REGIONS)
        data.region_names, data.region_fids = region_labels(data.regions)
        frame["region_index"] = assign_regions(frame, data.regions) if len(frame) else np.zeros(0, dtype=np.int64)
    project.addMapLayers([*data.school_layers(), *data.line_layers(), *([data.regions] if data.regions else [])])
    return data


def _table(source) -> pd.DataFrame | None:
    """A plan table (phases, clusters) read whole, without its feature ids; None when not given."""
    if source is None:
        return None
    return reading.read_table(source)


def _technology_copy(school_layer: QgsVectorLayer, project: QgsProject) -> QgsVectorLayer:
    """The schools by recommended technology: the construction plan page's own layer on the same features."""
    layer = school_layer.clone()
    layer.setName(tr("Schools by technology"))
    layer.setRenderer(styling.technology_renderer())
    project.addMapLayer(layer, False)
    return layer


def _school_copy(schools: QgsVectorLayer, frame) -> QgsVectorLayer:
    """The schools to draw: a second layer on the same file (no copy of millions of features), or an
    in-memory copy of the fields the pages use when the schools live in memory themselves."""
    if schools.providerType() != "memory":
        return reading.private_copy(schools, tr("Schools"))
    types = {name: kind for name, kind in _field_types(schools).items() if name in frame}
    return writing.memory_layer_from_points(frame.drop(columns=["source_fid"]), tr("Schools"), types)


def _field_types(layer: QgsVectorLayer) -> dict[str, type]:
    """Python types of the layer's fields, so copies keep integers and booleans as they were."""
    kinds = {QVariant.Int: int, QVariant.LongLong: int, QVariant.Double: float, QVariant.Bool: bool}
    return {f.name(): kinds.get(f.type(), str) for f in layer.fields()}
