"""Which URLs the server may fetch: http(s) only, and no loopback or private address
unless the operator allowed them (``--allow-private-urls``).

Two guards, both in the worker process that fetches: :func:`check_url` resolves
the host before the fetcher is called and names the refusal; :func:`guard_resolver`
then filters every later name lookup of that process, so a redirect to
``http://127.0.0.1/`` or a name that resolves differently the second time
(DNS rebinding) is refused too, whichever HTTP client the fetcher uses.
"""
from __future__ import annotations

import ipaddress
import socket
from typing import Iterable
from urllib.parse import urlsplit

from ..errors import PolicydiffError

SCHEMES = ("http", "https")


def is_public(address: str) -> bool:
    """A globally routable unicast address (not loopback, private, link-local, CGNAT, reserved, multicast)."""
    from ..ingest.web import is_private_address

    try:
        return not is_private_address(ipaddress.ip_address(address.split("%", 1)[0]))
    except ValueError:
        return False


def _addresses(infos: Iterable[tuple]) -> list:
    return [info[4][0] for info in infos]


def check_url(url: str, allow_private: bool = False) -> None:
    """Raise :class:`PolicydiffError` unless ``url`` is http(s) and (unless allowed) public."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in SCHEMES or not parts.hostname:
        raise PolicydiffError(url, "is not an http(s) address", "give an address starting with http:// or https://")
    if allow_private:
        return
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
        found = _addresses(socket.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM))
    except (socket.gaierror, UnicodeError, ValueError) as exc:
        raise PolicydiffError(url, f"could not be fetched (the name does not resolve: {exc})",
                              "check the address") from None
    refused = [a for a in found if not is_public(a)]
    if refused:
        raise PolicydiffError(url, f"points to a private or local address ({refused[0]})",
                              "this server fetches public addresses only; download the page and upload the file")


def guard_resolver() -> None:
    """From now on, in this process, every fetch goes to public addresses only: the
    fetcher checks each hop (first one included), and name lookups return public
    addresses only (asyncio does not look up an address given as digits, so the
    lookup filter alone would not stop http://127.0.0.1/)."""
    from ..ingest import web

    web.configure(public_only=True)
    original = socket.getaddrinfo
    if getattr(original, "policydiff_guard", False):
        return

    def getaddrinfo(host, *args, **kwargs):
        infos = original(host, *args, **kwargs)
        kept = [info for info in infos if is_public(info[4][0])]
        if not kept:
            raise socket.gaierror(socket.EAI_NONAME, f"{host} is a private or local address; refused")
        return kept

    getaddrinfo.policydiff_guard = True  # type: ignore[attr-defined]
    socket.getaddrinfo = getaddrinfo
