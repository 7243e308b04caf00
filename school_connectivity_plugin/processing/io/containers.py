"""Files that hold more than one layer, opened whole: every folder of a KML/KMZ, the tracks and routes of a GPX, each
layer of a GeoPackage or zip. Each sublayer is found through QGIS's own sublayer query (geometry types resolved, so a
KML folder of points and lines gives one layer of each); zip members are read in place through GDAL's /vsizip/.
QGIS and GDAL only (no pandas): Processing checks its layer parameters through here before any algorithm runs.
A school list's file (a workbook's sheet, a zipped list) is opened by `school_files`."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qgis.core import Qgis, QgsMapLayerType, QgsProviderRegistry, QgsVectorLayer, QgsWkbTypes

from ...core.errors import InputError

#: Vector files that may hold several layers (or folders) to look into.
LAYERED_SUFFIXES = frozenset({".gpkg", ".kml", ".kmz", ".gpx", ".sqlite", ".gml"})
#: Drivers whose layers are folders of one document: a school list in a KML is every folder's points.
FOLDER_DRIVERS = frozenset({"LIBKML", "KML"})
#: GPX layers that are not fiber: the tracks' and routes' vertices again as points, and stray waypoints.
GPX_NOT_FIBER = frozenset({"track_points", "route_points", "waypoints"})
_SPATIAL = (QgsWkbTypes.PointGeometry, QgsWkbTypes.LineGeometry)


@dataclass(frozen=True)
class Sublayer:
    """One layer a file holds: its name, the URI that opens it alone, its geometry kind and feature count."""

    name: str
    uri: str
    geometry: int
    features: int
    driver: str


def sublayers(path: str) -> list[Sublayer]:
    """Every layer of a file (a zip's members' layers too), geometry types resolved; [] for an unreadable file."""
    flags = Qgis.SublayerQueryFlags(Qgis.SublayerQueryFlag.CountFeatures | Qgis.SublayerQueryFlag.ResolveGeometryType)
    found = QgsProviderRegistry.instance().providerMetadata("ogr").querySublayers(path, flags)
    return [Sublayer(detail.name(), detail.uri(), QgsWkbTypes.geometryType(detail.wkbType()), detail.featureCount(),
                     detail.driverName()) for detail in found if detail.type() == QgsMapLayerType.VectorLayer]


def _named_uri(uri: str) -> bool:
    return any(part.split("=", 1)[0] in ("layername", "layerid") for part in uri.split("|")[1:])


def layers_named(chosen: list[Sublayer], stem: str) -> list[QgsVectorLayer]:
    """Layers for sublayers, named "<file>/<sublayer>" (a repeated name numbered)."""
    layers, seen = [], {}
    for sub in chosen:
        seen[sub.name] = seen.get(sub.name, 0) + 1
        name = f"{stem}/{sub.name}" + (f" {seen[sub.name]}" if seen[sub.name] > 1 else "")
        layer = QgsVectorLayer(sub.uri, name, "ogr")
        if layer.isValid():
            layers.append(layer)
    return layers


def fiber_layers(given: str | QgsVectorLayer) -> list[QgsVectorLayer]:
    """Every layer of lines or points a fiber input holds: each folder of a KML/KMZ (nested ones too), each layer
    of a GeoPackage, a GPX's tracks and routes, each layer of a zip; a plain file or a named sublayer as it is."""
    if isinstance(given, QgsVectorLayer):
        if given.providerType() != "ogr" or _named_uri(given.source()):
            return [given]
        path, stem, plain = given.source().split("|")[0], given.name(), given
    else:
        path, stem, plain = str(given).split("|")[0], Path(str(given).split("|")[0]).stem, None
        if _named_uri(str(given)):
            return [_valid(QgsVectorLayer(str(given), stem, "ogr"), path)]
    every = sublayers(path)
    found = [sub for sub in every if sub.geometry in _SPATIAL and sub.features != 0
             and not (sub.driver == "GPX" and sub.name in GPX_NOT_FIBER)]
    if len(every) <= 1 or not found:
        whole = plain or QgsVectorLayer(path, stem, "ogr")
        if whole.isValid() or len(found) != 1:
            return [_valid(whole, path)]  # (read_fiber_segments names what is wrong with a layer)
        return [_valid(QgsVectorLayer(found[0].uri, stem, "ogr"), path)]  # (a zip's one Shapefile in a folder)
    return layers_named(found, stem)


def _valid(layer: QgsVectorLayer, path: str) -> QgsVectorLayer:
    if not layer.isValid():
        raise InputError("not a readable vector layer", path=path)
    return layer
