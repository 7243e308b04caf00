"""The plugin's user settings as one typed structure, kept in QGIS's settings under one prefix."""
from __future__ import annotations

from dataclasses import dataclass, fields

from qgis.core import QgsSettings

from .core.definitions.codes import HardReason
from .core.definitions.palette import Preset
from .core.errors import InputError
from .core.network.hard_to_connect import RULE_BY_REASON
from .core.planning.costs import PRESETS, CostModel, CostPreset, model_for
from .core.schools.classes import PRESET_THRESHOLDS, SpeedPreset

PREFIX = "school_connectivity"
_DEFAULT_COSTS = PRESETS[CostPreset.KYRGYZSTAN]
_DEFAULT_SPEEDS = PRESET_THRESHOLDS[SpeedPreset.GIGA_GLOBAL]


@dataclass
class PluginSettings:
    """Defaults the dock and the Options page hand to the algorithms; every field is one QgsSettings key."""

    speed_preset: int = list(SpeedPreset).index(SpeedPreset.GIGA_GLOBAL)
    good_threshold_mbps: float = _DEFAULT_SPEEDS.good_mbps
    bad_threshold_mbps: float = _DEFAULT_SPEEDS.bad_mbps
    max_fiber_distance_m: float = RULE_BY_REASON[HardReason.FAR_FROM_FIBER].default
    elevation_threshold_m: float = RULE_BY_REASON[HardReason.HIGH_ELEVATION].default
    cost_preset: str = CostPreset.KYRGYZSTAN.value
    #: The numbers of the cost preset the user changed, as COST_OVERRIDES JSON ('' for the preset as it is).
    cost_overrides: str = ""
    colour_preset: str = Preset.GIGA.value
    watch_files: bool = True
    budget_per_phase_usd: float = _DEFAULT_COSTS.budget_per_phase_usd
    km_per_phase: float = _DEFAULT_COSTS.km_per_phase
    objective: int = 0
    #: The data-sources line printed on the maps ('' for one made from the layers' titles).
    map_sources: str = ""
    #: A school list the dock follows at an http(s) URL ('' for none), how often it is polled (minutes, 0: never,
    #: the default) and the QGIS authentication configuration its token is kept in ('' for none).
    live_source_url: str = ""
    live_poll_minutes: int = 0
    live_source_authcfg: str = ""

    @property
    def colour_preset_index(self) -> int:
        """The colour preset as the position our algorithms' PRESET enum uses (Preset order)."""
        return list(Preset).index(Preset(self.colour_preset))

    @property
    def cost_preset_index(self) -> int:
        """The cost preset as the position our algorithms' COST_PRESET enum uses (CostPreset order)."""
        return list(CostPreset).index(CostPreset(self.cost_preset))

    def choose_cost_preset(self, preset: str) -> None:
        """A new cost model starts from its own prices: the numbers changed for the old one no longer apply."""
        if preset != self.cost_preset:
            self.cost_preset, self.cost_overrides = preset, ""

    def cost_model(self) -> CostModel:
        """The preset with the user's numbers (the preset alone if those no longer apply to it)."""
        try:
            return model_for(CostPreset(self.cost_preset), self.cost_overrides)
        except InputError:
            return PRESETS[CostPreset(self.cost_preset)]

    @classmethod
    def load(cls, settings: QgsSettings | None = None) -> PluginSettings:
        """Read every field, falling back to its default when absent or unreadable."""
        store = settings or QgsSettings()
        values = {}
        for spec in fields(cls):
            default = spec.default
            try:
                values[spec.name] = store.value(f"{PREFIX}/{spec.name}", default, type=type(default))
            except TypeError:
                values[spec.name] = default
        return cls(**values)

    def save(self, settings: QgsSettings | None = None) -> None:
        """Write every field so the next QGIS session starts from the user's choices."""
        store = settings or QgsSettings()
        for spec in fields(self):
            store.setValue(f"{PREFIX}/{spec.name}", getattr(self, spec.name))
