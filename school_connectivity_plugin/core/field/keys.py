"""Which school a field package's feature is, and when it was surveyed: a key and a time that read the same in the
package, in the school list and after a merge, so merging twice finds the same schools and the same times."""
from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pandas as pd

from ..schools.normalize import clean_text

#: Separates the school_id from the row number in the key of a school whose id is missing or not unique.
ROW_SEPARATOR = "#"


def id_text(value: object) -> str:
    """A school id as text: integral floats (ids read as numbers) without their '.0', blanks as ''."""
    if isinstance(value, float) and not math.isnan(value) and value.is_integer():
        return str(int(value))
    return clean_text(value)


def survey_keys(school_ids: Sequence, source_rows: Sequence | None = None) -> np.ndarray:
    """One key per school: its id where that is present and unique, else id#source_row (id#position, 1-based,
    without a source row), so duplicate or missing ids still name one school each."""
    ids = [id_text(value) for value in school_ids]
    counts = pd.Series(ids, dtype=object).value_counts()
    rows = list(source_rows) if source_rows is not None else [None] * len(ids)
    keys = np.empty(len(ids), dtype=object)
    for position, (school_id, row) in enumerate(zip(ids, rows)):
        if school_id and counts[school_id] == 1:
            keys[position] = school_id
        else:
            number = position + 1 if row is None or (isinstance(row, float) and math.isnan(row)) else int(row)
            keys[position] = f"{school_id}{ROW_SEPARATOR}{number}"
    return keys


def parse_time(value: object) -> pd.Timestamp | None:
    """A survey time to the second, in UTC (times without a zone are taken as UTC); None when blank or unreadable."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or clean_text(value) == "":
        return None
    try:
        stamp = pd.Timestamp(value if not isinstance(value, str) else value.strip())
    except (ValueError, TypeError, OverflowError):
        return None
    if stamp is pd.NaT:
        return None
    if stamp.tzinfo is not None:
        stamp = stamp.tz_convert("UTC").tz_localize(None)
    return stamp.floor("s")


def time_text(stamp: pd.Timestamp) -> str:
    """The form a survey time is written in (ISO 8601, seconds, UTC)."""
    return stamp.strftime("%Y-%m-%dT%H:%M:%S")
