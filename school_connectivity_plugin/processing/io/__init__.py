"""The one place where QGIS layers become pandas/numpy data and back (reading, writing, geometry, raster), with the
one reprojection path (crs) and GeoPackages in bulk (gpkg)."""
