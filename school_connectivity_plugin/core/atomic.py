"""Write-then-rename, so a reader never sees a half-written output and a failure leaves the old file."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

#: Mode an ordinary open() asks for; the umask is taken off it as for any new file.
NEW_FILE_MODE = 0o666


def current_umask() -> int:
    """The process umask (reading it means setting it, so it is put straight back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def atomic_path(target: str | os.PathLike) -> Iterator[Path]:
    """A temporary path beside `target` to write to; renamed over `target` only if the block succeeds.

    mkstemp creates the file 0600; it gets the mode open() would have given before the rename, so the
    output is readable by whoever may read the folder's other files.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=f".partial{target.suffix}", dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.chmod(temporary, NEW_FILE_MODE & ~current_umask())
        os.replace(temporary, target)
    finally:
        if temporary.exists():
            temporary.unlink()
