"""National scale: the headless command on 2,000,000 generated schools plus the bundled fiber, timed, with its
peak memory (the child's ru_maxrss from wait4) against the 2 GB bound; written into docs/reliability.md.

    /usr/bin/python3 bench/scale_2m.py [--schools N] [--keep DIR]
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
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "resources" / "sample"
DOC = REPO / "docs" / "reliability.md"
SEED = 20261130
#: The bound of the distance issue: peak resident memory of the whole headless run.
PEAK_BOUND_MIB = 2048
#: A run past this resident size is stopped (it has failed the bound; it must not starve the machine).
STOP_AT_MIB = 3 * PEAK_BOUND_MIB
BEGIN, END = "<!-- scale:begin -->", "<!-- scale:end -->"
#: Kyrgyzstan's valleys, roughly: schools scattered around these towns (lon, lat, spread in degrees).
TOWNS = np.array([(74.59, 42.87, 0.4), (72.80, 40.53, 0.5), (73.00, 40.93, 0.5), (78.39, 42.49, 0.4),
                  (76.00, 41.43, 0.4), (72.24, 42.52, 0.3), (70.82, 40.06, 0.4), (75.99, 42.49, 0.3)])


def generate(path: Path, count: int) -> None:
    """Seeded schools around the towns, in the ministry's Russian column names, as CSV."""
    rng = np.random.default_rng(SEED)
    town = TOWNS[rng.integers(0, len(TOWNS), count)]
    frame = pd.DataFrame({
        "Код школы": np.arange(1, count + 1),
        "Название школы": [f"Школа №{i}" for i in range(1, count + 1)],
        "Широта": np.round(town[:, 1] + rng.normal(0, 1, count) * town[:, 2] * 0.6, 6),
        "Долгота": np.round(town[:, 0] + rng.normal(0, 1, count) * town[:, 2], 6),
        "Интернет": rng.choice(["да", "нет"], count, p=[0.68, 0.32]),
        "Количество учащихся": rng.integers(20, 2000, count),
    })
    frame.to_csv(path, index=False)


def run_headless(schools: Path, out: Path) -> dict:
    """The command in a child process; wall time and the child's peak RSS."""
    command = [sys.executable, "-m", "school_connectivity_plugin", "run", "--schools", str(schools),
               "--fiber", str(SAMPLE / "fiber_backbone.geojson"), "--fiber", str(SAMPLE / "fiber_nodes.geojson"),
               "--boundary", str(SAMPLE / "kg_adm0.geojson"), "--regions", str(SAMPLE / "kg_adm1.geojson"),
               "--out", str(out)]
    started = time.monotonic()
    with open(out.parent / "stderr.txt", "w") as stderr:
        process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=stderr,
                                   env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        stopped, by_step = _watch(process.pid, out.parent / "stderr.txt")
        _, status, usage = os.wait4(process.pid, 0)
    seconds = time.monotonic() - started
    steps = [line.strip() for line in (out.parent / "stderr.txt").read_text(errors="replace").splitlines()]
    return {"exit": os.waitstatus_to_exitcode(status), "seconds": round(seconds, 1),
            "peak_mib": round(usage.ru_maxrss / 1024), "stderr_tail": steps[-3:], "stopped_at_step": stopped,
            "by_step": by_step}


def _watch(pid: int, stderr: Path) -> tuple[str | None, dict[str, list[float]]]:
    """Poll the child's resident size each second, per step (the last step named on stderr) its peak MiB and
    seconds; stop it past STOP_AT_MIB and say so."""
    status = Path(f"/proc/{pid}/status")
    by_step: dict[str, list[float]] = {}
    while True:
        try:
            text = status.read_text()
        except OSError:
            return None, by_step
        if "State:\tZ" in text:
            return None, by_step
        rss_mib = (int(re.search(r"VmRSS:\s+(\d+)", text).group(1)) if "VmRSS" in text else 0) / 1024
        step = _current_step(stderr)
        peak, seconds = by_step.get(step, [0.0, 0.0])
        by_step[step] = [max(peak, round(rss_mib)), seconds + 1.0]
        if rss_mib > STOP_AT_MIB:
            os.kill(pid, 9)
            return "over the stop limit", by_step
        time.sleep(1.0)


def _current_step(stderr: Path) -> str:
    """The algorithm the run is in: the last `schoolconnectivity:`/`native:`/`package:` name on stderr."""
    try:
        names = re.findall(r"\b((?:schoolconnectivity|native|package):[ \w.]+)", stderr.read_text(errors="replace"))
    except OSError:
        return "start"
    return names[-1] if names else "start"


def write_doc(count: int, result: dict, summary: dict | None) -> None:
    verdict = "within" if result["exit"] == 0 and result["peak_mib"] < PEAK_BOUND_MIB else "NOT within"
    lines = [BEGIN, "", f"Measured {date.today().isoformat()} on {platform.machine()}, {os.cpu_count()} cores shared, "
             f"Python {platform.python_version()}; `make bench` (`bench/chain.py`, or `bench/scale_2m.py` alone), "
             f"seed {SEED}.", "",
             "| schools | fiber | exit | wall time (s) | peak RSS (MiB) | bound (MiB) | verdict |",
             "|---:|---|---:|---:|---:|---:|---|",
             f"| {count:,} | bundled backbone + nodes, 8 regions | {result['exit']} | {result['seconds']} "
             f"| {result['peak_mib']:,} "
             f"| {PEAK_BOUND_MIB:,} | {verdict} the bound |", ""]
    if result.get("by_step"):
        lines += ["Peak resident memory and time (sampled each second) per step:", "",
                  "| step | peak RSS (MiB) | time (s) |", "|---|---:|---:|"]
        lines += [f"| `{step}` | {peak:,.0f} | {seconds:,.0f} |" for step, (peak, seconds) in result["by_step"].items()]
        lines.append("")
    if summary:
        lines += [f"Summary: {summary.get('rows_in'):,} rows in, {summary.get('loaded'):,} loaded, "
                  f"{summary.get('rejected'):,} rejected.", ""]
    if result["stopped_at_step"]:
        lines += [f"Stopped by the bench at {STOP_AT_MIB:,} MiB resident, in step `{result['stderr_tail'][-1:]}`.", ""]
    elif result["exit"] != 0:
        lines += ["The run failed; last lines on stderr:", "", "```", *result["stderr_tail"], "```", ""]
    lines.append(END)
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Reliability\n\n## Scale\n\n" + BEGIN + END + "\n"
    if BEGIN not in text:
        text += "\n## Scale\n\n" + BEGIN + END + "\n"
    text = re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), lambda _: "\n".join(lines), text, flags=re.S)
    DOC.write_text(text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--schools", type=int, default=2_000_000)
    parser.add_argument("--keep", help="folder for the generated file and outputs (default: a temporary one)")
    args = parser.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="scale_2m_"))
    work.mkdir(parents=True, exist_ok=True)
    schools = work / f"schools_{args.schools}.csv"
    if not schools.exists():
        generate(schools, args.schools)
    result = run_headless(schools, work / "out")
    summary_path = work / "out" / "summary.json"
    summary = json.loads(summary_path.read_text(encoding="utf-8")) if summary_path.exists() else None
    print(json.dumps(result, ensure_ascii=False))
    write_doc(args.schools, result, summary)
    return 0  # a measurement: the verdict against the bound is in docs/reliability.md


if __name__ == "__main__":
    sys.exit(main())
