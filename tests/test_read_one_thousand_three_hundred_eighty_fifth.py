"""What readings 1385 and on (2026-12-06, the forty-sixth session) found wrong or useless, fixed, pinned on the real text
(tests/fixtures/laws and the corpus)."""

from conftest import held_out_fixture as _held_out
from conftest import law_fixture as _law
from conftest import new_pair, old_pair, pair_messages

laundering = _held_out("反洗钱法", "2006-10-31", "2024-11-08")
espionage = _held_out("反间谍法", "2014-11-01", "2023-04-26")


def test_a_word_replaced_that_the_provision_says_often_is_quoted_with_its_short_phrase(laundering, espionage):
    """2006 第十九条 says 客户身份资料 four times; only the one in "客户身份资料发生变更的" became 客户身份信息. Widened until
    the old words stood once, the note read "“资料发生”改为“信息发生”" (a fragment, left undone since reading 1357): a short
    phrase the word was widened into is quoted whole."""
    notes = pair_messages(old_pair(laundering, "第十九条"))
    assert "表述修改：“客户身份资料发生变更的”改为“客户身份信息发生变更的”" in notes, notes
    assert not [n for n in notes if "“资料发生”" in n], notes
    notes = pair_messages(old_pair(espionage, "第十六条"))
    assert "表述修改：“对存在隐患的部门”改为“对存在隐患的单位”" in notes, notes


secrets = _held_out("保守国家秘密法", "2010-04-29", "2024-02-27")


def test_a_long_name_called_by_the_short_name_another_provision_gives_it_is_no_change(secrets):
    """2024 第十五条 names "国家秘密及其密级的具体范围（以下简称保密事项范围）"; 第十九条 (2010 第十四条) now says 保密事项范围.
    "表述修改：“国家秘密及其密级的具体范围”改为“保密事项范围”" was useless in the English reading 1388 (the same range): only
    what changed is said, the marking of 密点 put in."""
    notes = pair_messages(old_pair(secrets, "第十四条"))
    assert not [n for n in notes if "保密事项范围" in n], notes
    assert "新增规定：“有条件的可以标注密点”" in notes, notes


marine = _law("海洋环境保护法", "2017-11-04", "2023-10-24")


def test_a_short_name_for_more_than_the_words_replaced_is_still_said(marine):
    """海洋环境保护法 2023 gives "海岸工程和海洋工程建设项目（以下简称工程建设项目）": "海洋工程建设项目" → "工程建设项目" of
    2017 第四十九条 now covers both kinds of project, and is said."""
    notes = pair_messages(old_pair(marine, "第四十九条"))
    assert "表述修改：“海洋工程建设项目”改为“工程建设项目”" in notes, notes


organs = _held_out("人体器官捐献和移植条例", "2007-03-31", "2023-12-04")


def test_a_sanction_from_an_old_conduct_is_quoted_as_it_was_there(organs):
    """2023 第三十八条's second paragraph revokes the transplant specialty and bars the hospital for 3 years, always; 2007
    第二十九条 did so only "情节严重的", in other words ("撤销…登记", "3年内不得再申请…登记"). "…现于本条规定（原见第二十九条）"
    read as the sanction moved unchanged (wrong twice in the English reading 1385): the old words are quoted, with the serious
    cases they were kept for."""
    notes = pair_messages(new_pair(organs, "第三十八条"))
    assert "吊销该医疗机构的人体器官移植诊疗科目现于本条规定（原见第二十九条：“情节严重的，……撤销该医疗机构人体器官移植诊疗科目登记”）" \
        in notes, notes
    assert "禁止其3年内从事人体器官获取或者申请从事人体器官移植现于本条规定（原见第二十九条：“情节严重的，……3年内不得再申请人体器官移植诊疗科目登记”）" \
        in notes, notes
    english = [f.message_en for f in new_pair(organs, "第三十八条").findings]
    assert "“吊销该医疗机构的人体器官移植诊疗科目” now stated here (formerly in Article 29: “情节严重的，……撤销该医疗机构人体器官移植诊疗科目登记”)" \
        in english, english


science = _held_out("科学技术普及法", "2002-06-29", "2024-12-25")


def test_a_rename_that_only_drops_a_modifier_in_a_few_articles_is_no_top_headline(science):
    """"“社会组织”统一改为“组织”（共4条）" was 科学技术普及法 2002 → 2024's eighth headline, beside new chapters and liabilities
    (useless in readings 1117, 1290 and the English reading 1386): after the provisions put in, before the moves; the
    deletion of 第三十条, its crimes now given by 第五十九条, takes its place."""
    from policydiff.render.ranking import ranked_headlines

    for lang in ("zh", "en"):
        top = ranked_headlines(science, lang)[:8]
        assert not [h for h in top if h.kind == "renamed"], [h.text for h in top]
        assert [h for h in top if h.kind == "deleted"], [h.text for h in top]


conscription = _held_out("征兵工作条例", "2001-09-05", "2023-04-01")


def test_a_weak_pairing_gives_way_to_the_deleted_neighbour_that_holds_the_new_clause(conscription):
    """2023 第五十七条 (开展征兵工作所需经费按照隶属关系分级保障; 兵役征集费开支范围、管理使用办法…) rewrites 2001 第四十五条, not its
    short neighbour 第四十六条 (为武警部队征集新兵所需经费…), which the order of the text paired with it: the rewrite was tied
    to the wrong old article and 第四十五条 said deleted (wrong in reading 1392, item 37)."""
    assert [c.label for c in new_pair(conscription, "第五十七条").old] == ["第四十五条"]
    assert not old_pair(conscription, "第四十六条").new


food = _held_out("最高人民法院、最高人民检察院关于办理危害食品安全刑事案件适用法律若干问题的解释", "2013-05-02", "2021-12-30")


def test_a_word_that_governs_an_article_cited_is_quoted_with_the_article(food):
    """"构成犯罪的，依照刑法第一百四十条的规定以…定罪处罚" → "符合刑法第一百四十条规定的，以…定罪处罚": the note read "“构成犯罪的，
    依照”改为“符合”", a fragment without the article (useless in reading 1400, item 33); so too 第十五条 → 第十九条's
    "情节严重的，依照" (the threshold now the article's own)."""
    notes = pair_messages(old_pair(food, "第十条"))
    assert "表述修改：“构成犯罪的，依照刑法第一百四十条的规定”改为“符合刑法第一百四十条规定的”" in notes, notes
    notes = pair_messages(old_pair(food, "第十五条"))
    assert "表述修改：“情节严重的，依照刑法第二百二十二条的规定”改为“符合刑法第二百二十二条规定的”" in notes, notes


women = _held_out("妇女权益保障法", "2018-10-26", "2022-10-30")


def test_an_added_provision_is_weighed_by_what_it_puts_in_not_what_moved_in(women):
    """2022 第二十条 puts in "妇女的人格尊严不受侵犯" before the ban 2018 第四十二条 held ("禁止用侮辱、诽谤等方式损害妇女的人格
    尊严"): weighed as a new duty by that ban, it was the fourth headline, above new duties against sexual harassment
    (第二十五条; useless in reading 1406). It is weighed by the declaration it puts in."""
    from policydiff.render.ranking import ranked_headlines

    top = [h.text for h in ranked_headlines(women, "zh")[:8]]
    assert not [t for t in top if t.startswith("新增第二十条")], top
    assert [t for t in top if t.startswith("新增第二十五条")], top


def test_one_way_of_saying_anyone_put_for_another_is_no_top_headline(women):
    """"“任何人不得”统一改为“任何组织和个人不得”（共3条）" was 妇女权益保障法 2018 → 2022's fifth headline, above the sentences of
    duty rewritten (useless in reading 1406): ranked as a modifier dropped, after those sentences."""
    from policydiff.render.ranking import ranked_headlines

    for lang in ("zh", "en"):
        top = ranked_headlines(women, lang)[:8]
        assert not [h for h in top if h.kind == "renamed"], [h.text for h in top]


deputies = _held_out("全国人民代表大会和地方各级人民代表大会代表法", "2015-08-29", "2025-03-11")


def test_a_replacement_ending_on_every_kind_of_takes_its_noun(deputies):
    """"获得依法执行代表职务所需的信息和各项保障" → "获得依法履职所需的信息资料和各项保障": the note stopped at "各项" (a fragment
    useless in reading 1411, item 29); 各项 (各类, 各种) needs its noun as 其他 and 有关 do."""
    notes = pair_messages(old_pair(deputies, "第三条"))
    assert "表述修改：“获得依法执行代表职务所需的信息和各项保障”改为“获得依法履职所需的信息资料和各项保障”" in notes, notes


review = _law("行政复议法", "2017-09-01", "2023-09-01")


def test_an_item_put_in_after_one_it_ends_alike_is_quoted_whole(review):
    """2023 第七十八条 adds "（三）行政复议调解书，由行政复议机关依法强制执行，或者申请人民法院强制执行" after an item (二) that
    ends alike: the diff put in "书，由…强制执行；（三）行政复议调解书" and the note read "新增“（三）行政复议调解书”", cut before
    who enforces it (partly said in recall 1415). The item is put in whole, and said so, however alike its words."""
    notes = pair_messages(old_pair(review, "第三十三条"))
    assert "表述修改：新增“（三）行政复议调解书，由行政复议机关依法强制执行，或者申请人民法院强制执行”" in notes, notes


pensions = _held_out("军人抚恤优待条例", "2019-03-02", "2024-08-05")


def test_the_tail_of_an_old_sentence_matched_inside_a_sentence_put_in_is_said_with_its_edit(pensions, organs):
    """2019 第四十五条 "国家兴办优抚医院、光荣院，治疗或者集中供养孤老和生活不能自理的抚恤优待对象" is 2024 第四十一条 "…，按照规定为
    抚恤优待对象提供优待服务", the collective care now a new sentence's, of 退役军人: the diff matched the old clause's tail inside
    that sentence, and the note read "“治疗”改为“按照规定为抚恤优待对象提供优待服务”", the old clause as if still standing
    (wrong in reading 1412, item 34). So 人体器官捐献和移植条例 第十一条's application, now to the State Council's department,
    was "删除“主管部门申请”"."""
    notes = pair_messages(old_pair(pensions, "第四十五条"))
    assert "表述修改：“国家兴办优抚医院、光荣院，治疗或者集中供养孤老和生活不能自理的抚恤优待对象”改为“国家兴办优抚医院、光荣院，按照规定为抚恤优待对象提供优待服务”" \
        in notes, notes
    notes = pair_messages(old_pair(organs, "第十一条"))
    assert "表述修改：“医疗机构从事人体器官移植，应当依照《医疗机构管理条例》的规定，向所在地省、自治区、直辖市人民政府卫生主管部门申请办理人体器官移植诊疗科目登记”改为“医疗机构从事人体器官移植，应当向国务院卫生健康部门提出申请”" \
        in notes, notes


relics = _held_out("文物保护法", "2017-11-04", "2024-11-08")


def test_a_word_taken_out_before_its_noun_is_read_with_the_determiner_not_the_preposition_after(relics):
    """"县级以上人民政府有关行政部门在各自的职责范围内" → "…有关部门在…": the note read "“行政部门在”改为“部门在”", the widening
    taking in the preposition the next phrase opens with (a fragment useless in reading 1424, item 33); it takes the
    determiner before: "“有关行政部门”改为“有关部门”"."""
    notes = pair_messages(old_pair(relics, "第八条"))
    assert "表述修改：“有关行政部门”改为“有关部门”" in notes, notes


def test_a_modifier_taken_out_or_put_in_alone_is_quoted_with_its_noun(organs, women):
    """"人体器官捐献人的捐献意愿" → "活体器官捐献意愿": "删除“捐献人的”" was a fragment (useless in reading 1409, item 38): a
    modifier ending on 的 is quoted with the noun both texts go on with, "“捐献人的捐献意愿”改为“捐献意愿”"; so "新增“可行的”"
    (妇女权益保障法 第十七条) is "“建议”改为“可行的建议”". Not where the noun stands in several places of the other text."""
    notes = pair_messages(old_pair(organs, "第十八条"))
    # (with the organs it now names, "人体器官" → "活体器官", since the fix of recall 1561)
    assert "表述修改：“人体器官捐献人的捐献意愿”改为“活体器官捐献意愿”" in notes, notes
    notes = pair_messages(old_pair(women, "第十四条"))
    assert [n for n in notes if "“建议”改为“可行的建议”" in n], notes


civilians = _held_out("中国人民解放军文职人员条例", "2017-09-27", "2022-12-10")
defence = _held_out("国防教育法", "2018-04-27", "2024-09-13")


def test_synonyms_of_one_rule_are_no_wording_change(civilians, defence):
    """"按照军队有关规定办理" → "…执行" (文职人员条例 第五十四条 → 第六十一条, useless in readings 1410 and 1426) and "作出" →
    "做出" (国防教育法 第十一条, useless in reading 1425) say the same."""
    notes = pair_messages(old_pair(civilians, "第五十四条"))
    assert not [n for n in notes if "“办理”改为“执行”" in n], notes
    notes = pair_messages(old_pair(defence, "第十一条"))
    assert not [n for n in notes if "“作出”改为“做出”" in n], notes
    assert "表述修改：“采取各种形式”改为“按照国家有关规定”" in notes, notes
