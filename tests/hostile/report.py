"""Runs the hostile corpus through every entry point and writes the case table of docs/reliability.md (the
part between the corpus markers; the scale section is bench/scale_2m.py's).

    /usr/bin/python3 tests/hostile/report.py
"""
from __future__ import annotations

import re
import sys
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from harness import ENTRIES, REPO, applicable, fault_dirs, judge, run_everything  # noqa: E402
from make_corpus import ERROR, build_corpus  # noqa: E402

DOC = REPO / "docs" / "reliability.md"
BEGIN, END = "<!-- corpus:begin -->", "<!-- corpus:end -->"


def _outcome(case, record: dict | None, entry: str, work: Path) -> str:
    """One table cell: what the entry point did, and whether that is the expected result."""
    if record is None:
        return "—"
    problems = judge(case, record)
    if "crash" in record:
        return f"**CRASH** (exit {record['crash']})"
    error = record.get("stderr") if entry == "headless" else record.get("error")
    if entry == "headless" and record.get("exit") == 0:
        error = None
    if error:
        lines = [line for line in error.strip().splitlines() if line.strip()]
        text = (lines[-1] if lines else "").replace(f"{work}/corpus/", "").replace(f"{work}/", "")
        text = text if len(text) <= 90 else text[:87] + "…"
        shown = f"message: `{text.replace('|', '/').replace('`', '')}`"
        if entry == "headless":
            shown = f"exit {record['exit']}, {shown}"
    else:
        shown = f"{record.get('loaded')} loaded + {record.get('rejected')} rejected"
    return ("ok: " if not problems else "**WRONG**: ") + shown + ("" if not problems else f" ({problems[0]})")


def table(cases, results, work: Path) -> list[str]:
    lines = ["| # | case | defect | input | expected | import algorithm | dock task | headless run |",
             "|---:|---|---|---|---|---|---|---|"]
    for number, case in enumerate(cases, start=1):
        expected = ("one line" + "".join(f", naming `{name}`" for name in case.names)
                    if case.expect == ERROR else
                    "every row accounted for" if case.loaded is None else
                    f"{case.loaded} loaded + {case.rejected} rejected")
        if case.cli_expect:
            expected += f"; headless: one line naming `{', '.join(case.cli_names)}`"
        if case.distances:
            expected += "; distances as constructed (±1 m)"
        cells = [_outcome(case, results[entry].get(case.name), entry, work) if applicable(case, entry) else "—"
                 for entry in ENTRIES]
        lines.append(f"| {number} | `{case.name}` | {case.defect} | {case.description} | {expected} | "
                     + " | ".join(cells) + " |")
    return lines


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="hostile_report_"))
    cases = build_corpus(work / "corpus")
    with fault_dirs(work / "faults") as dirs:
        results = run_everything(cases, work / "corpus", work, dirs)
    wrong = sum(bool(judge(case, results[entry][case.name])) for entry in ENTRIES for case in cases
                if case.name in results[entry])
    runs = sum(len(results[entry]) for entry in ENTRIES)
    lines = [BEGIN, "", f"Generated {date.today().isoformat()} by `tests/hostile/report.py`: {len(cases)} cases, "
             f"{runs} runs, {wrong} wrong. \"—\": the entry point does not take that case (the dock's import "
             "step has no boundary, column map or fiber; the headless run takes the representative subset).", "",
             "Messages are shown with the corpus folder left out of paths.", "",
             *table(cases, results, work), "", END]
    text = DOC.read_text(encoding="utf-8")
    text = re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), lambda _: "\n".join(lines), text, flags=re.S)
    DOC.write_text(text, encoding="utf-8")
    print(f"{DOC}: {len(cases)} cases, {runs} runs, {wrong} wrong")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
