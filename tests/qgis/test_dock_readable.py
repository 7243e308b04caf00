"""The dock is readable in English, Russian and Kyrgyz at its minimum and its default width: on the analysed and
planned sample, no label, button, check box, group title, tab, spin box, choice or table column is cut short.
Screenshots of the whole dock (also what scrolls below the fold) are left in each test's tmp_path."""
from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator
from qgis.PyQt.QtWidgets import QScrollArea, QWidget

from school_connectivity_plugin.processing import job
from school_connectivity_plugin.processing.workflow import WorkflowInputs
from school_connectivity_plugin.settings import PluginSettings

from support.layers import add_layer
from support.text_fit import clipped_texts

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample"
LANGUAGES = ("en", "ru", "ky")
#: The dock's width in the fixture, as QGIS first shows it beside the map.
DEFAULT_WIDTH = 460
#: The dock's height beside the map on a 1080-pixel screen.
HEIGHT = 900
#: Layer names as a user of each language gives them: (schools, fiber, regions, elevation).
LAYER_NAMES = {"en": ("Schools of the Kyrgyz Republic", "Fiber backbone", "Regions (oblasts)", "Elevation"),
               "ru": ("Школы Кыргызской Республики", "Магистральное оптоволокно", "Области", "Рельеф"),
               "ky": ("Кыргыз Республикасынын мектептери", "Магистралдык оптикалык була", "Облустар", "Рельеф")}


@pytest.fixture(scope="module")
def planned(qgis_app, tmp_path_factory) -> Iterator[dict[str, str]]:
    """The bundled sample imported, matched to the work plan, analysed and planned once for the module: the
    school layer, the plan's phases and clusters (paths)."""
    sample_dir, work = SAMPLE, tmp_path_factory.mktemp("planned")
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    inputs = WorkflowInputs(schools=str(sample_dir / "schools.csv"),
                            fiber=[str(sample_dir / "fiber_backbone.geojson"), str(sample_dir / "fiber_nodes.geojson")],
                            regions=str(sample_dir / "kg_adm1.geojson"), dem=str(sample_dir / "kg_dem.tif"),
                            pipeline=str(sample_dir / "pipeline.csv"), settings=PluginSettings())
    result = job.analyse(inputs, work, context, feedback)
    paths = {"schools": result.schools.source()}
    for key in ("PHASES", "CLUSTERS"):
        paths[key] = result.layer(key, context).source()
    yield paths
    context.temporaryLayerStore().removeAllMapLayers()


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory) -> Path:
    """The .qm files of today's .ts sources (lrelease, as `make i18n`), else those `make i18n` left in i18n/."""
    if shutil.which("lrelease") is None:
        if not (REPO / "i18n" / "school_connectivity_ru.qm").is_file():
            pytest.skip("no lrelease and no i18n/*.qm: run `make i18n`")
        return REPO / "i18n"
    out = tmp_path_factory.mktemp("qm")
    for language in LANGUAGES[1:]:
        subprocess.run(["lrelease", "-silent", str(REPO / "i18n" / f"school_connectivity_{language}.ts"), "-qm",
                        str(out / f"school_connectivity_{language}.qm")], check=True)
    return out


@pytest.fixture
def language(request, qm_dir):
    """The interface language and number formats, in force before the dock is built and reset after."""
    code = request.param
    previous = QLocale()
    translator = QTranslator()
    if code != "en":
        assert translator.load(str(qm_dir / f"school_connectivity_{code}.qm"))
        QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale(code))
    yield code
    QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(previous)


@pytest.fixture
def dock(language, dock):
    """The shared dock fixture, built once the language is installed."""
    return dock


def _load(dock, planned: dict, language: str, sample_dir: Path) -> None:
    """The planned sample as a user of the language has it: named layers in the project, picked in the dock."""
    schools_name, fiber_name, regions_name, dem_name = LAYER_NAMES[language]
    schools = add_layer(planned["schools"], schools_name)
    fiber = add_layer(sample_dir / "fiber_backbone.geojson", fiber_name)
    regions = add_layer(sample_dir / "kg_adm1.geojson", regions_name)
    dem = QgsProject.instance().addMapLayer(QgsRasterLayer(str(sample_dir / "kg_dem.tif"), dem_name))
    dock.inputs.schools.setLayer(schools)
    dock.inputs.set_fiber_layers([fiber])
    dock.inputs.regions.setLayer(regions)
    dock.inputs.dem.setLayer(dem)
    dock.priorities.show_phases(QgsVectorLayer(planned["PHASES"], "phases", "ogr"))
    dock.priorities.show_clusters(QgsVectorLayer(planned["CLUSTERS"], "clusters", "ogr"))


def _settle(qtbot) -> None:
    """Let the layouts settle: a wrapped label's height follows its width a turn of the event loop later."""
    for _ in range(5):
        QCoreApplication.processEvents()
        qtbot.wait(20)


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_the_default_width_is_not_below_the_minimum(dock, language, planned, sample_dir):
    """The dock can be as narrow as QGIS first shows it, in every language, with every panel filled."""
    _load(dock, planned, language, sample_dir)
    dock.show()
    QCoreApplication.processEvents()
    assert dock.minimumSizeHint().width() <= DEFAULT_WIDTH


@pytest.mark.parametrize("width", ("minimum", "default"))
@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_every_text_fits(dock, language, width, planned, sample_dir, qtbot, tmp_path):
    _load(dock, planned, language, sample_dir)
    assert dock.stats.in_pipeline > 0 and dock.stats.hard_to_connect > 0  # the cards that were cut show numbers
    assert dock.priorities.phase_table.rowCount() > 1 and dock.priorities.cluster_table.rowCount() > 10
    dock.show()
    _settle(qtbot)
    target = dock.minimumSizeHint().width() if width == "minimum" else DEFAULT_WIDTH
    dock.resize(target, HEIGHT)
    _settle(qtbot)
    assert dock.width() == target  # (the default width is not below the minimum: the test above)
    problems = []
    for view, (tab, plan_tab) in enumerate(((0, 0), (1, 1))):
        dock.tabs.setCurrentIndex(tab)
        dock.priorities.tables.setCurrentIndex(plan_tab)
        _settle(qtbot)
        problems += [f"[{dock.tabs.tabText(tab)}] {problem}" for problem in clipped_texts(dock)]
        _body(dock).grab().save(str(tmp_path / f"dock_{language}_{width}_{view}.png"))
    assert problems == [], "\n".join(problems)


def _body(dock) -> QWidget:
    """What the dock shows, whole (also the part a scroll area holds below its fold)."""
    body = dock.widget()
    return body.widget() if isinstance(body, QScrollArea) else body
