"""Shared fiber routes along roads: links are shortest road paths, as ITU's planning platform lays fiber.

Schools, fiber points and connected schools are snapped to the nearest road vertex within a limit (a straight
leg, counted in the length); schools farther from any road are reported. Distances on the road graph come
from Dijkstra (scipy.sparse.csgraph), run in chunks so memory stays bounded; each school keeps its
`k` nearest schools by road as candidate links, then the same minimum spanning forest as straight routes.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy.sparse import coo_matrix, csr_matrix
from scipy.sparse.csgraph import dijkstra
from scipy.spatial import cKDTree

from ..definitions.codes import RouteNote, Upstream
from ..definitions.defaults import DEFAULT_SNAP_M
from ..network.geodesy import geodesic_distance, to_ecef
from .routes import Candidates, RouteResult, assemble, located_rows, optional_column

#: Candidate links per school: its nearest schools by road.
DEFAULT_ROAD_NEIGHBOURS = 16
#: Distance-matrix cells (rows x road vertices) computed at once.
_CHUNK_CELLS = 8_000_000
#: Coordinates are merged into one road vertex when equal at this many decimals (~1 cm).
_VERTEX_DECIMALS = 7
_ZERO_EDGE_M = 1e-6


@dataclass
class RoadGraph:
    """Road vertices (lon/lat) and the symmetric sparse matrix of geodesic edge lengths between them."""

    lon: np.ndarray
    lat: np.ndarray
    graph: csr_matrix

    @classmethod
    def from_lines(cls, parts: list[np.ndarray]) -> RoadGraph:
        """A graph from line parts ((n, 2) lon/lat arrays); shared vertices join the lines."""
        parts = [part for part in parts if len(part) >= 2]
        if not parts:
            return cls(np.zeros(0), np.zeros(0), csr_matrix((0, 0)))
        coords = np.vstack(parts)
        vertices, node = np.unique(np.round(coords, _VERTEX_DECIMALS), axis=0, return_inverse=True)
        node = node.ravel()
        ends = np.cumsum([len(part) for part in parts])
        a, b = node[:-1], node[1:]
        keep = np.ones(a.size, dtype=bool)
        keep[ends[:-1] - 1] = False  # no edge between the last vertex of a part and the first of the next
        a, b = a[keep], b[keep]
        length = geodesic_distance(vertices[a, 0], vertices[a, 1], vertices[b, 0], vertices[b, 1])
        pairs = np.sort(np.column_stack([a, b]), axis=1)
        order = np.lexsort((length, pairs[:, 1], pairs[:, 0]))
        pairs, length = pairs[order], length[order]
        first = np.ones(len(pairs), dtype=bool)
        first[1:] = (np.diff(pairs, axis=0) != 0).any(axis=1)
        pairs, length = pairs[first], np.maximum(length[first], _ZERO_EDGE_M)
        size = len(vertices)
        rows = np.concatenate([pairs[:, 0], pairs[:, 1]])
        cols = np.concatenate([pairs[:, 1], pairs[:, 0]])
        graph = coo_matrix((np.concatenate([length, length]), (rows, cols)), shape=(size, size)).tocsr()
        return cls(vertices[:, 0], vertices[:, 1], graph)

    def snap(self, lon: np.ndarray, lat: np.ndarray, limit_m: float) -> tuple[np.ndarray, np.ndarray]:
        """Nearest road vertex of each point within the limit (-1 beyond it) and the geodesic leg length."""
        node = np.full(len(lon), -1, dtype=np.int64)
        leg = np.full(len(lon), np.nan)
        usable = np.flatnonzero(np.isfinite(lon) & np.isfinite(lat))
        if self.lon.size == 0 or usable.size == 0:
            return node, leg
        _, index = cKDTree(to_ecef(self.lon, self.lat)).query(to_ecef(lon[usable], lat[usable]))
        metres = geodesic_distance(lon[usable], lat[usable], self.lon[index], self.lat[index])
        near = metres <= limit_m
        node[usable[near]], leg[usable[near]] = index[near], metres[near]
        return node, leg


@dataclass
class _Sources:
    """Network points (fiber points and connected schools) snapped to the road graph."""

    lon: np.ndarray
    lat: np.ndarray
    kind: np.ndarray
    ident: np.ndarray
    node: np.ndarray
    leg: np.ndarray


def _sources(targets: pd.DataFrame, located: np.ndarray, fiber_schools, roads: RoadGraph,
             snap_m: float) -> _Sources:
    """The targets' nearest fiber points and the schools on fiber, snapped to the roads."""
    points = pd.DataFrame({"lon": optional_column(targets, "fiber_lon")[located],
                           "lat": optional_column(targets, "fiber_lat")[located],
                           "id": (targets["fiber_point"].fillna("").astype(str).to_numpy() if "fiber_point" in targets
                                  else np.full(len(targets), ""))[located]}).dropna(subset=["lon", "lat"])
    fiber = points.drop_duplicates(subset=["lon", "lat"]).sort_values(["lon", "lat"], kind="stable")
    fiber_schools = fiber_schools if fiber_schools is not None else pd.DataFrame(
        columns=["route_key", "longitude", "latitude"])
    lon = np.concatenate([fiber["lon"].to_numpy(float), fiber_schools["longitude"].to_numpy(float)])
    lat = np.concatenate([fiber["lat"].to_numpy(float), fiber_schools["latitude"].to_numpy(float)])
    kind = np.array([Upstream.FIBER.value] * len(fiber) + [Upstream.FIBER_SCHOOL.value] * len(fiber_schools), object)
    ident = np.array(fiber["id"].tolist() + fiber_schools["route_key"].astype(str).tolist(), dtype=object)
    node, leg = roads.snap(lon, lat, snap_m)
    keep = node >= 0
    return _Sources(lon[keep], lat[keep], kind[keep], ident[keep], node[keep], leg[keep])


def _with_super_source(roads: RoadGraph, sources: _Sources) -> csr_matrix:
    """The road graph plus node V joined to every snapped source's vertex by its snap leg."""
    size = roads.lon.size
    graph = roads.graph.tocoo()
    legs = np.maximum(sources.leg, _ZERO_EDGE_M)
    order = np.lexsort((legs, sources.node))
    first = np.unique(sources.node[order], return_index=True)[1]
    nodes, legs = sources.node[order][first], legs[order][first]
    rows = np.concatenate([graph.row, nodes, np.full(nodes.size, size)])
    cols = np.concatenate([graph.col, np.full(nodes.size, size), nodes])
    data = np.concatenate([graph.data, legs, legs])
    return coo_matrix((data, (rows, cols)), shape=(size + 1, size + 1)).tocsr()


def road_routes(targets: pd.DataFrame, fiber_schools: pd.DataFrame | None, roads: RoadGraph, max_link_m: float,
                snap_m: float = DEFAULT_SNAP_M, k: int = DEFAULT_ROAD_NEIGHBOURS) -> RouteResult:
    """Route every target school along roads (same inputs and outputs as `routes.fiber_routes`; road paths are
    searched within the maximum link only, so a school beyond it has no route: its longest link is taken as its
    direct road link to the network)."""
    located = located_rows(targets)
    lon = targets["longitude"].to_numpy(float)[located]
    lat = targets["latitude"].to_numpy(float)[located]
    node, leg = roads.snap(lon, lat, snap_m)
    sources = _sources(targets, located, fiber_schools, roads, snap_m)
    graph = _with_super_source(roads, sources)
    super_node = roads.lon.size
    from_network, towards = dijkstra(graph, directed=False, indices=super_node, return_predecessors=True)
    on_road = node >= 0
    alone_m = np.where(on_road, from_network[np.maximum(node, 0)] + np.nan_to_num(leg), np.nan)
    alone_m[~np.isfinite(alone_m)] = np.nan
    reached_source = _source_of(towards, node, super_node, sources)
    pairs, pair_m = _road_pairs(roads.graph, node, leg, max_link_m, k)
    note = np.where(on_road, RouteNote.NONE.value, RouteNote.FAR_FROM_ROAD.value).astype(object)
    source_ok = on_road & (alone_m <= max_link_m)
    candidates = Candidates(
        pairs, pair_m, np.where(source_ok, alone_m, np.inf), alone_m,
        _pick(sources.kind, reached_source, Upstream.NONE.value), _pick(sources.ident, reached_source, ""),
        _pick(sources.lon, reached_source, np.nan), _pick(sources.lat, reached_source, np.nan), note)

    def road_paths(plon, plat, parent, cands, rows):
        return _paths(roads, towards, super_node, node, max_link_m, (plon, plat), parent, cands, rows)

    unreached = RouteNote.BEYOND_MAX_LINK if sources.node.size else RouteNote.NO_FIBER
    result = assemble(targets, located, candidates, max_link_m, road_paths, unreached)
    beyond = (result.schools["route_note"] == RouteNote.BEYOND_MAX_LINK.value) & result.schools[
        "path_max_link_m"].isna()
    # no road route within the maximum: any route has a longer link, the direct one (when the roads lead to fiber
    # at all) is one, so its length stands for the longest link
    result.schools.loc[beyond, "path_max_link_m"] = result.schools.loc[beyond, "alone_length_m"]
    return result


def _pick(values: np.ndarray, index: np.ndarray, fill) -> np.ndarray:
    """values[index] where index >= 0, `fill` elsewhere (also when there are no values at all)."""
    out = np.full(index.size, fill, dtype=values.dtype if values.dtype == object else float)
    found = index >= 0
    out[found] = values[index[found]]
    return out


def _source_of(towards: np.ndarray, node: np.ndarray, super_node: int, sources: _Sources) -> np.ndarray:
    """Index of the network point each school's road path to the network ends at (-1 if none)."""
    size = super_node
    predecessor = towards[:size]
    entry = np.where(predecessor == super_node, np.arange(size), np.where(predecessor >= 0, predecessor, -1))
    while True:  # pointer jumping: every vertex learns the vertex where its path leaves the network
        jumped = np.where(entry >= 0, entry[np.maximum(entry, 0)], -1)
        if np.array_equal(jumped, entry):
            break
        entry = jumped
    order = np.lexsort((sources.leg, sources.node))
    vertices, first = np.unique(sources.node[order], return_index=True)
    source_at = np.full(size, -1, dtype=np.int64)
    source_at[vertices] = order[first]  # the nearest source snapped to each vertex
    found = np.full(node.size, -1, dtype=np.int64)
    on_road = np.flatnonzero(node >= 0)
    exits = entry[node[on_road]]
    found[on_road] = np.where(exits >= 0, source_at[np.maximum(exits, 0)], -1)
    return found


def _chunks(count: int, width: int):
    step = max(1, _CHUNK_CELLS // max(width, 1))
    for start in range(0, count, step):
        yield slice(start, min(count, start + step))


def _road_pairs(graph: csr_matrix, node: np.ndarray, leg: np.ndarray, max_link_m: float, k: int):
    """Each snapped school's k nearest snapped schools by road (legs included) within the maximum link."""
    schools = np.flatnonzero(node >= 0)
    if schools.size < 2:
        return np.zeros((0, 2), dtype=np.int64), np.zeros(0)
    unique_nodes, inverse = np.unique(node[schools], return_inverse=True)
    found_pairs, found_m = [], []
    for part in _chunks(unique_nodes.size, graph.shape[0]):
        distance = dijkstra(graph, directed=False, indices=unique_nodes[part], limit=max_link_m)
        rows_here = np.flatnonzero((inverse >= part.start) & (inverse < part.stop))
        block = distance[inverse[rows_here] - part.start][:, node[schools]]
        block = block + leg[schools][rows_here][:, None] + leg[schools][None, :]
        block[np.arange(rows_here.size), rows_here] = np.inf
        take = min(k, schools.size - 1)
        nearest = np.argpartition(block, take - 1, axis=1)[:, :take]
        metres = np.take_along_axis(block, nearest, axis=1)
        ok = metres <= max_link_m
        found_pairs.append(np.column_stack([np.repeat(schools[rows_here], take)[ok.ravel()],
                                            schools[nearest[ok]]]))
        found_m.append(metres[ok])
    pairs = np.sort(np.vstack(found_pairs), axis=1)
    keys, first = np.unique(pairs @ np.array([node.size, 1], dtype=np.int64), return_index=True)
    return np.column_stack([keys // node.size, keys % node.size]), np.concatenate(found_m)[first]


def _walk(predecessors: np.ndarray, start: int, stop: int) -> list[int]:
    """Vertices from `start` back along the predecessors until `stop` (inclusive) or the tree's root."""
    path = [start]
    while path[-1] != stop and predecessors[path[-1]] >= 0:
        path.append(int(predecessors[path[-1]]))
    return path


def _paths(roads, towards, super_node, node, max_link_m, coords, parent, candidates, rows) -> list:
    """Road polylines from each school's upstream to the school (legs to the road included)."""
    lon, lat = coords
    n = len(lon)
    paths: dict[int, np.ndarray] = {}
    to_network = [row for row in rows.tolist() if parent[row] == n]
    for row in to_network:
        chain = [v for v in _walk(towards, int(node[row]), super_node) if v != super_node]
        points = [(candidates.source_lon[row], candidates.source_lat[row])]
        points += [(roads.lon[v], roads.lat[v]) for v in reversed(chain)] + [(lon[row], lat[row])]
        paths[row] = np.array(points, dtype=float)
    between = np.array([row for row in rows.tolist() if parent[row] < n], dtype=np.int64)
    for part in _chunks(between.size, roads.lon.size):
        children = between[part]
        _, predecessors = dijkstra(roads.graph, directed=False, indices=node[children], return_predecessors=True,
                                   limit=max_link_m)
        for position, row in enumerate(children.tolist()):
            up = int(parent[row])
            chain = _walk(predecessors[position], int(node[up]), int(node[row]))
            points = [(lon[up], lat[up])] + [(roads.lon[v], roads.lat[v]) for v in chain] + [(lon[row], lat[row])]
            paths[row] = np.array(points, dtype=float)
    return [paths[row] if np.isfinite(paths[row]).all() else None for row in rows.tolist()]
