"""User pairings (issue 13): --pairs FILE / --pair OLD=NEW fix pairings by hand.

Expected pairings are read off the Shijingshan texts: draft 第七条 (应用场景建设)
was dropped, draft 第八条–第十三条 became final 第七条–第十二条, draft 第十四条
was split into final 第十三条 and 第十四条.
"""
import html
import json
import re

import pytest
from click.testing import CliRunner

from policydiff import PolicydiffError, compare, load
from policydiff.cli import cli
from policydiff.pairs import pairs_file
from policydiff.render import render

from conftest import CORPUS, DRAFT, FINAL_WECHAT, LAWS


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def outline(comparison):
    return [([c.label for c in p.old], [c.label for c in p.new], p.set_by) for p in comparison.pairs]


def copied_pairs_file(report_html: str) -> str:
    """What a reviewer copies out of the HTML report's pairs-file box."""
    box = re.search(r'<details class="pairs-file">.*?<textarea[^>]*>(.*?)</textarea>', report_html, re.S)
    return html.unescape(box.group(1))


def test_the_copied_pairs_file_fed_back_unchanged_gives_the_same_json(tmp_path):
    report = tmp_path / "report.html"
    assert run("compare", DRAFT, FINAL_WECHAT, "-o", report).exit_code == 1
    pairs = tmp_path / "pairs.txt"
    pairs.write_text(copied_pairs_file(report.read_text(encoding="utf-8")), encoding="utf-8")
    lines = [l for l in pairs.read_text(encoding="utf-8").splitlines() if not l.startswith("#")]
    assert lines[6:9] == ["第七条 =", "第八条 = 第七条", "第九条 = 第八条"]
    assert lines[13] == "第十四条 = 第十三条 + 第十四条"
    plain = run("compare", DRAFT, FINAL_WECHAT, "--format", "json")
    again = run("compare", DRAFT, FINAL_WECHAT, "--format", "json", "--pairs", pairs)
    assert again.exit_code == plain.exit_code == 1
    assert again.stdout == plain.stdout
    assert '"set_by"' not in again.stdout


def test_forcing_a_wrong_pairing_on_purpose(tmp_path):
    # The reviewer edits two lines of the copied file: draft 第七条 "became" final 第七条,
    # and draft 第八条 is said deleted. The rest is left as the tool had it.
    text = pairs_file(compare(DRAFT, FINAL_WECHAT))
    edited = text.replace("第七条 =\n", "第七条 = 第七条\n").replace("第八条 = 第七条\n", "第八条 =\n")
    pairs = tmp_path / "pairs.txt"
    pairs.write_text(edited, encoding="utf-8")
    result = run("compare", DRAFT, FINAL_WECHAT, "--format", "json", "--pairs", pairs)
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    by_old = {tuple(p["old"]): p for p in data["pairs"]}
    assert by_old[("o7",)]["new"] == ["n7"] and by_old[("o7",)]["set_by"] == "user"
    assert by_old[("o8",)]["status"] == "deleted" and by_old[("o8",)]["set_by"] == "user"
    # Everything else is as before, and not marked.
    others = [p for p in data["pairs"] if p["old"] not in (["o7"], ["o8"])]
    assert all("set_by" not in p for p in others)
    assert [(p["old"], p["new"]) for p in others] == (
        [([f"o{n}"], [f"n{n}"]) for n in range(1, 7)]
        + [([f"o{n}"], [f"n{n - 1}"]) for n in range(9, 14)]
        + [(["o14"], ["n13", "n14"]), (["o15"], ["n15"])])
    # Marked in the other reports too.
    html_report = run("compare", DRAFT, FINAL_WECHAT, "--pairs", pairs, "-o", tmp_path / "r.html")
    assert html_report.exit_code == 1
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert page.count('class="badge user"') == 2
    assert "第七条 = 第七条" in copied_pairs_file(page)
    md = run("compare", DRAFT, FINAL_WECHAT, "--pairs", pairs, "--format", "md").stdout
    assert "用户指定的配对：" in md and "第七条" in md.split("用户指定的配对：")[1].split("\n")[0]


def test_one_pair_on_the_command_line_and_the_rest_aligned_around_it():
    comparison = compare(DRAFT, FINAL_WECHAT, pairs=["8=8"])
    got = outline(comparison)
    assert (["第八条"], ["第八条"], "user") in got
    # draft 第九条's successor (final 第八条) is taken, so it is deleted; final 第七条 lost
    # its predecessor (draft 第八条), so it is added; the other pairings stand.
    assert (["第九条"], [], None) in got and ([], ["第七条"], None) in got
    assert (["第十条"], ["第九条"], None) in got and (["第十四条"], ["第十三条", "第十四条"], None) in got
    assert [p for p in got if p[2] == "user"] == [(["第八条"], ["第八条"], "user")]


def test_forced_split_and_labels_in_any_form():
    comparison = compare(DRAFT, FINAL_WECHAT, pairs=["第13条 = 第十二条 + 第十三条", "第十四条 = 第十四条"])
    got = outline(comparison)
    assert (["第十三条"], ["第十二条", "第十三条"], "user") in got
    assert (["第十四条"], ["第十四条"], "user") in got
    assert [p.status.value for p in comparison.pairs if p.set_by] == ["split", "modified"]


def test_a_far_move_forced_on_the_company_law():
    # The issue's own example line: 公司法 2018 第一百四十九条 (董事、监事、高级管理人员执行职务违反法律…
    # 应当承担赔偿责任) is 2023 第一百八十八条.
    old, new = LAWS / "公司法/2018-10-26.md", LAWS / "公司法/2023-12-29.md"
    comparison = compare(old, new, pairs=["第一百四十九条 = 第一百八十八条"])
    pair = next(p for p in comparison.pairs if [c.label for c in p.old] == ["第一百四十九条"])
    assert [c.label for c in pair.new] == ["第一百八十八条"]
    assert "赔偿责任" in pair.new[0].text


@pytest.mark.parametrize("line,named", [
    ("第九十九条 = 第八条", "第九十九条"),
    ("第八条 = 第九十九条", "第九十九条"),
    ("第八条 = 第七条 + 第二十条", "第二十条"),
])
def test_a_label_that_does_not_exist_is_exit_2_naming_it(tmp_path, line, named):
    out = tmp_path / "r.html"
    result = run("compare", DRAFT, FINAL_WECHAT, "--pair", line, "-o", out)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and f"'{named}'" in result.stderr
    assert result.stderr.startswith(f"policydiff: --pair {line}: ")
    assert not out.exists()


def test_a_clause_named_twice_and_a_bad_line(tmp_path):
    pairs = tmp_path / "pairs.txt"
    pairs.write_text("# mine\n第八条 = 第七条\n第九条 = 第七条\n", encoding="utf-8")
    result = run("compare", DRAFT, FINAL_WECHAT, "--pairs", pairs)
    assert result.exit_code == 2
    assert f"{pairs}, line 3" in result.stderr and "'第七条'" in result.stderr and "line 2" in result.stderr
    pairs.write_text("第八条 第七条\n", encoding="utf-8")
    result = run("compare", DRAFT, FINAL_WECHAT, "--pairs", pairs)
    assert result.exit_code == 2 and f"{pairs}, line 1" in result.stderr and "OLD = NEW" in result.stderr
    result = run("compare", DRAFT, FINAL_WECHAT, "--pairs", tmp_path / "none.txt")
    assert result.exit_code == 2 and "no such pairs file" in result.stderr


def test_labels_printed_twice_are_told_apart(tmp_path):
    # The Songjiang draft prints "10." twice (and "1." under each heading).
    songjiang = CORPUS / "songjiang/2022-draft.txt"
    with pytest.raises(PolicydiffError, match=r"prints '10\.' 2 times.*'10\.#1'"):
        compare(songjiang, songjiang, pairs=["10. = 10."])
    plain = compare(songjiang, songjiang)
    text = pairs_file(plain)
    assert "\n10.#1 = 10.#1\n" in text and "\n10.#2 = 10.#2\n" in text
    again = compare(songjiang, songjiang, pairs=text.splitlines()[4:])
    assert render(again, "json") == render(plain, "json")
    swapped = compare(songjiang, songjiang, pairs=["10.#1 = 10.#2", "10.#2 = 10.#1"])
    tens = [(p.old[0].id, p.new[0].id, p.set_by) for p in swapped.pairs if p.old and p.old[0].label == "10."]
    ids = [c.id for c in load(songjiang).clauses if c.label == "10."]
    assert sorted(tens) == sorted([(ids[0], ids[1].replace("o", "n"), "user"), (ids[1], ids[0].replace("o", "n"), "user")])
