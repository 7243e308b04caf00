"""Planning maps from the bundled sample regions and fiber: pages, pixels, legend, templates, atomic output."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pandas as pd
import processing
import pytest
from osgeo import gdal
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsNullSymbolRenderer,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsReadWriteContext,
)
from qgis.PyQt.QtCore import QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QImage

from school_connectivity_plugin.core.definitions.palette import GIGA
from school_connectivity_plugin.core.definitions.schema import ConnectivityClass
from school_connectivity_plugin.processing.io import reading
from school_connectivity_plugin.processing.labels import translated
from school_connectivity_plugin.processing.maps import (
    layouts,
    page_export,
    planning_data,
    planning_pages,
    school_raster,
)
from school_connectivity_plugin.processing.maps.layouts import Template
from school_connectivity_plugin.processing.maps.styling import OVERLAY_LABELS, Overlay, tr

from support.planning_fixture import CLASSES_PRESENT, PER_REGION, region_names, write_schools

MM_PER_INCH = 25.4


def _pdf_pages(path: Path) -> list[tuple[float, float]]:
    """Page sizes (points) read from the PDF's own page objects, not from QGIS."""
    data = path.read_bytes()
    pages = re.findall(rb"/Type\s*/Page(?!s)", data)
    boxes = [tuple(float(v) for v in box.split()[2:4])
             for box in re.findall(rb"/MediaBox\s*\[\s*([\d.\s]+)\]", data)]
    assert len(boxes) >= len(pages)
    return boxes[:len(pages)] if len(set(boxes)) == 1 else boxes


def _page_count(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", path.read_bytes()))


def _colour_share(image: QImage, colour: str, tolerance: int = 12) -> float:
    """Share of sampled pixels within `tolerance` of a colour (every 2nd pixel)."""
    target = QColor(colour)
    hits = total = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = QColor(image.pixel(x, y))
            total += 1
            if (abs(pixel.red() - target.red()) <= tolerance and abs(pixel.green() - target.green()) <= tolerance
                    and abs(pixel.blue() - target.blue()) <= tolerance):
                hits += 1
    return hits / total


def _grey_spread(image: QImage) -> float:
    """Standard deviation of grey levels on a coarse grid: 0 for a blank page."""
    values = [QColor(image.pixel(x, y)).lightness()
              for y in range(0, image.height(), 7) for x in range(0, image.width(), 7)]
    mean = sum(values) / len(values)
    return (sum((v - mean) ** 2 for v in values) / len(values)) ** 0.5


@pytest.fixture(scope="module")
def exported(tmp_path_factory, qgis_app):
    sample = Path(__file__).resolve().parents[2] / "resources" / "sample"
    work = tmp_path_factory.mktemp("maps")
    out = work / "out"
    out.mkdir()
    result = processing.run("schoolconnectivity:exportplanningmaps", {
        "SCHOOLS": write_schools(sample, work),
        "FIBER": [str(sample / "fiber_backbone.geojson"), str(sample / "fiber_nodes.geojson")],
        "REGIONS": str(sample / "kg_adm1.geojson"), "TITLE": "Test planning map", "DPI": 72,
        "OUTPUT_PDF": str(out / "planning_map.pdf"), "OUTPUT_PNG": str(out / "planning_map.png"),
        "OUTPUT_SVG": str(out / "planning_map.svg"),
    })
    return sample, out, result


def test_pdf_has_national_page_then_one_per_region(exported):
    sample, out, result = exported
    regions = region_names(sample)
    assert _page_count(out / "planning_map.pdf") == len(regions) + 1
    assert result["PAGE_COUNT"] == len(regions) + 1
    width, height = _pdf_pages(out / "planning_map.pdf")[0]
    assert width == pytest.approx(420 / MM_PER_INCH * 72, abs=1.5)  # A3 landscape by default
    assert height == pytest.approx(297 / MM_PER_INCH * 72, abs=1.5)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_pdf_pages_carry_title_then_region_names_in_order(exported):
    sample, out, _ = exported
    text = subprocess.run(["pdftotext", "-layout", str(out / "planning_map.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout.split("\f")
    assert "Test planning map" in text[0]
    for page, name in zip(text[1:], region_names(sample)):
        assert name in page


def test_pngs_are_written_per_page_and_not_blank(exported):
    sample, out, _ = exported
    expected = ["planning_map.png"] + [
        f"planning_map_{page_export.safe_file_part(name)}.png" for name in region_names(sample)]
    assert sorted(p.name for p in out.glob("*.png")) == sorted(expected)
    blank = QImage(200, 100, QImage.Format_RGB32)
    blank.fill(Qt.white)
    assert _grey_spread(blank) == 0
    for name in expected:
        image = QImage(str(out / name))
        assert not image.isNull()
        assert _grey_spread(image) > 10, name
    national = QImage(str(out / "planning_map.png"))
    for cls in CLASSES_PRESENT:
        assert _colour_share(national, GIGA.classes[ConnectivityClass(cls)]) > 0, cls


def test_svg_and_no_leftovers(exported):
    _, out, _ = exported
    assert (out / "planning_map.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def _legend_labels(layout) -> set[str]:
    """Labels the legend shows once the page is drawn (the map-content filter runs at draw time)."""
    QgsLayoutExporter(layout).renderPageToImage(0, QSize(400, 280))
    legend = layout.itemById("legend")
    model = legend.model()
    labels = set()
    for node in model.rootGroup().findLayers():
        labels |= {n.data(Qt.DisplayRole) for n in model.layerLegendNodes(node)} | {node.name()}
    return labels


@pytest.mark.parametrize("national_scale", [False, True], ids=["map-searched", "national-scale"])
def test_legend_holds_each_class_present_and_no_other(qgis_app, tmp_path, sample_dir, monkeypatch,
                                                      national_scale):
    """Small layers: QGIS searches the map for the classes. National layers (here: the threshold lowered):
    the classes come from the data, overlay markers are layers of their own, the schools print as an image,
    and the legend says the same."""
    if national_scale:
        monkeypatch.setattr(planning_data, "NATIONAL_SCALE_ABOVE", 3)
    schools = reading.load_vector(write_schools(sample_dir, tmp_path))
    regions = reading.load_vector(str(sample_dir / "kg_adm1.geojson"))
    data = planning_data.prepare(schools, [], None, regions)
    layout = layouts.load_layout(layouts.template_path(Template.NATIONAL), data.project)
    planning_pages.fill_national(layout, data, planning_pages.page_text("t", data))
    assert data.schools.renderer().forceRasterRender() == national_scale
    assert len(data.school_overlays) == (2 if national_scale else 0)
    assert layout.itemById("legend").legendFilterByMapEnabled() == (not national_scale)
    labels = _legend_labels(layout)
    for cls in ConnectivityClass:
        assert (translated(cls) in labels) == (cls.value in CLASSES_PRESENT), cls
    assert tr(OVERLAY_LABELS[Overlay.PIPELINE]) in labels
    assert tr(OVERLAY_LABELS[Overlay.HARD_TO_CONNECT]) in labels


def test_region_page_statistics_and_table(qgis_app, tmp_path, sample_dir):
    schools = reading.load_vector(write_schools(sample_dir, tmp_path))
    regions = reading.load_vector(str(sample_dir / "kg_adm1.geojson"))
    data = planning_data.prepare(schools, [], None, regions)
    layout = layouts.load_layout(layouts.template_path(Template.REGION), data.project)
    pages = planning_pages.RegionPages(layout, data, planning_pages.page_text("t", data))
    assert pages.count() == len(region_names(sample_dir))
    atlas = layout.atlas()
    atlas.beginRender()
    atlas.seekTo(1)
    pages.fill(1)
    atlas.endRender()
    assert layout.itemById("title").text() == region_names(sample_dir)[1]
    stats = layouts.table_of(layout, layouts.ItemId.STATS).tableContents()
    figures = {row[0].content(): int(row[1].content().replace(",", "")) for row in stats}
    assert figures[planning_pages.tr("Schools")] == len(PER_REGION)
    assert figures[planning_pages.tr("Connected")] == sum(1 for row in PER_REGION if row[1] == "yes")
    assert figures[planning_pages.tr("In the pipeline")] == sum(1 for row in PER_REGION if row[2])
    assert figures[planning_pages.tr("Hard to connect")] == sum(1 for row in PER_REGION if row[3])
    listed = layouts.table_of(layout, layouts.ItemId.TABLE).tableContents()
    assert len(listed) == sum(1 for row in PER_REGION if row[1] == "no" or row[3])
    distances = sorted(float(row[2].content()) for row in listed)
    assert distances == [1.5 * (n + 1) for n, row in enumerate(PER_REGION) if row[1] == "no" or row[3]]


def test_a4_portrait_page(qgis_app, tmp_path, sample_dir):
    out = tmp_path / "a4.pdf"
    processing.run("schoolconnectivity:exportplanningmaps", {
        "SCHOOLS": write_schools(sample_dir, tmp_path), "PAGE_SIZE": 1, "ORIENTATION": 1, "DPI": 72,
        "OUTPUT_PDF": str(out)})
    assert _pdf_pages(out) == [pytest.approx((210 / MM_PER_INCH * 72, 297 / MM_PER_INCH * 72), abs=1.5)]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_users_edited_template_is_used(qgis_app, tmp_path, sample_dir):
    """Edit the template as the Layout Designer would (add a label, drop the legend) and print with it."""
    layout = layouts.load_layout(layouts.template_path(Template.NATIONAL), QgsProject.instance())
    layout.removeLayoutItem(layout.itemById("legend"))
    note = QgsLayoutItemLabel(layout)
    note.setText("Prepared by the planning unit")
    layout.addLayoutItem(note)
    note.attemptSetSceneRect(QRectF(20, 200, 150, 10))
    edited = tmp_path / "my_national.qpt"
    assert layout.saveAsTemplate(str(edited), QgsReadWriteContext())
    out = tmp_path / "edited.pdf"
    processing.run("schoolconnectivity:exportplanningmaps", {
        "SCHOOLS": write_schools(sample_dir, tmp_path), "DPI": 72, "TITLE": "Edited title",
        "NATIONAL_TEMPLATE": str(edited), "OUTPUT_PDF": str(out)})
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Prepared by the planning unit" in text
    assert "Edited title" in text
    assert translated(ConnectivityClass.GOOD) not in text


def test_cancelled_export_keeps_the_old_file(qgis_app, tmp_path, sample_dir):
    out = tmp_path / "planning_map.pdf"
    out.write_bytes(b"old")
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    processing.run("schoolconnectivity:exportplanningmaps", {
        "SCHOOLS": write_schools(sample_dir, tmp_path), "DPI": 72, "OUTPUT_PDF": str(out)}, feedback=feedback)
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_unreadable_template_names_the_file(qgis_app, tmp_path):
    broken = tmp_path / "broken.qpt"
    broken.write_text("not xml", encoding="utf-8")
    with pytest.raises(Exception, match=r"broken\.qpt"):
        layouts.load_layout(broken, QgsProject())


def _ts_translations(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation, read straight from the .ts file."""
    import xml.etree.ElementTree as ElementTree

    table = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and translation.get("type") != "unfinished":
                table[(name, message.findtext("source"))] = translation.text
    return table


def test_page_texts_follow_the_users_language(qgis_app, tmp_path, sample_dir):
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    i18n = Path(__file__).resolve().parents[2] / "i18n"
    assert (i18n / "school_connectivity_ru.qm").is_file(), "make test builds the .qm files first (make i18n)"
    expected = _ts_translations(i18n / "school_connectivity_ru.ts")
    wanted = {("@default", "Legend"), ("@default", "Statistics"), ("Definitions", "Good connection")}
    assert wanted <= set(expected), f"the Russian translation lacks {sorted(wanted - set(expected))}"
    translator = QTranslator()
    assert translator.load(str(i18n / "school_connectivity_ru.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        schools = reading.load_vector(write_schools(sample_dir, tmp_path))
        data = planning_data.prepare(schools, [], None, None)
        layout = layouts.load_layout(layouts.template_path(Template.NATIONAL), data.project)
        planning_pages.fill_national(layout, data, planning_pages.page_text("", data))
        labels = _legend_labels(layout)
        headers = [column.heading() for column in layouts.table_of(layout, layouts.ItemId.STATS).headers()]
        title = layout.itemById("legend").title()
    finally:
        QCoreApplication.removeTranslator(translator)
    assert title == expected[("@default", "Legend")]
    assert headers[0] == expected[("@default", "Statistics")]
    assert expected[("Definitions", "Good connection")] in labels


def test_bundled_sample_from_import_to_pdf(qgis_app, tmp_path, sample_dir):
    """The bundled school list as imported (no analysis yet) prints one page per oblast plus the national page."""
    context = QgsProcessingContext()
    imported = processing.run("schoolconnectivity:importschools", {
        "INPUT": str(sample_dir / "schools.csv"), "OUTPUT": "TEMPORARY_OUTPUT", "REJECTED": "TEMPORARY_OUTPUT"},
        context=context)
    schools = context.getMapLayer(imported["OUTPUT"]) if isinstance(imported["OUTPUT"], str) else imported["OUTPUT"]
    present = {feature["connectivity_class"] for feature in schools.getFeatures()}
    out = tmp_path / "sample.pdf"
    processing.run("schoolconnectivity:exportplanningmaps", {
        "SCHOOLS": schools, "REGIONS": str(sample_dir / "kg_adm1.geojson"), "DPI": 72, "OUTPUT_PDF": str(out),
        "OUTPUT_PNG": str(tmp_path / "sample.png")}, context=context)
    assert _page_count(out) == len(region_names(sample_dir)) + 1
    assert _grey_spread(QImage(str(tmp_path / "sample.png"))) > 10
    data = planning_data.prepare(schools, [], None, reading.load_vector(str(sample_dir / "kg_adm1.geojson")))
    layout = layouts.load_layout(layouts.template_path(Template.NATIONAL), data.project)
    planning_pages.fill_national(layout, data, planning_pages.page_text("", data))
    labels = _legend_labels(layout)
    assert {cls for cls in ConnectivityClass if translated(cls) in labels} == {
        ConnectivityClass(value) for value in present}
    assert tr(OVERLAY_LABELS[Overlay.HARD_TO_CONNECT]) not in labels  # not analysed yet: no field, no marker


def test_png_export_leaves_stderr_clean(qgis_app, tmp_path, sample_dir, capfd):
    """QGIS georeferences PNG pages through GDAL update mode, which PNG refuses: that refusal must not reach stderr."""
    capfd.readouterr()
    processing.run("schoolconnectivity:exportplanningmaps", {
        "SCHOOLS": write_schools(sample_dir, tmp_path), "DPI": 72,
        "OUTPUT_PDF": str(tmp_path / "map.pdf"), "OUTPUT_PNG": str(tmp_path / "map.png")})
    assert not QImage(str(tmp_path / "map.png")).isNull()
    assert page_export.PNG_UPDATE_REFUSED not in capfd.readouterr().err


@pytest.fixture
def gdal_errors_printed():
    """GDAL in its default mode (errors printed, not raised), whatever other test modules switched on."""
    from osgeo import ogr, osr

    modules = (gdal, ogr, osr)
    before = [module.GetUseExceptions() for module in modules]
    for module in modules:
        module.DontUseExceptions()
    yield
    for module, used in zip(modules, before):
        if used:
            module.UseExceptions()


def test_only_the_png_georeference_error_is_dropped(tmp_path, capfd, gdal_errors_printed):
    memory = gdal.GetDriverByName("MEM").Create("", 4, 4, 1)
    gdal.GetDriverByName("PNG").CreateCopy(str(tmp_path / "page.png"), memory)
    capfd.readouterr()
    with page_export.png_georeference_quiet():
        assert gdal.Open(str(tmp_path / "page.png"), gdal.GA_Update) is None
        gdal.Error(gdal.CE_Failure, gdal.CPLE_AppDefined, "an unrelated failure")
    err = capfd.readouterr().err
    assert page_export.PNG_UPDATE_REFUSED not in err
    assert "an unrelated failure" in err
    gdal.Open(str(tmp_path / "page.png"), gdal.GA_Update)
    assert page_export.PNG_UPDATE_REFUSED in capfd.readouterr().err  # the handler is gone afterwards


@pytest.mark.parametrize("document", ["cli", "readme"])
def test_every_page_file_the_export_writes_is_documented(exported, document):
    """The headless command's help and the README name each PNG file a user finds, region pages included."""
    from school_connectivity_plugin.cli import OUTPUTS_HELP

    text = OUTPUTS_HELP if document == "cli" else (Path(__file__).resolve().parents[2] / "README.md").read_text(
        encoding="utf-8")
    documented = [re.compile(re.escape(name).replace("<Region>", r"[\w\-]+") + "$")
                  for name in re.findall(r"planning_map[\w<>]*\.png", text)]
    _, out, _ = exported
    for path in out.glob("*.png"):
        assert any(pattern.match(path.name) for pattern in documented), path.name


def test_national_layer_drawn_once_per_page_for_pdf_and_png(qgis_app, tmp_path, sample_dir, monkeypatch):
    """At national scale (threshold lowered) each page's schools are drawn once, for the PDF and the PNGs alike,
    stamped from the frame with the style's own symbols into an image laid where the map item would draw them (the
    same dots in the same places), with the region names printed over them."""
    renders = []
    original = school_raster.SchoolImages._render

    def counted(self, map_item, drawn, labels, path):
        renders.append([layer.name() for layer in [*drawn, *labels]])
        return original(self, map_item, drawn, labels, path)

    monkeypatch.setattr(school_raster.SchoolImages, "_render", counted)
    schools = write_schools(sample_dir, tmp_path)
    monkeypatch.setattr(planning_data, "NATIONAL_SCALE_ABOVE", 3)
    pages = {}
    for laid_over in (False, True):  # the map item drawing the schools itself, then the images laid over it
        with monkeypatch.context() as patch:
            if not laid_over:
                patch.setattr(school_raster.SchoolImages, "lay_over", lambda *_args: None)
            out = tmp_path / f"out_{laid_over}"
            out.mkdir()
            result = processing.run("schoolconnectivity:exportplanningmaps", {
                "SCHOOLS": schools, "REGIONS": str(sample_dir / "kg_adm1.geojson"),
                "DPI": 100, "OUTPUT_PDF": str(out / "map.pdf"), "OUTPUT_PNG": str(out / "map.png")})
        assert _page_count(out / "map.pdf") == result["PAGE_COUNT"]
        assert not [p for p in out.iterdir() if p.name.startswith(".")]
        pages[laid_over] = QImage(str(out / "map.png"))
    assert len(renders) == result["PAGE_COUNT"] == len(region_names(sample_dir)) + 1
    assert tr("Schools") in renders[0] and renders[0][-1] == tr("Regions")  # the regions' names over the schools
    drawn, laid = (_coloured_centre(pages[key]) for key in (False, True))
    assert abs(drawn[0] - laid[0]) <= 2 and abs(drawn[1] - laid[1]) <= 2  # anti-aliasing moves a few edge pixels


def _coloured_centre(image: QImage) -> tuple[float, float]:
    """Mean position of the saturated pixels (school dots and markers; regions, lines and text are greys or dark)
    in the map's part of the page, left of the legend."""
    xs, ys = [], []
    for y in range(image.height()):
        for x in range(int(image.width() * 0.65)):
            pixel = QColor(image.pixel(x, y))
            channels = (pixel.red(), pixel.green(), pixel.blue())
            if max(channels) - min(channels) > 80:
                xs.append(x)
                ys.append(y)
    assert len(xs) > 50
    return sum(xs) / len(xs), sum(ys) / len(ys)


def test_private_copies_leave_the_users_layer_alone(qgis_app, sample_dir, tmp_path):
    """A file layer's copy is a second, unstyled layer on the same file with the user's filter and CRS (drawn
    from the file, not from memory); a memory layer's copy holds its own features."""
    user = reading.load_vector(str(sample_dir / "kg_adm1.geojson"))
    user.setSubsetString("\"name\" <> 'Naryn'")
    user.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    user.setRenderer(QgsNullSymbolRenderer())  # the user's own style
    copy = reading.private_copy(user, "Regions")
    assert copy.providerType() == user.providerType() and copy.source() == user.source()
    assert copy.subsetString() == user.subsetString() and copy.featureCount() == user.featureCount() == 7
    assert copy.crs() == user.crs() and copy.renderer().type() == "singleSymbol"
    copy.setRenderer(QgsCategorizedSymbolRenderer("name", []))
    assert user.renderer().type() == "nullSymbol" and user.name() != "Regions"

    in_memory = user.materialize(QgsFeatureRequest())
    copy = reading.private_copy(in_memory, "Regions")
    assert copy.providerType() == "memory" and copy.featureCount() == 7
    assert copy.dataProvider().deleteFeatures([next(copy.getFeatures()).id()])
    assert in_memory.featureCount() == 7


def test_a_page_that_cannot_be_drawn_stops_the_export_naming_why(qgis_app, tmp_path, sample_dir, monkeypatch):
    """QGIS's exporter asks for each next page from C++: a failure there (the schools image refused by a full
    disk) must stop the export with its reason, not end the document early as if it had no more pages."""
    def refused(*_args):
        raise OSError("schools_1.png: no space left on device")

    monkeypatch.setattr(school_raster.SchoolImages, "_render", refused)
    monkeypatch.setattr(planning_data, "NATIONAL_SCALE_ABOVE", 3)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(QgsProcessingException, match="no space left on device"):
        processing.run("schoolconnectivity:exportplanningmaps", {
            "SCHOOLS": write_schools(sample_dir, tmp_path), "REGIONS": str(sample_dir / "kg_adm1.geojson"),
            "DPI": 72, "OUTPUT_PDF": str(out / "map.pdf"), "OUTPUT_PNG": str(out / "map.png")})
    assert list(out.iterdir()) == []


def test_a_region_list_too_long_for_its_page_says_how_many_it_holds_in_the_locales_digits(qgis_app, sample_dir,
                                                                                            tmp_path):
    """The note under a region's school list names the shown and total counts as the statistics print them
    (1,200, not 1200)."""
    from school_connectivity_plugin.processing.io import writing
    from school_connectivity_plugin.processing.maps.layout_templates import ItemId

    from support.planning_fixture import TYPES, schools_frame

    frame = schools_frame(sample_dir)
    first_region = frame[frame["school_id"].str.startswith("T0")]
    many = pd.concat([first_region] * 600, ignore_index=True)  # 1,200 unconnected or hard schools in one region
    writing.write_gpkg_layer(many, str(tmp_path / "many.gpkg"), "schools", types=TYPES)
    data = planning_data.prepare(reading.load_vector(f"{tmp_path / 'many.gpkg'}|layername=schools"), [], None,
                                 reading.load_vector(str(sample_dir / "kg_adm1.geojson")))
    pages = planning_pages.RegionPages(layouts.load_layout(layouts.template_path(Template.REGION), data.project),
                                       data, planning_pages.page_text("", data))
    region = int(np.bincount(data.frame["region_index"].clip(lower=0)).argmax())
    pages.layout.atlas().beginRender()
    pages.layout.atlas().seekTo(region)
    pages.fill(region)
    note = pages.layout.itemById(ItemId.TABLE_NOTE.value).text()
    assert re.fullmatch(r"[\d,]+ of 1,200 schools listed, in priority order; the exported tables hold them all\.",
                        note), note


def test_an_empty_fiber_file_is_left_off_the_map_with_a_warning(qgis_app, sample_dir, tmp_path):
    """A fiber file without features has no geometry type to style: the pages print without it, and say so."""
    empty = tmp_path / "empty_fiber.geojson"
    empty.write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    feedback = _WarningsKept()
    result = processing.run("schoolconnectivity:exportplanningmaps", {
        "SCHOOLS": write_schools(sample_dir, tmp_path),
        "FIBER": [str(empty), str(sample_dir / "fiber_backbone.geojson")],
        "DPI": 72, "OUTPUT_PDF": str(tmp_path / "map.pdf")}, feedback=feedback)
    assert _page_count(tmp_path / "map.pdf") == result["PAGE_COUNT"] == 1
    assert any(str(empty) in warning and "left off the map" in warning for warning in feedback.warnings)


class _WarningsKept(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings: list[str] = []

    def pushWarning(self, warning: str) -> None:
        self.warnings.append(warning)
        super().pushWarning(warning)
