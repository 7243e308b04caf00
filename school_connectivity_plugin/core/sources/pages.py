"""A paged JSON API (a Giga-style school list) read whole: its records page after page (next links in the body or
the Link header, or page=N), then written as one CSV table the importer reads like any list."""
from __future__ import annotations

import csv
import io
import json
import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from .fetch import Fetcher, Response
from .files import BrokenSourceError

#: Keys under which APIs put their records.
RECORD_KEYS = ("data", "results", "items", "records", "schools")
#: A guard against a server that never stops paging.
MAX_PAGES = 10_000
_LINK_NEXT = re.compile(r'<([^>]+)>\s*;\s*rel="?next"?')


def records_of(document) -> list[dict] | None:
    """The records of one page (a list of objects, or one under a usual key); None when it holds none."""
    if isinstance(document, list):
        return [item for item in document if isinstance(item, dict)]
    if isinstance(document, dict):
        for key in RECORD_KEYS:
            if isinstance(document.get(key), list):
                return [item for item in document[key] if isinstance(item, dict)]
    return None


def _next_url(document, response: Response, url: str, count: int, first_count: int) -> str | None:
    links = document.get("links") if isinstance(document, dict) else None
    candidates = [document.get("next") if isinstance(document, dict) else None,
                  links.get("next") if isinstance(links, dict) else None]
    match = _LINK_NEXT.search(response.headers.get("link", ""))
    candidates.append(match.group(1) if match else None)
    link = next((value for value in candidates if isinstance(value, str) and value), None)
    if link:
        return urljoin(url, link)
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    if "page" in query and query["page"].isdigit() and count and count >= first_count:
        query["page"] = str(int(query["page"]) + 1)
        return urlunsplit(parts._replace(query=urlencode(query)))
    return None


def _same_origin(first: str, other: str) -> bool:
    one, two = urlsplit(first), urlsplit(other)
    return (one.scheme, one.netloc) == (two.scheme, two.netloc)


def _document(response: Response, url: str):
    if response.error or response.status != 200:
        raise BrokenSourceError(f"{url}: " + (response.error or f"HTTP {response.status}"))
    try:
        return json.loads(response.body.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BrokenSourceError(f"{url}: invalid JSON ({error})") from error


def collect(first: Response, url: str, fetch: Fetcher, headers: dict, timeout: float) -> list[dict]:
    """Every record of the API, page after page; any broken page breaks the whole (never a partial list). The
    token goes only to the first page's host."""
    records, seen, page_url, response = [], {url}, url, first
    first_count = None
    for _ in range(MAX_PAGES):
        document = _document(response, page_url)
        page = records_of(document)
        if page is None:
            raise BrokenSourceError(f"{page_url}: JSON without records or features")
        first_count = len(page) if first_count is None else first_count
        records += page
        following = _next_url(document, response, page_url, len(page), first_count) if page else None
        if following is None or following in seen:
            return records
        seen.add(following)
        page_url = following
        response = fetch(page_url, headers if _same_origin(url, page_url) else {}, timeout)
    raise BrokenSourceError(f"{url}: more than {MAX_PAGES:,} pages")


def _flat(record: dict, prefix: str = "") -> dict:
    flat = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flat(value, f"{name}."))
        else:
            flat[name] = json.dumps(value, ensure_ascii=False) if isinstance(value, list) else value
    return flat


def records_csv(records: list[dict]) -> bytes:
    """Records as one UTF-8 CSV table: a column per key (nested keys dotted) in order of first appearance."""
    rows = [_flat(record) for record in records]
    columns = list(dict.fromkeys(name for row in rows for name in row))
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if row.get(name) is None else row.get(name) for name in columns])
    return text.getvalue().encode("utf-8")
