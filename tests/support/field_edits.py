"""What field teams do to their copy of a field package, done with OGR as any other tool would: fill survey fields,
delete a school, move one, add one. Also the Giga speed-class rule written out again, to check classes by."""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from osgeo import ogr

#: Giga global classes (good > 20 Mbps, bad < 1 Mbps), as the plugin's docs state them.
GOOD_ABOVE_MBPS, BAD_BELOW_MBPS = 20.0, 1.0


def giga_class(connectivity: str, mbps: float | None) -> str:
    """The class a school with this connectivity and speed takes under Giga's global thresholds."""
    if connectivity == "no":
        return "no_connection"
    if mbps is None:
        return "unknown"
    if mbps == 0:
        return "unknown" if connectivity == "yes" else "no_connection"
    return "good" if mbps > GOOD_ABOVE_MBPS else "bad" if mbps < BAD_BELOW_MBPS else "moderate"


def team_copy(package: Path, folder: Path) -> Path:
    """A team's copy of the package (GeoPackage and project) in its own folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in (package, package.with_suffix(".qgz")):
        if path.exists():
            shutil.copy(path, folder / path.name)
    return folder / package.name


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


class Edits:
    """One package opened for update with OGR; each edit finds its school by survey key."""

    def __init__(self, path: Path):
        self.dataset = ogr.Open(str(path), update=1)
        self.layer = self.dataset.GetLayerByName("schools")

    def __enter__(self) -> Edits:
        return self

    def __exit__(self, *_exc) -> None:
        self.layer = None
        self.dataset = None

    def feature(self, key: str):
        self.layer.SetAttributeFilter(f"survey_key = '{key}'")
        feature = self.layer.GetNextFeature()
        self.layer.SetAttributeFilter(None)
        assert feature is not None, key
        return feature

    def keys(self, count: int, where: str = "1 = 1") -> list[str]:
        """The first `count` survey keys (by fid) of schools matching an OGR attribute filter."""
        self.layer.SetAttributeFilter(where)
        found = [feature.GetField("survey_key") for feature in self.layer][:count]
        self.layer.SetAttributeFilter(None)
        return found

    def survey(self, key: str, **values) -> None:
        feature = self.feature(key)
        for name, value in values.items():
            feature.SetField(name, value)
        assert self.layer.SetFeature(feature) == 0

    def delete(self, key: str) -> None:
        assert self.layer.DeleteFeature(self.feature(key).GetFID()) == 0

    def move(self, key: str, d_lon: float) -> tuple[float, float]:
        feature = self.feature(key)
        point = feature.GetGeometryRef().Clone()
        point.SetPoint_2D(0, point.GetX() + d_lon, point.GetY())
        feature.SetGeometry(point)
        assert self.layer.SetFeature(feature) == 0
        return point.GetX(), point.GetY()

    def add(self, lon: float, lat: float, **values) -> None:
        feature = ogr.Feature(self.layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({lon} {lat})"))
        for name, value in values.items():
            feature.SetField(name, value)
        assert self.layer.CreateFeature(feature) == 0


def rows(path: Path, layer: str | None = None) -> list[dict]:
    """Every feature's attributes (and lon/lat) of a GeoPackage layer, read with OGR."""
    dataset = ogr.Open(str(path))
    found = []
    for feature in dataset.GetLayerByName(layer) if layer else dataset.GetLayer(0):
        row = feature.items()
        geometry = feature.GetGeometryRef()
        row["_lon"], row["_lat"] = (geometry.GetX(), geometry.GetY()) if geometry else (None, None)
        found.append(row)
    return found
