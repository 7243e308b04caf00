"""A national layer's class dots and overlay markers drawn onto a page's image straight from the planning frame:
each style symbol rendered once by QGIS into a small image, then stamped at every school's pixel in the order QGIS
draws them (features in file order, each overlay layer above the dots). Reading 2,000,000 features back through the
provider for every page cost more than the drawing."""
from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pandas as pd
from qgis.core import QgsMapSettings, QgsRenderContext, QgsSymbol, QgsUnitTypes, QgsVectorLayer
from qgis.PyQt.QtCore import QPointF, Qt
from qgis.PyQt.QtGui import QImage, QPainter

from ...core.definitions.schema import IN_PIPELINE
from ...core.reporting.planning_lists import hard_mask
from ..io import crs
from .national_style import OVERLAY_PROPERTY
from .styling import Overlay

#: Which schools each overlay marks, as the overlay layers' filters select them.
OVERLAY_MASKS = {
    Overlay.PIPELINE: lambda frame: frame["pipeline_status"].isin([status.value for status in IN_PIPELINE]).to_numpy()
    if "pipeline_status" in frame else np.zeros(len(frame), dtype=bool),
    Overlay.HARD_TO_CONNECT: lambda frame: hard_mask(frame).to_numpy(),
}


class SchoolDots:
    """What a national school layer and its overlay layers draw, as (symbol per school) passes bottom to top."""

    def __init__(self, frame: pd.DataFrame, schools: QgsVectorLayer, overlays: Sequence[QgsVectorLayer] = ()):
        self.lon, self.lat = frame["longitude"].to_numpy(float), frame["latitude"].to_numpy(float)
        self.layers = [*overlays, schools]
        self.passes = [_category_pass(frame, schools)]
        for layer in reversed(overlays):  # overlays are listed top first
            overlay = Overlay(layer.customProperty(OVERLAY_PROPERTY))
            mask = OVERLAY_MASKS[overlay](frame)
            self.passes.append(([layer.renderer().symbol().clone()], np.where(mask, 0, -1)))
        self.projected: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def draws(self, layers: list) -> bool:
        """Whether these are exactly the layers it stands for."""
        return {layer.id() for layer in layers} == {layer.id() for layer in self.layers}

    def draw(self, painter: QPainter, settings: QgsMapSettings) -> None:
        """Stamp every pass onto the painter's image, as the map `settings` place the schools."""
        context = QgsRenderContext.fromMapSettings(settings)
        x, y = self._pixels(settings)
        for symbols, codes in self.passes:
            sprites = [_sprite(symbol, context) for symbol in symbols]
            if not sprites:
                continue
            sides = np.array([sprite.width() for sprite in sprites])[codes]  # square sprites; code -1: not drawn
            left, top = np.rint(x - sides / 2), np.rint(y - sides / 2)  # each sprite's corner pixel (NaN: none)
            inside = ((codes >= 0) & (left > -sides) & (left < settings.outputSize().width())
                      & (top > -sides) & (top < settings.outputSize().height()))
            rows = np.flatnonzero(inside)
            for code, column, line in zip(codes[rows].tolist(), left[rows].astype(int).tolist(),
                                          top[rows].astype(int).tolist()):
                painter.drawImage(column, line, sprites[code])

    def _pixels(self, settings: QgsMapSettings) -> tuple[np.ndarray, np.ndarray]:
        """Each school's pixel position on the map image (NaN without coordinates)."""
        target = settings.destinationCrs()
        key = target.authid() or target.toWkt()
        if key not in self.projected:
            self.projected[key] = crs.from_wgs84_arrays(target, self.lon, self.lat)
        x, y = self.projected[key]
        to_pixel = settings.mapToPixel()
        origin, unit = to_pixel.transform(0.0, 0.0), to_pixel.transform(1.0, 1.0)
        return origin.x() + x * (unit.x() - origin.x()), origin.y() + y * (unit.y() - origin.y())


def _category_pass(frame: pd.DataFrame, schools: QgsVectorLayer) -> tuple[list[QgsSymbol], np.ndarray]:
    """The categorized renderer's symbol index for each school (-1: not drawn; an empty category takes the rest)."""
    renderer = schools.renderer()
    categories = renderer.categories()
    values = [str(category.value()) for category in categories]
    attribute = renderer.classAttribute()
    classes = frame[attribute].fillna("").astype(str) if attribute in frame else pd.Series("", index=frame.index)
    codes = pd.Categorical(classes, categories=list(dict.fromkeys(values))).codes.astype(np.int64)
    if "" in values:
        codes[codes < 0] = values.index("")
    return [category.symbol().clone() for category in categories], codes


def _sprite(symbol: QgsSymbol, context: QgsRenderContext) -> QImage:
    """The symbol drawn once, centred in a transparent image, by QGIS at the page's resolution."""
    bleed = context.convertToPainterUnits(symbol.size() * 1.5 + 1.0, QgsUnitTypes.RenderMillimeters)
    side = math.ceil(bleed) | 1  # odd: the centre is a pixel centre
    image = QImage(side, side, QImage.Format_ARGB32_Premultiplied)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing, True)
    sprite_context = QgsRenderContext(context)
    sprite_context.setPainter(painter)
    symbol = symbol.clone()
    symbol.startRender(sprite_context)
    symbol.renderPoint(QPointF(side / 2, side / 2), None, sprite_context)
    symbol.stopRender(sprite_context)
    painter.end()
    return image
