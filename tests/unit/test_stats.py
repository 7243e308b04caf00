"""The counts behind summary.json, the dock and the map panels."""
from __future__ import annotations

import csv

import numpy as np
import pandas as pd
import pytest

from school_connectivity_plugin.core.reporting.planning_lists import hard_mask
from school_connectivity_plugin.core.reporting.stats import compute_stats, stats_by


def test_counts_on_a_hand_made_table():
    schools = pd.DataFrame({
        "admin1": ["A", "A", "B", "B", None],
        "connectivity": ["yes", "no", "no", "unknown", "yes"],
        "pipeline_status": ["", "planned", "contracted", "", "connected"],
        "hard_to_connect": [False, True, True, False, False],
        "hard_reasons": ["", "FAR_FROM_FIBER", "FAR_FROM_FIBER;HIGH_ELEVATION", "", ""],
        "num_students": [100, 200, None, 50, 10],
    })
    stats = compute_stats(schools)
    assert (stats.schools, stats.connected, stats.not_connected, stats.unknown) == (5, 2, 2, 1)
    assert stats.in_pipeline == 2  # 'connected' is done, not pending
    assert stats.hard_to_connect == 2
    assert stats.students_unconnected == 200
    assert stats.by_reason == {"FAR_FROM_FIBER": 2, "HIGH_ELEVATION": 1}
    regions = stats_by(schools, "admin1")
    assert set(regions) == {"A", "B", ""}
    assert regions["B"].not_connected == 1 and regions["B"].unknown == 1 and regions[""].connected == 1


def test_counts_on_the_real_list_match_the_file(shared_data):
    path = shared_data / "kg_schools_moes_merged_2018.csv"
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    expected_yes = sum(1 for row in rows if row["connected"] == "True")
    expected_no = sum(1 for row in rows if row["connected"] == "False")
    frame = pd.read_csv(path)
    frame["connectivity"] = frame["connected"].map({True: "yes", False: "no"}).fillna("unknown")
    stats = compute_stats(frame)
    assert (stats.connected, stats.not_connected) == (expected_yes, expected_no)
    per_oblast = stats_by(frame, "adm1_name")
    assert sum(s.schools for s in per_oblast.values()) == len(rows)
    assert per_oblast["Osh"].schools == sum(1 for row in rows if row["adm1_name"] == "Osh")


@pytest.mark.parametrize("flags, expected", [
    (pd.Series([True, False, True]), [True, False, True]),
    (pd.Series([1, 0, 1]), [True, False, True]),
    (pd.Series([1.0, np.nan, 0.0]), [True, False, False]),
    (pd.Series(["true", " True ", "1", "1.0", "0", "false", None, "yes"], dtype=object),
     [True, True, True, True, False, False, False, False]),
    (pd.Series([True, None, "1"], dtype=object), [True, False, True]),
], ids=["bool", "int", "float-nan", "text", "mixed-objects"])
def test_hard_mask_reads_flags_as_written_by_gpkg_and_csv(flags, expected):
    mask = hard_mask(pd.DataFrame({"hard_to_connect": flags}))
    assert mask.dtype == bool and mask.tolist() == expected
