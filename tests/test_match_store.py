"""The LSH index of `match` in a shared store: a real Redis server on 127.0.0.1,
two workers each adding half of a corpus to one index, and the matches found
through it the same as through the in-memory index."""
import shutil
import socket
import subprocess
import time

import pytest

from conftest import LAWS
from policydiff.match import _signatures, add_to_index, lsh_index, match, read_side

pytest.importorskip("redis")
REDIS = shutil.which("redis-server")
pytestmark = pytest.mark.skipif(REDIS is None, reason="redis-server is not installed")


@pytest.fixture()
def redis_port(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([REDIS, "--bind", "127.0.0.1", "--port", str(port), "--save", "",
                               "--appendonly", "no", "--dir", str(tmp_path)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_two_workers_fill_one_redis_index_and_match_finds_the_same_versions(redis_port):
    entries = read_side(str(LAWS))
    storage = {"type": "redis", "redis": {"host": "127.0.0.1", "port": redis_port}}
    half = len(entries) // 2
    add_to_index(lsh_index(storage, "laws"), entries[:half])  # worker 1
    add_to_index(lsh_index(storage, "laws"), entries[half:])  # worker 2, another connection
    index = lsh_index(storage, "laws")
    # Every entry, whichever worker added it, is found in the shared index by its own signature.
    signatures = _signatures(entries)
    assert all(e.source in index.query(sig) for e, sig in zip(entries, signatures))
    shared = match(entries, entries, index=index)
    in_memory = match(entries, entries)
    key = [(m.a.source, m.b.source, m.score, m.rank) for m in in_memory]
    assert [(m.a.source, m.b.source, m.score, m.rank) for m in shared] == key
    assert {(m.a.source, m.b.source) for m in shared} == {
        (str(x), str(y)) for folder in LAWS.iterdir() if folder.is_dir()
        for x in folder.glob("*.md") for y in folder.glob("*.md") if str(x) < str(y)}  # each pair once
