"""The field package: one styled GeoPackage and a project for QField or QGIS offline."""
