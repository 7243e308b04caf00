"""`python3 -m school_connectivity_plugin run ...`: the headless command."""
import sys

from .cli import main

sys.exit(main())
