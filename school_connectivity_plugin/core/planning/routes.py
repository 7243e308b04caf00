"""Shared fiber routes: a minimum spanning forest grown from the network, so neighbouring schools share trenches.

Connected schools and the fiber network form one super-source; every unconnected school joins it through
the cheapest links (Prim/Kruskal, as Giga's greedy connector and ITU's fiber path do). Candidate links come
from a k-nearest-neighbour graph plus a Delaunay triangulation in a local projection (a Euclidean minimum
spanning tree lies on the Delaunay edges, so no cluster is cut off), so memory grows with N, never N x N.
"""
from __future__ import annotations

import heapq
from dataclasses import dataclass

import numpy as np
import pandas as pd
from pyproj import Transformer
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import minimum_spanning_tree
from scipy.spatial import Delaunay, QhullError, cKDTree

from ..definitions.codes import RouteNote, Upstream
from ..definitions.fields import FIBER_DISTANCE_M
from ..network.geodesy import geodesic_distance, to_ecef

#: Weight given to zero-length links (duplicate points): scipy's sparse graphs treat 0 as "no edge".
_ZERO_LINK_M = 1e-6


@dataclass
class RouteResult:
    """Per school route fields (aligned with the input targets), the segments, their lines and the saving."""

    schools: pd.DataFrame
    segments: pd.DataFrame
    paths: list
    summary: dict


@dataclass
class Candidates:
    """The graph a forest is grown on, for the located targets: school-school links and links to the network.

    `source_m` is the best link to the network within the maximum (inf when none); `alone_m` the same link
    whatever its length (NaN when unknown); `source_*` say where it ends (fiber point or connected school).
    """

    pairs: np.ndarray
    pair_m: np.ndarray
    source_m: np.ndarray
    alone_m: np.ndarray
    source_type: np.ndarray
    source_id: np.ndarray
    source_lon: np.ndarray
    source_lat: np.ndarray
    note: np.ndarray


def candidate_pairs(lon: np.ndarray, lat: np.ndarray, k: int = 12) -> np.ndarray:
    """Unique (i, j), i < j, candidate links: k nearest neighbours plus Delaunay edges in a local projection."""
    n = len(lon)
    if n < 2:
        return np.zeros((0, 2), dtype=np.int64)
    k = min(k, n - 1)
    xyz = to_ecef(lon, lat)
    _, neighbours = cKDTree(xyz).query(xyz, k=k + 1)
    delaunay = _delaunay_pairs(lon, lat)
    first = np.concatenate([np.repeat(np.arange(n, dtype=np.int64), k + 1), delaunay[:, 0]])
    second = np.concatenate([neighbours.ravel().astype(np.int64), delaunay[:, 1]])
    del neighbours, delaunay
    low, high = np.minimum(first, second), np.maximum(first, second)
    del first, second
    keys = np.unique((low * n + high)[low != high])  # one int64 key per pair: half the memory of (i, j) rows
    return np.column_stack([keys // n, keys % n])


#: Pairs measured per call: a national list has tens of millions of candidate links; temporaries stay small.
_PAIRS_PER_CALL = 1_000_000


def pair_distances(lon: np.ndarray, lat: np.ndarray, pairs: np.ndarray) -> np.ndarray:
    """Geodesic length (m) of each (i, j) pair, measured a million pairs at a time."""
    lengths = np.empty(len(pairs))
    for start in range(0, len(pairs), _PAIRS_PER_CALL):
        part = pairs[start:start + _PAIRS_PER_CALL]
        lengths[start:start + len(part)] = geodesic_distance(lon[part[:, 0]], lat[part[:, 0]], lon[part[:, 1]],
                                                             lat[part[:, 1]])
    return lengths


def _delaunay_pairs(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """Delaunay edges in an azimuthal equidistant projection centred on the points (empty if degenerate)."""
    if len(lon) < 3:
        return np.zeros((0, 2), dtype=np.int64)
    centre_lon, centre_lat = float(np.mean(lon)), float(np.mean(lat))
    aeqd = Transformer.from_crs(
        "EPSG:4326", f"+proj=aeqd +lat_0={centre_lat} +lon_0={centre_lon} +datum=WGS84", always_xy=True
    )
    x, y = aeqd.transform(lon, lat)
    try:
        triangles = Delaunay(np.column_stack([x, y]), qhull_options="Qbb Qc QJ").simplices
    except (QhullError, ValueError):
        return np.zeros((0, 2), dtype=np.int64)
    return np.vstack([triangles[:, [0, 1]], triangles[:, [1, 2]], triangles[:, [0, 2]]]).astype(np.int64)


def nearest_point(lon: np.ndarray, lat: np.ndarray, relay_lon: np.ndarray, relay_lat: np.ndarray, k: int = 4):
    """Index and geodesic distance of each point's nearest other point (relay, tower); -1, inf when none."""
    n = len(lon)
    if len(relay_lon) == 0 or n == 0:
        return np.full(n, -1, dtype=np.int64), np.full(n, np.inf)
    k = min(k, len(relay_lon))
    _, index = cKDTree(to_ecef(relay_lon, relay_lat)).query(to_ecef(lon, lat), k=k)
    index = index.reshape(n, k)
    distance = geodesic_distance(
        np.repeat(lon, k), np.repeat(lat, k), relay_lon[index.ravel()], relay_lat[index.ravel()]
    ).reshape(n, k)
    best = np.argmin(distance, axis=1)
    return index[np.arange(n), best], distance[np.arange(n), best]


def spanning_forest(n: int, pairs: np.ndarray, pair_m: np.ndarray, source_m: np.ndarray):
    """Minimum spanning forest over n points plus super-source n, walked in Prim order from the source.

    Returns parent (n = the source, -1 = not reachable), 1-based build order and each point's link length.
    """
    finite = np.isfinite(source_m)
    rows = np.concatenate([pairs[:, 0], np.flatnonzero(finite)])
    cols = np.concatenate([pairs[:, 1], np.full(int(finite.sum()), n)])
    weights = np.maximum(np.concatenate([pair_m, source_m[finite]]), _ZERO_LINK_M)
    graph = coo_matrix((weights, (rows, cols)), shape=(n + 1, n + 1)).tocsr()
    tree = minimum_spanning_tree(graph).tocoo()
    return _prim_order(n, tree.row, tree.col, tree.data)


def _prim_order(n: int, rows: np.ndarray, cols: np.ndarray, weights: np.ndarray):
    """Walk the tree from the source always taking the cheapest frontier link: Prim's build order."""
    ends = (np.concatenate([rows, cols]), np.concatenate([cols, rows]))
    both = coo_matrix((np.concatenate([weights, weights]), ends), shape=(n + 1, n + 1)).tocsr()  # no list per school

    def neighbours(node: int):
        start, end = both.indptr[node], both.indptr[node + 1]
        return zip(both.data[start:end].tolist(), both.indices[start:end].tolist())
    parent = np.full(n, -1, dtype=np.int64)
    order = np.zeros(n, dtype=np.int64)
    link_m = np.full(n, np.nan)
    seen = np.zeros(n + 1, dtype=bool)
    seen[n] = True
    heap = [(w, b, n) for w, b in neighbours(n)]
    heapq.heapify(heap)
    step = 0
    while heap:
        w, node, via = heapq.heappop(heap)
        if seen[node]:
            continue
        seen[node] = True
        step += 1
        parent[node], order[node], link_m[node] = via, step, (w if w > _ZERO_LINK_M else 0.0)
        for w_next, nxt in neighbours(node):
            if not seen[nxt]:
                heapq.heappush(heap, (w_next, nxt, node))
    return parent, order, link_m


def network_links(lon, lat, fiber_m, fiber_lon, fiber_lat, relays: pd.DataFrame | None, scale: float):
    """Each point's direct link to the network: its nearest fiber point or nearest connected school.

    Returns (alone_m, type, id, end lon, end lat); lengths are geodesic x `scale`.
    """
    relays = relays if relays is not None else pd.DataFrame(columns=["school_id", "longitude", "latitude"])
    relay_lon, relay_lat = relays["longitude"].to_numpy(float), relays["latitude"].to_numpy(float)
    usable = np.isfinite(relay_lon) & np.isfinite(relay_lat)
    relay_ids = relays["school_id"].astype(str).to_numpy()[usable]
    relay_lon, relay_lat = relay_lon[usable], relay_lat[usable]
    index, relay_m = nearest_point(lon, lat, relay_lon, relay_lat)
    fiber_m = np.asarray(fiber_m, float) * scale
    relay_m = relay_m * scale
    via_relay = relay_m < np.where(np.isfinite(fiber_m), fiber_m, np.inf)
    alone_m = np.where(via_relay, relay_m, fiber_m)
    kind = np.where(via_relay, Upstream.CONNECTED_SCHOOL.value, Upstream.FIBER.value).astype(object)
    ids = np.where(via_relay, relay_ids[index] if relay_ids.size else "", "").astype(object)
    end_lon = np.where(via_relay, relay_lon[index] if relay_lon.size else np.nan, fiber_lon)
    end_lat = np.where(via_relay, relay_lat[index] if relay_lat.size else np.nan, fiber_lat)
    return alone_m, kind, ids, end_lon, end_lat


def straight_candidates(targets: pd.DataFrame, located: np.ndarray, relays, max_link_m: float,
                        detour_factor: float, k: int) -> Candidates:
    """Geodesic links x detour factor: k nearest neighbours + Delaunay between schools, nearest network link."""
    lon = targets["longitude"].to_numpy(float)[located]
    lat = targets["latitude"].to_numpy(float)[located]
    alone_m, kind, ids, end_lon, end_lat = network_links(
        lon, lat, targets[FIBER_DISTANCE_M].to_numpy(float)[located],
        optional_column(targets, "fiber_lon")[located], optional_column(targets, "fiber_lat")[located],
        relays, detour_factor)
    pairs = candidate_pairs(lon, lat, k)
    pair_m = pair_distances(lon, lat, pairs) * detour_factor
    keep = pair_m <= max_link_m
    source_m = np.where(alone_m <= max_link_m, alone_m, np.inf)
    return Candidates(pairs[keep], pair_m[keep], source_m, alone_m, kind, ids, end_lon, end_lat,
                      np.full(len(located), RouteNote.NONE.value, dtype=object))


def optional_column(frame: pd.DataFrame, name: str) -> np.ndarray:
    """A float column, or NaN everywhere when the frame lacks it."""
    return frame[name].to_numpy(float) if name in frame else np.full(len(frame), np.nan)


def straight_paths(lon, lat, parent, candidates: Candidates, rows: np.ndarray) -> list:
    """Two-vertex lines from each school's upstream (school, fiber point or relay) to the school."""
    n = len(lon)
    paths = []
    for row in rows.tolist():
        up = parent[row]
        start = (lon[up], lat[up]) if up < n else (candidates.source_lon[row], candidates.source_lat[row])
        line = np.array([start, (lon[row], lat[row])], dtype=float)
        paths.append(line if np.isfinite(line).all() else None)
    return paths


def fiber_routes(
    targets: pd.DataFrame,
    relays: pd.DataFrame | None,
    max_link_m: float,
    detour_factor: float,
    per_km_usd: float,
    k: int = 12,
) -> RouteResult:
    """Route every target school (school_id, longitude, latitude, fiber_distance_m[, fiber_lon, fiber_lat]).

    Relays are connected schools (school_id, longitude, latitude). Link lengths are geodesic x detour factor
    and no link is longer than `max_link_m`.
    """
    located = located_rows(targets)
    candidates = straight_candidates(targets, located, relays, max_link_m, detour_factor, k)
    return assemble(targets, located, candidates, per_km_usd, straight_paths)


def located_rows(targets: pd.DataFrame) -> np.ndarray:
    """Positions of the rows that have coordinates (the others are reported, not routed)."""
    return np.flatnonzero(np.isfinite(targets["longitude"].to_numpy(float))
                          & np.isfinite(targets["latitude"].to_numpy(float)))


def assemble(targets: pd.DataFrame, located: np.ndarray, candidates: Candidates, per_km_usd: float,
             path_builder) -> RouteResult:
    """Grow the forest on the candidates and lay out the per-school fields, segments, lines and summary."""
    lon = targets["longitude"].to_numpy(float)[located]
    lat = targets["latitude"].to_numpy(float)[located]
    ids = targets["school_id"].astype(str).to_numpy()[located]
    n = len(located)
    parent, order, link_m = spanning_forest(n, candidates.pairs, candidates.pair_m, candidates.source_m)
    reached = parent >= 0
    from_school = reached & (parent < n)
    from_source = reached & (parent == n)
    kind = np.full(n, Upstream.UNREACHABLE.value, dtype=object)
    kind[from_school] = Upstream.SCHOOL.value
    kind[from_source] = candidates.source_type[from_source]
    up_id = np.full(n, "", dtype=object)
    up_id[from_school] = ids[parent[from_school]]
    up_id[from_source] = candidates.source_id[from_source]
    note = candidates.note.copy()
    note[~reached & (note == RouteNote.NONE.value)] = RouteNote.BEYOND_MAX_LINK.value

    size = len(targets)
    schools = pd.DataFrame(index=targets.index)
    schools["route_length_m"] = _spread(size, located, link_m, np.nan)
    schools["route_cost_usd"] = schools["route_length_m"] * per_km_usd / 1000.0
    schools["upstream_type"] = _spread(size, located, kind, Upstream.UNREACHABLE.value)
    schools["upstream_id"] = _spread(size, located, up_id, "")
    schools["route_order"] = _spread(size, located, order, 0).astype(np.int64)
    schools["alone_length_m"] = _spread(size, located, candidates.alone_m, np.nan)
    schools["route_note"] = _spread(size, located, note, RouteNote.NO_LOCATION.value)

    built = np.flatnonzero(reached)
    built = built[np.argsort(order[built])]
    segments = pd.DataFrame({
        "from_id": up_id[built],
        "to_id": ids[built],
        "upstream_type": kind[built],
        "length_m": link_m[built],
        "cost_usd": link_m[built] * per_km_usd / 1000.0,
        "order": order[built],
    })
    paths = path_builder(lon, lat, parent, candidates, built)
    summary = _summary(size, link_m[reached], candidates.alone_m[reached], per_km_usd)
    summary["unreachable_by_reason"] = {
        reason: int(count) for reason, count in schools["route_note"].value_counts().items() if reason}
    return RouteResult(schools, segments, paths, summary)


def _spread(size: int, located: np.ndarray, values: np.ndarray, fill) -> np.ndarray:
    """Values computed for the located rows, placed back among all rows."""
    out = np.full(size, fill, dtype=values.dtype if values.dtype != object else object)
    out[located] = values
    return out


def _summary(targets: int, mst_m: np.ndarray, alone_m: np.ndarray, per_km_usd: float) -> dict:
    """The shared-trench saving: routed schools each linked alone to their nearest network point vs the tree.

    Only routed schools with a known direct link are compared, so both totals cover the same schools.
    """
    comparable = np.isfinite(alone_m)
    mst_total, alone_total = float(np.sum(mst_m[comparable])), float(np.sum(alone_m[comparable]))
    return {
        "schools": targets,
        "routed": len(mst_m),
        "unreachable": int(targets - len(mst_m)),
        "route_total_m": float(np.sum(mst_m)),
        "compared": int(comparable.sum()),
        "compared_route_m": mst_total,
        "alone_total_m": alone_total,
        "saving_m": alone_total - mst_total,
        "saving_usd": (alone_total - mst_total) * per_km_usd / 1000.0,
    }
