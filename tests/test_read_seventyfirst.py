"""What the seventieth reading (2026-12-02: groups B and C, seeds 70102–70103), the seventy-first (groups A, D–H, seeds
71101, 71104–71108, on 4dd324a's JSON), the seventy-second (B and C, 72102–72103, on a08045e's) and the seventy-third
(A–E, 73101–73105, on adf2457's) found wrong, useless or less than clear, fixed after them, pinned on the real text."""

from conftest import law_fixture as _law
from conftest import new_pair as _new
from conftest import old_pair as _old
from conftest import pair_messages as _messages

emergency = _law("突发事件应对法", "2007-08-30", "2024-06-28")


def test_a_duty_that_went_into_a_longer_new_sentence_elsewhere_is_not_gone(emergency):
    """突发事件应对法 第十七条: "应急预案制定机关应当根据实际需要和情势变化，适时修订应急预案" is the last clause of 第二十八条's new
    sentence "应急预案制定机关应当广泛听取…意见，增强…可操作性，并根据实际需要、情势变化、应急演练中发现的问题等及时对应急预案作出
    修订". "不再规定" was wrong in the seventieth reading (and in the forty-seventh); 第二十八条's sentence stays new, and says
    which clause of it came from 第十七条."""
    notes = _messages(_old(emergency, "第十七条"))
    assert "“应急预案制定机关应当根据实际需要和情势变化，适时修订应急预案”不再在此规定，现见第二十八条（文字有改动）" in notes
    assert not [n for n in notes if n.startswith(("不再规定", "删除或改写"))], notes
    there = [f for f in _new(emergency, "第二十八条").findings if f.message.startswith("新增规定：“应急预案制定机关应当广泛听取")]
    assert len(there) == 1
    assert there[0].message.endswith(
        "（其中“根据实际需要、情势变化、应急演练中发现的问题等及时对应急预案作出修订”由原第十七条移入，文字有改动）"), there[0].message
    assert there[0].message_en.endswith(
        "(“根据实际需要、情势变化、应急演练中发现的问题等及时对应急预案作出修订” moved here from former Article 17, reworded)")


def test_a_new_sentence_of_the_same_subject_that_holds_too_few_of_the_words_is_no_move(tmp_path):
    """The real 2024 text with 第二十八条's clause cut to "并及时对应急预案作出修订" (根据实际需要、情势变化 gone): the sentence still
    opens on 应急预案制定机关应当 and holds 修订, but not the duty's conditions, so 第十七条's sentence is gone, as it would be."""
    from policydiff import compare

    from conftest import LAWS

    folder = LAWS / "突发事件应对法"
    new = (folder / "2024-06-28.md").read_text(encoding="utf-8")
    clause = "并根据实际需要、情势变化、应急演练中发现的问题等及时对应急预案作出修订"
    assert new.count(clause) == 1
    (tmp_path / "new.md").write_text(new.replace(clause, "并及时对应急预案作出修订"), encoding="utf-8")
    result = compare(folder / "2007-08-30.md", tmp_path / "new.md")
    assert "删除或改写：“应急预案制定机关应当根据实际需要和情势变化，适时修订应急预案”" in _messages(_old(result, "第十七条"))
    assert not [n for n in _messages(_new(result, "第二十八条")) if "由原第十七条移入，文字有改动）" in n and n.startswith("新增规定")]


civil_procedure = _law("民事诉讼法", "2021-12-24", "2023-09-01")


def test_a_period_read_with_its_words_is_not_said_again_as_wording(civil_procedure):
    """民事诉讼法 第二百七十四条 → 第二百八十三条: "期限由三个月改为六十日（自发出公告之日起，经过六十日）" already shows the new
    words; "表述修改：“自公告之日起满三个月”改为“自发出公告之日起，经过六十日”" beside it repeated it (useless in the seventy-first
    reading)."""
    notes = _messages(_old(civil_procedure, "第二百七十四条"))
    assert "期限由三个月改为六十日（自发出公告之日起，经过六十日）" in notes
    assert not [n for n in notes if "满三个月" in n], notes


sport = _law("体育法", "2016-11-07", "2022-06-24")


def test_a_chapter_written_anew_is_one_headline_not_its_provisions_deleted(sport):
    """体育法 2022's 法律责任: of old 第四十七条 to 第五十二条, four were taken out (第四十九条 kept in name, similarity 0.23) and the
    new chapter puts in eight provisions of its own. "第四十七条（…）整条删除", "第四十八条…", "第五十一条…" ranked second to fourth
    read as rules gone, when 第一百一十二条 and 第一百一十七条 restate much of them (wrong in the sixty-ninth and seventieth
    readings); so did a chapter line that named them "条文未予保留" (wrong in the seventy-second), and 第五十二条's own line
    ("…部分内容现见新增的第一百零九条") was trivial beside the new chapters (useless there). One line says what took the
    chapter's place."""
    from policydiff.render.ranking import ranked_headlines

    lines = [h.text for h in ranked_headlines(sport)]
    rewritten = "“法律责任”一章重新编写：原第七章第四十七条至第五十二条（共6条）由现第十一章第一百零九条至第一百一十九条（共11条）取代"
    assert rewritten in lines[:8], lines[:8]
    assert not [t for t in lines if t.startswith(("第四十七条（", "第四十八条（", "第五十一条（", "第五十二条（"))], lines[:10]
    en = [h.text for h in ranked_headlines(sport, "en")]
    assert "Chapter “法律责任” rewritten: former Chapter 7, Articles 47–52 (6 articles), replaced by Chapter 11, Articles " \
        "109–119 (11 articles)" in en


sea = _law("海洋环境保护法", "2017-11-04", "2023-10-24")


def test_a_chapter_revised_with_a_few_provisions_taken_out_keeps_their_lines(sea):
    """海洋环境保护法 2023's 法律责任 (21 provisions: 4 taken out, most of the rest with higher fines) was revised, not written
    anew: its deleted provisions keep their own lines, and no chapter line pushes the new penalty provisions out."""
    from policydiff.render.ranking import ranked_headlines

    lines = [h.text for h in ranked_headlines(sea)]
    assert not [t for t in lines if "一章重新编写" in t], [t for t in lines if "一章" in t]
    assert [t for t in lines if t.startswith("第七十九条（") and t.endswith("已删除或改写")]


accounting = _law("会计法", "2017-11-04", "2024-06-28")


def test_a_provision_moved_whole_ranks_as_a_move_not_a_new_rule(accounting):
    """会计法 2024's 第四十九条 is old 第八条 moved to 附则 (总后勤部 → 中央军事委员会有关部门, 备案 → 抄送): its line, "…由原第八条
    移入，文字有改动", was the seventh headline, above 第二条's new duty (useless in the seventy-first reading). It ranks with the
    moved text now, after the new duties."""
    from policydiff.render.ranking import ranked_headlines

    lines = [h.text for h in ranked_headlines(accounting)]
    moved = next(i for i, t in enumerate(lines) if t.startswith("第四十九条（") and "由原第八条移入，文字有改动" in t)
    duty = next(i for i, t in enumerate(lines) if t.startswith("第二条：新增规定：“会计工作应当贯彻落实党和国家路线方针政策"))
    assert duty < 8 <= moved, (duty, moved, lines[:10])


review = _law("行政复议法", "2017-09-01", "2023-09-01")


def test_a_lead_in_whose_list_is_still_there_is_not_said_gone(review):
    """行政复议法 第十五条 → 第二十五条: items (一) to (三) of "…按照下列规定申请行政复议：" were rewritten, (四) and (五) taken out;
    "不再规定：“…按照下列规定申请行政复议：”" said nothing without them (useless in the seventy-second reading). 第三条's list,
    every item of which was taken out, keeps its lead-in: it says what the items were (named, since the hundred-and-second
    reading's fixes, by the one note that the list is no longer enumerated)."""
    notes = _messages(_old(review, "第十五条"))
    assert not [n for n in notes if n.startswith(("不再规定：", "删除或改写：")) and n.endswith("按照下列规定申请行政复议：”")], notes
    assert [n for n in notes if n.startswith("删除或改写：“（四）对两个或者两个以上行政机关")]
    assert [n for n in _messages(_old(review, "第三条"))
            if n.startswith("不再列举“行政复议机关负责法制工作的机构具体办理行政复议事项，履行下列职责”所列7项中的6项：“（一）受理行政复议申请；")]


def test_two_drafting_words_for_one_thing_are_no_note(sea):
    """海洋环境保护法's "方能" → "方可" and "一切" → "任何" were notes of their own: one word said two ways."""
    sea_notes = [f.message for p in sea.pairs for f in p.findings]
    assert not [n for n in sea_notes if n in ("表述修改：“一切”改为“任何”", "表述修改：“方能”改为“方可”")]


company = _law("公司法", "2018-10-26", "2023-12-29")


def test_english_penalty_notes_say_who_and_when_in_english(accounting, company):
    """The seventy-fourth reading (English notes, 公司法) found Chinese outside the quotes of English penalty notes: "fine
    added on 直接负责的主管人员和其他直接责任人员", "where 情节严重的"; 会计法's "fine on 单位", "times of 违法所得" (clumsy to the seventy-fifth). Who is
    fined, the case a tier is for and the basis of a multiple are said in English, as the headlines already said them."""
    def en(result, label):
        return [f.message_en for f in _old(result, label).findings]

    assert "fine on the entity changed from 3,000–50,000 yuan to up to 200,000 yuan, 200,000–1,000,000 yuan in serious " \
        "cases" in en(accounting, "第四十二条")
    assert "fine on its responsible persons changed from 2,000–20,000 yuan to up to 50,000 yuan, 50,000–500,000 yuan in " \
        "serious cases" in en(accounting, "第四十二条")
    assert "fine added on the responsible persons: 30,000–300,000 yuan" in en(company, "第一百九十八条")
    assert any("no longer set here: fine (1–5 times the illegal gains, 1–5 times the income)" in m
               for m in en(company, "第二百零七条"))  # (said with the referral since reading 1685)


def test_english_sanction_notes_name_the_sanction_in_english(sea):
    """"sanction added: 吊销排污许可证" (海洋环境保护法 第七十三条 → 第九十三条) was useless to an English reader in the seventy-fourth
    reading; the sanction is named in English, as in the headlines."""
    notes = [f.message_en for f in _old(sea, "第七十三条").findings]
    assert "sanction added: revocation of the pollutant discharge permit" in notes, notes
    assert "sanction added: revocation of the relevant qualification licences" in [
        f.message_en for f in _old(sea, "第七十四条").findings]


def test_the_laws_words_in_english_notes_are_quoted(company):
    """The seventy-fourth reading (English) read "quantity (发起人)", "period added: 5 years (全体股东…缴足)" and "no longer
    includes 半数 itself" as Chinese left in the English: the law's words are quoted, so an English reader sees they are
    the law's."""
    notes = [f.message_en for p in company.pairs for f in p.findings]
    assert "quantity (“发起人”) lowered from 2–200 persons to 1–200 persons" in notes
    assert "period added: 5 years (“全体股东认缴的出资额由股东按照公司章程的规定自公司成立之日起五年内缴足”)" in notes
    assert "“半数以上” became “过半数”: the bound no longer includes “半数” itself" in notes
    from conftest import own_findings

    assert "amendment record added: “2023年12月29日第十四届全国人民代表大会常务委员会第七次会议第二次修订”" in [
        f.message_en for f in own_findings(company.pairs[0])]  # (the revision compared: not said by the comparison)


shanghai = _law("上海市优化营商环境条例", "2020-04-10", "2024-09-27")


def test_a_period_made_at_once_reads_as_a_period_shortened_in_english(shanghai):
    """上海 第二十八条 → 第二十九条: "within 7 working days" became "on the same day" (同步更新清单). "period 7 working days now
    none: 同步" read as the deadline abolished (wrong in the seventy-fifth reading, English notes)."""
    notes = [f.message_en for f in _old(shanghai, "第二十八条").findings]
    assert "period changed from 7 working days to the same day (“有关部门应当在新证明事项实施或者原有证明事项取消之日，同步更新清单”)" \
        in notes, notes


invoices = _law("发票管理办法", "2019-03-02", "2023-07-20")


def test_a_rule_of_legal_force_weighs_as_a_duty_in_the_headlines(invoices):
    """发票管理办法 2023's 第三条 puts in "电子发票与纸质发票具有同等法律效力", arguably the revision's most important change; it was
    ninth, below wording lines of duties (missed by the seventy-sixth reading). A sentence line on legal force weighs as a
    duty's."""
    from policydiff.render.ranking import ranked_headlines

    lines = [h.text for h in ranked_headlines(invoices)]
    assert [t for t in lines[:8] if t.startswith("第三条：") and "电子发票与纸质发票具有同等法律效力" in t], lines[:10]
