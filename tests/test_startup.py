"""Start in well under 0.1 s of imports (issue 18): what a comparison loads."""
import os
import subprocess
import sys

import pytest

from conftest import DRAFT, FINAL_WEB, LAWS

from policydiff.normalize import HAN

LOADED_BY_JSON = """
import sys
from policydiff import compare
from policydiff.render import render
render(compare(sys.argv[1], sys.argv[2]), "json")
print(" ".join(sorted(m for m in ("jinja2", "bs4", "pdfplumber", "docx", "cn2an") if m in sys.modules)))
"""


def test_a_json_comparison_of_statutes_with_wan_figures_loads_no_renderer_or_reader_it_does_not_need():
    old, new = LAWS / "公司法" / "2018-10-26.md", LAWS / "公司法" / "2023-12-29.md"
    assert "万元" in old.read_text(encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", LOADED_BY_JSON, str(old), str(new)],
                         capture_output=True, text=True, check=True).stdout
    assert out.strip() == ""


def test_numerals_with_wan_read_directly_agree_with_cn2an():
    import cn2an

    from policydiff.numerals import value

    for numeral in ("五万", "二十万", "一百万", "二百万", "一万零八十", "三万五千", "十万", "一千万",
                    "一万五", "两万三千", "一万二千三百四十五"):
        assert value(numeral) == float(cn2an.cn2an(numeral, "smart")), numeral


CLI_LOADED = """
import sys
from policydiff.cli import main
sys.argv = ["policydiff", "compare", sys.argv[1], sys.argv[2], "--format", "json", "-o", sys.argv[3]]
try:
    main()
except SystemExit:
    pass
print("loaded:", *sorted(m for m in sys.modules if m.split(".")[0] in (
    "sqlalchemy", "jinja2", "bs4", "pdfplumber", "docx", "httpx", "asyncio", "jieba", "marisa_trie",
    "tempfile", "traceback", "opencc") or m in ("policydiff.ingest.web", "policydiff.ingest.docx", "policydiff.pairs")))
"""


def _loaded_by_cli_json(old, new, tmp_path):
    from policydiff.findings.segmenter import segmenter

    segmenter()  # the dictionary's cache is built (a first run on a machine builds it, with jieba)
    out = subprocess.run([sys.executable, "-c", CLI_LOADED, str(old), str(new), str(tmp_path / "out.json")],
                         capture_output=True, text=True, check=True).stdout
    return out.split("loaded:")[1].split()


def test_a_json_comparison_with_wording_edits_loads_no_store_renderer_reader_network_or_jieba(tmp_path):
    # nor OpenCC (Simplified texts), tempfile (the report's temporary file is made directly), the
    # fetcher (no URL), the pairs file reader (no --pairs) or traceback (no --debug)
    from conftest import DRAFT, FINAL_WEB

    loaded = _loaded_by_cli_json(DRAFT, FINAL_WEB, tmp_path)
    assert "“" in (tmp_path / "out.json").read_text(encoding="utf-8")  # wording notes were written
    assert loaded == ["marisa_trie"]  # words cut over the mmap'd dictionary, not jieba's


def test_a_json_comparison_with_nothing_to_segment_opens_no_dictionary(tmp_path):
    same = LAWS / "公司法" / "2023-12-29.md"
    assert _loaded_by_cli_json(same, same, tmp_path) == []


def test_a_lazy_pattern_compiles_on_first_use_and_then_is_the_compiled_pattern():
    import re

    from policydiff import lazyre
    from policydiff.normalize import CITATION_TAIL

    lazy = lazyre.compile(r"第([一二三四五六七八九十]+)条")
    assert lazy.pattern == r"第([一二三四五六七八九十]+)条" and "sub" not in vars(lazy)
    assert lazy.sub(r"<\1>", "依照第十二条规定") == "依照<十二>规定"
    assert vars(lazy)["search"].__self__.pattern == lazy.pattern  # bound to the one compiled pattern
    assert lazy.groups == 1 and lazy.flags == re.compile(lazy.pattern).flags
    assert CITATION_TAIL.match("规定的") and not CITATION_TAIL.match("股东")


def test_a_command_run_in_process_leaves_the_garbage_collector_as_it_was(tmp_path):
    """python -m policydiff pauses the collector while it loads and freezes what it imported;
    a command run inside another program (a test's CliRunner) changes neither."""
    import gc

    from click.testing import CliRunner
    from conftest import DRAFT, FINAL_WEB

    from policydiff.cli import cli

    from policydiff import cli as cli_module

    frozen = gc.get_freeze_count()
    result = CliRunner().invoke(cli, ["compare", str(DRAFT), str(FINAL_WEB), "-o", str(tmp_path / "r.json")])
    assert result.exit_code == 1 and (tmp_path / "r.json").exists()
    assert gc.isenabled() and gc.get_freeze_count() == frozen
    with pytest.raises(SystemExit):
        cli_module.main(["compare", str(DRAFT), str(FINAL_WEB), "-o", str(tmp_path / "r2.json")])
    assert gc.isenabled() and gc.get_freeze_count() == frozen


def test_the_report_is_written_whole_beside_its_path_with_no_temporary_file_left(tmp_path):
    import os
    import stat

    from policydiff.files import write_atomically

    target = tmp_path / "out" / "report.json"
    write_atomically(target, "第一条")
    write_atomically(target, "第二条")  # replaced whole
    assert target.read_text(encoding="utf-8") == "第二条" and os.listdir(target.parent) == ["report.json"]
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask


def _han_sample(text: str) -> str:
    from policydiff import picking

    return "".join(HAN.findall(text[:picking._SAMPLE]))[:picking._HAN_SAMPLE]


def test_the_script_check_of_a_simplified_text_loads_no_opencc_and_says_what_opencc_says():
    """t2s leaves a text holding none of the characters and phrases its entries write otherwise
    (data/t2s_changes.json) unchanged: then OpenCC is not asked (15 ms of loading)."""
    import opencc

    from conftest import CORPUS

    from policydiff import picking

    assert picking._t2s_changes() is not None  # made from the installed OpenCC's dictionaries
    t2s = opencc.OpenCC("t2s")
    texts = sorted(CORPUS.glob("laws/*/*")) + sorted(CORPUS.glob("shijingshan/*.txt"))
    left = [p for p in texts if picking._left_as_is(_han_sample(p.read_text(encoding="utf-8")))]
    assert len(left) == len(texts)  # every corpus text: all Simplified
    for path in left:
        sample = _han_sample(path.read_text(encoding="utf-8"))
        assert t2s.convert(sample) == sample, path
    chars, phrases = picking._t2s_changes()
    assert phrases.search("在此期间，当事人应当深沈应对") and not phrases.search("深沉")  # 深沈 → 深沉
    others = [chr(c) for c in range(0x4E00, 0xA000) if not chars.match(chr(c))]
    assert t2s.convert("、".join(others)).split("、") == others  # no other character is written otherwise
    traditional = opencc.OpenCC("s2t").convert(_han_sample((CORPUS / "shijingshan" / "2022-final-web.txt")
                                                          .read_text(encoding="utf-8")))
    assert not picking._left_as_is(traditional) and picking.traditional_share(traditional) > picking.TRADITIONAL


def test_the_script_check_finds_every_character_and_phrase_of_the_list_as_the_set_did():
    """The two patterns (the characters of the sample's range as one class, the phrases holding
    none of them) leave a sample as it is exactly when the list's characters (a set, as before)
    and all its phrases do: on every character and phrase of the list alone and inside a text,
    and on the corpus texts' samples."""
    import json
    import re
    from pathlib import Path

    import opencc

    from conftest import CORPUS

    from policydiff import picking

    data = json.loads((Path(picking.__file__).parent / "data" / "t2s_changes.json").read_text(encoding="utf-8"))
    chars, phrases = frozenset(data["chars"]), re.compile("|".join(map(re.escape, data["phrases"])))

    def as_before(sample: str) -> bool:
        return chars.isdisjoint(sample) and phrases.search(sample) is None

    keys = [k for k in [*data["chars"], *data["phrases"]] if all("\u4e00" <= ch <= "\u9fff" for ch in k)]
    assert len(keys) > 3500  # (the rest hold characters a sample of that range never holds)
    assert not any(picking._left_as_is(k) or picking._left_as_is(f"石景山{k}区") for k in keys)
    texts = sorted(CORPUS.glob("laws/*/*")) + sorted(CORPUS.glob("shijingshan/*.txt"))
    samples = [_han_sample(p.read_text(encoding="utf-8")) for p in texts]
    samples += [opencc.OpenCC("s2t").convert(s) for s in samples[:8]]
    samples += [s[i:i + 7] for s in samples[-10:] for i in range(0, len(s), 5)]
    verdicts = [picking._left_as_is(s) for s in samples]
    assert verdicts == [as_before(s) for s in samples] and True in verdicts and False in verdicts


def test_the_script_check_asks_opencc_when_its_dictionaries_are_not_those_the_list_was_made_from(monkeypatch):
    from policydiff import kept, picking

    monkeypatch.setattr(kept, "json_file", lambda path, make=None, what="", _read=kept.json_file: (
        {"TSCharacters": 1}, *_read(path, make, what)[1:]))
    picking._t2s_changes.cache_clear()
    try:
        assert picking._t2s_changes() is None and not picking._left_as_is("经北京市石景山区人民政府同意")
    finally:
        monkeypatch.undo()
        picking._t2s_changes.cache_clear()


def test_the_script_checks_sample_is_the_han_characters_of_the_texts_start():
    """traditional_share takes the non-Han characters out in one pass: the same sample as joining
    each Han character found, on every corpus text and on a mixed text (Latin, digits, CJK
    punctuation and Extension A/B characters, which are not in the range)."""
    import random

    from conftest import CORPUS

    from policydiff import picking

    rng = random.Random(7)
    alphabet = "中華人民共和國第一条，。（）abc 12\n\u3400\U00020000\u9fff\u4e00\u9fa5"
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("laws/*/*")) + sorted(
        CORPUS.glob("shijingshan/*.txt"))] + ["".join(rng.choice(alphabet) for _ in range(30000))]
    for text in texts:
        start = text[:picking._SAMPLE]
        assert picking._NOT_HAN.sub("", start) == "".join(HAN.findall(start))


def test_a_files_suffix_is_read_as_pathlib_reads_it():
    from pathlib import Path

    from policydiff.ingest import _suffix

    for name in ("a.txt", "dir/a.TXT", "a.tar.gz", ".hidden", "a.", "a..md", "no_suffix", "dir.d/file",
                 "/abs/path/政策.docx", "./x.html", "a/.md", "..", "a/b.c/d"):
        assert _suffix(name) == Path(name).suffix, name


def test_a_file_is_read_by_the_path_pathlib_would_read(tmp_path):
    """ingest reads with os.stat and open; a name pathlib reads otherwise (a trailing slash or
    "/.", the empty name) is read as pathlib reads it."""
    from policydiff.errors import PolicydiffError
    from policydiff.ingest import read

    from conftest import DRAFT

    assert read(f"{DRAFT}/").text == read(f"{DRAFT}/.").text == read(str(DRAFT)).text
    with pytest.raises(PolicydiffError, match="is a directory"):
        read("")


def test_a_report_files_name_is_said_as_pathlib_writes_it():
    from pathlib import Path

    from policydiff.files import pathlib_name, pathlib_suffix

    for name in ("r.json", "./r.json", "a//b.json", "a/./b", "a/b/", "a/.", "", ".", "..", "/", "/abs/x.json",
                 "//x", "///x", "a/../b", "~/x", "dir/.hidden", "报告/比较.json", Path("x/y.md")):
        assert pathlib_name(name) == str(Path(name)), name
        assert pathlib_suffix(name) == Path(name).suffix, name


DATA_RUN = """
import sys
from policydiff.launch import main
sys.argv = ["policydiff", "compare", sys.argv[1], sys.argv[2], "--format", "json"]
try:
    main()
except SystemExit:
    pass
print("json imported:", "json" in sys.modules, file=sys.stderr)
"""


def test_a_json_comparison_reads_the_bundled_data_files_without_json_once_they_are_kept(tmp_path):
    """The lexicon and the t2s list are parsed (json imported) by the first run of a machine and
    kept (kept.json_file): the next run reads them without importing json, and says the same."""
    env = {**os.environ, "POLICYDIFF_COMPILED_CACHE": str(tmp_path / "cache")}
    runs = [subprocess.run([sys.executable, "-c", DATA_RUN, str(DRAFT), str(FINAL_WEB)], capture_output=True,
                           text=True, check=True, env=env) for _ in range(2)]
    assert [r.stderr.split("json imported:")[1].split() for r in runs] == [["True"], ["False"]]
    assert runs[0].stdout == runs[1].stdout and '"pairs"' in runs[0].stdout


def test_a_kept_data_file_is_read_again_when_it_changes(tmp_path, monkeypatch):
    from policydiff import kept

    monkeypatch.setenv("POLICYDIFF_COMPILED_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(kept, "_DATA", kept.Kept("data", (1, sys.version)))
    made = []

    def join(data):
        made.append(data)
        return "|".join(data["words"])

    data = tmp_path / "d.json"
    data.write_text('{"words": ["甲", "乙"]}', encoding="utf-8")
    assert kept.json_file(str(data)) == {"words": ["甲", "乙"]}
    assert kept.json_file(str(data), join, "pattern") == "甲|乙"
    data.write_text('{"words": ["丙"]}', encoding="utf-8")  # another size
    os.utime(data, ns=(10**18, 10**18))
    assert kept.json_file(str(data)) == {"words": ["丙"]}
    data.write_text('{"words": ["丁"]}', encoding="utf-8")  # the same size, another time
    os.utime(data, ns=(2 * 10**18, 2 * 10**18))
    assert kept.json_file(str(data), join, "pattern") == "丁" and len(made) == 2
    kept._DATA.save()
    monkeypatch.setattr(kept, "_DATA", kept.Kept("data", (1, sys.version)))  # as a new process
    assert kept.json_file(str(data), join, "pattern") == "丁" and len(made) == 2  # read from the kept file
    assert kept.json_file(str(data), lambda d: "&".join(d["words"] * 2), "pattern") == "丁&丁"  # another make


COMPILES = """
import sys
import functools  # (the standard library's own named tuple, made when re first imports it: in an
# installed venv nothing imports functools before this script, in an editable one its import hook does)
compiled = []
# (a module's own source is compiled when no .pyc is written for it, as under PYTHONDONTWRITEBYTECODE:
# not what this counts, which is code made at run time: named tuples, dataclass methods, ForwardRefs)
sys.addaudithook(lambda event, args: compiled.append(args[0]) if event == "compile"
                 and not str(args[1]).endswith(".py") else None)
from policydiff.launch import main
sys.argv = ["policydiff", "compare", sys.argv[1], sys.argv[2], "--format", "json"]
try:
    main()
except SystemExit:
    pass
print("compiled:", len(compiled), repr(compiled[:3]), file=sys.stderr)
"""


def test_a_json_comparison_compiles_no_source_once_its_code_is_kept(tmp_path):
    """No compile() in a comparison (typing's ForwardRefs, namedtuple's __new__, dataclasses'
    methods): the first one builds the compiler's AST types, 9 M instructions. The first run of a
    fresh cache compiles what it keeps; the second compiles nothing and says the same."""
    env = {**os.environ, "POLICYDIFF_COMPILED_CACHE": str(tmp_path / "cache")}
    runs = [subprocess.run([sys.executable, "-c", COMPILES, str(DRAFT), str(FINAL_WEB)], capture_output=True,
                           text=True, check=True, env=env) for _ in range(2)]
    assert int(runs[0].stderr.split("compiled:")[1].split()[0]) > 0
    assert runs[1].stderr.split("compiled:")[1].split()[0] == "0", runs[1].stderr
    assert runs[0].stdout == runs[1].stdout and '"pairs"' in runs[0].stdout


def test_a_kept_named_tuple_is_typing_s_named_tuple():
    """records.named_tuple subclassed with __slots__ = () behaves as the typing.NamedTuple class it
    replaced: fields, defaults, repr, _replace, _asdict, _make, pickling, no __dict__, and __new__
    made from the same code."""
    import pickle
    from typing import NamedTuple, Tuple

    from policydiff.records import named_tuple

    class Typed(NamedTuple):
        olds: Tuple[int, ...]
        news: Tuple[int, ...]
        moved: bool = False
        user: bool = False

    class Kept(named_tuple("Kept", ["olds", "news", "moved", "user"], defaults=(False, False), module=__name__)):
        __slots__ = ()
        olds: Tuple[int, ...]

    typed, kept = Typed((1,), (2, 3), True), Kept((1,), (2, 3), True)
    assert kept == typed and hash(kept) == hash(typed) and repr(kept) == repr(typed).replace("Typed", "Kept")
    assert Kept._fields == Typed._fields and Kept._field_defaults == Typed._field_defaults
    assert kept._replace(user=True) == typed._replace(user=True) and type(kept._replace(user=True)) is Kept
    assert kept._asdict() == typed._asdict() and Kept._make([(1,), (), False, True]).user is True
    assert Kept((5,), ()).moved is False and not hasattr(kept, "__dict__")
    from policydiff.align import _Step
    from policydiff.ingest.dump import Policy

    for value in (_Step((1,), (2,), user=True), Policy(3, "标题", "正文")):  # (pickle finds a class by its name)
        again = pickle.loads(pickle.dumps(value))
        assert again == value and type(again) is type(value) and again._asdict() == value._asdict()
    assert Policy(3, "标题", "正文").title_line == "" and _Step((), ()).moved is False
    assert Kept.__new__.__code__.co_code == Typed.__new__.__code__.co_code


def test_the_kept_data_file_drops_the_entries_of_files_changed_or_gone_when_it_is_written(tmp_path, monkeypatch):
    """Every installation (another path, another file time) added entries that no run would read
    again: a cache of 860 entries, 6 MB, read whole by every comparison. Entries of a file that
    changed or is gone are dropped when the kept file is written."""
    from policydiff import kept

    monkeypatch.setenv("POLICYDIFF_COMPILED_CACHE", str(tmp_path / "cache"))

    def new_process():
        monkeypatch.setattr(kept, "_DATA", kept.Kept("data", (1, sys.version), limit=64, current=kept._data_current))

    def entries():
        return sorted(key[0].rsplit("/", 1)[-1] for key in kept._DATA._read(kept._DATA.path()))

    old_install, other, gone = tmp_path / "a.json", tmp_path / "b.json", tmp_path / "c.json"
    for path in (old_install, other, gone):
        path.write_text('{"words": ["甲"]}', encoding="utf-8")
    new_process()
    for path in (old_install, other, gone):
        kept.json_file(str(path))
    kept._DATA.save()
    assert entries() == ["a.json", "b.json", "c.json"]

    old_install.write_text('{"words": ["乙"]}', encoding="utf-8")  # an upgrade: the file is another
    gone.unlink()
    new_process()
    assert kept.json_file(str(old_install)) == {"words": ["乙"]}
    kept._DATA.save()
    assert entries() == ["a.json", "b.json"]  # a.json's new entry only, b.json kept, c.json dropped
    new_process()
    assert kept.json_file(str(other)) == {"words": ["甲"]} and not kept._DATA.new  # read back, not made
    assert len(kept._DATA._read(kept._DATA.path())) == 2
