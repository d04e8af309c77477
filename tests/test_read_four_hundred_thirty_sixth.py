"""What readings 436 and on (2026-12-04, the twenty-second session) and the misses left by the sessions before found
wrong or useless, fixed, pinned on the real text (tests/fixtures/laws, ../shared/corpus/laws)."""

from conftest import law_fixture as _corpus_law
from conftest import old_pair, pair_messages

sport = _corpus_law("体育法", "2016-11-07", "2022-06-24")


def test_words_put_in_before_a_locative_are_read_with_the_noun_it_closes(sport):
    """"在体育事业中做出贡献" → "在体育事业发展中做出突出贡献" was quoted "“中做出贡献”改为“发展中做出突出贡献”" (a fragment: 中
    closes 体育事业, it opens nothing). The words put in before 中 are read with the noun before it."""
    notes = pair_messages(old_pair(sport, "第八条"))
    assert not [n for n in notes if "“中做出" in n], notes
    assert [n for n in notes if "“国家对在体育事业中做出贡献的组织和个人”改为“国家对在体育事业发展中做出突出贡献的组织和个人”" in n], notes
