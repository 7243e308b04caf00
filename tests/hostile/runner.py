"""Runs corpus cases through the import/distance algorithms or the dock's task, in a process of its own so a
crash fails the case instead of the test session. One JSON line per case goes to RESULTS as it finishes.

    /usr/bin/python3 tests/hostile/runner.py ENTRY CORPUS_DIR WORK_DIR RESULTS [--readonly DIR] [--full DIR] CASE...
    ENTRY: algorithm | dock
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path[:0] = [str(REPO), str(HERE)]

from make_corpus import DISK_FULL, MUTATING, READONLY_OUT, Case, load_corpus  # noqa: E402

#: Output-file size the RLIMIT_FSIZE fallback of the full-disk fault allows.
FULL_DISK_BYTES = 64 * 1024


def read_layer(path: str) -> list[dict]:
    """Rows of an output GeoPackage layer read with OGR (not QGIS): attributes plus x/y of point geometries."""
    from osgeo import ogr

    dataset = ogr.Open(str(path).split("|")[0])
    layer = dataset.GetLayer(0)
    rows = []
    for feature in layer:
        row = feature.items()
        geometry = feature.GetGeometryRef()
        if geometry is not None and not geometry.IsEmpty() and geometry.GetGeometryName() == "POINT":
            row["_x"], row["_y"] = geometry.GetX(), geometry.GetY()
        rows.append(row)
    return rows


def import_summary(schools_path: str, rejected_path: str, rows_in) -> dict:
    """What the checks need from an import's outputs; per-row details only for small outputs."""
    schools, rejected = read_layer(schools_path), read_layer(rejected_path)
    result = {"rows_in": None if rows_in is None else int(rows_in), "loaded": len(schools), "rejected": len(rejected),
              "reasons": {str(row["source_row"]): row["reason"] for row in rejected},
              "rows": {}}
    details = len(schools) <= 200
    for row in schools:
        key = str(row["source_row"])
        if details or key in ("1", "2"):
            name = row.get("school_name") or ""
            result["rows"][key] = {"lat": row.get("_y"), "lon": row.get("_x"), "flags": row.get("qa_flags") or "",
                                   "name": name[:200], "name_length": len(name)}
    result["flagged_all"] = sorted(set.intersection(*[set((row.get("qa_flags") or "").split(";"))
                                                      for row in schools])) if schools else []
    return result


@contextmanager
def mutating(path: Path):
    """Another program appending rows to and truncating `path` while the block runs."""
    original = path.read_bytes()
    stop = threading.Event()

    def write():
        extra = 0
        while not stop.is_set():
            with open(path, "ab") as handle:
                handle.write(f"X{extra},Appended,41.9,74.9\n".encode())
            extra += 1
            if extra % 50 == 0:
                with open(path, "r+b") as handle:
                    handle.truncate(len(original) // 2)
            time.sleep(0.0005)

    thread = threading.Thread(target=write, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()
        path.write_bytes(original)


@contextmanager
def file_size_limit(limited: bool):
    """RLIMIT_FSIZE for the full-disk fault when no small file system could be mounted (writes then fail EFBIG)."""
    if not limited:
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (FULL_DISK_BYTES, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


def output_folder(case: Case, work: Path, readonly: str | None, full: str | None) -> tuple[Path, bool]:
    """Where the case's outputs go, and whether the file-size limit must stand in for a full disk."""
    if case.fault == READONLY_OUT:
        return Path(readonly) / case.name, False
    if case.fault == DISK_FULL:
        return (Path(full) / case.name, False) if full else (work / case.name, True)
    return work / case.name, False


def run_algorithm(case: Case, corpus: Path, out: Path, limited: bool) -> dict:
    import processing

    if case.stage == "distance":
        parameters = {"SCHOOLS": str(corpus / case.schools), "FIBER": [str(corpus / name) for name in case.fiber],
                      "OUTPUT": str(out / "measured.gpkg")}
        with file_size_limit(limited):
            result = processing.run("schoolconnectivity:distancetofiber", parameters)
        rows = read_layer(result["OUTPUT"])
        return {"loaded": len(rows), "rejected": 0, "rows_in": len(rows),
                "distances": {row["school_id"]: row["fiber_distance_m"] for row in rows}}
    parameters = {"INPUT": str(corpus / case.schools), "OUTPUT": str(out / "schools.gpkg"),
                  "REJECTED": str(out / "rejected.gpkg")}
    if case.boundary:
        parameters["BOUNDARY"] = str(corpus / case.boundary)
    if case.column_map:
        parameters["COLUMN_MAP"] = case.column_map
    with file_size_limit(limited):
        if case.fault == MUTATING:
            with mutating(corpus / case.schools):
                result = processing.run("schoolconnectivity:importschools", parameters)
        else:
            result = processing.run("schoolconnectivity:importschools", parameters)
    summary = import_summary(result["OUTPUT"], result["REJECTED"], result["ROWS_IN"])
    summary["reported"] = [int(result["LOADED"]), int(result["REJECTED_COUNT"])]
    return summary


def run_dock_task(case: Case, corpus: Path, out: Path) -> dict:
    """The dock's import step: an AlgorithmChain running the algorithm as a QgsTask, waited for with events."""
    from qgis.core import QgsApplication

    from school_connectivity_plugin.gui.tasks import AlgorithmChain
    from school_connectivity_plugin.processing.workflow import Stage, WorkflowInputs

    chain = AlgorithmChain(Stage.IMPORT, WorkflowInputs(str(corpus / case.schools)), {}, out)
    done: dict = {}
    chain.finished.connect(lambda ok, results: done.update(ok=ok, results=results))
    messages: list[str] = []
    chain.message.connect(messages.append)
    chain.start()
    deadline = time.monotonic() + 300
    while "ok" not in done and time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.005)
    if "ok" not in done:
        raise TimeoutError("the dock's task did not finish in 300 s")
    if not done["ok"]:
        error = getattr(chain, "error", "") or ""
        return {"error": error, "messages": messages, "left_behind": chain.run_dir.exists()}
    result = done["results"]["schoolconnectivity:importschools"]
    return import_summary(result["OUTPUT"], result["REJECTED"], result["ROWS_IN"])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("entry", choices=["algorithm", "dock"])
    parser.add_argument("corpus")
    parser.add_argument("work")
    parser.add_argument("results")
    parser.add_argument("--readonly")
    parser.add_argument("--full")
    parser.add_argument("cases", nargs="+")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from school_connectivity_plugin.qgis_runtime import start_qgis

    start_qgis()
    from qgis.core import QgsProcessingException

    corpus, work = Path(args.corpus), Path(args.work)
    by_name = {case.name: case for case in load_corpus(corpus)}
    with open(args.results, "a", encoding="utf-8") as results:
        for name in args.cases:
            case = by_name[name]
            results.write(json.dumps({"case": name, "entry": args.entry, "started": True}) + "\n")
            results.flush()
            out, limited = output_folder(case, work / args.entry, args.readonly, args.full)
            if case.fault != READONLY_OUT:
                out.mkdir(parents=True, exist_ok=True)
            started = time.monotonic()
            try:
                if args.entry == "algorithm":
                    record = run_algorithm(case, corpus, out, limited)
                else:
                    record = run_dock_task(case, corpus, out)
            except QgsProcessingException as error:
                record = {"error": str(error)}
            except Exception as error:
                record = {"error": str(error), "unexpected": type(error).__name__}
            record.update(case=name, entry=args.entry, seconds=round(time.monotonic() - started, 2),
                          left=sorted(str(path.relative_to(out)) for path in out.rglob("*")) if out.exists() else [])
            results.write(json.dumps(record, ensure_ascii=False) + "\n")
            results.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
