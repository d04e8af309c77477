"""What readings 1475 and on (2026-12-06, the forty-eighth session) found unsaid, wrong or useless, fixed, pinned on the
real text (tests/fixtures/laws and the corpus)."""

from conftest import held_out_fixture as _held_out
from conftest import old_pair, pair_messages

cipher = _held_out("商用密码管理条例", "1999-10-07", "2023-04-27")


def test_a_qualification_an_authority_revokes_for_conduct_is_a_sanction(cipher):
    """1999 第二十二条: units that commit the listed conduct with serious harm have "由国家密码管理机构撤销其指定科研、生产单位
    资格，吊销《商用密码产品销售许可证》"; 2023 第五十三条 has neither. No 责令 or 罚款 in the old text, so neither read as a
    sanction; the revoked qualification was unsaid in recall 1468 (behind the rewrite's "……"), the licence said once."""
    pair = old_pair(cipher, "第二十二条")
    notes = pair_messages(pair)
    assert "不再规定处罚：撤销其指定科研、生产单位资格" in notes, notes
    assert notes.count("不再规定处罚：吊销《商用密码产品销售许可证》") == 1, notes
    assert not [n for n in notes if n.startswith("不再规定处罚：吊销《") and not n.endswith("》")], notes
    en = [f.message_en for f in pair.findings]
    assert "sanction removed: “撤销其指定科研、生产单位资格”" in en, en


vocational = _held_out("职业教育法", "1996-05-15", "2022-04-20")


def test_a_sentence_grown_in_place_says_the_words_put_in(vocational):
    """1996 第三十七条's "对上岗实习的，应当给予适当的劳动报酬" is 2022 第五十条's "对上岗实习的，应当签订实习协议，给予适当的劳动
    报酬": the old sentence's words in order in the new, the new's close enough to the old text to be no sentence put in.
    Neither said, the internship agreement was unsaid in recall 1482."""
    pair = old_pair(vocational, "第三十七条")
    notes = pair_messages(pair)
    assert [n for n in notes if "签订实习协议" in n and "对上岗实习的，应当给予适当的劳动报酬" in n], notes


quarantine = _held_out("国境卫生检疫法", "2018-04-27", "2024-06-28")


def test_a_deleted_provision_is_named_by_its_rule_not_by_its_exception(quarantine):
    """2018 第七条's second sentence, "除引航员外，未经国境卫生检疫机关许可，任何人不准上下交通工具，…": "原第七条（关于“除引航员外，
    未经国境卫生检疫机关许可”的规定）" named it by the exception and the permission that lift the rule, useless in reading
    1480."""
    pair = old_pair(quarantine, "第七条")
    notes = pair_messages(pair)
    assert [n for n in notes if n.startswith("原第七条（关于“任何人不准上下交通工具")], notes
    assert not [n for n in notes if "除引航员外" in n], notes
