"""http(s) sources: fetched with a timeout and a size limit; the content type decides the reader."""
from __future__ import annotations

import re
import socket
from typing import Tuple
from urllib.parse import urlsplit

from ..errors import PolicydiffError

TIMEOUT = 20.0  # seconds, for the connection and for each read
_FIX = "check the address and your connection, or save the page and give the file"
_USER_AGENT = "Mozilla/5.0 (compatible; policydiff; +https://github.com/policydiff/policydiff)"

#: Content types and the reader each one goes to.
CONTENT_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "text/markdown": "text",
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
}


def is_url(source: str) -> bool:
    return urlsplit(source).scheme.lower() in ("http", "https")


def fetch(url: str, size_limit: int, timeout: float = TIMEOUT) -> Tuple[bytes, str, str]:
    """The body of a URL, its reader by content type ('' if unknown) and its charset."""
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT, "Accept": "*/*"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > size_limit:
                raise _too_big(url, int(length), size_limit)
            data = response.read(size_limit + 1)
            if len(data) > size_limit:
                raise _too_big(url, len(data), size_limit)
            content_type = response.headers.get_content_type()
            charset = response.headers.get_content_charset() or ""
    except urllib.error.HTTPError as exc:
        raise PolicydiffError(url, f"could not be fetched (HTTP {exc.code} {exc.reason})", _FIX) from None
    except urllib.error.URLError as exc:
        raise PolicydiffError(url, f"could not be fetched ({_reason(exc.reason)})", _FIX) from None
    except (socket.timeout, TimeoutError):
        raise PolicydiffError(url, f"could not be fetched (no answer in {timeout:g} s)", _FIX) from None
    except (OSError, ValueError) as exc:
        raise PolicydiffError(url, f"could not be fetched ({_reason(exc)})", _FIX) from None
    return data, CONTENT_TYPES.get(content_type, ""), charset


def _reason(reason: object) -> str:
    text = str(getattr(reason, "strerror", None) or reason)
    return re.sub(r"\s+", " ", text).strip() or "connection failed"


def _too_big(url: str, size: int, limit: int) -> PolicydiffError:
    from . import megabytes

    return PolicydiffError(url, f"is over the {megabytes(limit)} limit", "pass --max-size to raise the limit")
