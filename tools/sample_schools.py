"""SYNTHETIC school list and operator pipeline, calibrated to Kyrgyzstan's published 2018 figures."""
from __future__ import annotations

import csv
import json
import math
from pathlib import Path

import numpy as np
import pandas as pd
from osgeo import gdal, ogr
from sample_fiber import FiberLine
from sample_tables import OBLASTS, PLACE_KINDS, PLACES, URBAN_RADIUS_KM, Place
from sample_text import CONNECTION_TYPES, name_variant, pick, school_name, speed_text, transliterate
from scipy.ndimage import maximum_filter, minimum_filter
from scipy.spatial import cKDTree

SEED = 2137
TOTAL_SCHOOLS = 2137
CONNECTED_SCHOOLS = 1446
PIPELINE_SCHOOLS = 307
#: Where a school may stand: below this elevation, on gentler slopes, not far above its town's valley floor.
MAX_ELEVATION_M = 3900
MAX_SLOPE_DEG = 14.0
MAX_RISE_M = {"capital": 150, "city": 200, "centre": 300, "remote": 350}
KM_PER_DEG_LAT = 111.2
#: Share of a district centre's schools in the town itself (the rest in surrounding villages).
TOWN_SHARE = 0.15
#: Remote schools a satellite programme reached anyway.
SATELLITE_BEYOND_KM = 20.0
SATELLITE_SHARE = 0.15
#: Weights of the "how likely is this school connected" score.
CONNECTION_SCORE = {"fiber": -1.3, "urban": 0.9, "students": 0.25, "noise": 0.55, "satellite": 5.0}
#: Access technology odds of a connected school by where it is relative to the backbone.
NEAR_FIBER_KM = 3.0
ACCESS_WEIGHTS = {
    "remote": {"satellite": 5, "cellular": 2, "radio": 2},
    "near_town": {"fiber": 4, "adsl": 3, "cellular": 3, "radio": 1},
    "near_village": {"fiber": 2, "adsl": 3, "cellular": 3, "radio": 1},
    "off_fiber": {"fiber": 0.5, "adsl": 2, "cellular": 5, "radio": 3},
}
MISSING_STUDENTS_SHARE = 0.14
MISSING_SPEED_SHARE = 0.07
#: How the operator's sheet differs from the ministry's: Latin names, other spellings, missing ids.
LATIN_SHARE = 0.015
VARIANT_SHARE = 0.15
NO_ID_ROWS = 14
NO_ID_VARIANT_SHARE = 0.5
PIPELINE_STATUS = (("planned", 0.45), ("contracted", 0.25), ("in_progress", 0.22), ("connected", 0.08))

#: The ministry export's columns (Russian, as typed by the ministry).
COLUMNS = ("Код школы", "Название школы", "Область", "Район", "Количество учащихся", "Широта", "Долгота",
           "Интернет", "Скорость", "Провайдер", "Тип подключения", "Тип местности")
PIPELINE_COLUMNS = ("school_id", "school_name", "region", "district", "status", "planned_date")


class Terrain:
    """The DEM as an array, with slope, for checking where a school can stand."""

    def __init__(self, dem_path: Path):
        dataset = gdal.Open(str(dem_path))
        self.elevation = dataset.GetRasterBand(1).ReadAsArray().astype(float)
        self.x0, self.dx, _, self.y0, _, self.dy = dataset.GetGeoTransform()
        rows = np.arange(self.elevation.shape[0])
        lat = self.y0 + (rows + 0.5) * self.dy
        cell_y = abs(self.dy) * KM_PER_DEG_LAT * 1000
        cell_x = self.dx * KM_PER_DEG_LAT * 1000 * np.cos(np.radians(lat))[:, None]
        grad_y, grad_x = np.gradient(self.elevation)
        self.slope = np.degrees(np.arctan(np.hypot(grad_x / cell_x, grad_y / cell_y)))
        self.water = maximum_filter(self.elevation, 3) == minimum_filter(self.elevation, 3)

    def index(self, lon: float, lat: float) -> tuple[int, int]:
        return int((lat - self.y0) / self.dy), int((lon - self.x0) / self.dx)

    def at(self, lon: float, lat: float) -> tuple[float, float, bool]:
        """Elevation (m), slope (degrees) and whether it is open water (a dead-flat lake surface)."""
        row, col = self.index(lon, lat)
        return self.elevation[row, col], self.slope[row, col], self.water[row, col]

    def valley_floor(self, lon: float, lat: float) -> float:
        """Lowest elevation within ~2 km: the town's coordinates are approximate."""
        row, col = self.index(lon, lat)
        return float(self.elevation[row - 2:row + 3, col - 2:col + 3].min())


def _largest_remainder(total: int, weights: list[float]) -> list[int]:
    """Integer shares of total proportional to weights, summing exactly to total."""
    raw = np.asarray(weights, float) / sum(weights) * total
    counts = np.floor(raw).astype(int)
    for index in np.argsort(-(raw - counts), kind="stable")[: total - counts.sum()]:
        counts[index] += 1
    return counts.tolist()


def _oblast_polygons(adm1_path: Path) -> dict[str, ogr.Geometry]:
    collection = json.loads(adm1_path.read_text(encoding="utf-8"))
    return {f["properties"]["name"]: ogr.CreateGeometryFromJson(json.dumps(f["geometry"]))
            for f in collection["features"]}


def _place_schools(place: Place, count: int, terrain: Terrain, polygon: ogr.Geometry,
                   rng: np.random.Generator) -> list[tuple[float, float, float, bool, str]]:
    """Scatter count schools around a place on habitable ground: (lon, lat, elevation, urban, district)."""
    sigma, area = PLACE_KINDS[place.kind]
    floor = terrain.valley_floor(place.lon, place.lat)
    km_per_deg_lon = KM_PER_DEG_LAT * math.cos(math.radians(place.lat))
    districts = place.district.split("|")
    schools = []
    for index in range(count):
        in_town = place.kind == "centre" and index < max(1, round(count * TOWN_SHARE))
        spread = URBAN_RADIUS_KM / 1.5 if in_town else sigma
        for attempt in range(400):
            widen = 1 + attempt / 100
            dx, dy = rng.normal(0, spread * widen, 2)
            lon, lat = place.lon + dx / km_per_deg_lon, place.lat + dy / KM_PER_DEG_LAT
            elevation, slope, water = terrain.at(lon, lat)
            habitable = (not water and slope <= MAX_SLOPE_DEG * widen
                         and elevation <= min(MAX_ELEVATION_M, floor + MAX_RISE_M[place.kind] * widen))
            if habitable and polygon.Contains(ogr.CreateGeometryFromWkt(f"POINT ({lon} {lat})")):
                break
        else:
            raise RuntimeError(f"no habitable ground found around {place.name_ru}")
        urban = area == "город" or (place.kind == "centre" and math.hypot(dx, dy) <= URBAN_RADIUS_KM)
        sector = int(math.degrees(math.atan2(dy, dx)) % 360 // (360 / len(districts)))
        schools.append((round(lon, 6), round(lat, 6), float(elevation), urban, districts[sector]))
    return schools


def _fiber_km(lon: np.ndarray, lat: np.ndarray, backbone: list[FiberLine]) -> np.ndarray:
    """Rough distance (km) to the nearest operational fiber vertex, for calibration only."""
    vertices = np.vstack([line.coords for line in backbone if line.status == "Operational"])
    scale = np.array([KM_PER_DEG_LAT * math.cos(math.radians(41.5)), KM_PER_DEG_LAT])
    distance, _ = cKDTree(vertices * scale).query(np.column_stack([lon, lat]) * scale)
    return distance


def _connectivity(schools: pd.DataFrame, rng: np.random.Generator) -> None:
    """Connect the CONNECTED_SCHOOLS most likely schools: near fiber, in towns, big; then pick their access."""
    satellite_programme = (schools["fiber_km"] > SATELLITE_BEYOND_KM) & (rng.random(len(schools)) < SATELLITE_SHARE)
    weight = CONNECTION_SCORE
    score = (weight["fiber"] * np.log1p(schools["fiber_km"] / 3.0) + weight["urban"] * schools["urban"]
             + weight["students"] * np.log1p(schools["students_true"] / 300.0)
             + rng.normal(0, weight["noise"], len(schools)) + weight["satellite"] * satellite_programme)
    connected = np.zeros(len(schools), bool)
    connected[np.argsort(-score.to_numpy(), kind="stable")[:CONNECTED_SCHOOLS]] = True
    schools["connected"] = connected
    kinds, providers, speeds = [], [], []
    for row in schools.itertuples():
        if not row.connected:
            kinds.append("")
            providers.append("")
            speeds.append("")
            continue
        if row.fiber_km > SATELLITE_BEYOND_KM:
            setting = "remote"
        elif row.fiber_km < NEAR_FIBER_KM:
            setting = "near_town" if row.urban else "near_village"
        else:
            setting = "off_fiber"
        kind = pick(rng, tuple(ACCESS_WEIGHTS[setting]), tuple(ACCESS_WEIGHTS[setting].values()))
        word, names, speed_table = CONNECTION_TYPES[kind]
        mbps = pick(rng, tuple(s for s, _ in speed_table), tuple(w for _, w in speed_table))
        kinds.append(word)
        providers.append(pick(rng, names))
        speeds.append("" if rng.random() < MISSING_SPEED_SHARE else speed_text(rng, mbps))
    schools["conn_type"], schools["provider"], schools["speed"] = kinds, providers, speeds


def build_schools(dem_path: Path, adm1_path: Path, backbone: list[FiberLine]) -> pd.DataFrame:
    """The clean synthetic school list (one row per school), before the deliberate export defects."""
    rng = np.random.default_rng(SEED)
    terrain = Terrain(dem_path)
    polygons = _oblast_polygons(adm1_path)
    per_oblast = _largest_remainder(TOTAL_SCHOOLS, [o.schools_2018 for o in OBLASTS])
    records = []
    for oblast, oblast_count in zip(OBLASTS, per_oblast):
        places = [p for p in PLACES if p.oblast == oblast.name]
        districts = list(dict.fromkeys(d for p in places for d in p.district.split("|")))
        numbers = dict.fromkeys(districts, 0)
        for place, count in zip(places, _largest_remainder(oblast_count, [p.weight for p in places])):
            for lon, lat, elevation, urban, district in _place_schools(place, count, terrain,
                                                                       polygons[oblast.name], rng):
                numbers[district] += 1
                number = numbers[district]
                records.append({
                    "code": f"{oblast.code}{districts.index(district) + 1:02d}{number:03d}",
                    "name": school_name(rng, number, urban),
                    "oblast": oblast.name_ru, "district": district, "lon": lon, "lat": lat,
                    "elevation": elevation, "urban": urban, "place_kind": place.kind,
                })
    schools = pd.DataFrame.from_records(records)
    median = np.where(schools["urban"], 700, np.where(schools["place_kind"] == "remote", 140, 330))
    students = np.clip(np.round(median * rng.lognormal(0, 0.6, len(schools))), 12, 3499).astype(int)
    schools["students_true"] = students
    schools["students"] = np.where(rng.random(len(schools)) < MISSING_STUDENTS_SHARE, "", students.astype(str))
    schools["fiber_km"] = _fiber_km(schools["lon"].to_numpy(), schools["lat"].to_numpy(), backbone)
    _connectivity(schools, rng)
    return schools.sort_values("code", kind="stable").reset_index(drop=True)


def _export_rows(schools: pd.DataFrame) -> list[list[str]]:
    """The ministry export, with its realistic defects: a duplicate, swapped and missing coordinates, a unit typo."""
    rng = np.random.default_rng(SEED + 1)
    rows = []
    for row in schools.itertuples():
        rows.append([row.code, row.name, row.oblast, row.district, row.students, f"{row.lat:.6f}",
                     f"{row.lon:.6f}", "да" if row.connected else "нет", row.speed, row.provider, row.conn_type,
                     "город" if row.urban else "село"])
    connected = [i for i, row in enumerate(rows) if row[7] == "да" and row[8]]
    swapped, missing, typo, duplicated = (int(i) for i in rng.choice(connected, 4, replace=False))
    rows[swapped][5], rows[swapped][6] = rows[swapped][6], rows[swapped][5]
    rows[missing][5] = rows[missing][6] = ""
    rows[typo][8] = "512 Мбит/с"
    rows.insert(duplicated + 1, list(rows[duplicated]))
    return rows


def write_schools(schools: pd.DataFrame, path: Path) -> None:
    """schools.csv as a ministry would export it (UTF-8, Russian headers)."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        writer.writerows(_export_rows(schools))


def build_pipeline(schools: pd.DataFrame) -> pd.DataFrame:
    """The operator's plan: the unconnected schools nearest fiber, with the operator's own spellings."""
    rng = np.random.default_rng(SEED + 2)
    waiting = schools[~schools["connected"]]
    score = -waiting["fiber_km"].to_numpy() + rng.normal(0, 4, len(waiting))
    chosen = waiting.iloc[np.argsort(-score, kind="stable")[:PIPELINE_SCHOOLS]].copy()
    statuses = [s for s, _ in PIPELINE_STATUS]
    chosen["status"] = rng.choice(statuses, len(chosen), p=[w for _, w in PIPELINE_STATUS])
    first_month = {"connected": 0, "in_progress": 6, "contracted": 12, "planned": 18}
    months = [first_month[s] + int(rng.integers(0, 12)) for s in chosen["status"]]
    chosen["planned_date"] = [f"{2024 + m // 12}-{m % 12 + 1:02d}-{int(rng.integers(1, 29)):02d}" for m in months]
    no_id = np.zeros(len(chosen), bool)
    no_id[rng.choice(len(chosen), NO_ID_ROWS, replace=False)] = True
    spelling = rng.random(len(chosen))
    variant_share = np.where(no_id, NO_ID_VARIANT_SHARE, VARIANT_SHARE)
    chosen["school_name"] = [
        transliterate(name) if draw < LATIN_SHARE else name_variant(rng, name) if draw < share else name
        for name, draw, share in zip(chosen["name"], spelling, variant_share)
    ]
    chosen["school_id"] = np.where(no_id, "", chosen["code"])
    chosen["region"] = chosen["oblast"]
    return chosen.sort_values(["region", "planned_date"], kind="stable")[list(PIPELINE_COLUMNS)]


def write_pipeline(pipeline: pd.DataFrame, path: Path) -> None:
    """pipeline.csv (UTF-8)."""
    pipeline.to_csv(path, index=False, encoding="utf-8")
