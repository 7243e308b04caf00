"""The unit tier: the pure core, in seconds, without QGIS. `make test` runs it first, in a process of its own where
importing qgis or processing fails, so a core module or test that comes to need QGIS is caught at once."""
from __future__ import annotations

import importlib.abc
import os
import sys

#: Set by `make test` and `make test-unit` for the unit tier's own process.
STRICT = os.environ.get("SCHOOL_CONNECTIVITY_UNIT_ONLY") == "1"


class _NoQgis(importlib.abc.MetaPathFinder):
    """Refuses qgis and processing: the unit tier must not need them."""

    def find_spec(self, name, path, target=None):
        if name.split(".")[0] in ("qgis", "processing"):
            raise ImportError(f"the unit tier must not import {name} (move the test to tests/qgis)")
        return None


if STRICT:
    sys.meta_path.insert(0, _NoQgis())
