"""What the sixty-fourth reading (2026-12-02, seeds 64106–64108 at 4eae95b: the three groups F, G, H read least) found
less than clear, made clear after it, pinned on the real text."""

from conftest import law_fixture as _law
from conftest import old_pair as _old
from conftest import pair_messages as _messages

civil_procedure = _law("民事诉讼法", "2021-12-24", "2023-09-01")


def test_a_period_changed_says_what_it_is_for(civil_procedure):
    """民事诉讼法 第二百七十四条 → 第二百八十三条: the article counts two periods of three months (service by post, by public
    notice); "期限由三个月改为六十日" alone did not say the notice's changed and the post's did not (the reader had to look it
    up). The period is read with its words, as a period put in or taken out is."""
    notes = _messages(_old(civil_procedure, "第二百七十四条"))
    assert "期限由三个月改为六十日（自发出公告之日起，经过六十日）" in notes
    assert "期限由三个月改为六十日" not in notes
