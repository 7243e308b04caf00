"""Run the whole chain on the bundled sample and print the planning maps shown in the README (docs/img)."""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, "/usr/share/qgis/python/plugins")


def chain(sample: Path, out: Path, dpi: int) -> dict:
    """importschools -> importpipeline -> distancetofiber -> flaghardtoconnect -> fiberroutes -> prioritize -> maps."""
    import processing

    def step(algorithm: str, parameters: dict) -> dict:
        print(algorithm, flush=True)
        return processing.run(f"schoolconnectivity:{algorithm}", parameters)

    fiber = str(sample / "fiber_backbone.geojson")
    schools = step("importschools", {"INPUT": str(sample / "schools.csv"), "BOUNDARY": str(sample / "kg_adm0.geojson"),
                                     "OUTPUT": "TEMPORARY_OUTPUT", "REJECTED": "TEMPORARY_OUTPUT"})["OUTPUT"]
    schools = step("importpipeline", {"SCHOOLS": schools, "INPUT": str(sample / "pipeline.csv"),
                                      "OUTPUT": "TEMPORARY_OUTPUT", "UNMATCHED": "TEMPORARY_OUTPUT"})["OUTPUT"]
    schools = step("distancetofiber", {"SCHOOLS": schools, "FIBER": [fiber], "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    schools = step("flaghardtoconnect", {"SCHOOLS": schools, "DEM": str(sample / "kg_dem.tif"),
                                         "BOUNDARY": str(sample / "kg_adm0.geojson"),
                                         "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    routed = step("fiberroutes", {"SCHOOLS": schools, "FIBER": [fiber], "OUTPUT": "TEMPORARY_OUTPUT",
                                  "ROUTES": "TEMPORARY_OUTPUT"})
    schools = step("prioritize", {"SCHOOLS": routed["OUTPUT"], "DEM": str(sample / "kg_dem.tif"),
                                  "OUTPUT": "TEMPORARY_OUTPUT", "PHASES": "TEMPORARY_OUTPUT"})["OUTPUT"]
    return step("exportplanningmaps", {
        "SCHOOLS": schools, "FIBER": [fiber], "ROUTES": routed["ROUTES"], "REGIONS": str(sample / "kg_adm1.geojson"),
        "TITLE": "Kyrgyz Republic (synthetic sample): school connectivity", "DPI": dpi,
        "OUTPUT_PDF": str(out / "planning_map.pdf"), "OUTPUT_PNG": str(out / "planning_map.png")})


def main() -> None:
    """Print the maps into --out (default: a temporary folder) and copy two pages, shrunk, to docs/img."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path(tempfile.mkdtemp(prefix="sc_maps_")))
    parser.add_argument("--region", default="Naryn", help="region page to show in the README")
    parser.add_argument("--dpi", type=int, default=110)
    args = parser.parse_args()
    from qgis.testing import start_app

    start_app(cleanup=False)
    from processing.core.Processing import Processing
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QImage

    from school_connectivity_plugin.processing.maps.planning_pages import safe_file_part
    from school_connectivity_plugin.processing.provider import SchoolConnectivityProvider

    Processing.initialize()
    provider = SchoolConnectivityProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    args.out.mkdir(parents=True, exist_ok=True)
    print(chain(ROOT / "resources" / "sample", args.out, args.dpi))
    images = ROOT / "docs" / "img"
    images.mkdir(parents=True, exist_ok=True)
    for source, target in (("planning_map.png", "planning_map_national.png"),
                           (f"planning_map_{safe_file_part(args.region)}.png", "planning_map_region.png")):
        image = QImage(str(args.out / source)).scaledToWidth(1100, Qt.SmoothTransformation)
        image.save(str(images / target), "PNG", 9)
        print(images / target, (images / target).stat().st_size)


if __name__ == "__main__":
    main()
