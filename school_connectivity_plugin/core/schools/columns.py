"""Which column of a national list holds which normalised field: an alias table (Giga school-master names
as Giga spells them, then English, Russian and Kyrgyz), plus the user's overrides ("latitude=Column X")."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import InputError

#: Source fields the importer reads, and their aliases in match order (first alias found wins). Headers
#: and aliases are compared casefolded with "_", "-", "." and runs of spaces read as one space.
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "school_id": ("school_id_govt", "school_id", "school_id_giga", "giga_id_school", "external_id", "pc_id",
                  "id", "code", "school code", "код", "код школы", "код организации", "мектептин коду"),
    "school_name": ("school_name", "name", "name_ru", "name_en", "school", "название", "наименование",
                    "название школы", "наименование школы", "наименование организации", "школа",
                    "мектеп", "мектептин аталышы", "аталышы"),
    "admin1": ("admin1", "adm1_name", "region", "oblast", "province", "state", "область", "регион",
               "облус", "аймак"),
    "admin2": ("admin2", "adm2_name", "district", "raion", "rayon", "adm2_name_gadm", "district_raw", "район",
               "город/район", "район/город", "району"),
    "num_students": ("num_students", "students", "pupils", "enrollment", "enrolment", "number of students",
                     "учащихся", "количество учащихся", "кол-во учащихся", "число учащихся", "контингент",
                     "окуучулар", "окуучулардын саны"),
    "area_type": ("school_area_type", "area_type", "environment", "rurban_detected", "area_type_heuristic",
                  "urban_rural", "locality type", "тип местности", "местность", "город/село",
                  "жайгашкан жеринин түрү", "шаар/айыл"),
    "latitude": ("latitude", "lat", "y", "широта", "кеңдик", "кендик"),
    "longitude": ("longitude", "lon", "lng", "long", "x", "долгота", "узундук"),
    "coordinates": ("coordinates", "coords", "gps", "gps coordinates", "lat/lon", "lat, lon", "latlon",
                    "координаты", "gps координаты", "координаттар"),
    "connectivity": ("connectivity_govt", "connectivity", "connected", "internet", "has internet",
                     "интернет", "наличие интернета", "подключение", "подключена", "подключено к интернету",
                     "интернет бар", "интернетке туташуу", "интернет барбы"),
    "download_speed": ("download_speed_govt", "download_speed_contracted", "download_speed_mbps", "speed_mbps",
                       "download_speed", "speed", "bandwidth", "speed_raw", "скорость", "скорость интернета",
                       "скорость подключения", "ылдамдык", "интернеттин ылдамдыгы"),
    "connectivity_type": ("connectivity_type_govt", "connectivity_type", "type_connectivity", "connection_type",
                          "technology", "тип подключения", "тип соединения", "вид подключения", "технология",
                          "туташуу түрү", "туташуунун түрү"),
    "isp": ("isp_raw", "isp", "provider", "isp_name", "operator", "провайдер", "оператор", "интернет провайдер",
            "провайдери"),
    "pipeline_status": ("pipeline_status", "status_pipeline", "статус подключения", "туташуу статусу"),
}

#: Fields without which a row cannot be placed (resolved, or "coordinates" holds both, or the user maps them).
REQUIRED_FIELDS = ("latitude", "longitude")
#: The one-column alternative to REQUIRED_FIELDS ("42.87, 74.59", latitude first).
PAIR_FIELD = "coordinates"
#: Aliases too short to look for inside longer headers ("x" is in many words).
_MIN_WORD_ALIAS = 4
_SEPARATORS = re.compile(r"[\s_\-.]+")
_WORDS = re.compile(r"\w+")


def header_key(header: str) -> str:
    """The comparable form of a header: casefolded, separators as single spaces, BOM and quotes removed."""
    return _SEPARATORS.sub(" ", str(header).replace("\ufeff", "").strip().strip("\"'").casefold()).strip()


@dataclass
class ColumnResolution:
    """Field -> column chosen for one file, and what could not be resolved."""

    columns: dict[str, str] = field(default_factory=dict)
    missing_required: list[str] = field(default_factory=list)
    #: Further columns named by a field's exact aliases, in alias order (name_ru, then name_en ...).
    fallbacks: dict[str, list[str]] = field(default_factory=dict)

    def column(self, name: str) -> str | None:
        """The source column for a field, None if the file has none."""
        return self.columns.get(name)


def _contains_words(header: str, alias: str) -> bool:
    header_words = _WORDS.findall(header)
    alias_words = _WORDS.findall(alias)
    width = len(alias_words)
    return any(header_words[i:i + width] == alias_words for i in range(len(header_words) - width + 1))


def resolve_columns(headers: list[str], overrides: dict[str, str] | None = None) -> ColumnResolution:
    """Pick a column per field: user overrides, then exact aliases, then aliases as whole words in a header."""
    overrides = dict(overrides or {})
    keys = {header: header_key(header) for header in headers}
    resolution = ColumnResolution()
    for name, column in overrides.items():
        if name not in COLUMN_ALIASES:
            raise InputError(f"unknown field '{name}' in the column map; fields are: {', '.join(COLUMN_ALIASES)}")
        if column not in keys:
            raise InputError(f"the column map names '{column}' for {name}, but the file has no such column",
                             column=column)
        resolution.columns[name] = column
    used = set(resolution.columns.values())
    for matcher in (lambda key, alias: key == alias,
                    lambda key, alias: len(alias) >= _MIN_WORD_ALIAS and _contains_words(key, alias)):
        for name, aliases in COLUMN_ALIASES.items():
            if name in resolution.columns:
                continue
            for alias in aliases:
                alias_key = header_key(alias)
                found = next((h for h in headers if h not in used and matcher(keys[h], alias_key)), None)
                if found is not None:
                    resolution.columns[name] = found
                    used.add(found)
                    break
    resolution.missing_required = missing_coordinates(resolution.columns)
    for name, aliases in COLUMN_ALIASES.items():
        others = [h for alias in aliases for h in headers
                  if keys[h] == header_key(alias) and h not in used]
        if name in resolution.columns and others:
            resolution.fallbacks[name] = list(dict.fromkeys(others))
    return resolution


def uses_coordinate_pair(columns: dict[str, str]) -> bool:
    """Whether rows are placed from the one "coordinates" column (latitude or longitude has no column)."""
    return PAIR_FIELD in columns and not all(name in columns for name in REQUIRED_FIELDS)


def missing_coordinates(columns: dict[str, str]) -> list[str]:
    """The coordinate fields still needing a column (none when "coordinates" holds both)."""
    if uses_coordinate_pair(columns):
        return []
    return [name for name in REQUIRED_FIELDS if name not in columns]


def parse_column_map(text: str) -> dict[str, str]:
    """"field=Column;field=Column" (the COLUMN_MAP parameter) as a dict; the first "=" splits."""
    mapping: dict[str, str] = {}
    for part in (text or "").split(";"):
        if not part.strip():
            continue
        name, sep, column = part.partition("=")
        if not sep or not name.strip() or not column.strip():
            raise InputError(f"column map entry '{part}' is not field=Column")
        mapping[name.strip()] = column.strip()
    return mapping


def format_column_map(mapping: dict[str, str]) -> str:
    """The COLUMN_MAP string for a mapping (inverse of parse_column_map)."""
    return ";".join(f"{name}={column}" for name, column in mapping.items() if column)
