"""The dock stays responsive while its analysis runs: a 10 ms timer on the GUI thread records the longest gap
between its ticks during the whole step, until its layer is counted. Target 100 ms; asserted < 150 ms so that
shared CI cores do not fail it: measured <= 44 ms on a lightly shared machine, 88-120 ms with the 2 cores ~3x
oversubscribed (docs/reliability.md, "GUI responsiveness")."""
from __future__ import annotations

import gc
import time

from qgis.PyQt.QtCore import QTimer

from school_connectivity_plugin.processing.workflow import Stage

from support.layers import add_layer

TICK_MS = 10
BOUND_MS = 150


def test_the_gui_thread_never_stalls_during_the_analysis(dock, sample_dir, tmp_path, qtbot):
    import processing

    imported = processing.run("schoolconnectivity:importschools", {
        "INPUT": str(sample_dir / "schools.csv"), "OUTPUT": str(tmp_path / "schools.gpkg"),
        "REJECTED": str(tmp_path / "rejected.gpkg")})
    dock.inputs.schools.setLayer(add_layer(imported["OUTPUT"], "schools"))
    dock.inputs.set_fiber_layers([add_layer(sample_dir / "fiber_backbone.geojson", "fiber")])
    # A full pass of CPython's garbage collector holds the GIL ~100 ms for this process's ~145,000 objects; when
    # it falls is set by everything the process allocated before (start-up, pytest), so settle it first and
    # measure the dock's own work.
    gc.collect()
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(TICK_MS)
    started = time.perf_counter()
    chain = dock.run_step(Stage.ANALYSIS)
    assert chain is not None
    qtbot.waitUntil(lambda: dock.chain is None, timeout=180_000)
    timer.stop()
    assert dock.school_layer() is not None and "fiber_distance_m" in dock.school_layer().fields().names()
    gaps = [later - earlier for earlier, later in zip([started] + ticks, ticks)]
    longest_ms = 1000 * max(gaps)
    print(f"analysis task: {1000 * (ticks[-1] - started):.0f} ms, {len(ticks)} ticks, longest GUI stall "
          f"{longest_ms:.0f} ms")
    assert len(ticks) > 3 and longest_ms < BOUND_MS
