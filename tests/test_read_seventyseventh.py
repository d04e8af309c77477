"""What the seventy-seventh reading (2026-12-02: groups F, G, H, seeds 77106–77108, on a244407's JSON) and the
seventy-eighth (the English notes of G and H, seeds 78107–78108) found wrong, useless or less than clear, fixed after
them, pinned on the real text."""

from conftest import law_fixture as _law
from conftest import old_pair as _old

injury = _law("最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释", "2020-12-29", "2022-04-04")


def test_a_term_that_loses_an_alternative_is_changed_not_renamed_in_english(injury):
    """人身损害赔偿解释 第十二条、第十五条、第十八条: "城镇居民人均可支配收入或者农村居民人均纯收入" → "城镇居民人均可支配收入" drops
    the rural standard. "“…” renamed “…”" told an English reader it was a new name for one thing (wrong in the
    seventy-eighth reading, four times); "changed to" says what 改为 says, as the Chinese note does."""
    from policydiff.render.headlines import ranked_headlines

    [note] = [f for f in _old(injury, "第十二条").findings if f.kind.value == "term_renamed"]
    assert note.message == "“城镇居民人均可支配收入或者农村居民人均纯收入”改为“城镇居民人均可支配收入”（全文统一修改，共3条）"
    assert note.message_en == ("“城镇居民人均可支配收入或者农村居民人均纯收入” changed to “城镇居民人均可支配收入” "
                               "(throughout the document, 3 provisions)")
    [line] = [h for h in ranked_headlines(injury, "en") if h.kind == "renamed"]
    assert line.text == "“城镇居民人均可支配收入或者农村居民人均纯收入” changed to “城镇居民人均可支配收入” throughout (3 articles)"
    assert not [h for h in ranked_headlines(injury, "en") if " renamed " in h.text]
