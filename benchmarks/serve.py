"""`policydiff serve` under load: 20 comparisons of 公司法 at once, and the home page meanwhile.

Starts `policydiff serve` on 127.0.0.1 (a free port, a fresh cache folder),
uploads 公司法 2018-10-26 and 2023-12-29 twenty times at once (each a
multipart POST, as the compare page sends it), follows each to its result
page, and meanwhile asks for the home page every 0.25 s. Prints each
comparison's time, the home page's latencies, and exits 1 when a comparison
fails or the home page ever takes 1 s or more.

    python benchmarks/serve.py [--n 20] [--corpus PATH] [-- extra serve options]
"""
from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
HOME_LIMIT = 1.0


def multipart(fields: dict, files: dict) -> tuple:
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in fields.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    for name, path in files.items():
        head = (f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{path.name}"\r\n'
                f"Content-Type: text/markdown\r\n\r\n").encode("utf-8")
        parts.append(head + path.read_bytes() + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def compare_once(base: str, old: Path, new: Path, timeout: float) -> tuple:
    """(seconds, outcome): 'done', or what went wrong."""
    body, content_type = multipart({}, {"old_file": old, "new_file": new})
    start = time.perf_counter()
    request = urllib.request.Request(base + "/compare", data=body, headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # follows the 303 to /c/<id>
            link = response.url
        while time.perf_counter() - start < timeout:
            with urllib.request.urlopen(link, timeout=30) as response:
                page = response.read().decode("utf-8")
            if 'class="report"' in page:
                return time.perf_counter() - start, "done"
            if 'http-equiv="refresh"' not in page:
                return time.perf_counter() - start, "unexpected page"
            time.sleep(0.5)
        return time.perf_counter() - start, "still waiting"
    except OSError as exc:  # urllib.error.HTTPError included: an error page
        return time.perf_counter() - start, f"failed: {exc}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20, help="comparisons at once")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("serve_options", nargs="*", help="passed to policydiff serve")
    args = parser.parse_args()
    company = args.corpus / "laws" / "公司法"
    old, new = company / "2018-10-26.md", company / "2023-12-29.md"

    with tempfile.TemporaryDirectory() as cache:
        server = subprocess.Popen([sys.executable, "-m", "policydiff", "serve", "--port", "0", "--cache-dir", cache,
                                   "--time-limit", "600", *args.serve_options],
                                  stdout=subprocess.PIPE, text=True, cwd=ROOT)
        try:
            found = re.search(r"http://127\.0\.0\.1:\d+", server.stdout.readline())
            if not found:
                print("the server did not start", file=sys.stderr)
                return 1
            base = found.group(0)
            urllib.request.urlopen(base + "/", timeout=10).read()

            results: list = [None] * args.n
            home: list = []
            stop = threading.Event()

            def probe() -> None:
                while not stop.is_set():
                    start = time.perf_counter()
                    try:
                        urllib.request.urlopen(base + "/", timeout=10).read()
                        home.append(time.perf_counter() - start)
                    except OSError:
                        home.append(float("inf"))
                    stop.wait(0.25)

            def one(k: int) -> None:
                results[k] = compare_once(base, old, new, timeout=900)

            prober = threading.Thread(target=probe)
            prober.start()
            start = time.perf_counter()
            threads = [threading.Thread(target=one, args=(k,)) for k in range(args.n)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            wall = time.perf_counter() - start
            stop.set()
            prober.join()
        finally:
            server.terminate()
            server.wait(timeout=30)

    times = sorted(t for t, _ in results)
    failed = [(k, outcome) for k, (_, outcome) in enumerate(results) if outcome != "done"]
    print(f"{args.n} comparisons of 公司法 (2018-10-26 → 2023-12-29) at once: all finished in {wall:.1f} s; "
          f"each {times[0]:.1f}–{times[-1]:.1f} s (median {statistics.median(times):.1f} s); "
          f"{args.n - len(failed)} done, {len(failed)} failed")
    for k, outcome in failed:
        print(f"  comparison {k}: {outcome}")
    print(f"home page meanwhile: {len(home)} requests, median {statistics.median(home) * 1000:.0f} ms, "
          f"max {max(home) * 1000:.0f} ms (limit {HOME_LIMIT * 1000:.0f} ms)")
    return 1 if failed or max(home) >= HOME_LIMIT else 0


if __name__ == "__main__":
    sys.exit(main())
