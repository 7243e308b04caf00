"""A national layer's schools stamped from the frame (school_dots) look as QGIS draws the same layers: the class
dots under their markers, and the construction plan's schools by technology (schools without one not drawn)."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsMapRendererParallelJob, QgsMapSettings, QgsVectorLayer
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtGui import QImage, QPainter

from school_connectivity_plugin.processing.io import reading
from school_connectivity_plugin.processing.maps import planning_data
from school_connectivity_plugin.processing.maps.school_dots import SchoolDots

from support.planning_fixture import write_schools

SIZE = QSize(900, 600)
SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"


@pytest.fixture(scope="module")
def national(qgis_app, tmp_path_factory):
    """The planning data of the fixture schools drawn in the national style, with a plan's phases given."""
    schools = reading.load_vector(write_schools(SAMPLE, tmp_path_factory.mktemp("dots")))
    phases = QgsVectorLayer("None?field=phase:integer", "phases", "memory")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(planning_data, "NATIONAL_SCALE_ABOVE", 3)
        data = planning_data.prepare(schools, [], None, None, tables=(phases, None))
    assert data.national_scale and data.technology_schools is not None
    return data


def _settings(data) -> QgsMapSettings:
    settings = QgsMapSettings()
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:32643"))  # projected, as a page's map is
    settings.setLayers([data.schools])
    settings.setExtent(settings.fullExtent().buffered(20000))
    settings.setOutputSize(SIZE)
    settings.setOutputDpi(150)
    settings.setBackgroundColor(Qt.transparent)
    settings.setFlag(QgsMapSettings.Antialiasing, True)
    return settings


def _pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format_ARGB32_Premultiplied)
    bits = image.constBits()
    bits.setsize(image.sizeInBytes())
    rows = np.frombuffer(bits, np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, :image.width() * 4].reshape(image.height(), image.width(), 4).astype(int)


def _drawn_by_qgis(settings: QgsMapSettings, layers: list) -> np.ndarray:
    settings.setLayers(layers)
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    return _pixels(job.renderedImage())


def _stamped(settings: QgsMapSettings, dots: SchoolDots) -> np.ndarray:
    image = QImage(settings.outputSize(), QImage.Format_ARGB32_Premultiplied)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    dots.draw(painter, settings)
    painter.end()
    return _pixels(image)


def _compare(qgis: np.ndarray, stamped: np.ndarray) -> tuple[int, int, int]:
    """Opaque pixels in each image, and pixels of QGIS's image whose colour is nowhere within one pixel of the same
    place in the stamped one (a symbol placed a sub-pixel apart moves its anti-aliased edges by a pixel)."""
    opaque_qgis, opaque_stamped = int((qgis[..., 3] > 128).sum()), int((stamped[..., 3] > 128).sum())
    nearest = np.min([np.abs(qgis - np.roll(stamped, (dy, dx), axis=(0, 1))).max(axis=2)
                      for dy in (-1, 0, 1) for dx in (-1, 0, 1)], axis=0)
    return opaque_qgis, opaque_stamped, int((nearest > 128).sum())


@pytest.mark.parametrize("layers", ["classes", "technology"])
def test_stamped_schools_look_as_qgis_draws_them(national, layers):
    settings = _settings(national)
    if layers == "classes":
        dots = SchoolDots(national.frame, national.schools, national.school_overlays)
    else:
        dots = SchoolDots(national.frame, national.technology_schools)
    qgis, stamped = _drawn_by_qgis(settings, dots.layers), _stamped(settings, dots)
    opaque_qgis, opaque_stamped, far = _compare(qgis, stamped)
    assert opaque_qgis > 300  # something to compare: every school (or every one with a technology) drawn
    assert abs(opaque_stamped - opaque_qgis) <= 0.1 * opaque_qgis
    assert far <= 0.1 * opaque_qgis



def test_stamped_layers_sit_between_the_layers_qgis_renders_below_and_above(national, tmp_path):
    """A nation's routes print as an image too, below the school dots: the stack splits around the dots."""
    from school_connectivity_plugin.processing.maps.school_raster import SchoolImages

    dots = SchoolDots(national.frame, national.schools, national.school_overlays)
    images = SchoolImages(tmp_path, 100, [dots])
    routes, labels = national.schools.clone(), national.schools.clone()
    assert images._stamped_part([*dots.layers, routes]) == ([], dots, [routes])
    assert images._stamped_part([labels, *dots.layers, routes]) == ([labels], dots, [routes])
    assert images._stamped_part([routes, national.schools]) == ([routes, national.schools], None, [])
