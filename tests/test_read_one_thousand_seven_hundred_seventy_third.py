"""What readings 1773 and on (2026-12-07, the fifty-sixth session) found wrong or useless, fixed, pinned on the real
text (the corpus and tests/fixtures/laws)."""

import pytest
from conftest import held_out_fixture as _held_out
from conftest import law_fixture as _law
from conftest import old_pair, pair_messages

defence = _held_out("国防教育法", "2018-04-27", "2024-09-13")


def test_members_of_two_characters_put_around_a_kept_word_are_said_with_it(defence):
    """国防教育法 第十七条 → 第二十一条 "…所必需的国防知识" → "…所必需的国防理论、知识和技能等": "新增“理论”；新增“和技能等”" said
    nothing of what they were put beside, a fragment in reading 1777 (item 7)."""
    notes = pair_messages(old_pair(defence, "第十七条"))
    assert "表述修改：“知识”改为“理论、知识和技能等”" in notes, notes
    assert not any("新增“和技能等”" in n for n in notes), notes


vocational = _held_out("职业教育法", "1996-05-15", "2022-04-20")


def test_words_taken_out_with_a_joiner_are_quoted_to_the_end_of_the_term_after_them(vocational):
    """职业教育法 第二十四条 → 第三十四条 "职业学校和职业培训机构的设立、变更和终止" → "职业培训机构的设立…": "“职业学校和职业培训”
    改为“职业培训”" cut the term 职业培训机构 in its middle, wrong in reading 1779 (item 40)."""
    notes = pair_messages(old_pair(vocational, "第二十四条"))
    assert "表述修改：“职业学校和职业培训机构的设立、变更和终止”改为“职业培训机构的设立、变更和终止”" in notes, notes


civil_procedure = _law("民事诉讼法", "2021-12-24", "2023-09-01")


def test_words_put_in_with_a_joiner_are_quoted_with_the_whole_term_they_join(civil_procedure):
    """民事诉讼法 第一百一十五条 "…企图通过诉讼、调解等方式侵害他人合法权益的" → "…侵害国家利益、社会公共利益或者他人合法权益的":
    the interests are said whole, not "“他人”改为“国家利益、社会公共利益或者他人”"."""
    notes = pair_messages(old_pair(civil_procedure, "第一百一十五条"))
    assert "表述修改：“他人合法权益”改为“国家利益、社会公共利益或者他人合法权益”" in notes, notes


invoices = _law("发票管理办法", "2019-03-02", "2023-07-20")


def test_a_deleted_provision_on_a_long_case_is_named_by_its_rule(invoices):
    """发票管理办法 2019 第十八条 "税务机关对外省、自治区、直辖市来本辖区从事临时经营活动的单位和个人领购发票的，可以要求其提供保证人
    或者…交纳不超过1万元的保证金…": named by its case alone, "税务机关对外省…临时经营活动的…", it read as new 第十七条's rule,
    still in force (reading 1789, item 4). Who acts and the rule: "税务机关…可以要求其提供保证人…"."""
    notes = pair_messages(old_pair(invoices, "第十八条"))
    assert "删除原第十八条（关于“税务机关…可以要求其提供保证人或者根据所领购发票的票面限额…”的规定）" in notes, notes
review = _law("行政复议法", "2017-09-01", "2023-09-01")


def test_a_rewrites_new_sentence_shows_every_phrase_that_puts_in_words(review):
    """行政复议法 第二十三条 → 第四十七条: the new sentence (116 characters) took in "行政复议机构应当同意" over the limit and left
    out "除涉及国家秘密、商业秘密、个人隐私或者可能危及国家安全、公共安全、社会稳定的情形外", the new exceptions, behind "……": wrong
    in reading 1775 (item 30). Quoted whole (up to twice the limit): better in 22 of 23 pairs read blind (A/B reading 1782)."""
    notes = pair_messages(old_pair(review, "第二十三条"))
    assert any(n.startswith("改写：") and "可能危及国家安全、公共安全、社会稳定的情形外，行政复议机构应当同意”" in n
               for n in notes), notes


marine = _law("海洋环境保护法", "2017-11-04", "2023-10-24")


def test_words_replaced_beside_a_drafting_norm_word_are_said(marine):
    """海洋环境保护法 第十七条 → 第二十七条 "…近岸海域的环境受到严重污染时，必须采取有效措施" → "…的生态环境受到严重损害时，
    应当采取有效措施": the diff cut "污染时，必须" → "损害时，应当" as one edit, which "规范用语：“必须”改为“应当”" took as said;
    严重污染 → 严重损害 was in no note (reading 1785, item 3). Said, without the norm words."""
    notes = pair_messages(old_pair(marine, "第十七条"))
    assert "表述修改：“环境受到严重污染时”改为“生态环境受到严重损害时”" in notes, notes


payments = _law("保障中小企业款项支付条例", "2020-07-05", "2025-03-17")


def test_a_new_period_says_whose_when_the_old_text_had_the_same_figure(payments):
    """保障中小企业款项支付条例 第八条 → 第九条: the new 60日 is 大型企业's time to pay; the old text's 60日 was the longest term
    机关、事业单位 may agree. "新增期限：60日（自货物、工程、服务交付之日起60日内支付款项）" read as that one (reading 1787,
    item 44)."""
    notes = pair_messages(old_pair(payments, "第八条"))
    assert "新增期限：60日（大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项）" in notes, notes


legislation = _law("立法法", "2015-03-15", "2023-03-13")


def test_words_taken_out_before_a_term_said_three_times_say_which_place(legislation):
    """立法法 第六十六条 → 第七十三条 "…与全国人民代表大会常务委员会的立法规划和年度立法计划相衔接" → "…立法规划和立法计划相衔接",
    "国务院年度立法计划" kept twice: "“年度立法计划”改为“立法计划”" read as the State Council's plan renamed (reading 1787,
    item 55)."""
    notes = pair_messages(old_pair(legislation, "第六十六条"))
    assert "表述修改：“规划和年度立法计划”改为“规划和立法计划”" in notes, notes


def test_a_quote_ending_on_de_takes_in_the_word_it_ties(civil_procedure):
    """民事诉讼法 第二百七十四条 → 第二百八十三条 (五): "“代表机构或者有权接受送达的分支机构”改为“独资企业、代表机构、分支机构或者
    有权接受送达的”" stopped before whom "有权接受送达的" now names (业务代办人 alone), wrong in reading 1784 (item 33). The word
    both texts go on with, whole, up to six characters and before a duty's word."""
    notes = pair_messages(old_pair(civil_procedure, "第二百七十四条"))
    assert ("表述修改：“代表机构或者有权接受送达的分支机构、业务代办人”改为“独资企业、代表机构、分支机构或者有权接受送达的"
            "业务代办人”") in notes, notes


women = _held_out("妇女权益保障法", "2018-10-26", "2022-10-30")


def test_a_word_replaced_in_one_of_its_places_says_which(women):
    """妇女权益保障法 第五十二条 → 第七十二条 "…当地法律援助机构或者人民法院应当给予帮助" → "…或者司法机关…", its "或者向人民法院
    起诉" kept: "“人民法院”改为“司法机关”" read as the right to sue changed (reading 1791, item 5). With the words before it,
    the joiner's word taken in."""
    notes = pair_messages(old_pair(women, "第五十二条"))
    assert "表述修改：“机构或者人民法院”改为“机构或者司法机关”" in notes, notes


martyrs = _held_out("烈士褒扬条例", "2019-08-01", "2024-09-27")


def test_a_gloss_put_in_brackets_is_said_with_the_word_it_glosses(martyrs):
    """烈士褒扬条例 第十七条 → 第二十条 "继续赡养烈士父母" → "继续赡养烈士父母（抚养人）": "新增“（抚养人）”" had no context
    (reading 1796, item 48)."""
    notes = pair_messages(old_pair(martyrs, "第十七条"))
    assert any("“父母”改为“父母（抚养人）”" in n for n in notes), notes


relics = _held_out("文物保护法", "2017-11-04", "2024-11-08")


def test_words_put_in_that_end_on_a_light_verb_are_said_with_the_act(relics):
    """文物保护法 第五十六条 → 第七十三条 "…文物行政部门审核" → "…文物行政部门依照前款规定进行审核": "新增“依照前款规定进行”"
    was a fragment (English reading 1794, item 7)."""
    notes = pair_messages(old_pair(relics, "第五十六条"))
    assert "表述修改：“审核”改为“依照前款规定进行审核”" in notes, notes


quarantine = _held_out("国境卫生检疫法", "2018-04-27", "2024-06-28")


def test_a_body_renamed_through_rewrites_counts_every_provision_naming_both(quarantine):
    """国境卫生检疫法 2018 → 2024: 国境卫生检疫机关 (gone from the new law) became 海关 in the rewritten sentences of nine paired
    articles; "共7条" counted only the seven where 海关 stood where the old name stood, wrong in readings 1776 (items 5,
    11) and 1804 (items 7, 8, 27, 52)."""
    notes = pair_messages(old_pair(quarantine, "第四条"))
    assert "“国境卫生检疫机关”改为“海关”（全文统一修改，共9条）" in notes, notes
