"""What readings 120–122 (2026-12-03, fourth session: groups B, C and A on c6c450f's JSON, seeds 120102, 121103, 122101)
and the session after them found wrong, useless or less than clear, fixed, pinned on the real text."""

from conftest import law_fixture as _law
from conftest import new_pair as _new
from conftest import old_pair as _old
from conftest import pair_messages as _messages

company = _law("公司法", "2018-10-26", "2023-12-29")


def test_an_item_cut_in_two_provisions_is_said_there_not_taken_out(company):
    """公司法 第一百四十八条（五）, "未经股东会或者股东大会同意，利用职务便利为自己或者他人谋取属于公司的商业机会，自营或者为他人
    经营与所任职公司同类的业务" under "董事、高级管理人员不得有下列行为", is now two provisions: 第一百八十三条 "董事、监事、高级管理
    人员，不得利用职务便利为自己或者他人谋取属于公司的商业机会…" and 第一百八十四条 "…不得自营或者为他人经营与其任职公司同类的业务".
    "不再规定" was wrong (reading 122, #28): the item was read without its lead-in, so the new "不得利用" looked like the old
    rule turned round. Read with it, the item is found in both, and each new provision says where it came from."""
    notes = _messages(_old(company, "第一百四十八条"))
    assert not [n for n in notes if n.startswith(("不再规定：“（五）", "删除或改写：“（五）"))], notes
    assert "“（五）未经股东会或者股东大会同意，利用职务便利为自己或者他人谋取属于公司的商业机会，自营或者为他人经营与所任职公司同类的" \
        "业务”不再在此规定，现见第一百八十三条、第一百八十四条（文字有改动）" in notes, notes
    for label in ("第一百八十三条", "第一百八十四条"):
        notes = _messages(_new(company, label))
        assert [n for n in notes if n.endswith("由原第一百四十八条移入，文字有改动")], (label, notes)
    # (an item the new version does not state is still said taken out: (三), lending the company's money, is in no new
    # provision, as the reader checked)
    assert "删除或改写：“（三）违反公司章程的规定，未经股东会、股东大会或者董事会同意，将公司资金借贷给他人或者以公司财产为他人提供担保”" \
        in _messages(_old(company, "第一百四十八条"))


def test_a_prohibition_is_no_flip_of_the_same_act_forbidden_further_off():
    """moved._flipped: "不得利用" against an item that forbids 利用 through its list's lead-in, a condition between, is the
    same rule; "不撤销" against "决定撤销" is still a rule turned round (行政复议法 第二十八条 → 第六十五条)."""
    from policydiff.findings.moved import _flipped

    assert not _flipped("董事、高级管理人员不得未经股东会同意，利用职务便利为自己谋取属于公司的商业机会",
                        "董事、监事、高级管理人员，不得利用职务便利为自己谋取属于公司的商业机会")
    assert _flipped("行政复议机关决定撤销、变更或者确认该具体行政行为违法", "行政复议机关不撤销该行政行为，但是确认该行政行为违法")
    assert _flipped("未经股东会同意，利用职务便利为自己谋取商业机会", "不得利用职务便利为自己谋取商业机会")


ocean = _law("海洋环境保护法", "2017-11-04", "2023-10-24")
lawmaking = _law("立法法", "2015-03-15", "2023-03-13")
roads = _law("道路运输条例", "2019-03-02", "2022-03-29")


def test_a_body_the_reform_renamed_is_no_first_story(ocean, lawmaking, roads, company):
    """"“环境保护行政主管部门”统一改为“生态环境主管部门”（共10条）" was 海洋环境保护法 2017 → 2023's first headline, above fines
    raised forty-fold (useless in reading 120): the ministry the 2018 reform renamed, the same body. It is said after the
    changes of substance; so is 立法法's 法律委员会 → 宪法和法律委员会 (the 2018 amendment of the Constitution). A rename that
    changes who acts (道路运输条例's 道路运输管理机构 → 交通运输主管部门) is still the first; 公司法's 股东大会 → 股东会, a name
    made one with a sibling's, comes after the changes of substance (test_read_hundred_sixty_ninth)."""
    from policydiff.render.ranking import ranked_headlines

    lines = [h.text for h in ranked_headlines(ocean)]
    assert lines[0].startswith("第七十四条（现第九十四条）：最高罚款由5万元提高到200万元"), lines[:3]
    assert "“环境保护行政主管部门”统一改为“生态环境主管部门”（共10条）" in lines, lines
    lines = [h.text for h in ranked_headlines(lawmaking)]
    assert lines[0].startswith("新增第八条"), lines[:3]
    assert lines.index("“法律委员会”统一改为“宪法和法律委员会”（共11条）") > 4, lines[:10]
    assert ranked_headlines(roads)[0].text == "“道路运输管理机构”改为“人民政府交通运输主管部门”（共33条）"
    assert "“股东大会”统一改为“股东会”（共33条）" not in [h.text for h in ranked_headlines(company)[:15]]  # (reading 182)


review = _law("行政复议法", "2017-09-01", "2023-09-01")


def test_a_list_of_conditions_put_in_is_said_whole_and_the_refusal_rewritten_with_its_neighbour(review):
    """行政复议法 第十七条 → 第三十条: the new conditions of 受理 (一)–(七) are put in, and the two rules on refusing an application
    ("对不符合本法规定的…决定不予受理，并书面告知申请人；对符合本法规定，但是不属于本机关受理的…应当告知申请人向有关行政复议机关提出")
    are now one ("对不符合前款规定的…决定不予受理并说明理由；不属于本机关管辖的，还应当…告知申请人有管辖权的行政复议机关"). Item (一)
    shares "申请人" and "符合本法规定" with the old refusal, so the diff matched them and the note was fragments: "表述修改：删除
    “对不符合本法”；“申请，决定不予受理，并书面告知申请人”改为“（一）有明确的申请人和”；新增“（一）有明确的申请人和符合本法规定的被申请人”"
    (seen again beside reading 120). Now (一) is put in whole like the six beside it, and the refusal is
    part of the rewrite, not said deleted."""
    notes = _messages(_old(review, "第十七条"))
    assert "新增规定：“（一）有明确的申请人和符合本法规定的被申请人”" in notes, notes
    assert not [n for n in notes if n.startswith("表述修改")], notes
    assert "改写：“对不符合本法规定的行政复议申请，决定不予受理，并书面告知申请人；对符合本法规定，但是不属于本机关受理的行政复议申请，" \
        "应当告知申请人向有关行政复议机关提出”改为“对不符合前款规定的行政复议申请，行政复议机关应当在审查期限内决定不予受理并说明理由；" \
        "不属于本机关管辖的，还应当在不予受理决定中告知申请人有管辖权的行政复议机关”" in notes, notes  # (whole since session 42)


def test_words_taken_out_inside_longer_words_taken_out_are_said_once():
    """repeats.inside_a_longer_edit: "删除“决定不予受理，并书面告知申请人”" beside "删除“对不符合本法规定的行政复议申请，决定不予受理，
    并书面告知申请人”" is said by it; words that stand elsewhere in the text too are another edit (上海市优化营商环境条例 第二十二条:
    "删除“市场主体的”" and "删除“市场主体”" of two paragraphs)."""
    from policydiff.findings.repeats import inside_a_longer_edit
    from policydiff.models import Finding, FindingKind

    def note(words):
        return Finding(FindingKind.WORDING_CHANGED, words, None, f"表述修改：删除“{words}”")

    old = "应当在五日内进行审查，对不符合本法规定的行政复议申请，决定不予受理，并书面告知申请人；对符合本法规定的，应当受理。"
    longer, shorter = note("对不符合本法规定的行政复议申请，决定不予受理，并书面告知申请人"), note("决定不予受理，并书面告知申请人")
    assert inside_a_longer_edit([longer, shorter], old, "") == [longer]
    old = "不得拖欠市场主体的货物、工程、服务等账款。本市建立机制，防止和纠正拖欠市场主体账款的问题。"
    both = [note("市场主体的"), note("市场主体")]
    assert inside_a_longer_edit(both, old, "") == both


accounting = _law("会计法", "2017-11-04", "2024-06-28")


def test_a_replacement_inside_a_sentence_a_rewrite_quotes_is_said_as_one(accounting):
    """会计法 第三十三条 → 第三十一条: "人民银行、证券监管、保险监管" is now "金融管理" in the sentence that the second old
    sentence was rewritten into ("…前款所列监督检查部门…应当出具检查结论" → "财政、审计、税务、金融管理等部门…，并出具检查结论"),
    so the diff's replacement lost its new side and was said a deletion, "删除“人民银行、证券监管、保险监管”" (wrong in reading
    119: the financial regulators are still named, as 金融管理)."""
    notes = _messages(_old(accounting, "第三十三条"))
    # (since session 65 the two old sentences are said merged into the new one, each quoted whole: the regulators' new
    # name stands in the merge's new quote, tests/test_read_one_thousand_two_hundred_ninety_second.py)
    assert "表述修改：“人民银行、证券监管、保险监管”改为“金融管理”" in notes or [
        n for n in notes if "“财政、审计、税务、人民银行、证券监管、保险监管等部门" in n and "合并为“财政、审计、税务、金融管理等部门" in n], notes
    assert not [n for n in notes if n.startswith("表述修改：删除")], notes


roads_2022 = _law("道路运输条例", "2022-03-29", "2023-07-20")
roads_across = _law("道路运输条例", "2019-03-02", "2023-07-20")


def test_one_rule_said_item_by_item_by_kind_is_one_note(roads_2022, roads_across):
    """道路运输条例 第六十三条: unlicensed road transport ("未取得道路运输经营许可，擅自从事道路运输经营的") is fined by kind since
    2023, in three items (普通货物, 客运, 危险货物), each with its own fines. The items were said one by one as new rules and
    fragments ("新增规定：“（一）…”", "表述修改：新增“（二）…违法所得超过2万元”", "改写：“有违法所得的…”改为“（三）…”": wrong in
    readings 114 and 115); the split is one note, the fines the penalty notes'. Across both revisions the same."""
    for result in (roads_2022, roads_across):
        notes = _messages(_old(result, "第六十三条"))
        assert "分项规定：“未取得道路运输经营许可，擅自从事道路运输经营的”分为三项：（一）擅自从事道路普通货物运输经营；（二）擅自从事" \
            "道路客运经营；（三）擅自从事道路危险货物运输经营" in notes, notes
        assert not [n for n in notes if not n.startswith("分项规定") and ("（一）" in n or "（二）" in n or "（三）" in n)
                    or n.startswith("新增规定")], notes
        assert "罚款由3万–10万元降为1万–10万元（部分情形；另有情形仍为3万–10万元）" in notes, notes


shanghai = _law("上海市优化营商环境条例", "2020-04-10", "2024-09-27")


def test_a_verb_put_in_after_a_verb_is_read_with_it(shanghai):
    """上海市优化营商环境条例 第六十条 → 第七十一条: "探索建立不予实施行政强制措施清单" → "探索建立完善不予实施…": "完善" joins
    "建立" (建立完善, as 建立健全), so the note reads "“建立”改为“建立完善”", not "“不予实施”改为“完善不予实施”" (useless in
    reading 119, where the list was read as made "完善不予实施"). A verb put in before an object that follows no verb is still
    read with the object (words._joins_the_verb_before). Since reading 1530 no note at all: 建立完善 is 建立, as 建立健全 is
    (slight.SAME_MEANING), useless beside the "可以" → "应当"."""
    notes = _messages(_old(shanghai, "第六十条"))
    # (but in the duty's phrase the modality note quotes, since readings 1739 and on)
    assert not [n for n in notes if "完善" in n and not n.startswith("“可以”改为“应当”：义务加强（")], notes
    assert any(n.startswith("“可以”改为“应当”：义务加强") for n in notes), notes
    from policydiff.findings.words import widen

    old, new = "依法监督管理", "依法加强监督管理"
    o, n = widen(old, new, (2, 2), (2, 4), 2, 4)
    assert (old[o[0]:o[1]], new[n[0]:n[1]]) == ("监督管理", "加强监督管理")


def test_two_articles_are_named_as_english_names_them(company):
    """"now in Article 183, Article 184 of the new version" reads "now in Articles 183 and 184 of the new version"."""
    from policydiff.numerals import article_en

    assert article_en("第十三条、第十四条") == "Articles 13 and 14"
    assert article_en("第一条、第三条、第七条之一") == "Articles 1, 3 and 7-1"
    assert article_en("序言、第一条") == "Preamble, Article 1"
    english = [f.message_en for f in _old(company, "第一百四十八条").findings]
    assert any(m.endswith("no longer here; now in Articles 183 and 184 of the new version (reworded)") for m in english), english


def test_a_drafting_norm_counts_the_places_the_diff_did_not_show(shanghai):
    """上海市优化营商环境条例: "相关" is "有关" in 23 places of the provisions paired, not 22 (reading 123): 第五十六条 → 第六十六条's
    "相关行政管理部门应当充分运用信用信息" → "有关行政管理部门…" had no note of its own (the diff matched it across a sentence put in
    before it). A place is counted when the old text says the word where the new one says the other, the four characters after
    it the same. (25 since reading 1561's fix: 第十七条's two, beside sentences put in that hold both characters.)"""
    notes = [n for p in shanghai.pairs for n in _messages(p) if n.startswith("规范用语：“相关”改为“有关”")]
    assert notes == ["规范用语：“相关”改为“有关”（共25处，本条2处，含义未变）"], notes


def test_a_business_still_licensed_under_a_narrower_name_is_said_by_the_filing_note(roads, roads_across):
    """道路运输条例 第三十九条: 道路运输站（场） was licensed; now freight stations are filed and 道路旅客运输站（场） still
    licensed. "表述修改：“运输站”改为“旅客运输站”" was a fragment repeating the filing note (useless in reading 126): the filing
    note says what is still licensed, and that edit is its. So for 第四十九条's 国际道路旅客运输经营, still approved."""
    for result in (roads, roads_across):
        notes = _messages(_old(result, "第三十九条"))
        assert "改为备案：“道路货物运输站（场）经营”“机动车驾驶员培训”由许可改为备案（“道路旅客运输站（场）经营”仍需许可）" in notes, notes
        assert not [n for n in notes if "旅客运输站" in n and n.startswith("表述修改")], notes
    notes = _messages(_old(roads, "第四十九条"))
    assert "改为备案：“国际道路货物运输经营”由批准改为备案（“国际道路旅客运输经营”仍需批准）" in notes, notes
    english = [f.message_en for f in _old(roads, "第三十九条").findings]
    assert "licence replaced by filing: “道路货物运输站（场）经营”, “机动车驾驶员培训” (“道路旅客运输站（场）经营” still needs a " \
        "licence)" in english, english


def test_the_filing_sentence_is_said_by_the_filing_note(roads, roads_across):
    """道路运输条例 第四十九条: "新增规定：“从事国际道路货物运输经营的，应当向…进行备案……”" beside "改为备案：“国际道路货物运输
    经营”由批准改为备案…" said it twice (useless in the English reading 130)."""
    for result in (roads, roads_across):
        notes = _messages(_old(result, "第四十九条"))
        assert "改为备案：“国际道路货物运输经营”由批准改为备案（“国际道路旅客运输经营”仍需批准）" in notes, notes
        assert not [n for n in notes if n.startswith("新增规定") and "备案" in n], notes


emergencies = _law("突发事件应对法", "2007-08-30", "2024-06-28")


def test_a_duty_said_in_other_words_in_one_other_provision_is_said_there(emergencies, lawmaking):
    """突发事件应对法 第五十三条 (the governments in charge "应当…统一、准确、及时发布有关突发事件事态发展和应急处置工作的信息")
    is 第七条's "有关人民政府和部门应当及时向社会公布突发事件相关信息…": the same bearer (人民政府), modal word, act (发布 and
    公布 are one) and object (信息), and no other provision of either version states it. "整条删除" was wrong, ranked fourth
    (readings 119, 121 and 130). 立法法 第九十九条's 主动审查 is 第一百一十一条's (read wrong in readings 116 and earlier)."""
    from policydiff.render.ranking import ranked_headlines

    notes = _messages(_old(emergencies, "第五十三条"))
    assert notes == ["“履行统一领导职责或者组织处置突发事件的人民政府，应当按照有关规定统一、准确、及时发布有关突发事件事态发展和应急"
                     "处置工作的信息”不再在此规定，现见第七条（有较大修改）"], notes  # (less than half of it there: reading 169's fix)
    lines = [h.text for h in ranked_headlines(emergencies)]
    assert "第五十三条（履行统一领导职责或者组织处置突发事件的人民政府…）并入现第七条，并作较大修改" in lines, lines[:8]
    assert not [t for t in lines if t.startswith("第五十三条") and ("整条删除" in t or "已删除或改写" in t)], lines
    notes = _messages(_old(lawmaking, "第九十九条"))
    assert "“有关的专门委员会和常务委员会工作机构可以对报送备案的规范性文件进行主动审查”不再在此规定，现见第一百一十一条（文字有改动）" \
        in notes, notes


def test_a_duty_frame_is_who_the_modal_word_the_act_and_its_object():
    """gone._Frame: the same duty in other words shares its bearer's last word, modal word, kind of act and object; a duty
    of another act or object is another duty."""
    from policydiff.findings.gone import _Frame

    old = _Frame.of("履行统一领导职责或者组织处置突发事件的人民政府，应当按照有关规定统一、准确、及时发布有关突发事件的信息")
    new = _Frame.of("有关人民政府和部门应当及时向社会公布突发事件相关信息和有关突发事件应对的决定、命令、措施等信息")
    assert old.who == "人民政府" and old.modal == "应当" and old.what == "信息"
    assert old.same_duty(new)
    assert not old.same_duty(_Frame.of("有关人民政府应当及时向社会公布突发事件应对工作的决定"))
    assert not old.same_duty(_Frame.of("有关人民政府可以及时向社会公布突发事件相关信息"))
    assert _Frame.of("突发事件的信息应当真实") is None  # (no act of a kind it knows)


def test_a_ceiling_among_ranges_is_said_in_english(ocean):
    """海洋环境保护法 new 第一百零一条's fourth fine is "五万元以下": in English "up to 50,000 yuan" among the ranges, not "50,000
    yuan", a fixed fine (wrong in the English reading 133)."""
    from policydiff.render.ranking import ranked_headlines

    english = [h.text for h in ranked_headlines(ocean, "en")]
    line = next(t for t in english if t.startswith("New Article 101,"))
    assert "including four fines of 50,000 to 200,000 yuan, 200,000 to 1 million yuan, 1%–5% of the project's total " \
        "investment and up to 50,000 yuan" in line, line
    line = next(t for t in english if t.startswith("New Article 110,"))
    assert "five fines of up to 20,000, up to 100,000, 10,000 to 100,000," in line, line


def test_items_that_are_rules_of_their_own_are_no_split():
    """repeats.split_into_items only when the old text's words the items open with are a case ("…的") the new text no
    longer says as one, and each item names a kind in a few words: two new duties opening with the same body are two
    rules, said each."""
    from policydiff.findings.repeats import split_into_items
    from policydiff.models import Finding, FindingKind

    put = Finding(FindingKind.WORDING_CHANGED, None, "（二）县级以上人民政府应当加强监督", "新增规定：“（二）县级以上人民政府应当加强监督”")
    old = "县级以上人民政府应当加强管理。"
    new = "（一）县级以上人民政府应当加强管理；\n（二）县级以上人民政府应当加强监督。"
    assert split_into_items([put], old, new) == [put]
    old = "未取得经营许可，擅自从事道路运输经营的，处罚款。"
    new = "（一）未取得经营许可，擅自从事道路货物运输经营的，处罚款；\n（二）未取得经营许可，擅自从事道路客运经营的，处罚款。"
    put = Finding(FindingKind.WORDING_CHANGED, None, "（一）…", "新增规定：“（一）未取得经营许可，擅自从事道路货物运输经营的”")
    notes = split_into_items([put], old, new)
    assert [n.message for n in notes] == ["分项规定：“未取得经营许可，擅自从事道路运输经营的”分为两项：（一）擅自从事道路货物运输经营的；"
                                          "（二）擅自从事道路客运经营的"], notes
