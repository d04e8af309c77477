"""What readings 398–405 (2026-12-04, the twenty-first session) and the misses left by the sessions before found wrong or
useless, fixed, pinned on the real text (tests/fixtures/laws, ../shared/corpus/laws)."""

from conftest import held_out_fixture as _law
from conftest import law_fixture as _corpus_law
from conftest import old_pair, pair_messages

from policydiff.render.headlines import ranked_headlines as result_headlines

company = _corpus_law("公司法", "2018-10-26", "2023-12-29")
rules_of_procedure = _law("全国人民代表大会常务委员会议事规则", "2009-04-24", "2022-06-24")


def test_a_member_put_in_a_list_is_quoted_with_the_whole_member_before_it(rules_of_procedure, company):
    """"任免案、撤职案逐人表决" for "任免案逐人表决": jieba's guess cuts "案逐人" as one word, and the member put in was quoted
    "“案逐人”改为“案、撤职案逐人”" (a fragment, left by reading 383). The list's "、" says where the member before it ends:
    it is quoted whole."""
    notes = pair_messages(old_pair(rules_of_procedure, "第三十四条"))
    assert "表述修改：“任免案逐人表决”改为“任免案、撤职案逐人表决”" in notes, notes
    assert not [n for n in notes if "“案逐人”" in n], notes
    # (a member ending otherwise than the one before it is a word of what follows: "行政法规", kept whole)
    assert "表述修改：“法律、行政法规”改为“法律法规”" in pair_messages(old_pair(company, "第五条"))


relics = _law("文物保护法", "2017-11-04", "2024-11-08")


def test_a_rename_spliced_of_two_others_is_said_by_them(relics):
    """"“文物商店或者经营文物拍卖”改为“文物销售单位或者文物拍卖”（全文统一修改，共2条）" is "文物商店" → "文物销售单位" beside
    "（经营）文物拍卖的拍卖企业" → "文物拍卖企业" (经营 the rename's since reading 528), spliced and cut mid-term (useless in
    reading 404, items 23 and 25): their notes say it, and no headline or rename of its own; the edits it made are no wording
    note."""
    assert not [r for r in relics.renames if r.old == "文物商店或者经营文物拍卖"], relics.renames
    for label in ("第五十五条", "第七十六条"):
        notes = pair_messages(old_pair(relics, label))
        assert not [n for n in notes if n.startswith("“文物商店或者经营文物拍卖”") or "“商店或者" in n], notes
        assert [n for n in notes if n.startswith("“文物商店”改为“文物销售单位”（全文统一修改，共10条")], notes
        assert [n for n in notes if n.startswith("“经营文物拍卖的拍卖企业”改为“文物拍卖企业”（共5条")], notes


pensions = _law("军人抚恤优待条例", "2019-03-02", "2024-08-05")
state_council = _law("国务院组织法", "1982-12-10", "2024-03-11")


def test_members_of_a_list_reordered_are_no_change_of_wording(pensions, state_council, company):
    """"表述修改：“优待金、补助金”改为“补助金、优待金的”" (useless in reading 403: the same three sums, reordered) and "“国务院发布的
    决定、命令和行政法规”改为“国务院发布的行政法规、决定、命令”" say nothing changed. The same members joined otherwise still do:
    "签名、盖章" (both) → "签名或者盖章" (either)."""
    notes = pair_messages(old_pair(pensions, "第四十九条"))
    assert not [n for n in notes if "补助金、优待金" in n and n.startswith("表述修改")], notes
    assert not [n for n in pair_messages(old_pair(state_council, "第五条")) if n.startswith("表述修改")]
    assert "表述修改：“签名、盖章”改为“签名或者盖章”" in pair_messages(old_pair(company, "第二十五条"))


food_safety = _law("最高人民法院、最高人民检察院关于办理危害食品安全刑事案件适用法律若干问题的解释", "2013-05-02", "2021-12-30")


def test_the_sums_of_a_crimes_tiers_are_no_sums_paid(food_safety):
    """"新增第十八条（…），含十万元以上、五十万元以上两项金额" (wrong in reading 401: 非法经营数额 十万元/五十万元 are the tiers of
    情节严重 and 情节特别严重, and the 违法所得 五万元/二十五万元 beside them were left out): no sum is paid there."""
    texts = [h.text for h in result_headlines(food_safety)]
    added = [t for t in texts if t.startswith("新增第十八条")]
    assert added and not [t for t in added if "金额" in t.split("）", 1)[-1]], texts


military_drugs = _law("中国人民解放军实施《药品管理法》办法", "2004-12-09", "2025-04-05")


def test_a_locative_put_after_a_place_is_no_change_of_wording(military_drugs):
    """"表述修改：“不得在市场销售”改为“不得在市场上销售”" (useless in reading 400): "在市场上" is "在市场". Not "以上", nor a word
    "上" opens ("在本级上报")."""
    from policydiff.findings.slight import locative_only

    assert not [n for n in pair_messages(old_pair(military_drugs, "第十三条")) if "市场上销售" in n]
    assert locative_only("不得在市场销售", "不得在市场上销售", (5, 5), (5, 6))
    assert not locative_only("在本级报告", "在本级上报告", (3, 3), (3, 4))
    assert not locative_only("在十人报", "在十人以上报", (3, 3), (3, 5))


livestock = _law("畜牧法", "2015-04-24", "2022-10-30")


def test_a_member_put_in_a_list_is_said_beside_a_new_sentence_that_holds_it_too(company):
    """"、复制" put into "股东有权查阅、复制公司章程…" (公司法 第九十七条 → 第一百一十条: shareholders may now copy) was read as
    said by the new sentence "股东要求查阅、复制公司全资子公司相关材料的…", which says it of other papers: no note said it
    (missed in reading 398)."""
    notes = pair_messages(old_pair(company, "第九十七条"))
    # (said with its place since reading 1846: the article says 复制 twice, findings/placed.py)
    assert [n for n in notes if n.startswith("表述修改：“查阅公司章程”改为“查阅、复制公司章程”")], notes


def test_an_edit_said_by_several_wording_notes_is_said_once_with_its_count(livestock):
    """"删除“养殖小区”（共2处）" beside "删除“养殖小区”；删除“养殖小区”" (畜牧法 第三十九条): one note, "（共5处）" (the fifth in the paragraph said taken out whole: the count is of the article, counted_in_the_texts). A count
    merged so goes first, where it cannot read as the whole note's."""
    notes = pair_messages(old_pair(livestock, "第三十九条"))
    assert [n for n in notes if "养殖小区" in n and n.startswith("表述修改")] == ["表述修改：删除“养殖小区”（共5处）"], notes


def test_sanctions_a_penalty_note_says_are_no_wording_note(relics):
    """"表述修改：新增“给予警告或者通报批评”" beside "新增处罚：警告" and "新增处罚：通报批评" (文物保护法 第六十八条 → 第八十五条,
    useless in reading 404), and "“可以并处二万元以下的罚款，有违法所得的”改为“给予警告或者通报批评”" (第七十条 → 第八十七条, read
    as the fine made a warning: wrong in reading 404; the fine is raised, its note says so)."""
    for label in ("第六十八条", "第七十条"):
        notes = pair_messages(old_pair(relics, label))
        assert "新增处罚：警告" in notes and "新增处罚：通报批评" in notes, notes
        assert not [n for n in notes if n.startswith("表述修改") and "通报批评" in n], notes
    assert "罚款由2万元以下提高到没有违法所得或者违法所得不足五千元的5万元以下" in pair_messages(old_pair(relics, "第七十条"))


womens_rights = _law("妇女权益保障法", "2018-10-26", "2022-10-30")


def test_an_exception_said_with_other_drafting_words_is_no_change(womens_rights, relics):
    """"表述修改：新增“但是”；“不在此限”改为“除外”" (妇女权益保障法 第四十五条 → 第六十四条, useless in reading 411): "…的，不在此限"
    and "但是，…的除外" are one exception; so "；但是，…除外" and "；…除外" (文物保护法 第五十七条, 第六十条)."""
    assert not [n for n in pair_messages(old_pair(womens_rights, "第四十五条")) if n.startswith("表述修改")]
    for label in ("第五十七条", "第六十条"):
        assert not [n for n in pair_messages(old_pair(relics, label)) if n.startswith("表述修改") and "但是" in n]


counter_espionage = _law("反间谍法", "2014-11-01", "2023-04-26")


def test_drafting_words_for_one_thing_are_no_change(counter_espionage, livestock):
    """Useless in readings 406 and 409: "“…以外的其他危害国家安全行为的职责”改为“…以外的危害国家安全行为的职责”" and "“公民和组织”
    改为“任何公民和组织”" (反间谍法), "“发给”改为“发放”" and "“财政预算”统一改为“预算”（共3条）" (畜牧法)."""
    # (its one wording note since reading 463 is 公安机关 given a sentence of its own: test_read_four_hundred_thirty_sixth)
    assert not [n for n in pair_messages(old_pair(counter_espionage, "第三十九条")) if n.startswith("表述修改") and "其他" in n]
    notes = pair_messages(old_pair(counter_espionage, "第二十一条"))
    assert not [n for n in notes if "任何公民" in n and n.startswith("表述修改")], notes
    assert "表述修改：“报告”改为“举报”（共2处）" in notes
    assert not [r for r in livestock.renames if r.old == "财政预算"]
    assert not [n for n in pair_messages(old_pair(livestock, "第二十四条")) if "“发给”" in n]


civilian_staff = _law("中国人民解放军文职人员条例", "2017-09-27", "2022-12-10")


def test_a_definition_rewritten_where_it_stands_is_no_rule_gone(civilian_staff):
    """第二条's definition of 文职人员 rewritten ("…非现役人员" → "在军队编制岗位依法履行职责的非服兵役人员"), the rights of the
    next sentence joined to it: the diff's one hunk across both made "不再规定：“本条例所称文职人员，是指…”" and the fragment
    "“文职人员在军队和社会生活中”改为“队编制岗位…”" (wrong and useless in reading 407). It is the definition rewritten."""
    notes = pair_messages(old_pair(civilian_staff, "第二条"))
    assert [n for n in notes if n.startswith("改写：“本条例所称文职人员，是指在军民通用") and "”改为“本条例所称文职人员，是指在军队编制岗位" in n], notes
    assert not [n for n in notes if n.startswith(("不再规定", "删除或改写")) or "“队编制" in n], notes
    # (nor the opening of the sentence joined to it, "删除“文职人员在军队和社会生活中”", useless in reading 414)
    assert not [n for n in notes if n.startswith("表述修改")], notes


def test_an_old_sentence_is_rewritten_into_both_clauses_that_say_it(state_council, company):
    """国务院组织法 第九条 → 第十二条: the ministers' duties (lead the department, chair its meetings, sign what goes up) are
    two clauses joined by "；" now; the rewrite into the second alone, "…改为“签署上报国务院的重要请示、报告和发布的命令、指示”",
    read as the duty to lead made one to sign (wrong in reading 413), beside "新增规定" of the first. A new rule put beside a
    rewrite stays its own note (公司法 第一百五十七条's restriction by the articles)."""
    notes = pair_messages(old_pair(state_council, "第九条"))
    assert [n for n in notes if n.startswith("改写：“各部部长、各委员会主任领导本部门的工作") and "”改为“部长（主任、行长、审计长）领导本部门的工作" in n], notes
    assert not [n for n in notes if n.startswith("新增规定：“部长（主任")], notes
    assert "新增规定：“公司章程对股份转让有限制的，其转让按照公司章程的规定进行”" in pair_messages(old_pair(company, "第一百三十七条"))


def test_the_next_sentence_an_edit_runs_into_is_quoted_with_its_new_form(relics):
    """文物保护法 第二十一条 → 第三十二条: the edit ran from "…由所有人负责修缮、保养" into "非国有" of the next sentence, and the
    quote "“…保养。非国有不可移动文物有损毁危险…当地人民政府应当给予帮助”改为“…由所有人或者使用人负责修缮、保养，县级以上人民
    政府可以予以补助”" read as the duty to help made a subsidy one may give (wrong in reading 404): the next sentence's new
    form, "不可移动文物有损毁危险…县级以上人民政府应当给予帮助", is quoted with it, each with its own."""
    notes = pair_messages(old_pair(relics, "第二十一条"))
    said = [n for n in notes if "当地人民政府应当给予帮助" in n]
    assert said and all("”改为“不可移动文物有损毁危险" in n for n in said), notes


def test_a_list_of_crimes_taken_out_is_no_crime_gone_where_one_provision_gives_them_all(relics):
    """"第六十四条（违反本法规定，有下列行为之一，构成犯罪的，依法追究刑事责任）整条删除" (wrong in reading 404: 2024 第九十六条
    "违反本法规定，损害他人民事权益的，依法承担民事责任；…构成犯罪的，依法追究刑事责任" gives it for every breach; the examples
    went). The provision that gives civil liability first is such a provision too (第七十八条's clause, said moved there)."""
    texts = [h.text for h in result_headlines(relics)]
    assert "第六十四条（违反本法规定，有下列行为之一，构成犯罪的，依法追究刑事责任）删除，刑事责任现由第九十六条统一规定" in texts, texts
    assert not [t for t in texts if t.startswith("第六十四条（") and ("整条删除" in t or "已删除或改写" in t)]
    assert "“构成犯罪的，依法追究刑事责任”不再在此规定，现由第九十六条统一规定" in pair_messages(old_pair(relics, "第七十八条"))


def test_a_hedge_of_a_new_rule_is_no_rule_softened(pensions):
    """"新增弹性表述“原则上”：要求留有例外（共2处）" (军人抚恤优待条例 第四十一条 → 第四十六条, the seventh headline in reading 403:
    "原则上" hedges the new placement rules, each said "新增规定" whole; no old rule was softened)."""
    notes = pair_messages(old_pair(pensions, "第四十一条"))
    assert not [n for n in notes if "弹性表述" in n], notes
    assert [n for n in notes if n.startswith("新增规定：") and "原则上安置到机关相应岗位" in n], notes


def test_an_item_joined_into_another_is_no_rule_gone(civilian_staff):
    """"不再规定：“（一）患职业病的”" (文职人员条例 第五十五条 → 第六十三条, wrong in reading 407): the new (一) "因公（工）负伤或者
    患职业病，经…鉴定为一级至六级伤残的" holds it, joined to old (二); the wording note of that item says how."""
    notes = pair_messages(old_pair(civilian_staff, "第五十五条"))
    assert not [n for n in notes if n.startswith(("不再规定", "删除或改写")) and "患职业病" in n], notes
    assert [n for n in notes if "“因公（工）负伤或者患职业病，经”" in n], notes


def test_a_count_of_places_is_the_articles(rules_of_procedure):
    """"“会议审议”改为“会议议程”（共2处）" (议事规则 第十一条 → 第十八条: five places, wrong in reading 414, the others in sentences
    said rewritten whole): the count is the article's. Not of a word inside a longer one the note says too ("新增“撤职”（共2处）；
    新增“撤职案”", 第十三条 → 第二十一条: three 撤职, one of them 撤职案)."""
    assert "表述修改：“会议审议”改为“会议议程”（共5处）；“提请”改为“列入”" in pair_messages(old_pair(rules_of_procedure, "第十一条"))
    assert "表述修改：新增“撤职”（共2处）；新增“撤职案”" in pair_messages(old_pair(rules_of_procedure, "第十三条"))


def test_a_short_phrase_moved_is_not_said_taken_out(relics):
    """"删除“如无特殊情况，应当在”" (文物保护法 第三十二条 → 第四十六条: "应当在" moved before "接到报告后", the duty to arrive in 24
    hours kept; wrong in reading 416): "删除“如无特殊情况”"."""
    notes = pair_messages(old_pair(relics, "第三十二条"))
    assert "表述修改：删除“如无特殊情况”" in notes, notes


def test_a_list_spelled_out_where_the_old_text_referred_to_anothers_is_no_rule_put_in(pensions):
    """军人抚恤优待条例 第二十一条 → 第二十五条: "因第八条第一款规定的情形之一导致残疾的，认定为因战致残" took 第八条第一款's cases by
    reference; the new article lists them. "新增条件：“对敌作战负伤致残的”" and "新增规定：“（五）在执行外交任务…致残的”" were
    top-eight headlines judged wrong in readings 382, 403, 414, 415 and 417: one note says the reference spelled out."""
    notes = pair_messages(old_pair(pensions, "第二十一条"))
    assert "改写：“因第八条第一款规定的情形之一导致残疾的，认定为因战致残”改为“军人残疾，符合下列情形之一的，认定为因战致残：”" \
           "（原引用第八条第一款规定的情形，现逐项列明）" in notes, notes
    assert [n for n in notes if n.startswith("改写：“因第九条第一款") and "认定为因公致残：”" in n], notes
    assert not [n for n in notes if "对敌作战负伤致残" in n or "执行外交任务" in n], notes
    texts = [h.text for h in result_headlines(pensions)[:8]]
    assert not [t for t in texts if "对敌作战负伤致残" in t or "执行外交任务" in t], texts


def test_an_item_put_in_is_read_against_the_old_items_not_still_there(food_safety):
    """食品安全解释 第三条: new （五） "生产、销售金额十万元以上不满二十万元，曾因危害食品安全犯罪受过刑事处罚或者二年内…" is old （四）
    ("…一年内曾因危害食品安全违法犯罪活动受过行政处罚或者刑事处罚的") rewritten, a new （四） put before it; old （一）, still there
    whole, was read first as its base and the rewrite not looked for ("新增规定" beside "删除“一年内…或者刑事”", wrong in reading
    420)."""
    notes = pair_messages(old_pair(food_safety, "第三条"))
    assert [n for n in notes if n.startswith("改写：“（四）生产、销售金额十万元以上不满二十万元，一年内曾因")
            and "”改为“（五）生产、销售金额十万元以上不满二十万元，曾因" in n], notes
    assert not [n for n in notes if "或者刑事”" in n], notes


supervision = _law("各级人民代表大会常务委员会监督法", "2006-08-27", "2024-11-08")


def test_a_heading_cut_over_two_lines_is_one_heading(supervision):
    """监督法 2006: "## 第二章 听取和审议人民政府、人民法院和" then "人民检察院的专项工作报告" on a line of its own; the second line was
    read as 第七条's last words and said "不再规定：“人民检察院的专项工作报告”" (wrong in reading 427). It is the chapter's title."""
    first = next(c for c in supervision.old.clauses if c.display_label == "第八条")
    assert first.path and first.path[-1].endswith("听取和审议人民政府、人民法院和人民检察院的专项工作报告"), first.path
    assert not [n for n in pair_messages(old_pair(supervision, "第七条")) if "专项工作报告" in n]


def test_a_rule_kept_stricter_in_the_clause_beside_a_rewrite_is_part_of_it(pensions):
    """军人抚恤优待条例 第二十五条 → 第二十九条: "…有档案记载或者有原始医疗证明的，可以评定残疾等级" is "…；凭原始档案记载及原始病历能够
    证明…的，可以评定残疾等级" (both records now, not either), the clause after "；" of the sentence the old one was rewritten
    into: "新增规定" of it was a top-eight headline judged wrong in readings 403, 422 and 428."""
    notes = pair_messages(old_pair(pensions, "第二十五条"))
    assert not [n for n in notes if n.startswith("新增规定：“凭原始档案记载")], notes
    assert [n for n in notes if n.startswith("改写：“现役军人因战、因公致残") and "凭原始档案记载" in n], notes
