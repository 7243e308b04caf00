"""A school's way to fiber through the route tree: hand-made trees, and every school of a routed network."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from school_connectivity_plugin.core.definitions.codes import Upstream
from school_connectivity_plugin.core.planning.route_path import path_to_fiber
from school_connectivity_plugin.core.planning.routes import fiber_routes

FIBER, FIBER_SCHOOL, SCHOOL = Upstream.FIBER.value, Upstream.FIBER_SCHOOL.value, Upstream.SCHOOL.value


def test_a_chain_is_walked_from_the_school_to_its_fiber_point():
    # links (to <- from): a <- fiber:1, b <- a, c <- b, d <- on-fiber school z
    to_ids, from_ids = ["a", "b", "c", "d"], ["fiber:1", "a", "b", "z"]
    kinds = [FIBER, SCHOOL, SCHOOL, FIBER_SCHOOL]
    result = path_to_fiber("c", to_ids, from_ids, kinds)
    assert result.links == (2, 1, 0) and result.reaches_fiber
    assert path_to_fiber("a", to_ids, from_ids, kinds).links == (0,)
    single = path_to_fiber("d", to_ids, from_ids, kinds)
    assert single.links == (3,) and single.reaches_fiber


@pytest.mark.parametrize("to_ids, from_ids, kinds, key, links", [
    (["a", "b"], ["x", "a"], [SCHOOL, SCHOOL], "b", (1, 0)),  # a's upstream link is missing
    (["a", "b"], ["b", "a"], [SCHOOL, SCHOOL], "a", (0, 1)),  # a loop
    (["a"], ["", ""], [Upstream.NONE.value], "a", (0,)),  # no upstream
    (["a"], ["fiber:1"], [FIBER], "q", ()),  # a school with no link
])
def test_a_broken_chain_stops_without_reaching_fiber(to_ids, from_ids, kinds, key, links):
    result = path_to_fiber(key, to_ids, from_ids, kinds)
    assert result.links == links and not result.reaches_fiber


def test_every_routed_school_reaches_fiber_along_links_that_add_up_to_its_path_length():
    rng = np.random.default_rng(7)
    n = 60
    targets = pd.DataFrame({"route_key": [f"s{i}" for i in range(n)], "longitude": rng.uniform(74, 74.5, n),
                            "latitude": rng.uniform(41, 41.5, n), "fiber_distance_m": rng.uniform(200, 40_000, n)})
    result = fiber_routes(targets, None, max_link_m=15_000, detour_factor=1.2)
    segments, schools = result.segments, result.schools.set_index("route_key")
    routed = segments["to_id"].tolist()
    assert len(routed) > n // 2
    for key in routed:
        path = path_to_fiber(key, segments["to_id"].tolist(), segments["from_id"].tolist(),
                             segments["upstream_type"].tolist())
        assert path.reaches_fiber, key
        chain = segments.iloc[list(path.links)]
        assert chain["to_id"].iloc[0] == key
        assert list(chain["to_id"].iloc[1:]) == list(chain["from_id"].iloc[:-1])  # each link leads into the next
        assert chain["length_m"].sum() == pytest.approx(schools.loc[key, "path_length_m"], rel=1e-6)
