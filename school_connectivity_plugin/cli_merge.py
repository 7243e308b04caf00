"""`merge-field`: field packages edited offline merged back into the school list, from a shell."""
from __future__ import annotations

import argparse
import os
import shutil
from pathlib import Path

from . import cli_sources
from .core.definitions.defaults import MOVE_THRESHOLD_M
from .core.errors import InputError

DESCRIPTION = """Merge field packages edited offline (QField or QGIS) back into the school list: surveys set
connectivity, speed and connection type and recompute the connectivity class; the latest surveyed_at wins where
packages disagree. Schools deleted, moved or added in the field are listed, never applied. Inputs are only read;
outputs appear in --out only when complete."""

EPILOG = """outputs in --out:
  schools.gpkg          the school list with the surveys applied (connectivity_source = field_survey, surveyed_at,
                        surveyor, ...)
  field_changes.csv     school_id, field, old, new, surveyor, surveyed_at, package
  field_conflicts.csv   school_id, kind, details, package (disagreement, deleted_in_field, moved_in_field,
                        added_in_field, not_in_school_list, ...)
  summary.json          packages, schools updated, changes, conflicts by kind, counts before and after

exit codes: 0 success; 2 bad input (a package that is not a field package of this plugin or was made from another
school list, named); 1 other failure."""

OUTPUTS = {"OUTPUT": "schools.gpkg", "OUTPUT_CHANGES": "field_changes.csv", "OUTPUT_CONFLICTS": "field_conflicts.csv",
           "OUTPUT_SUMMARY": "summary.json"}


def add_parser(commands) -> None:
    """The merge-field subcommand and its options."""
    merge = commands.add_parser("merge-field", help="merge field packages back into the school list",
                                description=DESCRIPTION, epilog=EPILOG,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    merge.add_argument("--schools", required=True, metavar="FILE",
                       help="the school list the packages were made from (schools.gpkg of a run, or its URL)")
    merge.add_argument("--package", action="append", required=True, metavar="FILE",
                       help="a field package (field_package.gpkg) as a team brought it back; repeat for each team")
    merge.add_argument("--out", required=True, metavar="DIR", help="output folder (created; results replaced)")
    merge.add_argument("--speed-preset", default="giga_global", choices=cli_sources.SPEED_PRESETS,
                       help="connectivity speed classes the classes are recomputed with (default: giga_global)")
    merge.add_argument("--move-threshold", metavar="M", type=float, default=MOVE_THRESHOLD_M,
                       help=f"list schools moved further than this in the field (metres, default {MOVE_THRESHOLD_M:g})")
    merge.add_argument("--quiet", action="store_true", help="do not report each step on stderr")
    cli_sources.add_arguments(merge)


def _check(args: argparse.Namespace) -> None:
    for path in [args.schools, *args.package]:
        if not os.path.isfile(path):
            raise InputError("file not found", path=path)


def run(args: argparse.Namespace) -> int:
    from .cli import EXIT_OK, _console_feedback, _publish, processing_session

    reports = cli_sources.resolve(args, ("schools",))
    _check(args)
    out = Path(args.out).resolve()
    context, staging = processing_session(out)
    import processing

    try:
        results = processing.run("schoolconnectivity:mergefieldsurvey", {
            "SCHOOLS": args.schools, "PACKAGES": list(args.package), "MOVE_THRESHOLD_M": args.move_threshold,
            "SPEED_PRESET": cli_sources.SPEED_PRESETS.index(args.speed_preset),
            **{key: str(staging / name) for key, name in OUTPUTS.items()},
        }, context=context, feedback=_console_feedback(args.quiet))
        summary = cli_sources.add_to_summary(staging / OUTPUTS["OUTPUT_SUMMARY"], reports)
        _publish(staging, out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    listed = ", ".join(f"{kind} {count:,}" for kind, count in summary["conflicts"].items() if count) or "none"
    print(f"schools updated:  {int(results['UPDATED']):,} of {summary['schools']:,}")
    print(f"field changes:    {int(results['CHANGES']):,}")
    print(f"conflicts:        {listed}")
    print(f"outputs:          {out}")
    return EXIT_OK
