"""Following a source at a URL: each good download is kept as the last good copy in a cache folder, and when the
source is unreachable or returns something broken (HTTP error, timeout, truncated or invalid file, far fewer rows
than last time) the run goes on with that copy and says so; with no copy it stops, naming the URL."""
from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable
from urllib.parse import urlsplit

from ..atomic import atomic_path
from ..definitions.codes import SourceState
from ..errors import InputError
from .fetch import DEFAULT_TIMEOUT_S, Fetcher, Response
from .files import BrokenSourceError, check_file, suffix_for
from .pages import collect, records_csv, records_of

#: A download with fewer rows than this share of the last good copy's is taken as broken.
MIN_ROW_SHARE = 0.5
_SCHEMES = ("http://", "https://")


def is_url(value: object) -> bool:
    """An http(s) URL (any other text is a file path)."""
    return isinstance(value, str) and value.strip().lower().startswith(_SCHEMES)


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class SourceReport:
    """How a source was read: the local copy the run reads, when it was fetched, whether it is the last good copy
    (and why), its rows, and whether it differs from the copy kept before."""

    url: str
    path: str
    fetched_at: str
    from_cache: bool
    error: str | None
    rows: int | None
    state: SourceState
    changed: bool = False

    def summary(self) -> dict:
        """The `source` entry of summary.json."""
        return {"url": self.url, "fetched_at": self.fetched_at, "from_cache": self.from_cache, "error": self.error,
                "rows": self.rows}


class SourceCache:
    """The last good copy of each URL in one folder: `<host>-<hash>.<suffix>` and its `.json` record. Nothing is
    written anywhere else, and a copy is replaced only by a whole, checked file."""

    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)

    def _stem(self, url: str) -> str:
        host = re.sub(r"[^A-Za-z0-9.-]", "_", urlsplit(url).hostname or "source")[:60]
        return f"{host}-{hashlib.sha256(url.encode('utf-8')).hexdigest()[:16]}"

    def record(self, url: str) -> dict | None:
        """What the cache knows of the URL's last good copy (None when it holds none or the copy is gone)."""
        path = self.root / f"{self._stem(url)}.json"
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        data = self.root / Path(record.get("file", "")).name
        return record if record.get("url") == url and data.is_file() else None

    def copy_path(self, record: dict) -> Path:
        return self.root / Path(record["file"]).name

    def keep(self, url: str, body: bytes, suffix: str, fetched_at: str) -> tuple[Path, int | None, bool]:
        """Check the body and make it the last good copy; its path, rows and whether it differs from the last."""
        self.root.mkdir(parents=True, exist_ok=True)
        last = self.record(url)
        digest = hashlib.sha256(body).hexdigest()
        target = self.root / f"{self._stem(url)}{suffix}"
        with atomic_path(target) as temporary:
            temporary.write_bytes(body)
            rows = check_file(temporary)
            last_rows = last.get("rows") if last else None
            if rows is not None and last_rows and rows < MIN_ROW_SHARE * last_rows:
                raise BrokenSourceError(f"{rows:,} rows, far fewer than the {last_rows:,} of the last good copy")
        if last and self.copy_path(last) != target:
            self.copy_path(last).unlink(missing_ok=True)
        with atomic_path(self.root / f"{self._stem(url)}.json") as temporary:
            temporary.write_text(json.dumps({"url": url, "file": target.name, "fetched_at": fetched_at, "rows": rows,
                                             "sha256": digest}, indent=2), encoding="utf-8")
        return target, rows, last is None or last.get("sha256") != digest


def download(url: str, fetch: Fetcher, headers: dict, timeout: float) -> tuple[bytes, str]:
    """The body and its file suffix: a file as served, or a paged JSON API's records as one CSV table."""
    response: Response = fetch(url, headers, timeout)
    if response.error:
        raise BrokenSourceError(response.error)
    if response.status != 200:
        raise BrokenSourceError(f"HTTP {response.status}")
    suffix = suffix_for(url, response.content_type, response.body[:64])
    if suffix in (".json", ".geojson"):
        try:
            document = json.loads(response.body.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise BrokenSourceError(f"invalid JSON ({error})") from error
        if records_of(document) is not None and not (isinstance(document, dict) and "features" in document):
            records = collect(response, url, fetch, headers, timeout)
            if not records:
                raise BrokenSourceError("the API returned no records")
            return records_csv(records), ".csv"
    return response.body, suffix


def follow(url: str, cache: SourceCache, fetch: Fetcher, headers: dict | None = None,
           timeout: float = DEFAULT_TIMEOUT_S, now: Callable[[], str] = _now) -> SourceReport:
    """Download the URL into the cache, or fall back on its last good copy; InputError naming the URL when there
    is neither."""
    fetched_at = now()
    try:
        body, suffix = download(url, fetch, headers or {}, timeout)
        path, rows, changed = cache.keep(url, body, suffix, fetched_at)
    except BrokenSourceError as error:
        record = cache.record(url)
        if record is None:
            raise InputError(f"source unavailable ({error}) and no last good copy in {cache.root}", path=url) from error
        return SourceReport(url, str(cache.copy_path(record)), record["fetched_at"], True, str(error),
                            record.get("rows"), SourceState.LAST_GOOD_COPY)
    return SourceReport(url, str(path), fetched_at, False, None, rows,
                        SourceState.FRESH if changed else SourceState.UNCHANGED, changed)
