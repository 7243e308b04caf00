"""The rooms and the one direction of imports, drawn from the code itself: gui -> processing -> core, and inside core
definitions -> network -> schools -> planning -> reporting (a room imports only rooms before it)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "school_connectivity_plugin"
#: Each core room and the rooms it may import (besides itself and the shared utilities errors and atomic).
CORE_ROOMS = {
    "definitions": set(),
    "network": {"definitions"},
    "schools": {"definitions", "network"},
    "planning": {"definitions", "network", "schools"},
    "reporting": {"definitions", "network", "schools", "planning"},
    "sources": {"definitions"},
    "field": {"definitions", "network", "schools"},
}
#: Third-party packages that tie code to QGIS or Qt.
QGIS_PACKAGES = {"qgis", "processing", "PyQt5", "PyQt6", "sip"}


def _imports(path: Path, package: Path = PACKAGE) -> set[str]:
    """Absolute names of the modules a file imports (relative imports resolved inside the plugin package)."""
    parts = list(path.relative_to(package.parent).with_suffix("").parts)
    here = parts if parts[-1] == "__init__" else parts[:-1]
    here = [part for part in here if part != "__init__"]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[:len(here) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
                found.update(f"{module}.{alias.name}" for alias in node.names)
            else:
                found.add(node.module)
    return found


def _modules(folder: str) -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py"))


@pytest.mark.parametrize("path", _modules("core"), ids=lambda path: str(path.relative_to(PACKAGE)))
def test_core_imports_no_qgis_and_no_room_above_it(path):
    for name in _imports(path):
        assert name.split(".")[0] not in QGIS_PACKAGES, f"{name}: core must run without QGIS"
        if name.startswith("school_connectivity_plugin."):
            assert name.split(".")[1] == "core", f"{name}: core must not import processing, gui or settings"


@pytest.mark.parametrize("room", sorted(CORE_ROOMS))
def test_core_rooms_import_only_the_rooms_before_them(room):
    allowed = CORE_ROOMS[room] | {room, "errors", "atomic"}
    for path in _modules(f"core/{room}"):
        for name in _imports(path):
            parts = name.split(".")
            if parts[:2] == ["school_connectivity_plugin", "core"] and len(parts) > 2:
                assert parts[2] in allowed, f"{path.relative_to(PACKAGE)} imports {name}"


@pytest.mark.parametrize("path", _modules("processing"), ids=lambda path: str(path.relative_to(PACKAGE)))
def test_processing_never_imports_the_gui(path):
    for name in _imports(path):
        assert not name.startswith(("school_connectivity_plugin.gui", "school_connectivity_plugin.plugin")), name


def test_the_rules_catch_a_violation(tmp_path):
    """The checks above read imports right: a core module importing the gui is seen as doing so."""
    package = tmp_path / "school_connectivity_plugin"
    offender = package / "core" / "network" / "probe.py"
    offender.parent.mkdir(parents=True)
    offender.write_text("from ...gui import dock\nfrom qgis.core import QgsPointXY\n", encoding="utf-8")
    assert {"school_connectivity_plugin.gui.dock", "qgis.core"} <= _imports(offender, package)


def test_every_room_says_what_it_owns_and_must_not_import():
    for init in [PACKAGE / "core" / "__init__.py", *(PACKAGE / "core" / room / "__init__.py" for room in CORE_ROOMS)]:
        text = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
        assert "import" in text.lower() and len(text) > 60, f"{init.relative_to(PACKAGE)}: no room docstring"
