"""What the seventieth reading (2026-12-02: groups B and C, seeds 70102–70103) and the seventy-first (2026-12-02: groups
A, D–H, seeds 71101, 71104–71108, on 4dd324a's JSON) found wrong, useless or less than clear, fixed after them, pinned on
the real text."""

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
    assert not [n for n in notes if n.startswith("不再规定")], notes
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
    assert "不再规定：“应急预案制定机关应当根据实际需要和情势变化，适时修订应急预案”" in _messages(_old(result, "第十七条"))
    assert not [n for n in _messages(_new(result, "第二十八条")) if "由原第十七条移入，文字有改动）" in n and n.startswith("新增规定")]


civil_procedure = _law("民事诉讼法", "2021-12-24", "2023-09-01")


def test_a_period_read_with_its_words_is_not_said_again_as_wording(civil_procedure):
    """民事诉讼法 第二百七十四条 → 第二百八十三条: "期限由三个月改为六十日（自发出公告之日起，经过六十日）" already shows the new
    words; "表述修改：“自公告之日起满三个月”改为“自发出公告之日起，经过六十日”" beside it repeated it (useless in the seventy-first
    reading)."""
    notes = _messages(_old(civil_procedure, "第二百七十四条"))
    assert "期限由三个月改为六十日（自发出公告之日起，经过六十日）" in notes
    assert not [n for n in notes if "满三个月" in n], notes
