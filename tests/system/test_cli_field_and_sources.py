"""The headless command's field merge and live sources, as a script would use them: `run` writes a field package,
two teams edit copies, `merge-field` brings them back (exit 0, then nothing changes the second time; a foreign
package exits 2 naming it); `run --schools URL` reads a local HTTP server, then its last good copy when the server
is gone, and exits 2 naming the URL when there is no copy."""
from __future__ import annotations

import csv
import json
import os
import subprocess
from pathlib import Path

import pytest

from support.field_edits import Edits, giga_class, rows, sha256, team_copy
from support.http_server import LocalServer

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample"


def run_cli(*args: str) -> subprocess.CompletedProcess:
    """The headless command in a process of its own, as a script runs it."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    return subprocess.run(["/usr/bin/python3", "-m", "school_connectivity_plugin", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300, check=False)


def small_list(folder: Path, count: int = 60) -> Path:
    """The first schools of the bundled list, as the ministry's CSV."""
    lines = (SAMPLE / "schools.csv").read_text(encoding="utf-8").splitlines()[:count + 1]
    path = folder / "schools.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def packaged(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("cli_field")
    done = run_cli("run", "--schools", str(small_list(root)), "--out", str(root / "run"), "--quiet")
    assert done.returncode == 0, done.stderr
    return root


def test_merge_field_end_to_end(packaged, tmp_path):
    package = packaged / "run" / "field_package.gpkg"
    team_a, team_b = team_copy(package, tmp_path / "north"), team_copy(package, tmp_path / "south")
    with Edits(team_a) as edits:
        first, disputed, gone = edits.keys(3, "connectivity = 'yes'")
        edits.survey(first, survey_connectivity="yes", survey_download_mbps=25.0, surveyed_at="2024-05-01T10:00:00Z",
                     surveyor="Aida")
        edits.survey(disputed, survey_connectivity="yes", survey_download_mbps=8.0,
                     surveyed_at="2024-05-02T10:00:00Z", surveyor="Aida")
        edits.delete(gone)
    with Edits(team_b) as edits:
        edits.survey(disputed, survey_connectivity="no", surveyed_at="2024-05-01T10:00:00Z", surveyor="Bakyt")
    schools = packaged / "run" / "schools.gpkg"
    hashes = {path: sha256(path) for path in (schools, team_a, team_b)}
    out = tmp_path / "merged"
    done = run_cli("merge-field", "--schools", str(schools), "--package", str(team_a), "--package", str(team_b),
                   "--out", str(out), "--quiet")
    assert done.returncode == 0, done.stderr
    assert "schools updated:  2 of 60" in done.stdout
    assert sorted(path.name for path in out.iterdir()) == ["field_changes.csv", "field_conflicts.csv",
                                                           "schools.gpkg", "summary.json"]
    merged = {row["school_id"]: row for row in rows(out / "schools.gpkg", "schools")}
    assert (merged[first]["download_speed_mbps"], merged[first]["connectivity_class"]) == (25.0, giga_class("yes", 25))
    assert (merged[disputed]["download_speed_mbps"], merged[disputed]["surveyor"]) == (8.0, "Aida"), "later wins"
    conflicts = {(row["school_id"], row["kind"]) for row in read_csv(out / "field_conflicts.csv")}
    assert conflicts == {(disputed, "disagreement"), (gone, "deleted_in_field")}
    assert gone in merged, "a school deleted in the field is kept"
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["schools_updated"] == 2 and summary["changes"] == len(read_csv(out / "field_changes.csv"))
    again = run_cli("merge-field", "--schools", str(out / "schools.gpkg"), "--package", str(team_b), "--package",
                    str(team_a), "--out", str(tmp_path / "again"), "--quiet")
    assert again.returncode == 0, again.stderr
    assert "schools updated:  0 of 60" in again.stdout and read_csv(tmp_path / "again" / "field_changes.csv") == []
    assert {path: sha256(path) for path in hashes} == hashes, "an input was modified"


def test_a_foreign_package_exits_2_naming_it(packaged, tmp_path):
    foreign = packaged / "run" / "schools.gpkg"
    done = run_cli("merge-field", "--schools", str(packaged / "run" / "schools.gpkg"), "--package",
                   str(packaged / "run" / "field_package.gpkg"), "--package", str(foreign), "--out",
                   str(tmp_path / "out"))
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert lines == [f"error: {foreign}: not a field package of this plugin (no survey form, no packaged school "
                     "list)"], done.stderr
    assert not (tmp_path / "out").exists()


def test_merge_field_help_documents_its_options():
    done = run_cli("merge-field", "--help")
    assert done.returncode == 0
    for option in ("--schools", "--package", "--out", "--move-threshold", "--cache", "field_conflicts.csv"):
        assert option in done.stdout, option


def test_a_school_list_at_a_url_with_its_last_good_copy(tmp_path):
    body = small_list(tmp_path, 20).read_bytes()
    cache = tmp_path / "cache"
    with LocalServer() as server:
        url = server.serve("/schools.csv", body, content_type="text/csv")
        live = run_cli("run", "--schools", url, "--cache", str(cache), "--out", str(tmp_path / "live"), "--quiet")
        assert live.returncode == 0, live.stderr
        summary = json.loads((tmp_path / "live" / "summary.json").read_text(encoding="utf-8"))
        assert summary["loaded"] == 20
        assert {key: summary["source"][key] for key in ("url", "from_cache", "error")} == {
            "url": url, "from_cache": False, "error": None}
        fetched_at = summary["source"]["fetched_at"]
    down = run_cli("run", "--schools", url, "--cache", str(cache), "--out", str(tmp_path / "down"), "--quiet",
                   "--timeout", "3")
    assert down.returncode == 0, down.stderr
    assert f"warning: {url}: unreachable" in down.stderr and f"last good copy of {fetched_at}" in down.stderr
    summary = json.loads((tmp_path / "down" / "summary.json").read_text(encoding="utf-8"))
    assert summary["loaded"] == 20 and summary["source"]["from_cache"] is True
    assert summary["source"]["fetched_at"] == fetched_at and "unreachable" in summary["source"]["error"]
    assert {path.suffix for path in cache.iterdir()} == {".csv", ".json"}, "written outside the copy and its record"
    empty = run_cli("run", "--schools", url, "--cache", str(tmp_path / "empty"), "--out", str(tmp_path / "none"),
                    "--timeout", "3")
    assert empty.returncode == 2
    lines = empty.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {url}: source unavailable"), empty.stderr
    assert not (tmp_path / "none").exists()
