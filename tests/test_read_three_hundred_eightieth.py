"""What readings 380–387 (2026-12-04, the twentieth session: the held-out groups L, M, V, W, J, N; O and R in English)
found wrong or useless, fixed, pinned on the real text (tests/fixtures/laws)."""

from conftest import held_out_fixture as _law

from policydiff.render.headlines import ranked_headlines as result_headlines

quarantine = _law("国境卫生检疫法", "2018-04-27", "2024-06-28")
military_drugs = _law("中国人民解放军实施《药品管理法》办法", "2004-12-09", "2025-04-05")


def test_penalties_put_in_one_after_another_are_no_regime(quarantine, military_drugs):
    """"新增第四十四条至第四十九条（“海关”，共6条）" (reading 380: "海关" is the body acting in 40 of the 58 articles, and the
    six are the new penalties, which the "法律责任" chapter's line already tells) and "新增第四十二条至第四十四条（“药材供应”，共
    3条）" (readings 341, 349, 358: the label fits none of the three penalties, and 第四十二条 rewrites old 第二十七条): penalties
    put in are said each with its fines, as any provision put in."""
    texts = [h.text for h in result_headlines(quarantine)]
    assert not [t for t in texts if "（“海关”" in t or "（“改正”" in t], texts
    assert [t for t in texts if t.startswith("新增第四十五条（违反本法规定，有下列情形之一的，对交通运输工具负责人")], texts
    assert "“法律责任”一章重新编写：原第五章第二十条至第二十三条（共4条）由现第七章第四十四条至第五十条（共7条，其中新增条文6条）取代" \
        in texts, texts
    texts = [h.text for h in result_headlines(military_drugs)]
    assert not [t for t in texts if "“药材供应”，共" in t], texts
