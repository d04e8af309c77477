"""Regular expressions compiled once per machine (policydiff/recache.py, issue 18)."""
import marshal
import os
import re
import subprocess
import sys

import pytest

from conftest import DRAFT, FINAL_WEB, LAWS

from policydiff import recache
from policydiff.kept import Kept

COMPARE = """
import sys
from policydiff import recache
from policydiff.cli import main
sys.argv = ["policydiff", "compare", sys.argv[1], sys.argv[2], "--format", "json", "-o", sys.argv[3]]
try:
    main()
except SystemExit:
    pass
print(len(recache.PROGRAMS.used), len(recache.PROGRAMS.new))
"""


def _compare(old, new, out, cache) -> "tuple[int, int]":
    """(patterns read from the cache, patterns compiled and kept) by a compare in a fresh process."""
    env = dict(os.environ, POLICYDIFF_COMPILED_CACHE=str(cache))
    done = subprocess.run([sys.executable, "-c", COMPARE, str(old), str(new), str(out)],
                          capture_output=True, text=True, check=True, env=env)
    used, new_ = done.stdout.splitlines()[-1].split()
    return int(used), int(new_)


def _kept(cache) -> dict:
    (file,) = [f for f in os.listdir(cache) if f.startswith("regex-") and f.endswith(".marshal")]
    with open(os.path.join(cache, file), "rb") as handle:
        stamp, programs = marshal.loads(handle.read())
    assert stamp == ("values as bytes", recache.STAMP)  # each value its own marshal bytes
    return {key: marshal.loads(value) for key, value in programs.items()}


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    """recache as in a new process, its file in tmp_path."""
    monkeypatch.setenv("POLICYDIFF_COMPILED_CACHE", str(tmp_path))
    monkeypatch.setattr(recache, "_compiled", {})
    monkeypatch.setattr(recache, "PROGRAMS", Kept("regex", recache.STAMP))
    return tmp_path


def test_a_second_run_reads_every_pattern_from_the_cache_and_says_the_same(tmp_path):
    cache = tmp_path / "cache"
    used, kept = _compare(DRAFT, FINAL_WEB, tmp_path / "first.json", cache)
    assert used == kept and kept > 100  # the first run compiles every pattern and keeps it
    used, kept = _compare(DRAFT, FINAL_WEB, tmp_path / "second.json", cache)
    assert used > 100 and kept == 0  # the second compiles none
    assert _compare(DRAFT, FINAL_WEB, tmp_path / "off.json", "off") == (0, 0)  # nothing read or kept
    first = (tmp_path / "first.json").read_bytes()
    assert (tmp_path / "second.json").read_bytes() == first == (tmp_path / "off.json").read_bytes()


def test_every_kept_program_makes_the_pattern_re_compile_makes_and_matches_the_same(tmp_path):
    cache = tmp_path / "cache"
    law = LAWS / "公司法"
    _compare(law / "2018-10-26.md", law / "2023-12-29.md", tmp_path / "law.json", cache)
    programs = _kept(cache)
    assert len(programs) > 100
    texts = DRAFT.read_text(encoding="utf-8") + (law / "2023-12-29.md").read_text(encoding="utf-8")
    assert any(re.search(r"\[[^\]]*[\u4e00-\u9fff]-", p) for p, _ in programs)  # CJK ranges among them
    for (pattern, flags), program in programs.items():
        cached, compiled = recache.from_program(pattern, program), re.compile(pattern, flags)
        assert cached == compiled, pattern  # same flags, same SRE code
        assert (cached.groups, cached.groupindex) == (compiled.groups, compiled.groupindex), pattern
        subject = texts.encode("utf-8") if isinstance(pattern, bytes) else texts
        assert [m.span() for m in cached.finditer(subject)] == [m.span() for m in compiled.finditer(subject)], pattern


def test_a_pattern_is_compiled_once_kept_at_exit_and_then_read_back(fresh):
    pattern = r"第([一二三四五六七八九十百]+)条(?P<tail>之[一二三四五六七八九十]+)?"
    first = recache.compile(pattern, re.MULTILINE)
    assert first == re.compile(pattern, re.MULTILINE) and recache.compile(pattern, re.MULTILINE) is first
    assert list(recache.PROGRAMS.new) == [(pattern, re.MULTILINE)]
    recache.PROGRAMS.save()
    assert not recache.PROGRAMS.new and set(_kept(fresh)) == {(pattern, int(re.MULTILINE))}
    recache.PROGRAMS.forget(), recache._compiled.clear()  # a new process
    again = recache.compile(pattern, re.MULTILINE)
    assert again == first and again.groupindex == {"tail": 2} and not recache.PROGRAMS.new
    assert again.match("第十二条之一").group("tail") == "之一"


@pytest.mark.parametrize("damage", ["garbage", "other_python", "bad_code", "truncated"])
def test_a_damaged_or_foreign_cache_is_ignored_and_written_again(fresh, damage):
    pattern = r"[\u4e00-\u9fa5]{1,3}山区"
    recache.compile(pattern)
    recache.PROGRAMS.save()
    (file,) = fresh.glob("regex-*.marshal")
    data = file.read_bytes()
    stamp, programs = marshal.loads(data)
    programs = {key: marshal.loads(value) for key, value in programs.items()}
    if damage == "garbage":
        file.write_bytes(b"\x00not marshal at all")
    elif damage == "other_python":
        file.write_bytes(marshal.dumps((("values as bytes", (0, "2.7.18")), {
            key: marshal.dumps(value) for key, value in programs.items()})))
    elif damage == "bad_code":
        flags, code, *rest = programs[pattern, 0]
        file.write_bytes(marshal.dumps((stamp, {(pattern, 0): marshal.dumps(
            (flags, (99999).to_bytes(4, sys.byteorder) + code[4:], *rest))})))
    else:
        file.write_bytes(data[: len(data) // 2])
    recache.PROGRAMS.forget(), recache._compiled.clear()
    compiled = recache.compile(pattern)
    assert compiled == re.compile(pattern) and compiled.search("经北京市石景山区人民政府同意").group() == "市石景山区"
    assert list(recache.PROGRAMS.new) == [(pattern, 0)]  # compiled again, to be kept again
    recache.PROGRAMS.save()
    assert _kept(fresh)[pattern, 0] == programs[pattern, 0]


def test_a_cache_that_cannot_be_written_costs_nothing_but_the_compile(fresh):
    blocker = fresh / "file"
    blocker.write_text("not a folder")
    os.environ["POLICYDIFF_COMPILED_CACHE"] = str(blocker / "regex")  # monkeypatch restores it
    assert recache.compile(r"(\d+)日内").match("15日内").group(1) == "15"
    recache.PROGRAMS.save()  # no error
    assert recache.PROGRAMS.new


def test_processes_saving_at_once_leave_a_whole_file(tmp_path):
    script = ("import sys\nfrom policydiff import recache\n"
              "for i in range(200):\n    recache.compile(f'[\\u4e00-\\u9fff]{{{i}}}' + sys.argv[1])\n")
    env = dict(os.environ, POLICYDIFF_COMPILED_CACHE=str(tmp_path))
    procs = [subprocess.Popen([sys.executable, "-c", script, tag], env=env) for tag in "abcd"]
    assert all(p.wait() == 0 for p in procs)
    programs = _kept(tmp_path)  # one whole file, written by one of them (or merged)
    assert len(programs) >= 200 and all(recache.from_program(p, v) == re.compile(p, f) for (p, f), v in programs.items())
    assert not [f for f in os.listdir(tmp_path) if f.endswith(".tmp")]


# ---- dataclasses' methods (policydiff/records.py)

RECORD = '''
from __future__ import annotations
from typing import Optional, Tuple
from {module} import dataclass

@dataclass(frozen=True)
class Penalty:
    """A fine and what it is for."""

    kind: str
    low: Optional[float]
    high: Optional[float] = None
    notes: Tuple[str, ...] = ()
'''


def _record(module: str):
    """The class of RECORD, made by ``module``'s dataclass in a module of its own."""
    record = sys.modules["record_under_test"] = type(sys)("record_under_test")
    exec(RECORD.format(module=module), record.__dict__)
    return record.Penalty


def test_a_record_is_the_dataclass_the_standard_library_makes_with_its_code_read_back(monkeypatch, tmp_path):
    import dataclasses

    from policydiff import records

    monkeypatch.setenv("POLICYDIFF_COMPILED_CACHE", str(tmp_path))
    monkeypatch.setattr(records, "CODE", Kept("dataclasses", records.STAMP))
    ours, theirs = _record("policydiff.records"), _record("dataclasses")
    assert not hasattr(dataclasses, "exec")  # the builtin is dataclasses' exec again
    for name in ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__"):
        assert getattr(ours, name).__code__.co_code == getattr(theirs, name).__code__.co_code, name
    fine = ours("罚款", 10000.0, 50000.0)
    assert repr(fine) == repr(theirs("罚款", 10000.0, 50000.0)) == "Penalty(kind='罚款', low=10000.0, high=50000.0, notes=())"
    assert fine == ours("罚款", 10000.0, 50000.0) and hash(fine) == hash(ours("罚款", 10000.0, 50000.0))
    assert dataclasses.replace(fine, high=None).high is None and [f.name for f in dataclasses.fields(fine)][-1] == "notes"
    with pytest.raises(dataclasses.FrozenInstanceError):
        fine.low = 0
    assert len(records.CODE.new) == 6
    records.CODE.save()
    records.CODE.forget()  # a new process
    again = _record("policydiff.records")
    assert len(records.CODE.used) == 6 and not records.CODE.new  # every method's code read back
    assert again("没收", None) == again("没收", None) and again("没收", None).notes == ()


def test_a_comparison_started_again_compiles_no_pattern_and_no_dataclass_method(tmp_path):
    script = COMPARE.replace("print(len(recache.PROGRAMS.used), len(recache.PROGRAMS.new))",
                             "from policydiff import records\nprint(len(records.CODE.used), len(records.CODE.new))")
    env = dict(os.environ, POLICYDIFF_COMPILED_CACHE=str(tmp_path / "cache"))
    outs = []
    for run in range(2):
        done = subprocess.run([sys.executable, "-c", script, str(DRAFT), str(FINAL_WEB), str(tmp_path / f"{run}.json")],
                              capture_output=True, text=True, check=True, env=env)
        outs.append([int(n) for n in done.stdout.splitlines()[-1].split()])
    assert outs[0][1] > 20 * 4 and outs[1] == [outs[0][1], 0]  # read back: all of them; compiled: none
    assert (tmp_path / "0.json").read_bytes() == (tmp_path / "1.json").read_bytes()


def test_kept_values_are_read_one_by_one_and_a_damaged_one_is_missing(fresh):
    kept = Kept("sample", ("stamp", 1))
    kept.put("good", ("a", 1)), kept.put("other", ("b", 2)), kept.put("bad", ("c", 3))
    kept.save()
    (file,) = fresh.glob("sample-*.marshal")
    stamp, values = marshal.loads(file.read_bytes())
    assert stamp == ("values as bytes", ("stamp", 1)) and set(values) == {"good", "other", "bad"}
    file.write_bytes(marshal.dumps((stamp, {**values, "bad": b"\x00 not marshal"})))
    again = Kept("sample", ("stamp", 1))
    assert again.get("good") == ("a", 1) and again.get("bad") is None and again.get("missing") is None
    assert list(again.used) == ["good"]  # "other" was never decoded
