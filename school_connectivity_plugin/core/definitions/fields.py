"""The fields every step reads and writes: one output schema per step (name -> type, in output order), the names
several rooms share, and how precisely lengths and money are written."""
from __future__ import annotations

from datetime import datetime

import numpy as np

#: The nearest fiber distance (geodesic metres), written by distance to fiber and read by every later step.
FIBER_DISTANCE_M = "fiber_distance_m"

#: Normalised output fields and their types, in output order (the import contract).
SCHOOL_FIELDS: dict[str, type] = {
    "school_id": str,
    "school_name": str,
    "admin1": str,
    "admin2": str,
    "num_students": int,
    "area_type": str,
    "latitude": float,
    "longitude": float,
    "connectivity": str,
    "download_speed_mbps": float,
    "connectivity_type": str,
    "connectivity_class": str,
    "pipeline_status": str,
    "qa_flags": str,
    "source_row": int,
}

#: Fields of the rejects table.
REJECTED_FIELDS: dict[str, type] = {"source_row": int, "reason": str, "raw": str}

#: Fields the operator's work plan adds to the schools (import pipeline).
SCHOOL_MATCH_FIELDS: dict[str, type] = {
    "pipeline_status": str,
    "pipeline_match_method": str,
    "pipeline_match_score": float,
    "pipeline_source_row": int,
    "pipeline_date": str,
    "pipeline_technology": str,
}

#: Fields distance to fiber adds (replacing same-named fields of the input), in output order.
DISTANCE_FIELDS: dict[str, type] = {
    "fiber_distance_m": float,
    "fiber_feature_id": str,
    "fiber_layer": str,
    "fiber_lon": float,
    "fiber_lat": float,
}

#: Fields of the optional connection lines (school -> nearest fiber point).
CONNECTION_FIELDS: dict[str, type] = {"school_fid": int, "fiber_distance_m": float, "fiber_feature_id": str,
                                      "fiber_layer": str}

#: Fields flag hard-to-connect adds (replacing same-named input fields), in output order.
FLAG_FIELDS: dict[str, type] = {
    "elevation_m": float,
    "link_max_slope_deg": float,
    "route_max_slope_deg": float,
    "route_max_elevation_m": float,
    "inside_boundary": bool,
    "hard_to_connect": bool,
    "hard_reasons": str,
}

#: Per school fields of `schoolconnectivity:fiberroutes` (NULL for schools that are not to connect).
ROUTE_FIELDS: dict[str, type] = {
    "route_key": str,
    "route_length_m": float,
    "upstream_type": str,
    "upstream_id": str,
    "upstream_lon": float,
    "upstream_lat": float,
    "route_order": int,
    "path_length_m": float,
    "path_max_link_m": float,
    "cluster_id": str,
    "alone_length_m": float,
    "route_note": str,
}

#: Fields of the route segments layer (the links within reach).
SEGMENT_FIELDS: dict[str, type] = {
    "from_id": str,
    "to_id": str,
    "upstream_type": str,
    "length_m": float,
    "order": int,
    "cluster_id": str,
}

#: Feasibility fields prioritise adds before the PRIORITY_FIELDS.
FEASIBILITY_FIELDS: dict[str, type] = {"p2p_distance_m": float, "p2p_node_id": str, "cellular_feasible": bool}

#: Columns this step adds, with their types (the output contract of `schoolconnectivity:prioritize`).
PRIORITY_FIELDS: dict[str, type] = {
    "is_target": bool,
    "demand_mbps": float,
    "fiber_total_usd": float,
    "p2p_total_usd": float,
    "cellular_total_usd": float,
    "satellite_total_usd": float,
    "recommended_technology": str,
    "technology_source": str,
    "cheapest_alternative": str,
    "alternative_saving_usd": float,
    "est_capex_usd": float,
    "est_opex_usd_year": float,
    "est_total_usd": float,
    "students_used": float,
    "priority_weight": float,
    "priority_score": float,
    "priority_rank": int,
    "phase": int,
    "phase_note": str,
}

#: Columns of the totals per phase (`phase_totals`, the PHASES table).
PHASE_FIELDS: dict[str, type] = {
    "phase": int,
    "schools": int,
    "students": float,
    "fiber_km": float,
    "capex_usd": float,
    "opex_usd_year": float,
    "cumulative_schools": int,
    "cumulative_fiber_km": float,
    "cumulative_capex_usd": float,
}

#: Columns of the clusters table: a fiber point and the schools routed through it.
CLUSTER_FIELDS: dict[str, type] = {
    "cluster_id": str,
    "fiber_point": str,
    "schools": int,
    "fiber_schools": int,
    "students": float,
    "fiber_km": float,
    "capex_usd": float,
    "opex_usd_year": float,
    "capex_per_student_usd": float,
    "phase": int,
    "last_phase": int,
    "statuses": str,
}

#: A school's key in a field package: its school_id where that is unique, else school_id#source_row (core.field.keys).
SURVEY_KEY = "survey_key"

#: What a field team records, in form order (`surveyed_at` is a date and time in the package).
SURVEY_FIELDS: dict[str, type] = {
    "survey_connectivity": str,
    "survey_download_mbps": float,
    "survey_upload_mbps": float,
    "survey_provider": str,
    "survey_technology": str,
    "survey_power": str,
    "survey_note": str,
    "survey_photo": str,
    "surveyed_at": datetime,
    "surveyor": str,
}

#: The school fields a field team sees, read-only, in the package's form (identity, place, students, connectivity
#: today, work plan, hard to connect), in form order; every other analysis field stays out of the package.
FIELD_FORM_FIELDS: tuple[str, ...] = (
    "school_id", "school_name", "admin1", "admin2", "num_students", "area_type", "latitude", "longitude",
    "connectivity", "download_speed_mbps", "connectivity_type", "connectivity_class", "pipeline_status",
    "pipeline_date", "hard_to_connect", "hard_reasons",
)

#: Fields a merge of field surveys writes into the school list besides the connectivity fields it updates.
MERGED_FIELDS: dict[str, type] = {
    "connectivity_source": str,
    "surveyed_at": str,
    "surveyor": str,
    "survey_upload_mbps": float,
    "survey_provider": str,
    "survey_power": str,
    "survey_note": str,
    "survey_photo": str,
    "survey_package": str,
}
#: The school fields a survey may change (connectivity_class recomputed from the other two).
SURVEYED_SCHOOL_FIELDS: dict[str, type] = {
    "connectivity": str,
    "download_speed_mbps": float,
    "connectivity_type": str,
    "connectivity_class": str,
}

#: Tables of a field package besides its layers: where each school was when packaged, and what the package is.
FIELD_BASELINE_TABLE = "field_baseline"
FIELD_BASELINE_FIELDS: dict[str, type] = {SURVEY_KEY: str, "school_id": str, "longitude": float, "latitude": float}
FIELD_INFO_TABLE = "field_package_info"
#: The `format` entry of a field package's info table: a package without it is not one of ours.
FIELD_PACKAGE_FORMAT = "school_connectivity_field_package/1"

#: Columns of field_changes.csv and field_conflicts.csv.
FIELD_CHANGE_COLUMNS = ("school_id", "field", "old", "new", "surveyor", "surveyed_at", "package")
FIELD_CONFLICT_COLUMNS = ("school_id", "kind", "details", "package")

#: Field names that carry a fiber feature's status (WATRA: `status` on lines, `node_status` on nodes).
FIBER_STATUS_FIELDS = ("status", "node_status")

#: The status value that counts as lit fiber, compared case-insensitively.
FIBER_OPERATIONAL = "operational"


#: Decimal places a float field is written with, by the end of its name: lengths and distances to the millimetre,
#: kilometres to the metre, money to the cent. Results that differ below these are the same result.
PRECISION_BY_SUFFIX: dict[str, int] = {"_m": 3, "_km": 3, "_usd": 2, "_usd_year": 2}


def precision(name: str) -> int | None:
    """Decimals of a field, or None for fields written as computed (coordinates, scores, shares)."""
    return next((decimals for suffix, decimals in PRECISION_BY_SUFFIX.items() if name.endswith(suffix)), None)


def at_precision(name: str, values: np.ndarray) -> np.ndarray:
    """A float column rounded to its field's stated precision (other columns unchanged)."""
    decimals = precision(name)
    array = np.asarray(values)
    if decimals is None or array.dtype.kind != "f":
        return values
    return np.round(array, decimals)
