"""The dock's Plan group: objective, budget, cost model and prices reach the plan run; the break-even follows the
prices at once; Update the plan re-runs it; its phases and clusters fill the tables and the map."""
from __future__ import annotations

import re
import sqlite3

import pytest
from qgis.core import QgsApplication, QgsCategorizedSymbolRenderer
from qgis.PyQt.QtCore import Qt

from school_connectivity_plugin.core.definitions.palette import PALETTES, Preset
from school_connectivity_plugin.core.definitions.schema import ConnectivityClass
from school_connectivity_plugin.core.planning.costs import PRESETS, CostPreset, model_for
from school_connectivity_plugin.gui.priorities_panel import CLUSTER_COLUMNS, PHASE_COLUMNS, PRIORITIZE
from school_connectivity_plugin.processing.workflow import Stage
from school_connectivity_plugin.settings import PluginSettings

from support.layers import add_layer

#: Small enough that the sample's schools to connect spread over several phases.
BUDGET_USD = 250_000.0


def _table_of(gpkg: str, columns, order: str) -> list[tuple]:
    """A plan table's GeoPackage rows read with sqlite3, in the dock's order."""
    with sqlite3.connect(gpkg.split("|")[0]) as connection:
        table = connection.execute("SELECT table_name FROM gpkg_contents").fetchone()[0]
        names = ", ".join(f'"{name}"' for name, _, _ in columns)
        return connection.execute(f'SELECT {names} FROM "{table}" ORDER BY {order}').fetchall()


def _shown(table) -> list[tuple]:
    return [tuple(table.item(row, column).data(Qt.UserRole) for column in range(table.columnCount()))
            for row in range(table.rowCount())]


def test_objective_budget_and_prices_are_the_settings_the_run_receives(dock):
    panel = dock.priorities
    assert panel.objective.count() == len(QgsApplication.processingRegistry().algorithmById(PRIORITIZE)
                                          .parameterDefinition("OBJECTIVE").options()) == 3
    assert panel.budget.value() == PluginSettings().budget_per_phase_usd
    assert panel.prices["satellite.fixed_usd_year"].value() == 2_400
    assert panel.prices["discount_rate"].value() == 2.0  # shown in per cent
    assert "1.76" in panel.break_even.text()
    panel.objective.setCurrentIndex(2)
    panel.budget.setValue(123_456.0)
    panel.prices["satellite.fixed_usd_year"].setValue(1_200)
    panel.prices["discount_rate"].setValue(5.0)
    stored = PluginSettings.load()
    assert (stored.objective, stored.budget_per_phase_usd) == (2, 123_456.0)
    model = model_for(CostPreset.KYRGYZSTAN, stored.cost_overrides)
    assert (model.satellite.fixed_usd_year, model.discount_rate) == (1_200, 0.05)
    assert model.trench.aerial_usd_per_km == PRESETS[CostPreset.KYRGYZSTAN].trench.aerial_usd_per_km
    # cheaper satellite: fiber wins over a shorter link only, and the label says so before any run
    shown = float(re.search(r"(\d+[.,]\d+) km", panel.break_even.text()).group(1).replace(",", "."))
    assert 0.5 < shown < 1.76
    panel.licensed.setChecked(False)
    assert not model_for(CostPreset.KYRGYZSTAN, PluginSettings.load().cost_overrides).satellite.available
    assert "not licensed" in panel.break_even.text()
    panel.preset.setCurrentIndex(list(CostPreset).index(CostPreset.GIGA))  # a new model: its own prices
    stored = PluginSettings.load()
    assert (stored.cost_preset, stored.cost_overrides) == ("giga", "")
    assert panel.prices["trench.aerial_usd_per_km"].value() == 8_900 and panel.licensed.isChecked()
    dock.apply_settings(PluginSettings(objective=1, budget_per_phase_usd=99_000.0))  # the Options page applied
    assert (panel.objective.currentIndex(), panel.budget.value()) == (1, 99_000.0)
    assert panel.preset.currentData() == "kyrgyzstan"


def test_prioritise_fills_the_table_and_the_phase_map(dock, sample_dir, tmp_path, qtbot):
    import processing

    imported = processing.run("schoolconnectivity:importschools", {
        "INPUT": str(sample_dir / "schools.csv"), "OUTPUT": str(tmp_path / "schools.gpkg"),
        "REJECTED": str(tmp_path / "rejected.gpkg")})
    dock.inputs.schools.setLayer(add_layer(imported["OUTPUT"], "schools"))
    dock.inputs.set_fiber_layers([add_layer(sample_dir / "fiber_backbone.geojson", "fiber")])
    dock.run_step(Stage.ANALYSIS)
    qtbot.waitUntil(lambda: dock.chain is None, timeout=120_000)
    dock.priorities.objective.setCurrentIndex(1)
    dock.priorities.budget.setValue(BUDGET_USD)
    dock.priorities.replan.click()
    chain = dock.chain
    assert chain.step is Stage.PRIORITISE
    assert (chain.inputs.settings.objective, chain.inputs.settings.budget_per_phase_usd) == (1, BUDGET_USD)
    qtbot.waitUntil(lambda: dock.chain is None, timeout=180_000)
    phases_path = chain.results[PRIORITIZE]["PHASES"]
    expected = _table_of(phases_path, PHASE_COLUMNS, "phase <= 0, phase")
    assert _shown(dock.priorities.phase_table) == expected
    clusters = _table_of(chain.results[PRIORITIZE]["CLUSTERS"], CLUSTER_COLUMNS, "phase <= 0, phase, cluster_id")
    assert _shown(dock.priorities.cluster_table) == clusters and len(clusters) > 10
    phased = [row for row in expected if row[0] > 0]
    assert len(phased) >= 2
    assert all(capex_usd <= BUDGET_USD for *_rest, capex_usd, _opex in phased)
    assert sum(row[3] for row in phased) > 10  # km of new fiber
    ranked = dock.school_layer()
    assert ranked.source().startswith(str(chain.run_dir)) and ranked.name() == "Schools"
    with sqlite3.connect(ranked.source().split("|")[0]) as connection:
        table_name = connection.execute("SELECT table_name FROM gpkg_contents").fetchone()[0]
        per_phase = connection.execute(f'SELECT phase, COUNT(*), SUM(est_capex_usd) FROM "{table_name}" '
                                       "WHERE phase > 0 GROUP BY phase ORDER BY phase").fetchall()
        fiber_before = connection.execute(f'SELECT COUNT(*) FROM "{table_name}" '
                                          "WHERE recommended_technology = 'fiber'").fetchone()[0]
    in_layer = [phase for phase, _, _ in per_phase]
    assert in_layer == [row[0] for row in phased]
    for (_phase, schools, capex_usd), row in zip(per_phase, phased):
        assert (schools, capex_usd) == (row[1], pytest.approx(row[4], rel=1e-9)) and capex_usd <= BUDGET_USD
    renderer = ranked.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer) and renderer.classAttribute() == "phase"
    values = [category.value() for category in renderer.categories()]
    assert sorted(value for value in values if value != "") == in_layer and "" in values
    colours = {category.symbol().color().name() for category in renderer.categories()}
    assert len(colours) == len(values)
    manager = ranked.styleManager()
    assert set(manager.styles()) == {"Connectivity", "Phases"} and manager.currentStyle() == "Phases"
    dock.apply_settings(PluginSettings(colour_preset=Preset.COLORBLIND.value))  # new colours keep the phase map
    assert manager.currentStyle() == "Phases" and ranked.renderer().classAttribute() == "phase"
    assert manager.setCurrentStyle("Connectivity") and ranked.renderer().type() == "RuleRenderer"
    good = {rule.ruleKey(): rule.symbol().color().name() for rule in ranked.renderer().rootRule().children()
            if rule.symbol() is not None}[ConnectivityClass.GOOD.value]
    assert good == PALETTES[Preset.COLORBLIND].classes[ConnectivityClass.GOOD].lower() != \
        PALETTES[Preset.GIGA].classes[ConnectivityClass.GOOD].lower()
    # satellite three times dearer: update the plan on the planned layer itself, and more schools take fiber
    dock.priorities.prices["satellite.fixed_usd_year"].setValue(7_200)
    planned_source = ranked.source()
    dock.priorities.replan.click()
    qtbot.waitUntil(lambda: dock.chain is None, timeout=180_000)
    replanned = dock.school_layer()
    assert replanned is ranked and replanned.source() != planned_source, "one living layer, its data replaced"
    with sqlite3.connect(replanned.source().split("|")[0]) as connection:
        table_name = connection.execute("SELECT table_name FROM gpkg_contents").fetchone()[0]
        fiber_after = connection.execute(f'SELECT COUNT(*) FROM "{table_name}" '
                                         "WHERE recommended_technology = 'fiber'").fetchone()[0]
    assert fiber_after > fiber_before
