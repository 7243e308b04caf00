"""A small analysed school layer on the bundled sample regions, with every figure known by construction."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
from qgis.core import QgsVectorLayer

from school_connectivity_plugin.processing.io import writing

#: Four schools per region: (class, connectivity, pipeline, hard, reasons, technology). No "bad" school anywhere.
PER_REGION = (
    ("good", "yes", "", False, "", ""),
    ("no_connection", "no", "planned", False, "", "fiber"),
    ("no_connection", "no", "", True, "far_from_fiber;high_elevation", "satellite"),
    ("moderate", "yes", "", False, "", ""),
)
CLASSES_PRESENT = {"good", "no_connection", "moderate"}
#: Names a spreadsheet would run as formulas; they go to hard-to-connect schools so both lists carry them.
FORMULA_NAMES = ('=HYPERLINK("http://example.org","x")', "-2+3", "@SUM(A1)", "+1")
TYPES = {"num_students": int, "hard_to_connect": bool, "priority_rank": int, "fiber_distance_m": float}


def region_names(sample: Path) -> list[str]:
    """The sample regions' English names, read straight from the GeoJSON."""
    return [f["properties"]["name"] for f in json.loads((sample / "kg_adm1.geojson").read_text("utf-8"))["features"]]


def schools_frame(sample: Path) -> pd.DataFrame:
    """Rows placed inside each sample region; even regions name their oblast in Russian, odd ones leave it blank."""
    regions = QgsVectorLayer(str(sample / "kg_adm1.geojson"), "regions", "ogr")
    rows, rank, formula = [], 0, iter(FORMULA_NAMES)
    for index, feature in enumerate(regions.getFeatures()):
        centre = feature.geometry().pointOnSurface().asPoint()
        for number, (cls, answer, pipeline, hard, reasons, technology) in enumerate(PER_REGION):
            name = next(formula, None) if hard else None
            rank += 1 if answer == "no" else 0
            rows.append({
                "school_id": f"T{index}{number}", "school_name": name or f"School {index}-{number}",
                "admin1": feature["name_ru"] if index % 2 == 0 else "", "admin2": "",
                "num_students": 100 * (number + 1), "connectivity": answer, "connectivity_class": cls,
                "pipeline_status": pipeline, "fiber_distance_m": 1500.0 * (number + 1), "hard_to_connect": hard,
                "hard_reasons": reasons, "recommended_technology": technology,
                "priority_rank": rank if answer == "no" else 0,
                "longitude": centre.x() + 0.002 * number, "latitude": centre.y(),
            })
    return pd.DataFrame(rows)


def write_schools(sample: Path, directory: Path) -> str:
    """The fixture as a GeoPackage layer source string."""
    path = directory / "schools.gpkg"
    writing.write_gpkg_layer(schools_frame(sample), str(path), "schools", types=TYPES)
    return f"{path}|layername=schools"
