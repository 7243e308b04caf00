"""schoolconnectivity:prioritize — cheapest feasible technology, cost, score, rank and budget phase per school."""
from __future__ import annotations

import json

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...core.definitions.fields import FEASIBILITY_FIELDS, PHASE_FIELDS, PRIORITY_FIELDS
from ...core.errors import InputError
from ...core.network.line_of_sight import p2p_links
from ...core.planning.costs import GIGA, PRESETS, CostModel, CostPreset
from ...core.planning.prioritize import PRIORITIZE_INPUTS, Objective, phase_totals, prioritize, target_mask
from ...core.planning.routes import nearest_point
from ...core.schools.validate import points_in_polygons
from ..io import geometry, raster, reading, writing
from ..maps import styling
from .base import Group, SchoolConnectivityAlgorithm


class PrioritizeAlgorithm(SchoolConnectivityAlgorithm):
    """Adds recommended_technology, costs, priority_score, priority_rank and phase to the schools."""

    NAME = "prioritize"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("PrioritizeAlgorithm", "Prioritise the pipeline")
    GROUP = Group.PLANNING

    FIBER_NODES = "FIBER_NODES"
    DEM = "DEM"
    TOWERS = "TOWERS"
    COST_PRESET = "COST_PRESET"
    COST_OVERRIDES = "COST_OVERRIDES"
    OBJECTIVE = "OBJECTIVE"
    BUDGET_PER_PHASE_USD = "BUDGET_PER_PHASE_USD"
    RURAL_WEIGHT = "RURAL_WEIGHT"
    HARD_WEIGHT = "HARD_WEIGHT"
    INCLUDE_UNKNOWN = "INCLUDE_UNKNOWN"
    OUTPUT = "OUTPUT"
    PHASES = "PHASES"
    TARGETS = "TARGETS"
    PHASED = "PHASED"
    PHASE_COUNT = "PHASE_COUNT"
    TOTAL_USD = "TOTAL_USD"

    def _preset_labels(self) -> list[str]:
        return [self.tr("Giga cost model (8,900 USD/km fiber, 5 years)"),
                self.tr("Giga cost model documentation example (7,500 USD/km)"),
                self.tr("ITU planning platform (20,000 USD/km fiber, 10 years)")]

    def _objective_labels(self) -> list[str]:
        return [self.tr("Most students per dollar"), self.tr("Most schools per dollar"),
                self.tr("Lowest total cost to connect all")]

    def shortHelpString(self) -> str:
        return self.tr(
            "For every school still to connect (connectivity 'no', optionally 'unknown', and not connected by "
            "the pipeline): the cheapest feasible technology over the cost horizon, its CAPEX and yearly "
            "OPEX, a priority score, a rank and a budget phase.\n\n"
            "Feasibility: fiber when the school has a route within the maximum link (Shared fiber routes; "
            "without route fields, its own distance to fiber x detour factor); point-to-point microwave "
            "when the DEM shows line of sight (earth curvature with k = 4/3, antennas of the preset) to a "
            "fiber node within range; cellular within range of a tower point, or inside a coverage polygon; "
            "LEO satellite always. Fiber through a school that took another technology also pays that "
            "school's trench.\n\n"
            "Score, per 1,000 USD of the school's total cost (CAPEX + OPEX over the horizon): most students "
            "per dollar = students_used x priority_weight / cost; most schools per dollar = "
            "priority_weight / cost; lowest total cost = 1 / cost (weights do not apply). students_used is "
            "the enrolment, or the median enrolment where it is unknown. priority_weight = rural weight for "
            "rural schools x hard-to-connect weight for flagged schools.\n\n"
            "Rank: by score, a school on fiber never before the school its fiber passes through. Phases are "
            "filled in rank order and never exceed the budget per phase; a school costing more than one "
            "phase's budget gets phase 0 (phase_note exceeds_phase_budget).\n\n"
            "Cost overrides: JSON changing any number of the preset, e.g. "
            "{\"horizon_years\": 10, \"fiber\": {\"per_km_usd\": 12000}}. Sources of the presets: "
            "docs/cost_model.md."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SCHOOLS, self.tr("Schools (with route fields when available)"), [QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.FIBER_NODES, self.tr("Fiber nodes for point-to-point links"), QgsProcessing.TypeVectorPoint,
            optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.DEM, self.tr("Elevation model (line of sight)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.TOWERS, self.tr("Cell towers (points) or coverage (polygons)"),
            [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.COST_PRESET, self.tr("Cost model"), self._preset_labels(), defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.COST_OVERRIDES, self.tr("Cost overrides (JSON)"), defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.OBJECTIVE, self.tr("Objective"), self._objective_labels(), defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.BUDGET_PER_PHASE_USD, self.tr("Budget per phase (USD)"), QgsProcessingParameterNumber.Double,
            GIGA.budget_per_phase_usd, minValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.RURAL_WEIGHT, self.tr("Weight of rural schools"), QgsProcessingParameterNumber.Double, 1.0,
            minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.HARD_WEIGHT, self.tr("Weight of hard-to-connect schools"), QgsProcessingParameterNumber.Double,
            1.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.INCLUDE_UNKNOWN, self.tr("Also plan schools with unknown connectivity"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Prioritised schools"), QgsProcessing.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.PHASES, self.tr("Totals per phase"), QgsProcessing.TypeVector))
        for name, label in ((self.TARGETS, self.tr("Schools to connect")),
                            (self.PHASED, self.tr("Schools in a phase")),
                            (self.PHASE_COUNT, self.tr("Phases")),
                            (self.TOTAL_USD, self.tr("Total cost of the phased schools (USD)"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def _model(self, parameters, context) -> CostModel:
        preset = PRESETS[list(CostPreset)[self.parameterAsEnum(parameters, self.COST_PRESET, context)]]
        text = self.parameterAsString(parameters, self.COST_OVERRIDES, context).strip()
        if not text:
            return preset
        try:
            overrides = json.loads(text)
            if not isinstance(overrides, dict):
                raise InputError("cost overrides must be a JSON object")
            return preset.with_overrides(overrides)
        except (json.JSONDecodeError, InputError) as error:
            raise QgsProcessingException(self.tr("Cost overrides: {error}").format(error=error)) from error

    def processAlgorithm(self, parameters, context, feedback):
        source = self.source_or_fail(parameters, self.SCHOOLS, context)
        model = self._model(parameters, context)
        layer = reading.whole_layer(self, parameters, self.SCHOOLS, context)
        schools = reading.read_points(source, feedback, PRIORITIZE_INPUTS, layer)
        include_unknown = self.parameterAsBool(parameters, self.INCLUDE_UNKNOWN, context)
        target = target_mask(schools, include_unknown)
        if "route_length_m" not in schools:
            feedback.pushWarning(self.tr("No route fields (run Shared fiber routes first): each school's fiber is "
                                         "costed alone, its distance to fiber x detour factor."))
        self._p2p(schools, target, model, parameters, context, feedback)
        self._cellular(schools, target, model, parameters, context, feedback)
        objective = list(Objective)[self.parameterAsEnum(parameters, self.OBJECTIVE, context)]
        out = prioritize(
            schools, model, objective,
            budget_per_phase_usd=self.parameterAsDouble(parameters, self.BUDGET_PER_PHASE_USD, context),
            rural_weight=self.parameterAsDouble(parameters, self.RURAL_WEIGHT, context),
            hard_weight=self.parameterAsDouble(parameters, self.HARD_WEIGHT, context),
            include_unknown=include_unknown)
        del schools  # (`out` is a copy with the priority fields: two million schools twice is 300 MB)
        if feedback.isCanceled():
            return {}
        added = {**FEASIBILITY_FIELDS, **PRIORITY_FIELDS}
        columns = {name: _column_values(out, name, kind, target) for name, kind in added.items()}
        output_id = writing.write_with_columns(self, parameters, self.OUTPUT, context, source,
                                                layer, added,
                                                out["source_fid"].to_numpy(), columns, feedback)
        totals = phase_totals(out)
        phases_id = self._write_phases(parameters, context, totals)
        styling.style_on_load(context, output_id)
        return {self.OUTPUT: output_id, self.PHASES: phases_id, **self._report(out, totals, model, feedback)}

    def _p2p(self, schools, target, model: CostModel, parameters, context, feedback) -> None:
        """p2p_distance_m / p2p_node_id: the nearest fiber node in range the school can see."""
        schools["p2p_distance_m"], schools["p2p_node_id"] = np.nan, None
        layers = self.parameterAsLayerList(parameters, self.FIBER_NODES, context)
        dem_layer = self.parameterAsRasterLayer(parameters, self.DEM, context)
        if not layers:
            return
        if dem_layer is None:
            feedback.pushWarning(self.tr("Fiber nodes given without an elevation model: point-to-point links "
                                         "are not assessed."))
            return
        ids, lon, lat = [], [], []
        for layer in layers:
            fids, node_lon, node_lat = reading.read_point_coordinates(layer, feedback)
            ids += [f"{layer.name()}:{fid}" for fid in fids.tolist()]
            lon.append(node_lon)
            lat.append(node_lat)
        try:
            dem = raster.read_dem(dem_layer)
        except InputError as error:
            raise QgsProcessingException(str(error)) from error
        rows = np.flatnonzero(target)
        feedback.setProgressText(self.tr("Line of sight for {count} schools").format(count=rows.size))
        links = p2p_links(dem, schools["longitude"].to_numpy(float)[rows], schools["latitude"].to_numpy(float)[rows],
                          np.concatenate(lon), np.concatenate(lat), model.p2p.range_m, model.school_antenna_m,
                          model.node_antenna_m)
        found = links.node_index >= 0
        schools.loc[schools.index[rows[found]], "p2p_distance_m"] = links.distance_m[found]
        schools.loc[schools.index[rows[found]], "p2p_node_id"] = np.asarray(ids, dtype=object)[links.node_index[found]]
        feedback.pushInfo(self.tr("{found} of {count} schools see a fiber node within {km:.0f} km").format(
            found=int(found.sum()), count=rows.size, km=model.p2p.range_m / 1000))

    def _cellular(self, schools, target, model: CostModel, parameters, context, feedback) -> None:
        """cellular_feasible: inside a coverage polygon, or within the preset's range of a tower point."""
        towers = self.parameterAsSource(parameters, self.TOWERS, context)
        if towers is None:
            return
        lon, lat = schools["longitude"].to_numpy(float), schools["latitude"].to_numpy(float)
        if QgsWkbTypes.geometryType(towers.wkbType()) == QgsWkbTypes.PolygonGeometry:
            feasible = points_in_polygons(lon, lat, geometry.polygon_rings(towers))
        else:
            _, tower_lon, tower_lat = reading.read_point_coordinates(towers, feedback)
            usable = np.isfinite(tower_lon) & np.isfinite(tower_lat)
            _, metres = nearest_point(lon, lat, tower_lon[usable], tower_lat[usable])
            feasible = metres <= model.cellular.range_m
        schools["cellular_feasible"] = np.asarray(feasible, dtype=bool)
        feedback.pushInfo(self.tr("{count} schools to connect have cellular coverage").format(
            count=int((schools["cellular_feasible"].to_numpy() & target).sum())))

    def _write_phases(self, parameters, context, totals: pd.DataFrame):
        fields = writing.fields_for(totals, PHASE_FIELDS)
        sink, phases_id = self.parameterAsSink(parameters, self.PHASES, context, fields, QgsWkbTypes.NoGeometry,
                                               QgsCoordinateReferenceSystem())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.PHASES))
        sink.addFeatures(writing.features_from_table(totals, fields), QgsFeatureSink.FastInsert)
        return phases_id

    def _report(self, out: pd.DataFrame, totals: pd.DataFrame, model: CostModel, feedback) -> dict:
        feedback.pushInfo(self.tr("Cost model: {name} ({source})").format(name=model.name, source=model.source))
        for technology, count in out.loc[out["is_target"], "recommended_technology"].value_counts().items():
            feedback.pushInfo(self.tr("Recommended {technology}: {count} schools").format(
                technology=technology, count=count))
        for row in totals.itertuples():
            label = self.tr("Phase {phase}").format(phase=row.phase) if row.phase else self.tr("No phase")
            feedback.pushInfo(self.tr("{label}: {schools} schools, {students:,.0f} students, {km:,.1f} km fiber, "
                                      "{usd:,.0f} USD").format(label=label, schools=row.schools,
                                                               students=row.students, km=row.fiber_km,
                                                               usd=row.total_usd))
        phased = totals[totals["phase"] > 0]
        return {self.TARGETS: int(out["is_target"].sum()), self.PHASED: int(phased["schools"].sum()),
                self.PHASE_COUNT: len(phased), self.TOTAL_USD: float(phased["total_usd"].sum())}


def _column_values(out: pd.DataFrame, name: str, kind: type, target: np.ndarray) -> np.ndarray:
    """One output column as plain values; schools that are not targets get NULL (except is_target)."""
    values = out[name].to_numpy() if name in out else np.full(len(out), None, dtype=object)
    if kind is float:
        return np.where(target, pd.to_numeric(pd.Series(values), errors="coerce").to_numpy(float), np.nan)
    converted = np.full(len(out), None, dtype=object)
    for row in (range(len(out)) if name == "is_target" else np.flatnonzero(target)):
        value = values[row]
        if value is None or (isinstance(value, float) and np.isnan(value)):
            continue
        converted[row] = kind(value)
    return converted
