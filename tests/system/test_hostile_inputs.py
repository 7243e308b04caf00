"""The hostile corpus (tests/hostile/make_corpus.py) through every entry point: the import/distance algorithms,
the dock's task and the headless command. Each outcome is either the result worked out by hand with every row
accounted for, or one clear line naming the file (row, column); never a traceback, never a crash."""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "hostile"))

from harness import ENTRIES, applicable, fault_dirs, judge, run_everything
from make_corpus import READONLY_OUT, build_corpus

CORPUS = Path(tempfile.mkdtemp(prefix="hostile_corpus_"))
CASES = build_corpus(CORPUS)
PAIRS = [pytest.param(case, entry, id=f"{entry}-{case.name}") for case in CASES for entry in ENTRIES
         if applicable(case, entry)]


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    """Every (case, entry) run once, side by side, in subprocesses."""
    work = tmp_path_factory.mktemp("hostile_work")
    with fault_dirs(work / "faults") as dirs:
        results = run_everything(CASES, CORPUS, work, dirs)
    yield results, dirs
    shutil.rmtree(CORPUS, ignore_errors=True)


def test_the_corpus_is_broad():
    assert len(CASES) >= 40
    classes = {case.defect for case in CASES}
    assert {"structure", "encoding", "coordinates", "geometry", "crs", "fiber", "faults", "size", "formula",
            "workbook", "boundary", "paths"} <= classes
    headless_classes = {case.defect for case in CASES if case.cli}
    assert headless_classes >= classes - {"size", "workbook", "paths", "geometry"}


@pytest.mark.parametrize("case, entry", PAIRS)
def test_hostile_input(case, entry, outcomes):
    results, dirs = outcomes
    if case.fault == READONLY_OUT and dirs.readonly is None:
        pytest.skip("no read-only folder: running as root where tmpfs cannot be mounted")
    record = results[entry].get(case.name)
    assert record is not None, f"{case.name} did not run through {entry}"
    assert judge(case, record) == []
