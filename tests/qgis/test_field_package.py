"""Field package: one GeoPackage whose layers open styled by default, and a relative .qgz beside it."""
from __future__ import annotations

import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pandas as pd
import processing
import pytest
from qgis.core import QgsEditFormConfig, QgsProject, QgsRuleBasedRenderer, QgsVectorLayer
from qgis.PyQt.QtGui import QColor

from school_connectivity_plugin.core.definitions.palette import COLORBLIND
from school_connectivity_plugin.core.definitions.schema import ConnectivityClass
from school_connectivity_plugin.processing.io import writing

from support.planning_fixture import schools_frame, write_schools

TABLES = {"schools", "fiber", "regions", "rejected"}


@pytest.fixture(scope="module")
def package(tmp_path_factory, qgis_app):
    sample = Path(__file__).resolve().parents[2] / "resources" / "sample"
    work = tmp_path_factory.mktemp("package")
    rejected = work / "rejected.gpkg"
    writing.write_gpkg_layer(pd.DataFrame({"source_row": [4, 9], "reason": ["no_coordinates", "outside_boundary"],
                                            "raw": ["a;b", "=cmd"]}), str(rejected), "rejected", geometry=None)
    out = work / "out" / "field_package.gpkg"
    out.parent.mkdir()
    result = processing.run("schoolconnectivity:packageforfield", {
        "SCHOOLS": write_schools(sample, work), "FIBER": [str(sample / "fiber_backbone.geojson")],
        "REGIONS": str(sample / "kg_adm1.geojson"), "REJECTED": f"{rejected}|layername=rejected",
        "PRESET": 1, "OUTPUT": str(out)})
    return sample, out, result


def test_geopackage_holds_every_layer_with_all_rows(package):
    sample, out, _ = package
    with sqlite3.connect(out) as db:
        tables = {row[0] for row in db.execute("SELECT table_name FROM gpkg_contents")}
        counts = {name: db.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0] for name in TABLES}
    assert tables >= TABLES
    fiber = json.loads((sample / "fiber_backbone.geojson").read_text("utf-8"))["features"]
    regions = json.loads((sample / "kg_adm1.geojson").read_text("utf-8"))["features"]
    assert counts == {"schools": len(schools_frame(sample)), "fiber": len(fiber), "regions": len(regions),
                      "rejected": 2}


def test_styles_are_embedded_as_defaults(package):
    _, out, _ = package
    with sqlite3.connect(out) as db:
        styles = {row[0]: (row[1], row[2]) for row in db.execute(
            "SELECT f_table_name, useAsDefault, styleQML FROM layer_styles")}
    assert set(styles) == {"schools", "fiber", "regions"}
    assert all(default == 1 for default, _ in styles.values())
    good = QColor(COLORBLIND.classes[ConnectivityClass.GOOD])
    assert f"{good.red()},{good.green()},{good.blue()},255" in styles["schools"][1]


def test_reopened_layer_is_styled_with_the_chosen_preset(package):
    _, out, _ = package
    layer = QgsVectorLayer(f"{out}|layername=schools", "schools", "ogr")
    assert layer.isValid()
    assert isinstance(layer.renderer(), QgsRuleBasedRenderer)
    colours = {rule.ruleKey(): rule.symbol().color().name() for rule in layer.renderer().rootRule().children()}
    for cls in ConnectivityClass:
        assert colours[cls.value] == COLORBLIND.classes[cls]


def test_project_refers_to_the_package_relatively(package):
    _, out, result = package
    project_file = Path(result["PROJECT"])
    assert project_file == out.with_suffix(".qgz") and project_file.is_file()
    with zipfile.ZipFile(project_file) as archive:
        qgs = next(name for name in archive.namelist() if name.endswith(".qgs"))
        xml = archive.read(qgs).decode("utf-8")
    assert "./field_package.gpkg|layername=schools" in xml
    assert str(out.parent) not in xml
    moved = out.parent.parent / "moved"
    moved.mkdir()
    for path in (out, project_file):
        shutil.copy(path, moved / path.name)
    project = QgsProject()
    assert project.read(str(moved / project_file.name))
    layers = list(project.mapLayers().values())
    assert len(layers) == len(TABLES) and all(layer.isValid() for layer in layers)
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".")]


def test_schools_carry_the_survey_form_and_no_analysis_columns(package):
    _, out, result = package
    with sqlite3.connect(out) as db:
        columns = [row[1] for row in db.execute('PRAGMA table_info("schools")')]
        baseline = db.execute('SELECT COUNT(*), COUNT(DISTINCT survey_key) FROM "field_baseline"').fetchone()
        info = dict(db.execute('SELECT key, value FROM "field_package_info"'))
        keys = [row[0] for row in db.execute('SELECT survey_key FROM "schools" ORDER BY fid')]
    expected_kept = {"school_id", "school_name", "admin1", "admin2", "num_students", "connectivity",
                     "connectivity_class", "pipeline_status", "hard_to_connect", "hard_reasons", "latitude",
                     "longitude"}
    order = ["survey_connectivity", "survey_download_mbps", "survey_upload_mbps", "survey_provider",
             "survey_technology", "survey_power", "survey_note", "survey_photo", "surveyed_at", "surveyor"]
    survey = set(order)
    assert set(columns) == {"fid", "geom", "survey_key"} | expected_kept | survey, "analysis columns left in"
    assert baseline == (len(keys), len(keys)) and keys == [f"T{i}{n}" for i in range(8) for n in range(4)]
    assert info["format"] == "school_connectivity_field_package/1" and info["schools"] == str(len(keys))
    project = QgsProject()
    assert project.read(result["PROJECT"])
    [schools] = project.mapLayersByName("Schools")
    fields, config = schools.fields(), schools.editFormConfig()
    assert config.layout() == QgsEditFormConfig.TabLayout
    assert [tab.name() for tab in config.tabs()] == ["Survey", "School"]
    assert [child.name() for child in config.tabs()[0].children()] == order
    assert all(config.readOnly(fields.indexFromName(name)) for name in expected_kept)
    assert not any(config.readOnly(fields.indexFromName(name)) for name in survey)
    widgets = {name: schools.editorWidgetSetup(fields.indexFromName(name)) for name in fields.names()}
    answers = [next(iter(entry.items())) for entry in widgets["survey_connectivity"].config()["map"]]
    assert [code for _, code in answers[1:]] == ["yes", "no", "unknown"]
    assert [label for label, _ in answers[1:]] == ["Connected", "Not connected", "Connectivity unknown"]
    assert [next(iter(e.values())) for e in widgets["survey_power"].config()["map"]][1:] == ["grid", "solar", "none"]
    assert (widgets["surveyed_at"].type(), widgets["survey_photo"].type(), widgets["survey_key"].type()) == (
        "DateTime", "ExternalResource", "Hidden")
    stamp = schools.defaultValueDefinition(fields.indexFromName("surveyed_at"))
    assert (stamp.expression(), stamp.applyOnUpdate()) == ("now()", True)
    assert config.reuseLastValue(fields.indexFromName("surveyor"))
    assert schools.attributeAlias(fields.indexFromName("survey_connectivity")) == "Internet at the school"
