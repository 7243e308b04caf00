"""Property: any table the csv module writes, in any supported encoding and delimiter, reads back cell for cell."""
from __future__ import annotations

import csv
import io

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from school_connectivity_plugin.core.schools.readers import read_text_table

LETTERS = "abcxyzABCабвгдеёжшщыьэюяАБВЖЯңөүҢӨҮ0123456789"


def _valid_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@st.composite
def tables(draw):
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1251", "utf-16"]))
    letters = LETTERS if encoding != "cp1251" else LETTERS.replace("ңөүҢӨҮ", "")
    width = draw(st.integers(min_value=2, max_value=5))
    header = draw(st.lists(st.text(alphabet=letters, min_size=1, max_size=8), min_size=width, max_size=width,
                           unique=True))
    cell = st.text(alphabet=letters + ' "\n.,' + delimiter, max_size=12)
    rows = draw(st.lists(st.lists(cell, min_size=width, max_size=width), min_size=1, max_size=8))
    return delimiter, encoding, header, rows


@settings(max_examples=150, deadline=None)
@given(table=tables())
def test_written_tables_read_back_cell_for_cell(tmp_path_factory, table):
    delimiter, encoding, header, rows = table
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows([header] + rows)
    data = buffer.getvalue().encode(encoding)
    if encoding == "cp1251":
        # The documented ambiguity (core/readers.py): a CP1251 file, or line, that is valid UTF-8 by accident
        # of a few letters ("Вё" is C2 B8, UTF-8 for "¸") and holds letters above U+00FF reads as UTF-8.
        assume(not _valid_utf8(data))
        assume(not any(_valid_utf8(line) and any(ord(ch) > 0xFF for ch in line.decode("utf-8"))
                       for line in data.splitlines() if max(line, default=0) > 127))
    path = tmp_path_factory.mktemp("roundtrip") / "table.csv"
    path.write_bytes(data)
    read = read_text_table(path)
    expected = [row for row in rows if any(cell.strip() for cell in row)]
    assert read.delimiter == delimiter
    assert list(read.rows.columns) == header
    assert read.rows.values.tolist() == expected
    assert list(read.rows.index) == list(range(1, len(expected) + 1))
    assert read.issues == []


def test_cp1251_text_starting_like_a_utf16_bom_is_not_utf16(tmp_path):
    """Found by the property above: "юя" in CP1251 is FE FF, the UTF-16 big-endian byte-order mark."""
    path = tmp_path / "bom_like.csv"
    path.write_bytes("юя,0\r\n,\r\nА,Б\r\n".encode("cp1251"))
    read = read_text_table(path)
    assert read.encoding == "cp1251"
    assert list(read.rows.columns) == ["юя", "0"] and read.rows.values.tolist() == [["А", "Б"]]
