"""What the desktop run must leave on disk, checked outside QGIS with GDAL/OGR and the csv module."""
from __future__ import annotations

import struct
from pathlib import Path

from osgeo import ogr

from support.sample_reference import csv_data_rows

ogr.UseExceptions()

#: Dock step -> (run folder glob, the school layer that step writes). File names follow processing/workflow.py:
#: `<stage>_<timestamp>/<step number>_<algorithm>/<output name>.gpkg`.
SCHOOL_OUTPUTS = {
    "import": ("import_*", "*_importschools/schools.gpkg"),
    "pipeline": ("pipeline_*", "*_importpipeline/schools.gpkg"),
    "analysis": ("analysis_*", "*_flaghardtoconnect/schools.gpkg"),
    "prioritise": ("prioritise_*", "*_prioritize/schools.gpkg"),
}
REJECTED_OUTPUT = ("import_*", "*_importschools/rejected.gpkg")
EXPORT_FOLDER = "export_*"
ANALYSIS_REQUIRED_FIELDS = ("fiber_distance_m", "hard_to_connect", "hard_reasons")
MIN_MAP_BYTES = 20_000
MIN_PNG_WIDTH = 800
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _newest(results: Path, folder_glob: str, name: str) -> Path | None:
    matches = sorted(results.glob(f"{folder_glob}/{name}"))
    return matches[-1] if matches else None


def _layer_summary(path: Path) -> dict:
    """Feature count and field names of the first layer of a GeoPackage."""
    source = ogr.Open(str(path))
    layer = source.GetLayer(0)
    definition = layer.GetLayerDefn()
    fields = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    return {"path": str(path), "features": layer.GetFeatureCount(), "fields": fields}


def _column(path: Path, field: str) -> list:
    source = ogr.Open(str(path))
    return [feature.GetField(field) for feature in source.GetLayer(0)]


def png_width(path: Path) -> int:
    """Width from the PNG header (IHDR follows the signature)."""
    header = path.read_bytes()[:24]
    if header[:8] != PNG_SIGNATURE:
        return 0
    return struct.unpack(">I", header[16:20])[0]


def _check_maps(results: Path, errors: list[str]) -> dict:
    folders = sorted(results.glob(EXPORT_FOLDER))
    if not folders:
        errors.append("no exported maps: no export_* folder")
        return {}
    pdfs = sorted(folders[-1].rglob("*.pdf"))
    pngs = sorted(folders[-1].rglob("*.png"))
    if not pdfs or not pngs:
        errors.append(f"export wrote {len(pdfs)} PDF and {len(pngs)} PNG files; one of each expected")
    for pdf in pdfs:
        if pdf.read_bytes()[:5] != b"%PDF-" or pdf.stat().st_size < MIN_MAP_BYTES:
            errors.append(f"{pdf.name} is not a non-trivial PDF ({pdf.stat().st_size} bytes)")
    for png in pngs:
        if png_width(png) < MIN_PNG_WIDTH:
            errors.append(f"{png.name} is not a PNG at least {MIN_PNG_WIDTH} px wide")
    return {"pdf": [str(p) for p in pdfs], "png": [str(p) for p in pngs]}


def check_outputs(results: Path, schools_csv: Path) -> dict:
    """Every row of the sample accounted for, the analysis fields filled, and real PDF/PNG maps."""
    errors: list[str] = []
    layers = {}
    for step, (folder, name) in SCHOOL_OUTPUTS.items():
        path = _newest(results, folder, name)
        if path is None:
            errors.append(f"{step}: {folder}/{name} was not written")
            continue
        layers[step] = _layer_summary(path)
    rejected_path = _newest(results, *REJECTED_OUTPUT)
    rows_in = csv_data_rows(schools_csv)
    report = {"rows_in": rows_in, "layers": layers, "errors": errors}
    if "import" in layers:
        rejected = _layer_summary(rejected_path)["features"] if rejected_path else 0
        report["rejected"] = rejected
        if layers["import"]["features"] + rejected != rows_in:
            errors.append(f"import: {layers['import']['features']} loaded + {rejected} rejected != {rows_in} rows")
    if "pipeline" in layers:
        statuses = [s for s in _column(Path(layers["pipeline"]["path"]), "pipeline_status") if s]
        report["in_plan"] = len(statuses)
        if not statuses:
            errors.append("pipeline: no school got a pipeline_status from the work plan")
    if "analysis" in layers:
        analysed = layers["analysis"]
        missing = [field for field in ANALYSIS_REQUIRED_FIELDS if field not in analysed["fields"]]
        if missing:
            errors.append(f"analysis: fields {missing} missing")
        elif "import" in layers and analysed["features"] != layers["import"]["features"]:
            errors.append("analysis: school count differs from the import")
        else:
            distances = [d for d in _column(Path(analysed["path"]), "fiber_distance_m") if d is not None]
            flags = _column(Path(analysed["path"]), "hard_to_connect")
            report["hard_to_connect"] = sum(1 for flag in flags if flag)
            if not distances or min(distances) < 0:
                errors.append("analysis: no valid fiber distances")
            if not 0 < report["hard_to_connect"] < len(flags):
                errors.append(f"analysis: {report['hard_to_connect']} of {len(flags)} flagged; the sample has both")
    report["maps"] = _check_maps(results, errors)
    return report
