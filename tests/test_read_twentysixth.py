"""Errors left after the twenty-sixth reading (2026-12-01, seeds 26101–26105, commit 65d4966) and the
readings after it, fixed in the sessions after them, each pinned on the real text."""

from conftest import law_fixture as _law
from conftest import old_pair as _old
from conftest import pair_messages as _messages

company = _law("公司法", "2018-10-26", "2023-12-29")
emergencies = _law("突发事件应对法", "2007-08-30", "2024-06-28")


def test_a_term_gone_from_the_whole_text_is_a_rename_in_two_provisions(company):
    """公司法: "创立大会" (nine times in the 2018 text, none in the 2023 one) became "成立大会". Its clean edits are in two
    provisions only (第九十条 → 第一百零三条/第一百零四条, 第九十一条 → 第一百零五条; the others are inside reworded sentences),
    so it was no rename: "表述修改：“创立”改为“成立”；“创立”改为“成立”"."""
    renames = {(r.old, r.new) for r in company.renames}
    assert ("创立大会", "成立大会") in renames
    assert not [m for m in _messages(_old(company, "第九十一条")) if "创立" in m and m.startswith("表述修改")]


def test_the_same_words_in_two_provisions_are_no_rename(emergencies):
    """突发事件应对法: "未按规定" → "未按照规定" in 第六十三、六十四条 says the same thing (slight.SAME_MEANING): no
    "全文统一修改" note for it."""
    assert not [r for r in emergencies.renames if r.old == "未按规定"]


def test_a_sentence_moved_is_found_with_the_documents_renames_made_in_it(company):
    """公司法 第八十九条第二款 ("…发起人在三十日内未召开创立大会的，认股人可以按照所缴股款并加算银行同期存款利息，要求发起人返还")
    is now 第一百零五条第一款 with 成立大会: 84 near as it stands (under moved.SAME_TEXT), 86 with the rename made. It was
    "不再规定：“发行的股份超过…”" there and "新增规定：“公司设立时应发行的股份未募足…”" here (wrong: the twenty-seventh reading)."""
    old_notes = _messages(_old(company, "第八十九条"))
    assert any(m.endswith("移至现第一百零五条，文字有改动") and "未召开创立大会的" in m for m in old_notes)
    assert not [m for m in old_notes if m.startswith(("不再规定：“发行的股份超过", "删除或改写：“发行的股份超过"))]
    new_notes = _messages(_old(company, "第九十一条"))
    assert any(m.endswith("由原第八十九条移入，文字有改动") for m in new_notes)
    assert not [m for m in new_notes if m.startswith("新增规定：“公司设立时应发行的股份未募足")]


def test_an_item_rewritten_under_its_label_is_one_rewrite(company):
    """公司法 第一百三十条 → 第一百零二条: "（三）各股东所持股票的编号" is now "（三）发行纸面形式的股票的，股票的编号" (narrowed to
    paper shares). It was "不再规定" beside "新增规定" (wrong: the twenty-seventh reading)."""
    notes = _messages(_old(company, "第一百三十条"))
    assert "改写：“（三）各股东所持股票的编号”改为“（三）发行纸面形式的股票的，股票的编号”" in notes
    assert not [m for m in notes if m.startswith(("不再规定：“（三）", "新增规定：“（三）", "删除或改写：“（三）"))]


def test_items_of_one_label_sharing_one_common_word_are_not_one_rewrite():
    """行政复议法 第六条 → 第十一条: "（六）认为行政机关变更或者废止农业承包合同…" and "（六）对行政机关作出的赔偿决定或者不予赔偿决定
    不服" share only "行政机关": two items, not one rewritten; "（三）…证书变更、中止、撤销的决定不服的" → "（三）申请行政许可…对
    行政机关作出的有关行政许可的其他决定不服" is one."""
    from conftest import LAWS
    from policydiff import compare

    review = compare(LAWS / "行政复议法/2017-09-01.md", LAWS / "行政复议法/2023-09-01.md")
    notes = _messages(_old(review, "第六条"))
    assert "删除或改写：“（六）认为行政机关变更或者废止农业承包合同，侵犯其合法权益的”" in notes
    assert any(m.startswith("改写：“（三）对行政机关作出的有关许可证") for m in notes)


def test_but_dropped_before_an_exception_of_the_law_is_no_change(emergencies):
    """突发事件应对法 第十三条: "，但法律另有规定的除外" → "，法律另有规定的除外" says the same: it was "表述修改：“但法律另有”改为
    “法律另有”" (useless: the twenty-seventh reading)."""
    assert not [m for m in _messages(_old(emergencies, "第十三条")) if "法律另有" in m]


def test_a_sanction_short_of_a_crime_now_said_first_is_one_rewrite():
    """会计法 第四十六条 → 第四十三条 "…实行打击报复，构成犯罪的，依法追究刑事责任；尚不构成犯罪的，由其所在单位或者有关单位依法
    给予行政处分" → "…实行打击报复的，依法给予处分；构成犯罪的，依法追究刑事责任": the 处分 stays, now for the conduct itself.
    It was "不再规定：“尚不构成犯罪的…”" beside "新增“的，依法给予处分”" (wrong: the twenty-seventh reading); 第四十七条 → 第四十四条
    likewise, with "工作秘密…个人信息" put in."""
    from conftest import LAWS
    from policydiff import compare

    accounting = compare(LAWS / "会计法/2017-11-04.md", LAWS / "会计法/2024-06-28.md")
    notes = _messages(_old(accounting, "第四十六条"))
    assert notes == ["改写：“…解聘或者开除等方式实行打击报复，构成犯罪的，依法追究刑事责任；尚不构成犯罪的，由其所在单位或者有关单位"
                     "依法给予行政处分”改为“…解聘或者开除等方式实行打击报复的，依法给予处分；构成犯罪的，依法追究刑事责任”"
                     "（处分不再以尚不构成犯罪为前提）"]
    notes = _messages(_old(accounting, "第四十七条"))
    assert notes == ["改写：“…商业秘密，构成犯罪的，依法追究刑事责任；尚不构成犯罪的，依法给予行政处分”改为“…工作秘密、商业秘密、"
                     "个人隐私、个人信息的，依法给予处分；构成犯罪的，依法追究刑事责任”（处分不再以尚不构成犯罪为前提）"]


def test_a_rate_of_a_licence_fee_says_of_what():
    """专利法实施细则 第七十八条: "应当从收取的使用费中提取不低于10%，作为报酬给予发明人或者设计人" was taken out; its note said
    "删除比例：不低于10%" (10% of what? useless in the twenty-seventh reading)."""
    from conftest import LAWS
    from policydiff import compare

    patents = compare(LAWS / "专利法实施细则/2010-01-09.md", LAWS / "专利法实施细则/2023-12-11.md")
    notes = _messages(_old(patents, "第七十八条"))
    # ("删除比例：使用费不低于10%" until the thirty-fourth reading: the sentence taken out, quoted whole beside it, says it;
    # the rate note said it twice)
    assert any(m.startswith("删除或改写：") and "使用费中提取不低于10%" in m for m in notes)
    assert not [m for m in notes if m.startswith("删除比例：") and "10%" in m]


def test_a_sentence_whose_words_a_new_one_holds_is_rewritten_wherever_it_stands(emergencies, company):
    """突发事件应对法 第十条 → 第七条: "有关人民政府及其部门作出的应对突发事件的决定、命令，应当及时公布" is now "有关人民政府和部门
    应当及时向社会公布突发事件相关信息和有关突发事件应对的决定、命令、措施等信息" (widened), in the first of two paragraphs. It
    was "不再规定" beside "新增规定" (wrong: the twenty-seventh reading). 公司法 第一百八十九条 → 第二百三十八条's 清算组成员
    duty likewise."""
    notes = _messages(_old(emergencies, "第十条"))
    assert any(m.startswith("改写：“有关人民政府及其部门作出的应对突发事件的决定、命令，应当及时公布”改为“有关人民政府和部门应当及时")
               for m in notes)
    assert not [m for m in notes if m.startswith(("不再规定", "删除或改写"))]
    assert "改写：“清算组成员应当忠于职守，依法履行清算义务”改为“清算组成员履行清算职责，负有忠实义务和勤勉义务”" in _messages(
        _old(company, "第一百八十九条"))


def test_the_last_phrase_of_a_sentence_made_a_paragraph_of_its_own_is_rewritten_there():
    """统计法 第二十条 → 第二十三条: "…建立统计资料的保存、管理制度，建立健全统计信息共享机制" → a paragraph of its own, "县级以上人民
    政府统计机构和有关部门建立健全统计信息共享机制，明确统计信息的共享范围、标准和程序": it was "新增规定" (wrong: the twenty-seventh
    reading). Words put in before a sentence's last phrase, the sentence going on (上海市优化营商环境条例 第六条 "…统一开放市场；推进
    政务服务“跨省通办”…，提升长江三角洲区域整体营商环境水平"), are not that phrase rewritten."""
    from conftest import LAWS
    from policydiff import compare

    statistics = compare(LAWS / "统计法/2009-06-27.md", LAWS / "统计法/2024-09-13.md")
    assert _messages(_old(statistics, "第二十条")) == [
        "改写：“建立健全统计信息共享机制”改为“县级以上人民政府统计机构和有关部门建立健全统计信息共享机制，明确统计信息的共享范围、标准和程序”"]
    shanghai = compare(LAWS / "上海市优化营商环境条例/2020-04-10.md", LAWS / "上海市优化营商环境条例/2024-09-27.md")
    assert not [m for m in _messages(_old(shanghai, "第六条")) if m.startswith("改写：“提升长江三角洲")]


def test_a_title_opened_in_a_wording_note_is_closed():
    """行政复议法 第四十条 → 第八十八条: "表述修改：“依照”改为“本法没有规定的，依照《中华人民共和国”" left the 《 open (useless:
    the twenty-seventh reading); 第二十九条 → 第七十二条's "…《中华人民共和国国家" likewise."""
    from conftest import LAWS
    from policydiff import compare

    review = compare(LAWS / "行政复议法/2017-09-01.md", LAWS / "行政复议法/2023-09-01.md")
    for label in ("第四十条", "第二十九条"):
        for m in _messages(_old(review, label)):
            assert m.count("《") == m.count("》"), m
    assert "表述修改：“依照民事诉讼法”改为“本法没有规定的，依照《中华人民共和国民事诉讼法》”" in _messages(_old(review, "第四十条"))


def test_a_fine_another_article_now_says_is_said_moved_there():
    """海洋环境保护法 第八十二条第一款's fine "处建设项目总投资额百分之一以上百分之五以下的罚款" is now 第一百零一条第二款's, word for
    word: "删除罚款：处建设项目总投资额1%–5%" (and the article's headline, "删除建设项目总投资额1%–5%罚款") was wrong (the
    twenty-seventh reading). Since reading 211 its sentence's note, which quotes the fine, says where it went."""
    from conftest import LAWS
    from policydiff import compare

    ocean = compare(LAWS / "海洋环境保护法/2017-11-04.md", LAWS / "海洋环境保护法/2023-10-24.md")
    notes = _messages(_old(ocean, "第八十二条"))
    assert [m for m in notes if "百分之一以上百分之五以下的罚款" in m and "现见第一百零一条" in m], notes
    assert not [m for m in notes if m.startswith("删除罚款")]


def test_a_sanction_another_article_now_gives_for_the_same_conduct_is_said_there(company):
    """公司法 第一百九十八条 → 第二百五十条: "撤销公司登记" for "虚报注册资本、提交虚假材料或者采取其他欺诈手段隐瞒重要事实取得公司
    登记的" is now 第三十九条 ("…取得公司设立登记的，公司登记机关应当依照法律、行政法规的规定予以撤销"). The law's third headline
    said "不再规定撤销公司登记" (wrong: the twenty-seventh reading)."""
    notes = _messages(_old(company, "第一百九十八条"))
    assert "撤销公司登记不再在此规定，现见第三十九条" in notes
    assert "不再规定处罚：撤销公司登记" not in notes
    from policydiff.render.json import headline_dicts

    third = [h["text"] for h in headline_dicts(company) if h["text"].startswith("第一百九十八条（现第二百五十条）：罚款")]
    assert third and "撤销公司登记不再在此规定，现见第三十九条" in third[0] and "不再规定撤销公司登记" not in third[0]


def test_english_notes_name_articles_in_english(company):
    """An English note said "moved to 第四条 of the new version": the article in English, "Article 4" (the quotes of
    the text stay Chinese)."""
    import re

    from policydiff.render.json import finding_dict

    english = [finding_dict(f, "en")["message"] for p in company.pairs for f in p.findings]
    assert "“有限责任公司的股东以其认缴的出资额为限对公司承担责任；股份有限公司的股东以其认购的股份为限对公司承担责任” moved to " \
           "Article 4 of the new version" in english
    assert not [m for m in english if re.search(r"第[一二三四五六七八九十百零]+条", re.sub(r"“[^”]*”|（[^）]*）", "", m))]


def test_the_first_phrase_of_a_deleted_article_restated_elsewhere_is_said_moved(emergencies):
    """突发事件应对法 第九条 "国务院和县级以上地方各级人民政府是突发事件应对工作的行政领导机关，其办事机构及具体职责由国务院规定":
    its first phrase is 第十九条's "县级以上人民政府是突发事件应对管理工作的行政领导机关" (said "新增规定" there), the rest
    is gone. It was "删除原第九条" alone (wrong: the twenty-eighth reading); the part that went is said moved, and the
    headline says part of it is now in 第十九条, not that it was folded in whole."""
    from policydiff.render.json import headline_dicts

    notes = _messages(_old(emergencies, "第九条"))
    assert "“国务院和县级以上地方各级人民政府是突发事件应对工作的行政领导机关”移至现第十九条，文字有改动" in notes
    assert not [m for m in _messages(_old(emergencies, "第八条")) if m.startswith("新增规定：“县级以上人民政府是")]
    # ("删除，大部分内容现见" since reading 111: two thirds of it moved)
    assert "第九条（国务院和县级以上地方各级人民政府是突发事件应对工作的行政领导机关…）删除，大部分内容现见第十九条" in [
        h["text"] for h in headline_dicts(emergencies)]


def test_a_phrase_put_in_before_new_sentences_is_quoted_alone(emergencies):
    """突发事件应对法 第四十八条 → 第七十二条: "…采取应急处置措施，并向上级人民政府报告；必要时，可以设立现场指挥部…" — the phrase
    "并向上级人民政府报告" was put in, then sentences said whole by their own notes. The note quoted the whole first sentence
    ("新增“突发事件发生后，履行统一领导职责…”"), which the old text already held (wrong: the twenty-eighth reading)."""
    notes = _messages(_old(emergencies, "第四十八条"))
    assert "表述修改：删除“本章的规定和有关”；新增“和应急预案”；新增“并向上级人民政府报告”" in notes
    assert not [m for m in notes if "新增“突发事件发生后" in m]


def test_a_cited_item_renumbered_and_another_put_in_is_quoted_as_citations():
    """专利法实施细则 第三十条 → 第三十三条 "专利法第二十四条第（三）项" → "…第（一）项或者第（四）项": it was "表述修改：“三”改为
    “一）项或者第（四”" (useless: the twenty-eighth reading). 知识产权法庭规定 第二条's "五）对本条…" opens its bracket too."""
    from conftest import LAWS
    from policydiff import compare

    patents = compare(LAWS / "专利法实施细则/2010-01-09.md", LAWS / "专利法实施细则/2023-12-11.md")
    # (with the article it cites since reading 1846: the new text still says 第（三）项 elsewhere)
    # (and with the words around it since reading 2007, the new text saying "第二十四条" elsewhere too)
    assert "表述修改：“专利法第二十四条第（三）项所列”改为“专利法第二十四条第（一）项或者第（四）项所列”" \
        in _messages(_old(patents, "第三十条"))
    court = compare(LAWS / "最高人民法院关于知识产权法庭若干问题的规定/2018-12-28.md",
                    LAWS / "最高人民法院关于知识产权法庭若干问题的规定/2023-10-21.md")
    for m in _messages(_old(court, "第二条")):
        assert m.count("（") == m.count("）"), m


def test_all_levels_of_government_said_or_not_is_no_change(emergencies):
    """突发事件应对法 第六十三条 → 第九十五条 "县级以上各级人民政府有关部门" → "县级以上人民政府有关部门": the same bodies; it was
    "表述修改：“各级人民政府”改为“人民政府”" (useless: the twenty-eighth reading)."""
    assert not [m for m in _messages(_old(emergencies, "第六十三条")) if "“各级人民政府”改为“人民政府”" in m]


def test_a_line_of_the_record_written_another_way_says_no_change():
    """北京市机动车停车条例's record: "2021年9月24日…第三十三次会议通过的《关于修改部分地方性法规的决定》修正" is written "2021年9月24日
    …第三十三次会议通过" in the 2024 file: "表述修改：删除“的《关于修改部分地方性法规的决定》修正”" said nothing of the law
    (useless: the twenty-eighth reading). The new line of the record is read (the revision compared: not said by the
    comparison since the ninety-third reading)."""
    from conftest import LAWS, own_findings
    from policydiff import compare

    parking = compare(LAWS / "北京市机动车停车条例/2021-09-24.md", LAWS / "北京市机动车停车条例/2024-03-29.md")
    opening = [p for p in parking.pairs if p.old and not p.old[0].label]
    assert [f.message for p in opening for f in own_findings(p)] == [
        "新增修订记录：2024年3月29日北京市第十六届人民代表大会常务委员会第九次会议通过"]
    assert not [m for p in opening for m in _messages(p)]


def test_a_number_taken_out_of_a_provision_applying_another_says_the_others(company):
    """公司法 第一百零八条 → 第一百二十条: "其成员为五人至十九人" is gone, and 第一百二十条 applies 第六十八条第一款 ("有限责任公司董事会
    成员为三人以上"). "删除数量：成员五人至十九人" alone read as no size at all (wrong: the twenty-eighth reading)."""
    assert "删除数量：成员五人至十九人（现适用第六十八条：“有限责任公司董事会成员为三人以上”）" in _messages(
        _old(company, "第一百零八条"))


def test_a_sentence_a_rewrite_takes_in_by_a_long_run_of_its_words_is_merged_into_it(company):
    """公司法 第九十三条 → 第九十九条: "…发现作为设立公司出资的非货币财产的实际价额显著低于公司章程所定价额的，应当由交付该出资的
    发起人补足其差额" is in 第九十九条's one sentence ("…或者作为出资的非货币财产的实际价额显著低于所认购的股份的，其他发起人与
    该发起人在出资不足的范围内承担连带责任"), with "其他发起人承担连带责任". It was "不再规定" (wrong: the twenty-seventh reading;
    第三十条 → 第五十条 in the twenty-eighth). The merged sentence is quoted whole, the overvaluation in it."""
    for label in ("第九十三条", "第三十条"):
        notes = _messages(_old(company, label))
        assert not [m for m in notes if m.startswith(("不再规定", "删除或改写")) and "非货币财产" in m], notes
        merged = [m for m in notes if "合并为" in m]
        assert merged and "非货币财产的实际价额显著低于所" in merged[0].split("合并为")[1], merged


def test_a_character_left_of_an_edit_whose_other_side_a_whole_sentence_says_is_no_note(emergencies):
    """突发事件应对法 第六十六条 → 第九十八条: "给予处罚" → "…给予行政处罚；…还应当依法给予处分" made "“给予处罚”改为“给予处”" (the 罚 of
    罚→分, 分 inside a sentence said whole: wrong in the twenty-ninth reading)."""
    assert not [m for m in _messages(_old(emergencies, "第六十六条")) if "“给予处”" in m]


def test_a_sentence_rewritten_as_two_is_one_rewrite():
    """上海市优化营商环境条例 第四十八条 → 第五十三条: "本市实行统一的动产担保登记制度，推动市场主体通过人民银行动产融资登记系统
    办理动产担保登记…" is now two sentences, "本市全面落实动产和权利担保统一登记制度。当事人通过中国人民银行征信中心动产融资统一
    登记公示系统…自主办理登记". It was "不再规定" beside two "新增规定" (wrong: the twenty-eighth and twenty-ninth readings).
    Items on lines of their own are not one sentence split (行政复议法 第六条's (六))."""
    from conftest import LAWS
    from policydiff import compare

    shanghai = compare(LAWS / "上海市优化营商环境条例/2020-04-10.md", LAWS / "上海市优化营商环境条例/2024-09-27.md")
    notes = _messages(_old(shanghai, "第四十八条"))
    assert any(m.startswith("改写：“本市实行统一的动产担保登记制度") and "。当事人通过中国人民银行" in m for m in notes)
    assert not [m for m in notes if m.startswith(("不再规定：“本市实行统一的动产担保登记制度", "删除或改写：“本市实行统一的动产担保登记制度"))]
    review = compare(LAWS / "行政复议法/2017-09-01.md", LAWS / "行政复议法/2023-09-01.md")
    assert "删除或改写：“（六）认为行政机关变更或者废止农业承包合同，侵犯其合法权益的”" in _messages(_old(review, "第六条"))


def test_a_deleted_provision_like_another_that_went_on_went_there_with_it():
    """海洋环境保护法 第八十条 (海岸工程: "…未建成环境保护设施…并处二万元以上十万元以下的罚款") and 第八十二条第二款 (海洋工程, the same
    rule, 89 alike) are both 第一百零三条 now, for every 工程建设项目: "第八十条…整条删除，含二万元至十万元的罚款" was wrong in the
    twenty-seventh to twenty-ninth readings. 第四十八条's "三同时" likewise went with 第四十四条's into 第六十二条. Not when the new
    provision is written for the other's case alone (公司法 第七十条's 监事会, 第一百七十三条's 董事会), nor for the same words in two
    provisions (第五十七条's "本节没有规定的…")."""
    from conftest import LAWS
    from policydiff import compare
    from policydiff.render.json import headline_dicts

    ocean = compare(LAWS / "海洋环境保护法/2017-11-04.md", LAWS / "海洋环境保护法/2023-10-24.md")
    # (with the fine there since the forty-second reading: "（罚款由2万–10万元提高到20万–100万元）")
    assert any("移至现第一百零三条，文字有改动" in m for m in _messages(_old(ocean, "第八十条")))
    assert [h["text"] for h in headline_dicts(ocean) if h["text"].startswith(
        "第八十条（违反本法第四十四条的规定，海岸工程建设项目未建成环境保护设施…）并入现第一百零三条，文字有改动")]
    assert any(m.endswith("移至现第六十二条，文字有改动") for m in _messages(_old(ocean, "第四十八条")))
    company = compare(LAWS / "公司法/2018-10-26.md", LAWS / "公司法/2023-12-29.md")
    for label in ("第七十条", "第五十七条"):
        assert not [m for m in _messages(_old(company, label)) if "移至现" in m], label


def test_an_item_rewritten_in_a_list_of_as_many_items_is_one_rewrite():
    """专利法实施细则 第三十九条 → 第四十四条: "（三）不符合本细则第一百二十一条第一款规定的" (第一百二十一条 being the format rule,
    deleted) is now "（三）申请文件的格式不符合规定的", the list of six items kept. It was "条件被删除" beside "新增规定" (wrong: the
    twenty-seventh to twenty-ninth readings)."""
    from conftest import LAWS
    from policydiff import compare

    patents = compare(LAWS / "专利法实施细则/2010-01-09.md", LAWS / "专利法实施细则/2023-12-11.md")
    notes = _messages(_old(patents, "第三十九条"))
    assert "改写：“（三）不符合本细则第一百二十一条第一款规定的”改为“（三）申请文件的格式不符合规定的”" in notes
    assert not [m for m in notes if m.startswith(("条件被删除", "新增规定"))]


def test_a_sentence_whose_words_a_rewrite_holds_is_merged_into_it(company):
    """公司法 第四十九条 → 第七十四条: "公司章程对经理职权另有规定的，从其规定" is in "经理对董事会负责，根据公司章程的规定或者董事会的
    授权行使职权" (the charter now defines the powers outright). It was "不再规定", as if the charter lost its say (wrong: the
    twenty-ninth reading)."""
    notes = _messages(_old(company, "第四十九条"))
    assert "改写：“经理对董事会负责，行使下列职权：”“公司章程对经理职权另有规定的，从其规定”合并为“经理对董事会负责，根据公司章程的规定或者" \
           "董事会的授权行使职权”" in notes
    assert not [m for m in notes if "另有规定的，从其规定" in m and m.startswith(("不再规定", "删除或改写"))]


def test_a_word_carried_past_others_is_one_edit(emergencies):
    """突发事件应对法 第三十四条 → 第五十二条 "为人民政府应对突发事件工作提供" → "为突发事件应对工作提供": 应对 moved past 突发事件.
    It was "表述修改：删除“人民政府应对”；“工作提供”改为“应对工作提供”" (useless: the twenty-ninth reading); 保障中小企业款项支付条例
    第二十二条's "及时支付中小企业款项工作情况" → "保障中小企业款项支付工作情况" likewise."""
    assert "表述修改：“人民政府应对突发事件工作提供”改为“突发事件应对工作提供”" in _messages(_old(emergencies, "第三十四条"))


def test_a_particle_at_the_edge_of_a_change_is_not_quoted(emergencies):
    """突发事件应对法 第七条 → 第十七条 "…对突发事件的应对工作负责的" → "…对突发事件应对管理工作负责的": "“的应对工作”改为“应对管理
    工作”" (useless: the twenty-seventh and twenty-ninth readings) is "“应对工作”改为“应对管理工作”"."""
    notes = _messages(_old(emergencies, "第七条"))
    # (with its count since the sixty-fifth reading: the first paragraph's place was quoted with its sentence beside it)
    assert "表述修改：“应对工作”改为“应对管理工作”（共2处）" in notes
    assert not [m for m in notes if "“的应对工作”" in m]


def test_two_drafting_norms_in_one_edit_are_said_as_norms(company):
    """公司法 第一百九十三条 → 第二百四十五条 "必须在中国境内" → "应当在中华人民共和国境内": two drafting norms in one edit; it was
    "表述修改：“必须在中国”改为“应当在中华人民共和国”" (useless: the thirtieth reading). Each norm's count includes it."""
    assert not [m for m in _messages(_old(company, "第一百九十三条")) if m.startswith("表述修改")]
    norms = [f.message for p in company.pairs for f in p.findings if f.message.startswith("规范用语")]
    assert "规范用语：“中国”改为“中华人民共和国”（共12处，本条1处，含义未变）" in norms
    assert "规范用语：“必须”改为“应当”（共24处，本条1处，义务未变）" in norms


def test_a_duty_kept_with_an_exception_put_in_says_the_exception(company):
    """公司法 第一百一十七条 → 第一百三十条: "股份有限公司设监事会，其成员不得少于三人" → "股份有限公司设监事会，本法第一百二十一条第一款、
    第一百三十三条另有规定的除外" (the members now "监事会成员为三人以上", a sentence of its own). It was "新增规定：“股份有限公司设
    监事会，…”", an unchanged duty said new (wrong: the thirtieth reading); 第五十一条 → 第七十六条 likewise."""
    notes = _messages(_old(company, "第一百一十七条"))
    assert "表述修改：新增“本法第一百二十一条第一款、第一百三十三条另有规定的除外”" in notes
    assert not [m for m in notes if m.startswith("新增规定：“股份有限公司设监事会")]
    assert "表述修改：新增“本法第六十九条、第八十三条另有规定的除外”" in _messages(_old(company, "第五十一条"))


def test_a_sentence_put_in_that_says_a_sanction_change_and_old_words_is_said_by_the_sanction():
    """道路运输条例 2019 → 2022 第七十四条: "新增规定：“拒不改正的，责令停业整顿”" beside "处罚由“吊销其经营许可”改为“责令停业整顿”":
    "拒不改正的" stood in the old text too (useless: the thirtieth reading)."""
    from conftest import LAWS
    from policydiff import compare

    roads = compare(LAWS / "道路运输条例/2019-03-02.md", LAWS / "道路运输条例/2022-03-29.md")
    notes = _messages(_old(roads, "第七十四条"))
    assert "处罚由“由原许可机关吊销其经营许可”改为“责令停业整顿”" in notes  # (who imposed it: reading 1514)
    assert "新增规定：“拒不改正的，责令停业整顿”" not in notes


def test_words_another_quote_shows_moved_in_its_sentence_are_not_said_put_in(company):
    """公司法 第五十条 → 第七十五条 "可以设一名执行董事，不设董事会" → "可以不设董事会，设一名董事…": "表述修改：新增“不设董事会”"
    (wrong: the thirtieth reading) beside the note quoting both forms of the sentence."""
    notes = _messages(_old(company, "第五十条"))
    assert "表述修改：新增“不设董事会”" not in notes
    assert any("可以不设董事会，设一名董事" in m for m in notes)


def test_two_phrases_swapped_are_no_change(company):
    """公司法 第七十七条 → 第九十一条 "其余股份向社会公开募集或者向特定对象募集" → "…向特定对象募集或者向社会公开募集": it was
    "表述修改：“社会公开”改为“特定对象”；“特定对象”改为“社会公开”" (useless: the thirty-first reading)."""
    assert not [m for m in _messages(_old(company, "第七十七条")) if "“社会公开”改为“特定对象”" in m]


def test_what_a_fine_is_counted_on_is_said_by_the_penalty_note(company):
    """公司法 第一百九十九条 → 第二百五十二条: "表述修改：“出资金额”改为“出资或者未出资金额”" beside "罚款由虚假出资金额5%–15%改为
    虚假出资或者未出资金额5%–15%" said it twice (useless: the thirty-first reading)."""
    notes = _messages(_old(company, "第一百九十九条"))
    assert "罚款由虚假出资金额5%–15%改为情节严重的虚假出资或者未出资金额5%–15%" in notes  # (its case since the 35th reading)
    assert "表述修改：“出资金额”改为“出资或者未出资金额”" not in notes


def test_a_moved_sentence_whose_number_changed_says_it(company):
    """公司法 第五十一条 "…可以设一至二名监事，不设监事会" → 第八十三条 "…可以不设监事会，设一名监事…": "移至现第八十三条，文字有改动"
    hid that the number fell to one (wrong: the thirtieth and thirty-first readings)."""
    assert "“股东人数较少或者规模较小的有限责任公司，可以设一至二名监事，不设监事会”移至现第八十三条，文字有改动（监事由一至二名改为一名）" \
        in _messages(_old(company, "第五十一条"))


def test_a_deleted_penaltys_conduct_now_an_item_of_another_list_went_there(company):
    """公司法 第二百零二条 ("公司在依法向有关主管部门提供的财务会计报告等材料上作虚假记载或者隐瞒重要事实的，…处以三万元以上三十万元以下
    的罚款") is 第二百五十四条's item "（二）提供存在虚假记载或者隐瞒重要事实的财务会计报告", punished as the 会计法 provides: the
    headline said "整条删除" and the item "新增规定" (wrong in the twenty-second to thirty-first readings). The fine did not go:
    part of the provision is there."""
    from policydiff.render.json import headline_dicts

    assert any(m.startswith("“公司在依法向有关主管部门提供的财务会计报告") and m.endswith("移至现第二百五十四条，文字有改动")
               for m in _messages(_old(company, "第二百零二条")))
    assert "“（二）提供存在虚假记载或者隐瞒重要事实的财务会计报告”由原第二百零二条移入，文字有改动" in _messages(
        _old(company, "第二百零一条"))
    assert any(h["text"].startswith("第二百零二条") and h["text"].endswith("部分内容现见第二百五十四条")
               for h in headline_dicts(company))


def test_two_limits_joined_by_and_say_what_at_the_latest_said():
    """专利法实施细则 第六条 "自障碍消除之日起2个月内，最迟自期限届满之日起2年内" → "…2个月内且自期限届满之日起2年内": the same two
    limits; "表述修改：“内，最迟”改为“内且”" was useless (the thirty-first reading)."""
    from conftest import LAWS
    from policydiff import compare

    patents = compare(LAWS / "专利法实施细则/2010-01-09.md", LAWS / "专利法实施细则/2023-12-11.md")
    assert not [m for m in _messages(_old(patents, "第六条")) if "最迟" in m]


def test_a_step_put_in_only_beside_another_in_conduct_punished_is_conduct():
    """统计法 第三十八条 → 第四十一条 "未经批准擅自组织实施统计调查的" → "未经批准或者备案擅自组织实施统计调查的": no procedure gains
    a step (备案 was one in 第十二、十四条 already); going without it is now punished. It was the headline "新增程序“备案”"
    (wrong: the thirty-first reading)."""
    from conftest import LAWS
    from policydiff import compare

    statistics = compare(LAWS / "统计法/2009-06-27.md", LAWS / "统计法/2024-09-13.md")
    notes = _messages(_old(statistics, "第三十八条"))
    assert "违法情形新增“未经备案”" in notes
    assert "新增程序“备案”" not in notes
