"""Writing output files: the whole file or nothing, with the user's usual permissions."""
from __future__ import annotations

import errno
import os
import stat
from typing import Callable, TextIO

from .errors import PolicydiffError
from .i18n import _


def _umask() -> int:
    """The process's umask: read from /proc where it is shown (setting it to read it
    back, the portable way, is not safe while other threads create files)."""
    try:
        with open("/proc/self/status", "rb") as status:  # (bytes: no codec to import for it)
            for line in status:
                if line.startswith(b"Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def pathlib_name(name: "str | os.PathLike[str]") -> str:
    """``str(pathlib.Path(name))``: ``name`` itself when pathlib writes it so (no doubled or
    trailing slash, no "." part, not empty), without importing pathlib (and urllib.parse)."""
    name = os.fspath(name)
    if (os.sep == "/" and not os.altsep and name and name != "." and "//" not in name and "/./" not in name
            and not name.startswith("./") and not name.endswith(("/", "/."))):
        return name
    from pathlib import Path

    return str(Path(name))


def pathlib_suffix(name: "str | os.PathLike[str]") -> str:
    """``pathlib.Path(name).suffix``: the last dot of the name and what follows, unless the dot
    starts or ends the name."""
    base = os.path.basename(pathlib_name(name))
    dot = base.rfind(".")
    return base[dot:] if 0 < dot < len(base) - 1 else ""


def _new_file_beside(path: str) -> "tuple[int, str]":
    """A new file (0600) in ``path``'s folder, named ``.NAME.`` and random letters, opened for writing:
    what tempfile.mkstemp does, without importing tempfile (with shutil, random and the
    compression modules it brings, more than the rest of writing a report costs)."""
    flags = (os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
             | getattr(os, "O_BINARY", 0))
    folder = os.path.dirname(path) or "."
    for _attempt in range(100):
        name = os.path.join(folder, f".{os.path.basename(path)}.{os.urandom(6).hex()}")
        try:
            return os.open(name, flags, 0o600), name
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary file name", folder)


def write_atomically(path: "str | os.PathLike[str]", text: "str | bytes | Callable[[TextIO], None]") -> None:
    """Write the whole file or nothing: a temporary file beside it, then rename.

    What is already at ``path`` and is not a regular file is never replaced: a
    symbolic link is written through (the file it points to is replaced, the
    link stays), a FIFO or character device (``-o /dev/null``, a named pipe a
    program reads) is written to in place, and anything else is refused.

    A new file gets the permissions any new file of the user gets (0666 less
    the umask), not the 0600 of a temporary file, so a shared folder or a web
    server can read a report the way it reads the user's other files.

    ``text`` may also be a function that writes the text to a file it is given (a report too
    large to hold whole, written as it is made: render.json.write_json).
    """
    path = pathlib_name(path)  # the name as pathlib writes it, in what is said about it
    if os.path.islink(path):
        path = os.path.realpath(path)
    try:
        info = os.stat(path)
    except OSError:
        info = None
    if info is not None and not stat.S_ISREG(info.st_mode):
        _write_in_place(path, info.st_mode, _made(text) if callable(text) else text)
        return
    try:
        os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
        fd, tmp = _new_file_beside(path)
    except OSError as exc:
        raise PolicydiffError(str(path), _("cannot write here ({reason})").format(reason=exc.strerror),
                              _("choose another output path with -o")) from None
    try:
        os.fchmod(fd, 0o666 & ~_umask())
        if isinstance(text, bytes):
            with os.fdopen(fd, "wb") as out:
                out.write(text)
        elif callable(text):
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                text(out)
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


def _made(write: "Callable[[TextIO], None]") -> str:
    """What a writer function writes, as one text (for a FIFO or a device, written in one go)."""
    import io

    buffer = io.StringIO()
    write(buffer)
    return buffer.getvalue()


def _write_in_place(path: str, mode: int, text: "str | bytes") -> None:
    """Write to a FIFO or character device without replacing it."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    if stat.S_ISDIR(mode):
        raise PolicydiffError(str(path), _("is a directory"), _("give a file name with -o"))
    if not (stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)):
        raise PolicydiffError(str(path), _("is not a regular file, a FIFO or a character device"),
                              _("choose another output path with -o"))
    try:
        # Non-blocking open: a FIFO nobody reads is refused instead of waiting forever.
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise PolicydiffError(str(path), _("is a FIFO that no program is reading"),
                                  _("start the reader first, or choose another output path with -o")) from None
        raise PolicydiffError(str(path), _("cannot be written ({reason})").format(reason=exc.strerror),
                              _("choose another output path with -o")) from None
    try:
        os.set_blocking(fd, True)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    except OSError as exc:
        raise PolicydiffError(str(path), _("cannot be written ({reason})").format(reason=exc.strerror),
                              _("choose another output path with -o")) from None
    finally:
        os.close(fd)
