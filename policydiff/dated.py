"""The date a version's file name carries: how a folder of versions is put in order (history.py),
and what says that the old text of a comparison is the revision of that day (findings/document.py)."""
from __future__ import annotations

import os
from typing import Optional

from . import recache

_DATES = (recache.compile(r"(?<!\d)((?:19|20)\d\d)[-_.年/](\d{1,2})[-_.月/](\d{1,2})(?!\d)"),
          recache.compile(r"(?<!\d)((?:19|20)\d\d)(\d\d)(\d\d)(?!\d)"))


def date_in_name(source: str) -> Optional[str]:
    """The date a file name carries, as YYYY-MM-DD: "2022-03-29.md", "条例20220329.pdf", "2022年3月29日.docx"."""
    name = os.path.basename(str(source).rstrip("/\\"))
    for pattern in _DATES:
        for year, month, day in pattern.findall(name):
            if 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
                return f"{year}-{int(month):02d}-{int(day):02d}"
    return None
