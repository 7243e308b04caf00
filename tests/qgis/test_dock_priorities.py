"""The dock's Priorities group: objective and budget reach the Prioritise run; its phases fill the table and the map."""
from __future__ import annotations

import sqlite3

import pytest
from qgis.core import QgsApplication, QgsCategorizedSymbolRenderer
from qgis.PyQt.QtCore import Qt

from school_connectivity_plugin.core.definitions.palette import PALETTES, Preset
from school_connectivity_plugin.core.definitions.schema import ConnectivityClass
from school_connectivity_plugin.gui.priorities_panel import COLUMNS, PRIORITIZE
from school_connectivity_plugin.processing import workflow
from school_connectivity_plugin.processing.workflow import Stage
from school_connectivity_plugin.settings import PluginSettings

from support.layers import add_layer

#: Small enough that the sample's schools to connect spread over several phases.
BUDGET_USD = 250_000.0


def _table_of(gpkg: str) -> list[tuple]:
    """The PHASES GeoPackage's rows read with sqlite3, in phase order."""
    with sqlite3.connect(gpkg.split("|")[0]) as connection:
        table = connection.execute("SELECT table_name FROM gpkg_contents").fetchone()[0]
        columns = ", ".join(f'"{name}"' for name, _, _ in COLUMNS)
        return connection.execute(f'SELECT {columns} FROM "{table}" ORDER BY phase').fetchall()


def test_objective_and_budget_are_the_settings_the_run_receives(dock):
    panel = dock.priorities
    assert panel.objective.count() == len(QgsApplication.processingRegistry().algorithmById(PRIORITIZE)
                                          .parameterDefinition("OBJECTIVE").options()) == 3
    assert panel.budget.value() == PluginSettings().budget_per_phase_usd
    panel.objective.setCurrentIndex(2)
    panel.budget.setValue(123_456.0)
    stored = PluginSettings.load()
    assert (stored.objective, stored.budget_per_phase_usd) == (2, 123_456.0)
    dock.apply_settings(PluginSettings(objective=1, budget_per_phase_usd=99_000.0))  # the Options page applied
    assert (panel.objective.currentIndex(), panel.budget.value()) == (1, 99_000.0)


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
    chain = dock.run_step(Stage.PRIORITISE)
    assert (chain.inputs.settings.objective, chain.inputs.settings.budget_per_phase_usd) == (1, BUDGET_USD)
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(PRIORITIZE)
    parameters = workflow.parameters(algorithm, chain.inputs, "schools.gpkg", {})
    assert (parameters["OBJECTIVE"], parameters["BUDGET_PER_PHASE_USD"]) == (1, BUDGET_USD)
    qtbot.waitUntil(lambda: dock.chain is None, timeout=180_000)
    phases_path = chain.results[PRIORITIZE]["PHASES"]
    expected = _table_of(phases_path)
    table = dock.priorities.table
    shown = [tuple(table.item(row, column).data(Qt.UserRole) for column in range(table.columnCount()))
             for row in range(table.rowCount())]
    assert shown == expected
    phased = [row for row in expected if row[0] > 0]
    assert len(phased) >= 2
    assert all(total_usd <= BUDGET_USD for *_rest, total_usd in phased)
    ranked = dock.school_layer()
    assert ranked.source().startswith(str(chain.run_dir)) and ranked.name() == "Prioritised schools"
    with sqlite3.connect(ranked.source().split("|")[0]) as connection:
        table_name = connection.execute("SELECT table_name FROM gpkg_contents").fetchone()[0]
        per_phase = connection.execute(f'SELECT phase, COUNT(*), SUM(est_total_usd) FROM "{table_name}" '
                                       "WHERE phase > 0 GROUP BY phase ORDER BY phase").fetchall()
    in_layer = [phase for phase, _, _ in per_phase]
    assert in_layer == [row[0] for row in phased]
    for (_phase, schools, total_usd), row in zip(per_phase, phased):
        assert (schools, total_usd) == (row[1], pytest.approx(row[4], rel=1e-9)) and total_usd <= BUDGET_USD
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
