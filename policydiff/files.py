"""Writing output files: the whole file or nothing."""
from __future__ import annotations

import os
from pathlib import Path

from .errors import PolicydiffError


def write_atomically(path: Path, text: "str | bytes") -> None:
    """Write the whole file or nothing: a temporary file beside it, then rename."""
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=str(path.parent))
    except OSError as exc:
        raise PolicydiffError(str(path), f"cannot write here ({exc.strerror})",
                              "choose another output path with -o") from None
    try:
        if isinstance(text, bytes):
            with os.fdopen(fd, "wb") as out:
                out.write(text)
        else:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(text)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
