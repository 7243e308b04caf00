"""The headless command's contract: options, exit codes, one-line errors."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OPTIONS = ["--schools", "--fiber", "--boundary", "--regions", "--dem", "--pipeline", "--out"]


def run_cli(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    return subprocess.run(
        ["/usr/bin/python3", "-m", "school_connectivity_plugin", *args],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=300,
    )


def test_help_documents_every_option():
    result = run_cli("run", "--help")
    assert result.returncode == 0
    for option in OPTIONS:
        assert option in result.stdout, option
    assert "summary.json" in result.stdout


def test_missing_schools_file_is_one_line_exit_2(tmp_path):
    missing = tmp_path / "nowhere.csv"
    result = run_cli("run", "--schools", str(missing), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(missing) in lines[0]
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()
