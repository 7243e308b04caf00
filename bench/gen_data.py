"""Seeded synthetic schools and fiber shaped like Kyrgyzstan's (see ../shared/reference/peer-benchmarks.md).

Schools: 55 % around 300 towns (Pareto sizes), 45 % around 3,000 villages, both around 8 regional
centres. Fiber: minimum spanning tree over the towns, spurs to villages (largest first), then random-walk
branches; meandering polylines with a vertex every 1-2 km, at most 20 segments a feature. Smaller
networks are prefixes of larger ones. Written as GPKG in EPSG:4326 and EPSG:32643 (UTM 43N).
"""
from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd
from osgeo import gdal
from pyproj import Geod
from scipy.sparse.csgraph import minimum_spanning_tree
from scipy.spatial import cKDTree, distance_matrix

SEED = 20240611
DATA = Path(__file__).resolve().parent / "data"
EXTENT = (69.2, 39.2, 80.3, 43.3)
CENTRES = np.array([(74.59, 42.87), (72.80, 40.53), (73.00, 40.93), (78.39, 42.49), (76.00, 41.43),
                    (72.24, 42.52), (70.82, 40.06), (73.40, 39.90)])
SEGMENTS_PER_FEATURE = 20
GEOD = Geod(ellps="WGS84")
gdal.UseExceptions()


def _clip(lon, lat):
    return np.clip(lon, EXTENT[0], EXTENT[2]), np.clip(lat, EXTENT[1], EXTENT[3])


def places(rng):
    """Towns and villages (lon, lat, size) around the regional centres."""
    def around(count, spread):
        centre = CENTRES[rng.integers(0, len(CENTRES), count)]
        return _clip(centre[:, 0] + rng.normal(0, spread, count), centre[:, 1] + rng.normal(0, spread * 0.6, count))
    town_lon, town_lat = around(300, 0.7)
    village_lon, village_lat = around(3000, 1.1)
    return (np.column_stack([town_lon, town_lat]), rng.pareto(1.2, 300) + 1.0,
            np.column_stack([village_lon, village_lat]), rng.pareto(1.5, 3000) + 1.0)


def schools(rng, count, towns, town_size, villages, village_size) -> pd.DataFrame:
    in_towns = round(count * 0.55)
    t = rng.choice(len(towns), in_towns, p=town_size / town_size.sum())
    v = rng.choice(len(villages), count - in_towns, p=village_size / village_size.sum())
    base = np.concatenate([towns[t], villages[v]])
    spread = np.concatenate([np.full(in_towns, 2500.0), np.full(count - in_towns, 1200.0)])
    lon, lat, _ = GEOD.fwd(base[:, 0], base[:, 1], rng.uniform(0, 360, count), np.abs(rng.normal(0, spread)))
    lon, lat = _clip(np.asarray(lon), np.asarray(lat))
    order = rng.permutation(count)
    return pd.DataFrame({"sid": np.arange(count), "name": [f"School {i}" for i in range(count)],
                         "students": rng.integers(20, 2000, count), "lon": lon[order], "lat": lat[order]})


def meander(rng, start, end) -> np.ndarray:
    """A polyline from start to end with a vertex every 1-2 km, heading wandering around the target."""
    points = [tuple(start)]
    lon, lat = start
    for _ in range(2000):
        azimuth, _, remaining = GEOD.inv(lon, lat, end[0], end[1])
        if remaining < 2000:
            break
        lon, lat, _ = GEOD.fwd(lon, lat, azimuth + rng.normal(0, 25), rng.uniform(1000, 2000))
        points.append((lon, lat))
    points.append(tuple(end))
    return np.array(points)


def network(rng, total_segments, towns, villages, village_size) -> list[np.ndarray]:
    """Edges in build order: town MST, village spurs (largest first), random-walk branches."""
    tree = minimum_spanning_tree(distance_matrix(towns, towns)).tocoo()
    edges = [meander(rng, towns[i], towns[j]) for i, j in zip(tree.row, tree.col)]
    nodes = list(towns)
    count = sum(len(e) - 1 for e in edges)
    for village in np.argsort(-village_size):
        if count >= total_segments:
            break
        _, near = cKDTree(np.array(nodes)).query(villages[village])
        edge = meander(rng, nodes[near], villages[village])
        edges.append(edge)
        nodes.append(villages[village])
        count += len(edge) - 1
    while count < total_segments:
        start = edges[rng.integers(0, len(edges))]
        origin = start[rng.integers(0, len(start))]
        lon, lat, _ = GEOD.fwd(origin[0], origin[1], rng.uniform(0, 360), rng.uniform(5_000, 30_000))
        edge = meander(rng, origin, np.array(_clip(lon, lat)))
        edges.append(edge)
        count += len(edge) - 1
    return edges


def features(edges, total_segments) -> list[np.ndarray]:
    """Edges cut into features of at most 20 segments, truncated to exactly `total_segments`."""
    out, left = [], total_segments
    for edge in edges:
        for start in range(0, len(edge) - 1, SEGMENTS_PER_FEATURE):
            if left <= 0:
                return out
            piece = edge[start:start + min(SEGMENTS_PER_FEATURE, left) + 1]
            out.append(piece)
            left -= len(piece) - 1
    return out


def write_points(frame: pd.DataFrame, stem: Path) -> None:
    csv = stem.with_suffix(".csv")
    frame.to_csv(csv, index=False, float_format="%.7f")
    _translate(csv, stem, ["X_POSSIBLE_NAMES=lon", "Y_POSSIBLE_NAMES=lat", "KEEP_GEOM_COLUMNS=NO",
                           "AUTODETECT_TYPE=YES"], "POINT")


def write_lines(lines: list[np.ndarray], stem: Path) -> None:
    wkt = ["LINESTRING(" + ",".join(f"{x:.7f} {y:.7f}" for x, y in line) + ")" for line in lines]
    csv = stem.with_suffix(".csv")
    pd.DataFrame({"fid_line": np.arange(len(lines)), "status": "operational", "WKT": wkt}).to_csv(csv, index=False)
    _translate(csv, stem, ["GEOM_POSSIBLE_NAMES=WKT", "KEEP_GEOM_COLUMNS=NO", "AUTODETECT_TYPE=YES"], "LINESTRING")


def _translate(csv: Path, stem: Path, open_options: list[str], geometry_type: str) -> None:
    """The CSV as GPKG in EPSG:4326 and in UTM 43N (what a careful user would reproject to)."""
    source = gdal.OpenEx(str(csv), gdal.OF_VECTOR, open_options=open_options)
    for suffix, srs in ((".gpkg", "EPSG:4326"), ("_utm43.gpkg", "EPSG:32643")):
        gdal.VectorTranslate(str(stem) + suffix, source, format="GPKG", layerName=stem.name, srcSRS="EPSG:4326",
                             dstSRS=srs, accessMode="overwrite", geometryType=geometry_type)


def generate(school_sizes, fiber_sizes, force=False) -> None:
    DATA.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    towns, town_size, villages, village_size = places(rng)
    edges = network(np.random.default_rng(SEED + 1), max(fiber_sizes), towns, villages, village_size)
    for size in fiber_sizes:
        stem = DATA / f"fiber_{size}"
        if force or not Path(str(stem) + "_utm43.gpkg").exists():
            write_lines(features(edges, size), stem)
    for size in school_sizes:
        stem = DATA / f"schools_{size}"
        if force or not Path(str(stem) + "_utm43.gpkg").exists():
            write_points(schools(np.random.default_rng(SEED + size), size, towns, town_size, villages,
                                 village_size), stem)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--schools", type=int, nargs="+", default=[2137, 200_000, 2_000_000])
    parser.add_argument("--fiber", type=int, nargs="+", default=[20_000, 100_000])
    parser.add_argument("--force", action="store_true")
    args = parser.parse_args()
    generate(args.schools, args.fiber, args.force)
