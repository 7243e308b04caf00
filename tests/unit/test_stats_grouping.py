"""Counts per region and district (one vectorised pass) against counts done row by row in plain Python."""
from __future__ import annotations

import random
from collections import Counter

import pandas as pd

from school_connectivity_plugin.core.reporting.stats import compute_stats, stats_by_columns


def _rows(count: int, seed: int = 11) -> list[dict]:
    rng = random.Random(seed)
    return [{
        "admin1": rng.choice(["Osh", "Chui", None, ""]),
        "admin2": rng.choice(["A", "B", None]),
        "connectivity": rng.choice(["yes", "no", "unknown", None]),
        "connectivity_class": rng.choice(["good", "bad", "no_connection", None]),
        "pipeline_status": rng.choice(["", "planned", "connected", None]),
        "hard_to_connect": rng.choice([True, False, None]),
        "hard_reasons": rng.choice(["", "far_from_fiber", "far_from_fiber;high_elevation", None]),
        "num_students": rng.choice([None, 10, 250]),
    } for _ in range(count)]


def _by_hand(rows: list[dict]) -> dict:
    reasons = Counter(code for row in rows if row["hard_to_connect"]  # a reason counts for flagged schools
                      for code in (row["hard_reasons"] or "").split(";") if code)
    return {
        "schools": len(rows),
        "connected": sum(row["connectivity"] == "yes" for row in rows),
        "not_connected": sum(row["connectivity"] == "no" for row in rows),
        "unknown": sum(row["connectivity"] in ("unknown", None) for row in rows),
        "in_pipeline": sum(row["pipeline_status"] == "planned" for row in rows),
        "hard_to_connect": sum(bool(row["hard_to_connect"]) for row in rows),
        "students_unconnected": sum(row["num_students"] or 0 for row in rows if row["connectivity"] == "no"),
        "good": sum(row["connectivity_class"] == "good" for row in rows),
        "unknown_class": sum(row["connectivity_class"] is None for row in rows),
        "by_reason": dict(sorted(reasons.items())),
    }


def _shown(stats) -> dict:
    return {"schools": stats.schools, "connected": stats.connected, "not_connected": stats.not_connected,
            "unknown": stats.unknown, "in_pipeline": stats.in_pipeline, "hard_to_connect": stats.hard_to_connect,
            "students_unconnected": stats.students_unconnected, "good": stats.by_class["good"],
            "unknown_class": stats.by_class["unknown"], "by_reason": stats.by_reason}


def test_grouped_counts_match_row_by_row_counts():
    rows = _rows(500)
    frame = pd.DataFrame(rows)
    grouped = stats_by_columns(frame, ["admin1", "admin2"])
    expected_keys = {((row["admin1"] or ""), (row["admin2"] or "")) for row in rows}
    assert set(grouped) == expected_keys
    for (admin1, admin2), stats in grouped.items():
        mine = [row for row in rows if (row["admin1"] or "", row["admin2"] or "") == (admin1, admin2)]
        assert _shown(stats) == _by_hand(mine), (admin1, admin2)
    assert _shown(compute_stats(frame)) == _by_hand(rows)
    assert sum(stats.schools for stats in stats_by_columns(frame, ["admin1"]).values()) == len(rows)


def test_empty_table_and_missing_columns():
    assert stats_by_columns(pd.DataFrame(), ["admin1"]) == {}
    only_names = pd.DataFrame({"admin1": ["Osh", "Osh", "Chui"]})
    grouped = stats_by_columns(only_names, ["admin1", "admin2"])
    assert {key: stats.schools for key, stats in grouped.items()} == {("Chui", ""): 1, ("Osh", ""): 2}
    assert all(stats.unknown == stats.schools and stats.connected == 0 for stats in grouped.values())
