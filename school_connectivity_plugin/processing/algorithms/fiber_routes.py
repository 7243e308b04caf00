"""schoolconnectivity:fiberroutes — shared fiber routes from the network to every unconnected school in reach."""
from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...core.definitions.fields import FIBER_DISTANCE_M, ROUTE_FIELDS, SEGMENT_FIELDS
from ...core.definitions.schema import Connectivity, PipelineStatus
from ...core.network.nearest import DEFAULT_PIECE_LENGTH_M, FiberIndex
from ...core.planning.costs import GIGA
from ...core.planning.prioritize import target_mask
from ...core.planning.road_routes import DEFAULT_SNAP_M, RoadGraph, road_routes
from ...core.planning.routes import RouteResult, fiber_routes
from ..io import crs, geometry, reading, writing
from ..maps import styling
from .base import Group, SchoolConnectivityAlgorithm

#: Fields the schools must carry when no fiber layer is given (written by distancetofiber).
NEAREST_FIBER_FIELDS = (FIBER_DISTANCE_M, "fiber_lon", "fiber_lat")
#: The school fields routing reads (with the coordinates).
ROUTING_INPUTS = ("school_id", "connectivity", "pipeline_status", *NEAREST_FIBER_FIELDS)


class FiberRoutesAlgorithm(SchoolConnectivityAlgorithm):
    """Adds route fields to the schools and writes the shared route segments as lines."""

    NAME = "fiberroutes"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("FiberRoutesAlgorithm", "Shared fiber routes")
    GROUP = Group.PLANNING

    ROADS = "ROADS"
    ROAD_SNAP_M = "ROAD_SNAP_M"
    MAX_LINK_M = "MAX_LINK_M"
    DETOUR_FACTOR = "DETOUR_FACTOR"
    COST_PER_KM_USD = "COST_PER_KM_USD"
    INCLUDE_UNKNOWN = "INCLUDE_UNKNOWN"
    OUTPUT = "OUTPUT"
    ROUTED = "ROUTED"
    UNREACHABLE = "UNREACHABLE"
    ROUTE_KM = "ROUTE_KM"
    ALONE_KM = "ALONE_KM"
    SAVING_USD = "SAVING_USD"

    def shortHelpString(self) -> str:
        return self.tr(
            "Plans fiber to every unconnected school within reach, sharing trenches between neighbours: the "
            "fiber network and the connected schools are the sources, and each unconnected school joins "
            "through the shortest links (a minimum spanning tree, as Giga's cost model and ITU's planning "
            "platform do). No link is longer than the maximum link length.\n\n"
            "Without roads a link is the geodesic straight line times the detour factor. With a roads layer "
            "links follow the shortest road path; schools and fiber points are snapped to the nearest road "
            "vertex within the snap distance, and schools farther from any road are reported unreachable.\n\n"
            "The nearest fiber point of each school is measured on the fiber layers when given, otherwise "
            "taken from the fields fiber_distance_m, fiber_lon and fiber_lat (Distance to fiber).\n\n"
            "Outputs: the schools with route_length_m (the school's own link), route_cost_usd (its trench "
            "at the cost per km), upstream_type (fiber, connected_school, school, unreachable), upstream_id, "
            "route_order (build order from the network) and alone_length_m (its direct link to the "
            "network); and the route segments (from_id, to_id, length_m, cost_usd, order). The log gives "
            "the total length against every school connected alone: the saving of shared trenches."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SCHOOLS, self.tr("Schools"), [QgsProcessing.TypeVectorPoint]))
        self.add_fiber_parameter()
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ROADS, self.tr("Roads (optional)"), [QgsProcessing.TypeVectorLine], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.ROAD_SNAP_M, self.tr("Road snap distance (m)"), QgsProcessingParameterNumber.Double,
            DEFAULT_SNAP_M, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_LINK_M, self.tr("Maximum link length (m)"), QgsProcessingParameterNumber.Double,
            GIGA.fiber.range_m, minValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.DETOUR_FACTOR, self.tr("Detour factor on straight links"), QgsProcessingParameterNumber.Double,
            GIGA.detour_factor, minValue=1.0, maxValue=3.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.COST_PER_KM_USD, self.tr("Fiber cost per km (USD)"), QgsProcessingParameterNumber.Double,
            GIGA.fiber.per_km_usd, minValue=0.0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.INCLUDE_UNKNOWN, self.tr("Also route schools with unknown connectivity"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Schools with routes"), QgsProcessing.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.ROUTES, self.tr("Fiber routes"), QgsProcessing.TypeVectorLine))
        for name, label in ((self.ROUTED, self.tr("Schools routed")),
                            (self.UNREACHABLE, self.tr("Schools out of reach")),
                            (self.ROUTE_KM, self.tr("Shared route length (km)")),
                            (self.ALONE_KM, self.tr("Length if each school were connected alone (km)")),
                            (self.SAVING_USD, self.tr("Saving of shared trenches (USD)"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def processAlgorithm(self, parameters, context, feedback):
        source = self.source_or_fail(parameters, self.SCHOOLS, context)
        layer = reading.whole_layer(self, parameters, self.SCHOOLS, context)
        schools = reading.read_points(source, feedback, ROUTING_INPUTS, layer)
        self._nearest_fiber(schools, parameters, context, feedback)
        target = target_mask(schools, self.parameterAsBool(parameters, self.INCLUDE_UNKNOWN, context))
        relays = schools[self._relay_mask(schools)][["school_id", "longitude", "latitude"]]
        targets = schools[target]
        max_link = self.parameterAsDouble(parameters, self.MAX_LINK_M, context)
        detour = self.parameterAsDouble(parameters, self.DETOUR_FACTOR, context)
        per_km = self.parameterAsDouble(parameters, self.COST_PER_KM_USD, context)
        roads = self.parameterAsSource(parameters, self.ROADS, context)
        feedback.setProgressText(self.tr("Routing {count} schools").format(count=len(targets)))
        if roads is not None:
            graph = RoadGraph.from_lines(geometry.read_line_parts(roads, feedback))
            result = road_routes(targets, relays, graph, max_link, per_km,
                                 self.parameterAsDouble(parameters, self.ROAD_SNAP_M, context))
        else:
            result = fiber_routes(targets, relays, max_link, detour, per_km)
        if feedback.isCanceled():
            return {}
        output_id = self._write_schools(parameters, context, source, layer, schools, target, result, feedback)
        routes_id = self._write_routes(parameters, context, result, feedback)
        styling.style_on_load(context, output_id)
        styling.style_on_load(context, routes_id, styling.LineKind.ROUTES)
        return {self.OUTPUT: output_id, self.ROUTES: routes_id, **self._report(result, feedback)}

    def _nearest_fiber(self, schools: pd.DataFrame, parameters, context, feedback) -> None:
        """fiber_distance_m / fiber_lon / fiber_lat measured on the fiber layers, else read from the schools."""
        layers = self.parameterAsLayerList(parameters, self.FIBER, context)
        if layers:
            fiber = geometry.read_fiber_segments(layers, feedback=feedback)
            if len(fiber.segments) == 0:
                raise QgsProcessingException(self.tr("{sources}: the fiber layers hold no usable line or node.").format(
                    sources=", ".join(layer.source().split("|")[0] for layer in layers)))
            nearest = FiberIndex(fiber.segments, DEFAULT_PIECE_LENGTH_M).nearest(
                schools["longitude"].to_numpy(float), schools["latitude"].to_numpy(float))
            schools[FIBER_DISTANCE_M], schools["fiber_lon"], schools["fiber_lat"] = (
                nearest.distance_m, nearest.lon, nearest.lat)
            return
        missing = [name for name in NEAREST_FIBER_FIELDS if name not in schools]
        if missing:
            raise QgsProcessingException(self.tr(
                "Give the fiber layers, or schools with the fields {fields} (run Distance to fiber first); "
                "missing: {missing}").format(fields=", ".join(NEAREST_FIBER_FIELDS), missing=", ".join(missing)))
        for name in NEAREST_FIBER_FIELDS:
            schools[name] = pd.to_numeric(schools[name], errors="coerce")

    @staticmethod
    def _relay_mask(schools: pd.DataFrame) -> np.ndarray:
        """Connected schools (or connected by the pipeline) carry fiber on to their neighbours."""
        connectivity = schools.get("connectivity", pd.Series("", index=schools.index)).fillna("").astype(str)
        pipeline = schools.get("pipeline_status", pd.Series("", index=schools.index)).fillna("").astype(str)
        return ((connectivity.str.lower() == Connectivity.YES.value)
                | (pipeline == PipelineStatus.CONNECTED.value)).to_numpy()

    def _write_schools(self, parameters, context, source, layer, schools, target, result: RouteResult, feedback):
        columns = {}
        for name, kind in ROUTE_FIELDS.items():
            values = np.full(len(schools), np.nan if kind is float else None, dtype=float if kind is float else object)
            values[target] = result.schools[name].tolist()
            columns[name] = values
        return writing.write_with_columns(self, parameters, self.OUTPUT, context, source, layer, ROUTE_FIELDS,
                                           schools["source_fid"].to_numpy(), columns, feedback)

    def _write_routes(self, parameters, context, result: RouteResult, feedback):
        segments = result.segments
        fields = writing.fields_for(segments[list(SEGMENT_FIELDS)], SEGMENT_FIELDS)
        sink, routes_id = self.parameterAsSink(parameters, self.ROUTES, context, fields, QgsWkbTypes.LineString,
                                               crs.WGS84)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.ROUTES))
        writing.write_lines_to_sink(segments[list(SEGMENT_FIELDS)], result.paths, sink, fields, feedback)
        return routes_id

    def _report(self, result: RouteResult, feedback) -> dict:
        summary = result.summary
        feedback.pushInfo(self.tr(
            "{routed} schools routed, {unreachable} out of reach; shared routes {route:.1f} km against "
            "{alone:.1f} km if each school were connected alone ({compared} schools compared): "
            "{saving:.1f} km, {usd:,.0f} USD saved").format(
            routed=summary["routed"], unreachable=summary["unreachable"],
            route=summary["route_total_m"] / 1000, alone=summary["alone_total_m"] / 1000,
            compared=summary["compared"], saving=summary["saving_m"] / 1000, usd=summary["saving_usd"]))
        for reason, count in summary.get("unreachable_by_reason", {}).items():
            feedback.pushWarning(self.tr("Out of reach, {reason}: {count}").format(reason=reason, count=count))
        return {self.ROUTED: summary["routed"], self.UNREACHABLE: summary["unreachable"],
                self.ROUTE_KM: summary["route_total_m"] / 1000, self.ALONE_KM: summary["alone_total_m"] / 1000,
                self.SAVING_USD: summary["saving_usd"]}
