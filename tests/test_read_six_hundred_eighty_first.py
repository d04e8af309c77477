"""What readings 681 and on (2026-12-05, the twenty-ninth session) found wrong or useless, fixed, pinned on the real
text (tests/fixtures/laws)."""

from conftest import held_out_fixture as _law
from conftest import new_pair, old_pair, pair_messages

from policydiff.render.headlines import ranked_headlines

livestock = _law("畜牧法", "2015-04-24", "2022-10-30")


def test_words_out_of_one_clause_and_into_the_next_are_two_edits(livestock):
    """畜牧法 第六十二条 → 第八十二条: "…生产经营种畜禽的，转让、租借…" → "…生产经营，或者伪造、变造、转让、租借…" is 种畜禽的
    taken out before the comma and 或者伪造、变造 put in after it, not "“种畜禽的”改为“或者伪造、变造”" (a fragment left
    undone by the twenty-eighth session)."""
    notes = pair_messages(old_pair(livestock, "第六十二条"))
    assert "表述修改：删除“种畜禽的”；新增“或者伪造、变造”" in notes, notes
    assert not [n for n in notes if "“种畜禽的”改为" in n], notes


counterespionage = _law("反间谍法", "2014-11-01", "2023-04-26")
veterans = _law("军人抚恤优待条例", "2019-03-02", "2024-08-05")


def test_members_swapped_beside_a_rewrite_are_no_note(counterespionage, veterans):
    """反间谍法 第七条 → 第九条: "组织和个人给予保护" → "个人和组织给予保护" is the two members swapped, the words after kept:
    no note (useless in reading 688); the reward rewritten is said. Members swapped with one shared character at the end
    are still read whole (军人抚恤优待条例 第四十九条: "优待金、补助金" → "补助金、优待金的", reading 403)."""
    notes = pair_messages(old_pair(counterespionage, "第七条"))
    assert not [n for n in notes if "个人和组织给予保护" in n], notes
    assert [n for n in notes if n.startswith("改写：“对有重大贡献的给予奖励”改为")], notes
    assert not [n for n in pair_messages(old_pair(veterans, "第四十九条")) if "补助金、优待金" in n]


def test_a_body_named_anew_where_a_provision_opens_is_counted(livestock):
    """畜牧法 第七十条 → 第七十七条: "畜牧兽医行政主管部门的工作人员利用职务…" → "违反本法规定，县级以上人民政府农业农村主管部门及其
    工作人员有下列行为之一的" renames the body too, the one use of each name: "共38条" was one short on 11 items of reading
    684 (39 provisions write the new name where the old one stood)."""
    notes = pair_messages(old_pair(livestock, "第七十条"))
    assert "“畜牧兽医行政主管部门”改为“农业农村主管部门”（全文统一修改，共39条）" in notes, notes
    assert "“畜牧兽医行政主管部门”改为“农业农村主管部门”（全文统一修改，共39条，本条7处）" in pair_messages(
        old_pair(livestock, "第十三条"))


def test_a_citation_renumbered_with_the_document_named_is_no_note(veterans):
    """军人抚恤优待条例 第十条 → 第十三条: "除第九条第一款第三项…" → "除本条例第十二条第一款第三项…" cites the same provision
    renumbered, the regulation naming itself: no note ("“除第九条”改为“除本条例第十二条”" useless in reading 685)."""
    notes = pair_messages(old_pair(veterans, "第十条"))
    assert not [n for n in notes if "第十二条" in n], notes


def test_a_delegation_is_not_said_moved_to_another_subjects_delegation(veterans):
    """军人抚恤优待条例 第三十四条 → 第四十四条: "具体办法由国务院退役军人事务部门会同国务院人力资源社会保障部门、财政部门规定" (of
    medical costs) is not 第二十六条's "残疾等级的具体评定标准由…会同国务院人力资源社会保障部门…规定": "现见第二十六条" was wrong in
    reading 685. Nor is it "不再规定" (wrong in reading 689): the new article hands the rules on anew, "抚恤优待对象享受医疗
    优待和优惠的具体办法由国务院退役军人工作主管部门和中央军事委员会后勤保障部会同…规定", the delegation rewritten."""
    notes = pair_messages(old_pair(veterans, "第三十四条"))
    assert not [n for n in notes if "现见第二十六条" in n], notes
    assert [n for n in notes if n.startswith("改写：“具体办法由国务院退役军人事务部门会同国务院人力资源社会保障部门、财政部门规定”"
                                             "改为“抚恤优待对象享受医疗优待和优惠的具体办法由")], notes
    assert not [n for n in notes if n.startswith("新增规定：“抚恤优待对象享受医疗优待和优惠的具体办法")
                or "不再规定：“具体办法由国务院" in n or "删除或改写：“具体办法由国务院" in n], notes


food = _law("最高人民法院、最高人民检察院关于办理危害食品安全刑事案件适用法律若干问题的解释", "2013-05-02", "2021-12-30")
defence = _law("国防教育法", "2018-04-27", "2024-09-13")


def test_words_rearranged_are_quoted_with_their_phrase(food, defence):
    """危害食品安全刑事案件解释 第一条（二）: "水产动物及其肉类、肉类制品" → "水产动物肉类及其制品" was "“及其肉类、肉类”改为“肉类
    及其”", pieces useless in reading 683; the phrase whole is read. 国防教育法 第三十条 → 第三十三条: "不同地区、不同类别" →
    "不同类别、不同地区" is the same two members reordered: no note."""
    notes = pair_messages(old_pair(food, "第一条"))
    assert "表述修改：“水产动物及其肉类、肉类制品”改为“水产动物肉类及其制品”" in notes, notes
    notes = pair_messages(old_pair(defence, "第三十条"))
    assert not [n for n in notes if "不同类别、不同地区" in n], notes


money_laundering = _law("反洗钱法", "2006-10-31", "2024-11-08")


def test_the_document_named_is_quoted_with_what_it_names(money_laundering):
    """反洗钱法 第三条 → 第六条: "按照规定应当履行反洗钱义务" → "依照本法规定应当履行…": "“按照”改为“依照本法”" was a fragment
    (useless in reading 682); quoted with the 规定 both keep."""
    notes = pair_messages(old_pair(money_laundering, "第三条"))
    assert "表述修改：“按照规定”改为“依照本法规定”" in notes, notes


def test_words_put_around_a_kept_phrase_are_quoted_with_it(money_laundering):
    """反洗钱法 第六条 → 第八条: "依法提交大额交易和可疑交易报告" → "依法开展提交大额交易和可疑交易报告等工作": the phrase before and
    after, not "“提交大额”改为“开展提交大额”；新增“等工作”" (a fragment, useless in reading 691)."""
    notes = pair_messages(old_pair(money_laundering, "第六条"))
    assert "表述修改：“提交大额交易和可疑交易报告”改为“开展提交大额交易和可疑交易报告等工作”" in notes, notes


minerals = _law("矿产资源法", "2009-08-27", "2024-11-08")


def test_a_deleted_provision_restated_by_an_added_one_in_its_own_rare_words_is_said_moved(veterans, minerals):
    """军人抚恤优待条例 2019 第三十七条 (现役军人、残疾军人凭有效证件参观游览公园、博物馆、名胜古迹享受优待) is 2024 第五十三条's
    "抚恤优待对象参观游览…公园、展览馆、名胜古迹等按照规定享受优待及优惠服务": five words no other provision of either version
    says. It was "删除原第三十七条" beside "新增第五十三条" (the restated rules every reading finds); now a move, largely
    rewritten, both ways. 矿产资源法 第三十五条's "允许个人采挖…只能用作普通建筑材料的砂、石、粘土…" is 第二十九条（一）: quoted
    from the clause that says it, not the policy sentence's opening."""
    notes = pair_messages(old_pair(veterans, "第三十七条"))
    assert [n for n in notes if n.startswith("“现役军人、残疾军人凭有效证件参观游览公园、博物馆、名胜古迹享受优待")
            and n.endswith("移至现第五十三条，并作较大修改")], notes
    assert not [n for n in notes if n.startswith(("删除原第三十七条", "原第三十七条"))], notes
    assert [n for n in pair_messages(new_pair(veterans, "第五十三条")) if n.endswith("由原第三十七条移入，并作较大修改")]
    notes = pair_messages(old_pair(minerals, "第三十五条"))
    assert "“允许个人采挖零星分散资源和只能用作普通建筑材料的砂、石、粘土以及为生活自用采挖少量矿产”移至现第二十九条，并作较大修改" \
        in notes, notes


drugs = _law("中国人民解放军实施《药品管理法》办法", "2004-12-09", "2025-04-05")


def test_provisions_sharing_fewer_rare_words_stay_apart(drugs):
    """Two rare words shared are as often common verbs: 药品管理法办法 2004 第三十五条 (who decides the penalties) and 2025
    第二十九条 share only "及时" and "提出" (and 征兵工作条例's "其中" is a word of the drafting): no move said."""
    notes = pair_messages(old_pair(drugs, "第三十五条"))
    assert not [n for n in notes if "移至现第二十九条" in n], notes


secrets = _law("保守国家秘密法", "2010-04-29", "2024-02-27")


def test_a_deleted_provision_restated_inside_a_provision_paired_otherwise(secrets):
    """保守国家秘密法 2010 第二十九条 (公开发布信息以及对涉及国家秘密的工程、货物、服务进行采购) is restated, for its procurement,
    by 2024 第四十二条 (of 第三十四条 split into 第四十一、四十二条): "整条删除" a top-eight headline wrong in reading 688. The
    move is said to 第四十二条, the provision of the split that says the words."""
    notes = pair_messages(old_pair(secrets, "第二十九条"))
    assert [n for n in notes if n.endswith("移至现第四十二条，并作较大修改")], notes
    # (and the split's own "新增规定" of that sentence goes: both, a contradiction in reading 698)
    notes = pair_messages(new_pair(secrets, "第四十一条"))
    assert [n for n in notes if n.startswith("“采购涉及国家秘密的货物、服务的机关、单位") and "由原第二十九条移入" in n], notes
    assert not [n for n in notes if n.startswith("新增规定：“采购涉及国家秘密的货物")], notes
    texts = [line.text for line in ranked_headlines(secrets)][:8]
    assert not [t for t in texts if t.startswith("第二十九条") and ("整条删除" in t or "已删除或改写" in t)], texts


conscription = _law("征兵工作条例", "2001-09-05", "2023-04-01")


def test_a_rule_restated_keeping_phrases_no_other_provision_says_is_said_moved(drugs, conscription):
    """药品管理法办法 2004 第四条 (供应保障机构…负责军队医疗机构所需药品的供应保障；不得向地方单位和人员供应药品) is 2025
    第十三条: "整条删除" a top-eight headline wrong in readings 681 and 692. 征兵工作条例 2001 第二十九条 (县、市派人送兵: 商定送兵
    到达地点、途中转运和交接等有关事宜) is 2023 第三十七条 ("删除原第二十九条" wrong in reading 692). Each keeps runs of three
    characters that no other provision of either version says, five or more. (Since reading 845 药品管理法办法 第四条 is paired
    with 第十三条 by the aligner itself, rule 14.)"""
    assert [c.label for c in old_pair(drugs, "第四条").new] == ["第十三条"]
    texts = [line.text for line in ranked_headlines(drugs)][:8]
    assert not [t for t in texts if t.startswith("第四条") and ("整条删除" in t or "已删除或改写" in t)], texts
    notes = pair_messages(old_pair(conscription, "第二十九条"))
    assert "“商定县、市送兵到达地点、途中转运和交接等有关事宜”移至现第三十七条，并作较大修改" in notes, notes
    assert [n for n in pair_messages(new_pair(conscription, "第三十七条")) if n.endswith("由原第二十九条移入，并作较大修改")]


def test_a_deleted_provision_whose_move_quotes_its_subject_names_it_once(drugs):
    """药品管理法办法 第四条: "删除原第四条（关于“军队药品供应保障机构…负责军队医疗机构所需药品的供应保障”的规定），部分内容现见
    第十三条" beside "“负责军队医疗机构所需药品的供应保障”移至现第十三条…" said the sentence twice (useless in reading 700): the
    deletion says where, the move what. (Since reading 845 the two are one pair, rule 14: its notes say what changed, the
    subject once.)"""
    notes = pair_messages(old_pair(drugs, "第四条"))
    assert not [n for n in notes if n.startswith(("删除原第四条", "原第四条"))], notes
    assert "表述修改：“军队药品供应保障机构按照规定的保障范围”改为“军队药材供应保障机构应当按照划定区域和指定任务”" in notes, notes


pollution = _law("最高人民法院、最高人民检察院关于办理环境污染刑事案件适用法律若干问题的解释", "2016-12-23", "2023-08-08")


def test_the_headers_day_in_force_is_said_by_the_effective_date_clause(pollution, food):
    """环境污染刑事案件解释 2016 → 2023: "新增修订记录：2023年8月15日施行" beside the effective-date clause's own note
    ("…改为“自2023年8月15日起施行”") said the day twice (useless in readings 683 and 694); so "修订记录修改：“2013年5月4日施行”改为
    “2022年1月1日施行”" of 危害食品安全刑事案件解释. The clause's note stays."""
    for comparison, day in ((pollution, "2023年8月15日"), (food, "2022年1月1日")):
        messages = [f.message for p in comparison.pairs for f in p.findings]
        assert not [m for m in messages if "修订记录" in m and m.rstrip("”").endswith(f"{day}施行")], messages
        assert [m for m in messages if m.startswith("施行日期条款") or m.startswith("新增施行日期条款")], messages
