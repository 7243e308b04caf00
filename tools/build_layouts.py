"""Regenerate resources/layouts/*.qpt (run after changing processing/maps/layout_templates.py)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qgis.core import QgsReadWriteContext
from qgis.testing import start_app

from school_connectivity_plugin import paths
from school_connectivity_plugin.processing.maps import layout_templates


def main() -> None:
    """Write the national map, region atlas and construction plan templates."""
    start_app(cleanup=False)
    paths.LAYOUTS.mkdir(parents=True, exist_ok=True)
    for name, build in (("national_map", layout_templates.national_layout),
                        ("region_atlas", layout_templates.region_layout),
                        ("construction_plan", layout_templates.plan_layout)):
        path = paths.LAYOUTS / f"{name}.qpt"
        if not build().saveAsTemplate(str(path), QgsReadWriteContext()):
            raise SystemExit(f"{path}: cannot write template")
        print(path)


if __name__ == "__main__":
    main()
