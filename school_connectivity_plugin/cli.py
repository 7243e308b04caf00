"""The headless command: the plugin's main job from a shell, for scripts, servers and `make demo`."""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from . import cli_merge, cli_sources
from .core.errors import InputError
from .core.planning.costs import CostPreset, model_for

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2

DESCRIPTION = """Run the School Connectivity main job without the QGIS desktop: import and validate the
school list, measure geodesic distance to fiber, flag hard-to-connect schools, plan shared fiber routes,
prioritise, and export planning maps and a field package. Inputs are only read, never modified; outputs
appear in --out only when complete."""

OUTPUTS_HELP = """outputs in --out:
  schools.gpkg          layers 'schools' (normalised + computed fields), 'rejected' (source_row, reason), 'routes'
  summary.json          rows_in, loaded, rejected, connected, not_connected, unknown, in_pipeline,
                        hard_to_connect, ... and the same per admin1 under by_admin1; with URL inputs,
                        source {url, fetched_at, from_cache, error} (the school list) and sources (every URL)
  planning_map.pdf      national page, then one page per admin1 region when --regions is given
  planning_map.png      the national page, and planning_map_<Region>.png for each region page
                        (with --regions; <Region> is the region's name, other characters as _)
  field_package.gpkg    + field_package.qgz: offline package for QField / QGIS
  priority.csv          the prioritised list;  hard_to_connect.csv  the hard-to-connect list
  clusters.csv          the fiber clusters;  phases.csv  the construction phases
                        (schools.gpkg also holds them as layers 'clusters' and 'phases')

Every FILE option also takes an http(s) URL (CSV, GeoJSON, GeoPackage, zip, or a paged JSON API); each good
download is kept in --cache as the last good copy, which the run uses when the source is down or broken.

exit codes: 0 success; 2 bad input (one line on stderr naming file, row, column); 1 other failure."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python3 -m school_connectivity_plugin", description=DESCRIPTION)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser(
        "run", help="run the main job", description=DESCRIPTION, epilog=OUTPUTS_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    run.add_argument("--schools", required=True, metavar="FILE",
                     help="school list: Giga school-master or ministry CSV/TSV/XLSX (UTF-8 or CP1251, Russian, "
                          "Kyrgyz or English headers), GeoPackage, GeoJSON or Shapefile in any CRS")
    run.add_argument("--fiber", action="append", default=[], metavar="FILE",
                     help="fiber lines or nodes (any vector format and CRS); repeat for several layers")
    run.add_argument("--boundary", metavar="FILE", help="country boundary polygon: flags schools outside it")
    run.add_argument("--regions", metavar="FILE", help="admin1 regions polygons: one map page per region")
    run.add_argument("--dem", metavar="FILE", help="elevation raster (GeoTIFF): terrain reasons and line of sight")
    run.add_argument("--pipeline", metavar="FILE", help="the operator's work plan (CSV/XLSX) to match to schools")
    run.add_argument("--out", required=True, metavar="DIR", help="output folder (created; results replaced)")
    run.add_argument("--speed-preset", default="giga_global", choices=cli_sources.SPEED_PRESETS,
                     help="connectivity speed classes (default: Giga global, good > 20 Mbps, bad < 1 Mbps)")
    run.add_argument("--column-map", default="", metavar="MAP",
                     help="map columns the importer does not recognise: 'field=Column;field=Column' "
                          "(fields: school_id, school_name, admin1, admin2, num_students, latitude, longitude, "
                          "connectivity, download_speed_mbps, connectivity_type, area_type)")
    run.add_argument("--sheet", default="", metavar="NAME",
                     help="the sheet of a workbook or the layer of a GeoPackage/KML that holds the schools "
                          "(default: the sheet whose header names coordinates, under any title rows; the only "
                          "point layer)")
    run.add_argument("--cost-preset", default=CostPreset.KYRGYZSTAN.value, choices=[p.value for p in CostPreset],
                     help="cost model (default: kyrgyzstan, public Central Asian prices; giga and itu_cpp for "
                          "comparison; every number in docs/cost_model.md)")
    run.add_argument("--costs", metavar="FILE.json", default=None,
                     help='cost numbers that replace the preset\'s, e.g. {"horizon_years": 15, '
                          '"satellite": {"fixed_usd_year": 1800}, "trench": {"aerial_usd_per_km": 12000}}')
    run.add_argument("--title", default="", help="map title (default: a translated 'School connectivity')")
    run.add_argument("--quiet", action="store_true", help="do not report each step on stderr")
    cli_sources.add_arguments(run)
    cli_merge.add_parser(commands)
    return parser


def _check_readable(args: argparse.Namespace) -> None:
    for option in ("schools", "boundary", "regions", "dem", "pipeline", "costs"):
        path = getattr(args, option)
        if path is not None and not os.path.isfile(path):
            raise InputError("file not found", path=path, column=None)
    for path in args.fiber:
        if not os.path.isfile(path):
            raise InputError("file not found", path=path)


def _cost_overrides(args: argparse.Namespace) -> str:
    """The --costs file's text, checked against the preset: an unknown key or a bad value names the file and key."""
    if not args.costs:
        return ""
    try:
        text = Path(args.costs).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read the cost file ({error})", path=args.costs) from error
    try:
        model_for(CostPreset(args.cost_preset), text)
    except InputError as error:
        raise InputError(error.detail, path=args.costs) from error
    return text


def _publish(staging: Path, out: Path) -> None:
    """Move each finished file into --out with an atomic rename, replacing older results."""
    out.mkdir(parents=True, exist_ok=True)
    for item in sorted(staging.iterdir()):
        os.replace(item, out / item.name)


def _print_summary(summary: dict, out: Path) -> None:
    print(f"schools:          {summary['loaded']:,} loaded, {summary['rejected']:,} rejected of "
          f"{summary['rows_in']:,} rows")
    print(f"connected:        {summary['connected']:,}")
    print(f"not connected:    {summary['not_connected']:,}")
    print(f"connectivity unknown: {summary['unknown']:,}")
    print(f"in pipeline:      {summary['in_pipeline']:,}")
    pipeline = summary.get("pipeline")
    if pipeline:
        print("work plan:        {rows:,} rows: {matched_by_id:,} matched by id, {matched_by_name:,} by name, "
              "{unmatched:,} unmatched; {pending:,} pending, {connected_by_plan:,} connected by the plan"
              .format(**pipeline))
    print(f"hard to connect:  {summary['hard_to_connect']:,}")
    for code, count in summary.get("by_reason", {}).items():
        print(f"  {code:<16}{count:,}")
    if summary.get("technologies"):
        mix = ", ".join(f"{name} {count:,}" for name, count in summary["technologies"].items())
        print(f"technology:       {mix}")
    plan = summary.get("plan")
    if plan:
        print("plan:             {cost_model}; {clusters:,} clusters, {fiber_km:,.1f} km of new fiber, CAPEX "
              "{capex_usd:,.0f} USD, OPEX {opex_usd_year:,.0f} USD a year".format(**plan))
    if summary.get("break_even_fiber_km") is not None:
        print(f"break-even:       fiber is cheaper than satellite for one school up to "
              f"{summary['break_even_fiber_km']:,.2f} km of new aerial link")
    for phase in summary.get("phases", []):
        label = f"phase {phase['phase']}" if phase["phase"] else "no phase"
        print("{label}: {schools:,} schools, {students:,.0f} students, {fiber_km:,.1f} km fiber, CAPEX "
              "{capex_usd:,.0f} USD, OPEX {opex_usd_year:,.0f} USD/yr".format(label=label, **phase))
    print(f"outputs:          {out}")


def _console_feedback(quiet: bool):
    """Processing feedback that reports each step on stderr, or nothing with --quiet."""
    from qgis.core import QgsProcessingFeedback

    class ConsoleFeedback(QgsProcessingFeedback):
        def setProgressText(self, text: str) -> None:
            super().setProgressText(text)
            if not quiet:
                print(f"... {text}", file=sys.stderr, flush=True)

    return ConsoleFeedback()


def processing_session(out: Path):
    """QGIS with Processing started, a context on the project, and a staging folder beside `out` (published into
    it only when the run succeeds)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    from .qgis_runtime import start_qgis

    start_qgis()
    from qgis.core import QgsProcessingContext, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return context, Path(tempfile.mkdtemp(prefix=f".{out.name}.partial-", dir=out.parent))


def run(args: argparse.Namespace) -> int:
    reports = cli_sources.resolve(args, ("schools", "boundary", "regions", "dem", "pipeline"), ("fiber",))
    _check_readable(args)
    overrides = _cost_overrides(args)
    out = Path(args.out).resolve()
    context, staging = processing_session(out)
    import processing

    try:
        processing.run("schoolconnectivity:runall", {
            "INPUT": args.schools, "FIBER": list(args.fiber), "BOUNDARY": args.boundary, "REGIONS": args.regions,
            "DEM": args.dem, "PIPELINE": args.pipeline, "TITLE": args.title, "COLUMN_MAP": args.column_map,
            "SHEET": args.sheet,
            "SPEED_PRESET": cli_sources.SPEED_PRESETS.index(args.speed_preset), "OUTPUT_FOLDER": str(staging),
            "COST_PRESET": [preset.value for preset in CostPreset].index(args.cost_preset),
            "COST_OVERRIDES": overrides,
        }, context=context, feedback=_console_feedback(args.quiet))
        summary = cli_sources.add_to_summary(staging / "summary.json", reports)
        _publish(staging, out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    _print_summary(summary, out)
    return EXIT_OK


def _one_line(error: Exception) -> str:
    """The last line of a message: Processing wraps unexpected errors with their traceback."""
    lines = [line for line in str(error).strip().splitlines() if line.strip()]
    return lines[-1] if lines else type(error).__name__


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return cli_merge.run(args) if args.command == "merge-field" else run(args)
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as error:
        internal = "Traceback (most recent call last)" in str(error) or type(error).__name__ != "QgsProcessingException"
        print(f"error: {_one_line(error)}", file=sys.stderr)
        return EXIT_FAILED if internal else EXIT_BAD_INPUT
