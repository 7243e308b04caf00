"""The one place where QGIS layers become pandas/numpy data and back (reading, writing, geometry, raster), with the
one reprojection path (crs), GeoPackages in bulk (gpkg), files that hold several layers (containers) and a school
list's file, zipped or a workbook (school_files)."""
