"""Errors that reach the user as one clear line naming the file, row and column."""
from __future__ import annotations


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
            f"column '{self.column}'" if self.column is not None else None,
        ) if part]
        return f"{': '.join([', '.join(where), self.detail]) if where else self.detail}"
