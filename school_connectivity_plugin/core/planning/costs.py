"""The cost model as data: what each access technology costs, so every number is a visible parameter.

Sources (see docs/cost_model.md):
- Giga Open Cost Model, `unicef/giga-open-cost-model`:
  `giga/viz/notebooks/parameters/groups/*_technology_parameter_manager.py` (UI defaults),
  `notebooks/docs/models.ipynb` (7,500 USD/km example, correction 1.2), `giga/schemas/school.py`
  (20 Mbps demand), `DEFAULT_BUDGET_MILLIONS = 1` and OPEX over 5 years
  (`giga/viz/notebooks/parameters/groups/scenario_parameter_manager.py`).
- ITU/Giga Connectivity Planning Platform, `FNS-Division/cpp-user-guide`: `docs/models.md`
  (costs, ranges, maintenance shares), `docs/inputdata.md` (antenna heights), `docs/scenarios.md`
  (10-year period, 1,000,000 USD budget).
"""
from __future__ import annotations

from dataclasses import dataclass, fields, replace
from enum import Enum

import numpy as np

from ..definitions.codes import Technology
from ..errors import InputError


@dataclass(frozen=True)
class TechnologyCost:
    """One technology's prices; CAPEX = setup + per km x km, OPEX/yr = per km + share of CAPEX + per Mbps."""

    setup_usd: float
    usd_per_mbps_year: float
    per_km_usd: float = 0.0
    maintenance_usd_per_km_year: float = 0.0
    maintenance_share_year: float = 0.0
    fixed_usd_year: float = 0.0
    range_m: float = float("inf")

    def capex(self, length_m=0.0):
        """Up-front cost for a link of `length_m` metres (0 for technologies without a trench)."""
        return self.setup_usd + self.per_km_usd * np.asarray(length_m, dtype=float) / 1000.0

    def opex_year(self, bandwidth_mbps: float, length_m=0.0):
        """Recurring cost per year: maintenance (per km and share of CAPEX), fixed fees and bandwidth."""
        km = np.asarray(length_m, dtype=float) / 1000.0
        return (
            self.maintenance_usd_per_km_year * km
            + self.maintenance_share_year * self.capex(length_m)
            + self.fixed_usd_year
            + self.usd_per_mbps_year * bandwidth_mbps
        )


@dataclass(frozen=True)
class CostModel:
    """A complete cost scenario: per-technology prices, demand, horizon and fiber routing rules."""

    name: str
    fiber: TechnologyCost
    p2p: TechnologyCost
    cellular: TechnologyCost
    satellite: TechnologyCost
    bandwidth_mbps: float
    horizon_years: float
    detour_factor: float
    school_antenna_m: float
    node_antenna_m: float
    budget_per_phase_usd: float
    source: str

    def cost_of(self, technology: Technology) -> TechnologyCost:
        """The prices of one technology."""
        return getattr(self, technology.value)

    def total(self, technology: Technology, length_m=0.0):
        """CAPEX plus OPEX over the horizon: the number technologies are compared by."""
        cost = self.cost_of(technology)
        return cost.capex(length_m) + self.horizon_years * cost.opex_year(self.bandwidth_mbps, length_m)

    def with_overrides(self, overrides: dict) -> CostModel:
        """A copy with any numbers changed, e.g. {"horizon_years": 10, "fiber": {"per_km_usd": 7000}}."""
        changes = {}
        for key, value in overrides.items():
            current = getattr(self, key, None)
            if isinstance(current, TechnologyCost) and isinstance(value, dict):
                changes[key] = _replace_numbers(current, value, key)
            elif key in _NUMBER_FIELDS and isinstance(value, (int, float)) and not isinstance(value, bool):
                changes[key] = float(value)
            else:
                raise InputError(f"unknown cost parameter '{key}' or not a number: {value!r}")
        return replace(self, **changes)


def _replace_numbers(cost: TechnologyCost, values: dict, prefix: str) -> TechnologyCost:
    """A technology's prices with some numbers replaced; unknown names are an error that names them."""
    known = {field.name for field in fields(TechnologyCost)}
    for key, value in values.items():
        if key not in known or isinstance(value, bool) or not isinstance(value, (int, float)):
            raise InputError(f"unknown cost parameter '{prefix}.{key}' or not a number: {value!r}")
    return replace(cost, **{key: float(value) for key, value in values.items()})


#: Top-level numbers of a CostModel that overrides may change.
_NUMBER_FIELDS = frozenset({"bandwidth_mbps", "horizon_years", "detour_factor", "school_antenna_m",
                            "node_antenna_m", "budget_per_phase_usd"})


class CostPreset(str, Enum):
    """Named cost scenarios the user picks from."""

    GIGA = "giga"
    GIGA_DOCS = "giga_docs"
    ITU_CPP = "itu_cpp"


_GIGA_SOURCE = "unicef/giga-open-cost-model giga/viz/notebooks/parameters/groups/*_technology_parameter_manager.py"
_CPP_SOURCE = "FNS-Division/cpp-user-guide docs/models.md, docs/inputdata.md, docs/scenarios.md"
_CPP_P2P_MHZ = 40

GIGA = CostModel(
    name="Giga Open Cost Model (UI defaults)",
    fiber=TechnologyCost(
        setup_usd=1_000, per_km_usd=8_900, maintenance_usd_per_km_year=100, usd_per_mbps_year=1, range_m=20_000
    ),
    cellular=TechnologyCost(setup_usd=50, usd_per_mbps_year=10, range_m=8_000),
    p2p=TechnologyCost(setup_usd=2_000 + 2_500, usd_per_mbps_year=10, range_m=50_000),
    satellite=TechnologyCost(setup_usd=600, usd_per_mbps_year=15),
    bandwidth_mbps=20,
    horizon_years=5,
    detour_factor=1.2,
    school_antenna_m=5,
    node_antenna_m=25,
    budget_per_phase_usd=1_000_000,
    source=_GIGA_SOURCE,
)

ITU_CPP = CostModel(
    name="ITU Connectivity Planning Platform",
    fiber=TechnologyCost(
        setup_usd=500, per_km_usd=20_000, maintenance_share_year=0.05, usd_per_mbps_year=5.5, range_m=50_000
    ),
    cellular=TechnologyCost(setup_usd=120, maintenance_share_year=0.12, usd_per_mbps_year=4.5, range_m=5_000),
    p2p=TechnologyCost(
        setup_usd=3_000 + 50 * _CPP_P2P_MHZ,
        maintenance_share_year=0.10,
        fixed_usd_year=15 * _CPP_P2P_MHZ,
        usd_per_mbps_year=5.5,
        range_m=30_000,
    ),
    satellite=TechnologyCost(setup_usd=800, maintenance_share_year=0.10, usd_per_mbps_year=6.4),
    bandwidth_mbps=20,
    horizon_years=10,
    detour_factor=1.1,
    school_antenna_m=5,
    node_antenna_m=25,
    budget_per_phase_usd=1_000_000,
    source=_CPP_SOURCE,
)

PRESETS: dict[CostPreset, CostModel] = {
    CostPreset.GIGA: GIGA,
    CostPreset.GIGA_DOCS: replace(
        GIGA,
        name="Giga Open Cost Model (documentation example)",
        fiber=replace(GIGA.fiber, per_km_usd=7_500, usd_per_mbps_year=10),
        source="unicef/giga-open-cost-model notebooks/docs/models.ipynb",
    ),
    CostPreset.ITU_CPP: ITU_CPP,
}
