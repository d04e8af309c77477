"""What reading 326 (2026-12-04, the seventeenth session: 征兵工作条例 2001 → 2023 and 中国人民解放军实施《药品管理法》办法 2004 →
2025, read first as held out) found wrong or useless, fixed, pinned on the real text (tests/fixtures/laws)."""

from conftest import held_out_fixture as _law
from conftest import law_fixture, old_pair, pair_messages

drugs = _law("中国人民解放军实施《药品管理法》办法", "2004-12-09", "2025-04-05")
conscription = _law("征兵工作条例", "2001-09-05", "2023-04-01")


def test_a_confiscation_of_the_same_things_with_gains_added_is_the_gains_new(drugs):
    """"没收其使用的假药、劣药" → "没收其使用的假药、劣药和违法所得" (第二十条 → 第三十九条), "没收违法配制的制剂" → "…和违法所得"
    (第二十二条 → 第四十七条), "没收违法使用的制剂" and "没收违法销售的制剂" → "没收违法销售、使用的制剂和违法所得" (第二十八、二十九条 →
    第四十八条): each said "新增处罚：没收…的制剂和违法所得", as if the things' confiscation were new (wrong six times, notes and
    headlines, in reading 326). Only the illegal gains are."""
    for label in ("第二十条", "第二十二条", "第二十八条"):
        notes = pair_messages(old_pair(drugs, label))
        assert "新增处罚：没收违法所得" in notes, (label, notes)
        assert not [n for n in notes if n.startswith("新增处罚：没收") and n != "新增处罚：没收违法所得"], (label, notes)
    english = [f.message_en for f in old_pair(drugs, "第二十条").findings]
    assert "sanction added: confiscation of illegal gains" in english, english


def test_a_check_named_anew_is_no_new_step(conscription):
    """"应征公民的政治审查工作，由县、市征兵办公室统一组织" → "征兵政治考核由…征兵办公室统一组织" (第二十条 → 第二十三条) and "体格检查、政治
    审查合格的" → "体格检查、政治考核合格的" (第二十三条 → 第二十七条): the political review named anew, said "新增程序“考核”" (useless
    twice in reading 326)."""
    for label in ("第二十条", "第二十三条"):
        notes = pair_messages(old_pair(conscription, label))
        assert not [n for n in notes if "程序“考核”" in n], (label, notes)


def test_a_hedge_gone_with_the_rule_it_hedged_is_no_firmer_rule(conscription):
    """"抽查人数一般不少于征兵人数的三分之一" → "根据需要组织对体格检查合格的应征公民进行抽查" (第十九条 → 第二十二条): the quota went with its
    "一般"; "弹性表述“一般”被删除：要求不再留有例外" said the sampling became stricter (wrong in reading 326)."""
    notes = pair_messages(old_pair(conscription, "第十九条"))
    assert not [n for n in notes if "一般" in n and "例外" in n], notes
    assert [n for n in notes if "抽查人数一般不少于征兵人数的三分之一" in n], notes  # (the rewrite says what went)


def test_penalties_rewritten_in_new_names_pair_by_their_conduct(drugs):
    """中国人民解放军实施《药品管理法》办法 2004 第二十一条 (未取得《医疗机构制剂许可证》配制制剂), 第二十三条 (为假劣药品提供运输、保管、
    仓储等便利条件), 第二十五条 (涂改、倒卖、出租、出借…许可证) are 2025 第三十八条, 第四十条, 第四十一条, the licences renamed: each was
    "整条删除" beside a "新增" article (four headlines wrong in reading 326). The aligner pairs penalties by their conduct
    (realign rule 7), and the notes say the opening sentence rewritten, not taken out beside one put in."""
    for old, new in (("第二十一条", "第三十八条"), ("第二十三条", "第四十条"), ("第二十五条", "第四十一条")):
        pair = old_pair(drugs, old)
        assert [c.label for c in pair.new] == [new], (old, [c.label for c in pair.new])
    notes = pair_messages(old_pair(drugs, "第二十三条"))
    assert [n for n in notes if n.startswith("改写：“军队单位明知或者应知属于假劣药品而为其提供运输、保管、仓储等便利条件的")], notes
    assert not [n for n in notes if n.startswith(("新增规定：“军队单位和人员", "不再规定：“军队单位明知", "删除或改写：“军队单位明知"))], notes


def test_without_leave_said_as_without_approval_is_no_new_step(drugs):
    """"军队药品供应保障机构擅自向地方药品经营企业和医疗机构供应药品的" → "…未经批准向地方单位或者个人提供军队特需药品的" (第二十四条 →
    第四十五条, paired by its conduct): "擅自" is "未经批准", no "新增程序“经批准”" (a headline once the two were paired)."""
    pair = old_pair(drugs, "第二十四条")
    assert [c.label for c in pair.new] == ["第四十五条"], [c.label for c in pair.new]
    assert not [n for n in pair_messages(pair) if "经批准" in n and "程序" in n], pair_messages(pair)


def test_two_chapters_merged_are_said_merged_not_a_chapter_put_in(conscription):
    """征兵工作条例 2001's "第六章 交接新兵" and "第七章 运输新兵" are 2023's "第六章 交接运输新兵": "新增第六章“交接运输新兵”" was
    wrong in reading 326 (the chapter holds both old chapters' provisions)."""
    from policydiff.render.headlines import ranked_headlines

    said = [h.text for h in ranked_headlines(conscription, "zh")]
    assert "原第六章“交接新兵”、第七章“运输新兵”合并为第六章“交接运输新兵”（第三十五条至第四十七条，共13条）" \
        in said, said[:10]
    assert not [m for m in said if m.startswith("新增第六章")], said[:10]


def test_a_condition_edited_where_it_stands_is_not_said_elsewhere(drugs):
    """第六条 → 第二十五条: "应当经省、自治区、直辖市人民政府药品监督管理部门审核同意" → "应当经国务院药品监督管理部门或者省、自治区、
    直辖市人民政府药品监督管理部门审核，并经…同意": "不再在此规定，现见第二十三条（文字有改动）" pointed at a filing with the same
    authority's name (wrong in reading 326). The edit is the wording note's."""
    notes = pair_messages(old_pair(drugs, "第六条"))
    assert not [n for n in notes if "现见第二十三条" in n], notes
    assert [n for n in notes if "“应当经省”改为“应当经国务院药品监督管理部门或者省”" in n], notes  # (应当: since reading 1970)


def test_sanctions_on_those_responsible_given_once_for_every_breach_are_said_there(drugs):
    """2004's penalties each ended "对主要负责人、负有责任的主管人员和其他直接责任人员，依照《中国人民解放军纪律条令》的规定，给予处分";
    2025 gives those sanctions once, 第五十四条 ("…或者有其他违反本办法规定行为的，对负有责任的领导人员和直接责任人员，依法依规给予
    处分"). "不再规定：…给予处分" on 第二十二条 → 第四十七条 and 第三十四条 → 第五十五条 was wrong in reading 327."""
    for label in ("第二十二条", "第三十四条", "第二十条"):
        notes = pair_messages(old_pair(drugs, label))
        assert "“对主要负责人、负有责任的主管人员和其他直接责任人员，依照《中国人民解放军纪律条令》的规定，给予处分”不再在此规定，" \
            "现由第五十四条统一规定" in notes, (label, notes)
        assert not [n for n in notes if n.startswith(("不再规定：", "删除或改写：")) and "给予处分" in n], (label, notes)


def test_one_of_several_sentences_taken_out_of_a_paragraph_is_the_one_put_in_rewritten(conscription):
    """征兵工作条例 第十九条 → 第二十二条: "县、市征兵办公室应当组织对准备批准服现役的应征公民进行体格抽查，抽查人数一般不少于征兵人数的三分之一"
    → "县级以上地方人民政府征兵办公室根据需要组织对体格检查合格的应征公民进行抽查" was "不再规定" beside "新增规定" (both wrong in
    reading 327): the submariners' re-examination taken out of the same paragraph shares none of its words. So, in the
    Shijingshan draft's 第十三条 → 第十二条, "整合各部门服务资源对企业开展精准服务…" is rewritten as "建立政企沟通渠道…提高服务精准性…"."""
    notes = pair_messages(old_pair(conscription, "第十九条"))
    assert [n for n in notes if n.startswith("改写：“县、市征兵办公室应当组织对准备批准服现役的应征公民进行体格抽查")], notes
    assert not [n for n in notes if n.startswith(("不再规定：“县、市征兵办公室", "新增规定：“县级以上地方人民政府征兵办公室根据需要",
                                                  "删除或改写：“县、市征兵办公室"))], \
        notes
    from conftest import SHIJINGSHAN
    from policydiff import compare

    notes = pair_messages(old_pair(compare(SHIJINGSHAN / "2022-draft.txt", SHIJINGSHAN / "2022-final-web.txt"), "第十三条"))
    assert [n for n in notes if n.startswith("改写：“整合各部门服务资源对企业开展精准服务")], notes
    assert "不再规定：“支持为工业互联网领域重点企业配备服务管家，扩大服务覆盖面”" in notes, notes


def test_a_licence_in_book_marks_named_on_without_them_is_no_document_gone(drugs):
    """"删除引用文件：《医疗机构制剂许可证》" (第三十四条 → 第五十五条, wrong in readings 326 and 328): a licence, not a document
    cited, and the new version names it on, "军队医疗机构制剂许可证"."""
    notes = pair_messages(old_pair(drugs, "第三十四条"))
    assert not [n for n in notes if "引用文件" in n and "许可证" in n], notes


livestock = _law("畜牧法", "2015-04-24", "2022-10-30")


def test_a_step_not_taken_listed_with_other_breaches_is_no_new_step(livestock):
    """畜牧法 第六十六条 → 第八十六条: "兴办畜禽养殖场未备案，畜禽养殖场未建立养殖档案或者未按照规定保存养殖档案的，由…责令限期改正"
    punishes not filing, a duty 第三十九条 states: "新增程序“备案”" was wrong in reading 329."""
    notes = pair_messages(old_pair(livestock, "第六十六条"))
    assert not [n for n in notes if "程序“备案”" in n], notes
    assert [n for n in notes if "兴办畜禽养殖场未备案" in n], notes


def test_an_age_in_years_and_in_full_years_is_one_age(conscription):
    """征兵工作条例 第十一条: "年满18岁的男性公民进行兵役登记" → "满18周岁的男性公民进行初次兵役登记" was "新增年龄：18周岁" (wrong in
    the English reading 332): 岁 is an age as 周岁 is."""
    notes = pair_messages(old_pair(conscription, "第十一条"))
    assert not [n for n in notes if "年龄" in n and "18" in n], notes


def test_a_figure_put_in_twice_in_one_sentence_is_said_once(conscription):
    """征兵工作条例 第四十三条 → 第五十二条: "…自新兵训练机构、部队人员到达之日起7个工作日内，或者征兵办公室人员到达之日起7个工作日内
    办理完毕" was "新增期限：7个工作日" beside "新增期限：7个工作日（…）" (useless in the English reading 332)."""
    notes = pair_messages(old_pair(conscription, "第四十三条"))
    assert [n for n in notes if n.startswith("新增期限：7个工作日（")], notes
    assert "新增期限：7个工作日" not in notes, notes


cryptography = _law("商用密码管理条例", "1999-10-07", "2023-04-27")


def test_a_new_fine_for_a_case_of_its_own_is_said_with_its_case(cryptography):
    """商用密码管理条例 第二十二条 → 第五十三条: "违法所得10万元以上的，可以并处违法所得1倍以上3倍以下罚款" was "新增罚款：处违法所得1–3倍"
    beside "新增规定：“违法所得10万元以上的，可以并处…罚款”" (useless in reading 331): the fine said with its case, once."""
    notes = pair_messages(old_pair(cryptography, "第二十二条"))
    assert "新增罚款：违法所得10万元以上的，可以处违法所得1–3倍" in notes, notes  # (可以: readings 1739 and on)
    assert not [n for n in notes if n.startswith("新增规定：“违法所得10万元以上的")], notes


def test_a_numeral_that_goes_on_after_its_wan_is_one_number():
    """"致使疏散、转移群众一万五千人以上的" (两高环境污染刑事案件解释 2016 第三条 (七)) was read as "一万" of money and "五千人": the
    deleted article's headline said "含一百万元以上、一万两项金额"."""
    from policydiff.findings.figures import parse_figures
    from policydiff.findings.lexicon import load_lexicon

    lexicon = load_lexicon()
    assert [(f.text, f.value, f.unit) for f in parse_figures("致使疏散、转移群众一万五千人以上的；", lexicon)] == \
        [("一万五千人", 15000.0, "人")]
    assert [(f.text, f.value) for f in parse_figures("处五万元以上十万元以下罚款，二十五万五千元", lexicon)] == \
        [("五万元", 50000.0), ("十万元", 100000.0), ("二十五万五千元", 255000.0)]


food = _law("最高人民法院、最高人民检察院关于办理危害食品安全刑事案件适用法律若干问题的解释", "2013-05-02", "2021-12-30")
pollution = _law("最高人民法院、最高人民检察院关于办理环境污染刑事案件适用法律若干问题的解释", "2016-12-23", "2023-08-08")


def test_what_reading_333_found_said_twice_or_of_nothing(food, pollution):
    """两高危害食品安全刑事案件解释 2013 → 2021: "新增规定：“本解释自2022年1月1日起施行”" beside "新增施行日期条款：自2022年1月1日
    起施行" (useless), and "新增引用文件：《中华人民共和国刑法》" where the old preamble said "根据刑法有关规定" (wrong); 两高环境污染
    刑事案件解释 第一条: "下限表述“以上”被添加，仍有“以上”，期限下限不变" (useless, a headline). All read first in reading 333."""
    notes = pair_messages(old_pair(food, "第二十二条"))
    assert "新增施行日期条款：自2022年1月1日起施行" in notes and "新增规定：“本解释自2022年1月1日起施行”" not in notes, notes
    preamble = [f.message for p in food.pairs for f in p.findings if "刑法》" in f.message]
    assert "新增引用文件：《中华人民共和国刑法》" not in preamble, preamble
    notes = pair_messages(old_pair(pollution, "第一条"))
    assert not [n for n in notes if "仍有“以上”" in n], notes


def test_an_articles_terms_met_where_the_article_was_applied_before_is_no_new_condition(food):
    """两高危害食品安全刑事案件解释 第十五条 → 第十九条: "…情节严重的，依照刑法第二百二十二条的规定以虚假广告罪定罪处罚" → "…符合刑法
    第二百二十二条规定的，以虚假广告罪定罪处罚" was "新增条件：“符合刑法第二百二十二条规定的”" (wrong, a headline, in readings 333
    and 334)."""
    notes = pair_messages(old_pair(food, "第十五条"))
    assert not [n for n in notes if n.startswith("新增条件") and "第二百二十二条" in n], notes


def test_a_provision_of_one_paragraph_that_gained_one_reads_its_paragraph_against_the_first(food):
    """两高危害食品安全刑事案件解释 第十八条 → 第二十二条: "…可以适用缓刑，但是应当同时宣告禁止令，禁止其在缓刑考验期限内从事…" → "对于
    依法适用缓刑的，可以根据犯罪情况，同时宣告禁止令", a paragraph put in after it: "不再规定" beside "新增规定", both wrong (and a
    headline) in readings 333 and 334. (So 议事规则 第二十二条's special reports are "常务委员会根据年度工作计划和需要听取…专项
    工作报告" rewritten, not item (六).)"""
    notes = pair_messages(old_pair(food, "第十八条"))
    assert [n for n in notes if n.startswith("改写：“根据犯罪事实、情节和悔罪表现") and "同时宣告禁止令”" in n], notes
    assert not [n for n in notes if n.startswith("新增规定：“对于依法适用缓刑的")], notes


accounting = law_fixture("会计法", "2017-11-04", "2024-06-28")
marine = law_fixture("海洋环境保护法", "2017-11-04", "2023-10-24")


def test_new_fines_for_a_case_of_their_own_on_the_corpus(accounting, marine):
    """The same rule on the corpus (../shared/corpus/laws): 会计法 第四十三、四十四条 → 第四十一条's fine in multiples of the
    illegal gains applies only "违法所得二十万元以上的"; 海洋环境保护法 第七十四条 → 第九十四条's fine on those responsible only
    "有前款第二项行为的". Each was said without its case, as if it held for every breach."""
    notes = pair_messages(old_pair(accounting, "第四十三条"))
    assert "新增罚款：违法所得二十万元以上的，对单位可以处违法所得1–10倍" in notes, notes
    notes = pair_messages(old_pair(marine, "第七十四条"))
    assert [n for n in notes if n.startswith("新增罚款：有前款第二项行为的，对直接负责的主管人员和其他直接责任人员处1万–10万元")], notes


sports = law_fixture("体育法", "2016-11-07", "2022-06-24")


def test_a_paragraph_put_in_after_a_rewritten_one_is_said_put_in_on_the_corpus(sports):
    """体育法 第十七条 → 第二十五条 (../shared/corpus/laws): the schools' sentence is rewritten into the new first paragraph, and
    the sports departments' help to schools, a paragraph put in after it, is said put in, not quoted as part of that rewrite."""
    notes = pair_messages(old_pair(sports, "第十七条"))
    assert [n for n in notes if n.startswith("改写：“教育行政部门和学校应当将体育作为学校教育的组成部分")
            and "体育行政部门应当" not in n], notes
    assert [n for n in notes if n.startswith("新增规定：“体育行政部门应当在传授体育知识技能")], notes
