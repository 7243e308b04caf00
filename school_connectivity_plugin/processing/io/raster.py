"""Elevation rasters read into a north-up EPSG:4326 grid for the terrain and line-of-sight rules."""
from __future__ import annotations

from ...core.errors import InputError
from ...core.network.line_of_sight import Dem
from .crs import WGS84


def read_dem(layer) -> Dem:
    """A raster layer's first band as a north-up EPSG:4326 grid (reprojected in memory if needed)."""
    from osgeo import gdal

    dataset = gdal.Open(layer.source())
    if dataset is None:
        raise InputError("not a readable raster", path=layer.source())
    if layer.crs() != WGS84 or dataset.GetGeoTransform()[2] or dataset.GetGeoTransform()[4]:
        dataset = gdal.Warp("", dataset, format="MEM", dstSRS="EPSG:4326", resampleAlg="bilinear")
    band = dataset.GetRasterBand(1)
    west, width, _, north, _, height = dataset.GetGeoTransform()
    return Dem(values=band.ReadAsArray(), west=west, north=north, pixel_width=width, pixel_height=-height,
               nodata=band.GetNoDataValue())
