"""Many workers, one store: 4 `watch` processes on 40 sources served by a local
server (some slow, some failing, some answering 304), against PostgreSQL and
then SQLite: one version per distinct text, each failure reported once, one
request per source per round, and a worker killed mid-round leaves its sources
to the others once its lease ends."""
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter

import pytest

from conftest import LAWS, ROOT
from servers import Site, postgres_url, serve

LAW_FILES = sorted(LAWS.glob("*/*.md"))
SLOW, FAILING, ETAG = range(25, 30), range(30, 35), range(35, 40)


@pytest.fixture(params=["postgresql", "sqlite"])
def store(request, tmp_path):
    return postgres_url() if request.param == "postgresql" else str(tmp_path / "store.sqlite3")


class Farm:
    """40 government sites in one: source i serves a law text chosen by the round."""

    def __init__(self, site: Site):
        self.site = site
        self.texts = {}
        self.slow_seconds = 1.0
        # A round's first answers wait until this many requests are in flight: every worker has
        # started its round (each has at most --concurrency 4 requests out), so none starts its
        # round after another finished a source, however slowly the processes start on a busy
        # machine. 0: no waiting.
        self.hold_until = 0
        self._in_flight = 0
        self._released = False
        self._gate = threading.Condition()
        for i in range(40):
            site.routes[f"/p{i}.txt"] = self.route(i)

    def new_round(self, hold_until: int) -> None:
        with self._gate:
            self.hold_until, self._released = hold_until, False

    def _wait_for_all_workers(self) -> None:
        with self._gate:
            self._in_flight += 1
            if self._in_flight >= self.hold_until:
                self._released = True
                self._gate.notify_all()
            self._gate.wait_for(lambda: self._released, timeout=60)

    def route(self, i):
        def answer(handler):
            self._wait_for_all_workers()
            try:
                respond(handler)
            finally:
                with self._gate:
                    self._in_flight -= 1

        def respond(handler):
            if i in FAILING:
                handler.answer(404, b"gone", {"Content-Type": "text/plain"})
                return
            body = self.texts[i].encode("utf-8")
            if i in SLOW:
                time.sleep(self.slow_seconds)
            headers = {"Content-Type": "text/plain; charset=utf-8"}
            if i in ETAG:
                tag = f'"{hash(body) & 0xffffffff:x}"'
                headers["ETag"] = tag
                if handler.headers.get("If-None-Match") == tag:
                    handler.answer(304, b"", {"ETag": tag})
                    return
            handler.answer(200, body, headers)
        return answer

    def publish(self, shift: int) -> None:
        """Source i now serves law file (i + shift) mod 40."""
        for i in range(40):
            self.texts[i] = LAW_FILES[(i + shift) % 40].read_text(encoding="utf-8")

    def counts(self) -> Counter:
        with self.site.lock:
            return Counter(path for path, _headers in self.site.requests)


def _workers(toml, store, n, *extra):
    command = [sys.executable, "-m", "policydiff", "watch", str(toml), "--store", store, "--concurrency", "4",
               *extra]
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    return [subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
            for _ in range(n)]


def _finish(processes, timeout=300):
    outputs = [p.communicate(timeout=timeout) for p in processes]
    return [p.returncode for p in processes], "".join(o for o, _e in outputs), "".join(e for _o, e in outputs)


def _versions(store):
    from policydiff.watch.store import Store

    with Store(store) as opened:
        return opened.versions()


def _as_stored(path):
    from policydiff import ingest
    from policydiff.watch.sources import Subscription
    from policydiff.watch.watcher import text_of

    return text_of(Subscription("x", "x.txt"), ingest.read_bytes(path.read_bytes(), "x.txt", "text"))[1]


def _texts(store):
    from policydiff.watch.store import Store

    with Store(store) as opened:
        return {v.policy: opened.text(v.id) for v in opened.versions()}  # the latest of each policy


def test_four_workers_split_a_round_store_each_text_once_and_survive_a_killed_worker(tmp_path, store):
    assert len(LAW_FILES) == 40
    farm = Farm(Site())
    with serve(farm.site):
        toml = tmp_path / "sources.toml"
        toml.write_text("".join(f'[[policy]]\nname = "p{i}"\nsource = "{farm.site.url}/p{i}.txt"\n'
                                for i in range(40)), encoding="utf-8")

        # Round 1: every source new.
        farm.publish(0)
        farm.new_round(hold_until=16)
        codes, out, err = _finish(_workers(toml, store, 4))
        assert codes.count(2) >= 1 and set(codes) <= {0, 2}  # the workers that met a failing source say so
        assert farm.counts() == Counter({f"/p{i}.txt": 1 for i in range(40)})  # one request per source
        for i in FAILING:  # each failure reported once, by whichever worker met it
            assert err.count(f"policydiff: p{i}: ") == 1 and "HTTP 404" in err
        versions = _versions(store)
        assert len(versions) == 35 and len({v.policy for v in versions}) == 35
        assert out.count("new version #") == 35

        # Round 2: five texts change; the 304 sources are asked with their ETag.
        for i in range(5):
            farm.texts[i] = LAW_FILES[(i + 7) % 40].read_text(encoding="utf-8")
        farm.new_round(hold_until=16)
        codes, out, err = _finish(_workers(toml, store, 4))
        assert farm.counts() == Counter({f"/p{i}.txt": 2 for i in range(40)})
        assert out.count("new version #") == 5
        assert out.count("unchanged (not modified)") == len(ETAG)
        for i in FAILING:
            assert err.count(f"policydiff: p{i}: ") == 1
        assert len(_versions(store)) == 40

        # Round 3: every text changes; a lone worker claims the whole round and is killed mid-fetch.
        farm.publish(20)
        farm.new_round(hold_until=0)
        farm.slow_seconds = 4.0
        before = farm.counts()
        [lone] = _workers(toml, store, 1, "--concurrency", "40", "--lease", "8")
        deadline = time.monotonic() + 120
        while sum((farm.counts() - before).values()) < 40 and time.monotonic() < deadline:
            time.sleep(0.1)  # every request sent; the slow ones not answered yet
        lone.send_signal(signal.SIGKILL)
        lone.communicate()
        killed_at = time.monotonic()
        assert len(_versions(store)) == 40  # it stored nothing: it died before the answers came
        farm.slow_seconds = 0.2
        codes, out, err = _finish(_workers(toml, store, 3, "--lease", "8"))
        took = time.monotonic() - killed_at
        print(f"[{'sqlite' if store.endswith('.sqlite3') else 'postgresql'}] a killed worker's round stored {took:.1f} s after the kill (lease 8 s)")
        assert out.count("new version #") == 35, out + err
        assert took < 8 + 60  # the lease, then the round itself on a busy machine
        latest = _texts(store)
        for i in set(range(40)) - set(FAILING):  # each policy's newest text is what this round serves
            assert latest[f"p{i}"] == _as_stored(LAW_FILES[(i + 20) % 40]), i

        versions = _versions(store)
        per_policy = Counter(v.policy for v in versions)
        assert len(versions) == 75 and all(n == (3 if int(p[1:]) < 5 else 2) for p, n in per_policy.items())
        assert len({(v.policy, v.sha256) for v in versions}) == len(versions)  # no text stored twice in a row
    if store.endswith(".sqlite3"):
        import sqlite3

        with sqlite3.connect(store) as db:
            assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
