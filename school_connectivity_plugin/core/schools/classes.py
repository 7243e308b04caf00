"""Speed classes as Giga Maps colours them, with the thresholds as data (presets plus the user's own)."""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

import numpy as np

from ..definitions.schema import Connectivity, ConnectivityClass


@dataclass(frozen=True)
class SpeedThresholds:
    """Good from `good_mbps` (strictly above it when `good_strict`), bad below `bad_mbps`, moderate between."""

    good_mbps: float
    bad_mbps: float
    good_strict: bool = False


class SpeedPreset(str, Enum):
    """Named threshold sets; the order is the order of the SPEED_PRESET choice in the import algorithm."""

    GIGA_GLOBAL = "giga_global"
    GIGA_NATIONAL = "giga_national"
    USER = "user"


#: Giga Maps "Download" layer: good > 20 Mbps (global benchmark), moderate 1-20, bad < 1
#: (unicef/giga-maps-backend proco/connection_statistics/api.py). Giga legacy national rule: good >= 5 Mbps,
#: anything slower but above 0 moderate, no "bad" class (proco/schools/constants.py ColorMapSchema).
PRESET_THRESHOLDS: dict[SpeedPreset, SpeedThresholds] = {
    SpeedPreset.GIGA_GLOBAL: SpeedThresholds(good_mbps=20.0, bad_mbps=1.0, good_strict=True),
    SpeedPreset.GIGA_NATIONAL: SpeedThresholds(good_mbps=5.0, bad_mbps=0.0),
}


def thresholds_for(preset: SpeedPreset, good_mbps: float | None = None,
                   bad_mbps: float | None = None) -> SpeedThresholds:
    """The thresholds of a preset; the user preset takes `good_mbps` (inclusive) and `bad_mbps`."""
    if preset is SpeedPreset.USER:
        if good_mbps is None or bad_mbps is None or not 0 <= bad_mbps <= good_mbps:
            raise ValueError(f"user speed classes need 0 <= bad ({bad_mbps}) <= good ({good_mbps}) Mbps")
        return SpeedThresholds(good_mbps=float(good_mbps), bad_mbps=float(bad_mbps))
    return PRESET_THRESHOLDS[preset]


def classify(connectivity: np.ndarray, speed_mbps: np.ndarray, thresholds: SpeedThresholds) -> np.ndarray:
    """Class per school, following Giga Maps: a "no" school is no_connection whatever its speed; a known
    speed > 0 sets good/moderate/bad; speed 0 is no_connection (Giga's national rule) unless the list says
    the school is connected; a connected school without a speed is unknown (Giga Maps: no value -> unknown),
    its `connectivity` field still says yes."""
    connectivity = np.asarray(connectivity, dtype=object)
    speed = np.asarray(speed_mbps, dtype=float)
    is_no = connectivity == Connectivity.NO.value
    is_yes = connectivity == Connectivity.YES.value
    has_speed = np.isfinite(speed) & (speed > 0)
    zero_speed = np.isfinite(speed) & (speed == 0)
    good = speed > thresholds.good_mbps if thresholds.good_strict else speed >= thresholds.good_mbps
    conditions = [
        is_no,
        has_speed & good,
        has_speed & (speed < thresholds.bad_mbps),
        has_speed,
        zero_speed & ~is_yes,
    ]
    choices = [ConnectivityClass.NO_CONNECTION.value, ConnectivityClass.GOOD.value, ConnectivityClass.BAD.value,
               ConnectivityClass.MODERATE.value, ConnectivityClass.NO_CONNECTION.value]
    return np.select(conditions, choices, default=ConnectivityClass.UNKNOWN.value).astype(object)
