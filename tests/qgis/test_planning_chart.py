"""The dock's progress chart on the national planning page: printed beside the panels when given, absent otherwise."""
from __future__ import annotations

import re
from pathlib import Path

import processing
import pytest
from qgis.PyQt.QtCore import QRect
from qgis.PyQt.QtGui import QColor, QImage

from support.planning_fixture import write_schools

MAGENTA = QColor(255, 0, 255)
CHART_SIZE = (400, 200)


def _magenta_box(image: QImage) -> QRect:
    """Bounding box of the exactly-magenta pixels of a page, every 2nd pixel (empty when none): not in our palette."""
    wanted = MAGENTA.rgb() & 0xFFFFFF
    xs, ys = [], []
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if image.pixel(x, y) & 0xFFFFFF == wanted:
                xs.append(x)
                ys.append(y)
    return QRect(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1) if xs else QRect()


def _export(sample: Path, work: Path, name: str, regions: bool, chart: Path | None) -> Path:
    out = work / name
    out.mkdir()
    parameters = {"SCHOOLS": write_schools(sample, out), "DPI": 72,
                  "OUTPUT_PDF": str(out / "map.pdf"), "OUTPUT_PNG": str(out / "map.png")}
    if regions:
        parameters["REGIONS"] = str(sample / "kg_adm1.geojson")
    if chart is not None:
        parameters["PROGRESS_CHART"] = str(chart)
    processing.run("schoolconnectivity:exportplanningmaps", parameters)
    return out


@pytest.fixture(scope="module")
def chart(tmp_path_factory, qgis_app) -> Path:
    image = QImage(*CHART_SIZE, QImage.Format_RGB32)
    image.fill(MAGENTA)
    path = tmp_path_factory.mktemp("chart") / "chart.png"
    assert image.save(str(path))
    return path


@pytest.mark.parametrize("regions", [True, False])
def test_chart_is_printed_on_the_national_page_only_when_given(qgis_app, tmp_path, sample_dir, chart, regions):
    with_chart = _export(sample_dir, tmp_path, "with", regions, chart)
    without = _export(sample_dir, tmp_path, "without", regions, None)
    page = QImage(str(with_chart / "map.png"))
    box = _magenta_box(page)
    assert _magenta_box(QImage(str(without / "map.png"))).isEmpty()
    assert box.height() >= 0.015 * page.height()  # a block, not a stray pixel: 4+ mm tall on the A3 page
    assert abs(box.width() / box.height() - CHART_SIZE[0] / CHART_SIZE[1]) < 0.2 * CHART_SIZE[0] / CHART_SIZE[1]
    assert box.left() > 0.7 * page.width()  # in the right-hand column, beside the map, not over it
    pages = [len(re.findall(rb"/Type\s*/Page(?!s)", (folder / "map.pdf").read_bytes()))
             for folder in (with_chart, without)]
    assert pages[0] == pages[1]


def test_missing_chart_file_is_named(qgis_app, tmp_path, sample_dir):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match=r"nowhere\.png"):
        _export(sample_dir, tmp_path, "missing", False, tmp_path / "nowhere.png")
