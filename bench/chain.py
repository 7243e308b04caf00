"""The whole headless chain beside one QGIS join, per size: each step's seconds and peak memory (bench/scale_2m.py
watches the run), then `native:joinbynearest` of the same schools to the same fiber in a whole `qgis_process` run,
minutes apart; the ratio chain / join is the number issue 15 sets (<= 3). Written into docs/benchmarks.md.

    /usr/bin/python3 bench/chain.py [--sizes 20000 200000 2000000] [--keep DIR]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_2m import SAMPLE, SEED, generate, run_headless
from scale_2m import write_doc as write_reliability

REPO = Path(__file__).resolve().parent.parent
DOC = REPO / "docs" / "benchmarks.md"
BEGIN, END = "<!-- chain:begin -->", "<!-- chain:end -->"
#: The chain's section of docs/benchmarks.md, kept when bench/run.py rewrites the distance tables above it.
HEADING = "## The whole chain beside one join (issue 15)"
SIZES = (20_000, 200_000, 2_000_000)
#: What a user would otherwise run for the one number the chain starts from: each school's nearest fiber.
JOIN = ["/usr/bin/qgis_process.bin", "run", "native:joinbynearest", "--", "NEIGHBORS=1"]


def join_seconds(schools: Path, out: Path) -> tuple[float, int]:
    """One whole `qgis_process` run of joinbynearest (schools to the bundled backbone); seconds and exit code."""
    command = [*JOIN, f"INPUT={schools}|layername=schools", f"INPUT_2={SAMPLE / 'fiber_backbone.geojson'}",
               f"OUTPUT={out}"]
    started = time.monotonic()
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return round(time.monotonic() - started, 1), result.returncode


def measure(count: int, work: Path) -> dict:
    folder = work / str(count)
    folder.mkdir(parents=True, exist_ok=True)
    schools = folder / f"schools_{count}.csv"
    if not schools.exists():
        generate(schools, count)
    out = folder / "out"
    if out.exists():
        subprocess.run(["rm", "-rf", str(out)], check=True)
    load = os.getloadavg()[0]
    chain = run_headless(schools, out)
    join, join_exit = join_seconds(out / "schools.gpkg", folder / "join.gpkg")
    return {"schools": count, "chain": chain, "join_s": join, "join_exit": join_exit, "load": round(load, 1)}


def markdown(rows: list[dict]) -> list[str]:
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [BEGIN, "", f"Run {when} on {platform.machine()}, {os.cpu_count()} cores shared, seed {SEED}; "
             "`make bench` (`bench/chain.py`). Chain = `python3 -m school_connectivity_plugin run` on the generated "
             "list with the bundled fiber, boundary and regions (every output of the demo: schools.gpkg, maps PDF "
             "and PNG per page, field package, tables). Join = `qgis_process run native:joinbynearest` of the "
             "imported schools to the bundled backbone, whole process. Steps sampled each second (a step under a "
             "second may not show).", "",
             "| schools | chain s | peak MiB | join s | chain / join | load | seconds per step |",
             "|---:|---:|---:|---:|---:|---:|---|"]
    for row in rows:
        chain = row["chain"]
        steps = ", ".join(f"{re.sub(r'^schoolconnectivity:', '', step)} {seconds:.0f}"
                          for step, (_peak, seconds) in chain["by_step"].items())
        ratio = chain["seconds"] / row["join_s"] if row["join_s"] and row["join_exit"] == 0 else float("nan")
        lines.append(f"| {row['schools']:,} | {chain['seconds']} (exit {chain['exit']}) | {chain['peak_mib']:,} "
                     f"| {row['join_s']} (exit {row['join_exit']}) | {ratio:.1f}x | {row['load']} | {steps} |")
    lines += ["", END]
    return lines


def write_doc(rows: list[dict]) -> None:
    text = DOC.read_text(encoding="utf-8")
    if BEGIN not in text:
        text += f"\n{HEADING}\n\n{BEGIN}{END}\n"
    text = re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), lambda _: "\n".join(markdown(rows)), text, flags=re.S)
    DOC.write_text(text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--keep", help="folder for the generated lists and outputs (default: a temporary one)")
    args = parser.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="chain_"))
    rows = []
    for count in args.sizes:
        rows.append(measure(count, work))
        print(rows[-1], flush=True)
    write_doc(rows)
    largest = max(rows, key=lambda row: row["schools"])  # the 2 GB bound's table in docs/reliability.md
    if largest["schools"] < max(SIZES):
        return 0
    summary = work / str(largest["schools"]) / "out" / "summary.json"
    write_reliability(largest["schools"], largest["chain"],
                      json.loads(summary.read_text(encoding="utf-8")) if summary.exists() else None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
