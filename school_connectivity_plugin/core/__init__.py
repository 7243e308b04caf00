"""The plugin's logic on numpy/pandas arrays, testable without QGIS: it never imports qgis, Qt or the rooms above it
(processing, gui). Its rooms, each importing only those listed before it: definitions, network, schools, planning,
reporting (errors, atomic and archives are shared utilities)."""
