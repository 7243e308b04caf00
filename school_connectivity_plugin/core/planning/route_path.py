"""A school's way to fiber through the route tree: its own link, then its upstream school's link, and so on, until a
link that starts on fiber (a fiber point or a school already on fiber)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..definitions.codes import Upstream

#: Upstream types whose link starts on fiber: the walk ends there.
ON_FIBER = frozenset({Upstream.FIBER.value, Upstream.FIBER_SCHOOL.value})


@dataclass(frozen=True)
class RoutePath:
    """Positions of the links from the school up to fiber, the school's own link first; `reaches_fiber` is False
    when the walk stopped early (a link missing, a school with no upstream, a loop)."""

    links: tuple[int, ...]
    reaches_fiber: bool


def path_to_fiber(key: str, to_ids: Sequence, from_ids: Sequence, upstream_types: Sequence) -> RoutePath:
    """Walk the links (to_id <- from_id, with the type of from_id) from the school whose route key is `key`."""
    into = {}
    for position, to_id in enumerate(to_ids):
        into.setdefault(str(to_id), position)
    links: list[int] = []
    seen: set[str] = set()
    current = str(key)
    while current in into and current not in seen:
        seen.add(current)
        position = into[current]
        links.append(position)
        kind = str(upstream_types[position])
        if kind in ON_FIBER:
            return RoutePath(tuple(links), True)
        if kind != Upstream.SCHOOL.value or from_ids[position] is None:
            break
        current = str(from_ids[position])
    return RoutePath(tuple(links), False)
