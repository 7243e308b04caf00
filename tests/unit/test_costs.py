"""Cost model: hand-computed CAPEX, OPEX and totals for the Giga and ITU presets."""
from __future__ import annotations

import pytest

from school_connectivity_plugin.core.definitions.codes import Technology
from school_connectivity_plugin.core.planning.costs import PRESETS, CostPreset


def test_giga_fiber_for_a_12_km_route():
    giga = PRESETS[CostPreset.GIGA]
    # setup 1,000 + 8,900 USD/km x 12 km; OPEX 100 USD/km x 12 + 1 USD/Mbps x 20 Mbps per year; 5 years.
    assert float(giga.fiber.capex(12_000)) == pytest.approx(1_000 + 8_900 * 12)
    assert float(giga.fiber.opex_year(20, 12_000)) == pytest.approx(100 * 12 + 20)
    assert float(giga.total(Technology.FIBER, 12_000)) == pytest.approx(107_800 + 5 * 1_220)


def test_giga_wireless_and_satellite():
    giga = PRESETS[CostPreset.GIGA]
    assert float(giga.total(Technology.P2P)) == pytest.approx(4_500 + 5 * 10 * 20)
    assert float(giga.total(Technology.CELLULAR)) == pytest.approx(50 + 5 * 10 * 20)
    assert float(giga.total(Technology.SATELLITE)) == pytest.approx(600 + 5 * 15 * 20)
    assert giga.fiber.range_m == 20_000 and giga.cellular.range_m == 8_000 and giga.p2p.range_m == 50_000
    assert giga.detour_factor == 1.2 and giga.budget_per_phase_usd == 1_000_000


def test_giga_docs_example_uses_7500_per_km():
    docs = PRESETS[CostPreset.GIGA_DOCS]
    assert float(docs.fiber.capex(1_000)) == pytest.approx(1_000 + 7_500)


def test_itu_fiber_maintenance_is_a_share_of_capex():
    itu = PRESETS[CostPreset.ITU_CPP]
    capex = 500 + 20_000 * 3
    assert float(itu.fiber.capex(3_000)) == pytest.approx(capex)
    assert float(itu.fiber.opex_year(20, 3_000)) == pytest.approx(0.05 * capex + 5.5 * 20)
    assert float(itu.total(Technology.FIBER, 3_000)) == pytest.approx(capex + 10 * (0.05 * capex + 110))
    assert itu.detour_factor == 1.1 and itu.fiber.range_m == 50_000
    assert itu.cellular.range_m == 5_000 and itu.p2p.range_m == 30_000


def test_itu_p2p_licence_once_and_yearly():
    itu = PRESETS[CostPreset.ITU_CPP]
    capex = 3_000 + 50 * 40
    assert float(itu.p2p.capex()) == pytest.approx(capex)
    assert float(itu.p2p.opex_year(20)) == pytest.approx(0.10 * capex + 15 * 40 + 5.5 * 20)


def test_overrides_change_any_number_and_name_unknown_ones():
    from school_connectivity_plugin.core.errors import InputError

    giga = PRESETS[CostPreset.GIGA]
    changed = giga.with_overrides({"horizon_years": 10, "fiber": {"per_km_usd": 5_000}})
    assert changed.horizon_years == 10 and changed.fiber.per_km_usd == 5_000 and changed.fiber.setup_usd == 1_000
    assert giga.fiber.per_km_usd == 8_900
    with pytest.raises(InputError, match=r"fiber\.cost_per_mile"):
        giga.with_overrides({"fiber": {"cost_per_mile": 1}})
    with pytest.raises(InputError, match="colour"):
        giga.with_overrides({"colour": 1})
