"""`make bench`: this plugin beside QGIS's own nearest join, in one run, as ratios; writes docs/benchmarks.md.

For each size (schools N x fiber segments M, generated and seeded by bench/gen_data.py) every peer runs in a
fresh process; wall = whole process (start-up included), peak = the child's max RSS (wait4 rusage):
  read                      QGIS API: read the schools' coordinates (no attributes), the I/O floor
  plugin_phases             our engine in Python, phase by phase (read, fiber, index, nearest), nothing written
  plugin_qgis_process       qgis_process run schoolconnectivity:distancetofiber, result written to GPKG
  joinbynearest_utm         qgis_process run native:joinbynearest on the layers pre-projected to UTM 43N
                            (what a careful user does), NEIGHBORS=1, result written to GPKG
Error = |distance - reference| on sampled schools; the reference is the exact WGS 84 geodesic distance to
the nearest segment by brute force (tests/support/geodesic_reference.py: pyproj samples every 20 m, then 1 cm).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
import pandas as pd

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
DATA = BENCH / "data"
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(BENCH))

import gen_data  # noqa: E402

from tests.support.geodesic_reference import distance_to_lines  # noqa: E402

PYTHON = "/usr/bin/python3"
QGIS_PROCESS = "/usr/bin/qgis_process.bin"
PLUGIN = "school_connectivity_plugin"
FULL = [(2137, 20_000), (2137, 100_000), (200_000, 20_000), (200_000, 100_000), (2_000_000, 20_000),
        (2_000_000, 100_000)]
QUICK = [(2137, 20_000), (200_000, 20_000)]
SAMPLE = 100
TIMEOUT_S = 900


def timed(command: list[str], env: dict | None = None) -> dict:
    """Run one process; wall clock, peak RSS and stdout; killed after TIMEOUT_S."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    killer = threading.Timer(TIMEOUT_S, process.kill)
    killer.start()
    output: list[str] = []
    reader = threading.Thread(target=lambda: output.append(process.stdout.read()))
    errors: list[str] = []
    error_reader = threading.Thread(target=lambda: errors.append(process.stderr.read()))
    reader.start()
    error_reader.start()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    killer.cancel()
    reader.join()
    error_reader.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    return {"wall_s": round(wall, 2), "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
            "peak_mib": round(usage.ru_maxrss / 1024.0), "rc": process.returncode,
            "stdout": output[0] if output else "", "stderr": (errors[0] if errors else "")[-2000:]}


def qgis_profile() -> dict:
    """A throwaway QGIS profile with the packaged plugin enabled, as a user would install it."""
    subprocess.run(["make", "-s", "package"], cwd=REPO, check=True, stdout=subprocess.DEVNULL)
    root = Path(tempfile.mkdtemp(prefix="scbench-profile-"))
    plugins = root / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    shutil.copytree(REPO / "dist" / PLUGIN, plugins / PLUGIN)
    env = {**os.environ, "QGIS_CUSTOM_CONFIG_PATH": str(root), "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([QGIS_PROCESS, "plugins", "enable", PLUGIN], env=env, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return env


def reference(schools: int, fiber: int) -> pd.DataFrame:
    """Brute-force geodesic distances for SAMPLE seeded schools, cached in bench/data."""
    cache = DATA / f"reference_{schools}_{fiber}.csv"
    if cache.exists():
        return pd.read_csv(cache)
    table = pd.read_csv(DATA / f"schools_{schools}.csv")
    sample = table.sample(n=min(SAMPLE, len(table)), random_state=gen_data.SEED)
    lines = [np.array([[float(v) for v in pair.split()] for pair in wkt[11:-1].split(",")])
             for wkt in pd.read_csv(DATA / f"fiber_{fiber}.csv")["WKT"]]
    sample = sample.assign(reference_m=[distance_to_lines(x, y, lines) for x, y in zip(sample.lon, sample.lat)])
    sample[["sid", "lon", "lat", "reference_m"]].to_csv(cache, index=False)
    return sample


def gpkg_column(path: Path, column: str) -> pd.Series:
    """One column of the only feature table of a GeoPackage, indexed by the schools' `sid`."""
    with sqlite3.connect(path) as db:
        table = db.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'").fetchone()[0]
        frame = pd.read_sql_query(f'SELECT sid, "{column}" AS value FROM "{table}"', db)
    return frame.drop_duplicates("sid").set_index("sid")["value"]


def run_case(schools: int, fiber: int, env: dict, work: Path) -> list[dict]:
    started = time.strftime("%H:%M", time.gmtime())
    load = round(os.getloadavg()[0], 1)
    school_file, fiber_file = DATA / f"schools_{schools}.gpkg", DATA / f"fiber_{fiber}.gpkg"
    plugin_out, join_out = work / f"plugin_{schools}_{fiber}.gpkg", work / f"join_{schools}_{fiber}.gpkg"
    runs = {
        "read": timed([PYTHON, str(BENCH / "phases.py"), "read", "--schools", str(school_file)], env),
        "plugin_phases": timed([PYTHON, str(BENCH / "phases.py"), "plugin", "--schools", str(school_file),
                                "--fiber", str(fiber_file)], env),
        "plugin_qgis_process": timed([QGIS_PROCESS, "run", "schoolconnectivity:distancetofiber", "--",
                                      f"SCHOOLS={school_file}", f"FIBER={fiber_file}", f"OUTPUT={plugin_out}"], env),
        "joinbynearest_utm": timed([QGIS_PROCESS, "run", "native:joinbynearest", "--",
                                    f"INPUT={DATA / f'schools_{schools}_utm43.gpkg'}",
                                    f"INPUT_2={DATA / f'fiber_{fiber}_utm43.gpkg'}", "NEIGHBORS=1",
                                    f"OUTPUT={join_out}"], env),
    }
    truth = reference(schools, fiber).set_index("sid")["reference_m"]
    errors = {"plugin_qgis_process": (plugin_out, "fiber_distance_m"), "joinbynearest_utm": (join_out, "distance")}
    rows = []
    for peer, result in runs.items():
        row = {"schools": schools, "fiber": fiber, "peer": peer, "started": started, "load": load,
               **{key: result[key] for key in ("wall_s", "cpu_s", "peak_mib", "rc")}}
        if peer in ("read", "plugin_phases") and result["rc"] == 0:
            row["phases"] = json.loads(result["stdout"].strip().splitlines()[-1])["phases"]
        if peer in errors and result["rc"] == 0:
            path, column = errors[peer]
            got = gpkg_column(path, column).reindex(truth.index).astype(float)
            error = (got - truth).abs()
            row.update(max_err_m=float(error.max()), median_err_m=float(error.median()))
        if result["rc"] != 0:
            row["error"] = result["stderr"][-500:]
        rows.append(row)
        print(json.dumps(row), flush=True)
    for path in (plugin_out, join_out):
        path.unlink(missing_ok=True)
    return rows


def markdown(rows: list[dict], started: str) -> str:
    frame = pd.DataFrame(rows)
    lines = [
        "# Benchmarks: distance to fiber", "",
        "Reproduce with `make bench` (all sizes, about 25 min), `/usr/bin/python3 bench/run.py --quick`, or",
        "`--case 2000000x100000` to re-run one size (other rows are kept from `bench/results.json`). Data is generated",
        "and seeded by `bench/gen_data.py` (Kyrgyz-like extent, clustered schools, meandering fiber with a vertex",
        "every 1-2 km, as in `../shared/reference/peer-benchmarks.md`) into the git-ignored `bench/data/`.", "",
        f"Run {started} on {platform.node()}: {os.cpu_count()} cores, {platform.platform()}; a machine shared with "
        "other work, so absolute times are noisy and the side-by-side ratios (same size, minutes apart) less so.",
        "",
        "wall = whole process in seconds (start-up included); cpu = user + system CPU seconds of the process "
        "(less sensitive to other load; our k-d tree query uses both cores, so cpu can exceed wall); peak = max "
        "RSS (MiB). `x join` = joinbynearest's time / this peer's time, on wall and on cpu (higher is faster). "
        f"Errors against the brute-force geodesic reference on {SAMPLE} sampled schools per size.", "",
        "`load` = the machine's 1-minute load average when the size's runs started (2 cores: above 2, the "
        "runs waited for the CPU; a range where it was only sampled during the run).", "",
        "| schools | fiber segments | peer | wall s | cpu s | peak MiB | x join (wall / cpu) | max / median error (m) "
        "| load | phases (s) |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for (schools, fiber), group in frame.groupby(["schools", "fiber"], sort=False):
        join = group[group.peer == "joinbynearest_utm"]
        join_wall = float(join.wall_s.iloc[0]) if len(join) else float("nan")
        join_cpu = float(join.cpu_s.iloc[0]) if len(join) else float("nan")
        for row in group.to_dict("records"):
            ratio = f"{join_wall / max(row['wall_s'], 1e-9):.1f} / {join_cpu / max(row['cpu_s'], 1e-9):.1f}"
            error = (f"{row['max_err_m']:.3g} / {row['median_err_m']:.3g}"
                     if isinstance(row.get("max_err_m"), float) and not np.isnan(row["max_err_m"]) else "")
            phases = ", ".join(f"{k} {v}" for k, v in (row.get("phases") or {}).items()) \
                if isinstance(row.get("phases"), dict) else ""
            status = "" if row["rc"] == 0 else " (failed)"
            lines.append(f"| {schools:,} | {fiber:,} | {row['peer']}{status} | {row['wall_s']} | {row['cpu_s']} | "
                         f"{row['peak_mib']} | {ratio} | {error} | {row.get('load') or ''} | {phases} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="2,137 and 200,000 schools x 20,000 segments only")
    parser.add_argument("--case", action="append", metavar="NxM",
                        help="re-run only these sizes (e.g. 200000x20000), keeping the other rows of results.json")
    parser.add_argument("--out", default=str(REPO / "docs" / "benchmarks.md"))
    args = parser.parse_args()
    cases = [tuple(int(v) for v in case.split("x")) for case in args.case] if args.case else (
        QUICK if args.quick else FULL)
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    gen_data.generate(sorted({n for n, _ in cases}), sorted({m for _, m in cases}))
    env = qgis_profile()
    results = BENCH / "results.json"
    rows = json.loads(results.read_text()) if args.case and results.exists() else []
    with tempfile.TemporaryDirectory(prefix="scbench-") as work:
        for schools, fiber in cases:
            fresh = run_case(schools, fiber, env, Path(work))
            rows = [row for row in rows if (row["schools"], row["fiber"]) != (schools, fiber)] + fresh
            rows.sort(key=lambda row: (row["schools"], row["fiber"]))
            results.write_text(json.dumps(rows, indent=1))
    text = markdown(rows, started)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text + _notes() + _chain_section(out))
    print(text)


def _chain_section(doc: Path) -> str:
    """bench/chain.py's section of the document, kept as it is."""
    from chain import HEADING

    text = doc.read_text(encoding="utf-8") if doc.exists() else ""
    return "\n" + text[text.index(HEADING):] if HEADING in text else ""


def _notes() -> str:
    return (BENCH / "notes.md").read_text() if (BENCH / "notes.md").exists() else ""


if __name__ == "__main__":
    main()
