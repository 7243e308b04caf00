"""Running schoolconnectivity:importschools from tests and reading its outputs back as plain rows."""
from __future__ import annotations

import processing
from qgis.core import QgsFeatureRequest
from qgis.PyQt.QtCore import QVariant


def attributes(feature) -> dict:
    """A feature's attributes by name, NULL as None."""
    return {name: None if isinstance(value, QVariant) and value.isNull() else value
            for name, value in zip(feature.fields().names(), feature.attributes())}


def run_import(**parameters) -> tuple[list[dict], list[dict], dict]:
    """Schools (with `lon`/`lat` read from the written geometry), rejects, and the algorithm's result."""
    parameters.setdefault("OUTPUT", "TEMPORARY_OUTPUT")
    parameters.setdefault("REJECTED", "TEMPORARY_OUTPUT")
    result = processing.run("schoolconnectivity:importschools", parameters)
    schools = []
    for feature in result["OUTPUT"].getFeatures():
        row = attributes(feature)
        point = feature.geometry().asPoint()
        row["lon"], row["lat"] = point.x(), point.y()
        schools.append(row)
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    rejected = [attributes(feature) for feature in result["REJECTED"].getFeatures(request)]
    return schools, rejected, result


def flags(row: dict) -> set[str]:
    """The QA flag codes of an output row."""
    return {code for code in (row["qa_flags"] or "").split(";") if code}
