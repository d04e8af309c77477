"""Hostile files and unlucky inputs: each ends in exit 2 with one line, or in a
correct result, within 10 s and 500 MB, and damages nothing.

Every file is built by the test (tests/hostile_files.py). Time and peak
memory are measured on the child process itself (``os.wait4``), not assumed.
``benchmarks/hostile.py`` prints the same cases as a table.
"""
from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import hostile_files as hf
from conftest import CORPUS, DRAFT, FINAL_WEB, ROOT

LIMIT_S, LIMIT_MB = 10, 500


def run(*args, timeout: float = LIMIT_S * 3, cwd: Path = None):
    """Run ``python -m policydiff ARGS``; (exit status, seconds, peak MB, stdout, stderr)."""
    code, elapsed, _cpu, peak, out, err = run_cpu(*args, timeout=timeout, cwd=cwd)
    return code, elapsed, peak, out, err


def run_cpu(*args, timeout: float = LIMIT_S * 3, cwd: Path = None, wrap=()):
    """``run``, with the child's CPU seconds (user + system) after the wall seconds; ``wrap``: a
    command the comparison runs under (/usr/bin/time)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), LANG="C.UTF-8", LC_ALL="C.UTF-8")
    start = time.monotonic()
    proc = subprocess.Popen([*wrap, sys.executable, "-m", "policydiff", *map(str, args)], cwd=cwd, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    killer = threading.Timer(timeout, lambda: os.killpg(proc.pid, signal.SIGKILL))
    killer.start()
    out, err = [], []
    readers = [threading.Thread(target=lambda s, b: b.append(s.read()), args=(proc.stdout, out)),
               threading.Thread(target=lambda s, b: b.append(s.read()), args=(proc.stderr, err))]
    for t in readers:
        t.start()
    _, status, usage = os.wait4(proc.pid, 0)
    killer.cancel()
    for t in readers:
        t.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.monotonic() - start
    return (proc.returncode, elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024,
            out[0].decode("utf-8", "replace"), err[0].decode("utf-8", "replace"))


def refused(result, *words, limit_s=LIMIT_S, limit_mb=LIMIT_MB):
    """Exit 2, one line naming the problem, within the time and memory bounds."""
    code, elapsed, peak, _out, err = result
    assert code == 2, (code, err[-500:])
    assert "Traceback" not in err and "internal error" not in err, err[-800:]
    assert len(err.strip().splitlines()) == 1, err
    for word in words:
        assert word in err, err
    assert elapsed < limit_s, f"took {elapsed:.1f} s"
    assert peak < limit_mb, f"peak {peak:.0f} MB"
    return err


# --- bounded reading --------------------------------------------------------------------

@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_is_refused_not_read(device):
    refused(run("compare", device, FINAL_WEB), device, "not a regular file")


def test_a_fifo_without_writer_is_refused_not_waited_on(tmp_path):
    refused(run("compare", hf.fifo(tmp_path), FINAL_WEB), "FIFO")


@pytest.fixture(scope="module")
def bombs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bombs")
    return {"bomb": hf.docx_bomb(folder), "paragraphs": hf.docx_many_paragraphs(folder)}


def test_a_docx_that_unpacks_to_gigabytes_is_refused_before_unpacking(bombs):
    assert bombs["bomb"].stat().st_size < 10 * 1024 * 1024  # a small file that unpacks to 1.5 GB
    refused(run("compare", bombs["bomb"], FINAL_WEB), "unpacks to", "--max-size")


def test_a_docx_of_a_hundred_thousand_huge_paragraphs_is_refused(bombs):
    refused(run("compare", bombs["paragraphs"], FINAL_WEB), "unpacks to")


def test_entity_expansion_is_refused(tmp_path):
    refused(run("compare", hf.docx_billion_laughs(tmp_path), FINAL_WEB), "entities")


def test_an_undeclared_entity_is_named_instead_of_dropping_the_text_after_it(tmp_path):
    refused(run("compare", hf.docx_entity(tmp_path), FINAL_WEB), "&undeclared;")


def test_html_nested_eight_thousand_deep_is_read(tmp_path):
    code, elapsed, peak, out, err = run("compare", hf.html_deep(tmp_path, 8000), FINAL_WEB, "--format", "json")
    assert code == 1, err
    assert elapsed < LIMIT_S and peak < LIMIT_MB, (elapsed, peak)
    old = json.loads(out)["old"]["clauses"]
    assert [c["text"] for c in old] == ["深处的文字。"]


def test_html_nested_a_hundred_thousand_deep_is_refused(tmp_path):
    refused(run("compare", hf.html_deep(tmp_path, 100_000), FINAL_WEB), "levels deep")


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    return hf.big_text(tmp_path_factory.mktemp("big"))


def test_the_49_mb_text_is_named_a_dump_of_statutes_in_seconds(big):
    """The 民法典 pasted over and over: its numbering starts again at 第一条 with each
    copy, so it is many statutes, not one policy; said in one line with the way out."""
    copies = big.stat().st_size // (CORPUS / "large" / "民法典-2020.md").stat().st_size
    assert big.stat().st_size > 48 * 1024 * 1024 and copies > 100
    err = refused(run("compare", big, big), str(big), f"holds {copies} policies", f"#1–#{copies} 中华人民共和国民法典",
                  "--whole")
    assert "is one too" in err
    err = refused(run("compare", big, FINAL_WEB), str(big), f"holds {copies} policies", "none of them clearly matches",
                  "--whole")


@pytest.fixture(scope="module")
def plain(tmp_path_factory):
    """A 5 MB text that is not a dump (the 民法典 without its numbers, 15 times), and the same
    with three paragraphs of its second half edited."""
    folder = tmp_path_factory.mktemp("plain")
    return hf.plain_text(folder, 5), hf.plain_text_edited(folder, 5)


#: A long text that is one document is compared, not refused: bounds for 5 MB (about 10 s of
#: CPU on an idle machine, time growing linearly; the 49 MB text is in benchmarks/hostile.py).
PLAIN_S, PLAIN_MB = 60, 500


def _compared(result):
    code, elapsed, peak, out, err = result
    assert code == 1, (code, err[-800:])
    assert elapsed < PLAIN_S, f"took {elapsed:.1f} s"
    assert peak < PLAIN_MB, f"peak {peak:.0f} MB"
    return json.loads(out)


def test_a_long_text_that_is_not_a_dump_against_a_policy_is_all_deleted(plain):
    text, _edited = plain
    got = _compared(run("compare", text, FINAL_WEB, "--format", "json", timeout=PLAIN_S * 2))
    statuses = [p["status"] for p in got["pairs"]]
    assert statuses.count("deleted") > 6000
    # Nothing in the Shijingshan policy comes from the civil code.
    assert all(s in ("deleted", "added") for s in statuses), sorted(set(statuses))
    # and the report says so in one sentence, not in thousands of "整条删除" (unrelated.py)
    [warning] = [w for w in got["warnings"] if w["code"] == "unrelated"]
    assert [h["kind"] for h in got["headlines"]] == ["unrelated"] and got["headlines"][0]["text"] == warning["message"]


def test_a_long_text_that_is_not_a_dump_against_itself_edited_shows_the_edits(plain):
    text, edited = plain
    got = _compared(run("compare", text, edited, "--format", "json", timeout=PLAIN_S * 2))
    changed = [p for p in got["pairs"] if p["status"] != "unchanged"]
    assert [p["status"] for p in changed] == ["modified"] * len(changed) and 1 <= len(changed) <= 3
    texts = {c["id"]: c["text"] for c in got["new"]["clauses"]}
    new_text = "".join(texts[n] for p in changed for n in p["new"])
    for _old, new in hf.PLAIN_EDITS:
        assert new.rstrip("。") in new_text
    # Each edit is read where it was made: the words cut from one sentence are said to be cut,
    # though other copies of the book, in the same long opening clause, still hold them.
    messages = [f["message"] for p in changed for f in p["findings"]]
    assert "表述修改：“平等主体”改为“各类平等主体”" in messages
    assert "表述修改：删除“保护生态环境”" in messages
    assert "表述修改：“应当”改为“必须”" in messages  # (a text without numbers is no statute's opening)


@pytest.fixture(scope="module")
def plain_tenth(tmp_path_factory):
    """The 49 MB plain text of benchmarks/hostile.py at a tenth of its size (4.9 MB), and edited."""
    folder = tmp_path_factory.mktemp("plain-tenth")
    # The user's caches built first (jieba's dictionary as a trie, the compiled patterns: about
    # 140 MB and 2 s the first time on a machine), so the bounds measure the comparison itself.
    run("compare", DRAFT, FINAL_WEB, "--format", "json")
    return hf.plain_text(folder, 4.9), hf.plain_text_edited(folder, 4.9)


#: Bounds for the 4.9 MB plain text compared into a file, CPU seconds and peak MB of the child. The
#: 49 MB target (15 s, 1 GB; issue 19) is measured by benchmarks/hostile.py; these are backstops at a
#: tenth of the size: memory a small multiple of the input (before this round 145 MB, the report held
#: whole and the long clause's findings read whole; now about 100 MB), CPU time with room for a busy
#: shared machine (about 3 s on a quiet one; a pass that grew with the square of the size would take minutes).
TENTH_CPU_S, TENTH_MB = 20, 130


@pytest.mark.parametrize("against", ["Shijingshan final", "itself edited"])
def test_a_tenth_of_the_49_mb_plain_text_compares_into_a_file_within_bounds(plain_tenth, against, tmp_path):
    text, edited = plain_tenth
    report = tmp_path / "plain.json"
    other = FINAL_WEB if against == "Shijingshan final" else edited
    # The peak os.wait4 gives for a child forked from this process counts this process's own size
    # (the high-water mark survives the exec): 300 MB after the in-process tests before it. Where
    # /usr/bin/time exists, it forks the comparison from its own small process and gives its peak.
    peak_file = tmp_path / "peak"
    wrap = ["/usr/bin/time", "-f", "%M", "-o", str(peak_file)] if Path("/usr/bin/time").exists() else []
    code, _elapsed, cpu, peak, _out, err = run_cpu("compare", text, other, "--format", "json", "-o", report,
                                                   timeout=PLAIN_S * 2, wrap=wrap)
    assert code == 1, err[-800:]
    if wrap:
        peak = int(peak_file.read_text().split()[-1]) / 1024
    assert cpu < TENTH_CPU_S, f"{cpu:.1f} s of CPU"
    assert peak < TENTH_MB, f"peak {peak:.0f} MB"
    got = json.loads(report.read_text(encoding="utf-8"))  # written as it was made: whole and valid
    statuses = {p["status"] for p in got["pairs"]}
    assert statuses == ({"deleted", "added"} if against == "Shijingshan final" else {"unchanged", "modified"})
    assert len(got["old"]["clauses"]) > 6000 and len(got["pairs"]) > 6000


def test_the_json_written_to_a_file_as_it_is_made_is_the_json_printed(tmp_path):
    """render.json.write_json (clauses and pairs written a few thousand lines at a time) gives
    render_json's text, on 公司法 2018 → 2023 (written in several pieces), and the CLI writes it."""
    import io

    from policydiff.pipeline import compare
    from policydiff.render.json import render_json, write_json

    from conftest import LAWS

    class Counted(io.StringIO):
        writes = 0

        def write(self, text):
            self.writes += 1
            return super().write(text)

    old, new = LAWS / "公司法" / "2018-10-26.md", LAWS / "公司法" / "2023-12-29.md"
    comparison = compare(str(old), str(new))
    into = Counted()
    write_json(comparison, into)
    assert into.getvalue() == render_json(comparison)
    assert into.writes >= 3
    code, *_rest, err = run("compare", old, new, "--format", "json", "-o", tmp_path / "r.json")
    assert code == 1, err
    assert (tmp_path / "r.json").read_text(encoding="utf-8") == into.getvalue()
    # The same in English, with a pairing the user fixed (a pair's set_by), findings with subjects.
    fixed = compare(str(old), str(new), pairs=["第七条 = 第十条"])
    assert any(p.set_by for p in fixed.pairs) and any(f.subject for p in fixed.pairs for f in p.findings)
    into = io.StringIO()
    write_json(fixed, into, "en")
    assert into.getvalue() == render_json(fixed, "en")


def test_the_phrases_of_a_very_long_clause_found_in_bulk_are_the_plain_ones():
    """similarity.trigrams of a key of a whole book (numpy) is the set the plain cut gives, on the
    民法典's text and on random text with characters beyond the BMP."""
    import random

    from policydiff import ingest
    from policydiff.normalize import loose_key
    from policydiff.similarity import _LONG_KEY, _long_trigrams

    def plain(key):
        return frozenset(map("".join, zip(key, key[1:], key[2:])))

    book = loose_key(ingest.read(str(CORPUS / "large" / "民法典-2020.md")).text)
    rng = random.Random(19)
    noise = "".join(rng.choice("甲乙丙a1𠀀𪚥") for _ in range(_LONG_KEY))
    for key in (book * 2, noise, book[:5000] + noise[:5000]):
        assert _long_trigrams(key) == plain(key)
    assert len(plain(book)) > 10_000  # (the 49 MB text’s opening clause holds it many times over)


def test_other_schemes_are_named(tmp_path):
    refused(run("compare", "ftp://127.0.0.1/policy.txt", FINAL_WEB), "ftp://", "scheme")
    refused(run("compare", f"file://{FINAL_WEB}", FINAL_WEB), "file://", "scheme")


# --- outputs that damage nothing ----------------------------------------------------------

def test_output_to_a_fifo_nobody_reads_is_refused_and_the_fifo_stays(tmp_path):
    fifo = tmp_path / "out"
    os.mkfifo(fifo)
    refused(run("compare", FINAL_WEB, FINAL_WEB, "--format", "json", "-o", fifo), "FIFO")
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_output_to_a_fifo_with_a_reader_is_written_through(tmp_path):
    fifo = tmp_path / "out"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    time.sleep(0.2)
    code, *_rest, err = run("compare", FINAL_WEB, FINAL_WEB, "--format", "json", "-o", fifo)
    reader.join(10)
    assert code == 0, err
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert json.loads(got[0])["format"].startswith("policydiff/comparison@")


@pytest.mark.skipif(os.geteuid() != 0, reason="mknod of a character device needs root (CI runs as root)")
def test_output_to_a_character_device_writes_through_and_keeps_the_device(tmp_path):
    device = tmp_path / "null"
    os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # the same device as /dev/null
    code, *_rest, err = run("compare", FINAL_WEB, FINAL_WEB, "--format", "json", "-o", device)
    assert code == 0, err
    assert stat.S_ISCHR(device.stat().st_mode) and device.stat().st_rdev == os.makedev(1, 3)


def test_output_through_a_symlink_replaces_the_target_and_keeps_the_link(tmp_path):
    target = tmp_path / "real.json"
    target.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    code, *_rest, err = run("compare", FINAL_WEB, FINAL_WEB, "--format", "json", "-o", link)
    assert code == 0, err
    assert link.is_symlink() and json.loads(target.read_text())["format"].startswith("policydiff/")


# --- crash is never "differ" ------------------------------------------------------------------

def test_control_characters_reach_word_as_visible_symbols(tmp_path):
    out = tmp_path / "c.docx"
    code, elapsed, peak, _o, err = run("compare", hf.control_text(tmp_path), FINAL_WEB, "--format", "docx",
                                       "-o", out)
    assert code == 1, err
    import docx

    text = "\n".join(cell.text for t in docx.Document(str(out)).tables for row in t.rows for cell in row.cells)
    assert "本办法␇自发布之日起施行" in text
    assert not any(ch in text for ch in "\x07\x1b\u202e")


def test_an_unexpected_exception_is_exit_2_with_one_line(monkeypatch, capsys):
    from policydiff import cli, pipeline

    def broken(*args, **kwargs):
        raise RuntimeError("a bug nobody foresaw\nsecond line")

    monkeypatch.setattr(pipeline, "compare", broken)
    with pytest.raises(SystemExit) as exit_:
        cli.main(["compare", str(FINAL_WEB), str(FINAL_WEB)])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "internal error" in err and str(FINAL_WEB) in err and "--debug" in err
    with pytest.raises(SystemExit):
        cli.main(["--debug", "compare", str(FINAL_WEB), str(FINAL_WEB)])
    assert "Traceback" in capsys.readouterr().err


def test_a_missing_dependency_says_what_to_install(monkeypatch, capsys):
    from policydiff import cli, pipeline

    def incomplete(*args, **kwargs):
        raise ModuleNotFoundError("No module named 'diff_match_patch'", name="diff_match_patch")

    monkeypatch.setattr(pipeline, "compare", incomplete)
    with pytest.raises(SystemExit) as exit_:
        cli.main(["compare", str(FINAL_WEB), str(FINAL_WEB)])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "“diff_match_patch”" in err and "pip install" in err and "internal error" not in err


def test_split_of_a_dump_with_a_nul_past_8kb_writes_clean_names(tmp_path):
    code, elapsed, peak, out, err = run("split", hf.dump_with_nul(tmp_path), "-o", tmp_path / "split")
    assert code == 0, err
    names = sorted(p.name for p in (tmp_path / "split").iterdir())
    assert len(names) == 59 and all("\x00" not in n for n in names)
    assert elapsed < LIMIT_S and peak < LIMIT_MB


def test_escapes_and_bidi_overrides_never_reach_the_terminal_or_a_file_name(tmp_path):
    dump = tmp_path / "dump.txt"
    body = "第一条 为支持企业发展，对符合条件的企业给予奖励，最高100万元。第二条 本办法自发布之日起施行。" * 3
    dump.write_text(f"-\n关于\x1b]0;pwned\x07支持\u202egnp.exe的若干措施\n{body}\n-\n关于支持企业上市的若干措施\n{body}\n",
                    encoding="utf-8")
    code, _e, _p, out, err = run("split", dump, "-o", tmp_path / "split")
    assert code == 0, err
    assert not any(ch in out + err for ch in "\x1b\x07\u202e")
    assert "␛]0;pwned␇" in out and "⟦U+202E⟧" in out
    names = [p.name for p in (tmp_path / "split").iterdir()]
    assert not any(ch in n for n in names for ch in "\x1b\x07\u202e")


def test_reports_show_escapes_and_overrides_visibly(tmp_path):
    source = hf.control_text(tmp_path)
    for fmt in ("html", "md", "json"):
        report = tmp_path / f"r.{fmt}"
        code, _e, _p, out, err = run("compare", source, FINAL_WEB, "--format", fmt, "-o", report)
        text = report.read_text(encoding="utf-8")
        assert code == 1, err
        assert "\x1b" not in text and "\u202e" not in text and "\x07" not in text
        if fmt == "json":
            text = json.dumps(json.loads(text), ensure_ascii=False)
        assert "⟦U+202E⟧" in text and "␛" in text


# --- folders --------------------------------------------------------------------------------

def test_history_and_match_do_not_follow_links_out_of_the_folder(tmp_path):
    folder = tmp_path / "versions"
    folder.mkdir()
    (folder / "2022-01-01.txt").write_text(FINAL_WEB.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "2023-01-01.txt").write_text(FINAL_WEB.read_text(encoding="utf-8"), encoding="utf-8")
    secret = tmp_path / "secret.txt"
    secret.write_text("第一条 机密：不应被读取的文本。", encoding="utf-8")
    (folder / "2024-01-01.txt").symlink_to(secret)
    code, _e, _p, out, err = run("history", folder, "--format", "json")
    assert code == 0, err
    assert "机密" not in out and "secret.txt" not in out and "--follow-symlinks" in err
    code, _e, _p, out, err = run("match", folder, folder, "--format", "json")
    assert "机密" not in out and "secret.txt" not in out and "--follow-symlinks" in err
    code, _e, _p, out, err = run("history", folder, "--format", "json", "--follow-symlinks")
    assert "机密" in out


# --- properties: any input ends in 0, 1 or 2, never in an unforeseen error ----------------

PROPERTY = settings(max_examples=40, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def _exit_of(args, capsys):
    from policydiff import cli

    with pytest.raises(SystemExit) as exit_:
        cli.main([str(a) for a in args])
    err = capsys.readouterr().err
    assert exit_.value.code in (0, 1, 2), err
    assert "Traceback" not in err and "internal error" not in err, err
    return exit_.value.code


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx", ".pdf"])
@PROPERTY
@given(data=st.binary(max_size=2048))
def test_any_bytes_under_any_suffix_end_in_0_1_or_2(suffix, data, tmp_path_factory, capsys):
    path = tmp_path_factory.mktemp("prop") / f"input{suffix}"
    path.write_bytes(data)
    _exit_of(["compare", path, FINAL_WEB, "--format", "json", "-o", path.with_suffix(".json")], capsys)


@PROPERTY
@given(text=st.text(max_size=600), number=st.integers(min_value=0, max_value=4))
def test_any_text_as_a_dump_ends_in_0_1_or_2(text, number, tmp_path_factory, capsys):
    path = tmp_path_factory.mktemp("prop") / "dump.txt"
    path.write_text(f"-\n关于支持企业发展的若干措施\n{text}\n-\n{text}", encoding="utf-8")
    _exit_of(["compare", f"{path}#{number}", FINAL_WEB, "--format", "json", "-o", path.with_suffix(".json")],
             capsys)


# ---------------------------------------------------------------- shortcuts of the long plain text (r6-d)

@pytest.mark.parametrize("places", [32_768, 2])
def test_a_separator_line_is_found_as_the_multiline_pattern_finds_it(monkeypatch, places):
    """dump._any_separator (the first line, then the lines holding one of a separator's characters,
    or past ``places`` of them the lines after a "\\n") says what a search of the separator pattern
    with "^" at every line says, on random texts of separators, blanks and words."""
    import random
    import re

    from policydiff.ingest import dump

    monkeypatch.setattr(dump, "SEPARATOR_LINES", places)

    pattern = re.compile(dump._SEPARATOR.pattern, re.MULTILINE)
    pieces = ["---", "— —", "===", "***", "___", "\f", "2024-01-02", "12/3 -", "  ", "\n", "\n\n", "甲", "a",
              "- x", "1.2", "第一条", "  ---  ", "\t", "\u3000"]
    rng = random.Random(19)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 7))) for _ in range(20_000)]
    assert {bool(pattern.search(t)) for t in texts} == {True, False}
    assert [dump._any_separator(t) for t in texts] == [bool(pattern.search(t)) for t in texts]


def _by_steps(raw):
    """normalize written as its steps, each over the lines (no run of text edits joined once)."""
    from policydiff import normalize

    lines = raw.text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for _name, step in normalize.STEPS:
        lines = step(lines)
    return tuple(line for line in lines if line.strip())


def test_normalize_edits_a_run_of_text_steps_once_with_the_steps_answer():
    """normalize joins the lines once for show_controls, fold_width and drop_markup: the same
    paragraphs as each step over the lines, on every corpus text and on odd lines."""
    from policydiff import ingest, normalize
    from policydiff.models import RawText

    texts = [ingest.read(str(p)) for p in sorted(CORPUS.rglob("*")) if p.suffix in (".txt", ".md", ".html")]
    odd = "ＡＢＣ１２３\u3000甲\x1b[31m乙\u202e丙<!-- x -->\r\n[bookmark:a]丁 ,  戊\n\n 己 \t\n[地址:北京]面议庚\r"
    texts.append(RawText("odd.txt", odd))
    assert len(texts) > 40
    for raw in texts:
        assert normalize.normalize(raw).paragraphs == _by_steps(raw), raw.source


def test_structure_passes_plain_paragraphs_through_as_the_full_reading_does(monkeypatch):
    """A paragraph without 第 or a leading # (and one that cannot open a heading, container or
    item) skips the label and item searches: the clauses are those the full reading gives, on
    documents with articles and without, paragraphs with spaces around them and item labels."""
    from policydiff import structure
    from policydiff.models import Text

    texts = ["标题\n  第一条 甲。\n#  附则\n【第二条】乙\n 一、丙\n（一）丁\n1. 戊\n  普通段落\n\u3000全角空格\n"
             "第二章 总则\n第三条规定的\n**第四条** 己\n 第五条 庚。\n１２ 辛",
             "题目\n一、总则\n  说明\n（一）项目\n正文。\n2. 第二\n#标题\n①甲\n\xa0乙\n  \n3、丙",
             "通知\n前言一段。\n  前言二段\n一、甲\n乙段\n（一）丙\n丁段。\n#二级\n二、戊"]
    fast = [structure.parse(Text("x", tuple(t.split("\n"))), "o") for t in texts]
    # The full reading: every paragraph through the searches (the plain tests made false).
    monkeypatch.setattr(structure, "_PARSE_SPECIAL", type("All", (), {"__contains__": lambda self, c: True})())
    class Str(str):
        def __contains__(self, part):
            return True if part == "第" else str.__contains__(self, part)

    full = [structure.parse(Text("x", tuple(Str(p) for p in t.split("\n"))), "o") for t in texts]
    assert fast == full


def test_the_aligners_shortcuts_for_repeated_and_one_by_one_text_pair_as_before(monkeypatch):
    """A gap of one clause each side paired without its table (align._one_by_one) and the
    candidates of a repeated text scored once per distinct clause (_Side.first_alike) give the
    pairings, statuses and similarities of the plain passes: 公司法 2018 pasted three times
    against 2023 (its gaps, candidates and moves), and each version of 公司法 against the next."""
    from policydiff import align
    from policydiff.models import Document
    from policydiff.pipeline import load

    from conftest import LAWS

    versions = [load(str(p), prefix) for p, prefix in zip(sorted((LAWS / "公司法").glob("*.md")), "abcd")]
    old = versions[0]
    tripled = Document(old.source, old.title, old.clauses * 3, old.notices)
    cases = [(tripled, versions[-1])] + list(zip(versions, versions[1:]))

    def pairs(a, b):
        return [(p.status, [c.id for c in p.old], [c.id for c in p.new], p.similarity) for p in align.align(a, b)]

    fast = [pairs(a, b) for a, b in cases]
    assert any(p[0].value == "modified" for p in fast[0])
    monkeypatch.setattr(align, "_one_by_one", lambda scorer, olds, news: False)
    monkeypatch.setattr(align._Side, "first_alike", lambda side: list(range(len(side.keys))))
    assert [pairs(a, b) for a, b in cases] == fast


def test_the_summary_holds_back_a_kind_as_it_did_read_by_index():
    """ranking.diverse reads the sentences by index (it popped the first of 64,000 one by one): the
    same order as the list-popping version, on random kinds and weights."""
    import random

    from policydiff.render import ranking

    def popping(lines, weights, front=ranking.FRONT):
        chosen, held, seen, rest = [], [], {}, list(lines)
        while rest and len(chosen) < front:
            line = rest.pop(0)
            if weights[id(line)] < ranking.SUBSTANCE:
                rest.insert(0, line)
                break
            if seen.get(line.kind, 0) >= ranking.PER_KIND:
                held.append(line)
                continue
            seen[line.kind] = seen.get(line.kind, 0) + 1
            chosen.append(line)
        tail = held + rest
        while len(chosen) < front and tail and weights[id(tail[0])] >= ranking.SUBSTANCE:
            chosen.append(tail.pop(0))
        return chosen + tail

    class Line:
        def __init__(self, kind):
            self.kind = kind

    rng = random.Random(18)
    for _ in range(3000):
        lines = [Line(rng.choice("abc")) for _ in range(rng.randint(0, 30))]
        weights = {id(l): rng.choice((10, 40, 45, 60, 90)) for l in lines}
        front = rng.randint(0, 12)
        assert ranking.diverse(lines, weights, front) == popping(lines, weights, front)


def test_sums_preamble_and_unreadable_shortcuts_say_what_the_full_reading_says():
    """A clause's sums are not read without a unit of a sum (render/phrases._amounts: the same
    sums as parse_figures on every corpus clause); a long preamble is squashed for the title test
    only as far as it decides (structure._squashed_within); unreadable characters are looked for
    by two plain searches first (picking.unreadable_notice: the same notice)."""
    from policydiff import picking, structure
    from policydiff.findings.figures import parse_figures
    from policydiff.findings.lexicon import load_lexicon
    from policydiff.models import RawText
    from policydiff.pipeline import load
    from policydiff.render import phrases

    lexicon = load_lexicon(None)
    texts = [c.text for p in sorted(CORPUS.rglob("*.md")) if "large" not in p.parts for c in load(str(p)).clauses]
    assert len(texts) > 3000
    for text in texts:
        amounts = [f for f in parse_figures(text, lexicon) if f.kind == "amount" and phrases.paid(f, text)]
        assert bool(phrases._amounts(text)) == bool(amounts), text
    title = structure._squash("中华人民共和国（民法典）")
    for text in ["中华人民共和国民法典", "中华人民共和国 民法典", "《中华人民共和国民法典》" + "（ ）" * 100,
                 "中华" * 5000, " " * 5000 + "中华", "民法典" + "“”" * 3000 + "x"]:
        assert structure._squashed_within(text, title) == (structure._squash(text) in title), text[:20]
    for text in ["abc", "x(cid:12)y", "a\ue001b", "a\ufffd", "(cid:x)", "正文" * 1000]:
        plain = picking._UNMAPPED.findall(text)
        assert bool(picking.unreadable_notice(RawText("f", text), "old")) == bool(plain), text[:20]


# ---------------------------------------------------------------- shortcuts of the long plain text (r7-b)

def test_a_long_pair_alike_at_both_ends_is_measured_on_what_differs(monkeypatch):
    """textratio._indel_distance of two texts too long for one table leaves out the pieces they
    begin and end with alike (_unshared) before aligning pieces: the distance the pieces of the
    whole texts give, on random texts of cut characters, words and long runs edited in a few
    places (one's pieces beginning the other's among them), and on the 民法典 edited as
    plain_text_edited edits it."""
    import random

    from policydiff import textratio as R

    def whole(a, b):
        return R._pieces_distance(R._chunks(a), R._chunks(b))

    rng = random.Random(5)
    words = ["的", "和", "在", "是", "或", "公司", "股东", "法人", "规定", "应当", "。", "，", "x" * 250]
    monkeypatch.setattr(R, "MAX_CELLS", 2000)  # (most pairs through the pieces)
    checked = trimmed = 0
    for _ in range(4000):
        base = "".join(rng.choice(words) for _ in range(rng.randint(1, 60)))
        other = base
        for _ in range(rng.randint(0, 4)):
            at = rng.randint(0, len(other))
            if rng.random() < 0.4:
                other = other[:at] + rng.choice(words) + other[at:]
            elif rng.random() < 0.7:
                other = other[:at] + other[at + rng.randint(1, 8):]
            else:
                other = other[:at] + base[:rng.randint(0, 20)] + other[at:]
        a, b = (base, other) if rng.random() < 0.7 else (other, base)
        if len(a) * len(b) > R.MAX_CELLS:
            assert R._indel_distance(a, b) == whole(a, b), (a, b)
            checked += 1
            trimmed += len(R._unshared(a, b)[0]) < len(a)
    assert checked > 2000 and trimmed > 500
    monkeypatch.setattr(R, "MAX_CELLS", 100_000_000)
    code = (CORPUS / "large" / "民法典-2020.md").read_text(encoding="utf-8")
    edited = code
    for was, now in hf.PLAIN_EDITS:
        at = edited.find(was)
        edited = edited[:at] + now + edited[at + len(was):]
    assert edited != code and len(code) ** 2 > R.MAX_CELLS
    assert R._indel_distance(code, edited) == whole(code, edited)
    assert len(R._unshared(code, edited)[0]) < len(code) // 100
