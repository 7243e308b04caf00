"""schoolconnectivity:flaghardtoconnect — explicit, reproducible reasons why a school is hard to connect."""
from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...core.definitions.codes import HardReason
from ...core.definitions.fields import FIBER_DISTANCE_M, FLAG_FIELDS
from ...core.definitions.schema import Connectivity
from ...core.network.hard_to_connect import RULE_BY_REASON, RULES, count_by_reason, flag_hard_to_connect
from ...core.network.terrain import path_profiles
from ...core.schools.validate import points_in_polygons
from ..io import geometry, raster, reading, writing
from ..maps import styling
from .base import Group, SchoolConnectivityAlgorithm

#: Input fields written by schoolconnectivity:distancetofiber that the rules and the terrain path need.
DISTANCE_INPUTS = (FIBER_DISTANCE_M, "fiber_lon", "fiber_lat")
#: Rules with a threshold parameter, in RULES order.
THRESHOLD_RULES = tuple(rule for rule in RULES if rule.parameter)


class FlagHardToConnectAlgorithm(SchoolConnectivityAlgorithm):
    """Applies the hard-to-connect rules of core.hard_to_connect and writes the fields each rule reads."""

    NAME = "flaghardtoconnect"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("FlagHardToConnectAlgorithm", "Flag hard-to-connect schools")
    GROUP = Group.ANALYSIS

    DEM = "DEM"
    BOUNDARY = "BOUNDARY"
    OUTPUT = "OUTPUT"
    HARD_COUNT = "HARD_COUNT"

    def shortHelpString(self) -> str:
        rules = "\n".join(f"• {rule.reason.value}: {rule.why}" for rule in RULES)
        return self.tr(
            "Flags schools that are hard to connect by fiber and says why. Input: the output of 'Distance "
            "to fiber' (fields fiber_distance_m, fiber_lon, fiber_lat).\n\n"
            "Reasons (hard_reasons, joined by ';'):\n{rules}\n\n"
            "With a DEM (any CRS; reprojected to EPSG:4326 in memory) the path from the school to its "
            "nearest fiber point is sampled every half pixel with bilinear interpolation: elevation_m, "
            "path_max_slope_deg, path_relief_m (highest minus lowest), path_max_elevation_m and its "
            "location. Without a DEM, or without a boundary, the rules that need them do not fire. Clear "
            "a threshold to switch its rule off. Schools already connected (connectivity 'yes') keep their "
            "reasons but are not flagged: they are not left to connect. Every flag can be recomputed from "
            "the output fields."
        ).format(rules=rules)

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SCHOOLS, self.tr("Schools with distance to fiber"), [QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.DEM, self.tr("Elevation model (DEM)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BOUNDARY, self.tr("Country boundary"), [QgsProcessing.TypeVectorPolygon], optional=True))
        labels = {
            HardReason.FAR_FROM_FIBER: self.tr("Far from fiber beyond (m)"),
            HardReason.HIGH_ELEVATION: self.tr("High elevation above (m)"),
            HardReason.RUGGED_PATH: self.tr("Rugged path: slope steeper than (degrees)"),
        }
        for rule in THRESHOLD_RULES:
            self.addParameter(QgsProcessingParameterNumber(
                rule.parameter, labels[rule.reason], QgsProcessingParameterNumber.Double, rule.default,
                optional=True, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Schools with hard-to-connect flags"), QgsProcessing.TypeVectorPoint))
        self.addOutput(QgsProcessingOutputNumber(self.HARD_COUNT, self.tr("Hard-to-connect schools")))

    def processAlgorithm(self, parameters, context, feedback):
        source = self.source_or_fail(parameters, self.SCHOOLS, context)
        missing = [name for name in DISTANCE_INPUTS if source.fields().indexFromName(name) < 0]
        if missing:
            raise QgsProcessingException(self.tr(
                "{layer}: no field {fields}; run 'Distance to fiber' on the schools first").format(
                layer=source.sourceName(), fields=", ".join(missing)))
        layer = reading.whole_layer(self, parameters, self.SCHOOLS, context)
        fids, lon, lat = reading.read_point_coordinates(source, feedback, layer)
        distance = self._distance_inputs(source, fids)
        columns = self._terrain(parameters, context, lon, lat, distance, feedback)
        columns["inside_boundary"] = self._inside_boundary(parameters, context, lon, lat)
        thresholds = {rule.reason: self._threshold(parameters, rule.parameter, context) for rule in THRESHOLD_RULES}
        inputs = {FIBER_DISTANCE_M: distance[FIBER_DISTANCE_M].to_numpy(float),
                  "elevation_m": columns["elevation_m"], "path_max_slope_deg": columns["path_max_slope_deg"],
                  "inside_boundary": columns["inside_boundary"]}
        hard, reasons = flag_hard_to_connect(inputs, thresholds, connected=self._connected(source, fids))
        columns["inside_boundary"] = _nullable_bool(columns["inside_boundary"])
        columns["hard_to_connect"] = hard.astype(object)
        columns["hard_reasons"] = reasons
        output_id = writing.write_with_columns(self, parameters, self.OUTPUT, context, source, layer, FLAG_FIELDS,
                                                fids, columns, feedback)
        self._report(hard, reasons, thresholds, feedback)
        styling.style_on_load(context, output_id)
        return {self.OUTPUT: output_id, self.HARD_COUNT: int(np.count_nonzero(hard))}

    def _threshold(self, parameters, name: str, context) -> float | None:
        """A rule's threshold; an empty parameter switches the rule off."""
        if name in parameters and parameters[name] in (None, ""):
            return None
        return self.parameterAsDouble(parameters, name, context)

    @staticmethod
    def _distance_inputs(source, fids: np.ndarray) -> pd.DataFrame:
        """fiber_distance_m / fiber_lon / fiber_lat per row of `fids` (NULL and text -> NaN)."""
        frame = reading.read_attributes(source, DISTANCE_INPUTS).set_index("source_fid").reindex(fids)
        return frame.apply(pd.to_numeric, errors="coerce")

    @staticmethod
    def _connected(source, fids: np.ndarray) -> np.ndarray | None:
        """Schools already connected (connectivity 'yes'), which are never flagged; None without the field."""
        if source.fields().indexFromName("connectivity") < 0:
            return None
        frame = reading.read_attributes(source, ["connectivity"])
        values = frame.set_index("source_fid")["connectivity"].reindex(fids)
        return (values == Connectivity.YES.value).to_numpy(bool)

    def _terrain(self, parameters, context, lon, lat, distance: pd.DataFrame, feedback) -> dict[str, np.ndarray]:
        names = [name for name in FLAG_FIELDS if name.startswith(("elevation", "path_"))]
        dem_layer = self.parameterAsRasterLayer(parameters, self.DEM, context)
        if dem_layer is None:
            return {name: np.full(lon.size, np.nan) for name in names}
        feedback.setProgressText(self.tr("Sampling terrain along the paths to fiber"))
        profile = path_profiles(raster.read_dem(dem_layer), lon, lat,
                                distance["fiber_lon"].to_numpy(float), distance["fiber_lat"].to_numpy(float))
        return {name: getattr(profile, name) for name in names}

    def _inside_boundary(self, parameters, context, lon, lat) -> np.ndarray:
        """1.0 inside, 0.0 outside, NaN when there is no boundary or no location."""
        boundary = self.parameterAsSource(parameters, self.BOUNDARY, context)
        if boundary is None:
            return np.full(lon.size, np.nan)
        located = np.isfinite(lon) & np.isfinite(lat)
        inside = np.full(lon.size, np.nan)
        inside[located] = points_in_polygons(lon[located], lat[located], geometry.polygon_rings(boundary))
        return inside

    def _report(self, hard, reasons, thresholds, feedback) -> None:
        for reason, threshold in thresholds.items():
            rule = RULE_BY_REASON[reason]
            feedback.pushInfo(self.tr("{code}: {field} > {value} {unit}").format(
                code=reason.value, field=rule.field, value="-" if threshold is None else threshold, unit=rule.unit))
        feedback.pushInfo(self.tr("{count} hard-to-connect schools").format(count=int(np.count_nonzero(hard))))
        for reason, count in count_by_reason(reasons).items():
            feedback.pushInfo(self.tr("  {code}: {count}").format(code=reason.value, count=count))


def _nullable_bool(values: np.ndarray) -> np.ndarray:
    """1/0/NaN as True/False/None for a boolean output field."""
    out = np.full(values.size, None, dtype=object)
    known = np.isfinite(values)
    out[known] = values[known] > 0.5
    return out
