"""The cost model as data: what each access technology costs a school over the planning horizon, what laying fiber
costs per km, how much bandwidth a school needs, so every number is a visible, sourced, overridable parameter.

Every total is a present value: up-front cost (CAPEX), equipment bought again every `renewal_years`, and yearly costs
(OPEX) over `horizon_years` discounted at `discount_rate`. Sources of every number: docs/cost_model.md.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, fields, is_dataclass, replace
from enum import Enum

import numpy as np

from ..definitions.codes import Technology
from ..errors import InputError


@dataclass(frozen=True)
class TechnologyCost:
    """One access technology at one school: its equipment, its service and its limits."""

    setup_usd: float = 0.0
    renewal_years: float = 0.0
    fixed_usd_year: float = 0.0
    usd_per_mbps_year: float = 0.0
    maintenance_share_year: float = 0.0
    capacity_mbps: float = math.inf
    range_m: float = math.inf
    available: bool = True


@dataclass(frozen=True)
class FiberBuild:
    """Laying fiber from the network to a school: per km of route, on poles (rural) or in the ground (urban)."""

    aerial_usd_per_km: float
    buried_usd_per_km: float
    maintenance_usd_per_km_year: float = 0.0
    maintenance_share_year: float = 0.0
    max_link_m: float = 20_000.0
    detour_factor: float = 1.2


@dataclass(frozen=True)
class Demand:
    """A school's bandwidth need: a floor, or so much per student when that is more."""

    floor_mbps: float = 20.0
    kbps_per_student: float = 0.0


@dataclass(frozen=True)
class CostModel:
    """A complete cost scenario; `with_overrides` changes any number of it."""

    name: str
    source: str
    fiber: TechnologyCost
    trench: FiberBuild
    p2p: TechnologyCost
    cellular: TechnologyCost
    satellite: TechnologyCost
    demand: Demand
    horizon_years: float
    discount_rate: float
    school_antenna_m: float = 5.0
    node_antenna_m: float = 25.0
    budget_per_phase_usd: float = 1_000_000.0
    km_per_phase: float = 0.0

    # --- present values ---

    def annuity(self) -> float:
        """Present value of 1 USD a year over the horizon (years 1..H, discounted)."""
        years = np.arange(1, round(self.horizon_years) + 1)
        return float(np.sum((1.0 + self.discount_rate) ** -years.astype(float)))

    def renewals(self, every_years: float) -> float:
        """Present value of buying 1 USD of equipment again every `every_years` within the horizon."""
        if every_years <= 0:
            return 0.0
        times = np.arange(every_years, self.horizon_years - 1e-9, every_years)
        return float(np.sum((1.0 + self.discount_rate) ** -times))

    # --- per school ---

    def cost_of(self, technology: Technology) -> TechnologyCost:
        """The school-side prices of one technology."""
        return getattr(self, technology.value)

    def demand_mbps(self, students) -> np.ndarray:
        """Bandwidth each school needs: the floor, or kbps per student when that is more (unknown students: floor)."""
        students = np.nan_to_num(np.asarray(students, dtype=float), nan=0.0)
        return np.maximum(self.demand.floor_mbps, self.demand.kbps_per_student * students / 1000.0)

    def feasible(self, technology: Technology, demand_mbps) -> np.ndarray:
        """Whether the technology can serve each school's demand at all (licence and capacity; reach apart)."""
        cost = self.cost_of(technology)
        return np.asarray(demand_mbps, dtype=float) <= cost.capacity_mbps if cost.available else \
            np.zeros(np.shape(demand_mbps), dtype=bool)

    def school_costs(self, technology: Technology, demand_mbps) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """CAPEX, OPEX per year and total present value of the technology at each school (its trench apart)."""
        cost = self.cost_of(technology)
        demand = np.asarray(demand_mbps, dtype=float)
        capex = np.full(demand.shape, cost.setup_usd)
        opex = cost.fixed_usd_year + cost.usd_per_mbps_year * demand + cost.maintenance_share_year * capex
        total = capex * (1.0 + self.renewals(cost.renewal_years)) + self.annuity() * opex
        return capex, opex, total

    # --- per fiber link ---

    def trench_costs(self, length_m, buried) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """CAPEX, OPEX per year and total present value of laying links of `length_m` (buried where True)."""
        km = np.asarray(length_m, dtype=float) / 1000.0
        per_km = np.where(np.asarray(buried, dtype=bool), self.trench.buried_usd_per_km, self.trench.aerial_usd_per_km)
        capex = per_km * km
        opex = self.trench.maintenance_usd_per_km_year * km + self.trench.maintenance_share_year * capex
        return capex, opex, capex + self.annuity() * opex

    def break_even_fiber_m(self) -> float:
        """How long an aerial fiber link to one school at the demand floor may be before satellite is cheaper."""
        floor = np.array([self.demand.floor_mbps])
        fiber = self.school_costs(Technology.FIBER, floor)[2][0]
        satellite = self.school_costs(Technology.SATELLITE, floor)[2][0]
        per_m = self.trench_costs(np.array([1000.0]), np.array([False]))[2][0] / 1000.0
        return max(0.0, (satellite - fiber) / per_m) if per_m > 0 else math.inf

    # --- overrides ---

    def with_overrides(self, overrides: dict) -> CostModel:
        """A copy with numbers changed, e.g. {"horizon_years": 15, "satellite": {"fixed_usd_year": 1800}};
        an unknown name or a value of the wrong kind is an InputError that names it (dotted)."""
        return _with_overrides(self, overrides, "")


def _with_overrides(value, overrides: dict, prefix: str):
    if not isinstance(overrides, dict):
        raise InputError(f"cost parameter '{prefix.rstrip('.') or 'costs'}' must be a JSON object")
    known = {field.name: field for field in fields(value)}
    changes = {}
    for key, given in overrides.items():
        name = f"{prefix}{key}"
        if key not in known or key in ("name", "source"):
            raise InputError(f"unknown cost parameter '{name}'")
        current = getattr(value, key)
        if is_dataclass(current):
            changes[key] = _with_overrides(current, given, f"{name}.")
        elif isinstance(current, bool):
            if not isinstance(given, bool):
                raise InputError(f"cost parameter '{name}' must be true or false, not {given!r}")
            changes[key] = given
        elif isinstance(given, bool) or not isinstance(given, (int, float)) or math.isnan(given):
            raise InputError(f"cost parameter '{name}' must be a number, not {given!r}")
        elif given < 0:
            raise InputError(f"cost parameter '{name}' must not be negative ({given})")
        else:
            changes[key] = float(given)
    return replace(value, **changes)


class CostPreset(str, Enum):
    """Named cost scenarios: the national default first, the reference models kept for comparison."""

    KYRGYZSTAN = "kyrgyzstan"
    GIGA = "giga"
    ITU_CPP = "itu_cpp"


#: The Kyrgyz schools' negotiated service fee, 28.5 USD a month for 4 Mbps (giga.global/kyrgyzstan).
_KG_SCHOOL_FEE_USD_YEAR = 28.5 * 12

KYRGYZSTAN = CostModel(
    name="Kyrgyzstan (public Central Asian prices)",
    source="docs/cost_model.md: giga.global/kyrgyzstan, kt.kg/news/16, timesca.com/?p=13643, Capacity Media, "
           "satproviders.com (Starlink in Kazakh schools), 24.kg/english/345982, ITU WSIS 2023 Giga session",
    fiber=TechnologyCost(setup_usd=1_000, fixed_usd_year=_KG_SCHOOL_FEE_USD_YEAR, usd_per_mbps_year=1),
    trench=FiberBuild(aerial_usd_per_km=10_000, buried_usd_per_km=18_000, maintenance_usd_per_km_year=100,
                      max_link_m=20_000, detour_factor=1.2),
    p2p=TechnologyCost(setup_usd=15_000, renewal_years=7, fixed_usd_year=_KG_SCHOOL_FEE_USD_YEAR,
                       maintenance_share_year=0.10, capacity_mbps=100, range_m=30_000),
    cellular=TechnologyCost(setup_usd=100, renewal_years=5, fixed_usd_year=_KG_SCHOOL_FEE_USD_YEAR,
                            capacity_mbps=100, range_m=8_000),
    satellite=TechnologyCost(setup_usd=1_000, renewal_years=5, fixed_usd_year=200 * 12, capacity_mbps=150),
    demand=Demand(floor_mbps=20, kbps_per_student=50),
    horizon_years=10,
    discount_rate=0.02,
)

_GIGA_SOURCE = "unicef/giga-open-cost-model giga/viz/notebooks/parameters/groups/*_technology_parameter_manager.py"
_CPP_SOURCE = "FNS-Division/cpp-user-guide docs/models.md, docs/inputdata.md, docs/scenarios.md"
_CPP_P2P_MHZ = 40

GIGA = CostModel(
    name="Giga Open Cost Model (interface defaults)",
    source=_GIGA_SOURCE,
    fiber=TechnologyCost(setup_usd=1_000, usd_per_mbps_year=1),
    trench=FiberBuild(aerial_usd_per_km=8_900, buried_usd_per_km=8_900, maintenance_usd_per_km_year=100,
                      max_link_m=20_000, detour_factor=1.2),
    p2p=TechnologyCost(setup_usd=2_000 + 2_500, usd_per_mbps_year=10, capacity_mbps=100, range_m=50_000),
    cellular=TechnologyCost(setup_usd=50, usd_per_mbps_year=10, capacity_mbps=100, range_m=8_000),
    satellite=TechnologyCost(setup_usd=600, usd_per_mbps_year=15, capacity_mbps=150),
    demand=Demand(floor_mbps=20),
    horizon_years=5,
    discount_rate=0.0,
)

ITU_CPP = CostModel(
    name="ITU Connectivity Planning Platform",
    source=_CPP_SOURCE,
    fiber=TechnologyCost(setup_usd=500, renewal_years=10, usd_per_mbps_year=5.5, capacity_mbps=15_000),
    trench=FiberBuild(aerial_usd_per_km=20_000, buried_usd_per_km=20_000, maintenance_share_year=0.05,
                      max_link_m=50_000, detour_factor=1.1),
    p2p=TechnologyCost(setup_usd=3_000 + 50 * _CPP_P2P_MHZ, renewal_years=7, maintenance_share_year=0.10,
                       fixed_usd_year=15 * _CPP_P2P_MHZ, usd_per_mbps_year=5.5, capacity_mbps=400, range_m=30_000),
    cellular=TechnologyCost(setup_usd=120, renewal_years=5, maintenance_share_year=0.12, usd_per_mbps_year=4.5,
                            capacity_mbps=900, range_m=5_000),
    satellite=TechnologyCost(setup_usd=800, renewal_years=5, maintenance_share_year=0.10, usd_per_mbps_year=6.4,
                             capacity_mbps=400),
    demand=Demand(floor_mbps=20),
    horizon_years=10,
    discount_rate=0.02,
)

PRESETS: dict[CostPreset, CostModel] = {
    CostPreset.KYRGYZSTAN: KYRGYZSTAN,
    CostPreset.GIGA: GIGA,
    CostPreset.ITU_CPP: ITU_CPP,
}


def model_for(preset: CostPreset, overrides_text: str = "") -> CostModel:
    """A preset with the JSON overrides a user or a file gives; an InputError names what is wrong."""
    model = PRESETS[preset]
    text = (overrides_text or "").strip()
    if not text:
        return model
    try:
        overrides = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"cost overrides are not JSON ({error})") from error
    return model.with_overrides(overrides)


def number_at(model: CostModel, path: str) -> float:
    """A number of the model by its dotted name ("trench.aerial_usd_per_km")."""
    value = model
    for part in path.split("."):
        value = getattr(value, part)
    return float(value)


def overrides_of(preset: CostPreset, numbers: dict[str, float], base_text: str = "") -> str:
    """The JSON overrides that turn the preset (with `base_text` applied) into one with these dotted numbers; only
    the numbers that differ from the preset are written, so a preset change later still shows through."""
    overrides = json.loads(base_text) if (base_text or "").strip() else {}
    plain = PRESETS[preset]
    for path, value in numbers.items():
        *parents, name = path.split(".")
        node = overrides
        for part in parents:
            node = node.setdefault(part, {})
        if math.isclose(number_at(plain, path), value, rel_tol=1e-12, abs_tol=1e-12):
            node.pop(name, None)
        else:
            node[name] = value
    return json.dumps(_pruned(overrides), sort_keys=True) if _pruned(overrides) else ""


def _pruned(tree: dict) -> dict:
    """The overrides without empty groups."""
    result = {}
    for key, value in tree.items():
        value = _pruned(value) if isinstance(value, dict) else value
        if value != {}:
            result[key] = value
    return result
