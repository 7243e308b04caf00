"""Errors that reach the user as one clear line naming the file, row and column."""
from __future__ import annotations

import unicodedata

#: Unicode categories shown as U+FFFD in messages: controls and line/paragraph separators would break the one line.
_UNPRINTABLE = frozenset({"Cc", "Zl", "Zp"})


def one_line(text: object) -> str:
    """Text from a file as it can appear inside a one-line message (a header of binary garbage holds line breaks)."""
    return "".join("\ufffd" if unicodedata.category(char) in _UNPRINTABLE else char for char in str(text))


class InputError(Exception):
    """Bad input the user can fix; the message says where (file, row, column) and what is wrong."""

    def __init__(self, message: str, path: str | None = None, row: int | None = None, column: str | None = None):
        self.path = path
        self.row = row
        self.column = column
        self.detail = message
        super().__init__(self._format())

    def _format(self) -> str:
        where = [part for part in (
            self.path,
            f"row {self.row}" if self.row is not None else None,
            f"column '{one_line(self.column)}'" if self.column is not None else None,
        ) if part]
        return f"{': '.join([', '.join(where), self.detail]) if where else self.detail}"
