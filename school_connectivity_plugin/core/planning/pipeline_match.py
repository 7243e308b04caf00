"""The operator's work plan joined to the school list: by id, else by a fuzzy name within the same district.

Names are compared on a phonetic Latin key: Cyrillic (Russian and Kyrgyz) transliterated, spelling variants
folded, generic words ("СОШ", "средняя общеобразовательная школа", "school", "мектеп", "№") dropped; the
numbers in the names must be equal. Every plan row comes back with its match method, score and reason.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

import numpy as np
import pandas as pd

from ..definitions.codes import MatchMethod, MatchReason, Technology
from ..definitions.defaults import DEFAULT_MIN_SCORE
from ..definitions.schema import ConnectivityType, PipelineStatus
from ..errors import InputError
from ..schools.columns import header_key, resolve_columns
from ..schools.normalize import clean_text, parse_connectivity_type

#: Russian and Kyrgyz Cyrillic letters to Latin (a simple, lossy scheme; only used to build match keys).
CYRILLIC_TO_LATIN: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya", "ң": "ng", "ө": "o", "ү": "u", "і": "i", "ә": "a", "ғ": "g", "қ": "k",
    "һ": "h",
}
#: Latin spelling variants folded to one form, applied in order (both transliterations and English spellings).
LATIN_FOLDS: tuple[tuple[str, str], ...] = (
    ("shch", "sh"), ("dzh", "j"), ("zh", "j"), ("kh", "h"), ("ts", "c"), ("ch", "c"), ("yu", "u"),
    ("ya", "a"), ("yo", "o"), ("ye", "e"), ("iy", "i"), ("yi", "i"), ("y", "i"), ("w", "v"), ("x", "ks"),
    ("q", "k"),
)
#: Words that say "a school" in any of the languages, not which one (removed from the key).
GENERIC_NAME_WORDS: tuple[str, ...] = (
    "средняя", "общеобразовательная", "общеобразовательный", "школа", "сош", "сш",
    "ср", "шк", "school", "secondary", "general", "public", "main", "education",
    "мектеп", "мектеби", "орто", "жалпы", "билим", "берүүчү",
    "№", "no", "n", "nr", "num", "number", "имени", "им", "named", "after", "атындагы",
)
#: School types that tell schools apart, in their spellings; a name without one is a (secondary) school and
#: two names must have the same types to match.
SCHOOL_KINDS: dict[str, str] = {
    "гимназия": "gymnasium", "гимназиясы": "gymnasium", "gymnasium": "gymnasium",
    "лицей": "lyceum", "лицейи": "lyceum", "lyceum": "lyceum",
    "начальная": "primary", "нач": "primary", "primary": "primary", "баштапкы": "primary", "башт": "primary",
    "основная": "basic", "неполная": "basic", "нсш": "basic", "оош": "basic", "basic": "basic",
    "incomplete": "basic", "негизги": "basic",
}
#: Words that say "a region/district", not which one.
GENERIC_ADMIN_WORDS: tuple[str, ...] = (
    "область", "обл", "oblast", "region", "province", "облусу", "облус", "район", "р", "н", "рн", "rayon",
    "raion", "district", "району", "город", "г", "city", "шаары", "shaary",
)
#: Adjective endings of district names ("Ленинский", "Leninsky"), cut from the Latin key of longer words.
ADMIN_SUFFIXES: tuple[str, ...] = ("skoe", "skai", "ski", "ska", "sko")
_ADMIN_SUFFIX_MIN_STEM = 3
#: Plan status words (English, Russian, Kyrgyz), compared casefolded; a phrase is looked up whole, then by words.
STATUS_WORDS: dict[PipelineStatus, tuple[str, ...]] = {
    PipelineStatus.PLANNED: ("planned", "plan", "to do", "запланировано", "запланирован", "запланирована",
                             "в плане", "план", "пландалган"),
    PipelineStatus.CONTRACTED: ("contracted", "contract", "signed", "контракт", "контракт подписан",
                                "договор", "договор заключен", "законтрактовано", "келишим"),
    PipelineStatus.IN_PROGRESS: ("in_progress", "in progress", "ongoing", "under construction", "в работе",
                                 "в процессе", "выполняется", "строительство", "монтаж", "иштелүүдө"),
    PipelineStatus.CONNECTED: ("connected", "done", "completed", "complete", "подключено", "подключена",
                               "подключен", "выполнено", "завершено", "туташтырылды", "бүттү"),
}
#: Words that negate a status ("не подключено"): such a status is not guessed but listed for a human.
NEGATION_WORDS = frozenset({"не", "нет", "not", "no", "эмес", "жок"})
#: Header aliases of the plan's status column (the other columns use the importer's alias table).
STATUS_COLUMN_ALIASES: tuple[str, ...] = ("pipeline_status", "status", "статус", "статус подключения",
                                          "состояние", "этап", "абалы", "статусу")
#: Header aliases of the plan's date column (planned or done date, kept as written).
DATE_COLUMN_ALIASES: tuple[str, ...] = ("pipeline_date", "planned_date", "date", "due date", "deadline",
                                        "дата", "срок", "дата подключения", "плановая дата", "мөөнөт", "күнү")
#: Header aliases of the plan's technology column (fiber unless the plan says otherwise).
TECHNOLOGY_COLUMN_ALIASES: tuple[str, ...] = ("pipeline_technology", "technology", "connection technology",
                                              "технология", "технология подключения", "тип подключения",
                                              "технологиясы", "туташуу түрү")
#: The access technology a plan's type words name; any other text (or none) means the plan builds fiber.
PLAN_TECHNOLOGIES = {ConnectivityType.FIBER: Technology.FIBER, ConnectivityType.CELLULAR: Technology.CELLULAR,
                     ConnectivityType.P2P: Technology.P2P, ConnectivityType.SATELLITE: Technology.SATELLITE}
#: A word of the shorter name counts as found in the longer one at or above this similarity.
WORD_MIN_SCORE = 0.85
#: A runner-up this close to the best score makes the name ambiguous.
AMBIGUITY_MARGIN = 0.1
#: Two district names are the same district at or above this similarity.
ADMIN_MIN_SCORE = 0.85

#: Shorter name words are initials ("А. Оторбаев") and are not compared.
_MIN_WORD = 2
_TRANSLIT = str.maketrans(CYRILLIC_TO_LATIN)
_TOKENS = re.compile(r"\d+|[^\W\d_]+")


def _latin(word: str) -> str:
    text = word.casefold().translate(_TRANSLIT)
    for old, new in LATIN_FOLDS:
        text = text.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", text)


_GENERIC_NAME_KEYS = frozenset(_latin(word) for word in GENERIC_NAME_WORDS)
_GENERIC_ADMIN_KEYS = frozenset(_latin(word) for word in GENERIC_ADMIN_WORDS)
_KIND_KEYS = {_latin(word): kind for word, kind in SCHOOL_KINDS.items()}


@dataclass(frozen=True)
class NameKey:
    """A school name reduced for matching: sorted distinctive words, its numbers and its school types."""

    words: str
    numbers: tuple[str, ...]
    kinds: tuple[str, ...] = ()


def name_key(name: object) -> NameKey:
    """The comparable form of a school name in any of the scripts and languages."""
    words, numbers, kinds = set(), [], set()
    for token in _TOKENS.findall(clean_text(name).replace("№", " № ")):
        if token.isdigit():
            numbers.append(str(int(token)))
            continue
        key = _latin(token)
        if key in _KIND_KEYS:
            kinds.add(_KIND_KEYS[key])
        elif len(key) >= _MIN_WORD and key not in _GENERIC_NAME_KEYS:
            words.add(key)
    return NameKey(" ".join(sorted(words)), tuple(sorted(numbers)), tuple(sorted(kinds)))


def admin_key(name: object) -> str:
    """The comparable form of a region or district name ("Ленинский р-н" = "Leninsky district")."""
    tokens = [_latin(token) for token in _TOKENS.findall(clean_text(name))]
    return " ".join(_cut_suffix(token) for token in tokens if token and token not in _GENERIC_ADMIN_KEYS)


def _cut_suffix(token: str) -> str:
    for suffix in ADMIN_SUFFIXES:
        if token.endswith(suffix) and len(token) - len(suffix) >= _ADMIN_SUFFIX_MIN_STEM:
            return token[: -len(suffix)]
    return token


def name_score(a: NameKey, b: NameKey) -> float:
    """Similarity 0..1 of two name keys, 0 when their numbers differ: the better of the whole-key ratio and
    how well every word of the shorter name is found in the longer ("Кеминская СШ №3" in "Keminskaya
    secondary school №3 named after N. Davlesov")."""
    if a.numbers != b.numbers or a.kinds != b.kinds:
        return 0.0
    if not a.words or not b.words:
        return 1.0 if (a.numbers or a.kinds) and a.words == b.words else 0.0
    short, long = sorted((a.words.split(), b.words.split()), key=len)
    best = np.array([max(SequenceMatcher(None, w, v).ratio() for v in long) for w in short])
    contained = float(np.mean(np.where(best >= WORD_MIN_SCORE, best, 0.0)))
    return max(SequenceMatcher(None, a.words, b.words).ratio(), contained)


def normalise_status(value: object) -> PipelineStatus | None:
    """A plan status in any of the languages; None when the text is not understood (blank = not in plan)."""
    text = clean_text(value).casefold().replace("_", " ")
    if not text:
        return PipelineStatus.NONE
    for status, words in STATUS_WORDS.items():
        if text in words or text.replace(" ", "_") in words:
            return status
    if NEGATION_WORDS & set(_TOKENS.findall(text)):
        return None
    for status, words in STATUS_WORDS.items():
        if any(re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text) for word in words):
            return status
    return None


@dataclass
class PlanColumns:
    """Which plan columns hold the id, name, regions and status."""

    school_id: str | None = None
    school_name: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    status: str | None = None
    date: str | None = None
    technology: str | None = None


def plan_technology(text: object) -> Technology:
    """The technology the operator's plan names for a school (fiber when it names none it knows)."""
    return PLAN_TECHNOLOGIES.get(parse_connectivity_type(text), Technology.FIBER)


def plan_columns(headers: list[str], overrides: dict[str, str] | None = None) -> PlanColumns:
    """Find the plan's columns by the importer's aliases plus status and date aliases; the user's choices win."""
    overrides = {name: column for name, column in (overrides or {}).items() if column}
    status, date = overrides.pop("status", None), overrides.pop("date", None)
    technology = overrides.pop("technology", None)
    resolved = resolve_columns(headers, overrides).columns
    keys = {header_key(header): header for header in headers}
    status = status or next((keys[header_key(a)] for a in STATUS_COLUMN_ALIASES if header_key(a) in keys), None)
    date = date or next((keys[header_key(a)] for a in DATE_COLUMN_ALIASES if header_key(a) in keys), None)
    technology = technology or next(
        (keys[header_key(a)] for a in TECHNOLOGY_COLUMN_ALIASES if header_key(a) in keys), None)
    columns = PlanColumns(resolved.get("school_id"), resolved.get("school_name"), resolved.get("admin1"),
                          resolved.get("admin2"), status, date, technology)
    if columns.status is None:
        raise InputError("the work plan has no status column (e.g. 'status', 'статус'); choose it")
    if columns.school_id is None and columns.school_name is None:
        raise InputError("the work plan has neither a school id nor a school name column; choose one")
    return columns


#: Columns added to every plan row in the match report.
REPORT_FIELDS: dict[str, type] = {
    "source_row": int,
    "pipeline_status": str,
    "match_method": str,
    "match_score": float,
    "match_scope": str,
    "matched_school_id": str,
    "match_reason": str,
}
#: Columns set on the schools.
#: The school fields matching reads (the plan's columns aside).
MATCH_INPUTS = ("school_id", "school_name", "admin1", "admin2")


@dataclass
class PlanMatch:
    """Schools with the plan's status applied, and every plan row with how (or why not) it matched."""

    schools: pd.DataFrame
    report: pd.DataFrame

    @property
    def unmatched(self) -> pd.DataFrame:
        """Rows a human must look at: no match, ambiguous, duplicate or unknown status."""
        return self.report[self.report["match_reason"] != MatchReason.OK.value]


class _Scope:
    """Schools a plan row may match: same district, else same region, else anywhere."""

    def __init__(self, schools: pd.DataFrame):
        self.admin = {
            level: np.array([admin_key(v) for v in schools.get(level, pd.Series("", index=schools.index))])
            for level in ("admin2", "admin1")
        }
        self._cache: dict[tuple[str, str], np.ndarray | None] = {}

    def rows(self, level: str, value: object) -> np.ndarray | None:
        """Boolean mask of schools in the named area; None when the name is blank or no school is there."""
        key = admin_key(value)
        if not key:
            return None
        if (level, key) not in self._cache:
            names = self.admin[level]
            similar = {name for name in set(names)
                       if name and SequenceMatcher(None, key, name).ratio() >= ADMIN_MIN_SCORE}
            mask = np.isin(names, list(similar))
            self._cache[(level, key)] = mask if mask.any() else None
        return self._cache[(level, key)]


def match_plan(plan: pd.DataFrame, schools: pd.DataFrame, columns: PlanColumns,
               min_score: float = DEFAULT_MIN_SCORE) -> PlanMatch:
    """Join plan rows (index = source row) to schools by id, else by name key within the same area."""
    ids = schools["school_id"].map(clean_text).str.casefold().to_numpy()
    by_id = {school_id: row for row, school_id in enumerate(ids) if school_id}
    keys = [name_key(name) for name in schools.get("school_name", pd.Series("", index=schools.index))]
    by_numbers: dict[tuple[str, ...], list[int]] = {}
    for row, key in enumerate(keys):
        by_numbers.setdefault(key.numbers, []).append(row)
    scope = _Scope(schools)
    records = []
    for source_row, plan_row in plan.iterrows():
        record = {"source_row": int(source_row), "match_method": MatchMethod.NONE.value, "match_score": np.nan,
                  "match_scope": "", "school_row": -1, "match_reason": MatchReason.NO_MATCH.value}
        plan_id = clean_text(plan_row[columns.school_id]).casefold() if columns.school_id else ""
        if plan_id in by_id:
            record.update(match_method=MatchMethod.ID.value, match_score=1.0, match_scope="id",
                          school_row=by_id[plan_id], match_reason=MatchReason.OK.value)
        elif columns.school_name:
            record.update(_by_name(plan_row, columns, keys, by_numbers, scope, min_score))
        status = normalise_status(plan_row[columns.status])
        record["pipeline_status"] = status.value if status is not None else ""
        record["pipeline_date"] = clean_text(plan_row[columns.date]) if columns.date else ""
        record["pipeline_technology"] = plan_technology(
            plan_row[columns.technology] if columns.technology else None).value
        if status is None and record["match_reason"] == MatchReason.OK.value:
            record["match_reason"] = MatchReason.UNKNOWN_STATUS.value
        records.append(record)
    columns_out = [*REPORT_FIELDS, "school_row", "pipeline_date", "pipeline_technology"]
    report = pd.DataFrame(records, index=plan.index, columns=columns_out).astype(
        {"school_row": np.int64, "source_row": np.int64, "match_score": float})
    _drop_duplicates(report)
    return PlanMatch(_apply(schools, report), _report(plan, report, schools))


def _by_name(plan_row, columns, keys, by_numbers, scope, min_score) -> dict:
    """The best name match among schools sharing the name's numbers, in the narrowest known area."""
    key = name_key(plan_row[columns.school_name])
    candidates = np.array(by_numbers.get(key.numbers, []), dtype=np.int64)
    area, level = None, "all"
    for name in ("admin2", "admin1"):
        column = getattr(columns, name)
        area = scope.rows(name, plan_row[column]) if column else None
        if area is not None:
            level = name
            break
    if area is not None:
        candidates = candidates[area[candidates]]
    scores = np.array([name_score(key, keys[row]) for row in candidates])
    if not scores.size or scores.max() < min_score:
        return {"match_scope": level, "match_score": float(scores.max()) if scores.size else np.nan}
    best = np.flatnonzero(scores > scores.max() - AMBIGUITY_MARGIN)
    if best.size > 1:
        return {"match_scope": level, "match_score": float(scores.max()), "match_reason": MatchReason.AMBIGUOUS.value}
    return {"match_method": MatchMethod.NAME.value, "match_score": float(scores.max()), "match_scope": level,
            "school_row": int(candidates[best[0]]), "match_reason": MatchReason.OK.value}


def _drop_duplicates(report: pd.DataFrame) -> None:
    """One plan row per school: the id match, else the highest score, else the first row keeps it."""
    matched = report[report["school_row"] >= 0]
    ranked = matched.assign(_id=matched["match_method"] == MatchMethod.ID.value).sort_values(
        ["school_row", "_id", "match_score"], ascending=[True, False, False], kind="stable")
    losers = ranked.index[ranked.duplicated("school_row", keep="first")]
    report.loc[losers, "match_reason"] = MatchReason.DUPLICATE.value


def _applied(report: pd.DataFrame) -> pd.DataFrame:
    return report[(report["school_row"] >= 0) & (report["match_reason"] != MatchReason.DUPLICATE.value)]


def _apply(schools: pd.DataFrame, report: pd.DataFrame) -> pd.DataFrame:
    """A copy of the schools with the plan's status, method, score and row on the matched schools."""
    out = schools.copy()
    if "pipeline_status" not in out:
        out["pipeline_status"] = PipelineStatus.NONE.value
    out["pipeline_match_method"] = ""
    out["pipeline_match_score"] = np.nan
    out["pipeline_source_row"] = 0
    out["pipeline_date"] = ""
    out["pipeline_technology"] = ""
    applied = _applied(report)
    rows = out.index[applied["school_row"].to_numpy()]
    out.loc[rows, "pipeline_status"] = applied["pipeline_status"].to_numpy()
    out.loc[rows, "pipeline_match_method"] = applied["match_method"].to_numpy()
    out.loc[rows, "pipeline_match_score"] = applied["match_score"].to_numpy(float)
    out.loc[rows, "pipeline_source_row"] = applied["source_row"].to_numpy()
    out.loc[rows, "pipeline_date"] = applied["pipeline_date"].to_numpy()
    out.loc[rows, "pipeline_technology"] = applied["pipeline_technology"].to_numpy()
    out["pipeline_source_row"] = out["pipeline_source_row"].astype(np.int64)
    return out


def _report(plan: pd.DataFrame, report: pd.DataFrame, schools: pd.DataFrame) -> pd.DataFrame:
    """The plan's own columns plus the REPORT_FIELDS."""
    school_ids = schools["school_id"].astype(str).to_numpy()
    matched_id = [school_ids[row] if row >= 0 else "" for row in report["school_row"].tolist()]
    added = report.drop(columns=["school_row"]).assign(matched_school_id=matched_id)
    original = plan.drop(columns=[c for c in REPORT_FIELDS if c in plan.columns])
    return pd.concat([original, added[list(REPORT_FIELDS)]], axis=1)
