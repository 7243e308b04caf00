"""The planning map pages as one sequence (national page, then the region atlas) and their atomic export to PDF, PNG
and SVG: files appear only when complete, none when cancelled."""
from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Sequence
from contextlib import contextmanager
from pathlib import Path

from osgeo import gdal
from qgis.core import QgsAbstractLayoutIterator, QgsLayoutExporter, QgsPrintLayout, QgsRenderContext

from .planning_pages import RegionPages, tr
from .school_dots import SchoolDots
from .school_raster import SchoolImages


def safe_file_part(name: str) -> str:
    """A region name usable in a file name on every platform (letters of any script kept)."""
    cleaned = re.sub(r"[^\w\-]+", "_", name, flags=re.UNICODE).strip("_")
    return cleaned or "region"


#: File name part of the construction plan page's PNG.
PLAN_FILE_PART = "construction_plan"


class PlanningPages(QgsAbstractLayoutIterator):
    """National page, the construction plan when there is one, then the region atlas, as one sequence the layout
    exporter prints into one PDF."""

    def __init__(self, national: QgsPrintLayout, regions: RegionPages | None, feedback=None,
                 plan: QgsPrintLayout | None = None, images: SchoolImages | None = None):
        super().__init__()
        self.national, self.regions, self.feedback, self.plan = national, regions, feedback, plan
        self.images = images
        #: Why the pages ended early, if they did: raised in next(), which QGIS calls from C++, it would be lost
        #: and the document would simply end (_check raises it).
        self.error: Exception | None = None
        self.position = -1
        self.fixed = 2 if plan is not None else 1  # pages before the atlas

    def count(self) -> int:
        return self.fixed + (self.regions.count() if self.regions else 0)

    def beginRender(self) -> bool:
        self.position = -1
        return self.regions is None or self.regions.layout.atlas().beginRender()

    def endRender(self) -> bool:
        return self.regions is None or self.regions.layout.atlas().endRender()

    def next(self) -> bool:
        try:
            return self._next()
        except Exception as error:  # any failure, raised again by _check
            self.error = error
            return False

    def _next(self) -> bool:
        if self.feedback is not None and self.feedback.isCanceled():
            return False
        self.position += 1
        if self.position >= self.fixed:
            if self.regions is None or self.position >= self.count():
                return False
            page = self.position - self.fixed
            if not self.regions.layout.atlas().seekTo(page):
                return False
            self.regions.fill(page)
        if self.images is not None:
            self.images.lay_over(self.layout(), self.position)
        if self.feedback is not None:
            self.feedback.setProgress(100.0 * self.position / self.count())
        return True

    def layout(self) -> QgsPrintLayout:
        if self.position <= 0:
            return self.national
        return self.plan if self.position < self.fixed else self.regions.layout

    def filePath(self, base: str, extension: str) -> str:
        if self.position <= 0:
            return f"{base}.{extension}"
        if self.position < self.fixed:
            return f"{base}_{PLAN_FILE_PART}.{extension}"
        atlas = self.regions.layout.atlas()
        name = atlas.nameForPage(atlas.currentFeatureNumber()) or str(self.position)
        return f"{base}_{safe_file_part(name)}.{extension}"


def export(national: QgsPrintLayout, regions: RegionPages | None, pdf: str | None, png: str | None,
           svg: str | None, dpi: float, feedback=None, plan: QgsPrintLayout | None = None,
           dots: Sequence[SchoolDots] = ()) -> list[str]:
    """Export through a temporary folder beside the outputs, then move each file into place (none if cancelled)."""
    written: list[str] = []
    targets = [Path(path) for path in (pdf, png, svg) if path]
    if not targets:
        return written
    scratch = Path(tempfile.mkdtemp(prefix=".planning-", dir=str(targets[0].resolve().parent)))
    try:
        images = SchoolImages(scratch, dpi, dots)  # each page's schools drawn once for the PDF and the PNG alike
        staged = _export_into(scratch, lambda: PlanningPages(national, regions, feedback, plan, images), pdf, png,
                              svg, dpi)
        if feedback is not None and feedback.isCanceled():
            return written
        for temporary, final in staged:
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(temporary, final)
            written.append(str(final))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return written


def _check(result, what: str, pages: PlanningPages | None = None) -> None:
    if pages is not None and pages.error is not None:
        raise OSError(tr("{what}: {reason}").format(what=what, reason=pages.error)) from pages.error
    if result != QgsLayoutExporter.Success:
        messages = {QgsLayoutExporter.FileError: tr("cannot write the file"),
                    QgsLayoutExporter.MemoryError: tr("not enough memory"),
                    QgsLayoutExporter.PrintError: tr("printing failed"),
                    QgsLayoutExporter.SvgLayerError: tr("SVG layer export failed"),
                    QgsLayoutExporter.IteratorError: tr("the page sequence failed (cancelled?)"),
                    QgsLayoutExporter.Canceled: tr("cancelled")}
        raise OSError(tr("{what}: {reason}").format(what=what, reason=messages.get(result, str(result))))


#: What GDAL says when QgsLayoutExporter (3.22) opens a finished PNG page in update mode to georeference it.
PNG_UPDATE_REFUSED = "PNG driver does not support update access"


@contextmanager
def png_georeference_quiet():
    """Drop only GDAL's refusal to georeference a PNG page (QGIS tries on every image export and PNG cannot hold
    it); any other GDAL message is passed on once the export is done, demoted to a warning if GDAL raises."""
    others: list[tuple[int, int, str]] = []

    def handler(level: int, number: int, message: str) -> None:
        if not (number == gdal.CPLE_NotSupported and PNG_UPDATE_REFUSED in message):
            others.append((level, number, message.rstrip("\n")))

    gdal.PushErrorHandler(handler)
    try:
        yield
    finally:
        gdal.PopErrorHandler()
        for level, number, message in others:
            gdal.Error(min(level, gdal.CE_Warning) if gdal.GetUseExceptions() else level, number, message)


def _export_into(scratch: Path, pages_factory, pdf, png, svg, dpi) -> list[tuple[Path, Path]]:
    staged: list[tuple[Path, Path]] = []
    if pdf:
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = dpi
        settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
        settings.rasterizeWholeImage = False
        pages = pages_factory()
        result, _error = QgsLayoutExporter.exportToPdf(pages, str(scratch / "map.pdf"), settings)
        _check(result, str(pdf), pages)
        staged.append((scratch / "map.pdf", Path(pdf)))
    if png:
        settings = QgsLayoutExporter.ImageExportSettings()
        settings.dpi = dpi
        stem = Path(png).stem
        pages = pages_factory()
        with png_georeference_quiet():
            result, _error = QgsLayoutExporter.exportToImage(pages, str(scratch / stem), "png", settings)
        _check(result, str(png), pages)
        staged += [(path, Path(png).parent / path.name) for path in sorted(scratch.glob(f"{stem}*.png"))]
    if svg:
        settings = QgsLayoutExporter.SvgExportSettings()
        settings.dpi = dpi
        settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
        result = QgsLayoutExporter(pages_factory().national).exportToSvg(str(scratch / "map.svg"), settings)
        _check(result, str(svg))
        staged.append((scratch / "map.svg", Path(svg)))
    return staged

