"""Render the dock on the bundled sample for the README: docs/img/dock_<lang>.png and dock_<lang>_progress.png.

Usage: tools/dock_screenshot.py [OUT_DIR] [LANGUAGE]  (default docs/img, ru; ky works the same way).

Run `make i18n` first. The progress tab shows five monthly snapshots of a simulated build-out: each month the
schools whose work plan says `in_progress` are connected, a share at a time, in the layer itself (an edit session),
and a snapshot is recorded, exactly as a user would do it.
"""
from __future__ import annotations

import sys
import tempfile
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from school_connectivity_plugin.qgis_runtime import start_qgis  # noqa: E402

MONTHS = 5
#: Layer names as a user of each language would give them: (schools, fiber, regions).
LAYER_NAMES = {"ru": ("Школы", "Магистральное оптоволокно", "Области"),
               "ky": ("Мектептер", "Магистралдык оптикалык була", "Облустар")}
SIZE = (400, 900)


def main(out_dir: Path, language: str) -> None:
    from qgis.testing import start_app

    start_app()  # the application the stub interface (get_iface) expects; start_qgis then adds Processing
    from qgis.PyQt.QtCore import QCoreApplication, QLocale, Qt, QTranslator

    from school_connectivity_plugin.paths import I18N, SAMPLE

    QLocale.setDefault(QLocale(language))
    translator = QTranslator()  # before the provider is loaded, as the plugin does: algorithm texts translated
    if not translator.load(str(I18N / f"school_connectivity_{language}.qm")):
        raise SystemExit(f"i18n/school_connectivity_{language}.qm missing: run `make i18n` first")
    QCoreApplication.installTranslator(translator)
    app = start_qgis()
    import processing
    from qgis.core import QgsProject, QgsVectorLayer
    from qgis.PyQt.QtWidgets import QMainWindow
    from qgis.testing.mocked import get_iface

    from school_connectivity_plugin.gui.dock import SchoolConnectivityDock

    work = Path(tempfile.mkdtemp(prefix="dock_shot_"))
    imported = processing.run("schoolconnectivity:importschools", {
        "INPUT": str(SAMPLE / "schools.csv"), "OUTPUT": str(work / "imported.gpkg"),
        "REJECTED": str(work / "rejected.gpkg")})["OUTPUT"]
    planned = processing.run("schoolconnectivity:importpipeline", {
        "SCHOOLS": imported, "INPUT": str(SAMPLE / "pipeline.csv"), "OUTPUT": str(work / "planned.gpkg"),
        "UNMATCHED": str(work / "unmatched.gpkg")})["OUTPUT"]
    school_name, fiber_name, region_name = LAYER_NAMES[language]
    fiber = QgsVectorLayer(str(SAMPLE / "fiber_backbone.geojson"), fiber_name, "ogr")
    measured = processing.run("schoolconnectivity:distancetofiber", {
        "SCHOOLS": planned, "FIBER": [fiber], "OUTPUT": str(work / "measured.gpkg")})["OUTPUT"]
    routed = processing.run("schoolconnectivity:fiberroutes", {
        "SCHOOLS": measured, "FIBER": [fiber], "OUTPUT": str(work / "routed.gpkg"),
        "ROUTES": str(work / "routes.gpkg")})["OUTPUT"]
    flagged = processing.run("schoolconnectivity:flaghardtoconnect", {
        "SCHOOLS": routed, "DEM": str(SAMPLE / "kg_dem.tif"), "OUTPUT": str(work / "schools.gpkg")})["OUTPUT"]
    schools = QgsVectorLayer(flagged, school_name, "ogr")
    regions = QgsVectorLayer(str(SAMPLE / "kg_adm1.geojson"), region_name, "ogr")
    QgsProject.instance().addMapLayers([schools, fiber, regions])

    window = QMainWindow()
    dock = SchoolConnectivityDock(get_iface(), window)
    window.addDockWidget(Qt.RightDockWidgetArea, dock)
    window.setCentralWidget(None)
    window.resize(*SIZE)
    dock.inputs.schools.setLayer(schools)
    dock.inputs.set_fiber_layers([fiber])
    dock.inputs.regions.setLayer(regions)
    dock.inputs.dem.setLayer(None)
    QgsProject.instance().setPresetHomePath("/home/planner/kyrgyzstan")  # a planner's project, not this machine
    dock.results.refresh()
    dock.priorities.setCollapsed(True)  # the figures and the table by region are what this picture shows
    dock.progress_panel.store.setFilePath(str(work / "schools.gpkg"))
    _simulate_build_out(dock, schools)
    window.show()
    app.processEvents()
    out_dir.mkdir(parents=True, exist_ok=True)
    dock.tabs.setCurrentIndex(0)
    app.processEvents()
    dock.grab().save(str(out_dir / f"dock_{language}.png"))
    dock.tabs.setCurrentIndex(1)
    dock.progress_panel.measure.setCurrentIndex(1)
    app.processEvents()
    dock.grab().save(str(out_dir / f"dock_{language}_progress.png"))
    dock.close_plugin()
    print(f"wrote {out_dir}/dock_{language}.png and dock_{language}_progress.png")


def _simulate_build_out(dock, schools) -> None:
    """Connect the in-progress schools month by month, recording a snapshot after each month."""
    building = [feature.id() for feature in schools.getFeatures() if feature["pipeline_status"] == "in_progress"]
    fields = schools.fields()
    per_month = max(1, len(building) // MONTHS)
    for month in range(MONTHS):
        if month:
            schools.startEditing()
            for fid in building[(month - 1) * per_month:month * per_month]:
                schools.changeAttributeValue(fid, fields.indexOf("connectivity"), "yes")
                schools.changeAttributeValue(fid, fields.indexOf("connectivity_class"), "good")
                schools.changeAttributeValue(fid, fields.indexOf("pipeline_status"), "connected")
            schools.commitChanges()
        dock.record_snapshot(datetime(2026, 1 + 2 * month, 15))

if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs" / "img", sys.argv[2] if len(sys.argv) > 2 else "ru")
