"""Processing algorithm: the national planning map and one atlas page per region, as PDF, PNG and SVG."""
from __future__ import annotations

import os
from typing import TYPE_CHECKING

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...core.definitions.palette import Preset
from ...core.errors import InputError
from ..maps import layouts
from ..maps.layouts import Orientation, Template
from .base import Group, SchoolConnectivityAlgorithm

if TYPE_CHECKING:
    from ..maps import planning_data
    from ..maps.school_dots import SchoolDots

_PAPERS = list(layouts.PAGE_SIZES_MM)
_ORIENTATIONS = list(Orientation)
_PRESETS = list(Preset)


class ExportPlanningMapsAlgorithm(SchoolConnectivityAlgorithm):
    """National map and region atlas from the analysed school layer, printed from editable templates."""

    NAME = "exportplanningmaps"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("ExportPlanningMapsAlgorithm", "Export planning maps")
    GROUP = Group.OUTPUTS
    RUNS_ON_MAIN_THREAD = True

    TITLE = "TITLE"
    SOURCES = "SOURCES"
    PAGE_SIZE = "PAGE_SIZE"
    ORIENTATION = "ORIENTATION"
    DPI = "DPI"
    NATIONAL_TEMPLATE = "NATIONAL_TEMPLATE"
    REGION_TEMPLATE = "REGION_TEMPLATE"
    PLAN_TEMPLATE = "PLAN_TEMPLATE"
    PHASES = "PHASES"
    CLUSTERS = "CLUSTERS"
    PROGRESS_CHART = "PROGRESS_CHART"
    OUTPUT_PDF = "OUTPUT_PDF"
    OUTPUT_PNG = "OUTPUT_PNG"
    OUTPUT_SVG = "OUTPUT_SVG"
    PAGE_COUNT = "PAGE_COUNT"

    def shortHelpString(self) -> str:
        return self.tr(
            "Prints the national planning map (schools by connectivity, hard-to-connect schools, fiber, regions, "
            "legend, statistics) and, when regions are given, one page per region with its statistics and the "
            "list of schools to connect. One multi-page PDF (national page first), a PNG per page "
            "(regions as <name>_<region>.png beside the national PNG) and an optional SVG of the national page. "
            "Given the phases and clusters of 'Plan technologies, costs and phases' (and its routes by phase), a "
            "construction plan page follows the national page: routes coloured by the phase that builds them, "
            "the phases' totals and the clusters in build order. "
            "The layouts come from editable templates (.qpt): pass your own to restyle them. "
            "An optional progress chart (an image, such as the dock's chart of connected schools over time) is "
            "printed on the national page under the region table.")

    def initAlgorithm(self, config=None):
        self.add_map_layer_parameters(self.tr("Regions (admin level 1), one atlas page each"))
        self.addParameter(QgsProcessingParameterString(
            self.TITLE, self.tr("Title"), defaultValue=self.tr("School connectivity planning map"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SOURCES, self.tr("Data sources line (empty: made from the layers' titles)"), defaultValue="",
            optional=True))
        self.addParameter(QgsProcessingParameterEnum(self.PAGE_SIZE, self.tr("Paper size"), _PAPERS, defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.ORIENTATION, self.tr("Orientation"), [self.tr("Landscape"), self.tr("Portrait")], defaultValue=0))
        self.add_preset_parameter()
        self.addParameter(QgsProcessingParameterNumber(
            self.DPI, self.tr("Resolution (dpi)"), QgsProcessingParameterNumber.Integer, 150, False, 72, 600))
        for key, label in ((self.PHASES, self.tr("Construction phases (table)")),
                           (self.CLUSTERS, self.tr("Clusters (table)"))):
            self.addParameter(QgsProcessingParameterFeatureSource(key, label, [QgsProcessing.TypeVector],
                                                                  optional=True))
        for key, label in ((self.NATIONAL_TEMPLATE, self.tr("National map template (.qpt)")),
                           (self.REGION_TEMPLATE, self.tr("Region page template (.qpt)")),
                           (self.PLAN_TEMPLATE, self.tr("Construction plan template (.qpt)"))):
            self.addParameter(QgsProcessingParameterFile(key, label, extension="qpt", optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.PROGRESS_CHART, self.tr("Progress chart for the national page"), optional=True,
            fileFilter=self.tr("Images (*.png *.jpg *.jpeg *.svg)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_PDF, self.tr("Planning map (PDF)"), self.tr("PDF files (*.pdf)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_PNG, self.tr("National page (PNG)"), self.tr("PNG images (*.png)"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_SVG, self.tr("National page (SVG)"), self.tr("SVG files (*.svg)"), optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(self.PAGE_COUNT, self.tr("Pages")))

    def processAlgorithm(self, parameters, context, feedback):
        from ..maps import page_export, planning_data

        schools = self.parameterAsVectorLayer(parameters, self.SCHOOLS, context)
        if schools is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.SCHOOLS))
        fiber = self.parameterAsLayerList(parameters, self.FIBER, context)
        routes = self.parameterAsVectorLayer(parameters, self.ROUTES, context)
        regions = self.parameterAsVectorLayer(parameters, self.REGIONS, context)
        preset = _PRESETS[self.parameterAsEnum(parameters, self.PRESET, context)]
        feedback.pushInfo(self.tr("Reading {n} schools…").format(n=schools.featureCount()))
        tables = tuple(self.parameterAsSource(parameters, key, context) for key in (self.PHASES, self.CLUSTERS))
        data = planning_data.prepare(schools, fiber, routes, regions, preset, feedback, tables)
        if feedback.isCanceled():
            return {}
        if not data.frame[["longitude", "latitude"]].notna().all(axis=1).any() and data.regions is None:
            raise QgsProcessingException(self.tr("{layer}: no school has coordinates, nothing to map").format(
                layer=schools.name()))
        try:
            national, plan, region_pages = self._pages(parameters, context, data, feedback)
        except InputError as error:
            raise QgsProcessingException(str(error)) from error
        outputs = {key: self.parameterAsFileOutput(parameters, key, context) or None
                   for key in (self.OUTPUT_PDF, self.OUTPUT_PNG, self.OUTPUT_SVG)}
        page_count = 1 + (plan is not None) + (region_pages.count() if region_pages else 0)
        feedback.pushInfo(self.tr("Printing {n} pages…").format(n=page_count))
        try:
            written = page_export.export(
                national, region_pages, outputs[self.OUTPUT_PDF], outputs[self.OUTPUT_PNG], outputs[self.OUTPUT_SVG],
                self.parameterAsInt(parameters, self.DPI, context), feedback, plan,
                self._dots(data))
        except OSError as error:
            raise QgsProcessingException(str(error)) from error
        if feedback.isCanceled():
            return {}
        for path in written:
            feedback.pushInfo(self.tr("Wrote {path}").format(path=path))
        result = {key: value for key, value in outputs.items() if value}
        result[self.PAGE_COUNT] = page_count
        return result

    @staticmethod
    def _dots(data: planning_data.PlanningData) -> list[SchoolDots]:
        """A national layer's school layers stamped from the frame: the class dots and markers, and the plan's
        schools by technology."""
        from ..maps.school_dots import SchoolDots

        if not data.national_scale:
            return []
        dots = [SchoolDots(data.frame, data.schools, data.school_overlays)]
        if data.technology_schools is not None:
            dots.append(SchoolDots(data.frame, data.technology_schools))
        return dots

    def _pages(self, parameters, context, data, feedback):
        """The filled national layout, the construction plan (when there is a plan) and, when there are regions,
        the region atlas pages."""
        from ..maps import plan_page, planning_pages

        width, height = layouts.page_size_mm(
            _PAPERS[self.parameterAsEnum(parameters, self.PAGE_SIZE, context)],
            _ORIENTATIONS[self.parameterAsEnum(parameters, self.ORIENTATION, context)])
        text = planning_pages.page_text(self.parameterAsString(parameters, self.TITLE, context), data,
                                        self.parameterAsString(parameters, self.SOURCES, context))
        national = self._layout(Template.NATIONAL, parameters, self.NATIONAL_TEMPLATE, context, data, width, height)
        planning_pages.fill_national(national, data, text)
        chart = self.parameterAsFile(parameters, self.PROGRESS_CHART, context)
        if chart and not os.path.isfile(chart):
            raise QgsProcessingException(self.tr("{path}: progress chart not found").format(path=chart))
        if chart and not planning_pages.add_progress_chart(national, chart):
            feedback.pushWarning(self.tr("The national template has no room for the progress chart; left out."))
        plan = None
        if plan_page.has_plan(data):
            plan = self._layout(Template.PLAN, parameters, self.PLAN_TEMPLATE, context, data, width, height)
            plan_page.fill_plan(plan, data, text)
        if data.regions is None or data.regions.featureCount() == 0:
            return national, plan, None
        region_layout = self._layout(Template.REGION, parameters, self.REGION_TEMPLATE, context, data, width, height)
        return national, plan, planning_pages.RegionPages(region_layout, data, text)

    def _layout(self, template: Template, parameters, key: str, context, data, width: float, height: float):
        override = self.parameterAsFile(parameters, key, context) or None
        layout = layouts.load_layout(layouts.template_path(template, override), data.project)
        layouts.fit_to_page(layout, width, height)
        return layout
