"""What readings 380–387 (2026-12-04, the twentieth session: the held-out groups L, M, V, W, J, N; O and R in English)
found wrong or useless, fixed, pinned on the real text (tests/fixtures/laws)."""

from conftest import held_out_fixture as _law
from conftest import law_fixture as _corpus_law
from conftest import old_pair, pair_messages

from policydiff.render.headlines import ranked_headlines as result_headlines

quarantine = _law("国境卫生检疫法", "2018-04-27", "2024-06-28")
military_drugs = _law("中国人民解放军实施《药品管理法》办法", "2004-12-09", "2025-04-05")


def test_penalties_put_in_one_after_another_are_no_regime(quarantine, military_drugs):
    """"新增第四十四条至第四十九条（“海关”，共6条）" (reading 380: "海关" is the body acting in 40 of the 58 articles, and the
    six are the new penalties, which the "法律责任" chapter's line already tells) and "新增第四十二条至第四十四条（“药材供应”，共
    3条）" (readings 341, 349, 358: the label fits none of the three penalties, and 第四十二条 rewrites old 第二十七条): penalties
    put in are said each with its fines, as any provision put in."""
    texts = [h.text for h in result_headlines(quarantine)]
    assert not [t for t in texts if "（“海关”" in t or "（“改正”" in t], texts
    assert [t for t in texts if t.startswith("新增第四十五条（违反本法规定，有下列情形之一的，对交通运输工具负责人")], texts
    assert "“法律责任”一章重新编写：原第五章第二十条至第二十三条（共4条）由现第七章第四十四条至第五十条（共7条）取代" \
        in texts, texts
    texts = [h.text for h in result_headlines(military_drugs)]
    assert not [t for t in texts if "“药材供应”，共" in t], texts


defence_education = _law("国防教育法", "2018-04-27", "2024-09-13")
martyrs = _law("烈士褒扬条例", "2019-08-01", "2024-09-27")
anti_money_laundering = _law("反洗钱法", "2006-10-31", "2024-11-08")
conscription = _law("征兵工作条例", "2001-09-05", "2023-04-01")


def test_a_sentence_whose_kept_words_all_stand_in_one_changed_sentence_was_rewritten_into_it(
        defence_education, martyrs, anti_money_laundering, conscription):
    """An old sentence most of whose characters went, its kept words all in one new sentence that itself changed, was
    said "不再规定" beside a wording note on the new one ("新增“军队人员、退役军人和”"): the rule read as gone, wrong in
    readings 361 and 381 (国防教育法 第二十三条), 382 (烈士褒扬条例 第三十八条's 处分, now for every unit), 385 (反洗钱法
    第二十三条's two investigators) and 383 (征兵工作条例 第十七条's medical examination). It is one note: the rewrite."""
    cases = [
        # (since session 65 with the old sentence after it, kept word for word in the new one: merged, pinned in
        # tests/test_read_one_thousand_two_hundred_ninety_second.py)
        (defence_education, "第二十三条", "改写：“依照本法第二十八条的规定被命名为国防教育基地的，应当对有组织的中小学生免费开放”"
                                        "“在全民国防教育日向社会免费开放”合并为"
                                        "“国防教育基地应当对军队人员、退役军人和学生免费开放，在全民国防教育日向社会免费开放”"),
        (martyrs, "第三十八条", "改写：“属于国有或者国有控股企业、财政拨款的事业单位的，对直接负责的主管人员和其他直接责任人员依法给予"
                              "处分”改为“对负有责任的领导人员和直接责任人员依法给予处分”"),
        (anti_money_laundering, "第二十三条", "改写：“调查可疑交易活动时，调查人员不得少于二人，并出示合法证件和国务院反洗钱行政主管部门"
                                            "或者其省一级派出机构出具的调查通知书”改为“开展反洗钱调查，调查人员不得少于二人，并应当出示"
                                            "执法证件和调查通知书”"),
        (conscription, "第十七条", "改写：“机关、团体、企业事业单位和乡、民族乡、镇的人民政府以及街道办事处，应当组织应征公民按时到指定"
                                  "医院或者体检站进行体格检查”改为“基层人民武装部应当组织预定征集的应征公民按时到征兵体检站进行体格检查”"),
    ]
    for result, label, rewrite in cases:
        notes = pair_messages(old_pair(result, label))
        assert rewrite in notes, notes
        old = rewrite.split("”改为“")[0].removeprefix("改写：“")
        assert not [n for n in notes if n.startswith(("不再规定", "删除或改写")) and old[:12] in n], notes


def test_a_chapter_under_a_new_title_that_took_every_provision_kept_of_an_old_one_was_rewritten(quarantine):
    """国境卫生检疫法 2024's "第二章 检疫查验" holds every provision the old "第二章 检疫" kept (five of its eight: 第八、十、
    十一、十三、十四条) and none of another chapter gone: the old chapter under a new title, written anew. "新增第二章“检疫查验”
    （…其中新增条文10条）" (the old law had that chapter) and "第七条（入境的交通工具和人员，必须在最先到达的国境口岸的指定地点接受
    检疫）整条删除" (new 第十条 and 第十四条 restate it) were wrong in reading 380. How many of the new chapter's provisions
    are new is not said ("其中新增条文10条": seven or eight are, wrong in readings 388 and 389)."""
    texts = [h.text for h in result_headlines(quarantine)]
    assert "“检疫”一章改为“检疫查验”并重新编写：原第二章第七条至第十四条（共8条）由现第二章第九条至第二十四条（共16条）取代" in texts, \
        texts
    assert not [t for t in texts if t.startswith("新增第二章") or t.startswith("第七条（")], texts
    english = [h.text for h in result_headlines(quarantine, lang="en")]
    assert "Chapter “检疫” rewritten as “检疫查验”: former Chapter 2, Articles 7–14 (8 articles), replaced by Chapter 2, " \
           "Articles 9–24 (16 articles)" in english, english


def test_a_sentence_put_in_whose_kept_words_all_came_from_one_old_sentence_is_its_rewrite(defence_education):
    """国防教育法 第二十二条 → 第二十五条: "文化、新闻、出版、广播、电影、电视等部门和单位应当根据形势和任务的要求，采取多种形式开展
    国防教育" became "文化和旅游、…网信等部门和单位应当根据形势和任务的要求，创新宣传报道方式，通过…等形式和途径开展国防教育",
    so much put in that the new sentence read as put in whole: "新增规定" (the duty was there before: wrong in reading 381)
    beside "删除“采取多种形式”". Every kept word of the new sentence came from that one old sentence, which gave them to it
    alone: one rewrite. And 第十二条's "国家设立全民国防教育日" → "每年九月的第三个星期六为全民国防教育日" the same."""
    notes = pair_messages(old_pair(defence_education, "第二十二条"))
    assert [n for n in notes if n.startswith("改写：“文化、新闻、出版、广播、电影、电视等部门和单位应当根据形势和任务的要求，采取多种"
                                              "形式开展国防教育”改为“文化和旅游、新闻出版、广播电视、电影、网信等部门和单位")], notes
    assert not [n for n in notes if n.startswith("新增规定") or "采取多种形式”" in n and n.startswith("表述修改")], notes
    notes = pair_messages(old_pair(defence_education, "第十二条"))
    assert "改写：“国家设立全民国防教育日”改为“每年九月的第三个星期六为全民国防教育日”" in notes, notes


company = _corpus_law("公司法", "2018-10-26", "2023-12-29")


def test_a_sentence_cut_down_with_an_exception_after_it_is_no_rewrite(company):
    """公司法 第一百一十七条 → 第一百三十条: "股份有限公司设监事会，其成员不得少于三人" → "股份有限公司设监事会，本法第一百二十一条第一款、
    第一百三十三条另有规定的除外", the members now in the next sentence ("监事会成员为三人以上"): the exception put in is the note,
    not a rewrite that reads as the three members gone."""
    notes = pair_messages(old_pair(company, "第一百一十七条"))
    assert "表述修改：新增“本法第一百二十一条第一款、第一百三十三条另有规定的除外”" in notes, notes
    assert not [n for n in notes if n.startswith("改写：")], notes


civilians = _law("中国人民解放军文职人员条例", "2017-09-27", "2022-12-10")


def test_a_consequence_said_once_for_two_cases_joined_is_not_taken_out(civilians):
    """第五十四条 → 第六十一条: two paragraphs each ending "，按照军队有关规定办理" became one sentence, the two cases joined by "；"
    and the consequence said once at its end ("…，按照军队有关规定执行"). "表述修改：删除“按照军队有关规定办理”" was wrong in
    reading 387: nothing was taken out; "“办理”改为“执行”" is the change."""
    notes = pair_messages(old_pair(civilians, "第五十四条"))
    # ("办理" → "执行" the same since readings 1410 and 1426: the pair reads as formatting only)
    assert notes == ["仅编号或个别虚词、同义用语不同，内容未变"], notes


counter_espionage = _law("反间谍法", "2014-11-01", "2023-04-26")


def test_a_sanction_now_leading_into_a_list_is_no_rewrite(counter_espionage):
    """反间谍法 第三十、三十一条 → 第六十条: "改写：“构成犯罪的，依法追究刑事责任”改为“违反本法规定，有下列行为之一，构成犯罪的，依法追究
    刑事责任”" was useless in reading 384: the words put before it only lead into the list of conducts, whose items' notes say
    what changed."""
    notes = pair_messages(old_pair(counter_espionage, "第三十条"))
    assert not [n for n in notes if n.startswith("改写：“构成犯罪的，依法追究刑事责任”")], notes
    assert "新增规定：“（六）对依法支持、协助国家安全机关工作的个人和组织进行打击报复”" in notes, notes


pensions = _law("军人抚恤优待条例", "2019-03-02", "2024-08-05")


def test_a_step_put_in_a_sentence_a_rewrite_quotes_whole_is_said_by_it(pensions):
    """第十三条 → 第十六条: "新增程序“经批准”" beside "改写：“（三）立一等功的，增发25%”改为“（四）立二等战功、一等功或者获得二级表彰
    并经批准的，增发25%”" said it twice, and rose to the eighth headline (useless in readings 388 and 389)."""
    notes = pair_messages(old_pair(pensions, "第十三条"))
    assert "改写：“（三）立一等功的，增发25%”改为“（四）立二等战功、一等功或者获得二级表彰并经批准的，增发25%”" in notes, notes
    assert "新增程序“经批准”" not in notes, notes
    assert not [h.text for h in result_headlines(pensions) if h.text.endswith("新增程序“经批准”")]


relics = _law("文物保护法", "2017-11-04", "2024-11-08")
livestock = _law("畜牧法", "2015-04-24", "2022-10-30")
science = _law("科学技术普及法", "2002-06-29", "2024-12-25")
pollution = _law("最高人民法院、最高人民检察院关于办理环境污染刑事案件适用法律若干问题的解释", "2016-12-23", "2023-08-08")


def test_drafting_words_for_one_thing_are_no_wording_note(relics, livestock, science, pollution, pensions):
    """Useless in readings 390–394, each a change of form: "有下列事迹的单位" → "有下列事迹之一的单位" and "有下列行为之一的" →
    "违反本法规定，有下列行为之一的" (文物保护法 第十二条, 第六十八条), "载明以下内容" → "载明下列内容" (畜牧法 第四十一条), "改作" →
    "改为" (科学技术普及法 第二十四条), "论处" → "定罪处罚" (环境污染刑事案件解释 第十条). Conditions are not so: "符合下列条件之一
    的" → "符合下列条件的" asks for them all (军人抚恤优待条例 第十六、十七条 → 第十九条, still said)."""
    for result, label, words in ((relics, "第十二条", "事迹之一"), (relics, "第六十八条", "违反本法规定"),
                                 (livestock, "第四十一条", "下列内容"), (science, "第二十四条", "“改作”改为“改为”"),
                                 (pollution, "第十条", "定罪处罚")):
        notes = pair_messages(old_pair(result, label))
        assert not [n for n in notes if n.startswith("表述修改") and words in n and "；" not in n], (label, notes)
    notes = pair_messages(old_pair(pensions, "第十六条"))
    # (since session 65 said in the merge of the two sentences, each quoted whole: test_read_four_hundred_thirty_sixth.py)
    assert [n for n in notes if "“符合下列条件之一的烈士”改为“符合下列条件的烈士”" in n or (
        "“对符合下列条件之一的烈士遗属" in n and "合并为“对符合下列条件的烈士遗属" in n)], notes


def test_a_sanction_now_naming_its_paper_is_no_sanction_put_in(relics):
    """文物保护法 第七十六条 → 第九十四条: "吊销其从业资格" → "吊销其从业资格证书". "新增处罚：吊销其从业资格证书" was wrong in
    reading 390 (and the article's headline): the old text revoked the qualification already; "表述修改：“资格”改为“资格证书”
    （共2处）", which took its place, miscounted three (readings 396, 397) what is one thing either way."""
    notes = pair_messages(old_pair(relics, "第七十六条"))
    assert not [n for n in notes if n.startswith("新增处罚") or "“资格”改为“资格证书”" in n], notes
    assert not [h.text for h in result_headlines(relics) if "新增吊销其从业资格证书" in h.text]


food_safety = _law("最高人民法院、最高人民检察院关于办理危害食品安全刑事案件适用法律若干问题的解释", "2013-05-02", "2021-12-30")


def test_a_sentence_long_for_a_title_in_it_is_quoted_whole(food_safety):
    """第二十二条 → 第二十六条: "新增规定：“本解释公布实施后，《…的解释》（法释〔2013〕12号）…”" stopped before "同时废止", what
    the sentence does (useless in reading 394): a sentence over the quote's length only for the title it names is said whole."""
    notes = pair_messages(old_pair(food_safety, "第二十二条"))
    assert "新增规定：“本解释公布实施后，《最高人民法院、最高人民检察院关于办理危害食品安全刑事案件适用法律若干问题的解释》" \
           "（法释〔2013〕12号）同时废止”" in notes, notes
    assert not [n for n in notes if n.startswith("新增引用文件")], notes
