"""The segmenter cuts words exactly as jieba does (issue 18: its dictionary opens in milliseconds)."""
import logging
import os
import subprocess
import sys

import pytest

from conftest import CORPUS, HAVE_CORPUS, NO_CORPUS
from policydiff.findings.segmenter import segmenter

pytestmark = pytest.mark.skipif(not HAVE_CORPUS, reason=NO_CORPUS)


@pytest.fixture(scope="module")
def jieba_tokenizer():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    return jieba.Tokenizer()


def _paragraphs(every: int):
    """Every ``every``-th distinct paragraph of every corpus text (all of them: every=1)."""
    found = []
    for path in sorted(CORPUS.rglob("*")):
        if path.is_file() and path.suffix in (".txt", ".md"):
            found.extend(line for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return sorted(set(found))[::every]


@pytest.mark.parametrize("hmm", [True, False])
def test_words_are_jiebas_on_a_sample_of_the_corpus(jieba_tokenizer, hmm):
    # The whole corpus (8,874 paragraphs, both modes) was checked the same way; a seventh of it here.
    paragraphs = _paragraphs(7)
    assert len(paragraphs) > 1000
    ours = segmenter()
    differ = [p for p in paragraphs if list(ours.cut(p, HMM=hmm)) != list(jieba_tokenizer.cut(p, HMM=hmm))]
    assert differ == []


@pytest.mark.parametrize("text", [
    "2023年GDP增长5.2%，A股与H股的IPO审核由证监会负责。",  # Latin, digits, decimals, percent
    "第一百零八条　股份有限公司设董事会，其成员为五人至十九人。\r\n（一）召集股东会会议；",  # odd spaces, CRLF
    "张三丰与李四光在石景山区设立了工业互联网创新中心",  # names only the HMM finds
    "C++、C#与.NET框架——α β γ？？",  # jieba's + # & . _ % - inside words, Greek, repeated punctuation
    "",
])
def test_words_are_jiebas_on_latin_digits_spaces_and_unknown_names(jieba_tokenizer, text):
    for hmm in (True, False):
        assert list(segmenter().cut(text, HMM=hmm)) == list(jieba_tokenizer.cut(text, HMM=hmm))


CUT = """
import sys
from policydiff.findings.segmenter import segmenter
print("/".join(segmenter().cut("股东大会改为股东会，张三丰设立工业互联网创新中心")))
print("jieba" in sys.modules)
"""


def test_the_dictionary_is_built_once_then_opened_without_jieba(tmp_path):
    env = dict(os.environ, POLICYDIFF_SEGMENTER_CACHE=str(tmp_path))
    first = subprocess.run([sys.executable, "-c", CUT], env=env, capture_output=True, text=True, check=True)
    words, loaded_jieba = first.stdout.split()
    assert loaded_jieba == "True"  # built from jieba's own tokenizer
    built = sorted(p.name for p in tmp_path.rglob("*") if p.is_file() and p.suffix != ".link")
    assert built == ["freq.bin", "hmm.bin", "meta.marshal", "words.marisa"]
    assert len(list(tmp_path.rglob("*.link"))) == 1
    again = subprocess.run([sys.executable, "-c", CUT], env=env, capture_output=True, text=True, check=True)
    assert again.stdout.split() == [words, "False"]
    assert words.startswith("股东大会/改为/股东会/，")


def test_word_bounds_cut_block_by_block_are_those_of_the_whole_text(jieba_tokenizer):
    from policydiff.findings.words import Bounds

    for text in _paragraphs(25) + ["2023年GDP增长5.2%，A股\r\n与H股  IPO审核", "a\r\n\r\nb　c"]:
        whole, at = {0, len(text)}, 0
        for word in jieba_tokenizer.cut(text, HMM=True):
            at += len(word)
            whole.add(at)
        bounds = Bounds(text)
        for x in range(len(text) + 1):
            assert bounds.left(x) == max(c for c in whole if c <= x), (text, x)
            assert bounds.right(x) == min(c for c in whole if c >= x), (text, x)


@pytest.mark.skipif(not HAVE_CORPUS, reason=NO_CORPUS)
def test_the_character_test_is_the_block_pattern_on_every_corpus_character():
    from policydiff.findings.segmenter import _HAN, is_han

    seen = {chr(c) for c in range(0x3000)} | {chr(c) for c in range(0x4dff, 0x9fff)}
    for path in CORPUS.rglob("*"):
        if path.suffix in (".md", ".txt"):
            seen.update(path.read_text(encoding="utf-8", errors="replace"))
    wrong = [ch for ch in seen if is_han(ch) != bool(_HAN.fullmatch(ch))]
    assert not wrong, wrong[:20]


def test_a_damaged_or_unwritable_cache_is_rebuilt_or_done_without(tmp_path):
    env = dict(os.environ, POLICYDIFF_SEGMENTER_CACHE=str(tmp_path / "cache"))
    words = subprocess.run([sys.executable, "-c", CUT], env=env, capture_output=True, text=True,
                           check=True).stdout.split()[0]
    for damaged in (tmp_path / "cache").rglob("*"):
        if damaged.is_file():
            damaged.write_bytes(damaged.read_bytes()[:100])  # cut short, as a full disk would
    again = subprocess.run([sys.executable, "-c", CUT], env=env, capture_output=True, text=True, check=True)
    assert again.stdout.split() == [words, "True"]  # rebuilt from jieba
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    env["POLICYDIFF_SEGMENTER_CACHE"] = str(blocked)
    without = subprocess.run([sys.executable, "-c", CUT], env=env, capture_output=True, text=True, check=True)
    assert without.stdout.split() == [words, "True"]  # cut from memory, nothing written
    assert blocked.read_text() == "not a folder"


def test_word_ends_are_where_the_cut_words_end_on_every_corpus_block():
    # words.Bounds reads a block's word ends from word_ends, the walk of cut without its generators.
    from policydiff.findings.segmenter import _HAN

    ours = segmenter()
    blocks = {m.group() for p in _paragraphs(1) for m in _HAN.finditer(p)}
    assert len(blocks) > 10_000
    differ = []
    for block in blocks:
        at, ends = 0, []
        for word in ours.cut(block, HMM=True):
            at += len(word)
            ends.append(at)
        if ours.word_ends(block) != ends:
            differ.append(block)
    assert differ == []


def test_venvs_with_the_same_dictionary_share_one_cache_and_old_folders_are_removed(tmp_path, monkeypatch):
    """The cache folder is named by the dictionary's content, not its file time: a second venv (or a
    reinstall) with the same jieba adds a link of a few bytes, not another 3 MB folder; the folders
    earlier versions named by size and time are removed when a folder is built."""
    import shutil

    from policydiff.findings import segmenter as module

    jieba_dir = module._jieba_dir()
    monkeypatch.setenv("POLICYDIFF_SEGMENTER_CACHE", str(tmp_path / "cache"))
    folders = []
    for n, when in enumerate((1_600_000_000, 1_700_000_000)):  # two installs of the same dictionary
        venv = tmp_path / f"venv{n}"
        venv.mkdir()
        shutil.copyfile(os.path.join(jieba_dir, "dict.txt"), venv / "dict.txt")
        os.utime(venv / "dict.txt", (when, when))
        monkeypatch.setattr(module, "_jieba_dir", lambda venv=venv: str(venv))
        folders.append(module._cache_dir())
    assert folders[0] == folders[1]
    assert len(list((tmp_path / "cache" / "segmenter").glob("*.link"))) == 2

    old = tmp_path / "cache2" / "segmenter" / "v2-5071852-1796039749038852245"
    old.mkdir(parents=True)
    (old / "words.marisa").write_bytes(b"an earlier version's cache")
    env = dict(os.environ, POLICYDIFF_SEGMENTER_CACHE=str(tmp_path / "cache2"))
    out = subprocess.run([sys.executable, "-c", CUT], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split()[1] == "True"  # built
    left = sorted((tmp_path / "cache2" / "segmenter").iterdir(), key=lambda p: p.suffix != ".link")
    assert len(left) == 2 and left[0].suffix == ".link" and left[1].is_dir() and not old.exists(), left
    assert left[0].read_text() == left[1].name
