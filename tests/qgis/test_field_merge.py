"""Field surveys brought back, end to end on the bundled sample: a field package made by packageforfield, copied to
two teams, edited (survey fields, a disagreement, a deletion, a move, an addition; with OGR and with QGIS's own
editing, whose form stamps the time), merged with schoolconnectivity:mergefieldsurvey; every output checked against
the edits, merging again changes nothing, package order does not matter, and the inputs stay byte-identical."""
from __future__ import annotations

import csv
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import processing
import pytest
from pyproj import Geod
from qgis.core import QgsFeatureRequest, QgsProcessingException, QgsVectorLayer

from support.field_edits import Edits, giga_class, rows, sha256, team_copy
from support.planning_fixture import write_schools

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"
DISAGREE_EARLY, DISAGREE_LATE = "2024-05-01T11:00:00Z", "2024-05-03T09:00:00+06:00"


def merge(schools: str, packages: list[Path], out: Path) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    return processing.run("schoolconnectivity:mergefieldsurvey", {
        "SCHOOLS": schools, "PACKAGES": [str(path) for path in packages], "OUTPUT": str(out / "schools.gpkg"),
        "OUTPUT_CHANGES": str(out / "field_changes.csv"), "OUTPUT_CONFLICTS": str(out / "field_conflicts.csv"),
        "OUTPUT_SUMMARY": str(out / "summary.json")})


def table(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def field(tmp_path_factory, qgis_app):
    """The sample imported, packaged, edited by two teams and merged; with what each team did."""
    work = tmp_path_factory.mktemp("field_merge")
    processing.run("schoolconnectivity:importschools", {
        "INPUT": str(SAMPLE / "schools.csv"), "BOUNDARY": str(SAMPLE / "kg_adm0.geojson"),
        "OUTPUT": str(work / "schools.gpkg"), "REJECTED": str(work / "rejected.gpkg")})
    package = work / "made" / "field_package.gpkg"
    package.parent.mkdir()
    processing.run("schoolconnectivity:packageforfield", {
        "SCHOOLS": str(work / "schools.gpkg"), "REGIONS": str(SAMPLE / "kg_adm1.geojson"), "OUTPUT": str(package)})
    team_a, team_b = team_copy(package, work / "teamA"), team_copy(package, work / "teamB")
    with Edits(team_a) as edits:
        surveyed, disputed, deleted, moved, by_qgis = edits.keys(5, "connectivity = 'no'")
        edits.survey(surveyed, survey_connectivity="yes", survey_download_mbps=45.5, survey_technology="fiber",
                     survey_provider="KT", surveyed_at="2024-05-01T10:00:00Z", surveyor="Aida")
        edits.survey(disputed, survey_connectivity="no", surveyed_at=DISAGREE_EARLY, surveyor="Aida")
        edits.delete(deleted)
    started = datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)
    layer = QgsVectorLayer(f"{team_a}|layername=schools", "schools", "ogr")  # QGIS editing: the form stamps the time
    feature = next(layer.getFeatures(QgsFeatureRequest().setFilterExpression(f"survey_key = '{by_qgis}'")))
    assert layer.startEditing()
    layer.changeAttributeValue(feature.id(), layer.fields().indexFromName("survey_connectivity"), "yes")
    layer.changeAttributeValue(feature.id(), layer.fields().indexFromName("survey_power"), "solar")
    assert layer.commitChanges(), layer.commitErrors()
    del layer
    with Edits(team_b) as edits:
        edits.survey(disputed, survey_connectivity="yes", survey_download_mbps=0.5, surveyed_at=DISAGREE_LATE,
                     surveyor="Bakyt")
        moved_to = edits.move(moved, 0.01)
        edits.add(74.6, 42.87, school_name="New school", survey_connectivity="no", surveyed_at="2024-05-03T10:00:00Z")
    inputs = {path: sha256(path) for path in (work / "schools.gpkg", team_a, team_b)}
    results = merge(str(work / "schools.gpkg"), [team_a, team_b], work / "out")
    return {"work": work, "package": package, "teams": (team_a, team_b), "inputs": inputs, "results": results,
            "out": work / "out", "moved_to": moved_to, "started": started,
            "keys": {"surveyed": surveyed, "disputed": disputed, "deleted": deleted, "moved": moved,
                     "by_qgis": by_qgis}}


def by_id(path: Path) -> dict[str, dict]:
    return {row["school_id"]: row for row in rows(path)}


def test_surveys_are_applied_and_classes_recomputed(field):
    before, after = by_id(field["work"] / "schools.gpkg"), by_id(field["out"] / "schools.gpkg")
    school = after[field["keys"]["surveyed"]]
    assert (school["connectivity"], school["download_speed_mbps"], school["connectivity_type"]) == (
        "yes", 45.5, "fiber")
    assert school["connectivity_class"] == giga_class("yes", 45.5) == "good"
    assert (school["connectivity_source"], school["surveyed_at"], school["surveyor"], school["survey_provider"]) == (
        "field_survey", "2024-05-01T10:00:00", "Aida", "KT")
    stamped = after[field["keys"]["by_qgis"]]
    assert (stamped["connectivity"], stamped["survey_power"], stamped["connectivity_source"]) == (
        "yes", "solar", "field_survey")
    when = datetime.fromisoformat(stamped["surveyed_at"])
    assert field["started"] - timedelta(hours=14) <= when <= datetime.now() + timedelta(hours=14), "form's now()"
    assert stamped["connectivity_class"] == giga_class("yes", before[field["keys"]["by_qgis"]]["download_speed_mbps"])
    untouched = [key for key in before if key not in field["keys"].values()]
    assert all(after[key]["connectivity_class"] == before[key]["connectivity_class"] for key in untouched)
    assert all(after[key]["connectivity_source"] in ("", None) for key in untouched)


def test_the_later_survey_wins_and_the_disagreement_is_listed(field):
    disputed = by_id(field["out"] / "schools.gpkg")[field["keys"]["disputed"]]
    assert (disputed["connectivity"], disputed["download_speed_mbps"], disputed["surveyor"]) == ("yes", 0.5, "Bakyt")
    assert disputed["connectivity_class"] == giga_class("yes", 0.5) == "bad"
    assert disputed["surveyed_at"] == "2024-05-03T03:00:00", "times compare in UTC"
    [listed] = [row for row in table(field["out"] / "field_conflicts.csv") if row["kind"] == "disagreement"]
    assert listed["school_id"] == field["keys"]["disputed"]
    assert listed["package"] == "teamA/field_package.gpkg;teamB/field_package.gpkg"
    assert "latest (teamB/field_package.gpkg 2024-05-03T03:00:00) applied" in listed["details"]


def test_deleted_moved_and_added_features_are_listed_not_applied(field):
    before, after = rows(field["work"] / "schools.gpkg"), rows(field["out"] / "schools.gpkg")
    assert len(after) == len(before), "no school deleted, none added"
    assert not [row for row in after if row["school_name"] == "New school"]
    old, new = {r["school_id"]: r for r in before}, {r["school_id"]: r for r in after}
    for key in ("deleted", "moved"):
        school = field["keys"][key]
        assert (new[school]["_lon"], new[school]["_lat"]) == (old[school]["_lon"], old[school]["_lat"])
        assert new[school]["connectivity"] == old[school]["connectivity"]
    conflicts = {row["kind"]: row for row in table(field["out"] / "field_conflicts.csv")}
    assert conflicts["deleted_in_field"]["school_id"] == field["keys"]["deleted"]
    assert conflicts["deleted_in_field"]["package"] == "teamA/field_package.gpkg"
    metres = Geod(ellps="WGS84").inv(old[field["keys"]["moved"]]["_lon"], old[field["keys"]["moved"]]["_lat"],
                                     *field["moved_to"])[2]
    assert conflicts["moved_in_field"]["school_id"] == field["keys"]["moved"]
    assert conflicts["moved_in_field"]["details"].startswith(f"moved {metres:,.0f} m")
    assert "New school" in conflicts["added_in_field"]["details"]
    assert set(conflicts) == {"disagreement", "deleted_in_field", "moved_in_field", "added_in_field"}


def test_field_changes_list_every_changed_value_and_nothing_else(field):
    before, after = by_id(field["work"] / "schools.gpkg"), by_id(field["out"] / "schools.gpkg")
    changes = table(field["out"] / "field_changes.csv")
    assert list(changes[0]) == ["school_id", "field", "old", "new", "surveyor", "surveyed_at", "package"]
    listed = {(row["school_id"], row["field"]): row for row in changes}
    changed = set()
    for school, row in after.items():
        for name, value in row.items():
            old = before[school].get(name)
            if name in ("fid", "_lon", "_lat") or (old in (None, "") and value in (None, "")) or old == value:
                continue
            changed.add((school, name))
            assert listed[(school, name)]["new"] == str(value), (school, name)
            assert listed[(school, name)]["old"] == ("" if old is None else str(old)), (school, name)
    assert changed == set(listed)
    assert {row["school_id"] for row in changes} == {field["keys"][key] for key in ("surveyed", "disputed", "by_qgis")}
    assert listed[(field["keys"]["surveyed"], "connectivity_class")]["old"] == before[field["keys"]["surveyed"]][
        "connectivity_class"]


def test_summary_counts_what_happened(field):
    summary = json.loads((field["out"] / "summary.json").read_text(encoding="utf-8"))
    before = rows(field["work"] / "schools.gpkg")
    assert summary["schools"] == len(before) and summary["schools_updated"] == 3 == field["results"]["UPDATED"]
    assert summary["changes"] == len(table(field["out"] / "field_changes.csv")) == field["results"]["CHANGES"]
    assert {kind: count for kind, count in summary["conflicts"].items() if count} == {
        "disagreement": 1, "deleted_in_field": 1, "moved_in_field": 1, "added_in_field": 1}
    team_a, team_b = summary["packages"]
    assert (team_a["deleted"], team_a["surveys"], team_b["moved"], team_b["added"]) == (1, 3, 1, 1)
    connected = sum(1 for row in before if row["connectivity"] == "yes")
    assert summary["before"]["connected"] == connected and summary["after"]["connected"] == connected + 3


def test_merging_the_result_again_changes_nothing(field, tmp_path):
    again = merge(str(field["out"] / "schools.gpkg"), list(field["teams"]), tmp_path / "again")
    assert again["UPDATED"] == 0 and again["CHANGES"] == 0
    assert table(tmp_path / "again" / "field_changes.csv") == []
    first, second = rows(field["out"] / "schools.gpkg"), rows(tmp_path / "again" / "schools.gpkg")
    assert [{k: v for k, v in row.items() if k != "fid"} for row in second] == [
        {k: v for k, v in row.items() if k != "fid"} for row in first]


def test_the_order_of_packages_does_not_matter(field, tmp_path):
    merge(str(field["work"] / "schools.gpkg"), list(reversed(field["teams"])), tmp_path / "reversed")
    for name in ("field_changes.csv", "field_conflicts.csv"):
        assert (tmp_path / "reversed" / name).read_bytes() == (field["out"] / name).read_bytes(), name
    assert rows(tmp_path / "reversed" / "schools.gpkg") == rows(field["out"] / "schools.gpkg")


def test_inputs_stay_byte_identical(field):
    assert {path: sha256(path) for path in field["inputs"]} == field["inputs"]


def test_a_foreign_package_is_refused_naming_it(field, tmp_path, qgis_app):
    other_list = tmp_path / "other"
    other_list.mkdir()
    other = other_list / "field_package.gpkg"
    processing.run("schoolconnectivity:packageforfield", {"SCHOOLS": write_schools(SAMPLE, other_list),
                                                          "OUTPUT": str(other)})
    for foreign, reason in ((field["work"] / "schools.gpkg", "not a field package of this plugin"),
                            (other, "made from another school list")):
        with pytest.raises(QgsProcessingException, match=reason) as raised:
            merge(str(field["work"] / "schools.gpkg"), [field["teams"][0], foreign], tmp_path / "refused")
        assert str(foreign) in str(raised.value)
        assert not (tmp_path / "refused" / "schools.gpkg").exists()


def test_the_dock_merges_field_packages_into_its_school_layer(field, dock, qtbot):
    from qgis.core import QgsProject

    schools = QgsVectorLayer(str(field["work"] / "schools.gpkg"), "schools", "ogr")
    QgsProject.instance().addMapLayer(schools)
    dock.inputs.schools.setLayer(schools)
    chain = dock.field_survey.merge([str(path) for path in field["teams"]])
    assert chain is not None and dock.field_survey.outcome.text() == "Merging 2 packages…"
    qtbot.waitUntil(lambda: dock.chain is None, timeout=120_000)
    merged = dock.school_layer()
    assert merged is not None and merged is not schools
    surveyed = [f["school_id"] for f in merged.getFeatures() if f["connectivity_source"] == "field_survey"]
    assert sorted(surveyed) == sorted(field["keys"][key] for key in ("surveyed", "disputed", "by_qgis"))
    assert dock.field_survey.outcome.text().startswith("3 schools updated, ")
    assert "4 listed for review" in dock.field_survey.outcome.text()
    assert dock.field_survey.conflicts_file.is_file()
    assert {path: sha256(path) for path in field["inputs"]} == field["inputs"]
