"""The promises behind every run, each checked on real runs of the headless command and the algorithms: inputs
stay byte-identical, a failed or cancelled run leaves nothing half-written, parallel runs do not interfere and write
the same bytes under load, re-running replaces results, names from data never become paths, exports never carry live
formulas.

Re-running into the same --out replaces every file the command writes (each by an atomic rename) and leaves
other files there alone: a file the user put in --out is theirs, not a stale result."""
from __future__ import annotations

import ast
import csv
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "school_connectivity_plugin"
SAMPLE_FILES = ("schools.csv", "fiber_backbone.geojson", "fiber_nodes.geojson", "kg_adm0.geojson",
                "kg_adm1.geojson", "kg_dem.tif", "pipeline.csv")
FORMULA_STARTS = ("=", "+", "-", "@")
#: The tables a run writes that must be the same bytes whatever the load, threads or a run beside it.
SAME_BYTES = ("priority.csv", "hard_to_connect.csv", "clusters.csv", "phases.csv", "summary.json")


def _command(inputs: Path, out: Path, **replace: str) -> list[str]:
    paths = {name: str(inputs / name) for name in SAMPLE_FILES}
    paths.update(replace)
    return ["/usr/bin/python3", "-m", "school_connectivity_plugin", "run", "--quiet",
            "--schools", paths["schools.csv"], "--fiber", paths["fiber_backbone.geojson"],
            "--fiber", paths["fiber_nodes.geojson"], "--boundary", paths["kg_adm0.geojson"],
            "--regions", paths["kg_adm1.geojson"], "--dem", paths["kg_dem.tif"], "--pipeline", paths["pipeline.csv"],
            "--out", str(out)]


def _start(command: list[str], cwd: Path) -> subprocess.Popen:
    return subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)})


def _finish(process: subprocess.Popen) -> tuple[int, str]:
    _, stderr = process.communicate(timeout=600)
    return process.returncode, stderr


def _digests(folder: Path) -> dict[str, str]:
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(folder.iterdir())}


def _schools_rows(gpkg: Path) -> list[str]:
    from osgeo import ogr

    dataset = ogr.Open(f"{gpkg}")
    layer = dataset.GetLayerByName("schools")
    return sorted(repr(sorted(feature.items().items())) + feature.GetGeometryRef().ExportToWkt() for feature in layer)


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    """The bundled sample copied aside, hashed, then run twice at once into two folders on a machine loaded with one
    busy process per core (the runs' threads, timing and memory layout all differ from a quiet run's)."""
    root = tmp_path_factory.mktemp("guarantees")
    inputs = root / "inputs"
    inputs.mkdir()
    for name in SAMPLE_FILES:
        shutil.copy2(REPO / "resources" / "sample" / name, inputs / name)
    before = _digests(inputs)
    work = root / "cwd"
    work.mkdir()
    burners = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(os.cpu_count() or 2)]
    try:
        processes = [_start(_command(inputs, root / name), work) for name in ("run_a", "run_b")]
        finished = [_finish(process) for process in processes]
    finally:
        for burner in burners:
            burner.kill()
            burner.wait()
    return {"root": root, "inputs": inputs, "before": before, "results": finished, "cwd": work}


def test_inputs_are_byte_identical_after_a_full_run(two_runs):
    assert [code for code, _ in two_runs["results"]] == [0, 0], [err[-300:] for _, err in two_runs["results"]]
    assert _digests(two_runs["inputs"]) == two_runs["before"]  # same files, same bytes: no .aux.xml, no edits


def test_two_runs_at_once_do_not_interfere(two_runs):
    root = two_runs["root"]
    a, b = root / "run_a", root / "run_b"
    assert [code for code, _ in two_runs["results"]] == [0, 0]
    assert json.loads((a / "summary.json").read_text()) == json.loads((b / "summary.json").read_text())
    assert _schools_rows(a / "schools.gpkg") == _schools_rows(b / "schools.gpkg")
    for name in ("priority.csv", "hard_to_connect.csv"):
        assert (a / name).read_bytes() == (b / name).read_bytes()
    assert sorted(path.name for path in root.iterdir()) == ["cwd", "inputs", "run_a", "run_b"]  # no .partial-
    assert list(two_runs["cwd"].iterdir()) == []


def test_two_chains_at_once_under_load_write_the_same_bytes(two_runs):
    """summary.json holds no timing or path (nothing run-specific to leave out), so every table is compared whole."""
    a, b = two_runs["root"] / "run_a", two_runs["root"] / "run_b"
    assert [code for code, _ in two_runs["results"]] == [0, 0]
    for name in SAME_BYTES:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    summary = json.loads((a / "summary.json").read_text())
    assert summary["loaded"] == 2137 and summary["plan"]["targets"] == 667
    assert _beyond_stated_precision(a) == []


def test_the_sample_gives_the_plan_the_readme_quotes(two_runs):
    """README.md quotes these figures of `make demo` (same inputs): a changed model must change the README too."""
    a = two_runs["root"] / "run_a"
    summary = json.loads((a / "summary.json").read_text())
    pipeline = summary["pipeline"]
    assert (pipeline["rows"], pipeline["matched_by_id"], pipeline["matched_by_name"], pipeline["unmatched"],
            pipeline["pending"]) == (307, 293, 14, 0, 283)
    assert summary["technologies"] == {"fiber": 393, "satellite": 274}
    assert (summary["plan"]["clusters"], round(summary["plan"]["fiber_km"]), summary["plan"]["phases"]) == (
        191, 1207, 14)
    assert summary["hard_to_connect"] == 35
    assert max(phase["capex_usd"] for phase in summary["phases"]) <= 1_000_000
    with open(a / "priority.csv", encoding="utf-8-sig", newline="") as handle:
        pending = [row for row in csv.DictReader(handle)
                   if row["pipeline_status"] in ("planned", "contracted", "in_progress")]
    assert len(pending) == 283
    assert {(row["recommended_technology"], row["technology_source"]) for row in pending} == {
        ("fiber", "operator_plan")}, "the operator's pending schools are among those taking fiber"


def _beyond_stated_precision(folder: Path) -> list[tuple]:
    """Lengths (m, km: to the millimetre and metre) and money (cents) written with more decimals than stated, in
    every table, every layer of every GeoPackage and summary.json."""
    from osgeo import ogr

    from school_connectivity_plugin.core.definitions.fields import precision

    found = []
    for table in sorted(folder.glob("*.csv")):
        with open(table, encoding="utf-8-sig", newline="") as handle:
            found += [(table.name, name, text) for row in csv.DictReader(handle) for name, text in row.items()
                      if precision(name) is not None and len(text.partition(".")[2]) > precision(name)]
    for package in sorted(folder.glob("*.gpkg")):
        dataset = ogr.Open(str(package))
        for layer in (dataset.GetLayer(index) for index in range(dataset.GetLayerCount())):
            names = [field.GetName() for field in layer.schema if precision(field.GetName()) is not None]
            found += [(package.name, name, value) for feature in layer for name in names
                      if (value := feature.GetField(name)) is not None and round(value, precision(name)) != value]

    def walk(value, name: str) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, key)
        elif isinstance(value, list):
            for item in value:
                walk(item, name)
        elif isinstance(value, float) and round(value, 3) != value:
            found.append(("summary.json", name, value))

    walk(json.loads((folder / "summary.json").read_text()), "")
    return found


def test_rerunning_into_the_same_folder_replaces_the_results(two_runs):
    root, out = two_runs["root"], two_runs["root"] / "run_a"
    fresh = json.loads((out / "summary.json").read_text())
    (out / "summary.json").write_text("{}")
    (out / "priority.csv").write_text("stale")
    (out / "notes_of_the_user.txt").write_text("mine")
    code, stderr = _finish(_start(_command(two_runs["inputs"], out), two_runs["cwd"]))
    assert code == 0, stderr[-300:]
    assert json.loads((out / "summary.json").read_text()) == fresh
    for name in SAME_BYTES:  # a third run, alone on a quiet machine, writes the same bytes as the two under load
        assert (out / name).read_bytes() == (root / "run_b" / name).read_bytes(), name
    assert (out / "notes_of_the_user.txt").read_text() == "mine"
    assert not [path for path in root.iterdir() if ".partial-" in path.name]


def test_a_failed_run_leaves_no_output(two_runs, tmp_path):
    bad_dem = tmp_path / "broken_dem.tif"
    bad_dem.write_bytes(b"II*\x00" + os.urandom(2000))
    out = tmp_path / "out"
    code, stderr = _finish(_start(_command(two_runs["inputs"], out, **{"kg_dem.tif": str(bad_dem)}), tmp_path))
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert code in (1, 2) and len(lines) == 1 and "Traceback" not in stderr, stderr[-500:]
    assert not out.exists() or list(out.iterdir()) == []
    assert sorted(path.name for path in tmp_path.iterdir()) == ["broken_dem.tif"]


def _cancelling_feedback(when: str):
    """Feedback that cancels the run the moment the algorithm reports `when` (mid-way, like a user would)."""
    from qgis.core import QgsProcessingFeedback

    class Cancelling(QgsProcessingFeedback):
        def setProgressText(self, text: str) -> None:
            super().setProgressText(text)
            if when in text:
                self.cancel()

        def pushInfo(self, info: str) -> None:
            super().pushInfo(info)
            if when in info:
                self.cancel()

    return Cancelling()


@pytest.mark.parametrize("algorithm, when", [("importschools", "encoding"), ("distancetofiber", "Measuring")])
def test_a_cancelled_algorithm_leaves_no_output(qgis_app, sample_dir, tmp_path, algorithm, when):
    import processing

    output = tmp_path / "out.gpkg"
    parameters = {"INPUT": str(sample_dir / "schools.csv"), "REJECTED": str(tmp_path / "rejected.gpkg")} \
        if algorithm == "importschools" else {"SCHOOLS": str(sample_dir / "fiber_nodes.geojson"),
                                              "FIBER": [str(sample_dir / "fiber_backbone.geojson")]}
    feedback = _cancelling_feedback(when)
    processing.run(f"schoolconnectivity:{algorithm}", {**parameters, "OUTPUT": str(output)}, feedback=feedback)
    assert feedback.isCanceled()
    assert sorted(path.name for path in tmp_path.iterdir()) == []


def test_names_from_data_never_become_paths(tmp_path):
    """Schools named like paths and formulas go through the whole run; nothing appears outside --out."""
    schools = tmp_path / "inputs" / "schools.csv"
    schools.parent.mkdir()
    names = ["../../escape_attempt", "/tmp/evil_school_file", "..\\..\\evil", "=HYPERLINK(\"http://x\",\"y\")",
             "+SUM(A1:A2)", "-1+2", "@cmd", "CON"]
    with open(schools, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Код школы", "Название школы", "Область", "Район", "Широта", "Долгота", "Интернет"])
        for index, name in enumerate(names):
            writer.writerow([f"=ID{index}", name, name, name, f"{41.0 + index / 20:.4f}", f"{74.0 + index / 20:.4f}",
                             "нет"])
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    out = tmp_path / "deep" / "out"
    sample = REPO / "resources" / "sample"
    code, stderr = _finish(_start(["/usr/bin/python3", "-m", "school_connectivity_plugin", "run", "--quiet",
                                   "--schools", str(schools), "--fiber", str(sample / "fiber_backbone.geojson"),
                                   "--out", str(out)], cwd))
    assert code == 0, stderr[-500:]
    created = sorted(str(path.relative_to(tmp_path)) for path in tmp_path.rglob("*"))
    assert all(path.startswith(("inputs", "cwd", "deep")) for path in created)
    assert sorted(path.name for path in (tmp_path / "deep").iterdir()) == ["out"]
    assert list(cwd.iterdir()) == [] and not Path("/tmp/evil_school_file").exists()
    assert not (tmp_path.parent.parent / "escape_attempt").exists()
    for table in ("priority.csv", "hard_to_connect.csv"):
        with open(out / table, encoding="utf-8-sig", newline="") as handle:
            cells = [cell for row in csv.reader(handle) for cell in row]
        live = [cell for cell in cells if cell.startswith(FORMULA_STARTS) and not _is_number(cell)]
        assert live == [], f"{table}: cells a spreadsheet would run: {live}"
    with open(out / "priority.csv", encoding="utf-8-sig", newline="") as handle:
        listed = {row["school_name"] for row in csv.DictReader(handle)}
    assert "'=HYPERLINK(\"http://x\",\"y\")" in listed and "'-1+2" in listed  # escaped, not dropped


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


EXPRESSION_SINKS = {"selectByExpression", "setSubsetString", "setFilterExpression", "QgsExpression",
                    "QgsFeatureRequest", "setPageNameExpression", "setFilterExpressionString"}


def _python_files() -> list[Path]:
    return sorted(path for path in PACKAGE.rglob("*.py") if "__pycache__" not in path.parts)


def test_no_eval_or_exec_anywhere_in_the_plugin():
    calls = [f"{path.relative_to(REPO)}:{node.lineno}" for path in _python_files()
             for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("eval", "exec")]
    assert calls == []


def test_expressions_are_never_pasted_from_values():
    """Every expression handed to QGIS is a constant, a variable, or built in a function that quotes."""
    pasted = []
    for path in _python_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            argument = node.args[0]
            built = isinstance(argument, (ast.JoinedStr, ast.BinOp)) or (
                isinstance(argument, ast.Call) and isinstance(argument.func, ast.Attribute)
                and argument.func.attr == "format")
            if name in EXPRESSION_SINKS and built:
                pasted.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert pasted == []


def test_area_filter_quotes_hostile_names(qgis_app):
    from qgis.core import QgsExpression, QgsExpressionContext, QgsFeature, QgsField, QgsFields
    from qgis.PyQt.QtCore import QVariant

    from school_connectivity_plugin.gui.stats_table import area_expression

    fields = QgsFields()
    for name in ("admin1", "admin2"):
        fields.append(QgsField(name, QVariant.String))
    hostile = ("Jalal-Abad's \" OR 1=1 --", "Ат-Башы'); DROP TABLE x; --")
    feature, other = QgsFeature(fields), QgsFeature(fields)
    feature.setAttributes(list(hostile))
    other.setAttributes(["Osh", "Nookat"])
    expression = QgsExpression(area_expression(*hostile))
    assert not expression.hasParserError(), expression.parserErrorString()
    context = QgsExpressionContext()
    context.setFeature(feature)
    assert expression.evaluate(context) == 1
    context.setFeature(other)
    assert expression.evaluate(context) == 0
