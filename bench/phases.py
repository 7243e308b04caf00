"""One bench run in its own process: `read` (the QGIS API floor) or `plugin` (our engine, phase by phase).

Prints one JSON line: phase timings in seconds, plus `dist_m` for the sampled fids when asked.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("mode", choices=["read", "plugin"])
    parser.add_argument("--schools", required=True)
    parser.add_argument("--fiber")
    args = parser.parse_args()
    clock = time.perf_counter()
    phases: dict[str, float] = {}

    def lap(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        phases[name] = round(now - clock, 3)
        clock = now

    from qgis.core import QgsFeatureRequest, QgsVectorLayer
    from qgis.testing import start_app

    start_app()
    lap("init")
    schools = QgsVectorLayer(args.schools, "schools", "ogr")
    if args.mode == "read":
        count = sum(1 for feature in schools.getFeatures(QgsFeatureRequest().setNoAttributes())
                    if feature.geometry().asPoint() is not None)
        lap("read_qgis_api")
        print(json.dumps({"phases": phases, "rows": count}))
        return
    from school_connectivity_plugin.core.network.nearest import FiberIndex
    from school_connectivity_plugin.processing.io import geometry, reading

    fids, lon, lat = reading.read_point_coordinates(schools, None, schools)
    lap("read_schools")
    fiber = geometry.read_fiber_segments([QgsVectorLayer(args.fiber, "fiber", "ogr")])
    lap("read_fiber")
    index = FiberIndex(fiber.segments)
    lap("build_index")
    index.nearest(lon, lat)
    lap("nearest")
    print(json.dumps({"phases": phases, "rows": int(fids.size), "segments": len(fiber.segments),
                      "pieces": int(index.piece_segment.size)}))


if __name__ == "__main__":
    main()
