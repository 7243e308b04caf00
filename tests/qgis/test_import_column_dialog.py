"""The column-mapping dialog: prefilled from the aliases, its answer drives the import."""
from __future__ import annotations

import pytest
from qgis.PyQt.QtWidgets import QDialogButtonBox

from school_connectivity_plugin.core.schools.columns import COLUMN_ALIASES, parse_column_map
from school_connectivity_plugin.gui.column_mapping_dialog import FIELD_LABELS, ColumnMappingDialog

from support.import_helpers import run_import


def test_every_mappable_field_has_a_label_and_a_combo(qtbot):
    dialog = ColumnMappingDialog(["a", "b"])
    qtbot.addWidget(dialog)
    assert list(FIELD_LABELS) == list(COLUMN_ALIASES) == list(dialog.combos)


def test_prefilled_from_aliases_and_ok_needs_coordinates(qtbot):
    dialog = ColumnMappingDialog(["Название", "Широта", "Coord E", "Интернет"])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.Ok)
    assert dialog.mapping() == {"school_name": "Название", "latitude": "Широта", "connectivity": "Интернет"}
    assert not ok.isEnabled()
    combo = dialog.combos["longitude"]
    combo.setCurrentIndex(combo.findData("Coord E"))
    assert ok.isEnabled()
    assert parse_column_map(dialog.column_map()) == {"school_name": "Название", "latitude": "Широта",
                                                     "longitude": "Coord E", "connectivity": "Интернет"}


def test_dialog_answer_runs_the_import(qtbot, tmp_path):
    path = tmp_path / "odd_headers.csv"
    path.write_text("N deg;E deg;Школа\n42,87;74,59;Мектеп 1\n40,53;72,79;Мектеп 2\n", encoding="utf-8")
    dialog = ColumnMappingDialog.for_source(str(path))
    assert [dialog.combos["latitude"].itemData(i) for i in range(dialog.combos["latitude"].count())] == \
        ["", "N deg", "E deg", "Школа"]
    qtbot.addWidget(dialog)
    for name, column in (("latitude", "N deg"), ("longitude", "E deg")):
        dialog.combos[name].setCurrentIndex(dialog.combos[name].findData(column))
    schools, _, result = run_import(INPUT=str(path), COLUMN_MAP=dialog.column_map())
    assert result["LOADED"] == 2
    assert [(s["school_name"], s["lat"], s["lon"]) for s in schools] == [("Мектеп 1", 42.87, 74.59),
                                                                        ("Мектеп 2", 40.53, 72.79)]


def test_for_a_spatial_file_the_geometry_gives_the_coordinates(qtbot, shared_data):
    dialog = ColumnMappingDialog.for_source(str(shared_data / "kg_schools_moes_ru_2018.geojson"))
    qtbot.addWidget(dialog)
    assert dialog.mapping()["latitude"] == "latitude" and dialog.mapping()["longitude"] == "longitude"
    assert dialog.mapping()["school_name"] == "name_ru"
    assert dialog.buttons.button(QDialogButtonBox.Ok).isEnabled()


def test_one_coordinates_column_is_enough(qtbot):
    dialog = ColumnMappingDialog(["Школа", "GPS координаты"])
    qtbot.addWidget(dialog)
    assert dialog.mapping() == {"school_name": "Школа", "coordinates": "GPS координаты"}
    assert dialog.buttons.button(QDialogButtonBox.Ok).isEnabled()


@pytest.mark.parametrize("columns, spatial, asked", [
    (["a", "b"], False, True),  # no coordinates
    (["Школа", "Широта", "Долгота"], False, False),  # one column each
    (["Широта", "Долгота", "lat", "lon"], False, True),  # two candidates each: which?
    (["latitude", "longitude", "lat", "lon"], False, True),  # the same in English
    (["Школа", "Широта", "Долгота"], True, False),  # a layer's geometry beside its text columns
])
def test_the_column_map_opens_only_when_coordinates_are_missing_or_in_doubt(columns, spatial, asked):
    from school_connectivity_plugin.gui.column_mapping_dialog import needs_mapping

    assert needs_mapping(columns, spatial) is asked
