"""The school card: a small window with what the map tip says about a school, and its route to fiber highlighted on
the map; opened by the "School card" action on a school (Identify results, attribute table, feature actions)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from qgis.core import (
    QgsApplication,
    QgsExpression,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.gui import QgsGui, QgsMapLayerAction, QgsRubberBand
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QTextBrowser, QVBoxLayout

from ..core.definitions.codes import Upstream
from ..processing.io.crs import WGS84
from ..processing.labels import number_locale
from ..processing.maps.school_card import card_html, card_title, is_school_layer

if TYPE_CHECKING:
    from ..processing.maps.school_route import SchoolRoute

CONTEXT = "SchoolCardDialog"
#: How the route is drawn over the map: wide enough to follow over fiber and route styles.
ROUTE_COLOUR, ROUTE_WIDTH = QColor(230, 0, 126, 210), 4
SCHOOL_COLOUR, FIBER_COLOUR = QColor(230, 0, 126), QColor(0, 90, 200)
#: The highlight: the route, the school, where its fiber comes from.
BAND_TYPES = (QgsWkbTypes.LineGeometry, QgsWkbTypes.PointGeometry, QgsWkbTypes.PointGeometry)
#: The map zooms out to the whole route (with this margin) when part of it is outside the view.
ZOOM_MARGIN = 1.3
#: The action's name on a school (Identify results, attribute table, feature actions).
CARD_ACTION = QT_TRANSLATE_NOOP("SchoolCardDialog", "School card")
#: What the highlighted line under the card is.
NO_ROUTE = QT_TRANSLATE_NOOP("SchoolCardDialog", "No route and no fiber point are known for this school.")
NEAREST = QT_TRANSLATE_NOOP("SchoolCardDialog", "No route planned: highlighted is the straight line to the nearest "
                                                "fiber point, {km} km.")
BROKEN = QT_TRANSLATE_NOOP("SchoolCardDialog", "Highlighted route: {km} km, links: {count}; it stops where the routes "
                                               "layer has no further link.")
TO_FIBER_SCHOOL = QT_TRANSLATE_NOOP("SchoolCardDialog", "Highlighted route to fiber: {km} km, links: {count}, to "
                                                        "school {school}, already on fiber.")
TO_FIBER = QT_TRANSLATE_NOOP("SchoolCardDialog", "Highlighted route to fiber: {km} km, links: {count}, to a fiber "
                                                 "point.")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _km(metres: float | None) -> str:
    return number_locale().toString((metres or 0.0) / 1000.0, "f", 1)


def route_summary(route: SchoolRoute | None, end_name: str = "") -> str:
    """One sentence under the card saying what the highlighted line is (`end_name`: the name of the school on fiber
    where the route ends, if it ends at one)."""
    from ..processing.maps.school_route import RouteSource

    if route is None:
        return tr(NO_ROUTE)
    if route.source is RouteSource.NEAREST:
        return tr(NEAREST).format(km=_km(route.length_m))
    if not route.reaches_fiber:
        return tr(BROKEN).format(km=_km(route.length_m), count=len(route.links))
    if route.end_type == Upstream.FIBER_SCHOOL.value:
        return tr(TO_FIBER_SCHOOL).format(km=_km(route.length_m), count=len(route.links),
                                          school=end_name or route.end_id)
    return tr(TO_FIBER).format(km=_km(route.length_m), count=len(route.links))


def _school_name(layer, route: SchoolRoute | None) -> str:
    """The name of the school on fiber a route ends at ("" when it ends elsewhere or the layer does not know it)."""
    if route is None or route.end_type != Upstream.FIBER_SCHOOL.value or layer.fields().indexOf("school_id") < 0:
        return ""  # (a school on fiber is named by its school_id in the links: it has no route_key of its own)
    request = QgsFeatureRequest(QgsExpression(QgsExpression.createFieldEqualityExpression("school_id", route.end_id)))
    return next((card_title(dict(zip(feature.fields().names(), feature.attributes())))
                 for feature in layer.getFeatures(request.setLimit(1))), "")


class SchoolCardDialog(QDialog):
    """The card of one school at a time; its route stays highlighted while the card is open."""

    def __init__(self, canvas, parent=None):
        super().__init__(parent)
        self.setObjectName("SchoolCardDialog")
        self.canvas = canvas
        self.route: SchoolRoute | None = None
        self.bands: list[QgsRubberBand] = []
        layout = QVBoxLayout(self)
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        layout.addWidget(self.text, 1)
        self.route_label = QLabel(self)
        self.route_label.setWordWrap(True)
        layout.addWidget(self.route_label)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        self.zoom_button = QPushButton(self.tr("Zoom to route"), self)
        self.zoom_button.setIcon(QgsApplication.getThemeIcon("/mActionZoomToSelected.svg"))
        buttons.addButton(self.zoom_button, QDialogButtonBox.ActionRole)
        self.zoom_button.clicked.connect(self.zoom_to_route)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.finished.connect(self.clear_highlight)
        self.resize(420, 620)

    def tr(self, message: str) -> str:
        return QCoreApplication.translate(CONTEXT, message)

    def show_school(self, layer, feature, routes=None) -> None:
        """Fill the card from a school feature of `layer` and highlight its route (routes layers: as
        school_route finds them, unless given)."""
        from ..processing.maps.school_route import school_route

        attributes = dict(zip(feature.fields().names(), feature.attributes()))
        self.setWindowTitle(self.tr("School card: {school}").format(school=card_title(attributes)))
        self.text.setHtml(card_html(attributes))
        self.route = school_route(layer, feature, routes)
        self.route_label.setText(route_summary(self.route, _school_name(layer, self.route)))
        self.zoom_button.setEnabled(self.route is not None)
        self.highlight()

    def _canvas_alive(self) -> bool:
        return self.canvas is not None and not sip.isdeleted(self.canvas)

    def highlight(self) -> None:
        """Draw the route over the map: the line, the school (circle) and where the fiber comes from (square)."""
        self.clear_highlight()
        if self.route is None or not self._canvas_alive():
            return
        if not self.bands:
            self.bands = [QgsRubberBand(self.canvas, kind) for kind in BAND_TYPES]
        line, school, fiber = self.bands
        line.setColor(ROUTE_COLOUR)
        line.setWidth(ROUTE_WIDTH)
        line.setToGeometry(self.route.geometry(), WGS84)
        for band, colour, icon, vertex in ((school, SCHOOL_COLOUR, QgsRubberBand.ICON_CIRCLE, self.route.vertices[0]),
                                           (fiber, FIBER_COLOUR, QgsRubberBand.ICON_FULL_BOX, self.route.vertices[-1])):
            band.setColor(colour)
            band.setIcon(icon)
            band.setIconSize(12)
            band.setWidth(3)
            band.setToGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(vertex[0]), float(vertex[1]))), WGS84)
        if not self.canvas.extent().contains(line.asGeometry().boundingBox()):
            self.zoom_to_route()

    def route_extent(self) -> QgsRectangle | None:
        """The highlighted route's extent in map coordinates."""
        if not self.bands or self.route is None:
            return None
        return self.bands[0].asGeometry().boundingBox()

    def zoom_to_route(self) -> None:
        extent = self.route_extent()
        if extent is None or not self._canvas_alive():
            return
        extent = QgsRectangle(extent)
        if extent.isEmpty():  # (a route along a meridian or a parallel)
            extent.grow(0.01 if self.canvas.mapSettings().destinationCrs().isGeographic() else 1000.0)
        extent.scale(ZOOM_MARGIN)
        self.canvas.setExtent(extent)
        self.canvas.refresh()

    def clear_highlight(self, *_args) -> None:
        for band, kind in zip(self.bands, BAND_TYPES):
            if not sip.isdeleted(band):
                band.reset(kind)

    def release(self) -> None:
        """Take the highlight off the map for good (the dialog is going away)."""
        if self._canvas_alive():
            for band in self.bands:
                if not sip.isdeleted(band):
                    self.canvas.scene().removeItem(band)
        self.bands = []


class SchoolCardActions(QObject):
    """A "School card" action on every school layer of the project, for as long as the plugin is loaded."""

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.actions: dict[str, QgsMapLayerAction] = {}
        self.dialog: SchoolCardDialog | None = None
        self._project: QgsProject | None = QgsProject.instance()
        self._project.layersAdded.connect(self._layers_added)
        self._project.layersWillBeRemoved.connect(self._layers_removed)
        self._layers_added(list(self._project.mapLayers().values()))

    def _layers_added(self, layers) -> None:
        for layer in layers:
            if is_school_layer(layer) and layer.id() not in self.actions:
                action = QgsMapLayerAction(tr(CARD_ACTION), self, layer, QgsMapLayerAction.SingleFeature,
                                           QgsApplication.getThemeIcon("/mActionIdentify.svg"))
                action.setObjectName("SchoolCardAction")
                action.triggeredForFeature.connect(self.show_card)
                registry = QgsGui.mapLayerActionRegistry()
                registry.addMapLayerAction(action)
                if registry.defaultActionForLayer(layer) is None:  # the Run Feature Action tool opens the card
                    registry.setDefaultActionForLayer(layer, action)
                self.actions[layer.id()] = action

    def _layers_removed(self, layer_ids) -> None:
        for layer_id in layer_ids:
            action = self.actions.pop(layer_id, None)
            if action is not None:
                self._drop(action)

    @staticmethod
    def _drop(action: QgsMapLayerAction) -> None:
        QgsGui.mapLayerActionRegistry().removeMapLayerAction(action)
        action.triggeredForFeature.disconnect()
        action.deleteLater()

    def show_card(self, layer, feature) -> SchoolCardDialog:
        """Open (or refill) the card for a school feature."""
        if self.dialog is None:
            self.dialog = SchoolCardDialog(self.iface.mapCanvas(), self.iface.mainWindow())
        self.dialog.show_school(layer, feature)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def release(self) -> None:
        """Remove every action and the card, and let go of the project (the plugin unloads)."""
        if self._project is not None:
            self._project.layersAdded.disconnect(self._layers_added)
            self._project.layersWillBeRemoved.disconnect(self._layers_removed)
            self._project = None
        for action in self.actions.values():
            self._drop(action)
        self.actions = {}
        if self.dialog is not None and not sip.isdeleted(self.dialog):
            self.dialog.close()
            self.dialog.release()
            self.dialog.deleteLater()
        self.dialog = None
