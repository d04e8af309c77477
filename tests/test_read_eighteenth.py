"""Errors left by the seventeenth reading (2026-12-01, seeds 17101–17104), fixed in the session after
it, each pinned on the real text.

Moves: a provision whose rule went into another article, restated in fewer or more words, is said
moved on both pairs ("移至现第X条，文字有改动" there, "由原第Y条移入" here), not deleted there and new here;
a deleted article whose every sentence moved is "并入第X条", not "整条删除"."""

from conftest import LAWS
from conftest import law_fixture as _law
from conftest import new_pair as _new
from conftest import old_pair as _old
from conftest import pair_messages as _messages
from policydiff import compare
from policydiff.render.ranking import ranked_headlines


emergencies = _law("突发事件应对法", "2007-08-30", "2024-06-28")
review = _law("行政复议法", "2017-09-01", "2023-09-01")
company = _law("公司法", "2018-10-26", "2023-12-29")
shanghai = _law("上海市优化营商环境条例", "2020-04-10", "2024-09-27")


def test_a_ban_restated_shorter_in_another_article_moved(emergencies):
    """突发事件应对法 第五十四条 "任何单位和个人不得编造、传播有关突发事件事态发展或者应急处置工作的虚假信息" is
    第七条's second paragraph "任何单位和个人不得编造、故意传播有关突发事件的虚假信息": it was "整条删除" (the sixth
    headline) and "新增规定" in 第七条, as if the ban had gone and come back. (Since the sixty-first reading the move says the
    fault it puts in, "（新增“故意”）".)"""
    gone = _messages(_old(emergencies, "第五十四条"))
    assert "“任何单位和个人不得编造、传播有关突发事件事态发展或者应急处置工作的虚假信息”移至现第七条，文字有改动（新增“故意”；删除“事态发展或者应急处置工作”）" in gone
    here = _messages(_new(emergencies, "第七条"))
    assert "“任何单位和个人不得编造、故意传播有关突发事件的虚假信息”由原第五十四条移入，文字有改动（新增“故意”；删除“事态发展或者应急处置工作”）" in here
    assert not [m for m in here if m.startswith("新增规定：“任何单位和个人")]
    lines = [h.text for h in ranked_headlines(emergencies)]
    assert any(t.startswith("第五十四条（") and t.endswith("并入现第七条，文字有改动（新增“故意”；删除“事态发展或者应急处置工作”）") for t in lines)
    assert not [t for t in lines if t.startswith("第五十四条（") and ("已删除或改写" in t or "已删除或改写" in t)]


def test_a_penalty_clause_moved_is_said_on_both_pairs(emergencies):
    """Old 第六十五条's "构成违反治安管理行为的，由公安机关依法给予处罚" is new 第一百零二条's "违反本法规定，构成违反
    治安管理行为的，依法给予治安管理处罚": 第一百零二条 said it "新增规定"."""
    assert ("“违反本法规定，构成违反治安管理行为的，依法给予治安管理处罚”由原第六十五条移入，文字有改动"
            "（“由公安机关依法给予处罚”改为“依法给予治安管理处罚”）") in _messages(_new(emergencies, "第一百零二条"))  # (with
    # what changed, since the fifty-seventh reading's fixes)


def test_an_item_is_not_moved_to_its_opposite(review):
    """行政复议法 第二十八条 (一) "…程序合法，内容适当的，决定维持" is 第六十八条's rule (in its own pair); 第六十三条 (一)
    "…程序合法，但是内容不适当" (变更) shares its words but says the opposite: not where it went. Its (二) did go to
    第六十六条, reworded, and both pairs say so. (Since reading 249 第六十三条 says its 变更 lead-in came from 第二十八条（三）,
    whose three decisions each have a provision now: tests/test_read_two_hundred_twentieth.py.)"""
    old = _messages(_old(review, "第二十八条"))
    assert not [m for m in old if "现第六十三条" in m and "维持" in m]
    assert "“（二）被申请人不履行法定职责的，决定其在一定期限内履行”移至现第六十六条，文字有改动（“决定其”改为“行政复议机关决定被申请人”）" in old
    assert not [m for m in _messages(_new(review, "第六十三条")) if "由原第二十八条移入" in m and "维持" in m]


def test_a_special_rule_dropped_beside_the_general_one_is_not_moved(company):
    """公司法 第六十二条 (一人有限责任公司…编制财务会计报告，并经会计师事务所审计) is deleted; 第二百零八条's rule for every
    company ("…并依法经会计师事务所审计") is old 第一百六十四条 word for word. The eighteenth reading judged "现见第二百零八条
    （文字有改动）" wrong (the one-person company's unconditional audit is gone, nothing moved), and "并入第二百零八条"
    with it: the note says the special rule is gone beside the general one, and the headline says the article is deleted.
    (Since readings 169 and 181 the note quotes the general rule, "依法" and all: tests/test_read_hundred_sixty_ninth.py.)"""
    assert "“一人有限责任公司应当在每一会计年度终了时编制财务会计报告，并经会计师事务所审计”不再规定（现第二百零八条为一般规定：" \
        "“公司应当在每一会计年度终了时编制财务会计报告，并依法经会计师事务所审计”）" in _messages(_old(company, "第六十二条"))
    lines = [h.text for h in ranked_headlines(company)]
    assert any(t.startswith("第六十二条（") and t.endswith("已删除或改写") for t in lines)


def test_a_system_moved_with_a_word_put_in(shanghai):
    """上海 第三十五条's "本市推行工程质量潜在缺陷保险制度" is 第三十九条's "本市推行住宅工程质量潜在缺陷保险制度"."""
    assert [m for m in _messages(_old(shanghai, "第三十五条")) if m.endswith("移至现第三十九条，文字有改动")]


def test_provisions_applied_to_a_company_merged_into_one(company):
    """公司法 第一百零八条 applied 第四十五条 (董事任期) and 第四十六条 (董事会职权) to 股份有限公司 in two sentences; 第一百
    二十条 applies 第六十七条、第六十八条第一款、第七十条、第七十一条 in one. Both were "不再规定" (the reading's two
    wrong items) and the new one "新增规定": one rewrite. 第一百一十三条's 经理职权 reference, replaced by a rule
    of its own, is not one with them."""
    notes = _messages(_old(company, "第一百零八条"))
    assert not [m for m in notes if m.startswith(("不再规定：“本法第四十", "新增规定：“本法第六十七条", "删除或改写：“本法第四十"))]
    assert [m for m in notes if m.startswith("改写：“本法第四十五条") and "合并为“本法第六十七条、第六十八条第一款" in m]
    # (not merged into 第一百零八条's rewrite; since reading 113 said rewritten as the manager's own rule, "改写：…改为“经理对
    # 董事会负责…行使职权”": tests/test_read_hundred_eighth.py)
    assert [m for m in _messages(_old(company, "第一百一十三条"))
            if m.startswith("改写：“本法第四十九条关于有限责任公司经理职权的规定，适用于股份有限公司经理”改为“经理对董事会负责")]


adoption = _law("中国公民收养子女登记办法", "2019-03-02", "2023-07-20")
ocean = _law("海洋环境保护法", "2017-11-04", "2023-10-24")


def test_a_sentence_that_opens_alike_is_rewritten_not_removed(company):
    """公司法 第一百四十五条 → 第一百六十六条: "上市公司必须依照法律、行政法规的规定，公开其财务状况…半年公布一次财务会计
    报告" is "上市公司应当依照法律、行政法规的规定披露相关信息". It was "不再规定" (the reading's wrong item) beside
    "表述修改：新增“披露相关信息”"."""
    assert _messages(_old(company, "第一百四十五条")) == [
        "改写：“上市公司必须依照法律、行政法规的规定，公开其财务状况、经营情况及重大诉讼，在每会计年度内半年公布一次财务会计"
        "报告”改为“上市公司应当依照法律、行政法规的规定披露相关信息”"]


def test_two_paragraphs_said_in_one(company):
    """公司法 第二百零七条's first two paragraphs (虚假材料; 因过失…重大遗漏) are 第二百五十七条's first ("提供虚假材料或者
    提供有重大遗漏的报告的…"): one merge, not two "不再规定" and a "新增规定"."""
    notes = _messages(_old(company, "第二百零七条"))
    assert not [m for m in notes if m.startswith(("不再规定：“承担", "新增规定：“承担", "删除或改写：“承担"))]
    assert [m for m in notes if m.startswith("改写：“承担资产评估、验资或者验证的机构提供虚假材料的") and
            "”“承担资产评估、验资或者验证的机构因过失提供有重大遗漏的报告的" in m and "合并为“" in m]


def test_an_opening_alike_is_not_enough(company, adoption, ocean):
    """Sentences that open alike but are not one rewritten stay taken out: 收养登记办法 第六条's agreement with the
    family-planning office (the new sentence is the next old one's, the hardship declaration); 公司法 第一百五十七条's
    bearer bonds (the new list header is the registered bonds' sentence); 第六十四条's definition of 国有独资公司
    (第一百六十八条 defines 国家出资公司, another term); 海洋环境保护法 第五十六条's graded management (the new 名录
    sentence is the old 名录 sentence rewritten)."""
    assert "不再规定：“生父母为送养人的，并应当提交与当地计划生育部门签订的不违反计划生育规定的协议”" \
        in _messages(_old(adoption, "第六条"))
    assert "删除或改写：“发行无记名公司债券的，应当在公司债券存根簿上载明债券总额、利率、偿还期限和方式、发行日期及债券的编号”" \
        in _messages(_old(company, "第一百五十七条"))
    # (one note since the fifty-first reading, which judged the two apart wrong: the definition replaced, another term
    # defined said, "（所定义的概念由“国有独资公司”改为“国家出资公司”）")
    assert [m for m in _messages(_old(company, "第六十四条")) if m.startswith("改写：“本法所称国有独资公司")
            and m.endswith("（所定义的概念由“国有独资公司”改为“国家出资公司”）")]
    notes = _messages(_old(ocean, "第五十六条"))
    assert "删除或改写：“向海洋倾倒废弃物，应当按照废弃物的类别和数量实行分级管理”" in notes
    assert [m for m in notes if m.startswith("改写：“可以向海洋倾倒的废弃物名录")]


sport = _law("体育法", "2016-11-07", "2022-06-24")


def test_a_new_fine_says_what_it_punishes(sport):
    """体育法 第四十九条 (gambling) → 第一百一十二条, whose first paragraph (athletes' cheating) is new: "新增1万–10万元罚款"
    was the top headline, read as a fine for gambling."""
    # (cut at a word, with the gains it is on, since readings 1739 and on)
    assert "新增罚款：处1万–10万元（运动员、教练员、裁判员违反本法规定，有违反体育道德和体育赛事规则，弄虚作假…，有违法所得的）" \
        in _messages(_old(sport, "第四十九条"))


def test_periods_named_in_quotes_are_not_periods(review):
    """行政复议法 第四十条 → 第八十八条: "本法关于行政复议期间有关“三日”、“五日”、“七日”、“十日”的规定是指工作日" names the
    periods counted in working days; "新增期限：十日" was wrong, and the wording note read "“五日”改为“三日”、“五日”"."""
    notes = _messages(_old(review, "第四十条"))
    assert not [m for m in notes if m.startswith("新增期限")]
    assert "表述修改：新增“三日”；新增“十日”" in notes


def test_an_item_put_in_a_list_is_said_alone(company):
    """公司法 第一百四十八条 → 第一百八十一条: "高级管理人员" → "监事、高级管理人员" is 监事 put in (quoted in its clause since
    the hundred-and-sixth reading's fixes: a word of three characters or fewer read alone said little); 第六十九条's officers
    "董事长、副董事长、董事" → "董事" is 删除“董事长、副董事长”, and not "现见第六十八条", which only says they exist."""
    assert "表述修改：“董事、高级管理人员不得有下列行为”改为“董事、监事、高级管理人员不得有下列行为”" in _messages(
        _old(company, "第一百四十八条"))
    notes = _messages(_old(company, "第六十九条"))
    assert "表述修改：删除“董事长、副董事长”" in notes
    assert not [m for m in notes if "现见第六十八条" in m]


accounting = _law("会计法", "2017-11-04", "2024-06-28")


def test_a_paragraph_made_an_article_with_its_body_renamed(accounting):
    """会计法 第八条's third paragraph ("中国人民解放军总后勤部可以依照本法…的具体办法，报国务院财政部门备案") is 第四十九条
    ("中央军事委员会有关部门可以依照本法…的具体办法，抄送国务院财政部门"): the two words at its ends swapped, the 36
    characters between kept. It was "程序“备案”被删除" (the sixth headline) and "新增第四十九条"."""
    notes = _messages(_old(accounting, "第八条"))
    assert not [m for m in notes if "备案”被删除" in m or m.startswith(("不再规定：“中国人民解放军", "删除或改写：“中国人民解放军"))]
    assert [m for m in notes if m.startswith("“中国人民解放军总后勤部") and m.endswith(
        "移至现第四十九条，文字有改动（“中国人民解放军总后勤部”改为“中央军事委员会有关部门”；“报国务院财政部门备案”改为“抄送国务院财政部门”）")]
    # (the body now in charge and the filing now a copy said, since the fifty-seventh reading: "文字有改动" alone hid them)
    lines = [h.text for h in ranked_headlines(accounting)]
    assert not [t for t in lines if "备案”被删除" in t or t.startswith("新增第四十九条")]
    # (with what changed, the move's one line, since the hundred-and-ninth reading)
    assert any(t.startswith("第四十九条（") and "由原第八条移入，文字有改动（“中国人民解放军总后勤部”改为" in t for t in lines)


def test_a_new_article_whose_sentences_all_came_from_another(company):
    """公司法 第三十八条 (设立分公司…领取营业执照) is old 第十四条's second sentence: not "新增第三十八条"."""
    lines = [h.text for h in ranked_headlines(company)]
    assert "第三十八条（公司设立分公司，应当向公司登记机关申请登记，领取营业执照）由原第十四条移入，文字有改动" in lines
    assert not [t for t in lines if t.startswith("新增第三十八条")]


roads = _law("道路运输条例", "2022-03-29", "2023-07-20")


def test_a_conduct_carved_out_with_its_own_fine(roads):
    """道路运输条例 2022 → 2023: 未标明国籍识别标志, fined with unlicensed transport (3万–6万元), has a paragraph of its own
    fined 200–2000元 (第七十五条 → 第七十四条); 机动车维修 left the 5000元–2万元 备案 paragraph for one fined 3000元–1万元
    (第六十五条). Both were "新增罚款档次…低于原有的…，原档次仍保留", as if a lighter tier stood beside the old fine."""
    assert "外国国际道路运输经营者未按照规定标明国籍识别标志的：罚款由3万–6万元降为200–2000元（单列一款）" \
        in _messages(_old(roads, "第七十五条"))
    assert "从事机动车维修经营业务，未按规定进行备案的：罚款由5000元–2万元降为3000元–1万元（单列一款）" \
        in _messages(_old(roads, "第六十五条"))


def test_a_tier_of_the_same_conduct_is_no_carve_out(ocean, emergencies):
    """海洋环境保护法 第九十九条's 10万–50万元 (拒不关闭) and 突发事件应对法 第九十六条's 20万–100万元 (情节特别严重) are tiers of
    the conduct their paragraph already fined."""
    assert "新增罚款档次：拒不关闭或者拆除的，处10万–50万元（高于原有的2万–10万元，原档次仍保留）" in _messages(_old(ocean, "第七十七条"))
    assert "新增罚款档次：情节特别严重的，处20万–100万元（高于原有的5万–20万元，原档次仍保留）" in _messages(_old(emergencies, "第六十四条"))


def _renamed(result, old_label, term):
    return [f.message for f in _old(result, old_label).findings if f.kind.value == "term_renamed" and f.old == term]


def test_rename_counts_take_in_uses_reworded_around_the_name(shanghai, ocean, company):
    """The eighteenth reading's largest class of wrong notes: "共N条" too low.
    - 上海: "各类市场主体" → "企业等经营主体" (第十三条, 第七十七条 → 第九十四条; the class word dropped) and "企业等市场主体"
      → "企业等经营主体" (第二条, the new name begins with the words before the old one) are the rename: 共18条, not 15.
      In 第十三条 two of three uses are renamed; the third became "各类主体" (本条2处).
    - 海洋环境保护法: "环境保护行政主管部门" → "生态环境主管部门" in 第七十七条 → 第九十九条 and 第十八条 → 第二十八条: 共10条.
    - 公司法: "国有资产监督管理机构" → "履行出资人职责的机构" in 第六十五条 → 第一百七十一条: 共5条."""
    assert _renamed(shanghai, "第十三条", "市场主体") == ["“市场主体”改为“企业等经营主体”（共18条，本条2处）"]
    # (quoted "“企业等市场主体”改为…" since the fortieth reading: the provision already wrote 企业等; the count said of the
    # rename since the eighty-ninth)
    assert _renamed(shanghai, "第二条", "市场主体") == ["“企业等市场主体”改为“企业等经营主体”（“市场主体”改为“企业等经营主体”，共18条）"]
    assert _renamed(shanghai, "第七十七条", "市场主体") == ["“市场主体”改为“企业等经营主体”（共18条）"]
    assert _renamed(ocean, "第七十七条", "环境保护行政主管部门") == [
        "“环境保护行政主管部门”改为“生态环境主管部门”（全文统一修改，共10条，本条2处）"]
    assert _renamed(company, "第六十五条", "国有资产监督管理机构") == [
        "“国有资产监督管理机构”改为“履行出资人职责的机构”（共5条）"]


def test_a_drafting_norm_is_throughout_only_when_the_old_word_is_gone(shanghai, company):
    """上海: 20 "相关" became "有关", 48 are left ("全文“相关”改为“有关”" was false); 公司法: 第二十九条 keeps "设立公司必须报经
    批准", and "依照" is written 50 times beside the 7 "依照公司章程" made "按照". (21 and 8 since the fifty-first reading: the
    places inside a wording note's edit, "“公司法定代表人依照公司章程…”改为“公司的法定代表人按照公司章程…”", are counted; 22 for
    上海 since the fifty-sixth reading's fix, which quotes 第三十六条's second sentence, "…并纳入相关部门管理依据" → "…有关部门…";
    23 since reading 123, which found 第五十六条 → 第六十六条's own; 25 since reading 1561's fix found 第十七条's two, "告知相关主管
    部门。相关主管部门…", no longer said by the sentences put in there that hold both characters.)"""
    notes = [f.message for p in shanghai.pairs for f in p.findings if f.message.startswith("规范用语")]
    assert "规范用语：“相关”改为“有关”（共25处，本条2处，含义未变）" in notes
    notes = [f.message for p in company.pairs for f in p.findings if f.message.startswith("规范用语")]
    # (23 since 第一百九十三条's "必须在中国" is read as two norms; 24 since 第六十六条's "必须由国有资产监督管理机构决定" →
    # "应当由履行出资人职责的机构决定" is quoted whole, so counted: of the old text's 27 "必须", 22 read "应当" before the same
    # words, and these two with their words renamed)
    assert "规范用语：“必须”改为“应当”（共24处，本条1处，义务未变）" in notes
    assert "规范用语：“依照”改为“按照”（共8处，本条1处，含义未变）" in notes
    assert not [m for m in notes if "全文“必须”" in m or "全文“依照”" in m]


def test_a_fine_raised_is_not_also_deleted(ocean):
    """海洋环境保护法 第八十二条 → 第一百零三条: the unit's 5万–20万元 became 20万–100万元 (and 100万–200万元 for refusing to
    correct); 5万–20万元 is now the individuals' fine. It was "新增罚款档次…高于原有的5万–20万元" and "删除罚款：处5万–20万元"."""
    notes = _messages(_old(ocean, "第八十二条"))
    assert "罚款由5万–20万元提高到20万–100万元，拒不改正的100万–200万元" in notes
    assert "删除罚款：处5万–20万元" not in notes
    assert "新增罚款：对直接负责的主管人员和其他责任人员处5万–20万元" in notes


def test_a_character_spelled_anew_is_said_once(accounting):
    """会计法 2024 writes 账 for every 帐 of 1999 (通用规范汉字): one "规范用语：全文“帐”改为“账”" note, not renames
    "会计帐簿"/"记帐" with a note in each of 23 articles (ten useless items of the seventeenth reading) and
    "“查帐”改为“查账”", "“帐目的”改为“账目的”" as wording."""
    every = [f.message for p in accounting.pairs for f in p.findings]
    assert [m for m in every if m.startswith("规范用语：")] == ["规范用语：全文“帐”改为“账”（共50处，本条1处，含义未变）"]
    assert not [m for m in every if "“查帐”" in m or "“帐目的”" in m or "“记帐”" in m or "“会计帐”" in m]
    assert not [f for p in accounting.pairs for f in p.findings if f.kind.value == "term_renamed" and "帐" in f.old]
    assert not [r for r in accounting.renames if "帐" in r.old]


def test_a_sentence_made_an_item_of_a_list_is_rewritten(company):
    """公司法 第二百零一条 → 第二百五十四条: "公司违反本法规定，在法定的会计账簿以外另立会计账簿的，由…财政部门责令改正，处以
    五万元以上五十万元以下的罚款" is now item (一) under "有下列行为之一的，由…财政部门依照《中华人民共和国会计法》…的规定
    处罚：". It was "不再规定" (false: the conduct is still punished) beside "新增规定" of the header."""
    notes = _messages(_old(company, "第二百零一条"))
    assert not [m for m in notes if m.startswith(("不再规定：“公司违反本法规定", "新增规定：“有下列行为之一的", "删除或改写：“公司违反本法规定"))]
    assert [m for m in notes if m.startswith("改写：“公司违反本法规定，在法定的会计账簿以外另立会计账簿的")
            and m.endswith("的规定处罚：（一）在法定的会计账簿以外另立会计账簿”") and "改为“有下列行为之一的，由县级以上人民政府财政部门" in m]
    # (the header quoted whole since readings 1327–1328: a sentence put in of at most 80 characters is not cut)
    assert "改为依照《中华人民共和国会计法》等法律、行政法规的规定处罚，原罚款（处5万–50万元）不再在此规定" in notes


roads_2022 = _law("道路运输条例", "2019-03-02", "2022-03-29")


def test_a_sentence_changed_in_part_is_rewritten_not_new(company, roads_2022):
    """A new sentence said put in whole beside an old one changed in part, the two alike, is that one rewritten:
    公司法 第四十九条 → 第七十四条 "经理对董事会负责，行使下列职权：" → "经理对董事会负责，根据公司章程的规定或者董事会的授权
    行使职权" (it was "新增规定" and "删除“经理对董事会负责，行使下列职权”"). Rewritten only by a document-wide rename, it
    is said by the rename: 道路运输条例 第六十五条's "情节严重的，由县级以上道路运输管理机构责令停业整顿" (it was "新增规定" and
    "表述修改：删除“道路运输管理机构责令停业整顿”", the reading's wrong item)."""
    notes = _messages(_old(company, "第四十九条"))  # (with "公司章程对经理职权另有规定的…" merged in since the 29th reading)
    assert "改写：“经理对董事会负责，行使下列职权：”“公司章程对经理职权另有规定的，从其规定”合并为“经理对董事会负责，根据公司章程的" \
           "规定或者董事会的授权行使职权”" in notes
    assert not [m for m in notes if m.startswith(("新增规定：“经理对董事会负责", "表述修改：删除“经理对董事会负责"))]
    notes = _messages(_old(roads_2022, "第六十五条"))
    assert not [m for m in notes if "责令停业整顿" in m]
    assert [m for m in notes if m.startswith("“道路运输管理机构”改为")]


def test_items_moved_up_a_list_are_one_out_and_one_in(company, emergencies):
    """公司法 第一百六十九条 → 第二百一十五条 "股东会、股东大会或者董事会" → "股东会、董事会或者监事会" was "“股东大会”改为
    “董事会”；“董事会”改为“监事会”" (a chain of edits no reviewer would write); 突发事件应对法 第六十七条 → 第一百条
    "给他人人身、财产造成损害" → "造成人身、财产或者其他损害" was "“给他人”改为“造成”；“造成”改为“或者其他”"."""
    notes = _messages(_old(company, "第一百六十九条"))
    assert "表述修改：删除“股东大会”；新增“监事会”（共2处）" in notes
    assert not [m for m in notes if "“董事会”改为“监事会”" in m]
    # (one quote with the words before since reading 1846: the new text still says 给他人 elsewhere)
    assert "表述修改：“给他人人身、财产造成损害的”改为“造成人身、财产或者其他损害的”" in _messages(_old(emergencies, "第六十七条"))


def test_a_rename_with_words_put_before_it_counts(review):
    """行政复议法 第二条 "认为具体行政行为侵犯其合法权益" → "认为行政机关的行政行为侵犯其合法权益": the rename, "行政机关的" put
    before the new name (the words on both sides kept): counted (共13条 then, not 12: the reading's wrong headline; 14
    since 第十五条 pairs with 第二十五条, the thirty-sixth reading)."""
    # (15 since an article renaming some of its uses in place counts: 第二十八条, the sixty-seventh reading)
    # (16 since a split pair counts its new articles: 第二十三条 → 第四十七条+第四十八条, the hundred-and-eighth reading)
    assert [m for m in _messages(_old(review, "第二条")) if m.startswith("“具体行政行为”改为“行政行为”（全文统一修改，共16条")]


def test_a_bracket_put_in_is_quoted_closed(accounting):
    """会计法 第二十六条 → 第二十四条 "所有者权益" → "净资产（所有者权益）" was "新增“净资产（”", an unclosed bracket."""
    assert "表述修改：“所有者权益”改为“净资产（所有者权益）”（共2处）" in _messages(_old(accounting, "第二十六条"))


def test_a_sentence_restated_longer_moved(company):
    """公司法 第三十二条's "未经登记或者变更登记的，不得对抗第三人" is 第三十四条's "公司登记事项未经登记或者未经变更登记，不得
    对抗善意相对人" (half again as long): moved, said on both pairs (第三十四条 said it "新增规定")."""
    assert "“公司登记事项未经登记或者未经变更登记，不得对抗善意相对人”由原第三十二条移入，文字有改动" \
        in _messages(_new(company, "第三十四条"))


def test_conditions_rewritten_for_the_same_consequence(shanghai, ocean):
    """上海 第四十三条 → 第四十八条: simplified deregistration ("…的，可以适用简易注销登记程序" → "…的，可以按照简易程序办理
    注销登记") kept, its conditions rewritten. It was "条件被删除" and "新增规定" (two headlines, four wrong items in two
    readings). 海洋环境保护法 第七十四条 → 第九十四条: "未按照规定通报或者报告的" is inside item (二) rewritten, not a new
    condition."""
    notes = _messages(_old(shanghai, "第四十三条"))
    assert not [m for m in notes if m.startswith(("条件被删除", "新增规定：“对未发生债权债务"))]
    assert [m for m in notes if m.startswith("改写：“对领取营业执照后未开展经营活动")
            and "改为“对未发生债权债务或者已将债权债务清偿完结" in m]
    assert "新增条件：“未按照规定通报或者报告的”" not in _messages(_old(ocean, "第七十四条"))


def test_a_step_said_by_a_sentence_or_words_is_not_said_again(emergencies, review, sport, company):
    """"新增程序“备案”" beside "表述修改：新增“并报国务院备案”" (突发事件应对法 第十七条 → 第二十六条) or beside "新增规定：“应急预案的
    制定、修订、备案等工作程序…”" (第十八条 → 第二十八条) says it again (useless items of two readings); "程序“审批”被删除"
    beside "不再规定：“（八）…申请行政机关审批、登记有关事项…”" (行政复议法 第六条) and "程序“考核”被删除" beside the
    sentence on 体育课 (体育法 第十八条) were wrong as well. A step that moved is still said on both pairs
    (保障中小企业款项支付条例's 公示)."""
    assert "新增程序“备案”" not in _messages(_old(emergencies, "第十七条"))
    # (第十八条 → 第二十八条: the sentence is said moved in from old 第十七条 since the twenty-first reading, and
    # 备案 is what it gained there: the step is said, test_a_sentence_found_elsewhere_is_said_moved_in_there)
    assert "程序“审批”被删除" not in _messages(_old(review, "第六条"))
    assert "程序“考核”被删除" not in _messages(_old(sport, "第十八条"))
    # (保障中小企业款项支付条例's 公示 moved with its sentence, said "不再规定" here and "新增规定" there: since the
    # fifty-third reading the sentence is said moved, reworded, on both, which says the step too:
    # tests/test_read_fiftythird.py; rewritten, "并作较大修改", since reading 178)
    payments = compare(LAWS / "保障中小企业款项支付条例" / "2020-07-05.md", LAWS / "保障中小企业款项支付条例" / "2025-03-17.md")
    assert [m for m in _messages(_old(payments, "第十七条")) if "移至现第二十六条，并作较大修改" in m]


def test_one_character_for_words_takes_in_its_neighbour(emergencies):
    """突发事件应对法 第六十四条 → 第九十六条 "吊销许可证或者营业执照" → "吊销许可证件" was "“或者营业执照”改为“件”" (the
    nineteenth reading: the licence no longer revocable was hidden)."""
    notes = _messages(_old(emergencies, "第六十四条"))
    # (quoted with its phrase since the edit is most of it: "暂扣或者吊销…")
    assert [m for m in notes if "“暂扣或者吊销许可证或者营业执照”改为“暂扣或者吊销许可证件”" in m]
    assert not [m for m in notes if "改为“件”" in m]


def test_a_condition_found_where_it_already_stood_did_not_move(review):
    """行政复议法 第十六条 → 第二十九条: the exhaustion clause "…对行政复议决定不服再向人民法院提起行政诉讼的" is gone from
    the rule; 第三十四条, where it was found, had it already as old 第十九条 (another rule's condition). It was "现见第三十四条"
    (the nineteenth reading's wrong item). 第二十条 → 第三十五条's "超过行政复议期限不作答复的" is new there, not moved from
    old 第十九条, which still has it as 第三十四条. (Since reading 259 the clause is said where it went: 第二十三条, the
    cases where review comes first, past 第三十四条.)"""
    # (quoted whole, with the condition "、" joins to it, since the forty-first reading)
    assert "“法律、法规规定应当先向行政复议机关申请行政复议、对行政复议决定不服再向人民法院…”不再在此规定，现见第二十三条（文字有改动）" in _messages(_old(review, "第十六条"))
    assert "新增条件：“超过行政复议期限不作答复的”" in _messages(_old(review, "第二十条"))


def test_a_sentence_said_again_with_more_in_a_new_article_moved(emergencies, sport):
    """A sentence taken out said again whole, with more, in a sentence of a new article: 突发事件应对法 第三十二条's
    应急物资储备保障制度 sentence is in 第四十五条 (the nineteenth reading's wrong "不再规定"; 第四十五条 had no note),
    第六十一条's 抚恤 sentence in 第九十一条 (the seventeenth reading's); 体育法 第十一条's 全民健身计划 in 第十八条."""
    assert "“国家建立健全应急物资储备保障制度，完善重要应急物资的监管、生产、储备、调拨和紧急配送体系”移至现第四十五条，文字有改动" \
        in _messages(_old(emergencies, "第三十二条"))
    # (the new sentence, less than half of it the old one's, came in largely rewritten: reading 572's session)
    assert [m for m in _messages(_new(emergencies, "第四十五条")) if m.endswith("由原第三十二条移入，并作较大修改")]
    assert "“县级以上人民政府对在应急救援工作中伤亡的人员依法给予抚恤”移至现第九十一条，文字有改动" \
        in _messages(_old(emergencies, "第六十一条"))
    assert "“国家推行全民健身计划，实施体育锻炼标准，进行体质监测”移至现第十八条，文字有改动" in _messages(_old(sport, "第十一条"))


def test_the_revision_compared_is_no_headline(roads):
    """道路运输条例 2022-03-29 → 2023-07-20: "序言：新增修订记录：2023年7月20日…第五次修订" was the seventh headline (useless
    in two readings: any two versions hold it). Since the ninety-third reading (useless as a note to three groups) no note
    either."""
    from policydiff.render.ranking import ranked_headlines

    assert not [h for h in ranked_headlines(roads) if "修订记录" in h.text and "2023年7月20日" in h.text]
    assert not [f for p in roads.pairs for f in p.findings if f.message.startswith("新增修订记录：2023年7月20日")]


def test_a_line_of_the_record_is_said_without_the_records_bracket(emergencies):
    """"新增修订记录：2024年6月28日…修订）" closed the bracket of the whole record (the readings: "a stray ）")."""
    from conftest import own_findings

    lines = [f.message for f in own_findings(emergencies.pairs[0]) if f.message.startswith("新增修订记录：")]
    assert lines and not [m for m in lines if m.endswith("）")]


def test_a_provision_with_more_renamed_uses_than_new_names_counts(roads_2022):
    """道路运输条例 2019 → 2022 第十条: six uses of 道路运输管理机构, four of the new 人民政府交通运输主管部门 beside the words
    the old ones stood by: the rename, 本条4处 (the nineteenth reading's count was one short: 33 articles; 32 since
    the thirty-eighth reading found 第七条 none of them)."""
    # (all six since the fifty-first reading: the new name is also written without 人民政府, "交通运输主管部门"; and 共33条,
    # 第五十五条 counted)
    assert "“道路运输管理机构”改为“人民政府交通运输主管部门”（共33条，本条6处）" in _messages(_old(roads_2022, "第十条"))


def test_sentences_quoted_together_show_what_stands_between(ocean):
    """海洋环境保护法 第四十六条 → 第六十四条: the quote ran "…海洋水产资源。露天开采海滨砂矿…" over "严格限制在海岸采挖砂石",
    which stands between them (the nineteenth reading: "the quoted old text is not in the law"). Since reading 221 the
    words taken out of the drilling sentence's opening are an edit of their own, and no quote runs from one sentence to
    the other (tests/test_read_two_hundred_twentieth.py)."""
    notes = [m for m in _messages(_old(ocean, "第四十六条")) if m.startswith("表述修改：“兴建海岸工程建设项目")]
    assert notes and "海洋水产资源。露天开采海滨砂矿" not in notes[0] and "删除“露天开采海滨砂矿和”" in notes[0]


def test_a_wording_note_that_only_repeats_a_rename_is_dropped(roads_2022, sport):
    """道路运输条例 第七十四条: "表述修改：“道路运输管理机构责令改正”改为“地方人民政府交通运输主管部门责令改正”" beside the
    rename's note (the twentieth reading: useless). A qualifier dropped with a rename is more than the rename:
    体育法 第三十四条's "重大体育竞赛" → "体育赛事" stays, said since the sixtieth reading as the word taken out beside the
    rename's note (tests/test_read_sixtieth.py), no longer "“重大体育竞赛”改为“体育赛事”"."""
    assert not [m for m in _messages(_old(roads_2022, "第七十四条")) if "责令改正”改为" in m]
    assert "表述修改：删除“重大”" in _messages(_old(sport, "第三十四条"))


def test_fixes_of_the_twentieth_reading(company, ocean, review):
    """公司法 第五十条's "执行董事可以兼任公司经理" stayed in 第七十五条 ("该董事可以兼任公司经理"): not moved to
    第一百二十八条, the new rule for 股份有限公司 worded alike. 海洋环境保护法 第一百零三条 punishes "未经验收或者经验收
    不合格即投入生产、使用的": no new step 验收. 行政复议法 第六十二条 "不超过" → "不得超过" is no change."""
    assert not [m for m in _messages(_old(company, "第五十条")) if "现第一百二十八条" in m]
    assert "新增程序“验收”" not in _messages(_old(ocean, "第八十二条"))
    assert "表述修改：“不超过”改为“不得超过”" not in _messages(_old(review, "第三十一条"))


def test_a_condition_reworded_within_its_frame_is_not_removed(review):
    """行政复议法 第六条 → 第十一条: "对行政机关作出的限制人身自由或者查封、扣押、冻结财产等行政强制措施决定不服的" is item (二)
    "对行政机关作出的行政强制措施、行政强制执行决定不服", widened (the twentieth reading: "条件被删除" was wrong). The
    frame alone ("对行政机关作出的…决定不服", every item's) is not enough for a condition reworded. (The permit item (三), said
    removed here until the twenty-seventh reading's session, is now said rewritten as the new (三) "…对行政机关作出的有关行政许可的
    其他决定不服" under the same label, sharing 行政机关, 作出, 决定, 不服: counterparts._same_item; the reader sees both texts.)"""
    notes = _messages(_old(review, "第六条"))
    assert not [m for m in notes if m.startswith("条件被删除：“对行政机关作出的限制人身自由")]
    assert [m for m in notes if m.startswith("改写：“（三）对行政机关作出的有关许可证")]


def test_an_opening_with_words_put_in_is_the_same_opening():
    """石景山 第十一条 → 第十条: "加大人才引进力度，…给予服务保障" → "加大工业互联网产业人才引进力度，优先为高层次人才…办理…":
    the opening's words all there, in order, with 工业互联网产业 put between; it was 不再规定 + 新增规定 (the seventh
    headline)."""
    from conftest import CORPUS

    result = compare(CORPUS / "shijingshan" / "2022-draft.txt", CORPUS / "shijingshan" / "2022-final-web.txt")
    notes = _messages(_old(result, "第十一条"))
    # (and since reading 1668, split in two: the next new sentence says the rest, the talent scheme and its support)
    assert [m for m in notes if m.startswith("改写：“加大人才引进力度") and "分为“加大工业互联网产业人才引进力度" in m]
    assert not [m for m in notes if m.startswith(("不再规定：“加大人才引进力度", "新增规定：“加大工业互联网产业", "删除或改写：“加大人才引进力度"))]


def test_a_small_companys_supervisors_moved_not_deleted(company):
    """公司法 第五十一条's "股东人数较少或者规模较小的有限责任公司，可以设一至二名监事，不设监事会" is 第八十三条's "规模较小
    或者股东人数较少的…可以不设监事会，设一名监事" (59.7 alike: the two conditions swapped). It was "不再规定" and
    "删除数量：监事一至二名" (the twentieth reading: the option moved and changed, it was not deleted)."""
    notes = _messages(_old(company, "第五十一条"))
    assert not [m for m in notes if m.startswith(("不再规定：“股东人数较少", "删除数量", "删除或改写：“股东人数较少"))]
    assert [m for m in notes if m.startswith("“股东人数较少或者规模较小的有限责任公司") and "移至现第八十三条，文字有改动" in m]  # (with the number since the 31st reading)


def test_conduct_rewritten_under_the_same_sanction(ocean, accounting):
    """海洋环境保护法 第八十一条 → 第一百零二条: "…新建严重污染海洋环境的工业生产建设项目的，按照管理权限，由县级以上人民政府
    责令关闭" → "…在沿海陆域新建不符合国家产业政策的生产项目的，由县级以上人民政府按照管理权限责令关闭": the conduct
    rewritten, the closing order kept (it was 不再规定 + 新增规定). 会计法 第四十三、四十四条's identical second
    paragraphs, merged into 第四十一条, are quoted once, counted."""
    notes = _messages(_old(ocean, "第八十一条"))
    assert [m for m in notes if m.startswith("改写：“违反本法第四十五条的规定，新建严重污染海洋环境的工业生产建设项目的")]
    notes = _messages(_old(accounting, "第四十三条"))
    assert [m for m in notes if m.startswith("改写：“有前款行为，尚不构成犯罪的") and m.endswith("（共2处）")]


def test_a_provision_of_one_sentence_rewritten_as_one(emergencies, company):
    """突发事件应对法 第三十六条 → 第五十六条 and 公司法 第二百零八条 → 第二百五十八条 (行政处分 → 政务处分): one sentence each
    side, the one rewritten as the other; both were "不再规定" + "新增规定" (the twentieth reading)."""
    assert [m for m in _messages(_old(emergencies, "第三十六条")) if m.startswith("改写：“国家鼓励、扶持具备相应条件的教学科研机构")]
    notes = _messages(_old(company, "第二百零八条"))
    assert [m for m in notes if m.startswith("改写：“公司登记机关对不符合本法规定条件的登记申请予以登记")]
    assert not [m for m in notes if m.startswith(("不再规定", "新增规定", "删除或改写"))]


def test_fixes_of_the_twenty_first_reading(shanghai, emergencies):
    """A new article part of which moved in says so, as a deleted one's "部分内容现见" does: 上海 第三十九条's 住宅工程
    insurance came from old 第三十五条 (the headline was "新增第三十九条…"). "对其依法给予" → "依法给予" is no change
    (突发事件应对法 第九十七条). 统计法 第四十五条's "新增“可以予以通报”" beside "新增处罚：予以通报" is gone."""
    from policydiff.render.ranking import ranked_headlines

    assert "新增第三十九条（本市推行住宅工程质量潜在缺陷保险制度），部分内容由原第三十五条移入" in [
        h.text for h in ranked_headlines(shanghai)]
    assert "表述修改：“对其依法给予”改为“依法给予”" not in _messages(_old(emergencies, "第六十五条"))
    statistics = compare(LAWS / "统计法" / "2009-06-27.md", LAWS / "统计法" / "2024-09-13.md")
    notes = _messages(_old(statistics, "第四十二条"))
    assert "新增处罚：予以通报" in notes and "表述修改：新增“可以予以通报”" not in notes


def test_a_sentence_found_elsewhere_is_said_moved_in_there(emergencies):
    """突发事件应对法 第十七条's "应急预案的制定、修订程序由国务院规定" is "现见第二十八条（文字有改动）"; 第二十八条 said the
    sentence "新增规定" (the twenty-first reading). It now says where it came from; the quote shows the step 备案
    it gained ("新增程序“备案”" beside it, a headline, read as a new filing duty: useless in the twenty-fifth and
    twenty-sixth readings)."""
    notes = _messages(_new(emergencies, "第二十八条"))
    assert "“应急预案的制定、修订、备案等工作程序和管理办法由国务院规定”由原第十七条移入，文字有改动" in notes
    assert not [m for m in notes if m.startswith("新增规定：“应急预案的制定")]
    assert "新增程序“备案”" not in notes
