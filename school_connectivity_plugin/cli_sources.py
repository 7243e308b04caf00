"""URL inputs of the headless command: each file option given as an http(s) URL is downloaded into the cache (or its
last good copy used, said on stderr) before the job starts, and summary.json says where every input came from."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from .core.atomic import atomic_path
from .core.schools.classes import SpeedPreset
from .core.sources.fetch import DEFAULT_TIMEOUT_S, TOKEN_ENV, token_headers, urllib_fetch
from .core.sources.live import SourceCache, SourceReport, follow, is_url

#: The named speed presets the commands offer, in the order of the algorithms' SPEED_PRESET choice.
SPEED_PRESETS = [preset.value for preset in SpeedPreset if preset is not SpeedPreset.USER]


def default_cache() -> Path:
    """The user's cache folder for last good copies (XDG_CACHE_HOME, else ~/.cache)."""
    root = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(root) / "school_connectivity" / "sources"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """--cache, --token-env and --timeout on a subcommand whose file options also take URLs."""
    parser.add_argument("--cache", metavar="DIR", default=None,
                        help="folder for the last good copy of each URL input (default: "
                             "$XDG_CACHE_HOME/school_connectivity/sources); when a URL is unreachable or broken "
                             "the run uses that copy and says so")
    parser.add_argument("--token-env", metavar="NAME", default=TOKEN_ENV,
                        help=f"name of the environment variable holding a token for URL inputs, sent as "
                             f"'Authorization: Bearer' to the URL's host (default: {TOKEN_ENV}); the token itself "
                             "is never taken from the command line")
    parser.add_argument("--timeout", metavar="SECONDS", type=float, default=DEFAULT_TIMEOUT_S,
                        help=f"longest time a URL download may take (default: {DEFAULT_TIMEOUT_S:g})")


def resolve(args: argparse.Namespace, options: tuple[str, ...], lists: tuple[str, ...] = ()
            ) -> dict[str, SourceReport]:
    """Replace every URL among the options by its local copy in the cache; the reports by option."""
    if not any(is_url(getattr(args, name, None)) for name in options) and not any(
            is_url(value) for name in lists for value in getattr(args, name, None) or []):
        return {}
    cache = SourceCache(args.cache or default_cache())
    headers = token_headers(args.token_env)
    reports: dict[str, SourceReport] = {}

    def local(label: str, value: str) -> str:
        if not is_url(value):
            return value
        report = reports[label] = follow(value.strip(), cache, urllib_fetch, headers, args.timeout)
        if report.from_cache:
            print(f"warning: {report.url}: {report.error}; using the last good copy of {report.fetched_at}",
                  file=sys.stderr, flush=True)
        return report.path

    for name in options:
        value = getattr(args, name, None)
        if value is not None:
            setattr(args, name, local(name, value))
    for name in lists:
        setattr(args, name, [local(f"{name}[{index}]", value)
                             for index, value in enumerate(getattr(args, name, None) or [])])
    return reports


def add_to_summary(path: Path, reports: dict[str, SourceReport]) -> dict:
    """summary.json with `source` (the school list's URL, when it is one) and `sources` (every URL input)."""
    summary = json.loads(path.read_text(encoding="utf-8"))
    if reports:
        if "schools" in reports:
            summary["source"] = reports["schools"].summary()
        summary["sources"] = {name: report.summary() for name, report in reports.items()}
        with atomic_path(path) as temporary:
            temporary.write_text(json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8")
    return summary
