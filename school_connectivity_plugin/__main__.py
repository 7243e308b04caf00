"""`python3 -m school_connectivity_plugin run ...`: the headless command."""
import os
import sys

# This process is the command: GDAL's own "ERROR n:" lines stay out of the user's one-line message,
# and no .aux.xml is written beside the user's rasters (inputs are never modified).
os.environ.setdefault("CPL_LOG", os.devnull)
os.environ.setdefault("GDAL_PAM_ENABLED", "NO")

from .cli import main

sys.exit(main())
