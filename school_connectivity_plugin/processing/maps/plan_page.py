"""The construction plan page of the planning map: fiber routes coloured by the phase that builds them, the phases'
totals (schools, students, km of new trench, CAPEX, yearly OPEX, cumulative CAPEX) and the clusters in build order."""
from __future__ import annotations

import pandas as pd
from qgis.core import QgsPrintLayout

from ...core.definitions.codes import TechnologySource
from ...core.definitions.schema import PipelineStatus
from ..labels import number_locale, translated_code
from . import layouts
from .fitting import fit_page
from .layout_templates import ItemId
from .planning_data import PlanningData
from .planning_pages import PageText, tr

_PHASE_SHARES = (12, 10, 12, 13, 17, 15, 19)
_PHASE_RIGHT = (False, True, True, True, True, True, True)
_CLUSTER_SHARES = (9, 16, 7, 9, 8, 12, 10, 7, 22)
_CLUSTER_RIGHT = (False, False, True, True, True, True, True, True, False)


def has_plan(data: PlanningData) -> bool:
    """Whether there is a plan to print: its phases table was given."""
    return data.phases is not None and len(data.phases) > 0


def _whole(value: float) -> str:
    return number_locale().toString(float(value), "f", 0)


def _km(value: float) -> str:
    return number_locale().toString(float(value), "f", 1)


def fill_plan(layout: QgsPrintLayout, data: PlanningData, text: PageText) -> None:
    """Routes by phase over schools, fiber and regions; the phase totals; as many clusters as fit."""
    extent_layer = data.regions if data.regions is not None else data.schools
    crs = layouts.utm_crs(layouts.layer_extent(extent_layer, data.schools.crs(), data.project))
    regions = [data.regions] if data.regions else []
    by_technology = data.technology_schools
    routes = [data.phased_routes or data.routes] if data.routes is not None else []
    map_layers = [*routes, by_technology, *data.fiber, *regions]
    map_item = layouts.set_map(layout, map_layers, crs, layouts.layer_extent(extent_layer, crs, data.project))
    layouts.set_text(layout, ItemId.TITLE, tr("Construction plan"))
    layouts.set_text(layout, ItemId.SUBTITLE, tr("{title} · fiber routes by construction phase · {date}").format(
        title=text.title, date=text.date))
    layouts.set_text(layout, ItemId.SOURCES, text.sources)
    layouts.set_legend(layout, tr("Legend"), [*routes, *data.fiber, by_technology], map_item, False)
    layouts.link_map(layout, map_item, tr("km"))
    _fill_phases(layout, data.phases)
    _fill_clusters(layout, data.clusters)
    fit_page(layout)


def _fill_phases(layout: QgsPrintLayout, phases: pd.DataFrame) -> None:
    layouts.set_text(layout, ItemId.PHASE_TITLE, tr("Construction phases"))
    table = layouts.table_of(layout, ItemId.PHASE_TABLE)
    if table is None:
        return
    headers = [tr("Phase"), tr("Schools"), tr("Students"), tr("New fiber, km"), tr("CAPEX, USD"),
               tr("OPEX, USD a year"), tr("Cumulative CAPEX, USD")]
    ordered = pd.concat([phases[phases["phase"] > 0].sort_values("phase"), phases[phases["phase"] <= 0]])
    rows = [[number_locale().toString(int(row.phase)) if row.phase > 0 else tr("No phase"), _whole(row.schools),
             _whole(row.students), _km(row.fiber_km), _whole(row.capex_usd), _whole(row.opex_usd_year),
             _whole(row.cumulative_capex_usd) if row.phase > 0 else ""] for row in ordered.itertuples()]
    built = phases[phases["phase"] > 0]
    rows.append([tr("Total"), _whole(built["schools"].sum()), _whole(built["students"].sum()),
                 _km(built["fiber_km"].sum()), _whole(built["capex_usd"].sum()),
                 _whole(built["opex_usd_year"].sum()), ""])
    layouts.set_table(table, headers, rows, _PHASE_SHARES, _PHASE_RIGHT)
    if table.totalSize().height() > table.frame(0).rect().height() + 0.01:  # more phases than the smallest type holds
        shown = layouts.rows_that_fit(table, headers, rows, _PHASE_SHARES, _PHASE_RIGHT)
        layouts.set_table(table, headers, [*rows[:max(shown - 1, 0)], rows[-1]], _PHASE_SHARES, _PHASE_RIGHT,
                          complete=False)  # never drop the total: the phases that fit, then the total line


def _fiber_point(text: str) -> str:
    """'fiber:fiber_backbone:22' as 'fiber_backbone #22'; a school on fiber by its id."""
    kind, _, rest = str(text or "").partition(":")
    if kind != "fiber" or not rest:
        return str(text or "")
    layer, _, feature = rest.rpartition(":")
    return f"{layer} #{feature}" if layer else rest


def _statuses(text: str) -> str:
    """'contracted 3; least_cost 2' in the user's language."""
    parts = []
    for part in str(text or "").split("; "):
        code, _, count = part.rpartition(" ")
        if not code:
            continue
        kind = TechnologySource if code in {source.value for source in TechnologySource} else PipelineStatus
        parts.append(f"{translated_code(kind, code)} {count}")
    return "; ".join(parts)


def _fill_clusters(layout: QgsPrintLayout, clusters: pd.DataFrame | None) -> None:
    layouts.set_text(layout, ItemId.TABLE_TITLE, tr("Clusters, in build order"))
    table = layouts.table_of(layout, ItemId.TABLE)
    if table is None or clusters is None:
        layouts.set_text(layout, ItemId.TABLE_NOTE, "")
        return
    fiber = clusters[clusters["fiber_schools"] > 0]
    order = fiber.assign(unphased=fiber["phase"] <= 0).sort_values(["unphased", "phase", "cluster_id"])
    headers = [tr("Cluster"), tr("Fiber point"), tr("Schools"), tr("Students"), tr("Fiber, km"), tr("CAPEX, USD"),
               tr("USD per student"), tr("Phase"), tr("Work plan")]
    rows = [[row.cluster_id, _fiber_point(row.fiber_point), _whole(row.schools), _whole(row.students),
             _km(row.fiber_km),
             _whole(row.capex_usd), "" if pd.isna(row.capex_per_student_usd) else _whole(row.capex_per_student_usd),
             number_locale().toString(int(row.phase)) if row.phase > 0 else "", _statuses(row.statuses)]
            for row in order.itertuples()]
    table.setEmptyTableMessage(tr("No school is planned on fiber."))
    shown = layouts.rows_that_fit(table, headers, rows, _CLUSTER_SHARES, _CLUSTER_RIGHT)
    layouts.set_text(layout, ItemId.TABLE_NOTE, "" if shown == len(rows) else tr(
        "{shown} of {total} clusters on fiber listed, in build order; clusters.csv holds them all.").format(
        shown=number_locale().toString(shown), total=number_locale().toString(len(rows))))
