"""The real QGIS desktop end-to-end run (tests/e2e/run_e2e.py) as part of `make test` where Xvfb is installed."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from support.plugin_build import REPO, shared_package

sys.path.insert(0, str(REPO / "tests" / "e2e"))
from run_e2e import missing_tools

OUT = REPO / "out" / "e2e"
EXPECTED_STEPS = ("qgis_started", "toolbox", "sample_loaded", "dock_open", "import_schools", "import_pipeline",
                  "choose_layers", "analyse", "prioritise", "export_maps", "project_layers", "dock_minimum_width")


@pytest.mark.slow
def test_plugin_from_zip_clicked_through_in_the_real_desktop():
    missing = missing_tools()
    if missing:
        pytest.skip(f"desktop end-to-end needs {', '.join(missing)} (make deps installs them)")
    package = shared_package()
    run = subprocess.run(
        ["/usr/bin/python3", str(REPO / "tests" / "e2e" / "run_e2e.py"), "--dist", str(package.dist),
         "--out", str(OUT)],
        capture_output=True, text=True, timeout=540, check=False,
    )
    report_path = OUT / "report.json"
    assert report_path.exists(), f"no report; runner said:\n{run.stdout}\n{run.stderr}"
    report = json.loads(report_path.read_text())
    assert report["errors"] == [], "\n".join(report["errors"])
    assert run.returncode == 0, run.stdout + run.stderr
    steps = report["driver"]["steps"]
    assert tuple(step["name"] for step in steps) == EXPECTED_STEPS
    assert all(step["ok"] for step in steps)
    for step in steps:
        assert (OUT / step["screenshot"]).stat().st_size > 10_000, f"blank screenshot for {step['name']}"
    assert report["qgis_exit_code"] == 0, "QGIS did not quit cleanly"
    assert report["error_windows"] == [] and report["driver"]["python_errors"] == []
    outputs = report["outputs"]
    assert outputs["layers"]["import"]["features"] + outputs["rejected"] == outputs["rows_in"]
    assert outputs["maps"]["pdf"] and outputs["maps"]["png"]
