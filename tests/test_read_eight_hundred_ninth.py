"""What readings 809 and on (2026-12-05, the thirty-second session) found wrong or useless, fixed, pinned on the real
text (tests/fixtures/laws)."""

from conftest import held_out_fixture as _law
from conftest import law_fixture, new_pair, old_pair, pair_messages

from policydiff.diff import char_diff
from policydiff.models import Op
from policydiff.render.headlines import ranked_headlines

pollution = _law("最高人民法院、最高人民检察院关于办理环境污染刑事案件适用法律若干问题的解释", "2016-12-23", "2023-08-08")


def test_an_item_kept_in_its_tier_is_not_read_against_a_like_item_of_the_next(pollution):
    """2016 第一条 split into 2023 第一条 and 第二条: its （十一）"致使乡镇以上集中式饮用水水源取水中断十二小时以上的" is the new
    第一条（十）"致使乡镇集中式…", not 第二条（五）"致使县级城区集中式…": the diff of the joined texts lent its characters to the
    like item further on, and "“（十一）致使乡镇以上…”改为“（五）致使县级城区…”" followed (wrong in readings 758, 782, 791, 808
    and 814)."""
    notes = pair_messages(old_pair(pollution, "第一条"))
    assert not [n for n in notes if "乡镇以上" in n and "县级城区" in n], notes
    assert "“（五）致使县级城区集中式饮用水水源取水中断十二小时以上的”由原第三条移入，文字有改动" in notes, notes
    # (the land item moved a tier, its figures said as such: one note, the cases named)
    assert "数量：“严重污染环境”情形的五亩、十亩、二十亩，改为“情节严重”情形的十亩、二十亩、五十亩（现第二条）" in notes, notes
    assert not [n for n in notes if n.startswith("数量由五亩")], notes


def test_the_old_top_tier_item_goes_to_the_tier_that_took_its_place(pollution):
    """2016 第三条（一）"致使县级以上城区集中式饮用水水源取水中断十二小时以上的" (后果特别严重) is 2023 第二条（五）"致使县级城区…"
    (情节严重, the tier that replaced it), not 第三条's "1.致使设区的市级城区…" of a new, graver tier: "移至现第三条" and
    "由原第三条移入，文字有改动（“（一）致使县级以上”改为“1.致使设区的市级”）" were wrong in reading 814 (item 1) and before."""
    notes = pair_messages(old_pair(pollution, "第三条"))
    assert "“（一）致使县级以上城区集中式饮用水水源取水中断十二小时以上的”移至现第二条，文字有改动" in notes, notes
    assert not [n for n in notes if "设区的市级" in n], notes
    assert not [n for n in pair_messages(new_pair(pollution, "第三条")) if "由原第三条移入" in n]


def test_a_run_whose_diff_misread_an_item_is_cut_at_the_items_plainly_edited():
    """The character diff itself: in the two items' run, the old （十一） is kept against the new （十）, "以上" taken out, and
    the old （十二） edited against the new （六） apart from the five items put in before it."""
    old = ("（十）造成生态环境严重损害的；\n（十一）致使乡镇以上集中式饮用水水源取水中断十二小时以上的；\n"
           "（十二）致使基本农田、防护林地、特种用途林地五亩以上，其他农用地十亩以上，其他土地二十亩以上基本功能丧失或者遭受永久性破坏的；\n")
    new = ("（十）致使乡镇集中式饮用水水源取水中断十二小时以上的；\n（十一）其他严重污染环境的情形。\n"
           "实施刑法第三百三十八条规定的行为，具有下列情形之一的，应当认定为“情节严重”：\n"
           "（一）非法排放、倾倒、处置危险废物一百吨以上的；\n（二）违法所得或者致使公私财产损失一百万元以上的；\n"
           "（三）致使县级城区集中式饮用水水源取水中断十二小时以上的；\n"
           "（四）致使永久基本农田、公益林地十亩以上，其他农用地二十亩以上，其他土地五十亩以上基本功能丧失或者遭受永久性破坏的；\n")
    edits = char_diff(old, new)
    assert (Op.DELETE, "以上") in edits, edits
    assert "".join(t for op, t in edits if op is not Op.INSERT) == old
    assert "".join(t for op, t in edits if op is not Op.DELETE) == new
    inserted = [t for op, t in edits if op is Op.INSERT]
    assert any(t.endswith("（三）致使县级城区集中式饮用水水源取水中断十二小时以上的；\n") for t in inserted), edits


def test_the_deleted_tier_is_said_to_live_on_where_it_does(pollution):
    lines = [line.text for line in ranked_headlines(pollution)]
    line = next(t for t in lines if t.startswith("第三条（"))
    assert line.endswith("整条删除，部分内容现见第二条"), line


review = law_fixture("行政复议法", "2017-09-01", "2023-09-01")


def test_words_two_items_side_by_side_share_are_no_misread_item(review):
    """行政复议法 第三十三条 → 第七十八条: "，由行政复议机关依法强制执行，或者申请人民法院强制执行" ends its （二） and its new （三）;
    the diff that keeps it against either is read as made, and the new （三）'s mediation said ("新增“（三）行政复议调解书”")."""
    notes = pair_messages(old_pair(review, "第三十三条"))
    assert [n for n in notes if "（三）行政复议调解书" in n], notes


def test_one_old_sentence_is_quoted_once_against_all_it_became(pollution):
    """2016 第二条 → 2023 第四条: its one sentence is the new lead-in and three items; the note quoted the old sentence
    twice, against "实施…：……（二）具有本解释第二条第五项至第十……" and against "（二）…（三）…" (useless in reading 814, garbled)."""
    notes = [n for n in pair_messages(old_pair(pollution, "第二条")) if n.startswith("表述修改")]
    assert len(notes) == 1 and notes[0].count("“实施刑法第三百三十九条、第四百零八条") == 1, notes
    assert "（三）其他致使公私财产遭受重大损失或者严重危害人体健康的情形" in notes[0], notes


martyrs = _law("烈士褒扬条例", "2019-08-01", "2024-09-27")


def test_one_old_sentence_cut_into_items_is_quoted_once(martyrs):
    """烈士褒扬条例 第三十七条 → 第六十三条: the old list of conduct in one sentence is the new items （一）–（五）; it was quoted
    twice, against （二）（三） and against （三）…（五）, （三） in both."""
    notes = pair_messages(old_pair(martyrs, "第三十七条"))
    said = [n for n in notes if "“未经批准迁移烈士纪念设施，非法侵占" in n]
    assert len(said) == 1 and said[0].count("“未经批准迁移烈士纪念设施，非法侵占") == 1, notes
    assert said[0].count("（三）破坏、污损烈士纪念设施的") == 1 and "（五）在烈士纪念设施保护范围内" in said[0], notes


laundering = _law("反洗钱法", "2006-10-31", "2024-11-08")


def test_an_item_of_two_reports_is_said_split_in_two_items(laundering):
    """反洗钱法 第三十二条 → 第五十三条: "（三）未按照规定报送大额交易报告或者可疑交易报告的" is now "（三）未按照规定报告大额交易" and
    "（四）未按照规定报告可疑交易"; "改写：…改为“（四）未按照规定报告可疑交易”" alone read as the large-transaction report dropped
    (wrong in reading 809). The two cases are joined by "或者" without a comma, and the new （三） is no sentence put in whole
    (the diff read it as the old item edited)."""
    notes = pair_messages(old_pair(laundering, "第三十二条"))
    assert ("改写：“（三）未按照规定报送大额交易报告或者可疑交易报告的”分为“（三）未按照规定报告大额交易”“（四）未按照规定报告可疑交易”"
            in notes), notes


def test_the_documents_own_number_in_its_header_is_no_change(pollution):
    """2023's header holds its own number, "法释〔2023〕7号", on a line of its own (the 2016 copy has no header): "新增文号"
    was useless in reading 814, and no "新增规定" of the line either."""
    notes = pair_messages(pollution.pairs[0])
    assert not [n for n in notes if "法释〔2023〕7号" in n], notes
    assert "新增引用文件：《中华人民共和国环境保护法》" in notes, notes


def test_a_sentence_two_old_sentences_went_into_names_both(martyrs):
    """烈士褒扬条例 第三十四条 (new): its planning and care of memorial facilities is old 第五条's, its protected units and
    areas old 第二十七条's (which says "现见第三十四条"); "由原第五条移入" alone was wrong in reading 810."""
    notes = pair_messages(new_pair(martyrs, "第三十四条"))
    assert [n for n in notes if n.endswith("由原第五条、第二十七条移入，文字有改动")], notes


def test_a_deleted_duty_whose_act_another_provision_says_word_for_word_went_there(laundering):
    """反洗钱法 2006 第二十二条 "金融机构应当按照反洗钱预防、监控制度的要求，开展反洗钱培训和宣传工作" is 2024 第二十七条's
    "…按照要求开展反洗钱培训和宣传": "整条删除" was wrong in reading 809 (its act said word for word there, "工作" aside)."""
    notes = pair_messages(old_pair(laundering, "第二十二条"))
    assert [n for n in notes if n.endswith("不再在此规定，现见第二十七条（文字有改动）")], notes
    lines = [line.text for line in ranked_headlines(laundering)]
    assert not [t for t in lines if t.startswith("第二十二条（") and ("整条删除" in t or "已删除或改写" in t)], lines


def test_a_catch_all_of_a_list_put_in_whole_is_no_rule_of_its_own(pollution):
    """2016 第九条 → 2023 第十条: the new list of 情节严重 cases is put in whole, lead-in and items; "新增规定：“（三）其他情节严重
    的情形”" beside them said nothing (useless in reading 814). A catch-all added to a list that stood (保守国家秘密法
    第四十八条 → 第五十七条's "（十三）其他违反本法规定的情形") widens it and is still said."""
    notes = pair_messages(old_pair(pollution, "第九条"))
    assert "新增规定：“（三）其他情节严重的情形”" not in notes, notes
    assert "新增规定：“（一）违法所得三十万元以上的”" in notes, notes


secrets = _law("保守国家秘密法", "2010-04-29", "2024-02-27")


def test_a_catch_all_added_to_a_list_that_stood_is_said(secrets):
    notes = pair_messages(old_pair(secrets, "第四十八条"))
    assert "新增规定：“（十三）其他违反本法规定的情形”" in notes, notes


produce = _law("农产品质量安全法", "2018-10-26", "2022-09-02")


def test_a_quote_keeps_what_the_rule_does_when_the_laws_it_cites_are_long(produce):
    """农产品质量安全法 2022 第七十九条: the prosecutors' public-interest suit was quoted "…损害社会公共利益的……", cut before
    who may sue (useless in reading 819): the titles of the laws it acts under give way."""
    notes = pair_messages(old_pair(produce, "第五十四条"))
    said = [n for n in notes if n.startswith("新增规定：“食用农产品生产经营者")]
    # (since reading 1482 a sentence put in is quoted up to 128 characters: this one whole)
    assert said and "人民检察院可以依照《中华人民共和国民事诉讼法》、《中华人民共和国行政诉讼法》等法律的规定向人民法院提起诉讼" \
        in said[0], notes


livestock = _law("畜牧法", "2015-04-24", "2022-10-30")


def test_a_word_put_for_another_inside_a_bodys_name_is_quoted_with_the_name(livestock):
    """畜牧法 第二十九条 → 第三十条: "动物防疫监督机构" → "动物卫生监督机构" was "“防疫”改为“卫生”", bare words (useless in
    reading 819): the name, from its field to the body's word a few characters on, is quoted."""
    notes = pair_messages(old_pair(livestock, "第二十九条"))
    assert "表述修改：“动物防疫监督机构”改为“动物卫生监督机构”" in notes, notes


def test_the_provincial_level_named_by_its_three_kinds_is_no_change(livestock):
    """畜牧法 第六十条 → 第八十条: "省级人民政府畜牧兽医行政主管部门" → "省、自治区、直辖市人民政府农业农村主管部门" beside the
    department's rename said nothing more (useless in reading 819): 省级 is 省、自治区、直辖市. Seven such notes of the law."""
    for label in ("第六十条", "第十二条", "第十三条", "第十五条"):
        notes = pair_messages(old_pair(livestock, label))
        assert not [n for n in notes if "省、自治区、直辖市" in n], (label, notes)


rules = _law("全国人民代表大会常务委员会议事规则", "2009-04-24", "2022-06-24")


def test_also_may_is_may(rules):
    """议事规则 第十六条 → 第二十五条: "也可以同时" → "可以同时" is a power said as before (useless in reading 823)."""
    notes = [n for p in rules.pairs for n in pair_messages(p)]
    assert not [n for n in notes if "“也可以同时”改为“可以同时”" in n], notes


def test_a_headline_of_a_new_list_of_conduct_says_the_conduct_after_a_long_list_of_parties(produce):
    """农产品质量安全法 新增第七十三条: "（农产品生产企业、农民专业合作社、从事农产品收购的单位或者个人未按照…等）" cut before what
    is punished (useless in reading 819): the first party, then the conduct."""
    lines = [line.text for line in ranked_headlines(produce)]
    line = next(t for t in lines if t.startswith("新增第七十三条"))
    assert line.startswith("新增第七十三条（农产品生产企业…未按照规定开具承诺达标合格证等）"), line


espionage = _law("反间谍法", "2014-11-01", "2023-04-26")


def test_an_item_of_conduct_whose_last_phrase_is_long_is_quoted_with_its_end(espionage):
    """反间谍法 2023 第四条（四）: the cyber attacks it makes espionage were cut off, "…或者关键信息…" (useless in reading 830): the
    item's opening, then the end of its last phrase, which says the act."""
    notes = [n for p in espionage.pairs for n in pair_messages(p)]
    said = [n for n in notes if "（四）间谍组织及其代理人实施" in n]
    assert said and said[0].endswith("关键信息基础设施等的网络攻击、侵入、干扰、控制、破坏等活动”"), said


def test_a_duty_to_strengthen_one_thing_is_not_a_duty_to_strengthen_another(produce):
    """农产品质量安全法 2018 第二十条's "加强对农产品生产的指导" went, with its rules of technique, to 2022 第二十五条 ("…并加强对农产品
    生产经营者的培训和指导"), not to 第五十二条's "加强对农产品生产的监督管理" (wrong in readings 819 and 832) nor to 第五十七条's
    training of inspectors."""
    notes = pair_messages(old_pair(produce, "第二十条"))
    assert not [n for n in notes if "第五十二条" in n or "第五十七条" in n], notes
    assert [n for n in notes if n.endswith("移至现第二十五条，并作较大修改")], notes
    moved_in = pair_messages(new_pair(produce, "第二十五条"))
    assert [n for n in moved_in if "并加强对农产品生产经营者的培训和指导”由原第二十条移入" in n], moved_in
