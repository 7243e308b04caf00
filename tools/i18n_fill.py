"""Fill unfinished entries of the .ts files: from a finished translation of the same English text elsewhere in the
file (a string moved to another context keeps its translation) and from JSON files of new translations.

    python3 tools/i18n_fill.py i18n/school_connectivity_ru.ts ... [--json translations.json ...]

A JSON file maps English source text to {"ru": "...", "ky": "..."}; the language is taken from the .ts file name.
Run by `make i18n-update` between pylupdate5 (which keeps obsolete entries) and pylupdate5 -noobsolete.
"""
from __future__ import annotations

import argparse
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path


def _language(path: Path) -> str:
    match = re.search(r"_([a-z]{2})\.ts$", path.name)
    if not match:
        raise SystemExit(f"{path}: cannot tell the language from the file name")
    return match.group(1)


def _finished(translation: ET.Element | None) -> bool:
    return translation is not None and translation.get("type") not in ("unfinished",) and bool(
        (translation.text or "").strip())


def fill(path: Path, extra: dict[str, str]) -> int:
    """Fill what can be filled in one .ts file; returns how many entries were filled."""
    tree = ET.parse(path)
    messages = list(tree.getroot().iter("message"))
    known = dict(extra)
    for message in messages:
        translation = message.find("translation")
        if _finished(translation) and translation.get("type") != "vanished":
            known.setdefault(message.findtext("source"), translation.text)
    for message in messages:  # obsolete translations last: current ones win
        translation = message.find("translation")
        if translation is not None and translation.get("type") in ("obsolete", "vanished") and translation.text:
            known.setdefault(message.findtext("source"), translation.text)
    filled = 0
    for message in messages:
        translation = message.find("translation")
        source = message.findtext("source")
        if translation is not None and translation.get("type") == "unfinished" and source in known:
            translation.text = known[source]
            del translation.attrib["type"]
            filled += 1
    if filled:
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts", nargs="+", type=Path)
    parser.add_argument("--json", action="append", default=[], type=Path)
    args = parser.parse_args()
    tables = [json.loads(path.read_text(encoding="utf-8")) for path in args.json]
    for path in args.ts:
        language = _language(path)
        extra = {source: values[language] for table in tables for source, values in table.items()
                 if values.get(language)}
        print(f"{path}: {fill(path, extra)} entries filled")


if __name__ == "__main__":
    main()
