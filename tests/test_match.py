"""match: which document on one side is a version of which on the other."""
import json
import os

from click.testing import CliRunner

from conftest import CORPUS, DRAFT, LAWS, LISTING, ROOT
from policydiff.cli import cli
from policydiff.match import match_sides, read_side, score, title_key


def test_the_draft_finds_the_shijingshan_policy_in_the_listing_with_a_clear_margin():
    [draft], listing, found = match_sides(str(DRAFT), str(LISTING), min_score=0)
    assert len(listing) == 20
    assert [m.b.source for m in found][:1] == [f"{LISTING}#1"]
    # The margin, checked against every policy of the listing, not only LSH's candidates.
    scores = sorted((score(draft, e)[0] for e in listing), reverse=True)
    assert found[0].score == round(scores[0], 4)
    assert scores[0] > 0.6 and scores[0] - scores[1] > 0.4
    assert found[0].title == 1.0  # （试行）（征求意见稿） vs (试行): same title


def test_laws_against_itself_pairs_every_version_with_its_siblings_and_nothing_else():
    entries, _, found = match_sides(str(LAWS), str(LAWS))
    assert len(entries) == sum(1 for _ in LAWS.glob("*/*.md"))
    got = [(m.a.source, m.b.source) for m in found]
    expected = {(str(x), str(y)) for folder in LAWS.iterdir() if folder.is_dir()
                for x in folder.glob("*.md") for y in folder.glob("*.md") if x < y}
    assert set(got) == expected
    assert len(got) == len(expected)  # each pair once: not also as (newer, older)


def test_every_policy_of_a_dump_is_an_entry_and_a_folder_is_searched_recursively(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(DRAFT.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "listing.txt").write_text(LISTING.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "notes.xyz").write_text("ignored", encoding="utf-8")
    sources = [e.source for e in read_side(str(tmp_path))]
    assert sources[0] == str(tmp_path / "listing.txt#1") and len(sources) == 21
    assert sources[-1] == str(tmp_path / "sub" / "a.txt")


def test_titles_compare_without_status_markers_and_repost_wrapping():
    assert title_key("关注！《石景山区推动工业互联网产业高质量发展支持办法（试行）》发布") == \
        title_key("石景山区推动工业互联网产业高质量发展支持办法(试行)（征求意见稿）")


def test_cli_json_and_table(tmp_path):
    result = CliRunner().invoke(cli, ["match", str(DRAFT), str(LISTING), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["format"] == "policydiff/match@1" and data["a"] == 1 and data["b"] == 20
    assert data["matches"][0]["b"]["source"].endswith("#1") and data["matches"][0]["rank"] == 1
    assert len(data["unmatched"]["b"]) == 19
    table = CliRunner().invoke(cli, ["match", str(DRAFT), str(LISTING)]).output
    assert "park-policy-listing.txt#1" in table and table.rstrip().endswith("(score ≥ 0.3).")


def test_an_unreadable_file_in_a_folder_is_skipped_with_a_warning(tmp_path):
    (tmp_path / "good.txt").write_text(DRAFT.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    result = CliRunner().invoke(cli, ["match", str(tmp_path), str(LISTING)])
    assert result.exit_code == 0
    assert "skipped" in result.output and "broken.pdf" in result.output


def test_errors_exit_2_with_one_line(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    for args in ([str(tmp_path / "missing.txt"), str(LISTING)], [str(empty), str(LISTING)]):
        result = CliRunner().invoke(cli, ["match", *args])
        assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1, result.output


def test_the_whole_corpus_matches_shijingshan_sources_with_each_other():
    _, _, found = match_sides(str(CORPUS), str(CORPUS), min_score=0.4)
    web = str(CORPUS / "shijingshan" / "2022-final-web.txt")
    best = [m for m in found if m.a.source == web]
    assert os.path.basename(best[0].b.source) == "2022-final-wechat.txt" and best[0].score > 0.95


def test_a_large_folder_read_by_worker_processes_gives_the_same_entries(monkeypatch):
    from policydiff import match as match_module

    one_by_one = read_side(str(LAWS), workers=1)
    monkeypatch.setattr(match_module, "PARALLEL_FROM", 2)
    in_workers = read_side(str(LAWS), workers=2)
    assert [(e.source, e.title) for e in in_workers] == [(e.source, e.title) for e in one_by_one]
    assert all((a.shingles == b.shingles).all() for a, b in zip(in_workers, one_by_one))


def _dump_lines():
    """Lines a dump and a single document are made of, the tricky ones included."""
    laws = sorted(LAWS.glob("*/*.md"))
    sentences = [line for path in laws[:6] for line in path.read_text(encoding="utf-8").splitlines()[1:12]
                 if line.strip()]
    return sentences + [
        "", "   ", "\u3000", "-", " --- ", "—", "===", "***", "___", "\f", "12-13 -", "2024/05/06", " 3.4 ",
        "# 中华人民共和国统计法", "  北京市促进数字经济发展若干措施（试行）  ", "关于印发实施方案的通知",
        "第二章 总则", "第十条 本办法自发布之日起施行。", "一、总体要求", "（一）工作目标", "1. 适用范围",
        "## 第一节 一般规定", "本办法", "法", "某某区关于支持企业上市的若干措施（征求意见稿）\t",
        "[地址:北京石景山区]面议 某某区促进工业互联网发展支持办法", "市场监督管理部门依照本法履行职责；",
        "第一条 为了规范管理，根据有关法律，制定本办法。", "第1条 本规定适用于本市。", "【第一条】总则",
    ]


def test_a_text_that_may_hold_several_policies_is_always_split():
    """match skips the dump split for a text that cannot hold two policies: it must never
    skip one that split would cut in two or more (corpus files, dumps built from the
    statutes, and seeded random mixtures of the lines dumps are made of)."""
    import random

    from policydiff.ingest import read
    from policydiff.ingest.dump import may_hold_several, split
    from policydiff.models import RawText

    files = [p for p in CORPUS.rglob("*") if p.suffix in (".md", ".txt")]
    texts = [read(p).text for p in files]
    laws = [p.read_text(encoding="utf-8") for p in sorted(LAWS.glob("*/*.md"))[:4]]
    texts += [joiner.join(laws) for joiner in ("\n\n", "\n-\n", "\n***\n", "\r\n\r\n", "\n\f\n", "\n 12-13 - \n")]
    texts.append("\n".join(law.split("\n", 1)[1] for law in laws))  # statutes run together, no titles
    rnd = random.Random(18)
    lines = _dump_lines()
    for _ in range(3000):
        texts.append(rnd.choice(["\n", "\r\n", "\r"]).join(rnd.choices(lines, k=rnd.randint(1, 14))))
    several = skipped = 0
    for text in texts:
        if len(split(RawText("x", text, "text/plain", "utf-8"))) > 1:
            several += 1
            assert may_hold_several(text), text[:200]
        elif not may_hold_several(text):
            skipped += 1
    assert several > 80 and skipped > 300  # both kinds were met, and single documents do skip
    statutes = [read(p).text for p in LAWS.glob("*/*.md")]
    assert sum(not may_hold_several(t) for t in statutes) >= len(statutes) - 2  # skipped for nearly all


def test_the_index_in_memory_gives_the_candidates_of_datasketchs_lsh(tmp_path):
    """match's own band index and datasketch's MinHashLSH (the one a shared store holds) find
    the same candidates for every entry: statutes with their versions, synthetic policies
    with theirs, an empty text, and a source given twice."""
    import sys

    import numpy as np

    from policydiff.match import Entry, _Bands, _signatures, add_to_index, lsh_index

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import match as match_bench  # benchmarks/match.py: its generator of old and new versions

    (tmp_path / "old").mkdir()
    (tmp_path / "new").mkdir()
    match_bench.write_versions(150, tmp_path / "old", tmp_path / "new")
    entries = read_side(str(LAWS)) + read_side(str(tmp_path), workers=1)
    entries += [Entry("empty", "空", np.zeros(0, dtype=np.uint32)), entries[3]]
    index = lsh_index()
    add_to_index(index, entries)
    at = {e.source: j for j, e in enumerate(entries)}
    ours = _Bands(entries)
    pairs = 0
    for entry, sig in zip(entries, _signatures(entries)):
        theirs = {at[key] for key in index.query(sig)} if len(entry.shingles) else set()
        assert (ours.query(entry) if len(entry.shingles) else set()) == theirs, entry.source
        pairs += len(theirs) - 1
    assert pairs > 300  # the versions of each statute and policy collide, and more
