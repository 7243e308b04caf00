"""schoolconnectivity:prioritize — the plan a telecom engineer signs: technology per cluster, the operator's plan
kept, costs, build order and construction phases."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...core.definitions.codes import TechnologySource
from ...core.definitions.fields import CLUSTER_FIELDS, FEASIBILITY_FIELDS, PHASE_FIELDS, PRIORITY_FIELDS
from ...core.errors import InputError
from ...core.planning.costs import KYRGYZSTAN, CostModel, CostPreset, model_for
from .base import Group, SchoolConnectivityAlgorithm

if TYPE_CHECKING:
    import pandas as pd

    from ...core.planning.prioritize import Plan

#: Cost preset names, in CostPreset order (the COST_PRESET enum).
PRESET_LABELS = {
    CostPreset.KYRGYZSTAN: QT_TRANSLATE_NOOP("PrioritizeAlgorithm", "Kyrgyzstan (public Central Asian prices)"),
    CostPreset.GIGA: QT_TRANSLATE_NOOP("PrioritizeAlgorithm", "Giga cost model defaults (for comparison)"),
    CostPreset.ITU_CPP: QT_TRANSLATE_NOOP("PrioritizeAlgorithm", "ITU planning platform (for comparison)"),
}
#: Fields the planned routes get from the school their link leads to.
PLANNED_ROUTE_FIELDS: dict[str, type] = {"recommended_technology": str, "technology_source": str, "phase": int,
                                         "built": bool}


class PrioritizeAlgorithm(SchoolConnectivityAlgorithm):
    """Adds the technology, costs, rank and phase of each school to connect; writes the phases and clusters."""

    NAME = "prioritize"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("PrioritizeAlgorithm", "Plan technologies, costs and phases")
    GROUP = Group.PLANNING

    FIBER_NODES = "FIBER_NODES"
    DEM = "DEM"
    TOWERS = "TOWERS"
    COST_PRESET = "COST_PRESET"
    COST_OVERRIDES = "COST_OVERRIDES"
    OBJECTIVE = "OBJECTIVE"
    BUDGET_PER_PHASE_USD = "BUDGET_PER_PHASE_USD"
    KM_PER_PHASE = "KM_PER_PHASE"
    RURAL_WEIGHT = "RURAL_WEIGHT"
    HARD_WEIGHT = "HARD_WEIGHT"
    INCLUDE_UNKNOWN = "INCLUDE_UNKNOWN"
    OUTPUT = "OUTPUT"
    PHASES = "PHASES"
    CLUSTERS = "CLUSTERS"
    PLANNED_ROUTES = "PLANNED_ROUTES"
    TARGETS = "TARGETS"
    PHASED = "PHASED"
    PHASE_COUNT = "PHASE_COUNT"
    CAPEX_USD = "CAPEX_USD"
    FIBER_KM = "FIBER_KM"
    BREAK_EVEN_KM = "BREAK_EVEN_KM"
    CLUSTER_COUNT = "CLUSTER_COUNT"
    COST_MODEL = "COST_MODEL"

    def _objective_labels(self) -> list[str]:
        return [self.tr("Most students per dollar"), self.tr("Most schools per dollar"),
                self.tr("Lowest total cost to connect all")]

    def shortHelpString(self) -> str:
        return self.tr(
            "Plans every school to connect (not connected, or committed in the operator's work plan).\n\n"
            "The operator's plan is a commitment: schools planned, contracted or in progress keep the plan's "
            "technology (fiber unless its 'technology' column says otherwise) with technology_source "
            "operator_plan, and their routes are built; the cheaper alternative, where there is one, is shown "
            "beside them (cheapest_alternative, alternative_saving_usd), never applied. Every other school is "
            "decided by cost (least_cost) for its cluster as a whole: one shared trench against the sum of the "
            "schools' alternatives, exactly, along the route tree of 'Shared fiber routes'.\n\n"
            "Costs are present values over the horizon (discounted; equipment renewed), per technology and "
            "feasible only within reach and capacity: fiber along a buildable route; point-to-point microwave "
            "to a fiber node in range the school can see on the DEM; cellular in coverage or in range of a "
            "tower; satellite where licensed. Bandwidth demand is the larger of a floor and so much per student. "
            "The presets and every number are in docs/cost_model.md; 'Cost overrides' changes any of them, "
            "e.g. {\"horizon_years\": 15, \"satellite\": {\"fixed_usd_year\": 1800}}.\n\n"
            "Build order: in progress, contracted, planned, then the rest by the objective (per 1,000 USD of "
            "the cluster's build for schools on fiber); upstream before downstream. Phases are filled in that "
            "order and never exceed the CAPEX budget (and km of new trench, when set) per phase.\n\n"
            "Outputs: the schools with the PRIORITY fields; totals per phase (schools, students, km of new "
            "fiber, CAPEX, yearly OPEX, cumulative); clusters (fiber point, schools, students, km, CAPEX, OPEX, "
            "CAPEX per student, phases, statuses); and, given the routes, the routes with the phase they are "
            "built in.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SCHOOLS, self.tr("Schools with fiber routes"), [QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ROUTES, self.tr("Fiber routes (from Shared fiber routes)"), [QgsProcessing.TypeVectorLine],
            optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.FIBER_NODES, self.tr("Fiber nodes for point-to-point links"), QgsProcessing.TypeVectorPoint,
            optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.DEM, self.tr("Elevation model (line of sight)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.TOWERS, self.tr("Cell towers (points) or coverage (polygons)"),
            [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.COST_PRESET, self.tr("Cost model"), [self.tr(PRESET_LABELS[preset]) for preset in CostPreset],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.COST_OVERRIDES, self.tr("Cost overrides (JSON)"), defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.OBJECTIVE, self.tr("Objective"), self._objective_labels(), defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.BUDGET_PER_PHASE_USD, self.tr("CAPEX budget per phase (USD)"), QgsProcessingParameterNumber.Double,
            KYRGYZSTAN.budget_per_phase_usd, minValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.KM_PER_PHASE, self.tr("New trench per phase (km, 0 = no limit)"),
            QgsProcessingParameterNumber.Double, 0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.RURAL_WEIGHT, self.tr("Weight of rural schools"), QgsProcessingParameterNumber.Double, 1.0,
            minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.HARD_WEIGHT, self.tr("Weight of hard-to-connect schools"), QgsProcessingParameterNumber.Double,
            1.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.INCLUDE_UNKNOWN, self.tr("Also plan schools with unknown connectivity"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Planned schools"), QgsProcessing.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.PHASES, self.tr("Construction phases"), QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.CLUSTERS, self.tr("Clusters"), QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.PLANNED_ROUTES, self.tr("Planned routes by phase"), QgsProcessing.TypeVectorLine, optional=True))
        for name, label in ((self.TARGETS, self.tr("Schools to connect")),
                            (self.PHASED, self.tr("Schools in a phase")),
                            (self.PHASE_COUNT, self.tr("Phases")),
                            (self.CAPEX_USD, self.tr("CAPEX of the phased schools (USD)")),
                            (self.FIBER_KM, self.tr("New fiber (km)")),
                            (self.BREAK_EVEN_KM, self.tr("Fiber against satellite: break-even link (km)")),
                            (self.CLUSTER_COUNT, self.tr("Clusters"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))
        self.addOutput(QgsProcessingOutputString(self.COST_MODEL, self.tr("Cost model")))

    def _model(self, parameters, context) -> CostModel:
        try:
            model = model_for(list(CostPreset)[self.parameterAsEnum(parameters, self.COST_PRESET, context)],
                              self.parameterAsString(parameters, self.COST_OVERRIDES, context))
        except InputError as error:
            raise QgsProcessingException(self.tr("Cost overrides: {error}").format(error=error)) from error
        return replace(model, budget_per_phase_usd=self.parameterAsDouble(parameters, self.BUDGET_PER_PHASE_USD,
                                                                          context),
                       km_per_phase=self.parameterAsDouble(parameters, self.KM_PER_PHASE, context))

    def processAlgorithm(self, parameters, context, feedback):
        from ...core.planning.phases import Objective
        from ...core.planning.prioritize import PRIORITIZE_INPUTS, plan
        from ...core.planning.roles import target_mask
        from ..io import reading, writing
        from ..maps import styling

        source = self.source_or_fail(parameters, self.SCHOOLS, context)
        model = self._model(parameters, context)
        layer = reading.whole_layer(self, parameters, self.SCHOOLS, context)
        schools = reading.read_points(source, feedback, PRIORITIZE_INPUTS, layer)
        include_unknown = self.parameterAsBool(parameters, self.INCLUDE_UNKNOWN, context)
        if "upstream_id" not in schools:
            feedback.pushWarning(self.tr("No route fields (run Shared fiber routes first): each school's fiber is "
                                         "costed alone, its distance to fiber x detour factor."))
        self._reach(schools, target_mask(schools, include_unknown), model, parameters, context, feedback)
        result = plan(schools, model, list(Objective)[self.parameterAsEnum(parameters, self.OBJECTIVE, context)],
                      self.parameterAsDouble(parameters, self.RURAL_WEIGHT, context),
                      self.parameterAsDouble(parameters, self.HARD_WEIGHT, context), include_unknown)
        if feedback.isCanceled():
            return {}
        added = {**FEASIBILITY_FIELDS, **PRIORITY_FIELDS}
        columns = {name: _column_values(schools, result.schools, name, kind) for name, kind in added.items()}
        output_id = writing.write_with_columns(self, parameters, self.OUTPUT, context, source, layer, added,
                                               schools["source_fid"].to_numpy(), columns, feedback)
        results = {self.OUTPUT: output_id,
                   self.PHASES: self.write_table(parameters, self.PHASES, context, result.phases, PHASE_FIELDS),
                   self.CLUSTERS: self.write_table(parameters, self.CLUSTERS, context, result.clusters,
                                                   CLUSTER_FIELDS)}
        planned = self._planned_routes(parameters, context, schools, result, feedback)
        if planned is not None:
            results[self.PLANNED_ROUTES] = planned
            styling.style_on_load(context, planned, styling.LineKind.PLANNED_ROUTES)
        styling.style_on_load(context, output_id)
        return {**results, **self._report(result, model, feedback)}

    def _reach(self, schools: pd.DataFrame, target: np.ndarray, model: CostModel, parameters, context,
               feedback) -> None:
        """p2p_distance_m / p2p_node_id and cellular_feasible from the nodes, DEM and towers given."""
        from .. import feasibility

        schools["p2p_distance_m"], schools["p2p_node_id"] = np.nan, None
        nodes = self.parameterAsLayerList(parameters, self.FIBER_NODES, context)
        dem_layer = self.parameterAsRasterLayer(parameters, self.DEM, context)
        if nodes and dem_layer is None:
            feedback.pushWarning(self.tr("Fiber nodes given without an elevation model: point-to-point links "
                                         "are not assessed."))
        elif nodes:
            rows = np.flatnonzero(target)
            feedback.setProgressText(self.tr("Line of sight for {count} schools").format(count=rows.size))
            try:
                schools["p2p_distance_m"], schools["p2p_node_id"] = feasibility.p2p_reach(
                    schools, rows, nodes, dem_layer, model, feedback)
            except InputError as error:
                raise QgsProcessingException(str(error)) from error
            feedback.pushInfo(self.tr("{found} of {count} schools see a fiber node within {km:.0f} km").format(
                found=int(np.isfinite(schools["p2p_distance_m"].to_numpy(float)).sum()), count=rows.size,
                km=model.p2p.range_m / 1000))
        towers = self.parameterAsSource(parameters, self.TOWERS, context)
        if towers is not None:
            schools["cellular_feasible"] = feasibility.cellular_reach(schools, towers, model, feedback)
            feedback.pushInfo(self.tr("{count} schools to connect have cellular coverage").format(
                count=int((schools["cellular_feasible"].to_numpy() & target).sum())))

    def _planned_routes(self, parameters, context, schools: pd.DataFrame, result: Plan, feedback):
        """The routes layer with each link's phase and its school's technology (None without routes)."""
        import pandas as pd

        from ..io import reading, writing

        routes = self.parameterAsSource(parameters, self.ROUTES, context)
        if routes is None or self.PLANNED_ROUTES not in parameters or parameters[self.PLANNED_ROUTES] is None:
            return None
        links = reading.read_attributes(routes, ["to_id"])
        keys = schools.loc[result.schools.index, "route_key"].fillna("").astype(str) if "route_key" in schools \
            else pd.Series("", index=result.schools.index)
        by_key = result.schools.set_index(keys.to_numpy())
        by_key = by_key[~by_key.index.duplicated()]
        planned = by_key.reindex(links["to_id"].fillna("").astype(str).to_numpy())
        built = (planned["recommended_technology"] == "fiber").to_numpy()
        columns = {"recommended_technology": planned["recommended_technology"].to_numpy(object),
                   "technology_source": planned["technology_source"].to_numpy(object),
                   "phase": np.where(built, planned["phase"].fillna(0).to_numpy(), 0).astype(np.int64),
                   "built": built}
        layer = reading.whole_layer(self, parameters, self.ROUTES, context)
        return writing.write_with_columns(self, parameters, self.PLANNED_ROUTES, context, routes, layer,
                                          PLANNED_ROUTE_FIELDS, links["source_fid"].to_numpy(), columns, feedback)

    def _report(self, result: Plan, model: CostModel, feedback) -> dict:
        summary = result.summary
        feedback.pushInfo(self.tr("Cost model: {name} ({source})").format(name=model.name, source=model.source))
        feedback.pushInfo(self.tr("Fiber against satellite for one school at {mbps:.0f} Mbps: fiber is cheaper up "
                                  "to {km:.2f} km of new aerial link over {years:.0f} years").format(
            mbps=model.demand.floor_mbps, km=summary["break_even_fiber_km"], years=model.horizon_years))
        for technology, count in summary["technologies"].items():
            feedback.pushInfo(self.tr("Recommended {technology}: {count} schools").format(
                technology=technology, count=count))
        feedback.pushInfo(self.tr("{count} schools keep the operator's plan; {clusters} clusters").format(
            count=summary["operator_plan"], clusters=summary["clusters"]))
        committed = result.schools["technology_source"] == TechnologySource.OPERATOR_PLAN.value
        unpriced = committed & result.schools["fiber_total_usd"].isna()
        if unpriced.any():
            feedback.pushWarning(self.tr("{count} schools the plan commits to fiber have no route to fiber: check "
                                         "them").format(count=int(unpriced.sum())))
        for row in result.phases.itertuples():
            label = self.tr("Phase {phase}").format(phase=row.phase) if row.phase else self.tr("No phase")
            feedback.pushInfo(self.tr("{label}: {schools} schools, {students:.0f} students, {km:.1f} km of new "
                                      "fiber, CAPEX {capex:.0f} USD, OPEX {opex:.0f} USD a year").format(
                label=label, schools=row.schools, students=row.students, km=row.fiber_km, capex=row.capex_usd,
                opex=row.opex_usd_year))
        phased = result.phases[result.phases["phase"] > 0]
        return {self.TARGETS: summary["targets"], self.PHASED: int(phased["schools"].sum()),
                self.PHASE_COUNT: len(phased), self.CAPEX_USD: float(phased["capex_usd"].sum()),
                self.FIBER_KM: float(phased["fiber_km"].sum()), self.BREAK_EVEN_KM: summary["break_even_fiber_km"],
                self.CLUSTER_COUNT: summary["clusters"], self.COST_MODEL: model.name}


def _column_values(schools: pd.DataFrame, planned: pd.DataFrame, name: str, kind: type) -> np.ndarray:
    """One output column over all schools: the plan's values for the schools to connect, NULL for the others
    (is_target False); feasibility fields as measured."""
    import pandas as pd

    if name in FEASIBILITY_FIELDS:
        values = schools[name] if name in schools else pd.Series(None, index=schools.index, dtype=object)
    else:
        values = planned[name].reindex(schools.index) if name in planned else \
            pd.Series(None, index=schools.index, dtype=object)
    if name == "is_target":
        return values.fillna(False).astype(bool).to_numpy(object)
    if kind is float:
        return pd.to_numeric(values, errors="coerce").to_numpy(float)
    converted = np.full(len(values), None, dtype=object)
    known = values.notna().to_numpy()
    converted[known] = [kind(value) for value in values[known].tolist()]
    return converted
