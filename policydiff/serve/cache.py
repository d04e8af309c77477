"""The on-disk cache of comparisons: one folder per comparison, named by its id.

A comparison's link (``/c/<id>``) works while its folder is here. The cache is
bounded both ways: folders older than ``max_age`` seconds go, and while the
whole is over ``max_bytes`` the least recently made go first. The uploaded
inputs are deleted as soon as the comparison is made; what stays is the
reports. Ids are random (128 bits): a link cannot be guessed from the
documents, so one user's comparison is not found by another.
"""
from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import time
from pathlib import Path
from typing import Any, Dict, Iterator, Optional

from ..files import write_atomically

ID = re.compile(r"^[A-Za-z0-9_-]{16,64}$")

#: The files a comparison folder may hold and that a client may download, by name.
#: A client names one of these keys; no page opens a path the client gives.
FILES = {
    "report.html": ("report.html", "text/html; charset=utf-8"),
    "comparison.json": ("comparison.json", "application/json; charset=utf-8"),
    "report.md": ("report.md", "text/markdown; charset=utf-8"),
    "report.docx": ("report.docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "tracked.docx": ("tracked.docx",
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "history.html": ("history.html", "text/html; charset=utf-8"),
}

FINAL = ("done", "error")


def new_id() -> str:
    return secrets.token_urlsafe(16)


class Cache:
    def __init__(self, root: Path, max_bytes: int, max_age: float):
        self.root = Path(root)
        self.max_bytes = max_bytes
        self.max_age = max_age
        self.root.mkdir(parents=True, exist_ok=True)

    def folder(self, key: str) -> Optional[Path]:
        """The folder of a comparison id, None when the id is malformed or unknown."""
        if not ID.match(key or ""):
            return None
        path = self.root / key
        return path if path.is_dir() else None

    def create(self, key: Optional[str] = None) -> tuple:
        key = key or new_id()
        path = self.root / key
        (path / "inputs").mkdir(parents=True, exist_ok=True)
        return key, path

    # -------------------------------------------------------------- state

    @staticmethod
    def write_json(path: Path, data: Dict[str, Any]) -> None:
        write_atomically(path, json.dumps(data, ensure_ascii=False))

    @staticmethod
    def read_json(path: Path) -> Optional[Dict[str, Any]]:
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def status(self, key: str) -> Optional[Dict[str, Any]]:
        path = self.folder(key)
        return self.read_json(path / "status.json") if path else None

    def set_status(self, path: Path, state: str, **more: Any) -> None:
        self.write_json(path / "status.json", {"state": state, "at": time.time(), **more})

    # ------------------------------------------------------------ pruning

    def _folders(self) -> Iterator[Path]:
        for entry in self.root.iterdir():
            if entry.is_dir() and ID.match(entry.name):
                yield entry

    @staticmethod
    def _size(path: Path) -> int:
        total = 0
        for here, _dirs, names in os.walk(path):
            for name in names:
                try:
                    total += os.lstat(os.path.join(here, name)).st_size
                except OSError:
                    pass
        return total

    def prune(self, keep: frozenset = frozenset()) -> int:
        """Delete expired folders, then the oldest until the cache fits; how many went."""
        now = time.time()
        folders = []
        for path in self._folders():
            try:
                made = path.stat().st_mtime
            except OSError:
                continue
            folders.append((made, path))
        folders.sort()
        removed = 0
        sizes = {}
        for made, path in folders:
            if path.name not in keep and now - made > self.max_age:
                shutil.rmtree(path, ignore_errors=True)
                removed += 1
            else:
                sizes[path] = self._size(path)
        total = sum(sizes.values())
        for _made, path in folders:
            if total <= self.max_bytes:
                break
            if path in sizes and path.name not in keep:
                shutil.rmtree(path, ignore_errors=True)
                total -= sizes.pop(path)
                removed += 1
        return removed

    def forget_unfinished(self) -> None:
        """At start-up: a comparison left queued or running by a previous server will never finish."""
        for path in self._folders():
            state = self.read_json(path / "status.json") or {}
            if state.get("state") not in FINAL:
                self.set_status(path, "error", code="interrupted")
