"""Which loaded layer is the fiber, which the regions, which the elevation model, guessed the way a planner would
from names and fields, so the dock fills its pickers from what the project holds."""
from __future__ import annotations

from qgis.core import QgsMapLayer, QgsRasterLayer, QgsVectorLayer, QgsWkbTypes

#: Words (lower case, matched inside names and field names) that say a layer is fiber: English, Russian, Kyrgyz.
FIBER_WORDS = ("fiber", "fibre", "backbone", "optic", "волс", "оптик", "оптов", "магистрал", "була")
#: Words that make a polygon layer the regions rather than, say, a country boundary.
REGION_WORDS = ("adm1", "admin1", "region", "oblast", "област", "регион", "province", "аймак")
#: Words that make a single-band raster the elevation model.
DEM_WORDS = ("dem", "srtm", "elev", "height", "relief", "рельеф", "высот", "бийиктик", "copernicus")


def _text_of(layer: QgsMapLayer) -> str:
    """The layer's name and field names, lower case, for word matching."""
    names = [layer.name()]
    if isinstance(layer, QgsVectorLayer):
        names += layer.fields().names()
    return " ".join(names).lower() + " "


def _says(layer: QgsMapLayer, words: tuple[str, ...]) -> bool:
    text = _text_of(layer)
    return any(word in text for word in words)


def is_fiber(layer: QgsMapLayer) -> bool:
    return (isinstance(layer, QgsVectorLayer)
            and layer.geometryType() in (QgsWkbTypes.LineGeometry, QgsWkbTypes.PointGeometry)
            and _says(layer, FIBER_WORDS))


def is_polygons(layer: QgsMapLayer) -> bool:
    return isinstance(layer, QgsVectorLayer) and layer.geometryType() == QgsWkbTypes.PolygonGeometry


def is_single_band_raster(layer: QgsMapLayer) -> bool:
    return isinstance(layer, QgsRasterLayer) and layer.isValid() and layer.bandCount() == 1


def best_regions(layers: list[QgsMapLayer]) -> QgsMapLayer | None:
    """Polygon layers, those named as regions first, then the one with most features (admin-1 over a country)."""
    polygons = [layer for layer in layers if is_polygons(layer)]
    return max(polygons, key=lambda layer: (_says(layer, REGION_WORDS), layer.featureCount()), default=None)


def best_dem(layers: list[QgsMapLayer]) -> QgsMapLayer | None:
    """Single-band rasters, those named as elevation first."""
    rasters = [layer for layer in layers if is_single_band_raster(layer)]
    return max(rasters, key=lambda layer: _says(layer, DEM_WORDS), default=None)
