"""`python3 -m school_connectivity_plugin run ...`: the headless command."""
import os
import sys

# This process is the command: GDAL's own "ERROR n:" lines stay out of the user's one-line message,
# and no .aux.xml is written beside the user's rasters (inputs are never modified).
os.environ.setdefault("CPL_LOG", os.devnull)
os.environ.setdefault("GDAL_PAM_ENABLED", "NO")

from .cli import main

code = main()
# Every output is closed and in place by now; the process leaves without tearing QGIS down. Python's ordinary end
# lets C++ destroy QGIS's cached coordinate transforms after PROJ's own statics, a crash (SIGSEGV in
# proj_context_create, exit 139) after the run succeeded, about one run in ten at 20,000 schools; and
# QgsApplication.exitQgis() at exit crashes in turn when a failed run still holds its layers.
sys.stdout.flush()
sys.stderr.flush()
os._exit(code)
