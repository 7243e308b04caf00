"""Values as ministries type them (en/ru/ky, decimal commas, units in the text) turned into the schema's values.

Every parser returns the value and whether the text was understood, so the importer can flag (never drop)
what it could not read. Word lists and unit factors are tables, so a new language is a data change.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..definitions.schema import AreaType, Connectivity, ConnectivityType

#: Texts that mean "no value was given" (not an error, nothing to flag).
BLANK_TEXTS = frozenset({"", "-", "--", "—", "–", "_", "?", "n/a", "na", "nan", "null", "none", "nd", "н/д",
                         "нет данных", "unknown", "неизвестно", "белгисиз", "маалымат жок"})

#: yes/no words in English, Russian and Kyrgyz (casefolded). A phrase is looked up whole, then its first word.
YES_WORDS = frozenset({"yes", "y", "true", "t", "1", "connected", "online", "available",
                       "да", "есть", "имеется", "подключено", "подключена", "подключен", "подключены",
                       "ооба", "бар", "туташкан", "кошулган"})
NO_WORDS = frozenset({"no", "n", "false", "f", "0", "not connected", "offline", "not available",
                      "нет", "отсутствует", "не подключено", "не подключена", "не подключен", "не подключены",
                      "жок", "туташкан эмес", "кошулган эмес"})

#: Speed unit spellings (casefolded, Latin look-alikes folded to Cyrillic) and their factor to Mbps, most
#: specific first. "Мг байт"/"MB" are read as megabits: ministry lists use them for plan speeds, and the
#: Kyrgyz ministry's own parsed column reads "2Мг байт" as 2 Mbps.
SPEED_UNITS: tuple[tuple[str, float], ...] = (
    (r"г(?:ига)?бит|gbit|gbps|gb/s|гб/с|\bгб\b|\bgb\b|\bg\b|\bг\b", 1000.0),
    (r"м(?:ега)?бит|mbit|mbps|mb/s|мб/с|мг\s*байт|мбайт|мегабайт|mbyte|\bмб\b|\bmb\b|\bm\b|\bм\b", 1.0),
    (r"к(?:ило)?бит|kbit|kbps|kb/s|кб/с|\bкб\b|\bkb\b|\bk\b|\bк\b", 0.001),
    (r"bps|bit/s|бит/с|\bбит\b", 1e-6),
)
_UNIT_RES = tuple((re.compile(pattern), factor) for pattern, factor in SPEED_UNITS)
#: Mbps values that are common kbit/s plan sizes: "512 Мбит" in a 2018 school list is almost surely
#: 512 kbit/s. The value is kept as typed (the source's own reading) and flagged for a human to check.
SUSPECT_KBIT_PLAN_MBPS = frozenset({128.0, 256.0, 512.0})

_NUMBER_RE = re.compile(r"(?<![\d.,])[-+]?(?:\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?![\d.,])|"
                        r"(?:\d+(?:[.,]\d+)?|[.,]\d+)(?:[eE][-+]?\d+)?)")
_PUNCT_EDGES = " \t.,;:!\"'«»“”„()[]{}"
#: Latin letters typed inside Cyrillic unit words ("Мбит/c" with a Latin c).
_LOOKALIKES = str.maketrans({"c": "с", "k": "к", "m": "м", "b": "б"})


@dataclass(frozen=True)
class Parsed:
    """A parsed value and whether the text was understood (blank text counts as understood)."""

    value: object
    ok: bool = True


def clean_text(value: object) -> str:
    """The value as text with runs of whitespace as one space; None, NaN and NULL become empty."""
    if type(value) is str:
        return "" if value == "NULL" else " ".join(value.split())
    if value is None:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return clean_text(str(value))


def _key(text: str) -> str:
    return clean_text(text).casefold().strip(_PUNCT_EDGES)


def is_blank(value: object) -> bool:
    """True when the cell says nothing (empty, dash, n/a, unknown ...)."""
    return _key(value) in BLANK_TEXTS


def parse_number(value: object) -> Parsed:
    """A float from text with a decimal comma or point ("42,87"), or a number; NaN when blank."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return Parsed(float(value))
    text = clean_text(value)
    if is_blank(text):
        return Parsed(math.nan)
    compact = text.replace("\u00a0", "").replace("\u202f", "")
    if re.fullmatch(r"[-+]?\d{1,3}(?: \d{3})+", compact):
        compact = compact.replace(" ", "")
    try:
        return Parsed(float(compact.replace(",", ".")))
    except ValueError:
        return Parsed(math.nan, ok=False)


def parse_count(value: object) -> Parsed:
    """A whole count ("1 544", "1,544", "406"); thousands separators accepted, fractions not understood."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = float(value)
    else:
        text = clean_text(value)
        if is_blank(text):
            return Parsed(math.nan)
        if re.fullmatch(r"\d{1,3}(?:[,. \u00a0\u202f]\d{3})+", text):
            text = re.sub(r"[,. \u00a0\u202f]", "", text)
        number = parse_number(text).value
    if math.isnan(number) or number < 0 or number != int(number):
        return Parsed(math.nan, ok=False)
    return Parsed(float(number))


_DMS_RE = re.compile(
    r"^\s*([-+]?\d+(?:[.,]\d+)?)\s*(?:[°º:\s]|(?=[NSEWnsewСЮВЗсювз]\s*$))\s*(?:(\d+(?:[.,]\d+)?)\s*['′:\s]?\s*)?"
    r"(?:(\d+(?:[.,]\d+)?)\s*(?:\"|″|''|)\s*)?([NSEWnsewСЮВЗсювз])?\s*$")
_NEGATIVE_HEMISPHERES = frozenset("SWswЮЗюз")


def parse_coordinate(value: object) -> Parsed:
    """Decimal degrees from "42.87", "42,87" or degrees-minutes-seconds ("42°52'44.7\"N", "42 52 44")."""
    number = parse_number(value)
    if number.ok:
        return number
    text = clean_text(value)
    match = _DMS_RE.match(text)
    if not match:
        return Parsed(math.nan, ok=False)
    degrees, minutes, seconds, hemisphere = match.groups()
    parts = [float(part.replace(",", ".")) if part else 0.0 for part in (degrees, minutes, seconds)]
    magnitude = abs(parts[0]) + parts[1] / 60.0 + parts[2] / 3600.0
    negative = parts[0] < 0 or (hemisphere is not None and hemisphere in _NEGATIVE_HEMISPHERES)
    return Parsed(-magnitude if negative else magnitude)


_PAIR_NUMBER_RE = re.compile(r"[-+]?\d+(?:[.,]\d+)?")


def parse_coordinate_pair(value: object) -> tuple[Parsed, Parsed]:
    """Latitude and longitude from one cell ("42.87, 74.59", "42,87; 74,59"), latitude first as maps
    print them; blank gives NaN pair, anything but two numbers is not understood."""
    text = clean_text(value)
    if is_blank(text):
        return Parsed(math.nan), Parsed(math.nan)
    numbers = _PAIR_NUMBER_RE.findall(text)
    if len(numbers) != 2:
        return Parsed(math.nan, ok=False), Parsed(math.nan, ok=False)
    lat, lon = (float(number.replace(",", ".")) for number in numbers)
    return Parsed(lat), Parsed(lon)


def parse_yes_no(value: object) -> Parsed:
    """Connectivity from yes/no words in en/ru/ky, booleans and 1/0; blank is unknown and understood."""
    if isinstance(value, bool):
        return Parsed(Connectivity.YES if value else Connectivity.NO)
    if isinstance(value, (int, float)) and not (isinstance(value, float) and math.isnan(value)):
        if value in (0, 1):
            return Parsed(Connectivity.YES if value == 1 else Connectivity.NO)
        return Parsed(Connectivity.UNKNOWN, ok=False)
    key = _key(value)
    if key in BLANK_TEXTS:
        return Parsed(Connectivity.UNKNOWN)
    if key in ("1.0", "0.0"):
        key = key[0]
    for candidate in (key, key.split(" ")[0].strip(_PUNCT_EDGES)):
        if candidate in YES_WORDS:
            return Parsed(Connectivity.YES)
        if candidate in NO_WORDS:
            return Parsed(Connectivity.NO)
    return Parsed(Connectivity.UNKNOWN, ok=False)


@dataclass(frozen=True)
class Speed:
    """A download speed in Mbps (NaN when blank), whether the text was read, and whether it needs a look."""

    mbps: float
    ok: bool = True
    unit_suspect: bool = False


def unit_factor(text: str) -> float | None:
    """Factor to Mbps of the first unit spelled in `text` (also used on column headers), None if none."""
    folded = clean_text(text).casefold()
    spellings = (folded, folded.translate(_LOOKALIKES))
    for pattern, factor in _UNIT_RES:
        if any(pattern.search(spelling) for spelling in spellings):
            return factor
    return None


def parse_speed(value: object, default_factor: float = 1.0) -> Speed:
    """Mbps from typed speeds ("512 Кбит/с", "2,5 Mbps", "150/0 Мбит/с" = first number); no unit -> default."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = float(value)
        return Speed(number * default_factor) if not math.isnan(number) else Speed(math.nan)
    text = clean_text(value)
    if is_blank(text):
        return Speed(math.nan)
    match = _NUMBER_RE.search(text)
    if match is None:
        return Speed(math.nan, ok=False)
    digits = re.sub(r"[\u00a0\u202f ]", "", match.group(0)).replace(",", ".")
    number = float(digits)
    factor = unit_factor(text[match.end():])
    if factor is None:
        factor = default_factor
    mbps = number * factor
    suspect = factor == 1.0 and mbps in SUSPECT_KBIT_PLAN_MBPS
    return Speed(mbps, ok=number >= 0, unit_suspect=suspect)


#: Whole-word rules from access-technology words (and ISP texts) to the type family, in priority order:
#: a school listing "fiber, modem" is on fiber. Patterns are anchored at word starts AND ends (stems end in
#: \w*), so "geo" never matches satellite and "fo" never matches fiber (the Giga ingestion pitfall).
CONNECTIVITY_TYPE_RULES: tuple[tuple[ConnectivityType, tuple[str, ...]], ...] = (
    (ConnectivityType.FIBER, (r"fib(?:er|re|ra)\w*", r"ftt[a-z]", r"[gex]?pon", r"optic\w*", r"оптик\w*",
                              r"оптоволок\w*", r"оптич\w*", r"волс", r"воло[кc]он\w*", r"була")),
    (ConnectivityType.COPPER, (r"[avhsx]?dsl", r"медь", r"медн\w*", r"copper", r"dial[- ]?up", r"коаксиал\w*",
                               r"coax\w*", r"телефонн\w*", r"жез")),
    (ConnectivityType.P2P, (r"радио\w*", r"radio\w*", r"microwave", r"wimax", r"p2p", r"p2mp", r"wireless",
                            r"беспровод\w*", r"зымсыз", r"точка[- ]точка", r"wi[- ]?fi", r"радиорелейн\w*")),
    (ConnectivityType.CELLULAR, (r"[2345]g", r"lte", r"gsm", r"umts", r"cdma", r"hspa\+?", r"модем\w*", r"modem",
                                 r"mobile", r"cellular", r"сотов\w*", r"мобил\w*", r"билайн", r"beeline",
                                 r"мегаком", r"megacom")),
    (ConnectivityType.SATELLITE, (r"спутник\w*", r"vsat", r"satell?ite", r"starlink")),
    (ConnectivityType.OTHER, (r"ethernet", r"проводн\w*", r"кабел\w*", r"cable", r"wired", r"lan")),
)
_TYPE_RES = tuple((family, re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)"))
                  for family, words in CONNECTIVITY_TYPE_RULES)


def parse_connectivity_type(*texts: object) -> ConnectivityType:
    """The type family named anywhere in the texts (type column first, then ISP), whole words only."""
    joined = " ".join(clean_text(text).casefold() for text in texts)
    for family, pattern in _TYPE_RES:
        if pattern.search(joined):
            return family
    return ConnectivityType.UNKNOWN


#: Locality words meaning urban / rural (en, ru, ky).
AREA_TYPE_RULES: tuple[tuple[AreaType, tuple[str, ...]], ...] = (
    (AreaType.URBAN, (r"urban", r"city", r"town", r"город\w*", r"г", r"пгт", r"шаар\w*", r"поселок городского типа")),
    (AreaType.RURAL, (r"rural", r"village", r"сел\w*", r"село", r"аил\w*", r"айыл\w*", r"кыштак\w*", r"деревн\w*")),
)
_AREA_RES = tuple((area, re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)")) for area, words in AREA_TYPE_RULES)


def parse_area_type(value: object) -> Parsed:
    """urban/rural from en/ru/ky words; blank is unknown and understood, other text unknown and not."""
    key = _key(value)
    if key in BLANK_TEXTS:
        return Parsed(AreaType.UNKNOWN)
    for area, pattern in _AREA_RES:
        if pattern.search(key):
            return Parsed(area)
    return Parsed(AreaType.UNKNOWN, ok=False)
