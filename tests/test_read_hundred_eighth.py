"""What the hundred-and-eighth reading (2026-12-03: groups A–D, seeds 108101–108104, on ab064b5's JSON) and the earlier
readings' open items found wrong, useless or less than clear, fixed after them, pinned on the real text."""

from conftest import law_fixture as _law
from conftest import old_pair as _old
from conftest import pair_messages as _messages

company = _law("公司法", "2018-10-26", "2023-12-29")
review = _law("行政复议法", "2017-09-01", "2023-09-01")


def test_a_rename_counts_the_new_articles_it_was_made_in(company, review):
    """"“创立大会”统一改为“成立大会”（共3条）": three pairs, but 第九十条 split into 第一百零三条 and 第一百零四条, both of which
    write 成立大会, so the new version makes it in four articles (第一百零三条 to 第一百零六条; readers counted four, the note
    three, in readings 102 and 107). 行政复议法 第二十三条 → 第四十七条+第四十八条 likewise."""
    from policydiff.render.json import comparison_dict
    from policydiff.render.ranking import ranked_headlines

    assembly = next(r for r in company.renames if r.old == "创立大会")
    assert len(assembly.pairs) == 3 and assembly.provision_count == 4
    new_articles = {c.label for c in company.new.clauses if "成立大会" in c.text}
    assert new_articles == {"第一百零三条", "第一百零四条", "第一百零五条", "第一百零六条"}
    assert "“创立大会”改为“成立大会”（全文统一修改，共4条，本条4处）" in _messages(_old(company, "第九十条"))
    assert "“创立大会”统一改为“成立大会”（共4条）" in [h.text for h in ranked_headlines(company)]
    assert {"old": "创立大会", "new": "成立大会", "provisions": 4}.items() <= next(
        r for r in comparison_dict(company)["renames"] if r["old"] == "创立大会").items()
    act = next(r for r in review.renames if r.old == "具体行政行为")
    assert act.provision_count == len(act.pairs) + 1


def test_a_rule_restated_with_a_preposition_for_a_verb_is_found_where_it_is_now(company):
    """公司法 第一百七十九条 → 第三十四条: "不再规定：“设立新公司的，应当依法办理公司设立登记”" (wrong in the hundred-and-eighth
    reading): 第二十九条 says "设立公司，应当依法向公司登记机关申请设立登记". 办理 for 向 was read as one short word swapped for
    another, a sentence about another thing; a preposition names nothing."""
    notes = _messages(_old(company, "第一百七十九条"))
    assert "“设立新公司的，应当依法办理公司设立登记”不再在此规定，现见第二十九条（文字有改动）" in notes, notes
    assert not [n for n in notes if n.startswith(("不再规定：“设立新公司", "删除或改写：“设立新公司"))], notes


accounting = _law("会计法", "2017-11-04", "2024-06-28")


def test_a_sentence_moved_into_a_new_provision_of_its_own_is_one_headline(accounting):
    """会计法 第八条's 军队 sentence is 第四十九条, a provision of its own: three headlines said the move (第八条's "…移至现第四十九条",
    第四十九条's "由原第八条移入" line and its sentence's "…由原第八条移入"), two of them useless in the hundred-and-ninth reading
    (ranks 9 to 15). One line, the new provision's, with what changed."""
    from policydiff.render.ranking import ranked_headlines

    texts = [h.text for h in ranked_headlines(accounting)]
    said = [t for t in texts if "第四十九条" in t and "第八条" in t]
    assert said == ["第四十九条（中央军事委员会有关部门可以依照本法和国家统一的会计制度制定军队…）由原第八条移入，文字有改动"
                    "（“中国人民解放军总后勤部”改为“中央军事委员会有关部门”；“报国务院财政部门备案”改为“抄送国务院财政部门”）"], said


payments = _law("保障中小企业款项支付条例", "2020-07-05", "2025-03-17")


def test_a_record_of_promulgation_put_before_the_first_article_ranks_with_the_record(payments):
    """保障中小企业款项支付条例 2025 puts "2020年7月5日中华人民共和国国务院令第728号公布 / 2025年3月17日…第802号修订" before
    第一条: "新增序言（…）" was its thirteenth headline, above the changes of its articles (useless in reading 109). It says
    when, not what: ranked with the record's lines, after the wording."""
    from policydiff.render.ranking import ranked_headlines

    lines = [h.text for h in ranked_headlines(payments)]
    record = next(i for i, t in enumerate(lines) if t.startswith("新增序言（2020年7月5日中华人民共和国国务院令第728号公布"))
    # (after every wording line: since the session after reading 116, a few provisions reworded only are each a line)
    wording = max(i for i, h in enumerate(ranked_headlines(payments)) if h.kind == "wording_changed")
    assert wording < record, (wording, record, lines[record - 2:record + 2])


statistics = _law("统计法", "2009-06-27", "2024-09-13")


def test_a_prohibition_put_into_a_sentence_is_said_by_its_provisions_line(statistics):
    """统计法 第六条 → 第七条 puts "不得明示、暗示下级单位及其人员或者统计调查对象填报虚假统计数据" into its list of what the
    heads of governments and units must not do; the provision's headline quoted only its other note (a level put before
    统计机构) and missed the new prohibition (wrong in reading 109)."""
    from policydiff.render.ranking import ranked_headlines

    line = next(h.text for h in ranked_headlines(statistics) if h.text.startswith("第六条（现第七条）："))
    assert "新增“不得明示、暗示下级单位及其人员或者统计调查对象填报虚假统计数据”" in line, line
    # (quoted first: the words that bind before a long rewording of a level put in)
    assert line.startswith("第六条（现第七条）：表述修改：新增“不得明示、暗示"), line


def test_a_moved_sentence_that_quotes_a_principle_is_read_as_moved(payments):
    """保障中小企业款项支付条例 第二十五条's first sentence is old 第十七条's, with its principle in quotes ("按照“属地管理、分级负责，
    谁主管谁负责、谁监管谁负责”的原则"): the quote in the move's note ended at the inner ”, so the headline said "新增第二十五条"
    alone (wrong in reading 109: the rule was already in 第十七条第二款)."""
    from policydiff.render.ranking import ranked_headlines

    lines = [h.text for h in ranked_headlines(payments)]
    assert [t for t in lines if t.startswith("新增第二十五条（") and t.endswith("，部分内容由原第十七条移入")], \
        [t for t in lines if "第二十五条" in t]
    # (its gist cut at no comma inside the quote, and the quote it cuts short closed)
    assert "新增第二十五条（受理投诉部门应当按照“属地管理、分级负责，谁主管谁负责、谁监管谁…”），部分内容由原第十七条移入" in lines


def test_liability_said_by_reference_alone_ranks_as_a_duty(review, payments):
    """A new provision whose only sanctions are 依法给予处分 and 依法追究刑事责任 sets none of its own: 行政复议法 2023's
    第八十四条 was the fourth headline of a law rewritten throughout, 保障中小企业款项支付条例 2025's 第三十五条 the first,
    above the new 60-day term for paying (useless in reading 108). They rank as new duties now."""
    from policydiff.render.ranking import ranked_headlines

    lines = [h.text for h in ranked_headlines(review)]
    assert next(i for i, t in enumerate(lines) if t.startswith("新增第八十四条（拒绝、阻挠行政复议人员调查取证")) >= 15
    lines = [h.text for h in ranked_headlines(payments)]
    assert lines[0].startswith("第八条（现第九条）：新增期限：60日"), lines[:3]
    assert next(i for i, t in enumerate(lines) if t.startswith("新增第三十五条（")) > 5


def test_a_provisions_line_counts_all_its_notes_it_does_not_quote(payments):
    """保障中小企业款项支付条例 第四条 → 第五条 has five wording notes; its line quotes two and said "（另有1处）", counting only
    the sentences rewritten, put in or taken out (wrong in reading 110: 删除“宏观指导” and a third paragraph were not counted)."""
    from policydiff.render.ranking import ranked_headlines

    line = next(h.text for h in ranked_headlines(payments) if h.text.startswith("第四条（现第五条）："))
    assert line.endswith("（另有3处）"), line


def test_a_sentence_whose_clauses_one_provision_says_apart_is_found_there(company):
    """公司法 第一百二十五条's "股份有限公司的资本划分为股份，每一股的金额相等" is 第一百四十二条's "公司的资本划分为股份" and "采用
    面额股的，每一股的金额相等", two sentences of one provision: it was "不再规定" (wrong in reading 111)."""
    notes = _messages(_old(company, "第一百二十五条"))
    assert "“股份有限公司的资本划分为股份，每一股的金额相等”不再在此规定，现见第一百四十二条（文字有改动）" in notes, notes


emergencies = _law("突发事件应对法", "2007-08-30", "2024-06-28")


def test_a_deleted_provision_most_of_which_one_provision_took_says_so(emergencies):
    """突发事件应对法 第九条: its 行政领导机关 clause, two thirds of it, is 第十九条's; only "其办事机构及具体职责由国务院规定" is
    gone. "整条删除，部分内容现见第十九条" misled a reader of 111 (wrong): "删除，大部分内容现见第十九条"."""
    from policydiff.render.ranking import ranked_headlines

    lines = [h.text for h in ranked_headlines(emergencies)]
    assert "第九条（国务院和县级以上地方各级人民政府是突发事件应对工作的行政领导机关…）删除，大部分内容现见第十九条" in lines
    assert "Article 9 deleted (国务院和县级以上地方各级人民政府是突发事件应对工作的行政领导机关…); most of it is now in " \
           "Article 19" in [h.text for h in ranked_headlines(emergencies, "en")]


def test_a_principle_said_in_another_frame_is_found_where_it_is_now(emergencies):
    """突发事件应对法 第五条 → 第三十二条: "突发事件应对工作实行预防为主、预防与应急相结合的原则" is new 第五条's last clause,
    "突发事件应对工作应当坚持总体国家安全观…；坚持预防为主、预防与应急相结合": it was "不再规定" (wrong in reading 112). The
    clause after "；" is read with its sentence's subject, and 实行…的原则 as 坚持…."""
    notes = _messages(_old(emergencies, "第五条"))
    assert "“突发事件应对工作实行预防为主、预防与应急相结合的原则”不再在此规定，现见第五条（文字有改动）" in notes, notes


sports = _law("体育法", "2016-11-07", "2022-06-24")
ocean = _law("海洋环境保护法", "2017-11-04", "2023-10-24")


def test_a_short_provision_rewritten_whole_is_one_rewrite(sports, ocean, review):
    """体育法 第二十九条 → 第四十五条 (athletes' registration) and 海洋环境保护法 第二十一条 → 第三十四条 (marine protected areas):
    every sentence taken out, every one put in, the same things spoken of; "新增规定：“运动员可以参加单项体育协会的注册…”" and
    "不再规定：“…选划、建立海洋自然保护区”" were wrong in reading 111 (the old rule is the new one's old form). One note (an
    approval no longer required said apart). 行政复议法
    第十八条 → 第三十三条 shares only the law's procedural words with its new text (转送 and 驳回申请 are two rules): not one."""
    notes = _messages(_old(sports, "第二十九条"))
    assert notes == ["改写：“全国性的单项体育协会对本项目的运动员实行注册管理”“经注册的运动员，可以根据国务院体育行政部门的规定，参加有关的"
                     "体育竞赛和运动队之间的人员流动”改为“国家依法保障运动员选择注册与交流的权利”“运动员可以参加单项体育协会的注册，并"
                     "按照有关规定进行交流”"], notes
    assert [n for n in _messages(_old(ocean, "第二十一条")) if n.startswith("改写：“国务院有关部门和沿海省级人民政府应当根据保护海洋生态")]
    # (the approval the new sentence does not require stays said apart: tests/test_read_thirtyseventh.py)
    assert [n for n in _messages(_old(ocean, "第二十一条")) if n.startswith(("不再规定", "删除或改写"))] == [
        "删除或改写：“国家级海洋自然保护区的建立，须经国务院批准”"]
    assert not [n for n in _messages(_old(review, "第十八条")) if n.startswith("改写：")]


def test_a_rule_applied_by_reference_now_stated_is_its_rewrite(company):
    """公司法 第一百一十三条 → 第一百二十六条: "本法第四十九条关于有限责任公司经理职权的规定，适用于股份有限公司经理" is now said
    of the manager itself, "经理对董事会负责，根据公司章程的规定或者董事会的授权行使职权": "不再规定" beside "新增规定" was wrong
    in reading 113 (the powers are still stated, no longer by the list of 第四十九条)."""
    notes = _messages(_old(company, "第一百一十三条"))
    assert "改写：“本法第四十九条关于有限责任公司经理职权的规定，适用于股份有限公司经理”改为“经理对董事会负责，根据公司章程的规定" \
           "或者董事会的授权行使职权”" in notes, notes
    assert not [n for n in notes if n.startswith(("不再规定", "删除或改写"))], notes


def test_a_noun_phrase_turned_round_is_no_change(company):
    """公司法 第七十七条 → 第九十一条: "表述修改：“股份有限公司的设立”改为“设立股份有限公司”", the same two words (useless in
    reading 113)."""
    assert not [n for n in _messages(_old(company, "第七十七条")) if "设立股份有限公司" in n]
    from policydiff.findings.slight import slight

    assert slight("股份有限公司的设立", "设立股份有限公司")
    assert not slight("股东对公司", "公司对股东")
