"""Runs the hostile corpus through every entry point and judges each outcome; shared by the tests and report.py.

Entry points: `algorithm` (processing.run of the import or distance algorithm), `dock` (the dock's import
step, an AlgorithmChain running a QgsTask), `headless` (`python3 -m school_connectivity_plugin run`). The first
two run in runner.py subprocesses (a crash fails its case and the runner restarts after it); the headless
command runs as its own subprocess per case, two at a time.
"""
from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from make_corpus import CONSISTENT, DISK_FULL, ERROR, MUTATING, READONLY_OUT, Case

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
PYTHON = "/usr/bin/python3"
ENTRIES = ("algorithm", "dock", "headless")
#: Tolerances: coordinates read back (degrees) and distances (metres, the issue's CRS-invariance bound).
DEGREES_TOLERANCE = 1e-6
DISTANCE_TOLERANCE_M = 1.0
CLI_TIMEOUT_S = 300


@dataclass
class FaultDirs:
    """Folders for the injected faults: a read-only file system and a 64 KiB one (None: use RLIMIT_FSIZE)."""

    readonly: Path | None
    full: Path | None
    mounted: list[Path]


def _mount(target: Path, options: str) -> bool:
    target.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        return False
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)], capture_output=True)
    return done.returncode == 0


@contextmanager
def fault_dirs(root: Path):
    """A read-only folder (a tmpfs mounted ro, or chmod 555 when not root) and a 64 KiB tmpfs when mount works."""
    readonly, full = root / "readonly_mount", root / "full_mount"
    mounted = []
    if _mount(readonly, "ro,size=64k"):
        mounted.append(readonly)
    elif os.geteuid() != 0:
        readonly.chmod(0o555)
    else:
        readonly = None  # root without mount: nothing is read-only to root
    if _mount(full, "size=64k"):
        mounted.append(full)
    else:
        full = None
    try:
        yield FaultDirs(readonly, full, mounted)
    finally:
        for path in mounted:
            subprocess.run(["umount", "-l", str(path)], capture_output=True)


def applicable(case: Case, entry: str, dirs: FaultDirs | None = None) -> bool:
    """Which entry points take a case: the dock's import step has no boundary, column map or fiber; the
    headless command takes the representative subset; a read-only folder needs a mount or a non-root user."""
    if case.fault == READONLY_OUT and dirs is not None and dirs.readonly is None:
        return False
    if entry == "headless":
        return case.cli
    if entry == "dock":
        return case.stage == "import" and not case.boundary and not case.column_map and case.fault in (None, MUTATING)
    return True


def run_subprocess_entry(entry: str, cases: list[Case], corpus: Path, work: Path, dirs: FaultDirs) -> dict[str, dict]:
    """Every case through runner.py; a case whose process died is recorded as a crash and the rest go on."""
    results_file = work / f"{entry}_results.jsonl"
    pending = [case.name for case in cases]
    records: dict[str, dict] = {}
    while pending:
        command = [PYTHON, str(HERE / "runner.py"), entry, str(corpus), str(work), str(results_file)]
        if dirs.readonly:
            command += ["--readonly", str(dirs.readonly)]
        if dirs.full:
            command += ["--full", str(dirs.full)]
        done = subprocess.run(command + pending, capture_output=True, text=True, timeout=900,
                              env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        started = None
        for line in results_file.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record.get("started"):
                started = record["case"]
            else:
                records[record["case"]] = record
                started = None
        if started is not None and started not in records:
            records[started] = {"case": started, "entry": entry, "crash": done.returncode,
                                "error": done.stderr.strip()[-500:]}
        pending = [name for name in pending if name not in records]
        if pending and started is None:
            for name in pending:
                records[name] = {"case": name, "entry": entry, "crash": done.returncode, "error": done.stderr[-500:]}
            pending = []
    return records


def cli_arguments(case: Case, corpus: Path, out: Path) -> list[str]:
    arguments = ["run", "--schools", str(corpus / case.schools), "--out", str(out), "--quiet"]
    for name in case.fiber:
        arguments += ["--fiber", str(corpus / name)]
    if case.boundary:
        arguments += ["--boundary", str(corpus / case.boundary)]
    return arguments


def _preexec_file_size_limit():
    import resource
    import signal

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, resource.RLIM_INFINITY))


def run_headless(case: Case, corpus: Path, work: Path, dirs: FaultDirs) -> dict:
    """The headless command in its own process: exit code, stderr, what --out and its parent hold afterwards."""
    parent = work / "headless" / case.name
    limited = False
    if case.fault == READONLY_OUT:
        parent = dirs.readonly
    elif case.fault == DISK_FULL:
        parent, limited = (dirs.full / case.name, False) if dirs.full else (parent, True)
    if case.fault != READONLY_OUT:
        parent.mkdir(parents=True, exist_ok=True)
    out = parent / "out"
    done = subprocess.run([PYTHON, "-m", "school_connectivity_plugin", *cli_arguments(case, corpus, out)],
                          cwd=REPO, capture_output=True, text=True, timeout=CLI_TIMEOUT_S,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                          preexec_fn=_preexec_file_size_limit if limited else None)
    record = {"case": case.name, "entry": "headless", "exit": done.returncode, "stderr": done.stderr.strip(),
              "left": sorted(p.name for p in parent.iterdir()) if parent.exists() else [],
              "out_files": sorted(p.name for p in out.iterdir()) if out.is_dir() else []}
    if done.returncode == 0:
        record.update(_headless_outputs(out))
    return record


def _headless_outputs(out: Path) -> dict:
    from runner import read_layer

    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    schools = read_layer(f"{out / 'schools.gpkg'}|layername=schools") if summary["loaded"] else []
    return {"rows_in": summary["rows_in"], "loaded": summary["loaded"], "rejected": summary["rejected"],
            "distances": {row.get("school_id"): row.get("fiber_distance_m") for row in schools},
            "flagged_all": sorted(set.intersection(*[set((row.get("qa_flags") or "").split(";")) for row in schools]))
            if schools else []}


def run_all_headless(cases: list[Case], corpus: Path, work: Path, dirs: FaultDirs, workers: int = 2) -> dict:
    with ThreadPoolExecutor(max_workers=workers) as pool:
        records = list(pool.map(lambda case: run_headless(case, corpus, work, dirs), cases))
    return {record["case"]: record for record in records}


def _close(actual, expected: float, tolerance: float) -> bool:
    return actual is not None and math.isfinite(float(actual)) and abs(float(actual) - expected) <= tolerance


def judge(case: Case, record: dict) -> list[str]:
    """What is wrong with one outcome (empty: correct). Error cases need one line naming what the case lists;
    loading cases need every row accounted for with the counts, reasons and values worked out by hand."""
    problems = []
    if "crash" in record:
        return [f"process died (exit {record['crash']}): {record.get('error')}"]
    headless = record["entry"] == "headless"
    if headless and case.cli_expect:
        case = replace(case, expect=case.cli_expect, names=case.cli_names)
    error = record.get("stderr", "") if headless else record.get("error")
    if headless:
        if "Traceback" in error:
            problems.append("a traceback reached stderr")
        if case.expect == ERROR and record["exit"] == 0:
            problems.append("exit code 0 for bad input")
        if case.expect != ERROR and record["exit"] != 0:
            problems.append(f"exit {record['exit']}: {error[-300:]}")
        if record["exit"] != 0:
            lines = [line for line in error.splitlines() if line.strip()]
            if len(lines) != 1:
                problems.append(f"{len(lines)} lines on stderr, not one")
            if record["exit"] not in (1, 2):
                problems.append(f"exit code {record['exit']}")
            if record["out_files"] or any(".partial-" in name for name in record["left"]):
                problems.append(f"partial output left: {record['left']} {record['out_files']}")
        error = error or "(no message)" if record["exit"] != 0 else None
    if case.expect == ERROR:
        if not error:
            return problems + [f"loaded instead of failing: {_counts(record)}"]
        lines = [line for line in error.strip().splitlines() if line.strip()]
        shown = lines[-1] if lines else ""  # processing.run puts "Unable to execute algorithm" first
        if "Traceback" in error or record.get("unexpected"):
            problems.append(f"internal error instead of a clear message: {record.get('unexpected', '')} {shown}")
        problems += [f"message does not name {name!r}: {shown}" for name in case.names if name not in shown]
        if record["entry"] == "dock" and record.get("left_behind"):
            problems.append("the failed task left its run folder")
        return problems
    if error:
        return problems + [f"failed: {error.strip()[:300]}"]
    if record.get("rows_in") is not None and record["loaded"] + record["rejected"] != record["rows_in"]:
        problems.append(f"rows lost: {_counts(record)}")
    if case.expect == CONSISTENT:
        return problems
    if (record["loaded"], record["rejected"]) != (case.loaded, case.rejected):
        problems.append(f"expected {case.loaded} loaded + {case.rejected} rejected, got {_counts(record)}")
    if "reported" in record and record["reported"] != [record["loaded"], record["rejected"]]:
        problems.append(f"the algorithm reported {record['reported']} but wrote {_counts(record)}")
    if headless:
        problems += _judge_distances(case, record)
        if case.flag_all and case.flag_all not in record["flagged_all"]:
            problems.append(f"not every school flagged {case.flag_all}")
        return problems
    if case.stage == "distance":
        return problems + _judge_distances(case, record)
    for row, reason in case.reasons.items():
        if record["reasons"].get(row) != reason:
            problems.append(f"row {row}: reason {record['reasons'].get(row)!r}, expected {reason!r}")
    rows = record["rows"]
    for row, (lat, lon) in case.coords.items():
        got = rows.get(row)
        placed = got is not None and _close(got["lat"], lat, DEGREES_TOLERANCE)
        if not (placed and _close(got["lon"], lon, DEGREES_TOLERANCE)):
            problems.append(f"row {row}: at {got and (got['lat'], got['lon'])}, expected {(lat, lon)}")
    for row, length in case.name_lengths.items():
        if rows.get(row, {}).get("name_length") != length:
            problems.append(f"row {row}: name of {rows.get(row, {}).get('name_length')} characters, expected {length}")
    for row, name in case.school_names.items():
        if rows.get(row, {}).get("name") != name:
            problems.append(f"row {row}: name {rows.get(row, {}).get('name')!r}, expected {name!r}")
    if case.flag_all and case.flag_all not in record["flagged_all"]:
        problems.append(f"not every school flagged {case.flag_all}")
    return problems


def _judge_distances(case: Case, record: dict) -> list[str]:
    problems = []
    for school, expected in case.distances.items():
        got = record["distances"].get(school)
        if expected is None:
            if got is not None:
                problems.append(f"{school}: distance {got} without fiber")
        elif not _close(got, expected, DISTANCE_TOLERANCE_M):
            problems.append(f"{school}: {got} m, expected {expected} m")
    return problems


def _counts(record: dict) -> str:
    return f"{record.get('loaded')} loaded + {record.get('rejected')} rejected of {record.get('rows_in')}"


def run_everything(cases: list[Case], corpus: Path, work: Path, dirs: FaultDirs) -> dict[str, dict[str, dict]]:
    """entry -> case -> record, for every applicable (case, entry); the three entry points run side by side."""
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = {entry: pool.submit(run_subprocess_entry, entry,
                                      [case for case in cases if applicable(case, entry, dirs)], corpus, work, dirs)
                   for entry in ("algorithm", "dock")}
        futures["headless"] = pool.submit(run_all_headless, [case for case in cases
                                                             if applicable(case, "headless", dirs)], corpus, work, dirs)
        return {entry: future.result() for entry, future in futures.items()}


if __name__ == "__main__":
    sys.exit("use tests/hostile/report.py or pytest tests/system/test_hostile_inputs.py")
