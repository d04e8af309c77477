"""What the eighty-sixth reading (2026-12-02: groups E, F, G, H, seeds 86105–86108, on a56d979's JSON) and the
eighty-seventh (groups A, B, C, D, seeds 87101–87104, on d43e60d's) found wrong, useless or less than clear, and a known
fault left after the seventy-seventh, fixed after them, pinned on the real text."""

from conftest import law_fixture as _law
from conftest import old_pair as _old
from conftest import pair_messages as _messages

invoices = _law("发票管理办法", "2019-03-02", "2023-07-20")


def test_a_qualifier_that_needs_its_noun_is_quoted_with_it(invoices):
    """发票管理办法 第二十九条 → 第二十八条: "按照税务机关的规定存放" → "按照国家有关规定存放". "“税务机关”改为“国家有关”" (the 的 taken
    off, 规定 left out) quoted "国家有关", which is no phrase: the rule is now the state's rules, not the tax authorities'."""
    notes = _messages(_old(invoices, "第二十九条"))
    assert "表述修改：“税务机关的规定”改为“国家有关规定”" in notes, notes
    assert not [n for n in notes if "“国家有关”" in n], notes


sports = _law("体育法", "2016-11-07", "2022-06-24")
emergencies = _law("突发事件应对法", "2007-08-30", "2024-06-28")


def test_the_noun_is_taken_in_only_when_the_phrase_is_not_quoted_to_its_end(sports, emergencies):
    """体育法 第二十二条 → 第三十二条: "国务院教育行政部门规定的标准" → "国家有关标准" reads with its 标准 (the sentence it is most of
    is quoted whole). 突发事件应对法 第三十二条 → 第四十六条: "与有关企业签订协议" → "依法与有条件的企业签订协议" keeps its quote to
    the phrase's end, as before."""
    [note] = [n for n in _messages(_old(sports, "第二十二条")) if "国家有关" in n]
    assert "“国家有关”" not in note and "国家有关标准" in note, note
    assert "“实际情况，与有关企业签订协议”改为“实际情况和突发事件应对工作的需要，依法与有条件的企业签订协议”" in " ".join(
        _messages(_old(emergencies, "第三十二条")))


civil_procedure = _law("民事诉讼法", "2021-12-24", "2023-09-01")


def test_a_new_list_header_is_said_with_its_new_items(civil_procedure):
    """民事诉讼法 第二百七十三条 → 第二百七十九条: "新增规定：“下列民事案件，由人民法院专属管辖：”" alone said nothing of which
    cases (useless in the eighty-sixth reading); said with its new items (一) and (二), it says the exclusive jurisdiction
    whole. Item (三), the old rule, keeps its own note."""
    notes = _messages(_old(civil_procedure, "第二百七十三条"))
    assert notes[0] == ("新增规定：“下列民事案件，由人民法院专属管辖：（一）因在中华人民共和国领域内设立的法人或者其他组织的设立、"
                        "解散、清算，以及该法人或者其他组织作出的决议的效力等纠纷提起的诉讼；（二）因与在中华人民共和国领域内审查授予的"
                        "知识产权的有效性有关的纠纷提起的诉讼”")
    assert len(notes) == 2 and notes[1].startswith("表述修改：“因在中华人民共和国履行中外合资经营企业合同"), notes


def test_a_new_section_is_one_headline(civil_procedure):
    """民事诉讼法 2023's 第十五章第四节 "指定遗产管理人案件" (第一百九十四条至第一百九十七条, all new) was four "新增第X条" headlines,
    two in the top eight, the second useless beside the first (the eighty-sixth reading). One line, where its heaviest
    provision ranked; in English too."""
    from policydiff.render.headlines import ranked_headlines

    texts = [h.text for h in ranked_headlines(civil_procedure)]
    assert "新增第十五章第四节“指定遗产管理人案件”（第一百九十四条至第一百九十七条，共4条）" in texts[:3], texts[:8]
    assert not [t for t in texts if t.startswith(("新增第一百九十四条", "新增第一百九十五条", "新增第一百九十六条"))]
    assert "New: Chapter 15, Section 4 “指定遗产管理人案件” (Articles 194–197, 4 articles)" in [
        h.text for h in ranked_headlines(civil_procedure, "en")][:3]


company = _law("公司法", "2018-10-26", "2023-12-29")


def test_a_section_taken_out_is_said_with_its_provisions(company):
    """公司法 2023 has no section on one-person companies (第二章第三节, 原第五十七条至第六十三条): one line, how many of its
    provisions went whole (4; the rest live on elsewhere and keep their lines). Since reading 1206 a revision that rewrites
    much says such a section deleted or rewritten, its provisions without a counterpart not counted as deleted
    (findings/unkept.py; 矿产资源法's "其中删除条文10条" counted rules the new law restates)."""
    from policydiff.render.headlines import ranked_headlines

    texts = [h.text for h in ranked_headlines(company)]
    assert "第二章第三节“一人有限责任公司的特别规定”已删除或改写（原第五十七条至第六十三条，共7条）" in texts
    assert not [t for t in texts if t.startswith(("第五十七条（", "第五十八条（", "第五十九条（", "第六十条（"))]


patents = _law("专利法实施细则", "2010-01-09", "2023-12-11")


def test_an_alternative_put_in_is_said_with_what_it_is_an_alternative_to(patents, civil_procedure):
    """专利法实施细则 第五十六条 → 第六十二条: "新增“专利申请号或者”" ends on its joiner, a fragment (useless in the eighty-sixth
    reading): the report may now be asked of an application. Said with the words it is an alternative to."""
    notes = _messages(_old(patents, "第五十六条"))
    assert "表述修改：“写明专利号”改为“写明专利申请号或者专利号”" in notes, notes
    # (with the word before it since readings 1739 and on: the article says 专利权 more than once)
    assert "表述修改：“一项专利权”改为“一项专利申请或者专利权”" in notes, notes
    assert not [n for n in notes if n.endswith("或者”")], notes
    # (to the end of the term since readings 1773 and on: whose interests, "他人合法权益")
    assert "表述修改：“他人合法权益”改为“国家利益、社会公共利益或者他人合法权益”" in _messages(
        _old(civil_procedure, "第一百一十五条"))


review = _law("行政复议法", "2017-09-01", "2023-09-01")


def test_a_quote_taken_up_to_a_particle_goes_on_to_the_word_it_ties(review):
    """行政复议法 第三十一条 → 第六十二条: "经行政复议机关的负责人批准" → "经行政复议机构的负责人批准". The article says 机关 four
    times, so the quote was widened until it stood once, "“机关的”改为“机构的”", which stops on its particle (useless in the
    eighty-seventh reading): it goes on to the word the particle ties, 负责人 (who approves the extension)."""
    notes = _messages(_old(review, "第三十一条"))
    assert "表述修改：“机关的负责人”改为“机构的负责人”" in notes, notes
    assert not [n for n in notes if "“机关的”" in n], notes


def test_an_old_sentences_last_phrase_now_a_sentence_with_its_subject_is_its_rewrite(sports):
    """体育法 第二十条 → 第二十八条: "学校应当组织多种形式的课外体育活动，开展课外训练和体育竞赛，并根据条件每学年举行一次全校性的
    体育运动会" → "学校应当每学年至少举办一次全校性的体育运动会": the school's sports meeting is still a duty (now at least once a
    year, unconditionally). "不再规定" beside "新增规定" was wrong in the eighty-seventh reading: one rewrite."""
    notes = _messages(_old(sports, "第二十条"))
    assert "改写：“学校应当组织多种形式的课外体育活动，开展课外训练和体育竞赛，并根据条件每学年举行一次全校性的体育运动会”改为" \
           "“学校应当每学年至少举办一次全校性的体育运动会”" in notes, notes
    assert not [n for n in notes if n.startswith(("不再规定：“学校应当组织", "删除或改写：“学校应当组织"))], notes


sea = _law("海洋环境保护法", "2017-11-04", "2023-10-24")


def test_an_edit_across_sentences_quotes_each_sentence_with_its_own(sea, company):
    """海洋环境保护法 第十八条 → 第二十八条: the diff ran 第一款's "…应急计划。" into 第二款's "国家海洋行政主管部门…", and the note
    quoted both old sentences against the new 第一款 ("…建立健全海上溢油污染等应急机制……"): read as the offshore oil-spill plan
    replaced by the mechanism, when it is 第三款's now, drawn up by the 生态环境 department (wrong in the eighty-seventh reading).
    Each old sentence is quoted with the new one in its place, the phrases both open with left out."""
    [note] = [n for n in _messages(_old(sea, "第十八条")) if n.startswith("表述修改：")]
    assert note == ("表述修改：“……制定国家重大海上污染事故应急计划”改为“……制定国家重大海上污染事件应急预案，建立健全海上溢油污染等"
                    "应急机制，保障应对工作的必要经费”；“国家海洋行政主管部门负责制定全国海洋石油勘探开发重大海上溢油应急计划，报国务院"
                    "环境保护行政主管部门备案”改为“国务院生态环境主管部门负责制定全国海洋石油勘探开发海上溢油污染事件应急预案并组织实施”")
    # 公司法 第一百八十七条 → 第二百三十七条: the words put in at the second sentence's end are said by its quote, not again alone
    assert _messages(_old(company, "第一百八十七条")) == [
        "表述修改：“……应当依法向人民法院申请宣告破产”改为“……应当依法向人民法院申请破产清算”；“公司经人民法院裁定宣告破产后，"
        "清算组应当将清算事务移交给人民法院”改为“人民法院受理破产申请后，清算组应当将清算事务移交给人民法院指定的破产管理人”"]


def test_words_put_in_that_a_sentence_quoted_whole_shows_are_not_said_again(sea):
    """海洋环境保护法 第六十九条 → 第八十五条: "“并使该”改为“使该”；新增“并有效运行”" repeated what the whole sentence's quote
    just before it shows."""
    notes = _messages(_old(sea, "第六十九条"))
    assert [n for n in notes if "使该设施处于良好状态并有效运行”" in n]
    assert not [n for n in notes if "新增“并有效运行”" in n], notes


payments = _law("保障中小企业款项支付条例", "2020-07-05", "2025-03-17")


def test_a_long_list_of_bodies_is_cut_in_its_middle_so_the_quote_keeps_the_duty(payments, review):
    """保障中小企业款项支付条例 第五条's new third paragraph names eleven bodies before its verb; its quote stopped at "国有资…"
    (useless in the eighty-eighth reading: what must they do?). The list's middle members go, its first two and last
    stay, and the quote keeps the duty."""
    notes = _messages(_old(payments, "第四条"))
    # (since reading 1482 a sentence put in is quoted up to 128 characters: this one whole)
    assert ("新增规定：“县级以上地方人民政府负责中小企业促进工作综合管理的部门和发展改革、财政、住房城乡建设、交通运输、水利、金融管理、"
            "国有资产监管、市场监督管理等有关部门应当按照职责分工，负责保障中小企业款项支付相关工作”") in notes, notes
    # 行政复议法 第六条 (一): the sanctions listed are what the item shows cut, not its end
    assert "改写：“（一）对行政机关作出的警告、罚款……行政拘留等行政处罚决定不服的”改为“（一）对行政机关作出的行政处罚决定不服”" in \
        _messages(_old(review, "第六条"))


def test_a_vote_said_with_shall_instead_of_practised_is_no_note(company):
    """公司法 第四十八条 → 第七十三条: "董事会决议的表决，实行一人一票" → "…，应当一人一票" is drafting; "“实行”改为“应当”" was
    useless in the eighty-seventh and eighty-ninth readings."""
    assert not [n for n in _messages(_old(company, "第四十八条")) if "“实行”改为“应当”" in n]


def test_one_edit_another_note_of_the_provision_says_is_not_said_again(review):
    """行政复议法 第六条 → 第十一条: "“发放的”改为“给付”" beside "“发放”改为“给付”；“社会保险金”改为“社会保险待遇”；…" (the same word
    replaced in the next item, a particle aside) was useless in the ninetieth reading."""
    notes = _messages(_old(review, "第六条"))
    assert [n for n in notes if n.startswith("表述修改：“发放”改为“给付”")], notes
    assert "表述修改：“发放的”改为“给付”" not in notes


shanghai = _law("上海市优化营商环境条例", "2020-04-10", "2024-09-27")


def test_a_rename_quoted_with_words_the_provision_already_wrote_counts_the_rename(shanghai):
    """上海市优化营商环境条例 第二条: "“企业等市场主体”改为“企业等经营主体”（共18条）" counted eighteen articles for a phrase only
    第二条 writes (wrong in the eighty-ninth reading; the other seventeen put 企业等 in). The count says what it counts."""
    [note] = [f for f in _old(shanghai, "第二条").findings if f.kind.value == "term_renamed"]
    assert note.message == "“企业等市场主体”改为“企业等经营主体”（“市场主体”改为“企业等经营主体”，共18条）"
    assert note.message_en == ("“企业等市场主体” changed to “企业等经营主体” (“市场主体” changed to “企业等经营主体” in 18 "
                               "provisions)")


def test_a_clause_that_only_defers_to_other_rules_is_no_top_headline(payments):
    """保障中小企业款项支付条例 第九条 → 第十条's "法律、行政法规或者国家有关规定对检验或者验收期限另有规定的，从其规定" was the fourth
    headline, trivial beside the complaint deadlines and the new liabilities (the eighty-sixth and ninety-first readings):
    a condition that only defers to other rules ranks with the text moved."""
    from policydiff.render.headlines import ranked_headlines

    texts = [h.text for h in ranked_headlines(payments)]
    assert not [t for t in texts[:8] if t.endswith("另有规定的，从其规定”")], texts[:8]
    assert [t for t in texts if t.startswith("第九条（现第十条）：表述修改：新增“法律、行政法规或者国家有关规定对检验或者验收期限")]


def test_a_numeral_that_says_which_stays_in_english_headlines(payments):
    """保障中小企业款项支付条例 新增第二十二条's gist "…每年定期将上一年度逾期尚未支付…" read "上1年度" in the English headline (the
    previous year, not one year: the ninety-first reading). Figures are still said in Arabic (test_headlines)."""
    from policydiff.render.headlines import ranked_headlines

    texts = [h.text for h in ranked_headlines(payments, "en")]
    assert not [t for t in texts if "上1年度" in t]
    assert [t for t in texts if t.startswith("New Article 22 (") and "上一年度" in t]


def test_below_said_two_ways_is_no_note_beside_the_bars_own(company):
    """公司法 第二百一十六条 → 第二百六十五条: "比例虽然不足百分之五十" → "…低于百分之五十" says the same; the bar's change
    ("百分之五十以上" → "超过百分之五十") is the qualifier note's. "“不足”改为“低于”" was useless in the ninety-first reading."""
    notes = _messages(_old(company, "第二百一十六条"))
    assert [n for n in notes if n.startswith("“百分之五十以上”改为“超过百分之五十”：不再包含本数")], notes
    assert "表述修改：“不足”改为“低于”" not in notes


accounting = _law("会计法", "2017-11-04", "2024-06-28")


def test_words_put_in_beside_a_quoted_edit_are_not_said_by_a_sentence_taken_out(accounting):
    """会计法 第二十条: "规定会计报表、会计报表附注和财务情况说明书须经注册会计师审计" → "规定财务会计报告须经…". The "财务" put in
    was taken as said by "不再规定：“财务会计报告由会计报表…组成”" (its words hold 财务), and the edit beside it was quoted
    "“…财务情况说明书”改为“会计报告”": misquoted in the ninety-second reading. A note of words taken out says no words put
    in beside an edit it does not say."""
    notes = _messages(_old(accounting, "第二十条"))
    assert "表述修改：“会计报表、会计报表附注和财务情况说明书”改为“财务会计报告”" in notes, notes
    assert "不再规定：“财务会计报告由会计报表、会计报表附注和财务情况说明书组成”" in notes


def test_sentences_quoted_each_with_its_own_show_only_the_phrases_that_changed(patents):
    """专利法实施细则 第六十三条 → 第六十七条: two sentences, each edited in a phrase or two beside the 专利复审委员会 rename (said by
    its own note): each quoted by its changed phrases, "……" for the rest, not 259 characters of both sentences whole."""
    notes = _messages(_old(patents, "第六十三条"))
    assert not [n for n in notes if "删除“由原审查部门”" in n], notes
    assert ("表述修改：“……应当作出维持原驳回决定的复审决定”改为“……应当作出驳回复审请求的复审决定”；“……或者认为经过修改的专利申请"
                    "文件消除了原驳回决定指出的缺陷的……由原审查部门继续进行审查程序”改为“……或者认为经过修改的专利申请文件消除了原驳回"
                    "决定和复审通知书指出的缺陷的……继续进行审查程序”") in notes
