"""Fetching URLs: bounded in time and size, careful where redirects lead, polite
(User-Agent, conditional GET, retries) — all against real servers on 127.0.0.0/8."""
import ipaddress
import socket
import subprocess
import sys
import threading
import time

import pytest
from click.testing import CliRunner

from conftest import DRAFT, FINAL_WEB, ROOT
from policydiff.cli import cli
from policydiff.errors import PolicydiffError
from policydiff.ingest import web
from servers import Site, serve, trickle


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_a_slow_loris_server_ends_in_exit_2_within_the_deadline():
    site = Site()
    site.routes["/policy.txt"] = trickle  # one byte every 2 s, for ever
    with serve(site):
        command = [sys.executable, "-m", "policydiff", "compare", str(DRAFT), site.url + "/policy.txt",
                   "--timeout", "5"]
        started = time.monotonic()
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60)
        took = time.monotonic() - started
        import resource

        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # the largest child so far
    assert done.returncode == 2, done.stderr
    assert "no answer in 5 s" in done.stderr and site.url + "/policy.txt" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert took < 5 + 10  # the deadline, plus starting Python on a busy machine
    assert peak_mb < 500


def test_the_default_deadline_is_documented_and_at_most_45_s():
    assert web.DEADLINE <= 45
    help_text = run("compare", "--help").output
    assert "--timeout" in help_text and "30" in help_text


def _two_loopback_addresses_policy(allow_private=False):
    """127.0.0.2 public, 127.0.0.3 private: the address policy the redirect tests declare."""
    private = {ipaddress.ip_address("127.0.0.3")}
    return web.FetchSettings(deadline=10, allow_private=allow_private,
                             policy=web.AddressPolicy(is_private=lambda address: address in private))


@pytest.fixture
def private_listener():
    """A plain listening socket on 127.0.0.3 that counts the connections made to it."""
    listener = socket.socket()
    listener.bind(("127.0.0.3", 0))
    listener.listen(8)
    accepted = []

    def accept():
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            accepted.append(conn)
            conn.close()

    threading.Thread(target=accept, daemon=True).start()
    yield listener.getsockname()[1], accepted
    listener.close()


def test_a_redirect_from_a_public_to_a_private_address_is_refused_before_connecting(private_listener):
    port, accepted = private_listener
    site = Site()
    with serve(site, host="127.0.0.2"):
        site.page("/policy.html", "", status=302, Location=f"http://127.0.0.3:{port}/admin")
        import asyncio

        with pytest.raises(PolicydiffError) as caught:
            asyncio.run(_fetch(site.url + "/policy.html", _two_loopback_addresses_policy()))
    message = str(caught.value)
    assert "redirects from a public address to a private one (127.0.0.3)" in message
    assert "--allow-private-urls" in message
    time.sleep(0.2)
    assert accepted == []  # not one connection reached the private address


def test_allow_private_urls_follows_the_same_redirect():
    private = Site()
    private.page("/admin", "第一条 内网页面。")
    with serve(private, host="127.0.0.3"):
        site = Site()
        with serve(site, host="127.0.0.2"):
            site.page("/policy.html", "", status=302, Location=private.url + "/admin")
            import asyncio

            fetched = asyncio.run(_fetch(site.url + "/policy.html", _two_loopback_addresses_policy(True)))
    assert fetched.body.decode("utf-8") == "第一条 内网页面。" and fetched.final_url == private.url + "/admin"


def test_a_redirect_within_private_addresses_is_followed():
    """A user who asks for an intranet address gets what it redirects to on the intranet."""
    site = Site()
    with serve(site):
        site.page("/old", "", status=301, Location="/new")
        site.page("/new", "第一条 新地址。")
        data, _fmt, _charset = web.fetch(site.url + "/old", 1000)
    assert data.decode("utf-8") == "第一条 新地址。"


async def _fetch(url, settings):
    async with web.client(settings) as http:
        return await web.fetch_async(http, url, 1_000_000, settings)


def test_the_default_policy_calls_loopback_private_and_metadata_addresses_private():
    policy = web.AddressPolicy()
    for address in ("127.0.0.1", "10.0.0.8", "172.16.3.4", "192.168.1.1", "169.254.169.254", "::1", "fd00::1"):
        assert policy.is_private(ipaddress.ip_address(address)), address  # classified, never contacted
    assert not policy.is_private(ipaddress.ip_address("202.108.22.5"))


@pytest.mark.parametrize("target, scheme", [("file:///etc/passwd", "file"), ("ftp://127.0.0.1/x.txt", "ftp")])
def test_a_redirect_to_another_scheme_is_refused_by_name(target, scheme):
    site = Site()
    with serve(site):
        site.page("/policy.html", "", status=302, Location=target)
        result = run("compare", DRAFT, site.url + "/policy.html")
    assert result.exit_code == 2 and f"redirects to the {scheme}:// scheme" in result.output
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize("source, scheme", [("ftp://127.0.0.1/policy.txt", "ftp"), ("file:///etc/passwd", "file"),
                                            ("gopher://127.0.0.1/1", "gopher")])
def test_an_unsupported_scheme_is_named(source, scheme):
    result = run("compare", DRAFT, source)
    assert result.exit_code == 2 and f"uses the {scheme}:// scheme" in result.output
    assert "no such file" not in result.output


def test_5xx_is_retried_with_backoff_then_fetched():
    site = Site()
    answers = iter([503, 502])

    def flaky(handler):
        status = next(answers, 200)
        handler.answer(status, FINAL_WEB.read_bytes() if status == 200 else b"busy",
                       {"Content-Type": "text/plain; charset=utf-8"})

    site.routes["/policy.txt"] = flaky
    with serve(site):
        settings = web.FetchSettings(backoff=0.05)
        import asyncio

        fetched = asyncio.run(_fetch(site.url + "/policy.txt", settings))
    assert fetched.body == FINAL_WEB.read_bytes()
    assert site.count("/policy.txt") == 3


def test_a_server_that_keeps_failing_is_one_error_after_the_retries():
    site = Site()
    site.page("/policy.txt", "down", status=500)
    with serve(site):
        result = run("compare", DRAFT, site.url + "/policy.txt")
        assert site.count("/policy.txt") == web.FetchSettings().retries
    assert result.exit_code == 2 and "HTTP 500" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_a_4xx_is_not_retried():
    site = Site()
    with serve(site):
        result = run("compare", DRAFT, site.url + "/gone.txt")
        assert site.count("/gone.txt") == 1
    assert result.exit_code == 2 and "HTTP 404" in result.output


def test_requests_say_who_is_asking():
    site = Site()
    site.page("/policy.txt", FINAL_WEB.read_bytes())
    with serve(site):
        assert run("compare", DRAFT, site.url + "/policy.txt", "--format", "json").exit_code == 1
    [(_path, headers)] = site.requests
    assert headers["user-agent"].startswith("policydiff/") and "policy change monitor" in headers["user-agent"]


def test_a_gzip_bomb_stops_at_the_size_cap():
    import gzip

    bomb = gzip.compress(b"0" * (30 * 1024 * 1024))  # 30 MB of zeros in about 30 KB
    site = Site()
    site.page("/policy.txt", bomb, **{"Content-Encoding": "gzip"})
    with serve(site):
        result = run("compare", DRAFT, site.url + "/policy.txt", "--max-size", "1")
    assert result.exit_code == 2 and "over the 1 MB limit" in result.output


def test_many_sources_are_fetched_concurrently_with_a_limit_per_host():
    site = Site()
    active, peak = [0], [0]
    lock = threading.Lock()

    def slow(handler):
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.3)
        with lock:
            active[0] -= 1
        handler.answer(200, b"ok", {"Content-Type": "text/plain"})

    for i in range(12):
        site.routes[f"/p{i}"] = slow
    with serve(site):
        import asyncio

        started = time.monotonic()
        results = asyncio.run(web.fetch_many([(f"{site.url}/p{i}", None, None) for i in range(12)], 1000,
                                             web.FetchSettings(concurrency=8, per_host=3)))
        took = time.monotonic() - started
    assert all(r.body == b"ok" for r in results)
    assert peak[0] == 3  # one host: never more than per_host at once, but more than one
    assert took < 12 * 0.3  # faster than one at a time


def test_a_public_host_in_the_middle_of_a_chain_cannot_send_us_back_to_a_private_one(private_listener):
    """127.0.0.3 (private) → 127.0.0.2 (public) → 127.0.0.3: the second redirect is the public one's, refused."""
    port, accepted = private_listener
    public = Site()
    with serve(public, host="127.0.0.2"):
        public.page("/bounce", "", status=302, Location=f"http://127.0.0.3:{port}/admin")
        start = Site()
        with serve(start, host="127.0.0.3"):
            start.page("/policy.html", "", status=302, Location=public.url + "/bounce")
            import asyncio

            with pytest.raises(PolicydiffError, match="redirects from a public address to a private one"):
                asyncio.run(_fetch(start.url + "/policy.html", _two_loopback_addresses_policy()))
    time.sleep(0.2)
    assert accepted == [] and public.count("/bounce") == 1


def test_watch_asks_again_with_last_modified_and_takes_a_304_as_unchanged(tmp_path):
    site = Site()
    stamp = "Wed, 01 Jun 2022 08:00:00 GMT"

    def page(handler):
        if handler.headers.get("If-Modified-Since") == stamp:
            handler.answer(304, b"", {"Last-Modified": stamp})
        else:
            handler.answer(200, DRAFT.read_bytes(), {"Content-Type": "text/plain; charset=utf-8",
                                                      "Last-Modified": stamp})

    site.routes["/policy.txt"] = page
    with serve(site):
        toml = tmp_path / "s.toml"
        toml.write_text(f'[[policy]]\nname = "p"\nsource = "{site.url}/policy.txt"\n', encoding="utf-8")
        store = tmp_path / "s.sqlite3"
        assert "p: new version #1" in run("watch", toml, "--store", store).output
        second = run("watch", toml, "--store", store)
    assert second.exit_code == 0 and "p: unchanged (not modified)" in second.output
    (_p1, first_headers), (_p2, second_headers) = site.requests
    assert "if-modified-since" not in first_headers and second_headers["if-modified-since"] == stamp
