"""Colour presets for schools, fiber, routes and regions: data only, so styles, legends and tests agree."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from types import MappingProxyType

from .schema import ConnectivityClass


class Preset(str, Enum):
    """Switchable colour presets for the school layer."""

    GIGA = "giga"
    COLORBLIND = "colorblind"


@dataclass(frozen=True)
class Palette:
    """Colours of one preset; hex strings as QGIS and any other consumer read them."""

    classes: Mapping[ConnectivityClass, str]
    pipeline: str
    hard_to_connect: str
    fiber: str
    route: str
    region_fill: str
    region_outline: str
    label: str


#: Giga Maps / Project Connect map colours (unicef/giga-maps-frontend `connectivityStatusPaintData`:
#: good #8bd432, moderate #ffc93d, no #ff615b, unknown #546fc2); Giga has no "bad" colour, orange sits
#: between yellow and red.
GIGA = Palette(
    classes=MappingProxyType({
        ConnectivityClass.GOOD: "#8bd432",
        ConnectivityClass.MODERATE: "#ffc93d",
        ConnectivityClass.BAD: "#ff9f40",
        ConnectivityClass.NO_CONNECTION: "#ff615b",
        ConnectivityClass.UNKNOWN: "#546fc2",
    }),
    pipeline="#1b2a6b",
    hard_to_connect="#111111",
    fiber="#7a3e9d",
    route="#d6338a",
    region_fill="#f5f3ee",
    region_outline="#7d7d7d",
    label="#333333",
)

#: Okabe-Ito colours (Okabe & Ito 2008, "Color Universal Design"): a blue-to-vermillion order that
#: stays distinct under protanopia, deuteranopia and tritanopia; unknown is neutral grey.
COLORBLIND = Palette(
    classes=MappingProxyType({
        ConnectivityClass.GOOD: "#0072b2",
        ConnectivityClass.MODERATE: "#56b4e9",
        ConnectivityClass.BAD: "#e69f00",
        ConnectivityClass.NO_CONNECTION: "#d55e00",
        ConnectivityClass.UNKNOWN: "#bbbbbb",
    }),
    pipeline="#000000",
    hard_to_connect="#000000",
    fiber="#009e73",
    route="#cc79a7",
    region_fill="#f5f3ee",
    region_outline="#7d7d7d",
    label="#333333",
)

PALETTES: Mapping[Preset, Palette] = MappingProxyType({Preset.GIGA: GIGA, Preset.COLORBLIND: COLORBLIND})

#: Marker geometry shared by every preset, in millimetres on paper: 1.6 mm dots with a thin white outline keep
#: neighbours apart where hundreds of schools share a town on an A3 national page.
MARKER_SIZE_MM = 1.6
MARKER_OUTLINE_MM = 0.12
MARKER_OUTLINE = "255,255,255,255"
PIPELINE_RING_SIZE_MM = 2.8
PIPELINE_RING_WIDTH_MM = 0.3
HARD_MARKER_SIZE_MM = 3.6
HARD_MARKER_WIDTH_MM = 0.4
#: Students -> marker size when sizing by students: (students at min, at max, size min mm, size max mm).
STUDENT_SIZE_RANGE = (0, 2000, 1.4, 4.0)
FIBER_WIDTH_MM = 0.5
FIBER_NODE_SIZE_MM = 1.8
ROUTE_WIDTH_MM = 0.45
REGION_OUTLINE_MM = 0.3

#: Phase map (prioritised schools, routes by phase): the first phase darkest, later phases along this ramp (evenly
#: spaced stops, blue to teal to amber so neighbouring phases differ in hue too); unphased in grey.
PHASE_RAMP = ("#08306b", "#2171b5", "#1b9e77", "#e6ab02", "#d95f02")
NOT_PHASED = "#bdbdbd"
#: The construction plan page: schools to connect by their recommended technology.
TECHNOLOGY_COLOURS = {"fiber": "#2c7fb8", "p2p": "#41ab5d", "cellular": "#fe9929", "satellite": "#d7301f"}
#: The elevation model in the project: a terrain ramp from lowland green to snow, drawn half transparent so the
#: schools and fiber stay the figure and the relief the ground.
TERRAIN_RAMP = ("#2e7d32", "#a5d6a7", "#f0e68c", "#c49a6c", "#8d6e63", "#ffffff")
TERRAIN_OPACITY = 0.6
#: Regions in the project: outlines only (a fill would hide the elevation model), with their names.
REGION_PROJECT_OUTLINE_MM = 0.5
