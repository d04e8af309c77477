"""Fuzz the readers: no input makes one hang or raise anything but PolicydiffError.

Two kinds of input per reader: arbitrary bytes, and a real file of that
format (the Shijingshan final) with bytes overwritten, cut or inserted, which
gets past the first checks into the parsers. About 2,000 cases in all; an
alarm fails any case that runs for more than ten seconds.
"""
import signal
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from policydiff import PolicydiffError
from policydiff.ingest import READERS, read_bytes
from policydiff.normalize import normalize
from policydiff.structure import parse

from conftest import FINAL_WEB
from formats import WRITERS, paragraphs_of

FUZZ = settings(max_examples=250, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@contextmanager
def no_hang(seconds: int = 10):
    def alarm(signum, frame):
        raise AssertionError(f"a reader ran for more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def survives(data: bytes, fmt: str) -> None:
    with no_hang():
        try:
            raw = read_bytes(data, "fuzzed", fmt)
            parse(normalize(raw), "o")
        except PolicydiffError as exc:
            assert "\n" not in str(exc) and str(exc).startswith("fuzzed: ")


_SAMPLES = {}


def sample(fmt: str, tmp_path_factory) -> bytes:
    if fmt not in _SAMPLES:
        title, paragraphs = paragraphs_of(FINAL_WEB)
        writer = WRITERS["gb18030.txt" if fmt == "text" else fmt]
        path = tmp_path_factory.mktemp("fuzz") / f"sample.{fmt}"
        _SAMPLES[fmt] = writer(title, paragraphs[:6], path).read_bytes()
    return _SAMPLES[fmt]


@pytest.mark.parametrize("fmt", sorted(READERS))
@FUZZ
@given(data=st.binary(max_size=4096))
def test_arbitrary_bytes(fmt, data):
    survives(data, fmt)


edits = st.lists(st.tuples(st.floats(0, 1), st.sampled_from(["set", "cut", "insert"]), st.binary(min_size=1, max_size=16)),
                 min_size=1, max_size=8)


@pytest.mark.parametrize("fmt", sorted(READERS))
@FUZZ
@given(changes=edits)
def test_damaged_real_files(fmt, changes, tmp_path_factory):
    data = bytearray(sample(fmt, tmp_path_factory))
    for where, how, payload in changes:
        at = int(where * (len(data) - 1))
        if how == "set":
            data[at:at + len(payload)] = payload
        elif how == "cut":
            del data[at:at + 64 * len(payload)]
        else:
            data[at:at] = payload
    survives(bytes(data), fmt)
