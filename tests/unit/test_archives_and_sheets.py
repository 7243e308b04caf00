"""Zip archives read without trusting them, and workbooks whose list is under a title block or on another sheet."""
from __future__ import annotations

import zipfile

import pytest

from school_connectivity_plugin.core import archives
from school_connectivity_plugin.core.errors import InputError
from school_connectivity_plugin.core.schools.sheets import Sheet, choose_sheet, read_sheets

HEADER = ["Код школы", "Название школы", "Широта", "Долгота", "Интернет"]
ROWS = [[1101001, "Школа №1", 42.905784, 74.615879, "да"], [1101002, "Школа №2", 42.89076, 74.612018, "нет"]]


def _zip(path, members: dict[str, bytes]):
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return path


@pytest.mark.parametrize("name, safe", [
    ("schools.csv", True), ("data/schools.gpkg", True), ("../schools.csv", False), ("a/../../x.csv", False),
    ("/etc/passwd", False), ("C:/list.csv", False), ("..\\..\\evil.csv", False), ("__MACOSX/._schools.csv", False),
])
def test_member_names_that_leave_the_folder_are_never_used(name, safe):
    assert archives.safe_name(name) is safe


def test_the_one_list_of_an_archive_is_chosen_and_unpacked_inside_the_folder(tmp_path):
    path = _zip(tmp_path / "mail.zip", {"../../escape.csv": b"x", "readme.pdf": b"%PDF", "lists/schools.csv": b"a,b\n"})
    member = archives.choose(path, archives.TABLE_SUFFIXES, "school list")
    assert member.name == "lists/schools.csv"
    folder = tmp_path / "private"
    folder.mkdir()
    unpacked = archives.extract(path, member, folder)
    assert unpacked == folder / "schools.csv" and unpacked.read_bytes() == b"a,b\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mail.zip", "private"]
    with pytest.raises(InputError, match="never unpacked"):
        archives.extract(path, archives.Member("../../escape.csv", 1), folder)
    assert not (tmp_path.parent / "escape.csv").exists()


def test_several_candidates_are_named_in_the_error(tmp_path):
    path = _zip(tmp_path / "two.zip", {"schools.csv": b"a\n", "old/schools_2023.xlsx": b"PK", "roads.shp": b""})
    with pytest.raises(InputError, match=r"several files .*: schools\.csv, old/schools_2023\.xlsx; unzip"):
        archives.choose(path, archives.TABLE_SUFFIXES, "school list")
    with pytest.raises(InputError, match="holds no school list"):
        archives.choose(_zip(tmp_path / "none.zip", {"a.pdf": b""}), archives.TABLE_SUFFIXES, "school list")


def test_a_zip_bomb_is_refused_before_anything_is_unpacked(tmp_path):
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive, \
            archive.open("schools.csv", "w") as member:
        for _ in range(16):
            member.write(bytes(1 << 20))
    assert path.stat().st_size < 100_000
    with pytest.raises(InputError, match="zip bomb"):
        archives.members(path)


def test_a_file_that_is_not_a_zip_is_a_clear_error(tmp_path):
    path = tmp_path / "list.zip"
    path.write_text("Код;Широта\n1;42\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"list\.zip: cannot open the archive"):
        archives.members(path)


def _sheet(name: str, rows: list[list]) -> Sheet:
    return Sheet(name, lambda: iter(rows))


def test_the_list_under_a_title_block_on_the_second_sheet_is_found():
    notes = _sheet("Пояснения", [["Область", "Школ"], ["Чуйская область", 286]])
    title = [["Министерство образования и науки Кыргызской Республики", None], ["Список школ на 01.09.2024"], [],
             [None, None]]
    schools = _sheet("Школы", [*title, HEADER, *ROWS, [None] * 5])
    table = read_sheets([notes, schools], "list.xlsx")
    assert list(table.rows.columns) == HEADER
    assert table.rows.index.tolist() == [1, 2]  # source_row counts data rows under the header
    assert table.rows.iloc[0].tolist() == ["1101001", "Школа №1", "42.905784", "74.615879", "да"]


def test_a_title_that_mentions_coordinates_is_not_a_header():
    sheet = _sheet("Лист1", [["Координаты школ Кыргызстана"], ["Школа", "Координаты"], ["Школа №1", "42.9, 74.6"]])
    assert choose_sheet([sheet], None, "list.xlsx")[1] == 1


def test_a_header_the_column_map_names_is_found_and_a_named_sheet_wins():
    mapped = _sheet("Data", [["Report 2024"], ["Name", "Lat_deg", "Lon_deg"], ["School", 42.9, 74.6]])
    other = _sheet("Other", [HEADER, *ROWS])
    assert choose_sheet([other, mapped], "Data", "list.xlsx", named=["Lat_deg", "Lon_deg"]) == (mapped, 1)
    assert choose_sheet([other, mapped], None, "list.xlsx")[0] is other
    with pytest.raises(InputError, match="no sheet named 'Schools'; the sheets are: Other, Data"):
        choose_sheet([other, mapped], "Schools", "list.xlsx")


def test_without_any_coordinate_header_the_first_row_of_the_first_sheet_is_the_header():
    table = read_sheets([_sheet("A", [["Name", "Place"], ["School", "Osh"]])], "list.xlsx")
    assert list(table.rows.columns) == ["Name", "Place"] and len(table.rows) == 1
