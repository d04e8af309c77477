"""What the sixty-fourth and sixty-fifth readings (2026-12-02: seeds 64101–64108, 64106–64108 first, on d7bdd53's JSON and
70ec573's; 65101–65105 on 8975083's) found wrong, useless or less than clear, fixed after them, pinned on the real text."""

from conftest import law_fixture as _law
from conftest import old_pair as _old
from conftest import pair_messages as _messages

injury = _law("最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释", "2020-12-29", "2022-04-04")
ip_court = _law("最高人民法院关于知识产权法庭若干问题的规定", "2018-12-28", "2023-10-21")
civil_procedure = _law("民事诉讼法", "2021-12-24", "2023-09-01")


def test_a_period_changed_says_what_it_is_for(civil_procedure):
    """民事诉讼法 第二百七十四条 → 第二百八十三条: the article counts two periods of three months (service by post, by public
    notice); "期限由三个月改为六十日" alone did not say the notice's changed and the post's did not (the reader had to look it
    up). The period is read with its words, as a period put in or taken out is."""
    notes = _messages(_old(civil_procedure, "第二百七十四条"))
    assert "期限由三个月改为六十日（自发出公告之日起，经过六十日）" in notes
    assert "期限由三个月改为六十日" not in notes


def test_the_revision_compared_is_no_headline_whatever_day_the_file_is_named_by(injury, ip_court):
    """人身损害赔偿解释 2020 → 2022 (the file 2022-04-04.md): "序言：新增修订记录：2022年2月15日最高人民法院审判委员会第1864次会议
    通过" ranked fifth (useless in the sixty-fourth reading: the date of the vote on the very revision compared, beside its
    unified compensation standard). The latest line the record gains that adopts or amends is that revision, in either
    language; since the ninety-third reading the notes leave it out too, and a line of the record dated between the versions
    keeps its note and headline (上海市优化营商环境条例's 2021 and 2023 amendments, tests/test_read_eighteenth.py)."""
    from policydiff.render.ranking import ranked_headlines

    for lang in ("zh", "en"):
        texts = [h.text for h in ranked_headlines(injury, lang)]
        assert not [t for t in texts if "修订记录" in t or "amendment record" in t], (lang, texts)
        assert [t for t in texts if "自2022年5月1日起施行" in t]  # (the coming into force said by its provision)
    assert not [h for h in ranked_headlines(ip_court) if "新增修订记录：2023年10月16日" in h.text]
    notes = [f.message for p in injury.pairs for f in p.findings]
    assert "新增修订记录：2022年2月15日最高人民法院审判委员会第1864次会议通过" not in notes


shanghai = _law("上海市优化营商环境条例", "2020-04-10", "2024-09-27")


def test_amendments_between_the_two_versions_keep_their_headlines(shanghai):
    """上海市优化营商环境条例 2020 → 2024: the 2021 and 2023 amendments in between are news to a reader of the two versions;
    the 2024 one is the revision compared. They say so, in one line, "修订记录：两个版本之间另有2次修改：…；…" ("新增修订记录："
    alone read as the header's history, no change of the law: useless in readings 260 and 261; a line each, "另有一次修改",
    read as the only one, wrong in reading 290)."""
    from policydiff.render.ranking import ranked_headlines

    texts = [h.text for h in ranked_headlines(shanghai)]
    between = [t for t in texts if "修订记录：两个版本之间另有2次修改：2021年10月28日" in t]
    assert len(between) == 1 and "第一次修正；2023年11月22日" in between[0], texts
    english = [f.message_en for f in shanghai.pairs[0].findings]
    assert [m for m in english if m.startswith("amendment record: amended 2 more times between the two versions: “2021年10月28日")
            and "”; “2023年11月22日" in m], english
    assert not [t for t in texts if "新增修订记录：2024年9月27日" in t]


review = _law("行政复议法", "2017-09-01", "2023-09-01")
company = _law("公司法", "2018-10-26", "2023-12-29")


def test_a_quote_that_ends_on_de_takes_in_what_it_qualifies(review, company, civil_procedure):
    """行政复议法 第七条 → 第十三条: "“规定的”改为“规范性文件的附带”" (a fragment, read so in readings 59–63: 附带 what?) is the
    request for review now an incidental one: "“规定的审查申请”改为“规范性文件的附带审查申请”". 公司法 第六十四条: "“本章第一节、第二节的
    规定”改为“本法其他规定”", not "“本章第一节、第二节的”改为“本法其他”". Only to the end of the phrase, and only within MAX_WIDEN:
    民事诉讼法 第二百七十四条's "…有权接受送达的" goes on with 业务代办人送达, longer, and is not cut to "…的业务"; a qualifier
    taken out alone stays "删除“非由职工代表担任的”" (公司法 第三十七条)."""
    assert "表述修改：“规定的审查申请”改为“规范性文件的附带审查申请”" in _messages(_old(review, "第七条"))
    # (the phrase whole since: "适用…", one edit most of its phrase)
    assert "表述修改：“适用本章第一节、第二节的规定”改为“适用本法其他规定”" in _messages(_old(company, "第六十四条"))
    assert "表述修改：删除“非由职工代表担任的”" in _messages(_old(company, "第三十七条"))
    notes = _messages(_old(civil_procedure, "第二百七十四条"))
    # (with the whole word it ties since readings 1773 and on, 业务代办人, never "…的业务": wrong without it in reading 1784)
    assert ("表述修改：“代表机构或者有权接受送达的分支机构、业务代办人”改为“独资企业、代表机构、分支机构或者有权接受送达的"
            "业务代办人”") in notes


sports = _law("体育法", "2016-11-07", "2022-06-24")


def test_a_quote_that_ends_on_a_lone_joiner_takes_in_the_member_it_joins(sports):
    """体育法 第二条: "“实行普及与”改为“普及与”" ended on 与 (普及与 what?); the joiner joins 提高, which both texts go on
    with: "“实行普及与提高”改为“普及与提高”". 与 and 及 end words too (参与, 普及): a joiner only where jieba cuts it off alone.
    (Since reading 259 the sentence is one rewrite, "改写：“体育工作坚持以开展全民健身活动为基础，实行普及与提高相结合，…”改为…":
    no edit of it is quoted alone, and none ends on 与.)"""
    from policydiff.findings.edits import _ends_on_a_lone_joiner

    notes = _messages(_old(sports, "第二条"))
    assert [n for n in notes if n.startswith("改写：“体育工作坚持以开展全民健身活动为基础，实行普及与提高相结合")], notes
    assert not [n for n in notes if "普及与”" in n], notes
    assert _ends_on_a_lone_joiner("实行普及与") and not _ends_on_a_lone_joiner("积极参与") \
        and not _ends_on_a_lone_joiner("推进体育普及")


shanghai_2024 = shanghai
emergencies = _law("突发事件应对法", "2007-08-30", "2024-06-28")


def test_a_phrase_opening_on_de_is_quoted_with_the_words_it_belongs_to(shanghai_2024, emergencies):
    """"删除“的市场主体”", "删除“的合作”", "新增“的紧急需要”" opened on 的 (whose?): 上海市优化营商环境条例 第六十二条 → 第七十三条
    "“领域的市场主体”改为“领域”", 突发事件应对法 第二十六条 → 第三十九条 "“应急救援队伍的合作”改为“应急救援队伍”", 第十二条
    "“应对突发事件”改为“应对突发事件的紧急需要”". A clause after a condition ("的，从其规定") opens on its own."""
    from policydiff.findings.edits import _with_its_owner

    assert "表述修改：“领域的市场主体”改为“领域”" in _messages(_old(shanghai_2024, "第六十二条"))
    # (突发 第二十六条's is now said with the edit before it, the phrase whole: test_read_hundred_thirty_fifth)
    assert [m for m in _messages(_old(emergencies, "第二十六条")) if "应急救援队伍的合作，联合培训”改为“推动专业应急救援队伍" in m]
    assert [m for m in _messages(_old(emergencies, "第十二条")) if "“应对突发事件”改为“应对突发事件的紧急需要”" in m]
    assert _with_its_owner("", "的，从其规定", "法律另有规定", "法律另有规定的，从其规定") == ("", "的，从其规定")


def test_words_put_in_that_hold_a_joiner_open_on_it(review):
    """行政复议法 第二十九条 → 第七十二条: "撤销违法集资" → "撤销或者部分撤销违法集资" was "新增“撤销或者部分”" (a fragment, beside
    "新增“部分撤销”" read useless in the sixty-fourth reading): the words put in slide forward over the 撤销 they open with, to
    open on their joiner, "新增“或者部分撤销”", as in the first paragraph."""
    notes = _messages(_old(review, "第二十九条"))
    # (said twice in the article, in two notes once: one "（共2处）", reading 398's fix)
    assert "表述修改：新增“或者部分撤销”（共3处）；新增“无效”" in notes and "表述修改：“征收财物”改为“征收征用”" in notes
    assert not [m for m in notes if "“撤销或者部分”" in m]


accounting = _law("会计法", "2017-11-04", "2024-06-28")


def test_the_english_headline_says_whose_responsible_persons(accounting):
    """会计法 第四十三、四十四条 → 第四十一条 in English (seen while checking this session's headlines in English): "fine on
    其the responsible persons": the 其 of "对其直接负责的主管人员和其他直接责任人员" was left before the English words."""
    from policydiff.render.ranking import ranked_headlines

    texts = [h.text for h in ranked_headlines(accounting, "en")]
    assert [t for t in texts if "fine on its responsible persons raised from 3,000–50,000 yuan" in t]
    assert not [t for t in texts if "其the" in t]


def test_words_put_in_that_open_on_de_are_not_cut_from_their_owner(company):
    """公司法 第二十五条 → 第四十六条 (七) "公司法定代表人" → "公司法定代表人的产生、变更办法": "新增“的产生、变更办法”" (useless in
    the sixty-fifth reading: whose?) is "“法定代表人”改为“法定代表人的产生、变更办法”"; the same in 第八十一条 → 第九十五条."""
    assert "表述修改：“法定代表人”改为“法定代表人的产生、变更办法”" in _messages(_old(company, "第二十五条"))
    assert "表述修改：“法定代表人”改为“法定代表人的产生、变更办法”" in _messages(_old(company, "第八十一条"))


def test_a_sanction_on_a_licence_named_otherwise_is_wording(emergencies):
    """突发事件应对法 第六十五条 → 第九十七条: "处罚由“吊销其执业许可证”改为“吊销其许可证件”" was the revision's second headline
    (useless in the sixty-fifth reading: the law now says 许可证件 for every permit, and 第九十六条's like change is a
    wording note). The same sanction on a licence named another way is said as wording."""
    notes = _messages(_old(emergencies, "第六十五条"))
    # (with the act, since reading 1945: an edit whose old words open on a word the new leave out)
    assert "表述修改：“吊销其执业许可证”改为“吊销其许可证件”" in notes
    assert not [m for m in notes if m.startswith("处罚由")]


def test_an_edit_quoted_with_words_on_both_sides_is_one_more_place_of_it(emergencies):
    """突发事件应对法 第七条 → 第十七条: "“县级人民政府对本行政区域内突发事件的应对工作负责”改为“…应对管理工作负责”" beside
    "“应对工作”改为“应对管理工作”" said one edit twice (useless in the sixty-fifth reading): one note, "（共2处）"."""
    notes = _messages(_old(emergencies, "第七条"))
    assert "表述修改：“应对工作”改为“应对管理工作”（共2处）" in notes
    assert not [m for m in notes if "应对工作负责" in m]


roads = _law("道路运输条例", "2019-03-02", "2022-03-29")


def test_a_business_moved_from_licensing_to_filing_is_said_so(roads):
    """道路运输条例 2019 → 2022 第三十九条: driver training and freight stations no longer need a licence, only a filing
    (passenger stations still do); 第四十九条: international freight no longer needs approval. The wording notes said two
    lists edited, and no headline said it (readings 59–66, where "“交通主管部门”统一改为“交通运输主管部门”" stood eighth)."""
    from policydiff.render.ranking import ranked_headlines

    # (what is still licensed said since reading 126: test_read_hundred_twentieth)
    assert "改为备案：“道路货物运输站（场）经营”“机动车驾驶员培训”由许可改为备案（“道路旅客运输站（场）经营”仍需许可）" \
        in _messages(_old(roads, "第三十九条"))
    assert "改为备案：“国际道路货物运输经营”由批准改为备案（“国际道路旅客运输经营”仍需批准）" in _messages(_old(roads, "第四十九条"))
    top = [h.text for h in ranked_headlines(roads)][:8]
    assert "第三十九条：改为备案：“道路货物运输站（场）经营”“机动车驾驶员培训”由许可改为备案（“道路旅客运输站（场）经营”仍需许可）" in top
    assert not [t for t in top if t.startswith("“交通主管部门”")]


def test_only_a_business_the_old_version_licensed_is_said_moved_to_filing():
    """A business filed in both versions, or newly filed where nothing was licensed, or licensed in the new version still,
    is no move to filing; penalty paragraphs ("未经许可擅自从事…") are not read."""
    from policydiff.findings.regimes import find_regime_changes
    from policydiff.models import Clause, Pair, Status

    def pair(old: str, new: str) -> Pair:
        return Pair(Status.MODIFIED, (Clause("o1", "第一条", 1, (), None, old),), (Clause("n1", "第一条", 1, (), None, new),),
                    0.5)

    licensed = "申请从事甲经营和乙培训业务的，应当提出申请，作出许可或者不予许可的决定。"
    assert find_regime_changes(pair(licensed, "从事乙培训业务的，应当进行备案。\n申请从事甲经营业务的，应当作出许可的决定。"),
                               (), None)[0].finding.message == "改为备案：“乙培训”由许可改为备案"
    assert find_regime_changes(pair(licensed, "从事丙经营业务的，应当进行备案。\n" + licensed), (), None) == []
    assert find_regime_changes(pair("未经许可擅自从事乙培训业务的，处罚款。", "从事乙培训业务的，应当进行备案。"), (), None) == []


def test_one_edit_that_is_most_of_its_phrase_is_quoted_with_the_phrase(company):
    """公司法 第七十一条 → 第八十四条: "“主张行使优先购买”改为“行使优先购买”" (a fragment since reading 59: 优先购买权 cut) is
    "“两个以上股东主张行使优先购买权的”改为“两个以上股东行使优先购买权的”"; 第一百五十三条 → 第一百九十四条's "“依照法定程序发行、
    约定在一定期限”改为“发行的约定按期”" (useless in reading 66) is the definition's phrase. A phrase whose duty word changed
    too is not (必须 → 应当 is said once for the law)."""
    # (主张行使 → 行使 is no note since reading 182: tests/test_read_hundred_sixty_ninth.py)
    assert not [n for n in _messages(_old(company, "第七十一条")) if "主张行使" in n]
    assert "表述修改：“是指公司依照法定程序发行、约定在一定期限还本付息的有价证券”改为“是指公司发行的约定按期还本付息的有价证券”" \
        in _messages(_old(company, "第一百五十三条"))
    assert "表述修改：“法律、行政法规”改为“法律法规”" in _messages(_old(company, "第五条"))


def test_an_article_renaming_some_of_its_uses_in_place_counts(review):
    """行政复议法 2017 → 2023: 第二十八条 holds 具体行政行为 13 times; 2 of them are 行政行为 in place in 第六十八、六十九条, the
    others went with sentences rewritten into other articles. Counted only when most uses were renamed, "共14条" was wrong
    to the readers of readings 65 and 67 (four and five items: they count 16 or 17). One use renamed in place counts."""
    notes = _messages(_old(review, "第二十八条"))
    assert "“具体行政行为”改为“行政行为”（全文统一修改，共16条，本条2处）" in notes
