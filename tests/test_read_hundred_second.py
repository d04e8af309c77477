"""What the hundred-and-second reading (2026-12-03: groups A, C, D, G, seeds 102101, 102103, 102104 and 102107, on
e0897d1's JSON) and the earlier readings' open items found wrong, useless or less than clear, fixed after them, pinned on
the real text."""

from conftest import law_fixture as _law
from conftest import old_pair as _old
from conftest import pair_messages as _messages

company = _law("公司法", "2018-10-26", "2023-12-29")
statistics = _law("统计法", "2009-06-27", "2024-09-13")
emergencies = _law("突发事件应对法", "2007-08-30", "2024-06-28")
accounting = _law("会计法", "2017-11-04", "2024-06-28")
review = _law("行政复议法", "2017-09-01", "2023-09-01")
shanghai = _law("上海市优化营商环境条例", "2020-04-10", "2024-09-27")


def test_words_put_in_for_words_taken_out_of_a_kept_sentence_are_no_addition(company):
    """公司法 第一百八十三条 → 第二百三十二条: "应当在…十五日内成立清算组，开始清算" (its words kept, in order, in two new
    sentences) became "…十五日内组成清算组进行清算"; the old side of the edit was hidden in the kept sentence, so "新增“进行清算”"
    said words put in that replace "开始清算" (wrong in the ninety-ninth reading). The duty put in is still said."""
    notes = _messages(_old(company, "第一百八十三条"))
    assert "表述修改：新增“董事为公司清算义务人”" in notes, notes
    assert not [n for n in notes if "新增“进行清算”" in n], notes


def test_words_put_in_that_the_provision_said_before_are_quoted_in_their_clause(company, statistics, emergencies):
    """"新增“责令关闭”" (公司法 第一百四十六条 → 第一百七十八条, useless in the hundred-and-second reading: 责令关闭 stood in item
    (四) before; what is new is that the three years also run from the closure order) and "新增“单位”" (统计法 第三十七条、
    第四十一条, wrong in the ninety-ninth reading: 单位 is all over the old article) quote the clause they were put in."""
    bar = _messages(_old(company, "第一百四十六条"))
    assert "表述修改：“自该公司、企业被吊销营业执照之日起未逾三年”改为“自该公司、企业被吊销营业执照、责令关闭之日起未逾三年”" in bar, bar
    assert "表述修改：新增“责令关闭”" not in bar, bar
    for label in ("第三十七条", "第四十一条"):
        notes = _messages(_old(statistics, label))
        assert "表述修改：“由任免机关或者监察机关依法给予处分”改为“由任免机关、单位或者监察机关依法给予处分”" in notes, notes
        assert not [n for n in notes if "新增“单位”" in n], notes
    teams = _messages(_old(emergencies, "第二十六条"))
    assert "表述修改：“人民政府有关部门可以根据实际需要设立专业应急救援队伍”改为“县级以上人民政府有关部门可以根据实际需要设立专业应急" \
           "救援队伍”" in teams, teams


def test_items_of_a_list_taken_out_together_are_the_list_no_longer_enumerated(company):
    """公司法 第二十三条 and 第七十六条: the conditions of setting up a company were said "不再规定" item by item, and a reader
    judged each by itself: "（六）有公司住所", "（一）股东符合法定人数", "（四）发起人制订公司章程…" read as requirements dropped
    that other articles still make (wrong in readings 102 and 104). The provision no longer enumerates them: one note,
    naming the lead-in and the items, the lead-in's own note beside it. 第九十二条's documents likewise. (A list whose last
    item stays says how many of how many: "所列5项中的4项", since reading 264 found "所列6项" of a list of seven wrong.)"""
    llc = _messages(_old(company, "第二十三条"))
    assert "不再列举“设立有限责任公司，应当具备下列条件”所列5项中的4项：“（一）股东符合法定人数；（二）有符合公司章程规定的全体股东认缴的" \
           "出资额；（四）有公司名称，建立符合有限责任公司要求的组织机构；（五）有公司住所”" in llc, llc
    assert "表述修改：“设立有限责任公司，应当具备下列条件”改为“设立有限责任公司，应当由股东共同制定公司章程”" in llc, llc
    assert not [n for n in llc if n.startswith(("不再规定：“（", "删除或改写：“（"))], llc
    joint_stock = _messages(_old(company, "第七十六条"))
    assert [n for n in joint_stock if n.startswith("不再列举“设立股份有限公司，应当具备下列条件”所列6项：“（一）发起人符合法定人数；")]
    assert not [n for n in joint_stock if n.startswith(("不再规定：“（", "删除或改写：“（"))], joint_stock
    documents = _messages(_old(company, "第九十二条"))
    assert [n for n in documents if n.startswith("不再列举“董事会应于创立大会结束后三十日内，向公司登记机关报送下列文件，申请设立登记”"
                                                  "所列7项：“（一）公司登记申请书；")], documents
    from policydiff.render.ranking import ranked_headlines

    texts = [h.text for h in ranked_headlines(company)]
    assert [t for t in texts if t.startswith("第二十三条（现第四十五条）：不再列举“设立有限责任公司，应当具备下列条件”所列5项中的4项")], texts
    assert not [t for t in texts if ("不再规定：“（一）股东符合法定人数”" in t or "删除或改写：“（一）股东符合法定人数”" in t)]


def test_a_long_edit_is_quoted_by_what_changed_and_a_fine_tier_set_against_another_case_is_no_note(accounting):
    """会计法 第四十五条 → 第四十二条 (wrong in the hundred-and-fourth reading): the wording note quoted the two sides' shared
    opening, cut before anything changed (帐 → 账 the only difference shown), and set the old fine "尚不构成犯罪的，可以处五千元
    以上五万元以下的罚款" against the new serious tier, where the penalty note says both tiers. The quote now leaves out the
    opening both say; the fine's edit is the penalty note's."""
    notes = _messages(_old(accounting, "第四十五条"))
    assert "罚款由5000元–5万元提高到20万–100万元，情节严重的100万–500万元" in " ".join(notes), notes
    # (the criminal liability, still the new sentence's last words, is no part of what was replaced: the hundred-and-fifth
    # reading read it so; nor is the fine, which the penalty note compares: quoted as put in, it read as new in the
    # hundred-and-seventh)
    assert "表述修改：“……财务会计报告”改为“……财务会计报告的，由县级以上人民政府财政部门给予警告、通报批评”" in notes, notes
    assert not [n for n in notes if "尚不构成犯罪的，可以处五千元" in n], notes


def test_words_taken_out_that_the_diff_matched_to_a_paragraph_put_in_after_them(company):
    """公司法 第三十四条 → 第二百二十七条: "“分取红利或者不按照出资比例优先认缴出资”改为“优先认缴出资的除外”" (the old sentence's
    "的除外。" matched to the end of the new paragraph put in after it: a quote cut apart, useless in the hundred-and-fourth
    reading) is the dividend exception taken out here, now written out in 第二百一十条 with the dividend rule, whose note
    says it (test_read_hundred_thirty_fifth)."""
    notes = _messages(_old(company, "第三十四条"))
    assert "“股东按照实缴的出资比例分取红利”不再在此规定，现见第二百一十条（文字有改动）" in notes, notes
    assert not [n for n in notes if "改为“优先认缴出资的除外”" in n], notes


def test_words_a_rename_takes_out_of_its_term_are_no_deletion_of_their_own(review):
    """行政复议法 第二十三条: "提交当初作出具体行政行为的证据" → "提交作出行政行为的证据" said "删除“具体”" beside the rename
    "“具体行政行为”改为“行政行为”（本条2处）" (the diff joined it to 当初; useless in the hundred-and-fourth reading)."""
    notes = _messages(_old(review, "第二十三条"))
    assert [n for n in notes if n.startswith("“具体行政行为”改为“行政行为”")], notes
    assert not [n for n in notes if "删除“具体”" in n], notes


def test_a_rule_stated_in_general_form_elsewhere_is_not_said_gone(company):
    """公司法 第十三条 → 第十条: "不再规定：“公司法定代表人变更，应当办理变更登记”" (wrong in the hundred-and-fourth reading:
    第三十四条 says "公司登记事项发生变更的，应当依法办理变更登记", and the 法定代表人 is one of them). Its words were sought among
    the other sentence's words, where "登记" stands only inside "登记事项" and "变更登记"; they are sought in its text."""
    notes = _messages(_old(company, "第十三条"))
    assert "“公司法定代表人变更，应当办理变更登记”不再在此规定，现见第三十四条（文字有改动）" in notes, notes
    assert "不再规定：“公司法定代表人变更，应当办理变更登记”" not in notes, notes


def test_a_renamed_term_that_lost_the_but_opening_its_sentence_is_the_renames(company):
    """公司法 第一百零三条 → 第一百一十六条: the two-thirds rule, made a paragraph of its own, lost its "但是，"; "“但是，股东大会”改为
    “股东会”" beside the rename was a fragment of form (useless in the hundred-and-fifth reading)."""
    notes = _messages(_old(company, "第一百零三条"))
    assert [n for n in notes if n.startswith("“股东大会”改为“股东会”（全文统一修改")], notes
    assert not [n for n in notes if "但是，股东大会" in n], notes


def test_a_short_word_put_in_or_taken_out_once_is_quoted_in_its_clause(company, shanghai, emergencies):
    """公司法 第一百七十七条 → 第二百二十四条: "新增“股东会”" (useless in the hundred-and-sixth reading: a bare word, where the
    change is that the capital reduction runs from the shareholders' meeting's resolution) is its clause before and after;
    上海's "删除“低风险”" likewise, where the one-stop rule now covers every social investment project, not only the
    low-risk ones. A word put in or taken out in several places stays alone (突发事件应对法 第五条's 删除“重大”（共3处）)."""
    notes = _messages(_old(company, "第一百七十七条"))
    assert "表述修改：“公司应当自作出减少注册资本决议之日起十日内通知债权人”改为“公司应当自股东会作出减少注册资本决议之日起十日内" \
           "通知债权人”" in notes, notes
    assert "表述修改：“对社会投资的低风险工程建设项目”改为“对社会投资的工程建设项目”" in _messages(_old(shanghai, "第三十五条"))
    assert "表述修改：删除“重大”（共3处）" in _messages(_old(emergencies, "第五条"))
