"""schoolconnectivity:flaghardtoconnect — which schools fiber cannot reach, and why, reproducibly."""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...core.definitions.codes import HardReason
from ...core.definitions.fields import FLAG_FIELDS
from ...core.definitions.schema import Connectivity
from ...core.network.hard_to_connect import RULE_BY_REASON, RULES, Role, count_by_reason, flag_hard_to_connect
from ..labels import translated
from .base import Group, SchoolConnectivityAlgorithm

if TYPE_CHECKING:
    import pandas as pd

#: Fields written by schoolconnectivity:fiberroutes that the rules and the terrain along the route need.
ROUTE_INPUTS = ("route_key", "upstream_type", "upstream_id", "upstream_lon", "upstream_lat", "route_order",
                "path_max_link_m", "route_note")
#: Rules with a threshold parameter, in RULES order.
THRESHOLD_RULES = tuple(rule for rule in RULES if rule.parameter)
#: Explanations a user may make triggers of their own (in RULES order).
OPTIONAL_TRIGGERS = tuple(rule.reason for rule in RULES if rule.role is Role.EXPLANATION)


class FlagHardToConnectAlgorithm(SchoolConnectivityAlgorithm):
    """Applies the hard-to-connect rules of core.network.hard_to_connect and writes the fields each rule reads."""

    NAME = "flaghardtoconnect"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("FlagHardToConnectAlgorithm", "Flag hard-to-connect schools")
    GROUP = Group.ANALYSIS

    DEM = "DEM"
    BOUNDARY = "BOUNDARY"
    EXTRA_TRIGGERS = "EXTRA_TRIGGERS"
    OUTPUT = "OUTPUT"
    HARD_COUNT = "HARD_COUNT"

    def shortHelpString(self) -> str:
        rules = "\n".join(f"• {rule.reason.value} ({rule.role.value}): {rule.why}" for rule in RULES)
        return self.tr(
            "Flags schools fiber cannot reach and says why. Input: the output of 'Shared fiber routes' (fields "
            "route_key, upstream_*, route_order, path_max_link_m, route_note).\n\n"
            "A school not yet connected is hard to connect by fiber when no route of links within the maximum "
            "link reaches it from fiber or a school on fiber, or when there is no fiber point at all. Elevation, "
            "terrain along the route and a location outside the boundary explain a flag; they flag a school on "
            "their own only when chosen as extra triggers.\n\n"
            "Reasons (hard_reasons, joined by ';'):\n{rules}\n\n"
            "With a DEM (any CRS; reprojected to EPSG:4326 in memory) each route link is sampled every half pixel "
            "(bilinear): elevation_m at the school, link_max_slope_deg (the steepest rise over a sustained "
            "kilometre, or two pixels where the DEM is coarser, so the threshold does not depend on the DEM's "
            "resolution), route_max_slope_deg and route_max_elevation_m along the whole route to fiber. Without "
            "a DEM, or without a boundary, the rules that need them do not fire. Clear a threshold to switch its "
            "rule off. Every flag can be recomputed from the output fields."
        ).format(rules=rules)

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SCHOOLS, self.tr("Schools with fiber routes"), [QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.DEM, self.tr("Elevation model (DEM)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BOUNDARY, self.tr("Country boundary"), [QgsProcessing.TypeVectorPolygon], optional=True))
        labels = {
            HardReason.FAR_FROM_FIBER: self.tr("Longest link fiber can take (m)"),
            HardReason.HIGH_ELEVATION: self.tr("High elevation above (m)"),
            HardReason.RUGGED_PATH: self.tr("Rugged route: sustained slope steeper than (degrees)"),
        }
        for rule in THRESHOLD_RULES:
            self.addParameter(QgsProcessingParameterNumber(
                rule.parameter, labels[rule.reason], QgsProcessingParameterNumber.Double, rule.default,
                optional=True, minValue=0.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.EXTRA_TRIGGERS, self.tr("Also flag on their own"), [reason.value for reason in OPTIONAL_TRIGGERS],
            allowMultiple=True, optional=True, defaultValue=[]))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Schools with hard-to-connect flags"), QgsProcessing.TypeVectorPoint))
        self.addOutput(QgsProcessingOutputNumber(self.HARD_COUNT, self.tr("Hard-to-connect schools")))

    def processAlgorithm(self, parameters, context, feedback):
        import pandas as pd

        from ..io import reading, writing
        from ..maps import styling

        source = self.source_or_fail(parameters, self.SCHOOLS, context)
        missing = [name for name in ROUTE_INPUTS if source.fields().indexFromName(name) < 0]
        if missing:
            raise QgsProcessingException(self.tr(
                "{layer}: no field {fields}; run 'Shared fiber routes' on the schools first").format(
                layer=source.sourceName(), fields=", ".join(missing)))
        layer = reading.whole_layer(self, parameters, self.SCHOOLS, context)
        schools = reading.read_points(source, feedback, (*ROUTE_INPUTS, "connectivity", "connectivity_type",
                                                         "pipeline_status", "pipeline_technology"), layer)
        columns = self._terrain(parameters, context, schools, feedback)
        columns["inside_boundary"] = self._inside_boundary(parameters, context, schools)
        thresholds = {rule.reason: self._threshold(parameters, rule.parameter, context) for rule in THRESHOLD_RULES}
        extra = frozenset(OPTIONAL_TRIGGERS[index] for index in
                          self.parameterAsEnums(parameters, self.EXTRA_TRIGGERS, context))
        inputs = {"route_note": schools["route_note"].fillna("").astype(str).to_numpy(dtype=object),
                  "path_max_link_m": pd.to_numeric(schools["path_max_link_m"], errors="coerce").to_numpy(float),
                  "elevation_m": columns["elevation_m"], "route_max_slope_deg": columns["route_max_slope_deg"],
                  "inside_boundary": columns["inside_boundary"]}
        connected = schools["connectivity"].fillna("").astype(str).str.lower().eq(Connectivity.YES.value).to_numpy() \
            if "connectivity" in schools else None
        hard, reasons = flag_hard_to_connect(inputs, thresholds, extra, connected)
        columns["inside_boundary"] = _nullable_bool(columns["inside_boundary"])
        columns["hard_to_connect"] = hard.astype(object)
        columns["hard_reasons"] = reasons
        output_id = writing.write_with_columns(self, parameters, self.OUTPUT, context, source, layer, FLAG_FIELDS,
                                               schools["source_fid"].to_numpy(), columns, feedback)
        self._report(hard, reasons, thresholds, extra, feedback)
        styling.style_on_load(context, output_id)
        return {self.OUTPUT: output_id, self.HARD_COUNT: int(np.count_nonzero(hard))}

    def _threshold(self, parameters, name: str, context) -> float | None:
        """A rule's threshold; an empty parameter switches the rule off."""
        if name in parameters and parameters[name] in (None, ""):
            return None
        return self.parameterAsDouble(parameters, name, context)

    def _terrain(self, parameters, context, schools: pd.DataFrame, feedback) -> dict[str, np.ndarray]:
        """Elevation at each school, and the steepest sustained slope and highest ground of its link and of its
        whole route to fiber (NaN without a DEM or a route)."""
        import pandas as pd

        from ...core.network.terrain import along_routes, elevation_at, sustained_slopes
        from ...core.planning.routes import parents_from_fields
        from ..io import raster

        count = len(schools)
        names = [name for name in FLAG_FIELDS if name.startswith(("elevation", "link_", "route_"))]
        dem_layer = self.parameterAsRasterLayer(parameters, self.DEM, context)
        if dem_layer is None:
            return {name: np.full(count, np.nan) for name in names}
        feedback.setProgressText(self.tr("Sampling terrain along the routes to fiber"))
        dem = raster.read_dem(dem_layer)
        lon, lat = schools["longitude"].to_numpy(float), schools["latitude"].to_numpy(float)
        link_slope, link_top = sustained_slopes(
            dem, lon, lat, *(pd.to_numeric(schools[name], errors="coerce").to_numpy(float)
                             for name in ("upstream_lon", "upstream_lat")))
        text = {name: schools[name].fillna("").astype(str).to_numpy() for name in
                ("route_key", "upstream_type", "upstream_id")}
        parent = parents_from_fields(text["route_key"], text["upstream_type"], text["upstream_id"])
        order = pd.to_numeric(schools["route_order"], errors="coerce").fillna(0).to_numpy(np.int64)
        return {"elevation_m": elevation_at(dem, lon, lat), "link_max_slope_deg": link_slope,
                "route_max_slope_deg": along_routes(link_slope, parent, order),
                "route_max_elevation_m": along_routes(link_top, parent, order)}

    def _inside_boundary(self, parameters, context, schools: pd.DataFrame) -> np.ndarray:
        """1.0 inside, 0.0 outside, NaN when there is no boundary or no location."""
        from ...core.network.boundary import points_in_polygons
        from ..io import geometry

        lon, lat = schools["longitude"].to_numpy(float), schools["latitude"].to_numpy(float)
        boundary = self.parameterAsSource(parameters, self.BOUNDARY, context)
        if boundary is None:
            return np.full(lon.size, np.nan)
        located = np.isfinite(lon) & np.isfinite(lat)
        inside = np.full(lon.size, np.nan)
        inside[located] = points_in_polygons(lon[located], lat[located], geometry.polygon_rings(boundary))
        return inside

    def _report(self, hard, reasons, thresholds, extra, feedback) -> None:
        for reason, threshold in thresholds.items():
            rule = RULE_BY_REASON[reason]
            role = "trigger" if rule.role is Role.TRIGGER or reason in extra else "explanation"
            feedback.pushInfo(self.tr("{code} ({role}): {field} > {value} {unit}").format(
                code=reason.value, role=role, field=rule.field, value="-" if threshold is None else threshold,
                unit=rule.unit))
        feedback.pushInfo(self.tr("{count} hard-to-connect schools").format(count=int(np.count_nonzero(hard))))
        for reason, count in count_by_reason(reasons).items():
            feedback.pushInfo(self.tr("  {reason} ({code}): {count}").format(
                reason=translated(reason), code=reason.value, count=count))


def _nullable_bool(values: np.ndarray) -> np.ndarray:
    """1/0/NaN as True/False/None for a boolean output field."""
    out = np.full(values.size, None, dtype=object)
    known = np.isfinite(values)
    out[known] = values[known] > 0.5
    return out
