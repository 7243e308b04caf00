"""schoolconnectivity:distancetofiber — geodesic metres from every school to the nearest fiber line or node."""
from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import numpy as np
from qgis.core import (
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...core.definitions.fields import CONNECTION_FIELDS, DISTANCE_FIELDS, FIBER_DISTANCE_M
from .base import Group, SchoolConnectivityAlgorithm

if TYPE_CHECKING:
    from ..io import geometry

#: Skipped fiber features named one by one before only their count is given.
MAX_LISTED_PROBLEMS = 10


class DistanceToFiberAlgorithm(SchoolConnectivityAlgorithm):
    """Adds fiber_distance_m, fiber_feature_id, fiber_layer, fiber_lon and fiber_lat to every school."""

    NAME = "distancetofiber"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("DistanceToFiberAlgorithm", "Distance to fiber")
    GROUP = Group.ANALYSIS

    OPERATIONAL_ONLY = "OPERATIONAL_ONLY"
    MAX_DISTANCE = "MAX_DISTANCE"
    OUTPUT = "OUTPUT"
    CONNECTION_LINES = "CONNECTION_LINES"
    MEASURED = "MEASURED"
    WITHOUT_FIBER = "WITHOUT_FIBER"
    SEGMENTS = "SEGMENTS"

    def shortHelpString(self) -> str:
        from ...core.network.nearest import TIE_TOLERANCE_M

        return self.tr(
            "For every school, the distance in metres to the nearest point of the nearest fiber line or "
            "node, measured on the WGS 84 ellipsoid (geodesic) whatever the layers' CRS: not in degrees, "
            "not in a projection.\n\n"
            "Fiber: one or more layers of lines and/or points (nodes), any CRS; multi-part, curved and Z/M "
            "geometries are accepted (Z/M ignored). Each line segment is the geodesic between its two "
            "vertices. Features without usable geometry are skipped and listed in the log.\n\n"
            "Operational only: keeps fiber features whose 'status' or 'node_status' is 'operational' "
            "(any case); layers without such a field are used whole, with a warning.\n\n"
            "Maximum search distance: 0 means no limit. Schools with no fiber within a positive limit get "
            "an empty distance (they count as 'no fiber' for the hard-to-connect flags).\n\n"
            "Ties: when two features are equally near (within {tie} mm) the one in the first fiber layer "
            "listed wins, then the lowest feature id.\n\n"
            "Outputs: the schools with fiber_distance_m, fiber_feature_id (feature id in its layer), "
            "fiber_layer (layer name), fiber_lon / fiber_lat (the nearest fiber point, EPSG:4326); and "
            "optionally the connection lines school -> nearest fiber point."
        ).format(tie=int(TIE_TOLERANCE_M * 1000))

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SCHOOLS, self.tr("Schools"), [QgsProcessing.TypeVectorPoint]))
        self.add_fiber_parameter()
        self.addParameter(QgsProcessingParameterBoolean(
            self.OPERATIONAL_ONLY, self.tr("Only operational fiber (status field)"), defaultValue=False))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_DISTANCE, self.tr("Maximum search distance (m, 0 = no limit)"),
            QgsProcessingParameterNumber.Double, 0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Schools with distance to fiber"), QgsProcessing.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.CONNECTION_LINES, self.tr("Connection lines"), QgsProcessing.TypeVectorLine, optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(self.MEASURED, self.tr("Schools measured")))
        self.addOutput(QgsProcessingOutputNumber(self.WITHOUT_FIBER, self.tr("Schools without fiber in reach")))
        self.addOutput(QgsProcessingOutputNumber(self.SEGMENTS, self.tr("Fiber segments used")))

    def processAlgorithm(self, parameters, context, feedback):
        from ...core.network.nearest import DEFAULT_PIECE_LENGTH_M, FiberIndex
        from ..io import geometry, reading, writing
        from ..maps import styling

        source = self.source_or_fail(parameters, self.SCHOOLS, context)
        fiber_layers = self._fiber_layers(parameters, context)
        feedback.setProgressText(self.tr("Reading fiber"))
        fiber = geometry.read_fiber_segments(
            fiber_layers, self.parameterAsBool(parameters, self.OPERATIONAL_ONLY, context), feedback)
        self._report_fiber(fiber, feedback)
        feedback.setProgressText(self.tr("Reading schools"))
        layer = reading.whole_layer(self, parameters, self.SCHOOLS, context)
        fids, lon, lat = reading.read_point_coordinates(source, feedback, layer)
        if feedback.isCanceled():
            return {}
        feedback.setProgressText(self.tr("Measuring"))
        max_distance = self.parameterAsDouble(parameters, self.MAX_DISTANCE, context)
        index = FiberIndex(fiber.segments, DEFAULT_PIECE_LENGTH_M)
        nearest = index.nearest(lon, lat, max_distance_m=max_distance)
        columns = self._columns(nearest, fiber)
        if feedback.isCanceled():  # before any output exists, so a cancelled run leaves none
            return {}
        feedback.setProgressText(self.tr("Writing"))
        output_id = writing.write_with_columns(self, parameters, self.OUTPUT, context, source, layer,
                                                DISTANCE_FIELDS, fids, columns, feedback)
        styling.style_on_load(context, output_id)
        results = {self.OUTPUT: output_id}
        lines_id = self._write_connection_lines(parameters, context, fids, lon, lat, columns, feedback)
        if lines_id is not None:
            results[self.CONNECTION_LINES] = lines_id
        located = np.isfinite(lon) & np.isfinite(lat)
        measured = int(np.count_nonzero(np.isfinite(nearest.distance_m)))
        without = int(np.count_nonzero(located)) - measured
        feedback.pushInfo(self.tr("{measured} schools measured, {without} without fiber in reach, "
                                  "{unlocated} without a location").format(
            measured=measured, without=without, unlocated=int(np.count_nonzero(~located))))
        results.update({self.MEASURED: measured, self.WITHOUT_FIBER: without, self.SEGMENTS: len(fiber.segments)})
        return results

    def _fiber_layers(self, parameters, context) -> list[QgsVectorLayer]:
        layers = self.fiber_layers(parameters, context)
        for layer in layers:
            if not isinstance(layer, QgsVectorLayer):
                raise QgsProcessingException(self.tr("{name}: fiber must be a vector layer (lines or points)").format(
                    name=layer.name()))
        return layers

    def _report_fiber(self, fiber: geometry.FiberRead, feedback) -> None:
        """Skipped features named (first few) and counted per reason; none of it stops the run."""
        feedback.pushInfo(self.tr("{count} fiber segments from {layers} layer(s)").format(
            count=len(fiber.segments), layers=len(fiber.layer_names)))
        for layer, fid, problem in fiber.problems[:MAX_LISTED_PROBLEMS]:
            feedback.pushWarning(self.tr("{layer}: feature {fid} skipped: {problem}").format(
                layer=layer, fid=fid, problem=problem.value))
        for (layer, problem), count in Counter((layer, problem) for layer, _, problem in fiber.problems).items():
            feedback.pushWarning(self.tr("{layer}: {count} feature(s) skipped in all: {problem}").format(
                layer=layer, count=count, problem=problem.value))
        for name in fiber.layers_without_status:
            feedback.pushWarning(self.tr("{layer}: no status field, all its features used").format(layer=name))
        if len(fiber.segments) == 0:
            feedback.pushWarning(self.tr("No usable fiber: every school gets no distance (no_fiber)."))

    def _columns(self, nearest, fiber: geometry.FiberRead) -> dict[str, np.ndarray]:
        found = nearest.segment >= 0
        segment = np.where(found, nearest.segment, 0)
        feature_ids = np.full(nearest.segment.size, None, dtype=object)
        layer_names = np.full(nearest.segment.size, None, dtype=object)
        if found.any():  # (each nearest segment's texts made once and shared by its schools)
            nearest_segments, school_segment = np.unique(segment[found], return_inverse=True)
            texts = fiber.segments.feature_id[nearest_segments].astype(str).astype(object)
            feature_ids[found] = texts[school_segment]
            names = np.asarray(fiber.layer_names, dtype=object)
            layer_names[found] = names[fiber.segments.layer_index[nearest_segments]][school_segment]
        return {FIBER_DISTANCE_M: nearest.distance_m, "fiber_feature_id": feature_ids,
                "fiber_layer": layer_names, "fiber_lon": nearest.lon, "fiber_lat": nearest.lat}

    def _write_connection_lines(self, parameters, context, fids, lon, lat, columns, feedback):
        """School -> nearest fiber point as 2-vertex lines in EPSG:4326, only where a fiber point exists."""
        from ..io import crs, writing

        frame_fields = writing.output_fields(QgsFields(), CONNECTION_FIELDS)
        sink, lines_id = self.parameterAsSink(parameters, self.CONNECTION_LINES, context, frame_fields,
                                              QgsWkbTypes.LineString, crs.WGS84)
        if sink is None:
            return None
        import pandas as pd

        found = np.isfinite(columns[FIBER_DISTANCE_M])
        frame = pd.DataFrame({"school_fid": fids[found], **{name: columns[name][found] for name in
                                                            (FIBER_DISTANCE_M, "fiber_feature_id", "fiber_layer")}})
        coords = [np.array([[a, b], [c, d]]) for a, b, c, d in zip(
            lon[found], lat[found], columns["fiber_lon"][found], columns["fiber_lat"][found])]
        writing.write_lines_to_sink(frame, coords, sink, frame_fields, feedback)
        return lines_id
