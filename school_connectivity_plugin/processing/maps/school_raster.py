"""A national layer's schools drawn once per page: they print as an image anyway (see planning_data
NATIONAL_SCALE_ABOVE), so each page's top raster-only layers are drawn once (the schools stamped from the frame by
school_dots, anything else rendered by QGIS) into an image laid exactly over the page's map, with the labels of the
layers below on top (QGIS prints labels over every feature); the PDF and the PNG export of that page both use it."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from qgis.core import (
    QgsLayoutItem,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsNullSymbolRenderer,
    QgsPrintLayout,
)
from qgis.PyQt.QtCore import QSizeF, Qt
from qgis.PyQt.QtGui import QImage, QPainter

from .school_dots import SchoolDots

#: Millimetres per inch, for the map's size in pixels at the export's DPI.
MM_PER_INCH = 25.4
#: Above the map item, below whatever the template stacks over the map (scale bar, legend, north arrow).
_ABOVE_MAP = 0.5


class SchoolImages:
    """Per page (by its position in the export), the image of the raster-only layers at the top of its map."""

    def __init__(self, folder: Path, dpi: float, dots: Sequence[SchoolDots] = ()):
        self.folder, self.dpi, self.dots = folder, dpi, list(dots)
        self.images: dict[int, Path] = {}
        self.layer_sets: dict[str, list] = {}  # each map's own layers, by map uuid, before any was taken out
        self.pictures: dict[str, QgsLayoutItemPicture] = {}
        self.labels: dict[str, tuple] = {}  # labelled layers split in two, by layer id (see _split)

    def lay_over(self, layout: QgsPrintLayout, position: int) -> None:
        """Render the page's top raster-only layers (once per position) and lay the image over its map."""
        for map_item in [item for item in layout.items() if isinstance(item, QgsLayoutItemMap)]:
            layers = self.layer_sets.setdefault(map_item.uuid(), list(map_item.layers()))
            drawn = _leading_raster_layers(layers)
            if not drawn:
                continue
            below = layers[len(drawn):]
            labelled = [layer for layer in below if layer.labelsEnabled()]
            map_item.setLayers([self._split(layout, layer)[1] if layer in labelled else layer for layer in below])
            key = f"{position}_{map_item.uuid()}"
            if key not in self.images:
                labels = [self._split(layout, layer)[0] for layer in labelled]
                path = self.folder / f"schools_{len(self.images)}.png"
                self.images[key] = self._render(map_item, drawn, labels, path)
            self._picture(layout, map_item).setPicturePath(str(self.images[key]))

    def _split(self, layout: QgsPrintLayout, layer) -> tuple:
        """A labelled layer as its labels alone (drawn over the schools, as labels always are) and as its features
        without labels (drawn in the map), made once."""
        if layer.id() not in self.labels:
            labels, features = layer.clone(), layer.clone()
            labels.setRenderer(QgsNullSymbolRenderer())
            features.setLabelsEnabled(False)
            layout.project().addMapLayers([labels, features], False)
            self.labels[layer.id()] = (labels, features)
        return self.labels[layer.id()]

    def _render(self, map_item: QgsLayoutItemMap, drawn: list, labels: list, path: Path) -> Path:
        """The `drawn` layers (top first) and then the `labels` into a transparent image of the map: school layers
        a SchoolDots stands for are stamped between the layers QGIS renders below and above them."""
        size = map_item.rect().size() * (self.dpi / MM_PER_INCH)
        settings: QgsMapSettings = map_item.mapSettings(map_item.extent(), QSizeF(round(size.width()),
                                                        round(size.height())), self.dpi, True)
        settings.setBackgroundColor(Qt.transparent)
        image = QImage(settings.outputSize(), QImage.Format_ARGB32_Premultiplied)
        image.fill(Qt.transparent)
        painter = QPainter(image)
        above, stamped, below = self._stamped_part(drawn)
        _draw_layers(painter, settings, below)
        if stamped is not None:
            stamped.draw(painter, settings)
        _draw_layers(painter, settings, [*above, *labels])  # labels above all, as QGIS prints them
        painter.end()
        if not image.save(str(path), "PNG"):
            raise OSError(f"{path}: cannot write the schools image")
        return path

    def _stamped_part(self, drawn: list) -> tuple[list, SchoolDots | None, list]:
        """`drawn` split around the run of layers a SchoolDots stands for: (above, dots, below); no dots: all above."""
        for dots in self.dots:
            count = len(dots.layers)
            for start in range(len(drawn) - count + 1):
                if dots.draws(drawn[start:start + count]):
                    return drawn[:start], dots, drawn[start + count:]
        return drawn, None, []

    def _picture(self, layout: QgsPrintLayout, map_item: QgsLayoutItemMap) -> QgsLayoutItemPicture:
        """The picture item over this map (made once): same place and size, no frame, stretched to fit."""
        picture = self.pictures.get(map_item.uuid())
        if picture is None:
            picture = QgsLayoutItemPicture(layout)
            picture.setResizeMode(QgsLayoutItemPicture.Stretch)
            picture.setFrameEnabled(False)
            picture.setBackgroundEnabled(False)
            picture.setReferencePoint(QgsLayoutItem.UpperLeft)
            layout.addLayoutItem(picture)
            self.pictures[map_item.uuid()] = picture
        picture.attemptSetSceneRect(map_item.mapRectToScene(map_item.rect()))
        picture.setZValue(map_item.zValue() + _ABOVE_MAP)
        return picture


def _draw_layers(painter: QPainter, settings: QgsMapSettings, layers: list) -> None:
    """The layers (top first) as QGIS renders them, onto what the painter holds."""
    if not layers:
        return
    settings.setLayers(layers)
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    painter.drawImage(0, 0, job.renderedImage())


def _leading_raster_layers(layers: list) -> list:
    """The layers at the top of the stack that print as an image whatever the format."""
    drawn = []
    for layer in layers:
        renderer = getattr(layer, "renderer", lambda: None)()
        if renderer is None or not renderer.forceRasterRender():
            break
        drawn.append(layer)
    return drawn

