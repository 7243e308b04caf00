"""Every algorithm of the provider run headless by `qgis_process` on the bundled sample, as server scripts do.

The plugin is installed from the zip into a throw-away profile and enabled with `qgis_process plugins
enable`; outputs are checked against references computed from the sample files (csv, GDAL, pyproj).
Debian's `/usr/bin/qgis_process` wrapper passes an option 3.22 rejects (QGIS issue #57683), so the
binary `qgis_process.bin` is called directly.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest
from qgis.core import QgsApplication

from support.headless_cases import CASES, SAMPLE, Chain
from support.plugin_build import PLUGIN, shared_package

QGIS_PROCESS = Path("/usr/bin/qgis_process.bin")
PROVIDER = "schoolconnectivity"
#: Libraries the provider must not import to load: every qgis_process start would pay for them (issue 15).
HEAVY_LIBRARIES = ("pandas", "scipy", "pyproj")


class Headless:
    """qgis_process.bin in a profile of its own, with our plugin installed from the zip and enabled."""

    def __init__(self, profile_root: Path):
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("QGIS_")}
        self.env.update(QGIS_CUSTOM_CONFIG_PATH=str(profile_root), QT_QPA_PLATFORM="offscreen",
                        PYTHONDONTWRITEBYTECODE="1")

    def call(self, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
        return subprocess.run([str(QGIS_PROCESS), *args], env={**self.env, **(env or {})}, capture_output=True,
                              text=True, timeout=300, check=False)

    def run(self, algorithm: str, parameters: dict) -> dict:
        """`qgis_process --json run ALG -- KEY=VALUE ...`; list values repeat the key (multiple layers)."""
        arguments = []
        for key, value in parameters.items():
            for item in value if isinstance(value, list) else [value]:
                arguments.append(f"{key}={item}")
        done = self.call("--json", "run", f"{PROVIDER}:{algorithm}", "--", *arguments)
        assert done.returncode == 0, (
            f"{algorithm} failed ({done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
        return json.loads(done.stdout)["results"]


@pytest.fixture(scope="module")
def headless(tmp_path_factory) -> Headless:
    if not QGIS_PROCESS.exists():
        pytest.skip(f"{QGIS_PROCESS} not installed (Debian package qgis)")
    root = tmp_path_factory.mktemp("qgis_process_profile")
    shared_package().install_into(root / "profiles" / "default" / "python" / "plugins")
    headless = Headless(root)
    enabled = headless.call("plugins", "enable", PLUGIN)
    assert enabled.returncode == 0, enabled.stderr
    assert re.search(rf"^\*\s+{PLUGIN}$", enabled.stdout, re.MULTILINE), enabled.stdout
    return headless


@pytest.fixture(scope="module")
def listed(headless) -> dict[str, dict]:
    """The provider's algorithms as `qgis_process list` shows them, by name."""
    done = headless.call("--json", "list")
    assert done.returncode == 0, done.stderr
    algorithms = json.loads(done.stdout)["providers"][PROVIDER]["algorithms"]
    return {alg_id.split(":", 1)[1]: details for alg_id, details in algorithms.items()}


@pytest.fixture(scope="module")
def chain(tmp_path_factory) -> Chain:
    return Chain(out=tmp_path_factory.mktemp("qgis_process_out"))


def test_every_listed_algorithm_has_a_documented_case(listed):
    registered = {alg.name() for alg in QgsApplication.processingRegistry().providerById(PROVIDER).algorithms()}
    assert set(listed) == registered, "qgis_process lists other algorithms than the plugin registers"
    assert set(listed) <= set(CASES), f"no qgis_process case for {sorted(set(listed) - set(CASES))}"


@pytest.mark.parametrize("name", list(CASES))
def test_algorithm_runs_headless_with_checked_outputs(name, headless, listed, chain):
    assert name in listed, f"{PROVIDER}:{name} is documented but not in the provider"
    case = CASES[name]
    parameters = {key: [str(v) for v in value] if isinstance(value, list) else str(value)
                  for key, value in case.parameters(chain).items()}
    results = headless.run(name, parameters)
    case.check(chain, results)
    chain.results[name] = results


def test_help_prints_the_algorithm_documentation(headless, listed):
    registry = QgsApplication.processingRegistry()
    for name in listed:
        algorithm = registry.algorithmById(f"{PROVIDER}:{name}")
        done = headless.call("help", f"{PROVIDER}:{name}")
        assert done.returncode == 0, done.stderr
        first_paragraph = algorithm.shortHelpString().split("\n")[0].strip()
        assert len(first_paragraph) > 40, f"{name}: help text too thin"
        assert first_paragraph in done.stdout, f"{name}: help does not show shortHelpString"
        for parameter in algorithm.parameterDefinitions():
            assert f"{parameter.name()}: " in done.stdout, f"{name}: help misses {parameter.name()}"


def imported_modules(report: str) -> set[str]:
    """The modules a Python process imported, from its import-time report (PYTHONPROFILEIMPORTTIME, on stderr)."""
    return {line.rsplit("|", 1)[1].strip() for line in report.splitlines()
            if line.startswith("import time:") and line.count("|") == 2}


def heavy(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules if name.split(".")[0] in HEAVY_LIBRARIES}


def test_loading_the_provider_imports_no_pandas_scipy_or_pyproj(headless):
    done = headless.call("help", "native:buffer", env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert done.returncode == 0, done.stderr[-3000:]
    imported = imported_modules(done.stderr)
    assert "school_connectivity_plugin.processing.provider" in imported, "the plugin was not loaded"
    assert "numpy" in imported, "the import report is not being read"
    assert not heavy(imported), f"loading the provider imports {sorted(heavy(imported))}"


def test_measuring_distances_imports_scipy_and_pyproj_but_not_pandas(headless, tmp_path):
    """The distance step loads what measuring needs, when it runs: a whole qgis_process run is mostly start-up."""
    points, fiber = SAMPLE / "fiber_nodes.geojson", SAMPLE / "fiber_backbone.geojson"  # (nodes stand in for schools)
    done = headless.call("run", f"{PROVIDER}:distancetofiber", "--", f"SCHOOLS={points}", f"FIBER={fiber}",
                         f"OUTPUT={tmp_path / 'measured.gpkg'}", env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert done.returncode == 0, done.stderr[-3000:]
    assert (tmp_path / "measured.gpkg").is_file()
    assert heavy(imported_modules(done.stderr)) == {"scipy", "pyproj"}
