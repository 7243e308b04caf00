"""Live sources inside QGIS, against a real HTTP server on 127.0.0.1: downloads through QGIS's network manager fall
back on the last good copy on 404, 500, a slow answer and a truncated body; a changed file is seen; the dock polls in
the background (the GUI never waits), shows the source's state and time, and imports and records a snapshot only
when the data changed; the options page sets the source and its interval (off by default)."""
from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsSettings

from school_connectivity_plugin.core.definitions.codes import SourceState
from school_connectivity_plugin.core.errors import InputError
from school_connectivity_plugin.processing.sources import cache_folder, follow_in_qgis
from school_connectivity_plugin.settings import PREFIX, PluginSettings

from support.http_server import LocalServer

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"


def school_csv(rows: int = 30, flip: int | None = None) -> bytes:
    """The first rows of the sample's school list (one school's internet answer flipped, to change the data)."""
    lines = (SAMPLE / "schools.csv").read_text(encoding="utf-8").splitlines()[:rows + 1]
    if flip is not None:
        lines[flip] = lines[flip].replace(",да,", ",нет,") if ",да," in lines[flip] else lines[flip].replace(
            ",нет,", ",да,")
    return ("\n".join(lines) + "\n").encode("utf-8")


@pytest.fixture
def server():
    with LocalServer() as running:
        yield running


def test_the_copies_live_in_the_profile(qgis_app):
    assert cache_folder().is_relative_to(QgsApplication.qgisSettingsDirPath())


@pytest.mark.parametrize("route, reason", [
    ({"body": b"gone", "status": 404}, "HTTP 404"),
    ({"body": b"boom", "status": 500}, "HTTP 500"),
    ({"body": school_csv(), "delay_s": 3.0}, "no complete answer within 1 s"),
    ({"body": school_csv(), "send_bytes": 200}, "truncated"),
    ({"body": school_csv(5)}, "far fewer than the 30"),
])
def test_qgis_downloads_fall_back_on_the_last_good_copy(server, tmp_path, route, reason, qgis_app):
    url = server.serve("/schools.csv", school_csv(), content_type="text/csv")
    good = follow_in_qgis(url, cache=tmp_path, timeout=1)
    assert (good.from_cache, good.rows, good.state) == (False, 30, SourceState.FRESH)
    server.serve("/schools.csv", **route)
    report = follow_in_qgis(url, cache=tmp_path, timeout=1)
    assert report.from_cache and reason in report.error and report.path == good.path
    assert Path(report.path).read_bytes() == school_csv()


def test_no_copy_and_no_source_names_the_url(server, tmp_path, qgis_app):
    url = server.url("/nothing.csv")
    with pytest.raises(InputError, match="HTTP 404") as raised:
        follow_in_qgis(url, cache=tmp_path, timeout=2)
    assert str(raised.value).startswith(url)


def test_a_token_from_the_environment_reaches_the_source(server, tmp_path, monkeypatch, qgis_app):
    monkeypatch.setenv("SCHOOL_CONNECTIVITY_TOKEN", "t0ken")
    url = server.serve("/schools.csv", school_csv(), content_type="text/csv")
    follow_in_qgis(url, cache=tmp_path, timeout=2)
    assert server.requests[-1][1].get("Authorization") == "Bearer t0ken"


@pytest.fixture
def live_dock(dock, server, tmp_path, qtbot):
    """The dock following a local source polled every minute, with a snapshot store."""
    url = server.serve("/schools.csv", school_csv(), content_type="text/csv")
    PluginSettings(live_source_url=url, live_poll_minutes=1).save()
    dock.apply_settings(PluginSettings.load())
    dock.progress_panel.store.setFilePath(str(tmp_path / "snapshots.gpkg"))
    return dock, url


def snapshot_count(path: Path) -> int:
    if not path.exists():
        return 0
    with sqlite3.connect(path) as db:
        return db.execute("SELECT COUNT(DISTINCT taken_at) FROM connectivity_snapshots").fetchone()[0]


def test_the_dock_polls_in_the_background_and_imports_only_changes(live_dock, server, tmp_path, qtbot):
    dock, url = live_dock
    panel = dock.live_source
    assert panel.url == url
    assert not panel.isHidden() and panel.timer.isActive() and panel.timer.interval() == 60_000
    server.routes["/schools.csv"].delay_s = 1.0
    started = time.monotonic()
    assert panel.poll()
    assert time.monotonic() - started < 0.5, "the GUI waited on the network"
    assert panel.state.text() == "Checking the live source…"
    store = tmp_path / "snapshots.gpkg"
    qtbot.waitUntil(lambda: snapshot_count(store) == 1, timeout=60_000)
    assert panel.state.text().startswith("As of ") and panel.state.text().endswith(": downloaded")
    layer = dock.school_layer()
    assert layer is not None and layer.featureCount() == 30
    assert dock.stats.schools == 30, "recounted"
    server.routes["/schools.csv"].delay_s = 0.0
    assert panel.poll()
    qtbot.waitUntil(lambda: panel.task is None, timeout=30_000)
    assert panel.state.text().endswith(": unchanged") and snapshot_count(store) == 1, "no change, no snapshot"
    server.serve("/schools.csv", school_csv(flip=3), content_type="text/csv")
    time.sleep(1.1)  # (snapshots are stamped to the second)
    assert panel.poll()
    qtbot.waitUntil(lambda: snapshot_count(store) == 2, timeout=60_000)
    server.stop()
    assert panel.poll()
    qtbot.waitUntil(lambda: panel.task is None, timeout=30_000)
    assert "source unavailable, last good copy" in panel.state.text() and "unreachable" in panel.state.text()
    assert snapshot_count(store) == 2


def test_polling_is_off_by_default_and_set_in_the_options(dock, qtbot):
    from school_connectivity_plugin.gui.options import SchoolConnectivityOptions

    assert PluginSettings().live_poll_minutes == 0 and PluginSettings().live_source_url == ""
    assert dock.live_source.isHidden() and not dock.live_source.timer.isActive()
    applied = []
    page = SchoolConnectivityOptions(applied.append)
    qtbot.addWidget(page)
    page.live_source.url.setText(" https://example.org/schools.csv ")
    page.live_source.minutes.setValue(15)
    page.apply()
    saved = PluginSettings.load()
    assert (saved.live_source_url, saved.live_poll_minutes, saved.live_source_authcfg) == (
        "https://example.org/schools.csv", 15, "")
    dock.apply_settings(saved)
    assert dock.live_source.timer.interval() == 15 * 60_000 and not dock.live_source.isHidden()
    QgsSettings().remove(PREFIX)


def test_the_import_algorithm_reads_a_url_then_its_last_good_copy(server, tmp_path, qgis_app):
    import processing
    from qgis.core import QgsProcessingFeedback

    class Warnings(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings = []

        def pushWarning(self, warning):
            self.warnings.append(warning)
            super().pushWarning(warning)

    url = server.serve("/toolbox.csv", school_csv(25), content_type="text/csv")
    first = processing.run("schoolconnectivity:importschools", {
        "INPUT": url, "OUTPUT": str(tmp_path / "a.gpkg"), "REJECTED": str(tmp_path / "ra.gpkg")})
    assert first["LOADED"] == 25
    server.stop()
    feedback = Warnings()
    again = processing.run("schoolconnectivity:importschools", {
        "INPUT": url, "OUTPUT": str(tmp_path / "b.gpkg"), "REJECTED": str(tmp_path / "rb.gpkg")}, feedback=feedback)
    assert again["LOADED"] == 25
    assert any(warning.startswith(f"{url}: unreachable") and "last good copy" in warning
               for warning in feedback.warnings), feedback.warnings
