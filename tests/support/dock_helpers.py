"""Normalised school files written by the tests, and their counts done in plain Python (the reference)."""
from __future__ import annotations

import json
import random
from pathlib import Path

#: Areas with awkward names on purpose: a quote and Cyrillic must survive expression quoting.
AREAS = (("Osh", "Kara-Suu"), ("Osh", "Nookat"), ("Chui", "Sokuluk"), ("Jalal-Abad's", "Toktogul"),
         ("Нарын", "Ат-Башы"))
PENDING = {"planned", "contracted", "in_progress"}


def make_schools(count: int, seed: int = 7) -> list[dict]:
    """Schools with the normalised fields, drawn from a seeded generator."""
    rng = random.Random(seed)
    rows = []
    for index in range(count):
        admin1, admin2 = rng.choice(AREAS)
        connectivity = rng.choice(["yes", "yes", "no", "unknown"])
        rows.append({
            "school_id": f"S{index:05d}",
            "school_name": f"School {index}",
            "admin1": admin1,
            "admin2": admin2,
            "num_students": rng.randint(20, 900),
            "connectivity": connectivity,
            "connectivity_class": rng.choice(["good", "moderate", "bad"]) if connectivity == "yes" else (
                "no_connection" if connectivity == "no" else "unknown"),
            "pipeline_status": rng.choice(["", "", "planned", "contracted", "in_progress", "connected"]),
            "hard_to_connect": rng.random() < 0.2,
            "longitude": round(rng.uniform(70.0, 79.0), 5),
            "latitude": round(rng.uniform(39.5, 42.8), 5),
        })
    return rows


def write_geojson(path: Path, rows: list[dict]) -> Path:
    """A GeoJSON FeatureCollection written with the json module, not with QGIS."""
    features = [{
        "type": "Feature",
        "properties": {key: value for key, value in row.items() if key not in ("longitude", "latitude")},
        "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
    } for row in rows]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    return path


def expected_counts(rows: list[dict]) -> dict:
    """The dashboard's numbers counted by hand from the rows."""
    return {
        "schools": len(rows),
        "connected": sum(row["connectivity"] == "yes" for row in rows),
        "not_connected": sum(row["connectivity"] == "no" for row in rows),
        "in_pipeline": sum(row["pipeline_status"] in PENDING for row in rows),
        "hard_to_connect": sum(bool(row["hard_to_connect"]) for row in rows),
        "students_unconnected": sum(row["num_students"] for row in rows if row["connectivity"] == "no"),
    }


def counts_of(stats) -> dict:
    return {key: getattr(stats, key) for key in ("schools", "connected", "not_connected", "in_pipeline",
                                                 "hard_to_connect", "students_unconnected")}
