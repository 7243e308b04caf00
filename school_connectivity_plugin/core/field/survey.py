"""A field package's features read back as surveys: values normalised to the school schema's codes, doubtful values
listed instead of guessed, and what each survey sets on its school."""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import pandas as pd

from ..definitions.codes import FieldConflict, SurveyPower
from ..definitions.fields import SURVEY_FIELDS
from ..definitions.schema import Connectivity, ConnectivityType
from ..schools.normalize import clean_text, is_blank, parse_connectivity_type, parse_number, parse_yes_no
from .keys import parse_time, time_text

#: The survey fields besides its time, in form order.
VALUE_FIELDS = tuple(name for name in SURVEY_FIELDS if name != "surveyed_at")
#: Fields that make a feature a survey: a surveyor's name alone (a remembered value) is not one.
SUBSTANTIVE_FIELDS = tuple(name for name in VALUE_FIELDS if name != "surveyor")
_TEXT_FIELDS = ("survey_provider", "survey_note", "survey_photo", "surveyor")
_SPEED_FIELDS = ("survey_download_mbps", "survey_upload_mbps")
#: Survey fields copied onto the school as they are, by the school field they go to.
_COPIED = {"survey_upload_mbps": "survey_upload_mbps", "survey_provider": "survey_provider",
           "survey_power": "survey_power", "survey_note": "survey_note", "survey_photo": "survey_photo"}


@dataclass(frozen=True)
class Conflict:
    """One row of field_conflicts.csv."""

    school_id: str
    kind: FieldConflict
    details: str
    package: str

    def row(self) -> dict:
        return {"school_id": self.school_id, "kind": self.kind.value, "details": self.details,
                "package": self.package}


@dataclass(frozen=True)
class Survey:
    """One school's survey from one package: when, by whom, and its normalised values (None where not given)."""

    key: str
    school_id: str
    package: str
    time: pd.Timestamp
    values: tuple[tuple[str, object], ...] = field(default=())

    def value(self, name: str):
        return dict(self.values).get(name)

    def rank(self) -> tuple:
        """Latest survey last; equal times ordered by content then package, so package order never matters."""
        return (self.time, tuple("" if value is None else repr(value) for _, value in self.values), self.package)

    def effect(self) -> dict[str, object]:
        """The school fields this survey sets (connectivity_class is recomputed from them by the merge)."""
        connectivity, download = self.value("survey_connectivity"), self.value("survey_download_mbps")
        sets: dict[str, object] = {}
        if connectivity in (Connectivity.YES.value, Connectivity.NO.value):
            sets["connectivity"] = connectivity
        elif download is not None and download > 0:
            sets["connectivity"] = Connectivity.YES.value
        if download is not None:
            sets["download_speed_mbps"] = download
        elif connectivity == Connectivity.NO.value:
            sets["download_speed_mbps"] = math.nan  # an old speed says nothing about a school without internet
        if self.value("survey_technology") is not None:
            sets["connectivity_type"] = self.value("survey_technology")
        for survey_name, school_name in _COPIED.items():
            if self.value(survey_name) is not None:
                sets[school_name] = self.value(survey_name)
        sets["surveyed_at"] = time_text(self.time)
        sets["surveyor"] = self.value("surveyor")  # (the visit's, even unnamed: never an earlier surveyor's)
        sets["survey_package"] = self.package
        return sets

    def summary(self) -> str:
        """The survey in a few words for the conflicts list."""
        given = ", ".join(f"{name.removeprefix('survey_')} {value}" for name, value in self.values
                          if value is not None and name in SUBSTANTIVE_FIELDS)
        return f"{self.package} {time_text(self.time)}: {given or 'no values'}"


def _connectivity(value: object) -> tuple[object, bool]:
    text = clean_text(value).casefold()
    if text == Connectivity.UNKNOWN.value:
        return text, True
    if is_blank(value):
        return None, True
    parsed = parse_yes_no(value)
    return (parsed.value.value, True) if parsed.ok else (None, False)


def _speed(value: object) -> tuple[object, bool]:
    parsed = parse_number(value)
    number = parsed.value
    if not parsed.ok or (not math.isnan(number) and (number < 0 or math.isinf(number))):
        return None, False
    return (None if math.isnan(number) else float(number)), True


def _technology(value: object) -> tuple[object, bool]:
    text = clean_text(value).casefold()
    if not text:
        return None, True
    if text in {member.value for member in ConnectivityType}:
        return text, True
    family = parse_connectivity_type(text)
    return (family.value, True) if family is not ConnectivityType.UNKNOWN else (None, False)


def _power(value: object) -> tuple[object, bool]:
    text = clean_text(value).casefold()
    if text in {member.value for member in SurveyPower}:
        return text, True
    return (None, True) if is_blank(value) else (None, False)


def _text(value: object) -> tuple[object, bool]:
    return (clean_text(value) or None), True


_PARSERS = {"survey_connectivity": _connectivity, "survey_technology": _technology, "survey_power": _power,
            **dict.fromkeys(_SPEED_FIELDS, _speed), **dict.fromkeys(_TEXT_FIELDS, _text)}


def normalised_values(row: dict) -> tuple[tuple[tuple[str, object], ...], list[str]]:
    """The survey values of one feature in VALUE_FIELDS order, and the fields whose value was not understood."""
    values, problems = [], []
    for name in VALUE_FIELDS:
        value, ok = _PARSERS[name](row.get(name))
        values.append((name, value))
        if not ok:
            problems.append(f"{name} {clean_text(row.get(name))!r}")
    return tuple(values), problems


def read_survey(key: str, school_id: str, package: str, row: dict) -> tuple[Survey | None, list[Conflict]]:
    """The survey a feature holds (None when it holds none), and what was doubtful about it."""
    values, problems = normalised_values(row)
    conflicts = [Conflict(school_id, FieldConflict.INVALID_VALUE, "; ".join(problems) + " (left out)", package)
                 ] if problems else []
    if all(value is None for name, value in values if name in SUBSTANTIVE_FIELDS):
        return None, conflicts
    time = parse_time(row.get("surveyed_at"))
    if time is None:
        details = "surveyed_at missing or unreadable ({value!r}); survey not applied".format(
            value=clean_text(row.get("surveyed_at")))
        return None, [*conflicts, Conflict(school_id, FieldConflict.NO_SURVEY_TIME, details, package)]
    return Survey(key, school_id, package, time, values), conflicts
