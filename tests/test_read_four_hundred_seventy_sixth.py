"""What readings 476 and on (2026-12-04/05, the twenty-third session) found wrong or useless, fixed, pinned on the real
text (tests/fixtures/laws)."""

from conftest import held_out_fixture as _law
from conftest import law_fixture as _corpus_law
from conftest import new_pair, old_pair, pair_messages

from policydiff.render.headlines import ranked_headlines

organs = _law("人体器官捐献和移植条例", "2007-03-31", "2023-12-04")


def test_the_closing_chapter_printed_without_its_number_is_a_chapter(organs):
    """人体器官捐献和移植条例 2023 prints "附 则" alone after 第四章: it was read as the last line of 第四十九条, "新增规定：“附则”"
    on 第二十七条 → 第四十九条. It is 第五章, as in the 2007 text."""
    last = new_pair(organs, "第四十九条")
    assert "附" not in last.new[0].text
    assert not [m for m in pair_messages(last) if "附则" in m], pair_messages(last)
    assert new_pair(organs, "第五十条").new[0].path[-1].startswith("第五章")


def test_zhiding_and_the_medical_term_written_to_the_norm_are_no_change_of_wording(organs):
    """"具体办法由国务院卫生主管部门制订" → "…制定" (第二十二条 → 第二十条) and "适应症" → "适应证" were "表述修改" (useless in reading
    480): spellings of the drafting norms, said once for the document as 规范用语, as 制定 → 制订 was."""
    notes = pair_messages(old_pair(organs, "第二十二条"))
    assert "表述修改：“制订”改为“制定”" not in notes, notes
    assert "规范用语：全文“制订”改为“制定”（共2处，本条1处，含义未变）" in notes, notes
    notes = pair_messages(old_pair(organs, "第十四条"))
    assert not [m for m in notes if "“制订”改为“制定”" in m and m.startswith("表述修改")], notes
    notes = pair_messages(old_pair(organs, "第十八条"))
    assert not [m for m in notes if "“适应症”改为“适应证”" in m and m.startswith("表述修改")], notes


def test_a_new_items_label_is_not_quoted_as_words_put_for_the_old_ones(organs):
    """第十八条 → 第二十八条: the old (三) paired by label with the item put in before it made "“人体器官”改为“（四）活体器官”"
    (useless in reading 480): the review now covers living organs, "“人体器官”改为“活体器官”", counted with (一)'s
    "人体器官捐献人的捐献意愿" → "活体器官捐献意愿" since the session of reading 1604."""
    notes = pair_messages(old_pair(organs, "第十八条"))
    # (the rules' name whole since reading 2027: "新增“临床应用”" was a piece of it)
    assert "表述修改：“人体器官”改为“活体器官”（共2处）；“人体器官移植技术管理规范”改为“人体器官移植技术临床应用管理规范”" in notes, notes
    assert not [m for m in notes if "“（四）活体器官”" in m], notes


def test_a_liability_borne_under_the_law_is_the_same_without_yingdang(organs):
    """"应当依法承担民事责任" → "依法承担民事责任" (第二十七条 → 第四十九条) was "表述修改" (useless in reading 480). Since
    第二十七条 is paired with 第三十八条 (realign rule 15, the session of readings 881–909) the sentence is said moved to
    第四十九条, where it went, with no wording note of 应当."""
    notes = pair_messages(old_pair(organs, "第二十七条"))
    assert not [m for m in notes if "依法承担民事责任" in m and not m.endswith("移至现第四十九条，文字有改动")], notes


pensions = _law("军人抚恤优待条例", "2019-03-02", "2024-08-05")


def test_a_certificates_title_without_the_states_name_is_no_note(pensions):
    """"《中华人民共和国军人因公牺牲证明书》" → "《军人因公牺牲证明书》" (第十一条 → 第十四条) was "引用写法修改" (useless in reading 479:
    the same certificate); still not paired with 《军人因公牺牲通知书》 (reading 324)."""
    notes = pair_messages(old_pair(pensions, "第十一条"))
    assert not [m for m in notes if "证明书》”改为“《军人" in m or "引用写法修改" in m], notes
    assert not [m for m in notes if "因公牺牲证明书》”改为“《军人因公牺牲通知书" in m], notes


martyrs = _law("烈士褒扬条例", "2019-08-01", "2024-09-27")


def test_a_definition_of_the_same_term_in_another_article_is_the_definition_moved(martyrs):
    """2019 第四十条 "本条例所称战时，是指国家宣布进入战争状态…" was "删除原第四十条" and "整条删除" among the headlines (wrong in
    reading 479): 2024 第六十七条 defines 战时 anew ("本条例所称战时，按照国家和军队有关规定执行")."""
    notes = pair_messages(old_pair(martyrs, "第四十条"))
    assert not [m for m in notes if m.startswith(("删除原第四十条", "原第四十条"))], notes
    assert "“本条例所称战时，是指国家宣布进入战争状态、部队受领作战任务或者遭敌突然袭击时”移至现第六十七条，并作较大修改" in notes, notes
    texts = [h.text for h in ranked_headlines(martyrs, "zh")]
    assert not [t for t in texts if t.startswith("第四十条") and ("整条删除" in t or "已删除或改写" in t)], texts
    assert [m for m in pair_messages(new_pair(martyrs, "第六十七条")) if m.endswith("由原第四十条移入，并作较大修改")]


livestock = _law("畜牧法", "2015-04-24", "2022-10-30")


def test_liability_now_given_by_another_laws_rules_is_said_first(livestock):
    """畜牧法 第六十八条 → 第八十八条: the forged-tag offence now answers "依照《中华人民共和国动物防疫法》的有关规定追究法律责任";
    the headline said only "不再规定没收伪造、变造的畜禽标识和违法所得" (wrong in reading 481: read as the conduct unpunished)."""
    pair = old_pair(livestock, "第六十八条")
    notes = [f.message for f in pair.findings]
    # (first after the renames, 检疫合格证明 among them since reading 735)
    assert [f.message for f in pair.findings if f.kind.value != "term_renamed"][0] \
        == "改为依照《中华人民共和国动物防疫法》的有关规定追究法律责任（销售的种畜禽未附具检疫证明，伪造、变造畜禽标识，或者持有、" \
        "使用伪造、变造的畜禽标识的），原没收伪造、变造的畜禽标识和违法所得不再在此规定", notes  # (with the conduct it covers
    # since recall 1544, and the sanctions it no longer sets since reading 1688)
    texts = [h.text for h in ranked_headlines(livestock, "zh")]
    assert [t for t in texts if t.startswith("第六十八条（现第八十八条）：改为依照《中华人民共和国动物防疫法》的有关规定追究法律责任（")], texts
    en = [h.text for h in ranked_headlines(livestock, "en")]
    assert [t for t in en if t.startswith("Article 68 (now Article 88): liability now under 《中华人民共和国动物防疫法》 (“")], en


cipher = _law("商用密码管理条例", "1999-10-07", "2023-04-27")


def test_the_referral_is_quoted_as_the_text_says_it(cipher):
    """"依照《中华人民共和国网络安全法》和其他有关法律、行政法规的规定追究法律责任": its 和 kept, no 有关 put in."""
    notes = pair_messages(old_pair(cipher, "第二十三条"))
    assert "改为依照《中华人民共和国网络安全法》和其他有关法律、行政法规的规定追究法律责任，原拘留不再在此规定" in notes, notes


oversight = _law("各级人民代表大会常务委员会监督法", "2006-08-27", "2024-11-08")


def test_a_stock_verb_names_no_regime_of_articles_put_in(oversight):
    """监督法 2024 第二十四条至第二十六条 were one line "新增第二十四条至第二十六条（“建立健全”，共3条）" (useless in reading 491: the
    reports on state assets, government debt and financial work unsaid); each is said by its own line."""
    texts = [h.text for h in ranked_headlines(oversight, "zh")][:8]
    assert not [t for t in texts if "“建立健全”" in t], texts
    assert [t for t in texts if t.startswith("新增第二十五条（常务委员会应当对政府债务进行监督")], texts


women = _law("妇女权益保障法", "2018-10-26", "2022-10-30")


def test_the_phrase_of_a_sentence_that_did_not_go_where_the_rest_went_is_said_gone(women):
    """2018 第五十一条's "育龄夫妻双方按照国家有关规定计划生育，有关部门应当提供安全、有效的避孕药具和技术，保障…" was said whole
    "不再在此规定，现见第三十三条（文字有改动）" (wrong in reading 489: 2022 第三十三条 has the contraceptives, not the couples'
    family-planning duty). The part that went is quoted as gone. (Since the twenty-eighth session 第五十一条 is split into
    第三十二条 and 第三十三条, realign rule 12: the contraceptives' sentence is an edit of the split, "删除“实施节育手术的”".)"""
    pair = old_pair(women, "第五十一条")
    assert [c.label for c in pair.new] == ["第三十二条", "第三十三条"]
    notes = pair_messages(pair)
    assert "表述修改：删除“实施节育手术的”" in notes, notes
    assert "表述修改：删除“育龄夫妻双方按照国家有关规定计划生育”" in notes, notes
    assert not [m for m in notes if m.startswith("“育龄夫妻")], notes


money_laundering = _law("反洗钱法", "2006-10-31", "2024-11-08")


def test_a_check_named_only_as_a_case_of_need_is_no_step(money_laundering):
    """2006 第二十五条 "调查中需要进一步核查的，经…负责人批准，可以查阅、复制…" → 2024 第四十四条: "程序“核查”被删除" (wrong in reading
    487: a case, not a step; the approval is the step, and 第四十三条 keeps "需要调查核实的，经…批准")."""
    notes = pair_messages(old_pair(money_laundering, "第二十四条"))
    assert not [m for m in notes if "核查" in m and m.startswith("程序")], notes


minerals = _law("矿产资源法", "2009-08-27", "2024-11-08")


def test_words_put_in_that_end_on_qita_are_quoted_with_the_noun_after(minerals):
    """"在中华人民共和国领域及管辖海域" → "…领域及管辖的其他海域" was "“领域及管辖”改为“领域及管辖的其他”" (useless in reading 487:
    其他 of what?)."""
    notes = pair_messages(old_pair(minerals, "第二条"))
    assert "表述修改：“领域及管辖海域”改为“领域及管辖的其他海域”" in notes, notes


secrets = _law("保守国家秘密法", "2010-04-29", "2024-02-27")
deputies = _law("全国人民代表大会和地方各级人民代表大会代表法", "2015-08-29", "2025-03-11")


def test_a_replacement_ending_on_a_word_that_needs_its_noun_is_quoted_with_it(secrets, deputies):
    """"国家秘密及其密级的具体范围" → "保密事项范围" was "“国家秘密及其密级的具体”改为“保密事项”" (保守国家秘密法 第十四条 → 第十九条,
    a cut quote useless in reading 484): a side ending on 具体 (其他, 有关, 相关) takes the noun both texts go on with, up to a
    particle; not where another piece of the note opens with it. (Read on the pair alone: the whole document drops the note
    since reading 1388, 第十五条 giving 保密事项范围 as the long name's short one.)"""
    from policydiff.findings import analyze

    notes = [f.message for f in analyze(old_pair(secrets, "第十四条").with_findings(())).findings]
    assert [m for m in notes if "“国家秘密及其密级的具体范围”改为“保密事项范围”" in m], notes
    notes = pair_messages(old_pair(deputies, "第四十六条"))
    # (since reading 1877 the sentence whole, its 插手 and 执法 put in where 干涉 and 或者 went: "“…干涉具体司法案件或者招标投标…”改为
    # “…干预具体执法、司法案件，插手招标投标…”")
    assert [m for m in notes if "干涉具体司法案件或者招标投标等经济活动牟取个人利益”改为“不得利用执行代表职务干预具体执法、司法案件，插手" in m], notes


def test_a_penalty_whose_conducts_are_its_lists_items_pairs_by_them(livestock):
    """畜牧法 2015 第七十条 (officials who take bribes, license the unqualified, do not supervise or punish) is 2022 第七十七条,
    whose conducts are the items of a list ("（二）对不符合条件的申请人准予许可…（三）发现违法行为不予查处"): a list had no conduct,
    so rule 7 left the two "整条删除" and "新增" (the pattern of readings 476–496's misses). Items' words no conduct said
    before them weigh as the rarest: 海洋环境保护法 2017 第八十八条 (an oil-spill plan) is still no pair of 2023 第一百一十二条."""
    pair = old_pair(livestock, "第七十条")
    assert [c.label for c in pair.new] == ["第七十七条"], pair


marine = _corpus_law("海洋环境保护法", "2017-11-04", "2023-10-24")


def test_a_list_is_not_near_a_conduct_by_its_few_weighed_words(marine):
    assert old_pair(marine, "第八十八条").status.value == "deleted"
    assert new_pair(marine, "第一百一十二条").status.value == "added"


def test_conducts_run_together_made_a_list_are_one_note_of_what_the_list_gained(livestock):
    """畜牧法 2015 第七十条's conducts in one sentence (bribes, licences to the unqualified, no supervision, no punishment) are
    2022 第七十七条's lead-in and items: "改写" into item (三) and "新增规定" of the lead-in and items (二) and (四) were wrong
    in readings 500 and 501. One note says the list and the one phrase no old conduct states (beside the document's rename
    of the body it opens on, counted there since reading 684)."""
    notes = pair_messages(old_pair(livestock, "第七十条"))
    assert notes[0] == "“畜牧兽医行政主管部门”改为“农业农村主管部门”（全文统一修改，共39条）", notes
    notes = notes[1:]
    assert len(notes) == 1, notes
    assert notes[0].startswith("改写：“畜牧兽医行政主管部门的工作人员利用职务上的便利") and "改为分项列举“违反本法规定，县级以上人民政府" \
        "农业农村主管部门及其工作人员有下列行为之一的" in notes[0], notes
    assert notes[0].endswith("；新增“超越法定职权准予许可”"), notes


def test_a_sanction_with_a_gloss_put_in_is_no_change_of_sanction(livestock):
    """畜牧法 第六十五条 → 第八十五条: "没收违法销售的畜禽和违法所得" → "没收违法销售的（种）畜禽和违法所得" was "处罚由…改为…", a
    headline (useless in reading 502: the same confiscation); a wording note quotes it whole."""
    notes = pair_messages(old_pair(livestock, "第六十五条"))
    assert not [m for m in notes if m.startswith("处罚由")], notes
    assert "表述修改：“没收违法销售的畜禽和违法所得”改为“没收违法销售的（种）畜禽和违法所得”" in notes, notes


def test_a_certificate_is_not_paired_with_a_notice(pensions):
    """军人抚恤优待条例 第十一条 → 第十四条: "引用文件修改：“《中华人民共和国烈士证明书》”改为“《烈士评定通知书》”" (wrong in reading 512:
    the notice is sent to the county department; the certificate is 烈士证书 under 《烈士褒扬条例》). Titles of another kind of
    paper are no pair: one went, one came."""
    notes = pair_messages(old_pair(pensions, "第十一条"))
    assert not [m for m in notes if m.startswith("引用文件修改")], notes
    # (the notice is quoted by the sentence put in, whole since reading 1482, which says it; the certificate, still
    # issued as 烈士证书, is no document taken out since reading 1841)
    assert not [m for m in notes if "烈士证明书" in m and m.startswith("删除引用文件")], notes
    assert [n for n in notes if n.startswith("新增规定：") and "《烈士评定通知书》" in n], notes


def test_the_old_record_of_adoption_is_no_preamble_deleted(organs):
    """人体器官捐献和移植条例 2023 is printed without its record: "删除原序言（关于“2007年3月21日国务院第171次常务会议通过”的规定）",
    in English "former Preamble deleted (it governed …)", was useless in reading 509."""
    [pair] = [p for p in organs.pairs if p.old and not p.old[0].label]
    assert pair_messages(pair) == ["删除原文件记录（“2007年3月21日国务院第171次常务会议通过”等）"], pair_messages(pair)


review = _corpus_law("行政复议法", "2017-09-01", "2023-09-01")


def test_a_law_now_cited_by_its_full_title_is_no_note(review):
    """行政复议法 第五条 → 第十条: "依照行政诉讼法的规定" → "依照《中华人民共和国行政诉讼法》的规定" was "引用写法修改：…" (useless in
    readings 482 and 499: how the law is written, not which); the pair says only that nothing of substance changed."""
    notes = pair_messages(old_pair(review, "第五条"))
    assert notes == ["仅编号或个别虚词、同义用语不同，内容未变"], notes
