"""What readings 299–306 (2026-12-03, fourteenth session) found wrong or useless on four revisions read for the
first time, held out (反间谍法 2014 → 2023, 保守国家秘密法 2010 → 2024, 文物保护法 2017 → 2024, 国境卫生检疫法 2018 → 2024, and
the four read after the first fixes: tests/fixtures/laws), fixed, pinned on the real text. These texts are in the repository, so the tests run without the shared corpus."""

from conftest import held_out_fixture as _law
from conftest import new_pair, old_pair, pair_messages

espionage = _law("反间谍法", "2014-11-01", "2023-04-26")
secrets = _law("保守国家秘密法", "2010-04-29", "2024-02-27")
relics = _law("文物保护法", "2017-11-04", "2024-11-08")
quarantine = _law("国境卫生检疫法", "2018-04-27", "2024-06-28")
organs = _law("人体器官捐献和移植条例", "2007-03-31", "2023-12-04")
civilians = _law("中国人民解放军文职人员条例", "2017-09-27", "2022-12-10")


def test_the_effective_date_articles_at_the_end_of_both_texts_are_one_article(espionage):
    """反间谍法 第四十条 "本法自公布之日起施行。1993年…《中华人民共和国国家安全法》同时废止。" was "整条删除" (a headline) and
    第七十一条 "本法自2023年7月1日起施行。" new: the last clauses of both texts, after the last pairing, are one rewritten
    (wrong in reading 299). Its note: the effective date changed; not the repealed law's 1993 date "改为" 2023年7月1日, nor a
    rewrite of what the effective-date note says, nor (since reading 1127) "不再规定" of the repeal, spent in 2014."""
    pair = old_pair(espionage, "第四十条")
    assert [c.label for c in pair.new] == ["第七十一条"], pair
    notes = pair_messages(pair)
    assert notes == ["施行日期条款修改：“自公布之日起施行”改为“自2023年7月1日起施行”"], notes


def test_a_granting_word_after_a_duty_word_is_that_duty_s_verb(espionage):
    """反间谍法 第十四条 → 第四十五条: "有关检查机关应当予以协助" → "应当依法予以协助" was "“应当”改为“予以”：义务减弱" (wrong in
    reading 299): 予以 after 应当 in its phrase is what the duty binds to, not a duty of its own."""
    notes = pair_messages(old_pair(espionage, "第十四条"))
    assert not [n for n in notes if "义务" in n], notes
    # (the body's name quoted whole since reading 819: "边防等检查机关" → "移民管理等检查机关"; the phrase whole since reading
    # 1914, "和资料" having become words with a clause in them)
    assert "表述修改：“可以提请海关、边防等检查机关对有关人员和资料、器材免检”改为“可以提请海关、移民管理等检查机关对有关人员提供" \
        "通关便利，对有关资料、器材等予以免检”" in notes, notes


def test_a_prohibition_said_with_bu_yingdang_stays_a_prohibition(secrets):
    """保守国家秘密法 第十七条 → 第二十二条: "不属于国家秘密的，不应当做出国家秘密标志" → "不得作出" was "“应当”改为“不得”：禁止与
    许可互换" (a headline, wrong in reading 299): 不应当 forbids as 不得 does. And the words the diff left before the new
    sentence ("作出国家秘密标志。涉及…规定作") were quoted as put in: "“应当做”改为“应当作出国家秘密标志”"."""
    notes = pair_messages(old_pair(secrets, "第十七条"))
    assert not [n for n in notes if "禁止与许可" in n], notes
    assert "表述修改：“不应当做出”改为“不得作出”" in notes, notes
    assert not [n for n in notes if "作出国家秘密标志”" in n and n.startswith("表述修改")], notes


def test_a_fine_after_the_criminal_case_is_said_with_its_own_case(espionage):
    """反间谍法 第三十条、第三十一条 → 第六十条 "违反本法规定，有下列行为之一，构成犯罪的，依法追究刑事责任；尚不构成犯罪的，…可以并处
    三万元以下罚款": the new fine was said "（违反本法规定，有下列行为之一，构成犯罪的）", the opposite case (wrong twice in
    reading 299, once as the top headline), and the detention "降为尚不构成犯罪的10日以下"."""
    notes = pair_messages(new_pair(espionage, "第六十条"))
    assert "新增罚款：可以处3万元以下（违反本法规定，有下列行为之一，尚不构成犯罪的）" in notes, notes
    assert "拘留由15日以下降为10日以下" in notes, notes


def test_powers_an_authority_exercises_are_no_sanction(espionage):
    """反间谍法 第八条 → 第二十三条: "依法行使侦查、拘留、预审和执行逮捕以及法律规定的其他职权" → "依法行使本法和有关法律规定的职权"
    was "不再规定处罚：拘留" (a headline, wrong in reading 299): 拘留 there is a power of criminal procedure."""
    notes = pair_messages(old_pair(espionage, "第八条"))
    assert not [n for n in notes if "处罚" in n], notes


def test_a_line_of_the_record_broken_in_two_is_one_line(relics):
    """文物保护法 2017's header breaks its 1991 line after "第三十条": it was "新增修订记录：1991年6月29日…第一次修正" (wrong in
    reading 300), though only the 2024 revision is new."""
    notes = [f.message for p in relics.pairs for f in p.findings]
    assert not [n for n in notes if "1991年6月29日" in n], [n for n in notes if "修订记录" in n]


def test_the_same_new_fine_in_two_paragraphs_replaced_both_old_ones(relics):
    """文物保护法 第七十一条 → 第八十八条: 违法经营额2–5倍 (first paragraph) and 1–3倍 (second) both became 2–10倍; it was
    "删除罚款：处违法经营额2–5倍" (wrong in reading 300, and in the second headline). The thresholds are said as what they
    measure, and figures changed in three provisions are no rename ("“违法经营额五万元”改为“违法经营额三万元”（全文统一修改）",
    useless twice in reading 300)."""
    notes = pair_messages(old_pair(relics, "第七十一条"))
    assert "罚款由违法经营额2–5倍提高到2–10倍" in notes, notes
    assert "罚款由违法经营额1–3倍提高到2–10倍" in notes, notes
    assert not [n for n in notes if n.startswith("删除罚款")], notes
    assert "违法经营额由五万元降低到三万元（共2处）" in notes, notes
    renamed = {(r.old, r.new) for r in relics.renames}
    assert not [r for r in renamed if "五万元" in r[0] or "五倍" in r[0]], renamed
    assert ("县级以上人民政府文物主管部门", "县级以上人民政府文物行政部门") in renamed, renamed


def test_a_fine_on_anyone_split_between_units_and_individuals_is_kept_for_individuals(relics):
    """文物保护法 第六十六条 → 第八十三条: "处五万元以上五十万元以下的罚款" became "对单位处五十万元以上五百万元以下的罚款，对个人处
    五万元以上五十万元以下的罚款"; it was "罚款由5万–50万元降为500元以下" (the new paragraph's fine for damaging a sign) and
    "新增罚款：对个人处5万–50万元" (wrong in reading 300, the fourth headline)."""
    notes = pair_messages(old_pair(relics, "第六十六条"))
    assert not [n for n in notes if "降为500元以下" in n or n.startswith("新增罚款：对个人")], notes
    # (the sign's fine had no sum in the old text, "可以并处罚款": it is set now, not new, reading 303)
    # (可以: "可以并处五百元以下的罚款", since readings 1739 and on)
    assert "罚款定出数额：可以处500元以下（损毁依照本法规定设立的不可移动文物保护标志的）（原未定数额）" in notes, notes
    # (units were fined the old range too: their fine raised, since reading 771)
    assert "对单位罚款由5万–50万元提高到50万–500万元，情节严重的500万–1000万元" in notes, notes


def test_a_particle_dropped_in_several_provisions_is_no_rename(relics):
    """"从事文物的商业经营活动" → "从事文物商业经营活动" (文物保护法, three provisions) is no term renamed."""
    assert not [r for r in relics.renames if r.old.replace("的", "") == r.new], relics.renames


def test_a_sentence_s_conduct_moved_into_a_list_keeps_its_sanction_out_of_the_move_s_note(espionage):
    """反间谍法 第二十九条's conduct "明知他人有间谍犯罪行为…拒绝提供的" became 第六十条's item (二), its detention going with the
    list's sanctions (十日以下): the move said "文字有改动（删除期限：十五日以下）", as if no detention were left (wrong twice in
    reading 299). The brackets read the part that moved."""
    notes = pair_messages(old_pair(espionage, "第二十九条"))
    moved = [n for n in notes if "移至现第六十条" in n]
    assert moved and not [n for n in moved if "删除期限" in n], notes


def test_a_new_sentence_that_holds_an_old_one_s_opening_is_its_rewrite(secrets):
    """保守国家秘密法 第五十二条 → 第六十三条: "中央军事委员会根据本法制定中国人民解放军保密条例" → "中国人民解放军和中国人民武装警察部队
    开展保密工作的具体规定，由中央军事委员会根据本法制定" was "新增规定：…" beside "删除“中国人民解放军保密条例”" (wrong in reading
    299: the old version had the Central Military Commission make the rules already)."""
    notes = pair_messages(old_pair(secrets, "第五十二条"))
    assert notes == ["改写：“中央军事委员会根据本法制定中国人民解放军保密条例”改为“中国人民解放军和中国人民武装警察部队开展保密工作的"
                     "具体规定，由中央军事委员会根据本法制定”"], notes


def test_drafting_words_for_one_thing_are_no_wording_note(espionage, relics):
    """"应当依法赔偿" → "应当依法予以赔偿" (反间谍法 第三十六条 → 第六十二条, useless in reading 302), "报该省级人民政府" → "报省、
    自治区、直辖市人民政府" (文物保护法 第二十三条 → 第三十四条, useless twice in reading 303), "非经" → "未经" and "发给" → "颁发"
    (文物保护法, useless in reading 300)."""
    notes = pair_messages(old_pair(espionage, "第三十六条")) + pair_messages(old_pair(relics, "第二十三条")) \
        + pair_messages(old_pair(relics, "第三十三条")) + pair_messages(old_pair(relics, "第六十三条"))
    assert not [n for n in notes if "予以赔偿" in n or "省、自治区、直辖市”" in n or "未经”" in n or "颁发”" in n], notes


def test_an_item_is_rewritten_where_its_words_went_not_under_its_label(quarantine):
    """国境卫生检疫法 第十八条 → 第三十条: "（四）监督和检查垃圾、废物、污水、粪便、压舱水的处理" was said rewritten as "（四）法律、
    行政法规规定的其他卫生监督职责" (one 监督 shared, wrong in reading 301), beside "新增规定：“（三）监督固体、液体废弃物和船舶
    压舱水的处理”", the item it became."""
    notes = pair_messages(old_pair(quarantine, "第十八条"))
    assert "改写：“（四）监督和检查垃圾、废物、污水、粪便、压舱水的处理”改为“（三）监督固体、液体废弃物和船舶压舱水的处理”" in notes, notes
    assert "新增规定：“（四）法律、行政法规规定的其他卫生监督职责”" in notes, notes


def test_the_joiner_of_a_list_s_last_item_moved_on_to_a_new_last_item(secrets):
    """保守国家秘密法 第四十九条 → 第五十八条: "…不定密，或者对不应当定密的事项定密，造成…" → "…不定密，对不应当定密的事项定密，或者未
    履行解密审核责任，造成…": "“或者对不应当定密的事项定密”改为“对不应当定密的事项定密”" beside the new item's note was useless
    (reading 302)."""
    notes = pair_messages(old_pair(secrets, "第四十九条"))
    assert not [n for n in notes if "或者对不应当定密" in n], notes
    assert "表述修改：新增“或者未履行解密审核责任”" in notes, notes


def test_a_one_paragraph_provision_s_only_sentence_out_and_in_sharing_words_is_one_rewritten(secrets):
    """保守国家秘密法 第二十八条 → 第三十四条: "互联网及其他公共信息网络运营商、服务商应当配合公安机关、国家安全机关、检察机关对泄密案件
    进行调查" → "网络运营者应当加强对其用户发布的信息的管理，配合监察机关、保密行政管理部门、公安机关、国家安全机关对涉嫌泄露国家
    秘密案件进行调查处理" was "不再规定" beside "新增规定" (wrong in reading 302): the same-paragraph rule reads a provision
    of one paragraph too."""
    notes = pair_messages(old_pair(secrets, "第二十八条"))
    assert not [n for n in notes if n.startswith(("不再规定", "删除或改写"))], notes
    assert any(n.startswith("改写：“互联网及其他公共信息网络运营商、服务商应当配合") for n in notes), notes


def test_a_clause_an_old_sentence_kept_holds_in_order_is_no_new_rule(relics):
    """文物保护法 第十七条 → 第二十八条: "因特殊情况需要进行的，必须保证文物保护单位的安全" was "新增规定" (wrong in reading 303):
    the old "但是，因特殊情况需要在文物保护单位的保护范围内进行其他建设工程或者爆破、钻探、挖掘等作业的，必须保证文物保护单位的安全…"
    said it, in these words and others between them."""
    notes = pair_messages(old_pair(relics, "第十七条"))
    assert not [n for n in notes if n.startswith("新增规定") and "必须保证文物保护单位的安全" in n], notes


def test_a_department_named_as_drafting_norms_name_it_is_not_the_top_headline(relics):
    """文物保护法 2017 → 2024: "“由县级以上人民政府文物主管部门”统一改为“由县级以上人民政府文物行政部门”（共6条）" was the first
    headline, above fines raised to 一千万元 (useless in readings 300 and 303; 人体器官捐献和移植条例's "卫生主管部门" →
    "卫生健康部门" in 304): the same department under its drafting-norm name."""
    from policydiff.render.ranking import ranked_headlines

    lines = [h for h in ranked_headlines(relics)]
    assert lines[0].kind != "renamed", [h.text for h in lines[:3]]
    assert lines[0].kind == "penalty_changed", [h.text for h in lines[:3]]


def test_a_body_named_by_a_step_is_no_step(organs):
    """人体器官捐献和移植条例 第三十七条、第四十一条: "由原备案部门责令其停止执业活动" names the body that keeps the filing; "新增程序
    “备案”" was wrong twice in reading 304."""
    notes = pair_messages(new_pair(organs, "第三十七条")) + pair_messages(new_pair(organs, "第四十一条"))
    assert "新增程序“备案”" not in notes, notes


def test_the_delegation_every_regulation_says_is_not_said_moved(organs):
    """人体器官移植条例 第二十四条's "具体办法由国务院卫生主管部门制订" (its reporting rules) was said moved to 第二十三条, whose
    "具体办法由国务院卫生健康部门制定" is the new approval procedure's, and "由原第二十四条移入" there (wrong twice in reading 304)."""
    notes = pair_messages(old_pair(organs, "第二十四条")) + pair_messages(new_pair(organs, "第二十三条"))
    assert not [n for n in notes if "具体办法" in n and ("移至" in n or "移入" in n)], notes


def test_a_unit_s_responsible_persons_are_said_in_english(relics):
    """文物保护法 第七十七条 → 第九十五条 in English: "fine added on 单位the responsible persons" (the English reading 306)."""
    notes = [f.message_en for f in old_pair(relics, "第七十七条").findings]
    assert "fine added on the entity's responsible persons: 5,000–50,000 yuan" in notes, notes


def test_rules_that_share_only_a_stock_end_are_not_one_rule(civilians):
    """中国人民解放军文职人员条例 2017 → 2022: "文职人员岗位等级的降低，按照军队有关规定执行" (old 第三十六条) was "不再在此规定，现见第
    十七条", whose "文职人员级别的设置和管理…按照军队有关规定执行" is the new 级别 system; the approvals of appointments (old
    第三十条) were said to be 第二十一条's approvals of recruitment ("…由中央军事委员会审批"); "按照国家和军队有关规定执行" alone
    "移至现第五十二条" (wrong, six times in all, in reading 305). Two rules that share only their stock end are not one."""
    notes = pair_messages(old_pair(civilians, "第三十六条")) + pair_messages(old_pair(civilians, "第三十条")) \
        + pair_messages(old_pair(civilians, "第四十条"))
    assert not [n for n in notes if "现见第十七条" in n or "现见第二十一条" in n or "第五十二条" in n], notes
    assert "原第三十六条（关于“文职人员的岗位等级，一般应当逐级晋升”的规定）已删除或改写" in notes, notes


def test_notes_said_by_a_rewrite_keep_the_other_notes_in_their_places():
    """Two sentences said put in, the first rewriting 保守国家秘密法 第五十二条's old sentence with the deletion note before it:
    the second is still read in its place (the deletion was once taken out of the list, so the second host's index pointed
    one note too far: past the end here)."""
    from policydiff.findings.repeats import put_in_holding_an_old_sentence
    from policydiff.models import Finding, FindingKind

    old_text = "中央军事委员会根据本法制定中国人民解放军保密条例。国家保密行政管理部门负责全国的保密工作。"
    rewritten = "中国人民解放军和中国人民武装警察部队开展保密工作的具体规定，由中央军事委员会根据本法制定"
    second = "国家保密行政管理部门负责全国的保密工作，并依法进行监督检查"
    wording = FindingKind.WORDING_CHANGED
    deletion = Finding(wording, "中国人民解放军保密条例", None, "表述修改：删除“中国人民解放军保密条例”")
    notes = [deletion, Finding(wording, None, rewritten, f"新增规定：“{rewritten}”"),
             Finding(wording, None, second, f"新增规定：“{second}”")]
    out = put_in_holding_an_old_sentence(notes, old_text, f"{rewritten}。{second}。")
    assert [f.message for f in out] == [
        f"改写：“中央军事委员会根据本法制定中国人民解放军保密条例”改为“{rewritten}”",
        f"改写：“国家保密行政管理部门负责全国的保密工作”改为“{second}”"], out
