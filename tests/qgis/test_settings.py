"""The typed settings, the page in QGIS's Options dialog, and its registration by the plugin."""
from __future__ import annotations

from dataclasses import fields

import pytest
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QEvent

from school_connectivity_plugin.core.definitions.palette import Preset
from school_connectivity_plugin.core.planning.costs import PRESETS, CostPreset
from school_connectivity_plugin.settings import PREFIX, PluginSettings


@pytest.fixture
def clean_settings(qgis_app):
    QgsSettings().remove(PREFIX)
    yield QgsSettings()
    QgsSettings().remove(PREFIX)


def test_defaults_come_from_the_cost_model_and_palette(clean_settings):
    loaded = PluginSettings.load()
    assert loaded == PluginSettings()
    assert loaded.cost_preset == CostPreset.KYRGYZSTAN.value and loaded.cost_overrides == ""
    assert loaded.cost_model() is PRESETS[CostPreset.KYRGYZSTAN]
    assert loaded.budget_per_phase_usd == PRESETS[CostPreset.KYRGYZSTAN].budget_per_phase_usd
    assert loaded.max_fiber_distance_m == PRESETS[CostPreset.KYRGYZSTAN].trench.max_link_m
    assert Preset(loaded.colour_preset) is Preset.GIGA and loaded.colour_preset_index == 0


def test_every_field_round_trips_with_its_type(clean_settings):
    chosen = PluginSettings(speed_preset=2, good_threshold_mbps=12.5, bad_threshold_mbps=0.5,
                            max_fiber_distance_m=15_000.0, elevation_threshold_m=2_000.0,
                            cost_preset=CostPreset.ITU_CPP.value, cost_overrides='{"horizon_years": 12.0}',
                            colour_preset=Preset.COLORBLIND.value, watch_files=False,
                            budget_per_phase_usd=250_000.0, km_per_phase=80.0, objective=1)
    chosen.save()
    assert clean_settings.value(f"{PREFIX}/max_fiber_distance_m") in (15_000.0, "15000.0", "15000")
    loaded = PluginSettings.load()
    assert loaded == chosen
    for spec in fields(PluginSettings):
        assert type(getattr(loaded, spec.name)) is type(spec.default), spec.name
    assert loaded.colour_preset_index == list(Preset).index(Preset.COLORBLIND)
    assert loaded.cost_model().horizon_years == 12 and loaded.cost_model().name == PRESETS[CostPreset.ITU_CPP].name


def test_unreadable_value_falls_back_to_the_default(clean_settings):
    clean_settings.setValue(f"{PREFIX}/max_fiber_distance_m", "twenty km")
    clean_settings.setValue(f"{PREFIX}/watch_files", "false")
    loaded = PluginSettings.load()
    assert loaded.max_fiber_distance_m == PluginSettings().max_fiber_distance_m
    assert loaded.watch_files is False


def test_options_page_shows_and_saves_the_settings(clean_settings, qtbot):
    from school_connectivity_plugin.gui.options import SchoolConnectivityOptions, enum_options

    PluginSettings(max_fiber_distance_m=12_000.0, colour_preset=Preset.COLORBLIND.value).save()
    applied = []
    page = SchoolConnectivityOptions(applied.append)
    qtbot.addWidget(page)
    assert page.numbers["max_fiber_distance_m"].value() == 12_000.0
    assert page.colour_preset.currentData() == Preset.COLORBLIND.value
    speed_choices = enum_options("schoolconnectivity:importschools", "SPEED_PRESET")
    assert [page.speed_preset.itemText(i) for i in range(page.speed_preset.count())] == speed_choices
    assert len(speed_choices) >= 2
    page.numbers["elevation_threshold_m"].setValue(3_100)
    page.watch_files.setChecked(False)
    page.speed_preset.setCurrentIndex(1)
    page.cost_preset.setCurrentIndex(page.cost_preset.findData(CostPreset.ITU_CPP.value))
    page.apply()
    saved = PluginSettings.load()
    assert (saved.elevation_threshold_m, saved.watch_files, saved.speed_preset, saved.cost_preset) == (
        3_100.0, False, 1, CostPreset.ITU_CPP.value)
    assert saved.max_fiber_distance_m == 12_000.0
    assert applied == [saved]


def test_plugin_registers_and_unregisters_the_options_page(qgis_app):
    from qgis.testing.mocked import get_iface

    from school_connectivity_plugin import classFactory
    from school_connectivity_plugin.gui.options import SchoolConnectivityOptions, SchoolConnectivityOptionsFactory

    iface = get_iface()
    plugin = classFactory(iface)
    plugin.initGui()
    try:
        factory = iface.registerOptionsWidgetFactory.call_args.args[0]
        assert isinstance(factory, SchoolConnectivityOptionsFactory)
        page = factory.createWidget(None)
        assert isinstance(page, SchoolConnectivityOptions) and factory.title() == "School Connectivity"
        page.deleteLater()
    finally:
        plugin.unload()
        iface.mainWindow().deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)  # leave no half-deleted dock or canvas
    iface.unregisterOptionsWidgetFactory.assert_called_once_with(factory)


def test_cost_numbers_reach_the_plan_as_overrides_and_a_new_model_starts_clean(clean_settings, qtbot):
    import json

    from qgis.core import QgsApplication

    from school_connectivity_plugin.gui.options import SchoolConnectivityOptions
    from school_connectivity_plugin.processing import workflow

    settings = PluginSettings(cost_overrides='{"satellite": {"fixed_usd_year": 1800.0}}', km_per_phase=50.0)
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("schoolconnectivity:prioritize")
    parameters = workflow.parameters(algorithm, workflow.WorkflowInputs(schools="s.gpkg", settings=settings),
                                     "s.gpkg", {})
    assert json.loads(parameters["COST_OVERRIDES"]) == {"satellite": {"fixed_usd_year": 1800.0}}
    assert (parameters["COST_PRESET"], parameters["KM_PER_PHASE"]) == (0, 50.0)
    settings.save()
    page = SchoolConnectivityOptions()
    qtbot.addWidget(page)
    page.apply()
    assert PluginSettings.load().cost_overrides == settings.cost_overrides  # same model: the numbers stay
    page.cost_preset.setCurrentIndex(page.cost_preset.findData(CostPreset.ITU_CPP.value))
    page.apply()
    saved = PluginSettings.load()
    assert (saved.cost_preset, saved.cost_overrides) == (CostPreset.ITU_CPP.value, "")
