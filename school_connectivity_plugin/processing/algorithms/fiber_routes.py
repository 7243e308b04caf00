"""schoolconnectivity:fiberroutes — shared fiber routes from fiber to every school to connect, in clusters."""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...core.definitions.defaults import DEFAULT_SNAP_M
from ...core.definitions.fields import FIBER_DISTANCE_M, ROUTE_FIELDS, SEGMENT_FIELDS
from ...core.planning.costs import KYRGYZSTAN
from .base import Group, SchoolConnectivityAlgorithm

if TYPE_CHECKING:
    import pandas as pd

    from ...core.planning.routes import RouteResult

#: Fields the schools must carry when no fiber layer is given (written by distancetofiber).
NEAREST_FIBER_FIELDS = (FIBER_DISTANCE_M, "fiber_lon", "fiber_lat")


class FiberRoutesAlgorithm(SchoolConnectivityAlgorithm):
    """Adds route fields to the schools to connect and writes the route links within reach as lines."""

    NAME = "fiberroutes"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("FiberRoutesAlgorithm", "Shared fiber routes")
    GROUP = Group.ANALYSIS

    ROADS = "ROADS"
    ROAD_SNAP_M = "ROAD_SNAP_M"
    MAX_LINK_M = "MAX_LINK_M"
    DETOUR_FACTOR = "DETOUR_FACTOR"
    INCLUDE_UNKNOWN = "INCLUDE_UNKNOWN"
    OUTPUT = "OUTPUT"
    ROUTED = "ROUTED"
    UNREACHABLE = "UNREACHABLE"
    ROUTE_KM = "ROUTE_KM"
    ALONE_KM = "ALONE_KM"
    CLUSTERS = "CLUSTERS"

    def shortHelpString(self) -> str:
        return self.tr(
            "Plans fiber routes to every school to connect (not connected, or committed in the operator's work "
            "plan), sharing trenches between neighbours. Routes start only from fiber: the fiber layers and the "
            "schools on fiber (connected by fiber, or connected by the plan with fiber). A school on 3G, copper, "
            "microwave or satellite carries no fiber on. Every school joins one spanning tree through the shortest "
            "links (as Giga's cost model and ITU's planning platform do); a link longer than the maximum is not "
            "built unless a school below it is committed in the operator's plan.\n\n"
            "A cluster is a link from fiber and the schools reached through it (cluster_id). path_max_link_m is "
            "the longest link on the school's route: the tree's route minimises it, so the school is reachable "
            "through links within the maximum exactly when it is within the maximum.\n\n"
            "Without roads a link is the geodesic straight line times the detour factor. With a roads layer links "
            "follow the shortest road path (searched within the maximum link); schools and fiber points are "
            "snapped to the nearest road vertex within the snap distance.\n\n"
            "The nearest fiber point of each school is measured on the fiber layers when given, otherwise taken "
            "from the fields fiber_distance_m, fiber_lon and fiber_lat (Distance to fiber).\n\n"
            "Outputs: the schools with route_key, route_length_m (the school's own link), upstream_type (fiber, "
            "fiber_school, school, none), upstream_id, upstream_lon/lat, route_order (build order from the "
            "network), path_length_m, path_max_link_m, cluster_id, alone_length_m (its direct link to the network) "
            "and route_note; and the links within reach as lines (from_id, to_id, length_m, order, cluster_id)."
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
            KYRGYZSTAN.trench.max_link_m, minValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.DETOUR_FACTOR, self.tr("Detour factor on straight links"), QgsProcessingParameterNumber.Double,
            KYRGYZSTAN.trench.detour_factor, minValue=1.0, maxValue=3.0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.INCLUDE_UNKNOWN, self.tr("Also route schools with unknown connectivity"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Schools with routes"), QgsProcessing.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.ROUTES, self.tr("Fiber routes"), QgsProcessing.TypeVectorLine))
        for name, label in ((self.ROUTED, self.tr("Schools fiber can reach")),
                            (self.UNREACHABLE, self.tr("Schools out of reach")),
                            (self.ROUTE_KM, self.tr("Shared route length (km)")),
                            (self.ALONE_KM, self.tr("Length if each school were connected alone (km)")),
                            (self.CLUSTERS, self.tr("Clusters"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def processAlgorithm(self, parameters, context, feedback):
        from ...core.planning.road_routes import RoadGraph, road_routes
        from ...core.planning.roles import ROLE_INPUTS, route_inputs
        from ...core.planning.routes import fiber_routes
        from ..io import geometry, reading
        from ..maps import styling

        source = self.source_or_fail(parameters, self.SCHOOLS, context)
        layer = reading.whole_layer(self, parameters, self.SCHOOLS, context)
        routing_inputs = (*ROLE_INPUTS, *NEAREST_FIBER_FIELDS, "fiber_layer", "fiber_feature_id")
        schools = reading.read_points(source, feedback, routing_inputs, layer)
        self._nearest_fiber(schools, parameters, context, feedback)
        target, targets, fiber_schools = route_inputs(
            schools, self.parameterAsBool(parameters, self.INCLUDE_UNKNOWN, context))
        max_link = self.parameterAsDouble(parameters, self.MAX_LINK_M, context)
        roads = self.parameterAsSource(parameters, self.ROADS, context)
        feedback.setProgressText(self.tr("Routing {count} schools from {sources} schools on fiber and the "
                                         "fiber network").format(count=len(targets), sources=len(fiber_schools)))
        if roads is not None:
            graph = RoadGraph.from_lines(geometry.read_line_parts(roads, feedback))
            result = road_routes(targets, fiber_schools, graph, max_link,
                                 self.parameterAsDouble(parameters, self.ROAD_SNAP_M, context))
        else:
            result = fiber_routes(targets, fiber_schools, max_link,
                                  self.parameterAsDouble(parameters, self.DETOUR_FACTOR, context))
        if feedback.isCanceled():
            return {}
        output_id = self._write_schools(parameters, context, source, layer, schools, target, result, feedback)
        routes_id = self._write_routes(parameters, context, result, feedback)
        styling.style_on_load(context, output_id)
        styling.style_on_load(context, routes_id, styling.LineKind.ROUTES)
        return {self.OUTPUT: output_id, self.ROUTES: routes_id, **self._report(result, max_link, feedback)}

    def _nearest_fiber(self, schools: pd.DataFrame, parameters, context, feedback) -> None:
        """fiber_distance_m / fiber_lon / fiber_lat measured on the fiber layers, else read from the schools."""
        import pandas as pd

        from ...core.network.nearest import DEFAULT_PIECE_LENGTH_M, FiberIndex
        from ..io import geometry

        layers = self.fiber_layers(parameters, context)
        if layers:
            fiber = geometry.read_fiber_segments(layers, feedback=feedback)
            if len(fiber.segments) == 0:
                raise QgsProcessingException(self.tr("{sources}: the fiber layers hold no usable line or node.").format(
                    sources=", ".join(layer.source().split("|")[0] for layer in layers)))
            nearest = FiberIndex(fiber.segments, DEFAULT_PIECE_LENGTH_M).nearest(
                schools["longitude"].to_numpy(float), schools["latitude"].to_numpy(float))
            schools[FIBER_DISTANCE_M], schools["fiber_lon"], schools["fiber_lat"] = (
                nearest.distance_m, nearest.lon, nearest.lat)
            found = nearest.segment >= 0
            segment = np.where(found, nearest.segment, 0)
            schools["fiber_layer"] = np.where(found, np.asarray(fiber.layer_names, dtype=object)[
                fiber.segments.layer_index[segment]] if len(fiber.layer_names) else "", "")
            schools["fiber_feature_id"] = np.where(found, fiber.segments.feature_id[segment].astype(str), "")
            return
        missing = [name for name in NEAREST_FIBER_FIELDS if name not in schools]
        if missing:
            raise QgsProcessingException(self.tr(
                "Give the fiber layers, or schools with the fields {fields} (run Distance to fiber first); "
                "missing: {missing}").format(fields=", ".join(NEAREST_FIBER_FIELDS), missing=", ".join(missing)))
        for name in NEAREST_FIBER_FIELDS:
            schools[name] = pd.to_numeric(schools[name], errors="coerce")

    def _write_schools(self, parameters, context, source, layer, schools, target, result: RouteResult, feedback):
        from ..io import writing

        columns = {}
        for name, kind in ROUTE_FIELDS.items():
            values = np.full(len(schools), np.nan if kind is float else None, dtype=float if kind is float else object)
            values[target] = result.schools[name].tolist()
            columns[name] = values
        return writing.write_with_columns(self, parameters, self.OUTPUT, context, source, layer, ROUTE_FIELDS,
                                          schools["source_fid"].to_numpy(), columns, feedback)

    def _write_routes(self, parameters, context, result: RouteResult, feedback):
        from ..io import writing

        routes = writing.feature_output(self, parameters, self.ROUTES, context, SEGMENT_FIELDS, lines=True,
                                         feedback=feedback)
        try:
            routes.append(result.segments[list(SEGMENT_FIELDS)], result.paths)
        except BaseException:
            routes.abort()
            raise
        return routes.close()

    def _report(self, result: RouteResult, max_link: float, feedback) -> dict:
        summary = result.summary
        feedback.pushInfo(self.tr(
            "{routed} schools reached through links within {max_km:.0f} km in {clusters} clusters, {unreachable} "
            "out of reach; shared routes {route:.1f} km against {alone:.1f} km if each school were connected alone "
            "({compared} schools compared): {saving:.1f} km of trench saved").format(
            routed=summary["routed"], max_km=max_link / 1000, clusters=summary["clusters"],
            unreachable=summary["unreachable"], route=summary["route_total_m"] / 1000,
            alone=summary["alone_total_m"] / 1000, compared=summary["compared"], saving=summary["saving_m"] / 1000))
        for reason, count in summary.get("unreachable_by_reason", {}).items():
            feedback.pushWarning(self.tr("Out of reach, {reason}: {count}").format(reason=reason, count=count))
        return {self.ROUTED: summary["routed"], self.UNREACHABLE: summary["unreachable"],
                self.ROUTE_KM: summary["route_total_m"] / 1000, self.ALONE_KM: summary["alone_total_m"] / 1000,
                self.CLUSTERS: summary["clusters"]}
