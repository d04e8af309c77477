"""What the sixty-fourth reading (2026-12-02, seeds 64106–64108 on d7bdd53's JSON: the three groups F, G, H, read least) found
less than clear, made clear after it, pinned on the real text."""

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
    language; the notes keep it, and a line of the record dated between the versions keeps its headline (上海市优化营商环境
    条例's 2021 and 2023 amendments, tests/test_read_eighteenth.py)."""
    from policydiff.render.ranking import ranked_headlines

    for lang in ("zh", "en"):
        texts = [h.text for h in ranked_headlines(injury, lang)]
        assert not [t for t in texts if "修订记录" in t or "amendment record" in t], (lang, texts)
        assert [t for t in texts if "自2022年5月1日起施行" in t]  # (the coming into force said by its provision)
    assert not [h for h in ranked_headlines(ip_court) if "新增修订记录：2023年10月16日" in h.text]
    notes = [f.message for p in injury.pairs for f in p.findings]
    assert "新增修订记录：2022年2月15日最高人民法院审判委员会第1864次会议通过" in notes


shanghai = _law("上海市优化营商环境条例", "2020-04-10", "2024-09-27")


def test_amendments_between_the_two_versions_keep_their_headlines(shanghai):
    """上海市优化营商环境条例 2020 → 2024: the 2021 and 2023 amendments in between are news to a reader of the two versions;
    the 2024 one is the revision compared."""
    from policydiff.render.ranking import ranked_headlines

    texts = [h.text for h in ranked_headlines(shanghai)]
    assert [t for t in texts if "新增修订记录：2021年10月28日" in t] and [t for t in texts if "新增修订记录：2023年11月22日" in t]
    assert not [t for t in texts if "新增修订记录：2024年9月27日" in t]
