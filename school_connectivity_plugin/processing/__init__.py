"""QGIS Processing: the provider, one algorithm per module (algorithms/), the one adapter between layers and
arrays (io/), styles, layouts and pages (maps/), the field package (field/), and the job's orchestration
(workflow, job). Imports core, never gui."""
