"""Shared fiber routes: one spanning tree grown from the fiber network and the schools already on fiber, so
neighbouring schools share trenches. Only fiber carries fiber: a school on 3G, copper, microwave or satellite is
not a place a route can start from.

Every school to connect joins the tree through the cheapest links (Prim/Kruskal, as Giga's greedy connector and
ITU's fiber path do), whatever their length. A minimum spanning tree holds, between any school and the network,
the path whose longest link is the shortest possible (its minimax property): so a school is reachable through
links no longer than the maximum exactly when its path's longest link (`path_max_link_m`) is within it, and the
routes within the maximum are the tree's links within it. Candidate links come from a k-nearest-neighbour graph
plus a Delaunay triangulation in a local projection (a Euclidean minimum spanning tree lies on the Delaunay
edges), so memory grows with N, never N x N.
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
from .route_path import ON_FIBER

#: Weight given to zero-length links (duplicate points): scipy's sparse graphs treat 0 as "no edge".
_ZERO_LINK_M = 1e-6
#: The columns a target school needs (plus `fiber_lon`, `fiber_lat`, `fiber_point`, `committed` when known).
TARGET_COLUMNS = ("route_key", "longitude", "latitude", FIBER_DISTANCE_M)


@dataclass
class RouteResult:
    """Per school route fields (aligned with the input targets), the segments within reach, their lines and a
    summary (lengths, saving of shared trenches, clusters)."""

    schools: pd.DataFrame
    segments: pd.DataFrame
    paths: list
    summary: dict


@dataclass
class Candidates:
    """The graph a tree is grown on, for the located targets: school-school links and links to the network.

    `source_m` is the link to the network the tree may use (inf when none); `alone_m` the direct link whatever its
    length (NaN when unknown); `source_*` say where it ends (a fiber point or a school on fiber).
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


def network_links(lon, lat, fiber_m, fiber_lon, fiber_lat, fiber_point, fiber_schools: pd.DataFrame | None,
                  scale: float):
    """Each point's direct link to the network: its nearest fiber point, or the nearest school on fiber.

    Returns (alone_m, type, id, end lon, end lat); lengths are geodesic x `scale`.
    """
    fiber_schools = fiber_schools if fiber_schools is not None else pd.DataFrame(
        columns=["route_key", "longitude", "latitude"])
    school_lon, school_lat = fiber_schools["longitude"].to_numpy(float), fiber_schools["latitude"].to_numpy(float)
    usable = np.isfinite(school_lon) & np.isfinite(school_lat)
    school_ids = fiber_schools["route_key"].astype(str).to_numpy()[usable]
    school_lon, school_lat = school_lon[usable], school_lat[usable]
    index, school_m = nearest_point(lon, lat, school_lon, school_lat)
    fiber_m = np.asarray(fiber_m, float) * scale
    school_m = school_m * scale
    via_school = school_m < np.where(np.isfinite(fiber_m), fiber_m, np.inf)
    alone_m = np.where(via_school, school_m, fiber_m)
    kind = np.where(via_school, Upstream.FIBER_SCHOOL.value, Upstream.FIBER.value).astype(object)
    kind[~np.isfinite(alone_m)] = Upstream.NONE.value
    ids = np.where(via_school, school_ids[index] if school_ids.size else "", fiber_point).astype(object)
    end_lon = np.where(via_school, school_lon[index] if school_lon.size else np.nan, fiber_lon)
    end_lat = np.where(via_school, school_lat[index] if school_lat.size else np.nan, fiber_lat)
    return alone_m, kind, ids, end_lon, end_lat


def straight_candidates(targets: pd.DataFrame, located: np.ndarray, fiber_schools, detour_factor: float,
                        k: int) -> Candidates:
    """Geodesic links x detour factor, of any length: k nearest neighbours + Delaunay between schools, and each
    school's link to the nearest fiber point or school on fiber."""
    lon = targets["longitude"].to_numpy(float)[located]
    lat = targets["latitude"].to_numpy(float)[located]
    fiber_point = (targets["fiber_point"].fillna("").astype(str).to_numpy() if "fiber_point" in targets
                   else np.full(len(targets), "", dtype=object))[located]
    alone_m, kind, ids, end_lon, end_lat = network_links(
        lon, lat, targets[FIBER_DISTANCE_M].to_numpy(float)[located],
        optional_column(targets, "fiber_lon")[located], optional_column(targets, "fiber_lat")[located],
        fiber_point, fiber_schools, detour_factor)
    pairs = candidate_pairs(lon, lat, k)
    pair_m = pair_distances(lon, lat, pairs) * detour_factor
    source_m = np.where(np.isfinite(alone_m), alone_m, np.inf)
    return Candidates(pairs, pair_m, source_m, alone_m, kind, ids, end_lon, end_lat,
                      np.full(len(located), RouteNote.NONE.value, dtype=object))


def optional_column(frame: pd.DataFrame, name: str) -> np.ndarray:
    """A float column, or NaN everywhere when the frame lacks it."""
    return frame[name].to_numpy(float) if name in frame else np.full(len(frame), np.nan)


def straight_paths(lon, lat, parent, candidates: Candidates, rows: np.ndarray) -> list:
    """Two-vertex lines from each school's upstream (a school or a point of the network) to the school."""
    n = len(lon)
    paths = []
    for row in rows.tolist():
        up = parent[row]
        start = (lon[up], lat[up]) if up < n else (candidates.source_lon[row], candidates.source_lat[row])
        line = np.array([start, (lon[row], lat[row])], dtype=float)
        paths.append(line if np.isfinite(line).all() else None)
    return paths


def fiber_routes(targets: pd.DataFrame, fiber_schools: pd.DataFrame | None, max_link_m: float,
                 detour_factor: float, k: int = 12) -> RouteResult:
    """Route every target school (TARGET_COLUMNS) from fiber: fiber points and `fiber_schools` (route_key,
    longitude, latitude). Links are geodesic x detour factor; a link longer than `max_link_m` is not built unless
    a school below it is `committed` (in the operator's plan)."""
    located = located_rows(targets)
    candidates = straight_candidates(targets, located, fiber_schools, detour_factor, k)
    return assemble(targets, located, candidates, max_link_m, straight_paths)


def located_rows(targets: pd.DataFrame) -> np.ndarray:
    """Positions of the rows that have coordinates (the others are reported, not routed)."""
    return np.flatnonzero(np.isfinite(targets["longitude"].to_numpy(float))
                          & np.isfinite(targets["latitude"].to_numpy(float)))


@dataclass
class _Tree:
    """The spanning tree over the located targets, walked from the network: parent n is the network."""

    parent: np.ndarray
    order: np.ndarray
    link_m: np.ndarray
    path_max_m: np.ndarray
    path_m: np.ndarray
    reachable: np.ndarray
    cluster: np.ndarray


def _walk(n: int, parent: np.ndarray, order: np.ndarray, link_m: np.ndarray, committed: np.ndarray,
          max_link_m: float) -> _Tree:
    """Path lengths, longest links, reach and clusters, parents before children (Prim order)."""
    grown = np.flatnonzero(parent >= 0)
    grown = grown[np.argsort(order[grown], kind="stable")]
    below = committed.copy()
    for node in grown[::-1]:  # does the subtree hold a committed school (then its links are built whatever long)
        if below[node] and parent[node] < n:
            below[parent[node]] = True
    buildable = (link_m <= max_link_m) | below
    path_max, path_m = np.full(n, np.nan), np.full(n, np.nan)
    reachable = np.zeros(n, dtype=bool)
    cluster = np.full(n, -1, dtype=np.int64)
    for node in grown:
        up = parent[node]
        from_network = up == n
        path_max[node] = link_m[node] if from_network else max(link_m[node], path_max[up])
        path_m[node] = link_m[node] if from_network else link_m[node] + path_m[up]
        reachable[node] = buildable[node] and (from_network or reachable[up])
        if reachable[node]:
            cluster[node] = node if from_network else cluster[up]
    return _Tree(parent, order, link_m, path_max, path_m, reachable, cluster)


def assemble(targets: pd.DataFrame, located: np.ndarray, candidates: Candidates, max_link_m: float,
             path_builder, unreached: RouteNote = RouteNote.NO_FIBER) -> RouteResult:
    """Grow the tree on the candidates and lay out the per-school fields, the segments within reach, their lines
    and the summary; a school the tree does not reach at all gets the note `unreached`."""
    lon = targets["longitude"].to_numpy(float)[located]
    lat = targets["latitude"].to_numpy(float)[located]
    keys = targets["route_key"].astype(str).to_numpy()[located]
    committed = (targets["committed"].fillna(False).astype(bool).to_numpy() if "committed" in targets
                 else np.zeros(len(targets), dtype=bool))[located]
    n = len(located)
    parent, order, link_m = spanning_forest(n, candidates.pairs, candidates.pair_m, candidates.source_m)
    tree = _walk(n, parent, order, link_m, committed, max_link_m)
    from_school, from_source = (parent >= 0) & (parent < n), parent == n
    kind = np.full(n, Upstream.NONE.value, dtype=object)
    kind[from_school] = Upstream.SCHOOL.value
    kind[from_source] = candidates.source_type[from_source]
    up_id, up_lon, up_lat = np.full(n, "", dtype=object), np.full(n, np.nan), np.full(n, np.nan)
    up_id[from_school] = keys[parent[from_school]]
    up_lon[from_school], up_lat[from_school] = lon[parent[from_school]], lat[parent[from_school]]
    up_id[from_source] = candidates.source_id[from_source]
    up_lon[from_source], up_lat[from_source] = candidates.source_lon[from_source], candidates.source_lat[from_source]
    note = candidates.note.copy()
    open_note = note == RouteNote.NONE.value
    note[open_note & (parent < 0)] = unreached.value
    note[open_note & (parent >= 0) & ~tree.reachable] = RouteNote.BEYOND_MAX_LINK.value
    cluster_id = _cluster_ids(tree, n)

    size = len(targets)
    schools = pd.DataFrame(index=targets.index)
    schools["route_key"] = targets["route_key"].astype(str).to_numpy()
    for name, values, fill in (
            ("route_length_m", link_m, np.nan), ("upstream_type", kind, Upstream.NONE.value),
            ("upstream_id", up_id, ""), ("upstream_lon", up_lon, np.nan), ("upstream_lat", up_lat, np.nan),
            ("route_order", order, 0), ("path_length_m", tree.path_m, np.nan),
            ("path_max_link_m", tree.path_max_m, np.nan), ("cluster_id", cluster_id, ""),
            ("alone_length_m", candidates.alone_m, np.nan), ("route_note", note, RouteNote.NO_LOCATION.value)):
        schools[name] = _spread(size, located, values, fill)
    schools["route_order"] = schools["route_order"].astype(np.int64)

    built = np.flatnonzero(tree.reachable)
    built = built[np.argsort(order[built], kind="stable")]
    segments = pd.DataFrame({"from_id": up_id[built], "to_id": keys[built], "upstream_type": kind[built],
                             "length_m": link_m[built], "order": order[built], "cluster_id": cluster_id[built]})
    paths = path_builder(lon, lat, parent, candidates, built)
    summary = _summary(size, link_m[tree.reachable], candidates.alone_m[tree.reachable])
    summary["clusters"] = int(np.unique(tree.cluster[tree.reachable]).size)
    summary["unreachable_by_reason"] = {
        reason: int(count) for reason, count in schools["route_note"].value_counts().items() if reason}
    return RouteResult(schools, segments, paths, summary)


def _cluster_ids(tree: _Tree, n: int) -> np.ndarray:
    """'C0001'... for each cluster (a link from the network and the schools reached through it), numbered in build
    order; '' for schools no route reaches."""
    roots = np.unique(tree.cluster[tree.reachable])
    roots = roots[np.argsort(tree.order[roots], kind="stable")]
    number = np.full(n, -1, dtype=np.int64)
    number[roots] = np.arange(1, roots.size + 1)
    ids = np.full(n, "", dtype=object)
    reached = np.flatnonzero(tree.reachable)
    ids[reached] = [f"C{value:04d}" for value in number[tree.cluster[reached]].tolist()]
    return ids


def _spread(size: int, located: np.ndarray, values: np.ndarray, fill) -> np.ndarray:
    """Values computed for the located rows, placed back among all rows."""
    out = np.full(size, fill, dtype=values.dtype if values.dtype != object else object)
    out[located] = values
    return out


def _summary(targets: int, tree_m: np.ndarray, alone_m: np.ndarray) -> dict:
    """The shared-trench saving: reachable schools each linked alone to their nearest network point vs the tree.

    Only schools with a known direct link are compared, so both totals cover the same schools.
    """
    comparable = np.isfinite(alone_m)
    tree_total, alone_total = float(np.sum(tree_m[comparable])), float(np.sum(alone_m[comparable]))
    return {
        "schools": targets,
        "routed": len(tree_m),
        "unreachable": int(targets - len(tree_m)),
        "route_total_m": float(np.sum(tree_m)),
        "compared": int(comparable.sum()),
        "compared_route_m": tree_total,
        "alone_total_m": alone_total,
        "saving_m": alone_total - tree_total,
    }


def parents_from_fields(keys: np.ndarray, kind: np.ndarray, upstream_id: np.ndarray) -> np.ndarray:
    """Each school's upstream school as an index into the same rows, from the route fields: -1 when its link
    leads to the network (a fiber point or a school on fiber), -2 when it has no route."""
    position = {key: row for row, key in enumerate(keys.tolist())}
    parent = np.where(np.isin(kind, list(ON_FIBER)), -1, -2).astype(np.int64)
    from_school = np.flatnonzero(kind == Upstream.SCHOOL.value)
    parent[from_school] = [position.get(key, -2) for key in upstream_id[from_school].tolist()]
    return parent
