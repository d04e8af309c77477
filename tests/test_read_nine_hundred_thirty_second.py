"""What readings 932 and on (2026-12-05, the thirty-fifth session) found wrong or useless, fixed, pinned on the real
text (tests/fixtures/laws and the corpus)."""

from conftest import held_out_fixture as _law
from conftest import old_pair, pair_messages

from policydiff.render.headlines import ranked_headlines

organs = _law("人体器官捐献和移植条例", "2007-03-31", "2023-12-04")


def test_a_rename_with_the_words_between_it_and_the_kept_words_taken_out_is_counted(organs):
    """2007 第二十九条（二）"…伦理委员会审查同意，做出摘取人体器官的决定" → 2023 第四十二条 "…伦理委员会审查同意获取人体器官的":
    摘取 → 获取 made there too, "，做出" taken out between it and 审查同意. Ten articles make the rename (第八、九、十七、十八、十九、
    二十、二十一、二十五、二十八、二十九条); "共9条" was one short in readings 902, 913 and 933."""
    notes = pair_messages(old_pair(organs, "第二十九条"))
    assert [n for n in notes if n.startswith("“摘取”改为“获取”（全文统一修改，共10条")], notes
    assert [n for n in pair_messages(old_pair(organs, "第八条")) if n == "“摘取”改为“获取”（全文统一修改，共10条）"]
    assert "“摘取”统一改为“获取”（共10条）" in [line.text for line in ranked_headlines(organs)]
