"""What readings 746 and on (2026-12-05, the thirty-first session) found wrong or useless, fixed, pinned on the real
text (tests/fixtures/laws)."""

from conftest import held_out_fixture as _law
from conftest import law_fixture, old_pair, pair_messages

charity = _law("慈善法", "2016-03-16", "2023-12-29")


def test_a_sanction_moved_after_the_order_is_no_sanction_put_in(charity):
    """慈善法 第一百零一条 → 第一百一十四条: "由其主管部门予以警告，责令限期改正" → "由其主管部门责令限期改正，予以警告" only puts
    the warning after the order; the rewrite of item （一） quoting "予以警告" said the half taken out and left "新增“予以警告”"
    (wrong in reading 749: the old text warned already)."""
    notes = pair_messages(old_pair(charity, "第一百零一条"))
    assert not [n for n in notes if "新增“予以警告”" in n], notes
    assert "表述修改：“履行本法第二十七条规定的验证义务的”改为“依法履行验证义务的”" in notes, notes


relics = _law("文物保护法", "2017-11-04", "2024-11-08")


def test_a_fine_put_under_a_condition_is_the_old_fine_rewritten(relics):
    """文物保护法 第七十条 → 第八十七条: "可以并处二万元以下的罚款" became "没有违法所得或者违法所得不足五千元的，可以并处五万元以下
    的罚款": "新增规定" of the new sentence (ending on the lead-in's "：") was wrong in reading 747, the old text fined
    already. (Since reading 1713 the fine's note says its case: no rewrite needed to say it.)"""
    notes = pair_messages(old_pair(relics, "第七十条"))
    assert not [n for n in notes if n.startswith("新增规定") and "五万元" in n], notes
    assert "罚款由2万元以下提高到没有违法所得或者违法所得不足五千元的5万元以下" in notes, notes


drugs = _law("中国人民解放军实施《药品管理法》办法", "2004-12-09", "2025-04-05")


def test_a_breach_of_the_instrument_said_again_is_no_words_put_in(drugs):
    """中国人民解放军实施《药品管理法》办法 第三十四条 → 第五十五条: "军队卫生部门违反药品管理法和本办法，…构成犯罪的，依法追究刑事责任"
    → "违反本办法规定，构成犯罪的，依法追究刑事责任": "表述修改：新增“违反本办法规定”" was wrong in reading 754, the old text
    opened on the breach already."""
    notes = pair_messages(old_pair(drugs, "第三十四条"))
    assert "表述修改：新增“违反本办法规定”" not in notes, notes
    assert [n for n in notes if n.startswith("删除或改写：“军队卫生部门违反药品管理法和本办法")], notes


pensions = _law("军人抚恤优待条例", "2019-03-02", "2024-08-05")


def test_a_split_article_counts_the_provisions_the_old_term_went_to(pensions):
    """军人抚恤优待条例 第十三条 → 第十五条、第十六条: "现役军人死亡" became "军人死亡" in 第十五条; 第十六条 writes 军人 of its own
    ("获得功勋荣誉表彰的军人", "军人死亡后被追授…"): "“现役军人”改为“军人”（共13条）" counted it, wrong six times in reading 760
    (twelve articles make the rename). The department's rename, made in both, still counts both: 共18条."""
    notes = pair_messages(old_pair(pensions, "第十三条"))
    assert [n for n in notes if n.startswith("“现役军人”改为“军人”（共12条")], notes
    assert [n for n in notes if n.startswith("“退役军人事务部门”改为“退役军人工作主管部门”（全文统一修改，共18条")], notes


popular_science = _law("科学技术普及法", "2002-06-29", "2024-12-25")


def test_a_sentence_that_opens_one_put_into_a_provision_that_stands_moved(popular_science):
    """科学技术普及法 第二十条 → 第二十六条: "国家加强农村的科普工作" opens 第五条's new paragraph word for word ("国家加强农村的科普
    工作，扶持革命老区…"); "不再规定" was false (found reading the notes against the texts for reading 755's group). The
    sentence went there word for word, the rest of 第五条's sentence 第四条's own rewritten (reading 1126): no "文字有改动"."""
    notes = pair_messages(old_pair(popular_science, "第二十条"))
    assert "“国家加强农村的科普工作”移至现第五条" in notes, notes
    assert "不再规定：“国家加强农村的科普工作”" not in notes, notes
    there = pair_messages(old_pair(popular_science, "第四条"))
    assert "“国家加强农村的科普工作”由原第二十条移入" in there, there


minerals = _law("矿产资源法", "2009-08-27", "2024-11-08")


def test_a_rewrite_quotes_what_the_new_sentence_adds(minerals):
    """矿产资源法 第二十九条 → 第三十九条: "开采矿产资源，应当采取合理的开采顺序、开采方法……" cut the new sentence where it
    changed, hiding "并采取有效措施确保…达到有关国家标准的要求" (useless in reading 757). (Since reading 835 the note quotes the
    old sentence on 回采率 beside it too, which the new one took in.)"""
    notes = pair_messages(old_pair(minerals, "第二十九条"))
    assert "改写：“开采矿产资源，必须采取合理的开采顺序、开采方法和选矿工艺。矿山企业的开采回采率、采矿贫化率和选矿回收率应当达到设计要求”" \
           "改为“开采矿产资源，应当采取合理的开采顺序、开采方法，并采取有效措施确保矿产资源开采回采率、选矿回收率和综合利用率达到有关国家标准的要求”" \
           in notes, notes  # (since session 42 with its subject, not "……": tests/test_read_one_thousand_two_hundred_fiftieth.py)


counterespionage = _law("反间谍法", "2014-11-01", "2023-04-26")


def test_a_period_quotes_its_sentence_whole_when_the_put_in_quote_was_cut(counterespionage):
    """反间谍法 第三十四条 → 第六十六条: "新增规定：“…自被驱逐出境之日起十年内不准入境……”" cut the final decision off, beside
    "新增期限：十年（自被驱逐出境之日起十年内不准入境）" saying the ten years again (useless in reading 756): the period's note
    quotes the sentence whole, and it alone."""
    notes = pair_messages(old_pair(counterespionage, "第三十四条"))
    assert "新增期限：十年（对违反本法的境外人员，国务院国家安全主管部门决定驱逐出境的，自被驱逐出境之日起十年内不准入境，" \
           "国务院国家安全主管部门的处罚决定为最终决定）" in notes, notes
    assert not [n for n in notes if n.startswith("新增规定：“对违反本法的境外人员")], notes


farm_produce = _law("农产品质量安全法", "2018-10-26", "2022-09-02")


def test_a_bare_breach_quoted_with_the_conduct_it_names(farm_produce):
    """农产品质量安全法 第四十五条 → 第六十六条: "新增规定：“违反本法规定……由…责令停止违法行为，没收农产品和违法所得…”" left out
    what is punished (useless in reading 759): the quote opens on the conduct after the bare "违反本法规定"."""
    notes = pair_messages(old_pair(farm_produce, "第四十五条"))
    # (since reading 1482 a sentence put in is quoted up to 128 characters: this one whole)
    assert "新增规定：“违反本法规定，在特定农产品禁止生产区域种植、养殖、捕捞、采集特定农产品或者建立特定农产品生产基地的，由县级" \
           "以上地方人民政府农业农村主管部门责令停止违法行为，没收农产品和违法所得，并处违法所得一倍以上三倍以下罚款”" in notes, notes


def test_each_body_its_own_records_with_or_without_separately(relics):
    """文物保护法 第三十六条 → 第五十一条: "…文物行政部门应当分别建立本行政区域内的馆藏文物档案" → "…应当建立…" says nothing new
    (useless in reading 747); the change that matters stays said."""
    notes = pair_messages(old_pair(relics, "第三十六条"))
    assert not [n for n in notes if "应当分别建立" in n], notes
    assert "表述修改：“国家一级文物藏品档案和”改为“全国馆藏一级文物档案和”" in notes, notes


marine = law_fixture("海洋环境保护法", "2017-11-04", "2023-10-24")


def test_the_article_broken_no_longer_cited_is_no_change(marine):
    """海洋环境保护法 第八十六条 → 第一百零八条: "违反本法第五十五条第三款的规定，将…境外废弃物运进…倾倒的" → "违反本法规定，将…"
    names the same conduct (useless in reading 761); the fines' notes stay."""
    notes = pair_messages(old_pair(marine, "第八十六条"))
    assert "表述修改：“违反本法第五十五条第三款的规定”改为“违反本法规定”" not in notes, notes
    assert "罚款由10万–100万元提高到50万–500万元" in notes, notes


def test_separately_beside_citations_that_moved_keeps_the_quotes(law_fixture_road):
    """道路运输条例 第三十九条: "并分别附送符合本条例第三十六条、第三十八条规定条件的相关材料" → "并附送符合本条例第三十六条…": read as
    分别 alone, the notes became "不再援引本条例原第三十八条" and "新增援引本条例第三十六条、第三十八条", false for the article
    whose other paragraph cites 第三十八条 (reading 770): the phrases quoted as they changed."""
    notes = pair_messages(old_pair(law_fixture_road, "第三十九条"))
    assert not [n for n in notes if "援引" in n], notes
    assert "表述修改：“并分别附送符合本条例第三十六条、第三十八条规定条件的相关材料”改为“并附送符合本条例第三十六条规定条件的" \
           "相关材料”" in notes, notes


law_fixture_road = law_fixture("道路运输条例", "2019-03-02", "2022-03-29")


def test_a_fine_on_anyone_split_between_units_and_persons_raises_the_units(relics):
    """文物保护法 第七十四条 → 第九十一条: "情节严重的，处五千元以上五万元以下的罚款" (anyone) → "对单位处十万元以上三百万元以下的罚款，
    对个人处五千元以上五万元以下的罚款": units were fined before, "新增罚款：对单位处10万–300万元" was wrong in reading 771;
    第六十六条 → 第八十三条 alike."""
    notes = pair_messages(old_pair(relics, "第七十四条"))
    assert "对单位罚款由5000元–5万元提高到10万–300万元" in notes, notes
    assert not [n for n in notes if n.startswith("新增罚款")], notes
    notes = pair_messages(old_pair(relics, "第六十六条"))
    assert "对单位罚款由5万–50万元提高到50万–500万元，情节严重的500万–1000万元" in notes, notes


pollution = _law("最高人民法院、最高人民检察院关于办理环境污染刑事案件适用法律若干问题的解释", "2016-12-23", "2023-08-08")


def test_an_item_whose_first_phrase_fills_the_quote_keeps_what_it_adds(pollution):
    """环境污染解释 第一条 → 第一条、第二条: the new 情节严重 item （一）"在…重点保护区域排放…有毒物质，造成相关区域的生态功能退化或者
    野生生物资源严重破坏的" was quoted to "…有…", cut before the only words it adds to 第一条（一） (useless in reading 782): its
    first phrase cut at a word for its last."""
    notes = pair_messages(old_pair(pollution, "第一条"))
    # (quoted whole since reading 1482; and not read as the old item rewritten into it, which 第一条 (一) is edited: the
    # sentence put in nearer the old one holds its pieces)
    assert "新增规定：“（一）在饮用水水源保护区、自然保护地核心保护区等依法确定的重点保护区域排放、倾倒、处置有放射性的废物、含传染病" \
           "病原体的废物、有毒物质，造成相关区域的生态功能退化或者野生生物资源严重破坏的”" in notes, notes
    assert "表述修改：“一级保护区”改为“保护区”；“自然保护区核心区”改为“自然保护地核心保护区等依法确定的重点保护区域”" in notes, notes


def test_a_party_fined_apart_now_was_fined_by_the_fine_on_anyone(farm_produce):
    """农产品质量安全法 第四十九条 → 第七十二条: "有本法第三十三条第四项规定情形…的，…并处二千元以上二万元以下罚款" fined anyone;
    "对农户，并处三百元以上三千元以下罚款" lowers the farmers' fine ("新增罚款：对农户处300–3000元" wrong in reading 783). 第五十条
    fined 农产品生产企业 and cooperatives: the farmers' fine of 第七十一条 stays new."""
    notes = pair_messages(old_pair(farm_produce, "第四十九条"))
    assert "对农户罚款由2000元–2万元降为300–3000元" in notes, notes
    assert not [n for n in notes if n.startswith("新增罚款：对农户")], notes
    notes = pair_messages(old_pair(farm_produce, "第五十条"))
    assert [n for n in notes if n.startswith("新增罚款：对农户处500–5000元")], notes


def test_an_article_of_listed_conduct_put_in_is_named_by_its_first_item(farm_produce):
    """农产品质量安全法 新增第七十三条: "（违反本法规定，有下列行为之一的…），含一百元至一千元的罚款" told a reviewer only that some
    fine exists (useless in reading 783): who, and the first item, "等". Not a list of cases a measure is for (监察法 第二十三条)."""
    from policydiff.render.headlines import ranked_headlines
    from policydiff.render.phrases import text_gist

    lines = [h.text for h in ranked_headlines(farm_produce)]
    assert "新增第六十八条（农产品生产企业未建立农产品质量安全管理制度等），含五千元至五万元的罚款" in lines, lines
    assert not [t for t in lines if "有下列行为之一的…" in t], lines
    assert text_gist("被调查人涉嫌严重职务违法或者职务犯罪，并有下列情形之一的，经监察机关依法审批，可以对其采取责令候查措施：\n"
                     "（一）不具有本法第二十四条第一款所列情形的；") == "被调查人涉嫌严重职务违法或者职务犯罪，并有下列情形之一的…"


def test_a_rule_rewritten_into_the_sentence_that_opens_on_its_subject(pensions):
    """军人抚恤优待条例 第十五条 → 第十八条: "一次性抚恤金发给烈士、因公牺牲军人、病故军人的父母（抚养人）、配偶、子女" became "一次性
    抚恤金发给烈士遗属、因公牺牲军人遗属、病故军人遗属…"; "改写" into the new 烈士褒扬金's sentence, which took its list of
    relatives, was wrong in reading 784."""
    notes = pair_messages(old_pair(pensions, "第十五条"))
    assert [n for n in notes if n.startswith("改写：“一次性抚恤金发给烈士、因公牺牲军人、病故军人的父母（抚养人）、配偶、子女”改为"
                                           "“一次性抚恤金发给烈士遗属")], notes
    assert not [n for n in notes if "改为“烈士褒扬金发给烈士的父母" in n], notes
    # (and the 烈士褒扬金's sentence, no rewrite's now, said put in whole: "表述修改：新增“烈士褒扬金发给烈士”" was useless in
    # reading 786)
    assert "新增规定：“烈士褒扬金发给烈士的父母（抚养人）、配偶、子女”" in notes, notes


aml = _law("反洗钱法", "2006-10-31", "2024-11-08")


def test_two_halves_of_a_sentence_moved_together_are_one_note(aml):
    """反洗钱法 第三十六条 → 第二条: "对涉嫌恐怖活动资金的监控适用本法；其他法律另有规定的，适用其规定" went whole; the second half's
    own note beside the first's was useless in reading 781. The provision is still read as folded into 第二条."""
    notes = pair_messages(old_pair(aml, "第三十六条"))
    assert notes == ["“对涉嫌恐怖活动资金的监控适用本法；其他法律另有规定的，适用其规定”移至现第二条，文字有改动"], notes


def test_a_rule_rewritten_into_the_sentence_of_its_paragraph_that_opens_alike(minerals):
    """矿产资源法 第五条 → 第六条: "开采矿产资源，必须按照国家有关规定缴纳资源税和资源补偿费" is the second paragraph's "开采矿产资源
    应当依法缴纳资源税"; "新增规定" of the tax was wrong in reading 790."""
    notes = pair_messages(old_pair(minerals, "第五条"))
    assert "改写：“开采矿产资源，必须按照国家有关规定缴纳资源税和资源补偿费”改为“开采矿产资源应当依法缴纳资源税”" in notes, notes
    assert "新增规定：“开采矿产资源应当依法缴纳资源税”" not in notes, notes


martyrs = _law("烈士褒扬条例", "2019-08-01", "2024-09-27")


def test_an_alternative_bracketed_for_or_is_no_change(martyrs):
    """烈士褒扬条例 第十四条 → 第十五条: "没有父母或者抚养人、配偶、子女的" → "没有父母（抚养人）、配偶、子女的" names the same
    relatives (useless in reading 789); the pair's change of substance stays said."""
    notes = pair_messages(old_pair(martyrs, "第十四条"))
    assert not [n for n in notes if "抚养人" in n], notes
    assert "表述修改：“领取烈士证书的烈士遗属户口”改为“烈士证书持有人户籍”" in notes, notes


def test_a_sentence_said_in_one_with_the_sentence_after_it(charity):
    """慈善法 第一百条 → 第一百一十二条: "…有违法所得的，由民政部门予以没收；对直接负责的主管人员…处二万元以上二十万元以下罚款" →
    "…规定情形的，由…民政部门对直接负责的主管人员…罚款，并没收违法所得": "不再规定" of the confiscation (wrong) beside fragments
    ("“本法第”改为“本法第一百零九条…”", useless) in reading 795."""
    notes = pair_messages(old_pair(charity, "第一百条"))
    assert not [n for n in notes if n.startswith(("不再规定", "删除或改写"))], notes
    assert [n for n in notes if n.startswith("改写：“慈善组织有本法第九十八条") and "并没收违法所得" in n], notes
    assert not [n for n in notes if "“本法第”" in n], notes


rules = _law("全国人民代表大会常务委员会议事规则", "2009-04-24", "2022-06-24")


def test_must_taken_out_of_a_bar_closed_by_only_then_is_no_change(rules):
    """议事规则 第四条 → 第七条: "常务委员会会议必须有…过半数出席，才能举行" → "…有…过半数出席，始得举行" is the same quorum; the
    note quoting 必须 taken out read as it weakened (useless in reading 798)."""
    notes = pair_messages(old_pair(rules, "第四条"))
    assert not [n for n in notes if "必须有常务委员会全体组成人员的过半数出席" in n], notes
    assert [n for n in notes if n.startswith("新增规定：“遇有特殊情况，经委员长会议决定，常务委员会组成人员可以通过网络视频方式")], notes


livestock = _law("畜牧法", "2015-04-24", "2022-10-30")


def test_a_ban_said_again_as_a_prohibition(livestock):
    """畜牧法 第四十五条: "畜禽标识不得重复使用" → "禁止伪造、变造或者重复使用畜禽标识" widens the ban; "不再规定" was wrong in
    reading 801."""
    notes = pair_messages(old_pair(livestock, "第四十五条"))
    assert "改写：“畜禽标识不得重复使用”改为“禁止伪造、变造或者重复使用畜禽标识”" in notes, notes
    assert not [n for n in notes if n.startswith(("不再规定", "删除或改写"))], notes


antimonopoly = _law("反垄断法", "2007-08-30", "2022-06-24")


def test_a_fine_of_the_case_without_turnover_says_its_case(antimonopoly):
    """反垄断法 第五十二条 → 第六十二条: "改为500万元以下" read as every unit's new fine, which is 1% of its turnover; the 500万 is
    for a unit without turnover (misleading in reading 795); said after the fine on turnover (reading 1949)."""
    notes = pair_messages(old_pair(antimonopoly, "第五十二条"))
    assert "对单位罚款由20万元以下，情节严重的20万–100万元改为上一年度销售额1%以下，上一年度没有销售额或者销售额难以计算的500万元以下" \
        in notes, notes
