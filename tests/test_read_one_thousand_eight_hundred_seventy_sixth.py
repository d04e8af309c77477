"""What readings 1876 to 1909 (2026-12-07) found wrong or useless and the fifty-ninth session fixed, pinned on the real
text (the corpus and tests/fixtures/laws)."""

from conftest import held_out_fixture as _held_out
from conftest import law_fixture as _law
from conftest import old_pair, pair_messages

science = _held_out("科学技术普及法", "2002-06-29", "2024-12-25")


def test_a_duty_changed_in_a_clause_its_note_quotes_whole_is_not_said_again_as_wording(science):
    """科学技术普及法 第二十四条 → 第四十六条: "“应当”改为“可以”：义务减弱（“同级财政应当予以补贴”改为“政府可以根据需要予以补贴”）"
    shows the whole clause; "表述修改：“同级财政应当”改为“政府可以根据需要”" beside it was a second, poorer copy (reading 1882,
    item 31)."""
    notes = pair_messages(old_pair(science, "第二十四条"))
    assert "“应当”改为“可以”：义务减弱（“同级财政应当予以补贴”改为“政府可以根据需要予以补贴”）" in notes, notes
    assert not any(n.startswith("表述修改：“同级财政应当”") for n in notes), notes


rules = _held_out("全国人民代表大会常务委员会议事规则", "2009-04-24", "2022-06-24")


def test_a_word_replaced_inside_a_replacement_another_note_quotes_is_not_said_again(rules):
    """议事规则 第十一条 → 第十八条 第三款: "由委员长会议决定提请常务委员会会议审议" → "…决定是否列入常务委员会会议议程" is quoted whole by the
    note on 第三款; "表述修改：“提请”改为“是否列入”" beside it said it again in fragments, and read as 第二款's change, where
    提请 became 列入 (reading 1883, item 31)."""
    notes = pair_messages(old_pair(rules, "第十一条"))
    assert "表述修改：“提请”改为“是否列入”" not in notes, notes
    assert any(n.startswith("表述修改：“……由委员长会议决定提请常务委员会会议审议") and "决定是否列入常务委员会会议议程" in n
               for n in notes), notes


counter_espionage = _held_out("反间谍法", "2014-11-01", "2023-04-26")
organs = _held_out("人体器官捐献和移植条例", "2007-03-31", "2023-12-04")


def test_a_phrase_whose_word_moves_from_one_edit_to_another_is_quoted_whole(counter_espionage, organs):
    """反间谍法 第二十三条 → 第八条 "有关反间谍工作的国家秘密" → "国家秘密和反间谍工作秘密": 国家 taken out by one edit and put in by
    another, the phrase reordered; "“有关反间谍”改为“国家秘密和反间谍”；“反间谍工作的国家”改为“反间谍工作”" were broken pieces
    (English reading 1881, item 7). 人体器官移植条例 第十六条 → 第三十一条 likewise (its 人体器官 moved; reading 1877, item 37)."""
    notes = pair_messages(old_pair(counter_espionage, "第二十三条"))
    assert "表述修改：“任何公民和组织都应当保守所知悉的有关反间谍工作的国家秘密”改为“任何公民和组织都应当依法支持、协助反间谍工作，" \
           "保守所知悉的国家秘密和反间谍工作秘密”" in notes, notes
    notes = pair_messages(old_pair(organs, "第十六条"))
    assert any(n.startswith("表述修改：“实施人体器官移植手术的医疗机构及其医务人员应当对人体器官捐献人进行医学检查”改为") for n in notes), notes


women = _held_out("妇女权益保障法", "2018-10-26", "2022-10-30")


def test_a_list_of_bodies_rewritten_at_both_ends_is_quoted_whole(women):
    """妇女权益保障法 第四十六条 → 第六十五条: who prevents and stops domestic violence, the list rewritten at both ends around
    its kept 基层群众性自治组织: "“公安、民政、司法行政等部门以及城乡”改为“…企业事业单位”；“自治组织、社会团体”改为“自治组织以及其他
    组织”" cut 城乡基层群众性自治组织 and read as 社会团体 gone, which the new list keeps (reading 1880, item 45)."""
    notes = pair_messages(old_pair(women, "第四十六条"))
    assert "表述修改：“公安、民政、司法行政等部门以及城乡基层群众性自治组织、社会团体”改为“县级以上人民政府有关部门、司法机关、社会团体、" \
           "企业事业单位、基层群众性自治组织以及其他组织”" in notes, notes


food_safety = _held_out("最高人民法院、最高人民检察院关于办理危害食品安全刑事案件适用法律若干问题的解释", "2013-05-02", "2021-12-30")


def test_items_put_in_after_an_article_cited_are_quoted_with_it(food_safety):
    """危害食品安全刑事案件解释 第七条 → 第八条: "本解释第四条规定的情形" now cites 第四条第二项至第六项 alone (第一项's death no longer
    counted); "新增“第二项至第六项”" was a fragment read as a rule put in (reading 1883, item 2)."""
    notes = pair_messages(old_pair(food_safety, "第七条"))
    assert "表述修改：“本解释第四条规定的情形”改为“本解释第四条第二项至第六项规定的情形”" in notes, notes


quarantine = _held_out("国境卫生检疫法", "2018-04-27", "2024-06-28")


def test_words_taken_out_across_a_mark_into_a_phrase_kept_say_the_phrase(quarantine):
    """国境卫生检疫法 第二十三条 → 第五十条: "违法失职的，给予行政处分，情节严重构成犯罪的" → "构成犯罪的": "删除“违法失职的，给予行政处分，
    情节严重”" stopped mid-phrase (reading 1876, item 1); the clauses taken out, and the crime no longer asked to be 情节严重."""
    notes = pair_messages(old_pair(quarantine, "第二十三条"))
    assert "表述修改：删除“违法失职的，给予行政处分”；“情节严重构成犯罪的”改为“构成犯罪的”" in notes, notes


secrets = _held_out("保守国家秘密法", "2010-04-29", "2024-02-27")


def test_a_crime_split_off_into_a_provision_for_every_breach_is_said(secrets):
    """保守国家秘密法 第五十一条 → 第六十一条、第六十二条: "…依法给予处分；构成犯罪的，依法追究刑事责任" split, the crime now
    "违反本法规定，构成犯罪的，依法追究刑事责任", a provision for every breach of the law: "仅编号或个别虚词…内容未变" was wrong in
    reading 1861 (item 17)."""
    notes = pair_messages(old_pair(secrets, "第五十一条"))
    assert notes == ["表述修改：“构成犯罪的，依法追究刑事责任”另列为第六十二条，统一规定为“违反本法规定，构成犯罪的，依法追究刑事责任”"], notes


sport = _law("体育法", "2016-11-07", "2022-06-24")


def test_a_sentence_whose_duty_word_moves_is_quoted_whole_beside_sentences_taken_out(sport):
    """体育法 第三条: "体育事业应当纳入国民经济和社会发展计划" → "县级以上人民政府应当将体育事业纳入国民经济和社会发展规划", 应当 moved to
    the governments now bound, beside three sentences taken out: "新增“县级以上人民政府应当将”；“应当纳入国民经济”改为“纳入国民经济”；
    “计划”改为“规划”" read as the duty dropped (English reading 1895, item 13)."""
    notes = pair_messages(old_pair(sport, "第三条"))
    assert "表述修改：“体育事业应当纳入国民经济和社会发展计划”改为“县级以上人民政府应当将体育事业纳入国民经济和社会发展规划”" in notes, notes


supervision = _held_out("监察法", "2018-03-20", "2024-12-25")


def test_a_compound_made_a_list_of_its_parts_is_quoted_whole(women, supervision):
    """妇女权益保障法 第三十八条 → 第二十一条 "妇女的生命健康权不受侵犯" → "妇女的生命权、身体权、健康权不受侵犯": "“生命”改为“生命权、
    身体权”" was a piece of a word (readings 1880 and 1909); 监察法 第四十条 → 第四十三条 "严禁以威胁…" → "严禁以暴力、威胁…" was
    "“严禁以”改为“严禁以暴力”"."""
    assert "表述修改：“生命健康权”改为“生命权、身体权、健康权”" in pair_messages(old_pair(women, "第三十八条"))
    assert "表述修改：“严禁以威胁”改为“严禁以暴力、威胁”" in pair_messages(old_pair(supervision, "第四十条"))


review = _law("行政复议法", "2017-09-01", "2023-09-01")


def test_an_item_put_in_a_list_of_what_is_not_or_must_not_be_is_quoted_after_its_lead_in(review):
    """行政复议法 第八条 → 第十二条: "新增规定：“（二）行政法规、规章或者…规范性文件”" read alone as a thing now open to review;
    its list is "下列事项不属于行政复议范围：" (reading 1906, item 54)."""
    notes = pair_messages(old_pair(review, "第八条"))
    assert "新增规定：“下列事项不属于行政复议范围：……（二）行政法规、规章或者行政机关制定、发布的具有普遍约束力的决定、命令等规范性文件”" \
        in notes, notes
    assert not any(n.startswith("新增规定：“（") for n in notes), notes
    # (so too a list of the cases to bring to review first, 第三十条 → 第二十三条: its (三) read as a new ground to apply,
    # reading 1906, item 9)
    assert "新增规定：“有下列情形之一的，申请人应当先向行政复议机关申请行政复议：……（三）认为行政机关存在本法第十一条规定的未履行" \
           "法定职责情形”" in pair_messages(old_pair(review, "第三十条"))


company = _law("公司法", "2018-10-26", "2023-12-29")


def test_an_exception_put_in_is_quoted_after_the_rule_it_excepts(review, company):
    """行政复议法 第二十五条 → 第七十四条: "新增规定：“但是，申请人能够证明撤回行政复议申请违背其真实意愿的除外”" said nothing of what
    it excepts, the new bar on applying again (readings 1879 and 1906); 公司法 第二十二条 → 第二十六条 likewise."""
    assert "新增规定：“……申请人不得再以同一事实和理由提出行政复议申请。但是，申请人能够证明撤回行政复议申请违背其真实意愿的除外”" \
        in pair_messages(old_pair(review, "第二十五条"))
    assert "新增规定：“……可以请求人民法院撤销。但是，股东会、董事会的会议召集程序或者表决方式仅有轻微瑕疵，对决议未产生实质影响的除外”" \
        in pair_messages(old_pair(company, "第二十二条"))
