"""Build the plugin zip once per test process with `make package`, into a throw-away folder.

The packaging, qgis_process and desktop end-to-end tests all check the same artefact a user installs,
so they share one build instead of each running `make package`.
"""
from __future__ import annotations

import atexit
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PLUGIN = "school_connectivity_plugin"
_BUILT: list[Package] = []


@dataclass(frozen=True)
class Package:
    """Where `make package` put the zip and the staged plugin folder."""

    dist: Path
    make_output: str

    @property
    def zip_path(self) -> Path:
        return self.dist / f"{PLUGIN}.zip"

    @property
    def staged(self) -> Path:
        return self.dist / PLUGIN

    def install_into(self, plugins_dir: Path) -> Path:
        """Unzip the zip into a QGIS plugins folder, as "Install from ZIP" does."""
        plugins_dir.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(self.zip_path) as archive:
            archive.extractall(plugins_dir)
        return plugins_dir / PLUGIN


def build_package(dist: Path) -> Package:
    """Run `make package` with its output redirected to `dist`; raises with make's output on failure."""
    result = subprocess.run(
        ["make", "--no-print-directory", "package", f"DIST={dist}"],
        cwd=REPO, capture_output=True, text=True, timeout=300, check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"make package failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return Package(dist=dist, make_output=result.stdout)


def shared_package() -> Package:
    """One build per test process, removed when the process ends."""
    if not _BUILT:
        dist = Path(tempfile.mkdtemp(prefix="sc_dist_"))
        atexit.register(shutil.rmtree, dist, ignore_errors=True)
        _BUILT.append(build_package(dist))
    return _BUILT[0]
