"""Writing output files: the whole file or nothing, with the user's usual permissions."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import PolicydiffError
from .i18n import _


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomically(path: Path, text: "str | bytes") -> None:
    """Write the whole file or nothing: a temporary file beside it, then rename.

    The file gets the permissions any new file of the user gets (0666 less the
    umask), not the 0600 of a temporary file, so a shared folder or a web
    server can read a report the way it reads the user's other files.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=str(path.parent))
    except OSError as exc:
        raise PolicydiffError(str(path), _("cannot write here ({reason})").format(reason=exc.strerror),
                              _("choose another output path with -o")) from None
    try:
        os.fchmod(fd, 0o666 & ~_umask())
        if isinstance(text, bytes):
            with os.fdopen(fd, "wb") as out:
                out.write(text)
        else:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(text)
        os.replace(tmp, path)
    except IsADirectoryError:
        os.unlink(tmp)
        raise PolicydiffError(str(path), _("is a directory"), _("give a file name with -o")) from None
    except BaseException:
        os.unlink(tmp)
        raise
