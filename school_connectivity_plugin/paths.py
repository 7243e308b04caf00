"""Where the plugin's bundled files live, in a repo checkout and in an installed plugin folder."""
from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _root() -> Path:
    """Staged plugin folders hold resources/ beside the code; a checkout holds it one level up."""
    if (PACKAGE_DIR / "resources").is_dir():
        return PACKAGE_DIR
    return PACKAGE_DIR.parent


ROOT = _root()
RESOURCES = ROOT / "resources"
I18N = ROOT / "i18n"
SAMPLE = RESOURCES / "sample"
STYLES = RESOURCES / "styles"
LAYOUTS = RESOURCES / "layouts"
ICONS = RESOURCES / "icons"
METADATA = ROOT / "metadata.txt"


def icon_path(name: str = "icon.svg") -> str:
    """Path of a bundled icon as QIcon wants it."""
    return str(ICONS / name)
