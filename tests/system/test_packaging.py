"""The zip from `make package` against the QGIS plugin repository's upload rules and QGIS's loader.

The rules mirror plugins.qgis.org's validator: one top folder named like a Python package, no compiled
caches or VCS folders, __init__.py, metadata.txt with the required fields, LICENSE, a valid icon path.
"""
from __future__ import annotations

import configparser
import json
import os
import re
import subprocess
import zipfile
from pathlib import PurePosixPath
from urllib.parse import urlparse

import pytest

from support.plugin_build import PLUGIN, REPO, build_package, shared_package

MAX_UPLOAD_BYTES = 25_000_000  # plugins.qgis.org's limit
REQUIRED = ("name", "qgisMinimumVersion", "description", "about", "version", "author", "email", "repository")
RECOMMENDED = ("tracker", "homepage", "tags", "icon", "category", "experimental")
URL_FIELDS = ("tracker", "repository", "homepage")
BOOLEAN_FIELDS = ("experimental", "deprecated", "server")
CATEGORIES = ("Raster", "Vector", "Database", "Web", "Mesh")
FORBIDDEN_PARTS = ("__pycache__", "__MACOSX", ".git", ".pytest_cache", "tests", ".qgis-settings")
FORBIDDEN_SUFFIXES = (".pyc", ".pyo", ".ts", ".orig", ".rej", ".aux.xml")
PACKAGE_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]+$")  # the repository allows '-', Python imports do not
VERSION = re.compile(r"^\d+\.\d+\.\d+$")


@pytest.fixture(scope="module")
def package():
    return shared_package()


@pytest.fixture(scope="module")
def names(package) -> list[str]:
    with zipfile.ZipFile(package.zip_path) as archive:
        assert archive.testzip() is None, "corrupt member in the zip"
        return archive.namelist()


@pytest.fixture(scope="module")
def metadata(package) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    with zipfile.ZipFile(package.zip_path) as archive:
        parser.read_string(archive.read(f"{PLUGIN}/metadata.txt").decode("utf-8"))
    assert parser.has_section("general"), "metadata.txt needs a [general] section"
    return parser["general"]


def _repo_files(folder: str, suffixes: tuple[str, ...] = ()) -> set[str]:
    """Files under a repo folder, as zip member names, skipping caches and GDAL side files (what the zip must carry)."""
    root = REPO / folder
    found = set()
    for path in root.rglob("*"):
        if (path.is_file() and "__pycache__" not in path.parts and not path.name.endswith((".pyc", ".aux.xml"))
                and (not suffixes or path.suffix in suffixes)):
                found.add(path.relative_to(root).as_posix())
    return found


def test_zip_has_one_importable_top_folder(names):
    tops = {PurePosixPath(name).parts[0] for name in names}
    assert tops == {PLUGIN}
    assert PACKAGE_NAME.match(PLUGIN)
    for name in names:
        assert ".." not in PurePosixPath(name).parts and not name.startswith("/"), name
    for required in ("__init__.py", "metadata.txt", "LICENSE"):
        assert f"{PLUGIN}/{required}" in names


def test_zip_carries_no_caches_tests_or_sources_of_translations(names, package):
    for name in names:
        parts = PurePosixPath(name).parts
        assert not set(parts) & set(FORBIDDEN_PARTS), name
        assert not name.endswith(FORBIDDEN_SUFFIXES), name
    assert package.zip_path.stat().st_size <= MAX_UPLOAD_BYTES


def test_zip_carries_all_code_resources_and_compiled_translations(names):
    in_zip = {name[len(PLUGIN) + 1:] for name in names if not name.endswith("/")}
    code = _repo_files(PLUGIN, (".py",))
    assert code, "no Python files found in the checkout"
    assert code <= in_zip, f"missing code: {sorted(code - in_zip)[:5]}"
    resources = {f"resources/{name}" for name in _repo_files("resources")}
    assert {"resources/icons/icon.svg"} <= resources
    assert resources <= in_zip, f"missing resources: {sorted(resources - in_zip)[:5]}"
    translations = {f"i18n/{PurePosixPath(ts).with_suffix('.qm')}" for ts in _repo_files("i18n", (".ts",))}
    assert translations <= in_zip, f"missing compiled translations: {sorted(translations - in_zip)}"


def test_metadata_meets_the_plugin_repository_rules(metadata, names):
    for field in REQUIRED + RECOMMENDED:
        assert metadata.get(field, "").strip(), f"metadata.txt: '{field}' missing or empty"
    assert VERSION.match(metadata["version"]), f"version {metadata['version']!r} is not x.y.z"
    major, minor = (int(part) for part in metadata["qgisMinimumVersion"].split(".")[:2])
    assert (major, minor) == (3, 22)
    assert re.match(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", metadata["email"])
    assert "/" not in metadata["author"], "the repository rejects authors with slashes"
    for field in URL_FIELDS:
        url = urlparse(metadata[field])
        assert url.scheme in ("http", "https") and url.netloc, f"{field} is not a URL: {metadata[field]}"
    for field in BOOLEAN_FIELDS:
        if field in metadata:
            assert metadata[field].lower() in ("true", "false"), f"{field} must be True or False"
    assert metadata["hasProcessingProvider"].lower() == "yes"
    assert metadata["category"] in CATEGORIES
    tags = [tag.strip() for tag in metadata["tags"].split(",")]
    assert all(tags) and len(tags) == len(set(tags))
    assert f"{PLUGIN}/{metadata['icon']}" in names, "metadata icon is not in the zip"
    assert len(metadata["description"]) < len(metadata["about"])


def test_staged_paths_resolve_inside_the_installed_folder(package, tmp_path):
    """Imported from the staged folder (as QGIS does), paths.py must find resources there, not in the repo."""
    probe = (
        "import json, school_connectivity_plugin.paths as p; "
        "print(json.dumps({k: str(getattr(p, k)) for k in "
        "('PACKAGE_DIR', 'RESOURCES', 'SAMPLE', 'STYLES', 'LAYOUTS', 'I18N', 'METADATA')} | {'icon': p.icon_path()}))"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(PYTHONPATH=str(package.dist), PYTHONDONTWRITEBYTECODE="1")
    result = subprocess.run(
        ["/usr/bin/python3", "-c", probe], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60,
        check=False
    )
    assert result.returncode == 0, result.stderr
    paths = {key: os.path.realpath(value) for key, value in json.loads(result.stdout).items()}
    staged = os.path.realpath(package.staged)
    assert paths["PACKAGE_DIR"] == staged
    for key, value in paths.items():
        assert value.startswith(staged + os.sep) or value == staged, f"{key} points outside the plugin: {value}"
    for key in ("RESOURCES", "SAMPLE", "STYLES", "METADATA", "icon"):
        assert os.path.exists(paths[key]), f"{key} does not exist in the staged plugin: {paths[key]}"


def test_package_rebuilds_without_stale_files(package, tmp_path):
    """A second `make package` replaces the first: files deleted from the checkout do not linger."""
    stale = package.staged / "stale_leftover.py"
    stale.write_text("raise SystemExit('stale')\n")

    again = build_package(package.dist)
    assert not stale.exists()
    with zipfile.ZipFile(again.zip_path) as archive:
        assert f"{PLUGIN}/stale_leftover.py" not in archive.namelist()
