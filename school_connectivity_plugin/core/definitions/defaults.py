"""Parameter defaults the Processing algorithms offer, in a module without pandas or scipy: the provider defines
its algorithms (and their defaults) when QGIS starts, before any of them runs."""
from __future__ import annotations

#: Snap limit: no road within 2 km is the toolkit's hard-to-connect rule (giga-infrastructure-toolkit fiberpath.py).
DEFAULT_SNAP_M = 2_000.0
#: Default minimum name score: stricter than Giga's 0.7 duplicate-check cutoff (unicef/giga-dagster
#: config_expectations.py) because a wrong match sets a wrong status; on the Kyrgyz list 0.7 paired
#: different one-word names ("Лейлек"/"Энилчек").
DEFAULT_MIN_SCORE = 0.8
#: A feature moved further than this (m) from where it was packaged is listed; a position is never applied.
MOVE_THRESHOLD_M = 100.0
