"""Errors the forty-seventh and forty-eighth readings (2026-12-01/02, seeds 47101–47105 at e0c0e69, 48101–48105 at
a64c02d) found, fixed in the session after them, each pinned on the real text."""

from conftest import law_fixture as _law
from conftest import old_pair as _old
from conftest import pair_messages as _messages

company = _law("公司法", "2018-10-26", "2023-12-29")


def test_a_period_put_in_is_quoted_with_the_case_it_is_for_and_said_once(company):
    """公司法 第一百四十六条 → 第一百七十八条（二）: "…执行期满未逾五年，被宣告缓刑的，自缓刑考验期满之日起未逾二年" put in. The period's
    note quoted "自缓刑考验期满之日起未逾二年" (two years after what, for whom?), and a wording note said the whole insertion again
    (useless in the forty-seventh reading): the period's note now quotes its case, and is the only note of it."""
    notes = _messages(_old(company, "第一百四十六条"))
    assert "新增期限：二年（被宣告缓刑的，自缓刑考验期满之日起未逾二年）" in notes
    assert not [m for m in notes if "被宣告缓刑的" in m and m != "新增期限：二年（被宣告缓刑的，自缓刑考验期满之日起未逾二年）"]


patents = _law("专利法实施细则", "2010-01-09", "2023-12-11")


def test_two_figures_of_one_subject_say_whose_and_an_articles_figures_are_one_headline(patents):
    """专利法实施细则 第七十七条 → 第九十三条: "一项发明专利的奖金最低不少于3000元；一项实用新型专利或者外观设计专利的奖金最低不少于
    1000元" → 4000元, 1500元. The notes said "奖金由3000元提高到4000元" and "奖金由1000元提高到1500元", which is which unsaid,
    and each took a summary sentence, as 第七十八条's two rates did: four of the eight (useless twice in the forty-seventh
    and forty-eighth readings)."""
    notes = _messages(_old(patents, "第七十七条"))
    assert "发明专利的奖金由3000元提高到4000元" in notes
    assert "实用新型专利或者外观设计专利的奖金由1000元提高到1500元" in notes
    from policydiff.render.ranking import ranked_headlines

    top = [h.text for h in ranked_headlines(patents)[:8]]
    assert "第七十七条（现第九十三条）：发明专利的奖金由3000元提高到4000元；实用新型专利或者外观设计专利的奖金由1000元提高到1500元" in top
    assert "第七十八条（现第九十四条）：删除比例：利润不低于2%；删除比例：利润不低于0.2%" in top
    assert sum(1 for t in top if t.startswith(("第七十七条", "第七十八条"))) == 2


marine = _law("海洋环境保护法", "2017-11-04", "2023-10-24")


def test_an_exception_ending_in_chuwai_is_said_with_its_rule(marine):
    """海洋环境保护法 第三十八条 → 第五十六条: "禁止在岸滩弃置、堆放和处理固体废物；法律、行政法规另有规定的除外" put in was two
    notes, "新增规定：“法律、行政法规另有规定的除外”" qualifying nothing (useless in the forty-eighth reading)."""
    notes = _messages(_old(marine, "第三十八条"))
    assert "新增规定：“禁止在岸滩弃置、堆放和处理固体废物；法律、行政法规另有规定的除外”" in notes
    assert "新增规定：“法律、行政法规另有规定的除外”" not in notes


shanghai = _law("上海市优化营商环境条例", "2020-04-10", "2024-09-27")


def test_an_edit_opening_on_a_joiner_on_one_side_is_quoted_with_the_words_before_it(shanghai, marine):
    """上海市优化营商环境条例 第七十二条 → 第八十九条: "加强行业自律，加大对破产管理人的培训力度" → "加强行业自律和业务培训" was
    "“加大对破产管理人的培训力度”改为“和业务培训”", a fragment (useless in the forty-eighth reading). So 海洋环境保护法's
    "“予以警告，或者”改为“或者机构责令改正”": the body named is the same, "或者机构" put in after it."""
    notes = _messages(_old(shanghai, "第七十二条"))
    assert "表述修改：“加强行业自律，加大对破产管理人的培训力度”改为“加强行业自律和业务培训”" in notes
    notes = _messages(_old(marine, "第八十七条"))
    # (run on to the end of the clause its 或者 joins since reading 947)
    assert [m for m in notes if "“管理权的部门予以警告，或者处以罚款”改为“管理权的部门或者机构责令改正，处以罚款”" in m]


def test_the_words_before_an_edit_do_not_open_on_a_particle():
    from policydiff.findings.edits import _with_the_words_before

    old, new = "应当保守所知悉的国家秘密和商业秘密。", "应当保守所知悉的国家秘密、工作秘密、商业秘密。"
    assert _with_the_words_before("和商业秘密", "、工作秘密、商业秘密", old, new) == (
        "国家秘密和商业秘密", "国家秘密、工作秘密、商业秘密")  # (not "的国家秘密…")
    old, new = "会计档案的保管期限和销毁办法", "会计档案的保管期限、销毁办法"
    assert _with_the_words_before("和销毁", "、销毁", old, new)[0] in ("保管期限和销毁", "期限和销毁")
    assert _with_the_words_before("和", "和", "甲和乙", "甲和丙") == ("和", "和")  # (both open on it: as they are)


def test_a_word_said_twice_around_de_made_one_is_slight(patents):
    """专利法实施细则 第三十一条 → 第三十四条: "外观设计专利申请的申请人要求外国优先权" → "外观设计专利申请人要求外国优先权" was
    "表述修改：“的申请人要求”改为“人要求”", one person named two ways (useless in the forty-eighth reading)."""
    from policydiff.findings.slight import repeated_word_dropped

    assert _messages(_old(patents, "第三十一条")) == ["仅编号或个别虚词、同义用语不同，内容未变"]
    assert not repeated_word_dropped("的申请人要求", "人要求", "外观设计的申请人要求", "外观设计人要求")


def test_a_sentence_whose_words_stand_in_order_with_words_put_in_is_still_there(company, shanghai):
    """公司法 第一百八十三条 → 第二百三十二条: "公司因本法第一百八十条第（一）项…规定而解散的，应当在解散事由出现之日起十五日内成立
    清算组，开始清算" is "公司因本法第二百二十九条第一款第一项…规定而解散的，应当清算。董事为公司清算义务人，应当在…十五日内组成
    清算组进行清算": "不再规定" beside "新增“董事为公司清算义务人”" was wrong in the forty-eighth reading. 上海市优化营商环境条例
    第五十五条 → 第六十一条: "对直接涉及公共安全…依法实行全覆盖全过程重点监管" stands in the second paragraph with the sectors
    put in; it was said rewritten as the new 合规指引 sentence (wrong in the same reading)."""
    notes = _messages(_old(company, "第一百八十三条"))
    assert not [m for m in notes if m.startswith(("不再规定：“公司因本法第一百八十条", "删除或改写：“公司因本法第一百八十条"))]
    assert "表述修改：新增“董事为公司清算义务人”" in notes
    notes = _messages(_old(shanghai, "第五十五条"))
    assert not [m for m in notes if m.startswith("改写：“对直接涉及公共安全")]
    assert [m for m in notes if m.startswith("新增规定：“有关政府部门应当对直接涉及公共安全、人民群众生命健康等的特殊行业")]
    # (the words put in, each said: "“对直接”改为“规范重点监管程序，对食品…等直接”" until the eighty-fourth reading)
    assert "表述修改：新增“规范重点监管程序”；新增“食品、药品、建筑工程、交通、应急等”" in notes


def test_formulaic_sentences_with_other_figures_are_not_still_there(marine):
    """海洋环境保护法 第七十四条 → 第九十四条: "有前款第（二）、（四）项行为之一的，处五万元以下的罚款" holds, in order, most words of
    "有前款第四项、第五项行为之一的，处二十万元以上二百万元以下的罚款": not the same sentence, its fine is another."""
    notes = _messages(_old(marine, "第七十四条"))
    assert [m for m in notes if m.startswith("改写：“有前款第（二）、（四）项行为之一的，处五万元以下的罚款”")]


def test_a_sentence_edited_where_it_stands_is_not_another_sentences_rewrite(company):
    """公司法 第一百七十九条 → 第三十四条: "公司登记事项发生变更的，应当依法办理变更登记" is the first clause, "公司合并或者分立，登记
    事项发生变更的，应当依法向公司登记机关办理变更登记", edited; it was said the rewrite of "公司解散的，应当依法办理公司注销登记", and
    the clause it is the form of said deleted whole (wrong in the forty-eighth reading)."""
    notes = _messages(_old(company, "第一百七十九条"))
    assert not [m for m in notes if m.startswith("改写：“公司解散的")]
    assert "删除或改写：“公司解散的，应当依法办理公司注销登记”" in notes
    assert not [m for m in notes if m.startswith("表述修改：删除“公司合并或者分立，登记事项发生变更的")]


emergency = _law("突发事件应对法", "2007-08-30", "2024-06-28")


def test_a_name_said_again_after_a_joiner_left_out_is_slight(emergency):
    """突发事件应对法 第二十二条 → 第三十五条: "向所在地人民政府或者人民政府有关部门报告" → "向所在地人民政府或者有关部门报告"
    was "表述修改：删除“人民政府”", the same bodies (useless in the forty-ninth reading)."""
    from policydiff.findings.slight import repeated_word_dropped

    assert "表述修改：删除“人民政府”" not in _messages(_old(emergency, "第二十二条"))
    assert repeated_word_dropped("人民政府", "", "向所在地人民政府或者人民政府有关部门报告", "向所在地人民政府或者有关部门报告")
    assert not repeated_word_dropped("人民政府", "", "向人民政府或者人民政府有关部门报告", "向有关部门报告")


sport = _law("体育法", "2016-11-07", "2022-06-24")


def test_a_last_phrase_kept_in_a_sentence_that_rewrites_the_rest_is_that_sentences_rewrite(sport):
    """体育法 第三十九条 → 第六十五条: "全国性的单项体育协会管理该项运动的普及与提高工作，代表中国参加相应的国际单项体育组织" →
    "全国性单项体育协会是依法登记的体育社会组织，代表中国参加相应的国际单项体育组织，根据章程加入…". The note said the phrase
    kept word for word rewritten ("改写：“代表中国参加相应的国际单项体育组织”改为“…”", wrong in the forty-ninth reading): the
    rest of the old sentence is nowhere else, so the new sentence rewrites it whole."""
    notes = _messages(_old(sport, "第三十九条"))
    assert not [m for m in notes if m.startswith("改写：“代表中国参加")]
    assert [m for m in notes if m.startswith("改写：“全国性的单项体育协会管理该项运动的普及与提高工作，代表中国参加相应的国际单项体育组织”")]


review = _law("行政复议法", "2017-09-01", "2023-09-01")


def test_an_edit_only_a_citation_written_in_full_is_said_by_that_note(review):
    """行政复议法 第二十九条 → 第七十二条: "表述修改：“符合国家赔偿法”改为“对符合《中华人民共和国国家赔偿法》”" beside "引用写法修改：
    “国家赔偿法”改为“《中华人民共和国国家赔偿法》”", the "对" a fragment of the sentence split before it (useless in the
    forty-ninth reading). (The citation note itself is no note since readings 482 and 499 judged it useless: how the law
    is written.)"""
    notes = _messages(_old(review, "第二十九条"))
    assert not [n for n in notes if "国家赔偿法" in n and n.startswith(("表述修改", "引用写法修改"))], notes
    assert "表述修改：“符合国家赔偿法”改为“对符合《中华人民共和国国家赔偿法》”" not in notes


def test_yifa_put_in_or_taken_out_alone_is_slight(company):
    """公司法 第二十条 → 第二十一条: "应当依法承担赔偿责任" → "应当承担赔偿责任" was "表述修改：“依法承担赔偿”改为“承担赔偿”",
    no duty changed (useless in the forty-ninth reading)."""
    from policydiff.findings.slight import slight

    assert "表述修改：“依法承担赔偿”改为“承担赔偿”" not in _messages(_old(company, "第二十条"))
    assert slight("依法承担赔偿", "承担赔偿") and not slight("依法承担赔偿", "承担连带赔偿")


def test_a_duty_now_said_of_another_body_in_another_provision_moved_with_its_new_subject(emergency):
    """突发事件应对法 第八条 → 第十九条: "上级人民政府主管部门应当在各自职责范围内，指导、协助下级人民政府及其相应部门做好有关突发事件
    的应对工作" is in the new 第二十一条, the duty now of "县级以上人民政府应急管理部门和卫生健康、公安等有关部门": "不再规定" was wrong
    in the forty-seventh and forty-ninth readings; said moved, with who now bears it."""
    from policydiff.findings.gone import _given_to_another

    notes = _messages(_old(emergency, "第八条"))
    assert not [m for m in notes if m.startswith(("不再规定：“上级人民政府主管部门", "删除或改写：“上级人民政府主管部门"))]
    assert "“上级人民政府主管部门应当在各自职责范围内，指导、协助下级人民政府及其相应部门做好有关突发事件的应对工作”不再在此规定，" \
           "现见第二十一条（主体改为“县级以上人民政府应急管理部门和卫生健康、公安等有关部门”）" in notes
    # (a conduct is no body; a duty of one body with other words is another duty)
    assert not _given_to_another("经营者未按照规定备案的，由交通运输主管部门责令改正", "经营者未按照规定备案的，由公安机关责令改正")
    assert not _given_to_another("国务院有关部门应当制定安全生产标准和技术规范", "地方人民政府应当组织开展应急演练和宣传教育活动")


def test_words_taken_out_that_a_sentence_put_in_holds_are_its_old_form(review):
    """行政复议法 第十一条 → 第二十二条: "可以书面申请，也可以口头申请" → "可以书面申请；书面申请有困难的，也可以口头申请" was "删除“也可以
    口头申请”" beside "新增规定：“书面申请有困难的，也可以口头申请”": the oral application is kept, now only when writing is hard."""
    notes = _messages(_old(review, "第十一条"))
    assert "改写：“也可以口头申请”改为“书面申请有困难的，也可以口头申请”" in notes
    assert "表述修改：删除“也可以口头申请”" not in notes


def test_a_sentence_now_an_item_sharing_one_long_run_with_it_is_that_item(review):
    """行政复议法 第三十条 → 第二十三条: "公民、法人或者其他组织认为行政机关的具体行政行为侵犯其已经依法取得的土地、矿藏…等自然资源的
    所有权或者使用权的，应当先申请行政复议" is item "（二）对行政机关作出的侵犯其已经依法取得的自然资源的所有权或者使用权的决定不服"
    of the list of cases reviewed first: "不再规定" beside "新增规定" (wrong in the forty-ninth reading). The second old sentence
    (the final ruling on confirmed ownership) shares a run with the item too, fewer characters: not its old form."""
    notes = _messages(_old(review, "第三十条"))
    assert [m for m in notes if m.startswith("改写：“公民、法人或者其他组织认为行政机关的具体行政行为侵犯其已经依法取得的")
            and m.endswith("改为“（二）对行政机关作出的侵犯其已经依法取得的自然资源的所有权或者使用权的决定不服”")]
    assert [m for m in notes if m.startswith("删除或改写：“根据国务院或者省、自治区、直辖市人民政府对行政区划的勘定")]


def test_a_sentence_cut_down_to_one_of_its_rules_in_another_provision_moved_there(company):
    """公司法 第一百三十六条 (deleted) "公司发行新股募足股款后，必须向公司登记机关办理变更登记，并公告" → 第一百五十六条 "公司发行股份
    募足股款后，应予公告": "删除原第一百三十六条" beside "新增规定" (wrong in the forty-ninth and fiftieth readings). Not so
    第一百二十九条's "公司发行的股票，可以为记名股票，也可以为无记名股票" → "…应当为记名股票": a choice made a duty."""
    from policydiff.findings.moved import _cut_down
    from policydiff.findings.sentences import Sentence, _key

    def s(text):
        return Sentence(text, 0, len(text), _key(text))

    notes = _messages(_old(company, "第八十八条"))
    assert "“公司发行股份募足股款后，应予公告”由原第一百三十六条移入，文字有改动" in notes
    assert not _cut_down(s("公司发行的股票，可以为记名股票，也可以为无记名股票"), s("公司发行的股票，应当为记名股票"))


def test_two_bodies_renamed_into_one_listed_name_say_nothing_more_than_the_renames():
    """道路运输条例 2019 → 2022 第五十七条: "交通主管部门、道路运输管理机构及其他有关部门" → "县级以上人民政府交通运输主管部门及其他
    有关部门", two renames landing on one body with its level put in, beside the rename's note "（…本条3处）": the wording note
    said it again (useless in the fiftieth reading). 第五十五条, its new name written "上级交通运输主管部门" and once "县级以上
    人民政府交通运输主管部门", is one of the rename's articles (共33条, one short in the fifty-first reading); its note gives the
    rename's name since the sixty-third reading (two of its three places are not "县级以上人民政府…"), each way it writes it
    since recall 1522."""
    from conftest import LAWS
    from policydiff import compare

    roads = compare(LAWS / "道路运输条例/2019-03-02.md", LAWS / "道路运输条例/2022-03-29.md")
    notes = _messages(_old(roads, "第五十七条"))
    assert not [m for m in notes if m.startswith("表述修改：“交通主管部门、道路运输管理机构”")]
    assert [m for m in notes if m.startswith("“道路运输管理机构”改为")]
    assert "“道路运输管理机构”改为“县级以上人民政府交通运输主管部门”、“交通运输主管部门”（共33条，本条3处）" in _messages(_old(roads, "第五十五条"))


def test_a_rename_with_words_put_before_it_is_counted_by_the_four_words_after(company):
    """公司法 第九十二条 → 第一百零六条: "董事会应于创立大会结束后三十日内" → "董事会应当授权代表，于公司成立大会结束后三十日内": the
    rename made there too, "公司" put before it; "共2条" was short (wrong in the fiftieth reading)."""
    [founding] = [r for r in company.renames if r.old == "创立大会"]
    assert len(founding.pairs) == 3
    assert "“创立大会”改为“成立大会”（全文统一修改，共4条）" in _messages(_old(company, "第九十二条"))


def test_two_edits_carrying_a_word_across_are_the_phrase_rewritten(emergency, company):
    """突发事件应对法 第十一条 → 第十条: "有关人民政府及其部门采取的应对突发事件的措施，应当…" → "突发事件应对措施应当…" was
    "删除“有关人民政府及其部门采取的应对”；“的措施”改为“应对措施”", 应对 carried past 突发事件 (fragments, useless in the
    forty-seventh reading); so 公司法 第十八条's 保险福利."""
    assert "表述修改：“有关人民政府及其部门采取的应对突发事件的措施”改为“突发事件应对措施”" in _messages(_old(emergency, "第十一条"))
    assert "表述修改：“福利、保险和劳动安全卫生”改为“休息休假、劳动安全卫生和保险福利”" in _messages(_old(company, "第十八条"))


def test_de_qingxing_after_what_a_law_provides_is_slight(patents):
    """专利法实施细则 第六十五条 → 第六十九条: "属于专利法第五条、第二十五条的规定" → "属于专利法第五条、第二十五条规定的情形" was
    "表述修改：“规定”改为“规定的情形”", the same ground of invalidity (useless in the fifty-first reading)."""
    assert "表述修改：“规定”改为“规定的情形”" not in _messages(_old(patents, "第六十五条"))


def test_a_sentence_is_looked_for_elsewhere_with_its_citations_renumbered(company):
    """公司法 第四十四条: "但是，本法第五十条另有规定的除外" is 第六十七条's "有限责任公司设董事会，本法第七十五条另有规定的除外",
    old 第五十条 being new 第七十五条: "不再规定" beside "新增规定" (wrong in the fifty-first reading)."""
    from policydiff.findings.citations import renumbered

    assert "“但是，本法第五十条另有规定的除外”不再在此规定，现见第六十七条（文字有改动）" in _messages(_old(company, "第四十四条"))
    assert "“有限责任公司设董事会，本法第七十五条另有规定的除外”由原第四十四条移入，文字有改动" in _messages(_old(company, "第四十六条"))
    cite = renumbered(company.pairs)
    assert cite("但是，本法第五十条另有规定的除外") == "但是，本法第七十五条另有规定的除外"
    assert cite("本法第五十条至第五十二条") == "本法第五十条至第五十二条"  # (a range as it is)


def test_a_definition_replaced_by_another_is_one_rewrite(company):
    """公司法 第六十四条 → 第一百六十八条: "本法所称国有独资公司，是指…" → "本法所称国家出资公司，是指…": "不再规定" beside "新增规定"
    (wrong in the fifty-first reading); the term defined replaced, one note."""
    notes = _messages(_old(company, "第六十四条"))
    assert [m for m in notes if m.startswith("改写：“本法所称国有独资公司，是指") and "改为“本法所称国家出资公司，是指" in m
            and m.endswith("（所定义的概念由“国有独资公司”改为“国家出资公司”）")]
    assert not [m for m in notes if m.startswith(("不再规定：“本法所称", "新增规定：“本法所称", "删除或改写：“本法所称"))]


def test_a_drafting_norm_made_inside_another_edit_is_counted(company):
    """公司法 第一百九十七条 → 第二百四十九条: "移至中国境外" → "转移至中华人民共和国境外" is a wording note's edit, the twelfth
    "中国" → "中华人民共和国": "共11处" was short (wrong in the fifty-first reading)."""
    assert "规范用语：“中国”改为“中华人民共和国”（共12处，本条1处，含义未变）" in _messages(_old(company, "第二条"))


def test_an_exception_joined_to_its_rule_by_a_semicolon_is_slight(company):
    """公司法 第一百一十二条 → 第一百二十五条: "…负赔偿责任。但经证明…的，该董事可以免除责任" → "…负赔偿责任；经证明…" was
    "表述修改：“但经证明”改为“经证明”", the same exception (useless in the fifty-second reading)."""
    from policydiff.findings.slight import but_made_a_semicolon

    assert "表述修改：“但经证明”改为“经证明”" not in _messages(_old(company, "第一百一十二条"))
    assert not but_made_a_semicolon("但经证明", "经证明", "责任，但经证明的", "责任；经证明的")


def test_words_taken_out_that_another_provision_says_conjunct_by_conjunct_moved_there(company):
    """公司法 第一百四十七条 → 第一百七十九条: "删除“对公司负有忠实义务和勤勉义务”", the duties now 第一百八十条's two sentences
    ("…对公司负有忠实义务，…", "…对公司负有勤勉义务，…"), wrong in the fifty-second reading."""
    from policydiff.findings.notes_elsewhere import _conjuncts

    assert "“对公司负有忠实义务和勤勉义务”不再在此规定，现见第一百八十条（文字有改动）" in _messages(_old(company, "第一百四十七条"))
    assert _conjuncts("对公司负有忠实义务和勤勉义务") == ["对公司负有忠实义务", "对公司负有勤勉义务"]
    assert _conjuncts("股东会和董事会") == []  # (too short a head to lend words to the second)
