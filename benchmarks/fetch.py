"""Fetching many sources: one at a time against policydiff's concurrent fetcher.

Serves 1,000 small policy pages from local HTTP servers, each answer held back
50 ms (a slow government site), spread over 10 loopback addresses
(127.0.0.1 … 127.0.0.10, as ten sites), and fetches them all twice with
policydiff.ingest.web.fetch_many:

  - sequential: concurrency 1 (what `watch` did before: one URL after another);
  - concurrent: the defaults of `watch` (16 at once, at most 4 per host).

Prints both times, the requests per second and the ratio. Target: concurrent
at least 8 times faster. Exit status 1 when the target is missed or a fetch
failed. Talks to 127.0.0.0/8 only.

    python benchmarks/fetch.py [--sources N] [--latency SECONDS] [--hosts N]
"""
from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from policydiff.ingest import web  # noqa: E402

BODY = ("第一条 为了规范政策发布，制定本办法。\n第二条 本办法自发布之日起施行。\n" * 20).encode("utf-8")


def serve_all(hosts, latency, ports) -> None:
    """The servers, in a process of their own (so they do not share the fetcher's
    interpreter lock): a minimal asyncio HTTP/1.1 responder per host, keep-alive,
    each answer after ``latency`` seconds."""
    answer = (b"HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n"
              b"Content-Length: " + str(len(BODY)).encode() + b"\r\n\r\n" + BODY)

    async def handle(reader, writer):
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                if not head:
                    break
                await asyncio.sleep(latency)
                writer.write(answer)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def main():
        servers = [await asyncio.start_server(handle, host, 0, backlog=1024) for host in hosts]
        ports.put([s.sockets[0].getsockname()[1] for s in servers])
        await asyncio.Event().wait()

    asyncio.run(main())


def timed(urls, settings) -> tuple:
    started = time.perf_counter()
    results = asyncio.run(web.fetch_many([(u, None, None) for u in urls], 1_000_000, settings))
    took = time.perf_counter() - started
    failed = [r for r in results if not isinstance(r, web.Fetched) or r.body != BODY]
    return took, len(failed)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sources", type=int, default=1000)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--hosts", type=int, default=10)
    args = parser.parse_args()
    import multiprocessing

    hosts = [f"127.0.0.{h + 1}" for h in range(args.hosts)]
    ports = multiprocessing.Queue()
    server = multiprocessing.Process(target=serve_all, args=(hosts, args.latency, ports), daemon=True)
    server.start()
    found = ports.get(timeout=30)
    urls = [f"http://{hosts[i % args.hosts]}:{found[i % args.hosts]}/p{i}.html" for i in range(args.sources)]
    concurrent = web.FetchSettings()
    sequential = web.FetchSettings(concurrency=1, per_host=1)
    print(f"{args.sources} sources on {args.hosts} local hosts, {args.latency * 1000:.0f} ms per answer")
    seq_time, seq_failed = timed(urls, sequential)
    print(f"sequential (1 at a time):            {seq_time:7.1f} s  {args.sources / seq_time:7.1f} requests/s")
    con_time, con_failed = timed(urls, concurrent)
    print(f"concurrent ({concurrent.concurrency} at once, {concurrent.per_host} per host): "
          f"{con_time:7.1f} s  {args.sources / con_time:7.1f} requests/s")
    ratio = seq_time / con_time
    print(f"ratio: {ratio:.1f}x faster concurrently; failed fetches: {seq_failed + con_failed}")
    server.terminate()
    return 0 if ratio >= 8 and not (seq_failed or con_failed) else 1


if __name__ == "__main__":
    sys.exit(main())
