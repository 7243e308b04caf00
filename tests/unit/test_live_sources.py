"""Live sources against a real HTTP server on 127.0.0.1: a good file is kept as the last good copy; 404, 500, a slow
answer, a truncated body, an invalid file or far fewer rows fall back on that copy and say why; with no copy the
URL is named; a changed file is seen as changed; a paged JSON API is read whole, its token sent only to its host."""
from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from school_connectivity_plugin.core.definitions.codes import SourceState
from school_connectivity_plugin.core.errors import InputError
from school_connectivity_plugin.core.sources.fetch import token_headers, urllib_fetch
from school_connectivity_plugin.core.sources.live import SourceCache, follow, is_url

from support.http_server import LocalServer

CSV = "school_id,latitude,longitude,connectivity\n" + "".join(f"S{i},42.{i:02d},74.5,yes\n" for i in range(40))


@pytest.fixture
def server():
    with LocalServer() as running:
        yield running


@pytest.fixture
def cache(tmp_path) -> SourceCache:
    return SourceCache(tmp_path / "cache")


def files_in(folder) -> set[str]:
    return {path.name for path in folder.iterdir()} if folder.exists() else set()


def test_a_good_file_is_kept_and_read_from_the_cache(server, cache):
    url = server.serve("/schools.csv", CSV.encode(), content_type="text/csv")
    report = follow(url, cache, urllib_fetch, timeout=5)
    assert (report.from_cache, report.error, report.rows, report.state) == (False, None, 40, SourceState.FRESH)
    assert Path(report.path).read_bytes() == CSV.encode()
    assert os.path.dirname(report.path) == str(cache.root)
    assert report.summary()["url"] == url and report.summary()["fetched_at"] == report.fetched_at
    again = follow(url, cache, urllib_fetch, timeout=5)
    assert (again.state, again.changed, again.path) == (SourceState.UNCHANGED, False, report.path)


@pytest.mark.parametrize("route, reason", [
    ({"body": b"missing", "status": 404}, "HTTP 404"),
    ({"body": b"oops", "status": 500}, "HTTP 500"),
    ({"body": CSV.encode(), "delay_s": 3.0}, "no answer within 1 s"),
    ({"body": CSV.encode(), "send_bytes": len(CSV) // 2}, "truncated"),
    ({"body": b"<html><body>Maintenance</body></html>", "content_type": "text/html"}, "HTML page"),
    ({"body": CSV.encode()[:CSV.index("S5,")]}, "far fewer than the 40"),
])
def test_a_broken_answer_falls_back_on_the_last_good_copy(server, cache, route, reason):
    url = server.serve("/schools.csv", CSV.encode(), content_type="text/csv")
    good = follow(url, cache, urllib_fetch, timeout=1)
    kept = Path(good.path).read_bytes()
    server.serve("/schools.csv", **route)
    report = follow(url, cache, urllib_fetch, timeout=1)
    assert report.from_cache and report.state is SourceState.LAST_GOOD_COPY
    assert reason in report.error
    assert report.fetched_at == good.fetched_at and report.rows == 40
    assert Path(report.path).read_bytes() == kept, "a broken download replaced the last good copy"
    assert files_in(cache.root) == {os.path.basename(good.path), os.path.basename(good.path)[:-4] + ".json"}


def test_an_unreachable_source_without_a_copy_names_the_url(server, cache):
    url = server.url("/schools.csv")
    server.stop()
    with pytest.raises(InputError) as raised:
        follow(url, cache, urllib_fetch, timeout=2)
    assert str(raised.value).startswith(f"{url}: source unavailable (unreachable")
    assert files_in(cache.root) == set()


def test_the_server_gone_the_last_copy_is_used(server, cache):
    url = server.serve("/schools.geojson", json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"school_id": "A"}, "geometry": {"type": "Point", "coordinates": [74, 42]}}
    ]}).encode(), content_type="application/geo+json")
    good = follow(url, cache, urllib_fetch, timeout=2)
    assert good.rows == 1 and good.path.endswith(".geojson")
    server.stop()
    report = follow(url, cache, urllib_fetch, timeout=2)
    assert report.from_cache and report.path == good.path and "unreachable" in report.error


def test_a_file_changed_between_polls_is_seen_as_changed(server, cache):
    url = server.serve("/schools.csv", CSV.encode(), content_type="text/csv")
    first = follow(url, cache, urllib_fetch, timeout=2)
    changed = CSV.replace("S3,42.03,74.5,yes", "S3,42.03,74.5,no")
    server.serve("/schools.csv", changed.encode(), content_type="text/csv")
    second = follow(url, cache, urllib_fetch, timeout=2)
    assert first.changed and second.changed and second.state is SourceState.FRESH
    assert Path(second.path).read_text(encoding="utf-8") == changed
    assert follow(url, cache, urllib_fetch, timeout=2).changed is False


def test_a_geopackage_is_checked_before_it_is_kept(server, cache, tmp_path):
    path = tmp_path / "s.gpkg"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE gpkg_contents (table_name TEXT, data_type TEXT)")
        db.execute("CREATE TABLE schools (fid INTEGER PRIMARY KEY, school_id TEXT)")
        db.execute("INSERT INTO gpkg_contents VALUES ('schools', 'features')")
        db.executemany("INSERT INTO schools (school_id) VALUES (?)", [(f"S{i}",) for i in range(7)])
    url = server.serve("/list", path.read_bytes())
    report = follow(url, cache, urllib_fetch, timeout=2)
    assert report.path.endswith(".gpkg") and report.rows == 7
    server.serve("/list", b"SQLite format 3\x00" + b"\x00" * 200)
    broken = follow(url, cache, urllib_fetch, timeout=2)
    assert broken.from_cache and "GeoPackage" in broken.error


def test_a_paged_api_is_read_whole_and_its_token_goes_only_to_its_host(server, cache, monkeypatch):
    monkeypatch.setenv("TEST_SOURCE_TOKEN", "s3cret")
    page = lambda rows, following: json.dumps({"data": rows, "next": following}).encode()  # noqa: E731
    server.serve("/api/schools", page([{"school_id": "A", "lat": 42.1, "lon": 74.1, "meta": {"isp": "KT"}}],
                                      "/api/schools?cursor=2"), content_type="application/json")
    server.serve("/api/schools?cursor=2", page([{"school_id": "B", "lat": 42.2, "lon": 74.2}], None),
                 content_type="application/json")
    report = follow(server.url("/api/schools"), cache, urllib_fetch, token_headers("TEST_SOURCE_TOKEN"), timeout=2)
    assert report.path.endswith(".csv") and report.rows == 2
    assert Path(report.path).read_text(encoding="utf-8").splitlines() == [
        "school_id,lat,lon,meta.isp", "A,42.1,74.1,KT", "B,42.2,74.2,"]
    assert [headers.get("Authorization") for _, headers in server.requests] == ["Bearer s3cret"] * 2
    assert "s3cret" not in Path(report.path).read_text(encoding="utf-8") + json.dumps(report.summary())
    for name in files_in(cache.root):
        assert "s3cret" not in (cache.root / name).read_text(encoding="utf-8")


def test_page_numbers_are_followed_until_a_short_page(server, cache):
    rows = [{"school_id": f"S{i}", "lat": 42, "lon": 74} for i in range(5)]
    for number, part in enumerate((rows[:2], rows[2:4], rows[4:]), start=1):
        server.serve(f"/giga?page={number}&size=2", json.dumps({"data": part}).encode(),
                     content_type="application/json")
    report = follow(server.url("/giga?page=1&size=2"), cache, urllib_fetch, timeout=2)
    assert report.rows == 5


def test_a_broken_page_breaks_the_whole_download(server, cache):
    server.serve("/api", json.dumps({"data": [{"a": 1}], "next": "/api2"}).encode(), content_type="application/json")
    server.serve("/api2", b"gone", status=500)
    with pytest.raises(InputError, match="HTTP 500"):
        follow(server.url("/api"), cache, urllib_fetch, timeout=2)


def test_urls_and_paths():
    assert is_url("https://example.org/a.csv") and is_url(" HTTP://x/y")
    assert not is_url("/data/schools.csv") and not is_url("C:\\schools.csv") and not is_url(None)


def test_a_strange_url_never_writes_outside_the_cache(server, cache, tmp_path):
    server.serve("/a/../../b.csv", CSV.encode())
    url = server.url("/a/../../b.csv") + "?x=/../../../escape&name=..%2F..%2Fevil"
    server.routes[url.split(server.base)[1]] = server.routes["/a/../../b.csv"]
    report = follow(url, cache, urllib_fetch, timeout=2)
    assert Path(report.path).parent == cache.root
    assert {path.parent for path in cache.root.rglob("*")} == {cache.root}
    assert sorted(path.name for path in tmp_path.iterdir()) == ["cache"]
