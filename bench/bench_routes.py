"""Benchmark: shared fiber routes (sparse candidate graph) beside a straightforward full-distance-matrix Prim.

Each run is a fresh process (`--child`), so peak memory is the step's own: RSS peak minus the RSS once the
inputs exist. Results go under their own heading in docs/benchmarks.md (the section is replaced).

    /usr/bin/python3 bench/bench_routes.py [--sizes 2000 5000 20000] [--seed 20240611]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from school_connectivity_plugin.core.network.geodesy import geodesic_distance  # noqa: E402
from school_connectivity_plugin.core.planning.routes import fiber_routes, nearest_point  # noqa: E402

HEADING = "## Shared fiber routes (`bench/bench_routes.py`)"
BENCHMARKS_MD = REPO / "docs" / "benchmarks.md"
MAX_LINK_M = 20_000.0
DETOUR = 1.2
EARTH_RADIUS_M = 6_371_000.0  # the haversine radius of Giga's vectorized_distance_model.py
#: Relays and fiber nodes per unconnected school in the synthetic country.
RELAY_SHARE, NODE_SHARE = 0.5, 0.01
#: Largest size at which the exact geodesic dense Prim (pyproj on every pair) is also run as a check.
EXACT_CHECK_MAX = 2_000


def make_inputs(n: int, seed: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Unconnected schools clustered around villages in Kyrgyzstan's extent, connected schools, fiber nodes."""
    rng = np.random.default_rng(seed)
    centres = np.column_stack([rng.uniform(69.5, 80.0, 400), rng.uniform(39.5, 43.0, 400)])

    def points(count: int) -> np.ndarray:
        around = centres[rng.integers(0, len(centres), count)]
        return around + rng.normal(0.0, 0.08, (count, 2))

    schools, relays, nodes = points(n), points(int(n * RELAY_SHARE)), points(max(1, int(n * NODE_SHARE)))
    node_index, fiber_m = nearest_point(schools[:, 0], schools[:, 1], nodes[:, 0], nodes[:, 1])
    targets = pd.DataFrame({"school_id": [f"u{i}" for i in range(n)], "longitude": schools[:, 0],
                            "latitude": schools[:, 1], "fiber_distance_m": fiber_m,
                            "fiber_lon": nodes[node_index, 0], "fiber_lat": nodes[node_index, 1]})
    relay_frame = pd.DataFrame({"school_id": [f"c{i}" for i in range(len(relays))], "longitude": relays[:, 0],
                                "latitude": relays[:, 1]})
    return targets, relay_frame


def _haversine_rows(lon, lat, rows: slice) -> np.ndarray:
    lon1, lat1 = np.radians(lon[rows])[:, None], np.radians(lat[rows])[:, None]
    lon2, lat2 = np.radians(lon)[None, :], np.radians(lat)[None, :]
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_M * np.arcsin(np.sqrt(a))


def dense_prim(targets: pd.DataFrame, relays: pd.DataFrame, exact: bool) -> tuple[float, int]:
    """The straightforward way: the full (N+1) x (N+1) distance matrix, then O(N^2) Prim from the network."""
    lon, lat = targets["longitude"].to_numpy(float), targets["latitude"].to_numpy(float)
    n = len(lon)
    matrix = np.empty((n, n))
    block = 500
    for start in range(0, n, block):
        rows = slice(start, min(n, start + block))
        if exact:
            count = rows.stop - rows.start
            matrix[rows] = geodesic_distance(np.repeat(lon[rows], n), np.repeat(lat[rows], n),
                                             np.tile(lon, count), np.tile(lat, count)).reshape(count, n)
        else:
            matrix[rows] = _haversine_rows(lon, lat, rows)
    matrix *= DETOUR
    matrix[matrix > MAX_LINK_M] = np.inf
    relay_lon, relay_lat = relays["longitude"].to_numpy(float), relays["latitude"].to_numpy(float)
    to_relay = np.full(n, np.inf)
    for start in range(0, n, block):
        rows = slice(start, min(n, start + block))
        if exact:
            count, m = rows.stop - rows.start, len(relay_lon)
            to_relay[rows] = geodesic_distance(np.repeat(lon[rows], m), np.repeat(lat[rows], m),
                                               np.tile(relay_lon, count), np.tile(relay_lat, count)
                                               ).reshape(count, m).min(axis=1)
        else:
            both = _haversine_rows(np.concatenate([lon, relay_lon]), np.concatenate([lat, relay_lat]), rows)
            to_relay[rows] = both[:, n:].min(axis=1)
    best = DETOUR * np.minimum(targets["fiber_distance_m"].to_numpy(float), to_relay)
    best[best > MAX_LINK_M] = np.inf
    done = np.zeros(n, dtype=bool)
    total, reached = 0.0, 0
    for _ in range(n):
        candidates = np.where(done, np.inf, best)
        node = int(np.argmin(candidates))
        if not np.isfinite(candidates[node]):
            break
        total, reached = total + float(candidates[node]), reached + 1
        done[node] = True
        np.minimum(best, matrix[node], out=best)
    return total, reached


def _rss_mib() -> float:
    """Current resident set size of this process (Linux /proc), MiB."""
    with open("/proc/self/statm", encoding="ascii") as handle:
        pages = int(handle.read().split()[1])
    return pages * resource.getpagesize() / 2**20


def child(method: str, n: int, seed: int) -> dict:
    """Run one method once in this (fresh) process and report time, memory and the tree's total."""
    targets, relays = make_inputs(n, seed)
    baseline = _rss_mib()
    start = time.perf_counter()
    if method == "plugin":
        result = fiber_routes(targets, relays, MAX_LINK_M, DETOUR, per_km_usd=8_900)
        total, reached = result.summary["route_total_m"], result.summary["routed"]
    else:
        total, reached = dense_prim(targets, relays, exact=(method == "dense_geodesic"))
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"method": method, "n": n, "seconds": seconds, "peak_mib": peak, "step_mib": peak - baseline,
            "total_km": total / 1000, "reached": reached}


def _run_child(method: str, n: int, seed: int) -> dict:
    output = subprocess.run([sys.executable, __file__, "--child", method, "--n", str(n), "--seed", str(seed)],
                            check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def _table(results: list[dict]) -> str:
    by = {(r["method"], r["n"]): r for r in results}
    lines = ["| unconnected schools | plugin time (s) | dense Prim time (s) | time ratio | plugin memory (MiB) | "
             "dense Prim memory (MiB) | memory ratio | plugin tree (km) | dense tree (km) | difference |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for n in sorted({r["n"] for r in results}):
        plugin, dense = by[("plugin", n)], by[("dense_haversine", n)]
        lines.append(
            f"| {n:,} | {plugin['seconds']:.2f} | {dense['seconds']:.2f} | {dense['seconds'] / plugin['seconds']:.1f}x"
            f" | {plugin['step_mib']:.0f} | {dense['step_mib']:.0f} | "
            f"{dense['step_mib'] / max(plugin['step_mib'], 1):.1f}x | {plugin['total_km']:,.1f} | "
            f"{dense['total_km']:,.1f} | {100 * (dense['total_km'] / plugin['total_km'] - 1):+.2f} % |")
    return "\n".join(lines)


def _section(results: list[dict], seed: int) -> str:
    exact = [r for r in results if r["method"] == "dense_geodesic"]
    checks = []
    for r in exact:
        plugin = next(p for p in results if p["method"] == "plugin" and p["n"] == r["n"])
        checks.append(f"at {r['n']:,} schools the exact geodesic dense Prim gives {r['total_km']:,.3f} km "
                      f"for {r['reached']:,} schools, the plugin {plugin['total_km']:,.3f} km for "
                      f"{plugin['reached']:,}")
    return "\n".join([
        HEADING, "",
        f"Measured {time.strftime('%Y-%m-%d')} on {platform.machine()}, Python {platform.python_version()}, "
        f"numpy {np.__version__}, pandas {pd.__version__}, {os.cpu_count()} cores; seed {seed}; each run a "
        "fresh process, one after the other, in one invocation (times move with the machine's load; the "
        "ratios are what to read).",
        "",
        "Job: connect every unconnected school to the network (fiber nodes and connected schools, "
        f"{RELAY_SHARE:.0%} as many as unconnected) with shared trenches, links at most "
        f"{MAX_LINK_M / 1000:.0f} km after the {DETOUR} detour factor. Schools cluster around 400 villages "
        "in Kyrgyzstan's extent.",
        "",
        "- **plugin**: `core.routes.fiber_routes`: k-nearest-neighbour + Delaunay candidate links, "
        "scipy `minimum_spanning_tree` on the sparse graph with a super-source, Prim build order; "
        "geodesic (WGS 84) lengths; memory O(N).",
        "- **dense Prim**: what a straightforward script does (and Giga's pairwise distance model): the "
        "full N x N haversine matrix (float64), then Prim with a NumPy row update per school; memory "
        "O(N^2).",
        "- memory = peak RSS of the step above the RSS once its inputs exist.",
        "",
        _table([r for r in results if r["method"] != "dense_geodesic"]),
        "",
        "Check: the trees agree (the difference column is haversine against ellipsoid lengths); "
        + "; ".join(checks) + ".",
        "",
    ])


def write_section(text: str) -> None:
    """Replace this benchmark's section of docs/benchmarks.md (or append it), leaving the others alone."""
    existing = BENCHMARKS_MD.read_text(encoding="utf-8") if BENCHMARKS_MD.exists() else "# Benchmarks\n\n"
    start = existing.find(HEADING)
    if start >= 0:
        end = existing.find("\n## ", start + len(HEADING))
        existing = existing[:start] + (existing[end + 1:] if end >= 0 else "")
    BENCHMARKS_MD.parent.mkdir(parents=True, exist_ok=True)
    tmp = BENCHMARKS_MD.with_suffix(".md.tmp")
    tmp.write_text(existing.rstrip("\n") + "\n\n" + text, encoding="utf-8")
    tmp.replace(BENCHMARKS_MD)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2_000, 5_000, 20_000])
    parser.add_argument("--seed", type=int, default=20240611)
    parser.add_argument("--child")
    parser.add_argument("--n", type=int)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.n, args.seed)))
        return
    results = []
    for n in args.sizes:
        methods = ["plugin", "dense_haversine"] + (["dense_geodesic"] if n <= EXACT_CHECK_MAX else [])
        for method in methods:
            result = _run_child(method, n, args.seed)
            print(json.dumps(result))
            results.append(result)
    write_section(_section(results, args.seed))
    print(f"written to {BENCHMARKS_MD}")


if __name__ == "__main__":
    main()
