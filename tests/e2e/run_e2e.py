"""End-to-end: the plugin zip installed in a fresh profile of the real QGIS desktop, driven like a user.

Usage: /usr/bin/python3 tests/e2e/run_e2e.py [--dist DIR] [--out out/e2e]
Builds the zip (`make package`) unless --dist names a built one, installs it into a throw-away profile,
starts QGIS on a private Xvfb display with `driver.py` (which clicks through the plugin and screenshots
every step), watches for Python error dialogs from outside, checks the exported files, and writes
`report.json` beside the screenshots. Exit code 0 only when every check passed.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from checks import check_outputs  # noqa: E402

from support.plugin_build import PLUGIN, REPO, Package, build_package  # noqa: E402

SCREEN = "1600x1000x24"
TIMEOUT_S = 420  # generous: a loaded CI machine is several times slower than the ~50 s of an idle one
#: Window titles QGIS gives Python error dialogs and failed plugin loads (recipe, section 4B).
ERROR_TITLES = r"error has occurred|Couldn't load plugin|Python error|Traceback"
REQUIRED_TOOLS = ("Xvfb", "qgis", "xdotool")
PROFILE_INI = f"""[PythonPlugins]
{PLUGIN}=true

[qgis]
checkVersion=false
hideSplash=true
askToSaveProjectChanges=false
askToDeleteLayers=false

[app]
askToSaveMemoryLayers=false

[core]
NewsFeed\\httpsfeedqgisorg\\disabled=true
"""


def missing_tools() -> list[str]:
    """Programs the desktop run needs that are not on PATH."""
    return [tool for tool in REQUIRED_TOOLS if shutil.which(tool) is None]


def make_profile(root: Path, package: Package) -> Path:
    """A fresh profile 'default' with only our plugin enabled, installed by unzipping the zip."""
    profile = root / "profiles" / "default"
    (profile / "QGIS").mkdir(parents=True)
    package.install_into(profile / "python" / "plugins")
    (profile / "QGIS" / "QGIS3.ini").write_text(PROFILE_INI)
    return profile


def start_xvfb(log: Path) -> tuple[subprocess.Popen, str]:
    """Xvfb on the first free display (it tells us which through -displayfd)."""
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", SCREEN, "-nolisten", "tcp"],
        pass_fds=(write_fd,), stdout=log.open("w"), stderr=subprocess.STDOUT,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        display = pipe.readline().strip()
    if not display:
        server.kill()
        raise RuntimeError(f"Xvfb did not start, see {log}")
    return server, f":{display}"


def error_windows(env: dict) -> list[str]:
    """Titles of visible windows that look like Python error dialogs."""
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", ERROR_TITLES],
                           env=env, capture_output=True, text=True, check=False).stdout.split()
    titles = []
    for window in found:
        name = subprocess.run(["xdotool", "getwindowname", window], env=env, capture_output=True, text=True,
                              check=False).stdout.strip()
        titles.append(name)
    return titles


def x_screenshot(path: Path, env: dict) -> str | None:
    """The whole X screen, dialogs included, when ImageMagick's `import` is there."""
    if shutil.which("import") is None:
        return None
    subprocess.run(["import", "-window", "root", str(path)], env=env, capture_output=True, timeout=30, check=False)
    return path.name if path.exists() else None


def stop(process: subprocess.Popen, grace_s: float = 5.0) -> None:
    """SIGTERM, then SIGKILL if the process does not go."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(grace_s)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def run_desktop(package: Package, out: Path, work: Path, timeout_s: float) -> dict:
    """Start QGIS with the driver, watch it from outside, and return the merged report."""
    profile_root = work / "profiles_root"
    profile = make_profile(profile_root, package)
    installed_csv = profile / "python" / "plugins" / PLUGIN / "resources" / "sample" / "schools.csv"
    home = work / "project"
    home.mkdir()
    runtime = work / "xdg_runtime"
    runtime.mkdir(mode=0o700)
    xvfb, display = start_xvfb(out / "xvfb.log")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QGIS_", "QT_QPA"))}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", XDG_RUNTIME_DIR=str(runtime), PYTHONDONTWRITEBYTECODE="1",
               SC_E2E_OUT=str(out), SC_E2E_HOME=str(home), SC_E2E_PLUGIN=PLUGIN,
               SC_E2E_ERROR_TITLES=ERROR_TITLES)
    report: dict = {"display": display, "errors": [], "error_windows": []}
    started = time.monotonic()
    with (out / "qgis.log").open("w") as log:
        qgis = subprocess.Popen(
            ["qgis", "--profiles-path", str(profile_root), "--profile", "default", "--nologo", "--noversioncheck",
             "--code", str(HERE / "driver.py")],
            env=env, stdout=log, stderr=subprocess.STDOUT,
        )
        try:
            while qgis.poll() is None:
                titles = error_windows(env)
                if titles:
                    report["error_windows"] = titles
                    report["errors"].append(f"Python error dialog on screen: {titles}")
                    report["error_screenshot"] = x_screenshot(out / "error_dialog.png", env)
                    break
                if time.monotonic() - started > timeout_s:
                    report["errors"].append(f"QGIS did not finish within {timeout_s:.0f} s")
                    report["timeout_screenshot"] = x_screenshot(out / "timeout.png", env)
                    break
                time.sleep(0.5)
        finally:
            stop(qgis)
            stop(xvfb)
    report["qgis_exit_code"] = qgis.returncode
    report["seconds"] = round(time.monotonic() - started, 1)
    driver_report = out / "driver.json"
    if driver_report.exists():
        report["driver"] = json.loads(driver_report.read_text())
        report["errors"].extend(report["driver"].get("errors", []))
    else:
        report["errors"].append("the driver wrote no report (did QGIS load it?)")
    if qgis.returncode != 0 and not report["errors"]:
        report["errors"].append(f"QGIS exited with code {qgis.returncode}")
    results = Path(report.get("driver", {}).get("results_root", home))
    report["outputs"] = check_outputs(results, installed_csv)
    report["errors"].extend(report["outputs"]["errors"])
    report["ok"] = not report["errors"]
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, help="folder holding a built school_connectivity_plugin.zip")
    parser.add_argument("--out", type=Path, default=REPO / "out" / "e2e", help="screenshots and report.json")
    parser.add_argument("--timeout", type=float, default=TIMEOUT_S, help="seconds before QGIS is stopped")
    args = parser.parse_args(argv)
    missing = missing_tools()
    if missing:
        print(f"e2e: cannot run, missing {', '.join(missing)} (make deps installs them)", file=sys.stderr)
        return 2
    out = args.out.resolve()
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    with tempfile.TemporaryDirectory(prefix="sc_e2e_") as tmp:
        work = Path(tmp)
        package = Package(dist=args.dist.resolve(), make_output="") if args.dist else build_package(work / "dist")
        report = run_desktop(package, out, work, args.timeout)
    (out / "report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    for step in report.get("driver", {}).get("steps", []):
        print(f"e2e: {'ok ' if step['ok'] else 'FAIL'} {step['name']}: {step.get('detail', '')}")
    for error in report["errors"]:
        print(f"e2e: error: {error}", file=sys.stderr)
    print(f"e2e: {'passed' if report['ok'] else 'FAILED'} in {report['seconds']} s; screenshots in {out}")
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
