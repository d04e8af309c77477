"""What readings 1292 and on (2026-12-06, the forty-third session) and the earlier ones' open cases found wrong or
useless, fixed, pinned on the real text (tests/fixtures/laws and the corpus)."""

from conftest import held_out_fixture as _held_out
from conftest import law_fixture as _law
from conftest import old_pair, pair_messages

drugs = _held_out("中国人民解放军实施《药品管理法》办法", "2004-12-09", "2025-04-05")
accounting = _law("会计法", "2017-11-04", "2024-06-28")


def test_a_sentence_the_diff_left_in_pieces_merged_into_a_rewrite(drugs, accounting):
    """2004 第二十八条 (using another hospital's preparations unapproved) and 第二十九条 (selling one's own on the market) became
    2025 第四十八条's one sentence. 第二十九条's "军队医疗机构将其配制的制剂在市场销售的，责令改正，没收违法销售的制剂" stands in the
    new sentence of 第二十八条's rewrite; the diff left of it "表述修改：删除“的制剂”", a deletion that did not happen (false in
    recall 1281). 会计法 2017 第三十三条's two sentences (who inspects; the inspection's conclusion) are one in 2024
    第三十一条, said as one rewrite and a fragment "“人民银行、证券监管、保险监管”改为“金融管理”"; the new paragraph's
    "新增“…应当加强监督检查协作”" is no piece of them and stays."""
    notes = pair_messages(old_pair(drugs, "第二十八条"))
    assert "表述修改：删除“的制剂”" not in notes, notes
    assert [n for n in notes if n.startswith("改写：“军队医疗机构未经批准使用地方医疗机构制剂的")
            and "“军队医疗机构将其配制的制剂在市场销售的，责令改正，没收违法销售的制剂”合并为" in n], notes
    notes = pair_messages(old_pair(accounting, "第三十三条"))
    assert [n for n in notes if n.startswith("改写：“财政、审计、税务、人民银行、证券监管、保险监管等部门")
            and "“前款所列监督检查部门对有关单位的会计资料依法实施监督检查后，应当出具检查结论”合并为" in n], notes
    assert not [n for n in notes if n.startswith("表述修改：“人民银行")], notes
    assert [n for n in notes if "新增“财政、审计、税务、金融管理等部门应当加强监督检查协作”" in n], notes


defence_education = _held_out("国防教育法", "2018-04-27", "2024-09-13")


def test_a_kept_sentence_in_the_new_sentence_of_its_neighbours_rewrite(defence_education):
    """2018 第二十三条 "…被命名为国防教育基地的，应当对有组织的中小学生免费开放；在全民国防教育日向社会免费开放" → 2024 第二十七条
    "国防教育基地应当对军队人员、退役军人和学生免费开放，在全民国防教育日向社会免费开放": the rewrite quoted only the first old
    sentence, so the free opening on the national day looked new (false in recall 1298, pair 10)."""
    notes = pair_messages(old_pair(defence_education, "第二十三条"))
    assert "改写：“依照本法第二十八条的规定被命名为国防教育基地的，应当对有组织的中小学生免费开放”“在全民国防教育日向社会免费开放”合并为“国防教育基地应当对军队人员、退役军人和学生免费开放，在全民国防教育日向社会免费开放”" in notes, notes
