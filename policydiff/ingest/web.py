"""http(s) sources, fetched with httpx: bounded, polite, and careful where redirects lead.

Every fetch has one overall deadline (connect, redirects, retries and the
whole body together; 30 s unless the caller says) and a size cap on the body,
so a server that trickles one byte at a time or never stops sending cannot
hold a run. Timeouts, dropped connections and 5xx answers are retried with
exponential backoff (tenacity) inside that deadline. Redirects are followed
by hand, each hop checked before any connection is made: only http and
https, and never from a public address to a loopback, private or link-local
one (the cloud metadata address 169.254.169.254 included) unless
``allow_private`` is set. Which addresses count as private is an
:class:`AddressPolicy`, so tests can declare two loopback addresses public
and private.

:func:`fetch` is the one-URL call the readers use; :func:`fetch_many` fetches
a batch concurrently (a limit overall and per host) for ``watch``, with
conditional GET (ETag / Last-Modified).
"""
from __future__ import annotations

import contextvars
import ipaddress
import re
from dataclasses import field, replace
from typing import Callable, Dict, List, Optional, Sequence, Tuple
from urllib.parse import urljoin, urlsplit

from .. import __version__
from .. import recache
from ..errors import PolicydiffError
from ..i18n import _
from ..records import dataclass

# asyncio and socket are imported where a fetch needs them: every read asks is_url(),
# and a comparison of two files should not pay for the network stack (issue 18).

DEADLINE = 30.0  # seconds for one whole fetch: connection, redirects, retries, body
TIMEOUT = DEADLINE  # the name older callers used
MAX_REDIRECTS = 10
_FIX = _("check the address and your connection, or save the page and give the file")
USER_AGENT = (f"policydiff/{__version__} (policy change monitor; "
              "+https://github.com/policydiff/policydiff)")

#: Content types and the reader each one goes to.
CONTENT_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "text/markdown": "text",
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
}

_SCHEME = recache.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*)://")


def is_url(source: str) -> bool:
    """Anything written scheme://…; fetch() refuses the schemes it does not speak, by name."""
    return bool(_SCHEME.match(source))


def is_private_address(address: "ipaddress.IPv4Address | ipaddress.IPv6Address") -> bool:
    """Not a globally routable unicast address: loopback, private, link-local, CGNAT,
    reserved or multicast (an IPv4 address written as IPv6, ::ffff:127.0.0.1, as itself)."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return not address.is_global or address.is_multicast


@dataclass(frozen=True)
class AddressPolicy:
    """Which IP addresses are private (loopback, RFC 1918, link-local, …): a
    redirect from a public address to one of them is refused."""

    is_private: Callable[..., bool] = is_private_address
    resolve: Optional[Callable[[str, int], List[str]]] = None  # host, port → addresses

    def addresses(self, host: str, port: int) -> List[str]:
        import socket

        if self.resolve:
            return self.resolve(host, port)
        try:
            ipaddress.ip_address(host.strip("[]"))
            return [host.strip("[]")]
        except ValueError:
            pass
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        return sorted({info[4][0] for info in infos})

    def private(self, host: str, port: int) -> bool:
        """True when any address the host resolves to is private."""
        return any(self.is_private(ipaddress.ip_address(a.split("%")[0])) for a in self.addresses(host, port))


@dataclass(frozen=True)
class FetchSettings:
    """How a fetch goes: its deadline, the addresses allowed, retries and identity."""

    deadline: float = DEADLINE
    allow_private: bool = False
    # Refuse a private address even where the user gave it (a server that fetches
    # for others: policydiff serve); allow_private lifts it.
    public_only: bool = False
    policy: AddressPolicy = field(default_factory=AddressPolicy)
    user_agent: str = USER_AGENT
    retries: int = 3  # attempts in all, within the deadline
    backoff: float = 0.5  # seconds before the second attempt; doubles each time
    concurrency: int = 16  # fetches at once in fetch_many
    per_host: int = 4  # of them to one host


_settings: contextvars.ContextVar[FetchSettings] = contextvars.ContextVar("fetch_settings",
                                                                          default=FetchSettings())


def settings() -> FetchSettings:
    return _settings.get()


def configure(**changes) -> contextvars.Token:
    """Change the fetch settings for this context (the CLI's --timeout, --allow-private-urls)."""
    return _settings.set(replace(_settings.get(), **changes))


@dataclass(frozen=True)
class Fetched:
    """One fetch's answer: the body (None when the server said 304 Not Modified)."""

    url: str  # the URL asked for
    final_url: str  # after redirects
    body: Optional[bytes]
    fmt: str  # the reader its content type names, '' if unknown
    charset: str
    etag: Optional[str] = None
    last_modified: Optional[str] = None

    @property
    def not_modified(self) -> bool:
        return self.body is None


class _Retryable(Exception):
    """A failure worth another try: a timeout, a dropped connection, a 5xx."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def fetch(url: str, size_limit: int, timeout: Optional[float] = None) -> Tuple[bytes, str, str]:
    """The body of a URL, its reader by content type ('' if unknown) and its charset.

    ``timeout`` is the overall deadline for the whole fetch (default: the
    settings', 30 s)."""
    import asyncio

    chosen = settings() if timeout is None else replace(settings(), deadline=timeout)
    fetched = asyncio.run(_fetch_alone(url, size_limit, chosen))
    return fetched.body or b"", fetched.fmt, fetched.charset


async def _fetch_alone(url: str, size_limit: int, chosen: FetchSettings) -> Fetched:
    async with client(chosen) as http:
        return await fetch_async(http, url, size_limit, chosen)


def client(chosen: Optional[FetchSettings] = None):
    """An httpx.AsyncClient with the connection pool, User-Agent and per-phase timeouts set."""
    import httpx

    chosen = chosen or settings()
    limits = httpx.Limits(max_connections=chosen.concurrency, max_keepalive_connections=chosen.concurrency)
    return httpx.AsyncClient(
        headers={"User-Agent": chosen.user_agent, "Accept": "*/*", "Accept-Encoding": "gzip, deflate"},
        timeout=httpx.Timeout(min(10.0, chosen.deadline), read=chosen.deadline),
        limits=limits, follow_redirects=False, trust_env=False)


async def fetch_async(http, url: str, size_limit: int, chosen: Optional[FetchSettings] = None,
                      etag: Optional[str] = None, last_modified: Optional[str] = None) -> Fetched:
    """Fetch one URL within the deadline, with retries; raises PolicydiffError."""
    import asyncio

    chosen = chosen or settings()
    try:
        return await asyncio.wait_for(_with_retries(http, url, size_limit, chosen, etag, last_modified),
                                      chosen.deadline)
    except asyncio.TimeoutError:
        raise PolicydiffError(url, _("could not be fetched (no answer in {seconds} s)").format(
                                       seconds=f"{chosen.deadline:g}"),
                              _("check the address and your connection, or save the page and give the file, "
                                "or give a longer --timeout")) from None


async def _with_retries(http, url, size_limit, chosen, etag, last_modified) -> Fetched:
    from tenacity import AsyncRetrying, retry_if_exception_type, stop_after_attempt, wait_exponential

    retrying = AsyncRetrying(stop=stop_after_attempt(max(1, chosen.retries)),
                             wait=wait_exponential(multiplier=chosen.backoff, max=8),
                             retry=retry_if_exception_type(_Retryable), reraise=True)
    try:
        async for attempt in retrying:
            with attempt:
                return await _fetch_once(http, url, size_limit, chosen, etag, last_modified)
    except _Retryable as exc:
        raise PolicydiffError(url, _("could not be fetched ({reason})").format(reason=exc.reason), _FIX) from None
    raise AssertionError("unreachable")  # pragma: no cover


def _check_target(url: str, redirected_by_public: Optional[bool], chosen: FetchSettings, first: str) -> bool:
    """Refuse a URL we must not connect to; whether its host is public.

    ``redirected_by_public``: None for the address the user gave (which may be
    private: an intranet site), else whether the host that redirected here is
    public; a public host may not send us to a private address."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        problem = (_("redirects to the {scheme}:// scheme, which policydiff does not fetch")
                   if redirected_by_public is not None
                   else _("uses the {scheme}:// scheme, which policydiff does not fetch"))
        raise PolicydiffError(first, problem.format(scheme=scheme or "unknown"),
                              _("give an http:// or https:// address, or save the document and give the file"))
    host = parts.hostname or ""
    if not host:
        raise PolicydiffError(first, _("names no host"), _("give a full http:// or https:// address"))
    try:
        private = chosen.policy.private(host, parts.port or (443 if scheme == "https" else 80))
    except (OSError, UnicodeError, ValueError) as exc:
        raise _Retryable(_("cannot resolve {host}: {reason}").format(host=host, reason=_reason(exc))) from None
    if private and chosen.public_only and not chosen.allow_private:
        raise PolicydiffError(first, _("points to a private or local address ({host})").format(host=host),
                              _("this server fetches public addresses only; download the page and upload the file"))
    if redirected_by_public and private and not chosen.allow_private:
        raise PolicydiffError(first, _("redirects from a public address to a private one ({host})").format(host=host),
                              _("this is refused to protect local services; pass --allow-private-urls "
                                "if you trust the site"))
    return not private


async def _fetch_once(http, url, size_limit, chosen, etag, last_modified) -> Fetched:
    import asyncio

    import httpx

    headers: Dict[str, str] = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    current, redirected_by_public = url, None  # None: the address the user gave, not a redirect
    for _hop in range(MAX_REDIRECTS + 1):
        if _is_ip_literal(current) and not chosen.policy.resolve:
            public = _check_target(current, redirected_by_public, chosen, url)
        else:  # a name to resolve: off the event loop
            public = await asyncio.to_thread(_check_target, current, redirected_by_public, chosen, url)
        redirected_by_public = public  # whoever answers next with a redirect is this host
        try:
            async with http.stream("GET", current, headers=headers) as response:
                if response.is_redirect and "location" in response.headers:
                    current = urljoin(current, response.headers["location"])
                    continue
                if response.status_code == 304:
                    return Fetched(url, current, None, "", "", etag, last_modified)
                if response.status_code >= 500:
                    raise _Retryable(f"HTTP {response.status_code} {response.reason_phrase}")
                if response.status_code >= 400:
                    raise PolicydiffError(url, _("could not be fetched (HTTP {status} {reason})").format(
                                              status=response.status_code, reason=response.reason_phrase), _FIX)
                length = response.headers.get("content-length", "")
                if length.isdigit() and int(length) > size_limit:
                    raise _too_big(url, size_limit)
                chunks, size = [], 0
                async for chunk in response.aiter_raw():
                    size += len(chunk)
                    if size > size_limit:
                        raise _too_big(url, size_limit)
                    chunks.append(chunk)
                body = _decode(b"".join(chunks), response.headers.get("content-encoding", ""), url, size_limit)
                content_type = response.headers.get("content-type", "")
                media = content_type.split(";")[0].strip().lower()
                charset = response.charset_encoding or ""
                return Fetched(url, current, body, CONTENT_TYPES.get(media, ""), charset,
                               response.headers.get("etag"), response.headers.get("last-modified"))
        except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as exc:
            raise _Retryable(_reason(exc) or type(exc).__name__) from None
        except httpx.HTTPError as exc:
            raise PolicydiffError(url, _("could not be fetched ({reason})").format(
                                           reason=_reason(exc) or type(exc).__name__),
                                  _FIX) from None
    raise PolicydiffError(url, _("redirects more than {count} times").format(count=MAX_REDIRECTS), _FIX)


def _decode(raw: bytes, encoding: str, url: str, size_limit: int) -> bytes:
    """Undo gzip/deflate content-encoding with the size cap on the result (a zip bomb stops at the cap)."""
    import zlib

    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return raw
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise PolicydiffError(url, _("is sent with the {encoding} encoding, which policydiff cannot undo").format(
                                       encoding=encoding),
                              _FIX)
    wbits = 16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS
    try:
        inflater = zlib.decompressobj(wbits)
        out = inflater.decompress(raw, size_limit + 1)
    except zlib.error:
        try:  # some servers send raw deflate
            inflater = zlib.decompressobj(-zlib.MAX_WBITS)
            out = inflater.decompress(raw, size_limit + 1)
        except zlib.error as exc:
            raise PolicydiffError(url, _("sent a damaged {encoding} body ({reason})").format(
                                           encoding=encoding, reason=exc),
                                  _FIX) from None
    if len(out) > size_limit:
        raise _too_big(url, size_limit)
    return out


def _is_ip_literal(url: str) -> bool:
    try:
        ipaddress.ip_address((urlsplit(url).hostname or "").strip("[]"))
        return True
    except ValueError:
        return False


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


async def fetch_many(requests: Sequence[Tuple[str, Optional[str], Optional[str]]], size_limit: int,
                     chosen: Optional[FetchSettings] = None,
                     on_done: Optional[Callable[[int, "Fetched | PolicydiffError"], None]] = None
                     ) -> List["Fetched | PolicydiffError"]:
    """Fetch (url, etag, last_modified) requests concurrently: at most
    ``concurrency`` at once, ``per_host`` to one host. Each result is a
    Fetched or the PolicydiffError that fetch raised, in the order asked."""
    import asyncio

    chosen = chosen or settings()
    overall = asyncio.Semaphore(max(1, chosen.concurrency))
    per_host: Dict[str, asyncio.Semaphore] = {}
    results: List["Fetched | PolicydiffError"] = [None] * len(requests)  # type: ignore[list-item]

    async with client(chosen) as http:
        async def one(index: int, url: str, etag: Optional[str], modified: Optional[str]) -> None:
            host = per_host.setdefault(_host(url), asyncio.Semaphore(max(1, chosen.per_host)))
            async with overall, host:
                try:
                    result: "Fetched | PolicydiffError" = await fetch_async(http, url, size_limit, chosen,
                                                                            etag, modified)
                except PolicydiffError as exc:
                    result = exc
            results[index] = result
            if on_done:
                on_done(index, result)

        await asyncio.gather(*(one(i, *r) for i, r in enumerate(requests)))
    return results


def _reason(reason: object) -> str:
    text = str(getattr(reason, "strerror", None) or reason)
    return re.sub(r"\s+", " ", text).strip() or _("connection failed")


def _too_big(url: str, limit: int) -> PolicydiffError:
    from . import megabytes

    return PolicydiffError(url, _("is over the {limit} limit").format(limit=megabytes(limit)),
                           _("pass --max-size to raise the limit"))
