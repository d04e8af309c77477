"""What readings 198 and 200–203 (2026-12-03, eleventh session) found wrong, useless or less than clear, fixed, pinned on
the real text."""

from conftest import law_fixture as _law

roads = _law("道路运输条例", "2019-03-02", "2022-03-29")


def test_provisions_edited_alike_are_one_line(roads):
    """道路运输条例 2022: 第三十六条, 第三十八条 and 第四十八条 each drop 申请 from "申请从事…的" (what they list are now the
    conditions of doing the business, not of applying for it). Three lines of its fifteen headlines, each useless in
    reading 198; one line names the three, in both languages, and each provision keeps its own note."""
    from policydiff.render.ranking import ranked_headlines

    lines = [h.text for h in ranked_headlines(roads)]
    assert "第三十六条、第三十八条、第四十八条：表述修改：“申请从事”改为“从事”" in lines, lines
    assert not [line for line in lines if line.startswith(("第三十六条：", "第三十八条：", "第四十八条："))], lines
    english = [h.text for h in ranked_headlines(roads, "en")]
    assert "Articles 36, 38 and 48: wording changed: “申请从事” → “从事”" in english, english
    notes = [f.message for p in roads.pairs for f in p.findings if "申请从事机动车驾驶员培训的" in f.message]
    assert notes == ["表述修改：“申请从事机动车驾驶员培训的”改为“从事机动车驾驶员培训的”"], notes


marine = _law("海洋环境保护法", "2017-11-04", "2023-10-24")


def test_words_taken_out_beside_a_sentence_that_also_holds_them_are_said(marine):
    """海洋环境保护法 第十一条 → 第十八条: "应当将国家和地方海洋环境质量标准作为重要依据之一" → "应当将海洋环境质量标准作为…": the
    national and local standards narrowed to the marine standards, said by no note because the sentence taken out beside
    it ("排污单位在执行国家和地方水污染物排放标准的同时…") holds "国家和地方" too (reading 200 found the pair's changes
    missing). And jieba's "物排放" no longer cuts 水污染物: "“地方水污染”改为“有关地方水污染”" was a fragment there."""
    from conftest import old_pair, pair_messages

    notes = pair_messages(old_pair(marine, "第十一条"))
    assert "表述修改：删除“国家和地方”" in notes, notes
    assert not [n for n in notes if "有关地方水污染" in n], notes  # (有关 put in alone: no note since reading 445)
    assert not [n for n in notes if "水污染”" in n], notes


def test_a_term_of_the_law_is_never_cut_inside():
    """WHOLE_TERMS: a word boundary never falls inside 污染物, wherever jieba's dictionary puts one."""
    from policydiff.findings.words import bounds

    text = "国家和有关地方水污染物排放标准"
    b = bounds(text)
    at = text.index("污染物")
    assert b.right(at + 1) >= at + 3 and b.left(at + 2) <= at, (b.left(at + 2), b.right(at + 1))


shanghai = _law("上海市优化营商环境条例", "2020-04-10", "2024-09-27")


def test_a_sentence_cut_in_two_is_read_as_edited_not_rewritten(shanghai):
    """上海 第四十八条 → 第五十三条: its second paragraph keeps "鼓励金融机构为诚信经营的中小企业提供无抵押信用贷款，" and
    "支持为科技型企业提供…鼓励符合条件的科技型企业" word for word, the sentence cut in two around the new words. The semantic
    cleanup folded all of it, with the first paragraph's rewrite, into one deletion and one insertion, and the note said
    the whole old sentence "改写" as the new first half (wrong in reading 206: the technology clauses stand). Now the
    loans' words put in, 本市 put before, and 在科创板 taken out."""
    from conftest import old_pair, pair_messages

    notes = pair_messages(old_pair(shanghai, "第四十八条"))
    assert "表述修改：删除“在科创板”" in notes, notes
    assert "表述修改：新增“优化中小企业信贷产品，提高融资对接和贷款审批发放效率”" in notes, notes
    assert not [n for n in notes if "在科创板上市”改为" in n], notes


def test_the_cleanup_keeps_its_own_result_unless_it_collapsed(shanghai):
    """diff._semantic: diff-match-patch's cleanup as it is, but where it left almost nothing equal of a text that shared
    long runs, those runs kept; and a change whose old words end with what its new words open on before a sentence end
    keeps those words ("在科创板上市" → "上市。…"). On 上海 第四十八条 → 第五十三条's own texts."""
    from conftest import old_pair

    from policydiff.diff import char_diff
    from policydiff.models import Op

    pair = old_pair(shanghai, "第四十八条")
    old, new = pair.old_text, pair.new_text
    edits = char_diff(old, new)
    assert "".join(t for op, t in edits if op is not Op.INSERT) == old
    assert "".join(t for op, t in edits if op is not Op.DELETE) == new
    equal = [t for op, t in edits if op is Op.EQUAL]
    assert "鼓励金融机构为诚信经营的中小企业提供无抵押信用贷款，" in equal, edits
    assert (Op.DELETE, "在科创板") in edits, edits
    # a text the cleanup does not collapse is left as it gives it
    assert char_diff("甲乙丙丁", "甲乙戊丁") == ((Op.EQUAL, "甲乙"), (Op.DELETE, "丙"), (Op.INSERT, "戊"), (Op.EQUAL, "丁"))


company = _law("公司法", "2018-10-26", "2023-12-29")


def test_a_line_counts_the_notes_it_does_not_quote_by_their_quotes(company):
    """A provision's line counts its wording notes it does not quote ("另有N处"), leaving out those another of its notes says:
    read by the note's own quotes, not the whole change it came from. 公司法 第四十六条 → 第六十七条's line quotes 不再规定（四）
    and the new 善意相对人 sentence and has two more notes (删除“对股东会负责”, "股东会授予的其他职权"): "另有1处" before."""
    from policydiff.render.ranking import ranked_headlines

    lines = [h.text for h in ranked_headlines(company) if h.text.startswith("第四十六条（现第六十七条）：删除或改写：")]
    assert len(lines) == 1 and lines[0].endswith("（另有2处）"), lines


def test_a_sentence_that_now_opens_on_its_jurisdictions_name_is_no_change(shanghai):
    """上海 第四十八条 → 第五十三条: "鼓励金融机构…" → "本市鼓励金融机构…" names the subject the sentence had (useless in reading
    210); inside a sentence 本市 would narrow what follows, and is said."""
    from conftest import old_pair, pair_messages

    from policydiff.findings.wording import _self_named

    notes = pair_messages(old_pair(shanghai, "第四十八条"))
    assert not [n for n in notes if "本市鼓励金融机构" in n], notes
    assert "表述修改：删除“在科创板”" in notes, notes
    assert not _self_named("企业", "本市企业", "对企业给予支持。", "对本市企业给予支持。")


review = _law("行政复议法", "2017-09-01", "2023-09-01")


def test_items_of_a_list_that_went_to_another_provision_are_said_there(review):
    """行政复议法 第二十八条（三）: its grounds for annulment, "1.主要事实不清、证据不足的" …, and the sentence that leads
    them in are 第六十四条's list ("（一）主要事实不清、证据不足", "（二）违反法定程序", "（四）超越职权或者滥用职权"), which the
    notes said "不再规定" (wrong in reading 209): most of the list is said there, so each of its items said there, short ones
    too, is "现见第六十四条", and 第六十四条 is said to come from 第二十八条, not new. "2.适用依据错误的" is the one item left on
    each side ("（三）适用的依据不合法"); "5.具体行政行为明显不当的" (now 第六十三条's 变更) is not read as moved."""
    from conftest import old_pair, pair_messages

    notes = pair_messages(old_pair(review, "第二十八条"))
    assert "“1.主要事实不清、证据不足的”不再在此规定，现见第六十四条" in notes, notes
    assert "“3.违反法定程序的”不再在此规定，现见第六十四条" in notes, notes
    assert "“4.超越或者滥用职权的”不再在此规定，现见第六十四条（文字有改动）" in notes, notes
    assert "“决定撤销或者确认该具体行政行为违法的，可以责令被申请人在一定期限内重新作出具体行政行为：”不再在此规定，现见第六十四条（文字有改动）" \
        in notes, notes
    # the one item of the list left unsaid on each side, sharing its words (适用, 依据): reworded (the margin of reading 215)
    assert "“2.适用依据错误的”不再在此规定，现见第六十四条（有较大修改）" in notes, notes
    assert "删除或改写：“5.具体行政行为明显不当的”" in notes, notes
    new = [f.message for p in review.pairs for c in p.new if c.display_label == "第六十四条" for f in p.findings]
    assert "“（二）违反法定程序”由原第二十八条移入" in new, new
    assert not [m for m in new if m.startswith("新增规定")], new


def test_a_fine_whose_sentence_is_said_moved_is_not_said_moved_again(marine):
    """海洋环境保护法 第八十二条 → 第一百零三条: "“违反本法第四十七条第一款的规定……处建设项目总投资额百分之一以上百分之五以下的
    罚款……”不再在此规定，现见第一百零一条" says where the fine went; "处建设项目总投资额1%–5%的罚款移至现第一百零一条" beside it
    said it again (useless in reading 211)."""
    from conftest import old_pair, pair_messages

    notes = pair_messages(old_pair(marine, "第八十二条"))
    assert [n for n in notes if "现见第一百零一条" in n and "百分之一以上百分之五以下" in n], notes
    assert not [n for n in notes if "的罚款移至现第一百零一条" in n], notes


civil = _law("民事诉讼法", "2021-12-24", "2023-09-01")


def test_or_before_a_lists_last_member_made_a_comma_is_no_note(civil):
    """民事诉讼法 第二百七十二条 → 第二百七十六条: "…可供扣押财产所在地、侵权行为地或者代表机构住所地人民法院管辖" → "…侵权行为地、
    代表机构住所地人民法院管辖": the list's last joiner written as its others ("“或者代表机构”改为“代表机构”", useless in reading
    214). 或者 between two words of no list is no joiner swapped."""
    from conftest import old_pair, pair_messages

    from policydiff.findings.slight import joiner_swapped

    notes = pair_messages(old_pair(civil, "第二百七十二条"))
    assert not [n for n in notes if "或者代表机构" in n], notes
    assert "表述修改：新增“除身份关系以外”" in notes, notes
    assert not joiner_swapped("由甲或者乙决定", "由甲、乙决定", (2, 5), (2, 4))


emergencies = _law("突发事件应对法", "2007-08-30", "2024-06-28")


def test_a_phrase_whose_words_taken_out_ended_it_is_quoted_on_to_the_words_after(emergencies):
    """突发事件应对法 第二十六条 → 第三十九条: "加强…队伍的合作，联合培训、联合演练" → "推动…队伍联合培训、联合演练": the new quote
    stopped at "…队伍" and read as the cooperation dropped (useless in reading 212); on to 联合培训 on both sides."""
    from conftest import old_pair, pair_messages

    notes = pair_messages(old_pair(emergencies, "第二十六条"))
    assert "表述修改：“加强专业应急救援队伍与非专业应急救援队伍的合作，联合培训”改为“推动专业应急救援队伍与非专业应急救援队伍联合培训”" in notes


def test_members_put_in_around_a_word_kept_that_another_note_names_are_its(roads):
    """道路运输条例 第三十九条: "从事机动车维修经营业务的…备案" → "从事道路货物运输站（场）经营、机动车维修经营和机动车驾驶员培训业务的
    …备案" is the filing note's "“道路货物运输站（场）经营”“机动车驾驶员培训”由许可改为备案" again (useless in reading 217): the
    members put in around the word kept are the ones it names. A particle or a two-character word is no member."""
    from conftest import old_pair, pair_messages

    notes = pair_messages(old_pair(roads, "第三十九条"))
    assert [n for n in notes if n.startswith("改为备案：")], notes
    assert not [n for n in notes if "机动车维修经营和机动车驾驶员培训" in n], notes


def test_an_edit_a_sentence_note_shows_is_not_said_again_and_a_system_kept_up_is_no_change(shanghai):
    """上海 第六十六条 → 第八十一条: "“金融”改为“在金融、建设工程、航运、知识产权”" beside the note whose quotes show it
    ("……支持金融等专业领域…" → "……支持在金融、建设工程、航运、知识产权等专业领域…"): useless in the English reading 220. 第三十五条
    → 第三十七条: "牵头建立统一的…系统" → "牵头建立和完善统一的…系统", a system set up and kept up (as 建立 → 建立健全, reading 171):
    useless there too."""
    from conftest import old_pair, pair_messages

    notes = pair_messages(old_pair(shanghai, "第六十六条"))
    assert not [n for n in notes if n == "表述修改：“金融”改为“在金融、建设工程、航运、知识产权”"], notes
    assert [n for n in notes if "支持在金融、建设工程、航运、知识产权等专业领域" in n], notes
    notes = pair_messages(old_pair(shanghai, "第三十五条"))
    assert not [n for n in notes if "建立和完善" in n], notes
    assert "表述修改：“对社会投资的低风险工程建设项目”改为“对社会投资的工程建设项目”" in notes, notes
