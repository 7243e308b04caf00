"""Every page of the planning map in English, Russian and Kyrgyz: tables hold every region and every statistic of
summary.json, no header word or heading runs out of its frame, and legends, tables and labels never overlap."""
from __future__ import annotations

import json
import re
from pathlib import Path

import processing
import pytest
from qgis.core import (
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutUtils,
)
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator
from qgis.PyQt.QtGui import QFont

from school_connectivity_plugin.processing.io import reading
from school_connectivity_plugin.processing.maps import layouts, page_export, plan_page, planning_data, planning_pages
from school_connectivity_plugin.processing.maps.layout_templates import ItemId
from school_connectivity_plugin.processing.maps.layouts import Template

I18N = Path(__file__).resolve().parents[2] / "i18n"
HEADINGS = (ItemId.TITLE, ItemId.SUBTITLE, ItemId.TABLE_TITLE, ItemId.PHASE_TITLE)


@pytest.fixture(scope="module")
def job(qgis_app, tmp_path_factory) -> Path:
    """The whole job on the bundled sample, as the headless command runs it."""
    sample = Path(__file__).resolve().parents[2] / "resources" / "sample"
    out = tmp_path_factory.mktemp("fitting") / "job"
    processing.run("schoolconnectivity:runall", {
        "INPUT": str(sample / "schools.csv"), "PIPELINE": str(sample / "pipeline.csv"),
        "FIBER": [str(sample / "fiber_backbone.geojson"), str(sample / "fiber_nodes.geojson")],
        "BOUNDARY": str(sample / "kg_adm0.geojson"), "REGIONS": str(sample / "kg_adm1.geojson"),
        "DEM": str(sample / "kg_dem.tif"), "OUTPUT_FOLDER": str(out)})
    return out


def _in_language(language: str):
    translator = QTranslator()
    if language != "en":
        assert translator.load(str(I18N / f"school_connectivity_{language}.qm")), "make i18n builds the .qm files"
        QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale(language))
    return translator


def _pages(job: Path):
    sample = Path(__file__).resolve().parents[2] / "resources" / "sample"
    gpkg = job / "schools.gpkg"
    layer = {name: reading.load_vector(f"{gpkg}|layername={name}") for name in ("schools", "routes")}
    tables = tuple(reading.load_vector(f"{gpkg}|layername={name}") for name in ("phases", "clusters"))
    fiber = [reading.load_vector(str(sample / "fiber_backbone.geojson"))]
    data = planning_data.prepare(layer["schools"], fiber, layer["routes"],
                                 reading.load_vector(str(sample / "kg_adm1.geojson")), tables=tables)
    text = planning_pages.page_text("", data)
    national = layouts.load_layout(layouts.template_path(Template.NATIONAL), data.project)
    planning_pages.fill_national(national, data, text)
    plan = layouts.load_layout(layouts.template_path(Template.PLAN), data.project)
    plan_page.fill_plan(plan, data, text)
    regions = planning_pages.RegionPages(
        layouts.load_layout(layouts.template_path(Template.REGION), data.project), data, text)
    pages = page_export.PlanningPages(national, regions, None, plan)
    assert pages.beginRender()
    while pages.next():
        yield pages.layout(), data
    pages.endRender()


def _font(text_format) -> QFont:
    font = QFont(text_format.font())
    font.setPointSizeF(text_format.size())
    return font


def _table_problems(table: QgsLayoutItemManualTable) -> list[str]:
    problems = []
    frame = table.frame(0)
    if table.totalSize().height() > frame.rect().height() + 0.01:
        problems.append(f"{frame.id()}: rows run past the frame")
    font = _font(table.headerTextFormat())
    for column, width in zip(table.headers(), table.columnWidths()):
        for word in column.heading().split():
            if QgsLayoutUtils.textWidthMM(font, word) > width + 0.01:
                problems.append(f"{frame.id()}: header word {word!r} wider than its column")
    return problems


def _boxes(layout) -> list[tuple[str, object]]:
    """Scene rectangles of the page's legend, tables and labels (the map, scale bar and arrow may overlap)."""
    boxes = []
    for item in layout.items():
        if isinstance(item, (QgsLayoutItemLabel, QgsLayoutItemLegend, QgsLayoutFrame)) and item.isVisible():
            if isinstance(item, QgsLayoutItemLabel) and not item.currentText().strip():
                continue
            boxes.append((item.id() or type(item).__name__, item.sceneBoundingRect().adjusted(0.3, 0.3, -0.3, -0.3)))
    return boxes


def _digits(text: str) -> int:
    return int(re.sub(r"\D", "", text))


@pytest.mark.parametrize("language", ["en", "ru", "ky"])
def test_every_page_prints_every_row_and_nothing_overlaps(job, language):
    summary = json.loads((job / "summary.json").read_text(encoding="utf-8"))
    translator = _in_language(language)
    try:
        seen_regions = []
        for number, (layout, data) in enumerate(_pages(job)):
            problems = []
            page = layout.pageCollection().page(0).sceneBoundingRect()
            for frame_id in (ItemId.STATS, ItemId.REGION_TABLE, ItemId.TABLE, ItemId.PHASE_TABLE):
                table = layouts.table_of(layout, frame_id)
                if table is not None and table.frame(0).isVisible():
                    problems += _table_problems(table)
            for heading in HEADINGS:
                label = layout.itemById(heading.value)
                if isinstance(label, QgsLayoutItemLabel) and label.currentText().strip():
                    width = QgsLayoutUtils.textWidthMM(label.font(), label.currentText())
                    if width > label.rect().width() - 2 * label.marginX() + 0.01:
                        problems.append(f"{heading.value}: {label.currentText()!r} runs out of its frame")
            boxes = _boxes(layout)
            for index, (name, box) in enumerate(boxes):
                if not page.contains(box):
                    problems.append(f"{name} runs off the page")
                problems += [f"{name} overlaps {other}" for other, rect in boxes[index + 1:] if box.intersects(rect)]
            assert not problems, (language, number, problems)
            stats = layouts.table_of(layout, ItemId.STATS)
            if number == 0:
                values = [_digits(row[1].content()) for row in stats.tableContents()]
                assert values == [summary["loaded"], summary["connected"], summary["not_connected"],
                                  summary["in_pipeline"], summary["hard_to_connect"]]
                region_rows = layouts.table_of(layout, ItemId.REGION_TABLE).tableContents()
                assert sorted(row[0].content() for row in region_rows) == sorted(data.region_names)
                assert sum(_digits(row[1].content()) for row in region_rows) == summary["loaded"]
            elif stats is not None:
                seen_regions.append(layout.itemById(ItemId.TITLE.value).currentText())
        assert sorted(seen_regions) == sorted(data.region_names)
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(QLocale("en"))
