"""What readings 652 and on (2026-12-05, the twenty-eighth session) found wrong or useless, fixed, pinned on the real
text (tests/fixtures/laws)."""

from conftest import held_out_fixture as _law
from conftest import law_fixture as _corpus_law
from conftest import old_pair, pair_messages

from policydiff.render.headlines import ranked_headlines

organs = _law("人体器官捐献和移植条例", "2007-03-31", "2023-12-04")
veterans = _law("军人抚恤优待条例", "2019-03-02", "2024-08-05")


def test_a_rename_counts_a_use_whose_next_word_changed_too(organs, veterans):
    """第二十五条 → 第三十六条: "摘取其活体器官", "而摘取其尸体器官", "摘取未满18周岁" all became 获取, the second beside
    遗体 where 尸体 stood: "本条2处" of 3 was wrong in reading 641."""
    notes = pair_messages(old_pair(organs, "第二十五条"))
    # (共10条 since reading 933: 第二十九条 → 第四十二条 counted too)
    assert "“摘取”改为“获取”（全文统一修改，共10条，本条3处）" in notes, notes
    # and a provision whose two uses both went over is counted so (第三十六条 → 第五十二条: "现役军人凭有效证件" twice)
    # (共12条 since reading 760: 第十三条's split counted 第十六条, which writes 军人 of its own)
    assert "“现役军人”改为“军人”（共12条，本条2处）" in pair_messages(old_pair(veterans, "第三十六条"))


conscription = _law("征兵工作条例", "2001-09-05", "2023-04-01")
minerals = _law("矿产资源法", "2009-08-27", "2024-11-08")
quarantine = _law("国境卫生检疫法", "2018-04-27", "2024-06-28")
women = _law("妇女权益保障法", "2018-10-26", "2022-10-30")
review = _corpus_law("行政复议法", "2017-09-01", "2023-09-01")


def _labels(clauses):
    return [c.label for c in clauses]


def test_a_deleted_provision_beside_a_pairing_it_joins_is_a_merge(conscription, minerals):
    """征兵工作条例 2001 第四条 (每年的征兵人数) and 第五条 (各省…部署本区域的征兵工作, 分配征兵任务) are 2023 第五条's three
    paragraphs; 第四条 was paired alone (moved, past 第七条 → 第四条) and "第五条…整条删除" a headline, wrong in reading 655.
    矿产资源法 2009 第二十九条 (开采顺序、开采方法) and 第三十条 (共生和伴生矿产) are 2024 第三十九条: "删除原第二十九条" wrong in
    reading 657."""
    pair = old_pair(conscription, "第四条")
    assert (_labels(pair.old), _labels(pair.new)) == (["第四条", "第五条"], ["第五条"])
    texts = [line.text for line in ranked_headlines(conscription)]
    assert not [t for t in texts if t.startswith("第五条（") and ("整条删除" in t or "已删除或改写" in t)], texts
    pair = old_pair(minerals, "第二十九条")
    assert (pair.status.value, _labels(pair.old), _labels(pair.new)) == ("merged", ["第二十九条", "第三十条"], ["第三十九条"])


def test_three_provisions_do_not_join_when_the_third_reads_farther(quarantine):
    """国境卫生检疫法 2018 第八条 (出境…最后离开的口岸) and 第九条 (a foreign ship or aircraft stopping off a port) are 2024
    第十条's two paragraphs; 第七条, whose first sentence is there too but whose rest is not, stays out (joined, the old side
    reads farther from 第十条). The chapter, four of its eight provisions gone or joined, is said written anew, as before
    the merge."""
    pair = old_pair(quarantine, "第八条")
    assert (pair.status.value, _labels(pair.old), _labels(pair.new)) == ("merged", ["第八条", "第九条"], ["第十条"])
    texts = [line.text for line in ranked_headlines(quarantine)]
    assert [t for t in texts if t.startswith("“检疫”一章改为“检疫查验”并重新编写")], texts


def test_an_added_provision_beside_a_pairing_it_joins_is_a_split(women, review):
    """妇女权益保障法 2018 第五十一条 (生育的权利; 避孕药具和技术; 婚前保健、孕产期保健) is 2022 第三十二条 and 第三十三条. A
    neighbour that brings the sides only a little nearer, sharing none of the old clause's distinctive phrasing, does not
    join: 行政复议法 2017 第十八条 (转送) is not 2023 第三十三条 (驳回申请) with 第三十二条."""
    pair = old_pair(women, "第五十一条")
    assert (_labels(pair.old), _labels(pair.new)) == (["第五十一条"], ["第三十二条", "第三十三条"])
    assert len(old_pair(review, "第十八条").new) <= 1


produce = _law("农产品质量安全法", "2018-10-26", "2022-09-02")


def test_a_rule_restated_in_its_frame_within_the_provision_is_rewritten(conscription, quarantine):
    """A sentence taken out and one put in that keep its frame, each the other's nearest, are one rule rewritten, not
    "不再规定" beside "新增规定" (征兵工作条例 第四条、第五条 → 第五条's disaster areas, wrong in readings 661 and 662;
    国境卫生检疫法 第八条、第九条 → 第十条's report and ban of a ship stopping off a port, wrong in readings 661, 662 and
    667)."""
    notes = pair_messages(old_pair(conscription, "第四条"))
    assert "改写：“对灾情比较严重的地区或者县，可以酌情减少或者免除征兵任务”改为“对遭受严重灾害或者有其他特殊情况的地区，可以酌情调整征兵任务”" \
        in notes, notes
    notes = pair_messages(old_pair(quarantine, "第八条"))
    assert not [m for m in notes if m.startswith(("不再规定", "新增规定", "删除或改写")) and ("紧急" in m or "降落" in m)], notes
    assert [m for m in notes if m.startswith("改写：“除紧急情况外") and "改为“除避险等紧急情况外" in m], notes


def test_a_sentence_referring_elsewhere_is_no_frame(produce, veterans):
    """"…依照有关法律、行政法规的规定执行" (moved to 第十七条) is not 2022 第十六条's new "《中华人民共和国食品安全法》…依照其
    规定执行" by their common end; a list's lead-in is read with its items (军人抚恤优待条例 第二十一条 → 第二十五条)."""
    notes = pair_messages(old_pair(produce, "第十一条"))
    assert "新增规定：“《中华人民共和国食品安全法》对食用农产品的有关质量安全标准作出规定的，依照其规定执行”" in notes, notes
    notes = pair_messages(old_pair(veterans, "第二十一条"))
    assert [m for m in notes if m.endswith("（原引用第八条第一款规定的情形，现逐项列明）")], notes


defence_education = _law("国防教育法", "2018-04-27", "2024-09-13")


def test_a_field_of_work_both_end_on_is_no_frame(defence_education):
    """国防教育法 2018 第六条 → 2024 第五条: "国务院领导全国的国防教育工作" is not "中央国家机关各部门在各自的职责范围内负责国防
    教育工作" (wrong in readings 671 and 672: the State Council's lead went to the 中央全民国防教育主管部门); the local
    government's lead is the local authority's, a run of words neither version says elsewhere ("本行政区域内")."""
    notes = pair_messages(old_pair(defence_education, "第六条"))
    assert not [m for m in notes if m.startswith("改写：“国务院领导全国的国防教育工作”")], notes
    assert "改写：“地方各级人民政府领导本行政区域内的国防教育工作”改为“县级以上地方全民国防教育主管部门负责本行政区域内国防教育工作的指导、监督和统筹协调”" \
        in notes, notes


def test_a_fine_sentence_by_the_value_of_the_goods_is_said_by_the_fines_notes(produce):
    """农产品质量安全法 第四十九条 → 第七十二条 and 第五十条 → 第七十一条: "新增规定：“违法生产经营的农产品货值金额不足一万元的，并处…
    罚款，货值金额一万元以上的，并处货值金额五倍以上十倍以下罚款”" beside "罚款由2000元–2万元提高到5000元–5万元" and "新增罚款：处货值
    金额5–10倍" said the fines again (useless in reading 664)."""
    for old in ("第四十九条", "第五十条"):
        notes = pair_messages(old_pair(produce, old))
        assert not [m for m in notes if m.startswith("新增规定：“违法生产经营的农产品货值金额")], notes
        assert [m for m in notes if m.startswith("新增罚款：处货值金额")], notes


martyrs = _law("烈士褒扬条例", "2019-08-01", "2024-09-27")


def test_an_old_phrase_now_an_item_by_a_shorter_run(martyrs):
    """烈士褒扬条例 2019 第三十七条 "…未经批准迁移烈士纪念设施…" → 2024 第六十三条 "（一）未经批准新建、迁建、改扩建烈士纪念设施的": the
    item was said "新增规定" of a conduct the old article punished (reading 660); the phrase and the item share "烈士纪念设施" (six
    characters in one run) and four fifths of the phrase's words."""
    notes = pair_messages(old_pair(martyrs, "第三十七条"))
    assert "改写：“未经批准迁移烈士纪念设施”改为“（一）未经批准新建、迁建、改扩建烈士纪念设施的”" in notes, notes


def test_a_multiple_put_in_says_what_it_is_of(veterans):
    """军人抚恤优待条例 2019 第十三条 → 2024 第十五条、第十六条: "新增数量：30倍", a top-eight headline since the split, did not say
    of what (useless in reading 678): 烈士褒扬金 of 30 times the year's per-capita disposable income."""
    notes = pair_messages(old_pair(veterans, "第十三条"))
    # (since readings 1327–1328 the new sentence, 80 characters, is quoted whole, and says it: the figure's own note is
    # the quote's)
    assert "新增规定：“烈士褒扬金由领取烈士证书的烈士遗属户籍所在地县级人民政府退役军人工作主管部门，按照烈士牺牲时上一年度全国城镇居民人均可支配收入30倍的标准发给其遗属”" in notes, notes
    assert "新增数量：30倍" not in notes, notes
