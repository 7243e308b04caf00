"""The one place where QGIS layers become pandas/numpy data and back (reading, writing, geometry, raster), with the
one reprojection path (crs), GeoPackages in bulk (gpkg) and files that hold several layers or a zipped
list (containers)."""
