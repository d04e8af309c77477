"""Slight edits: changes of wording a reviewer would not keep as notes.

A particle come or gone ("利用其关联关系" → "利用关联关系", "为了公司的利益" → "为公司利益"), one
particle put for a word ("国有独资公司设经理，由…" → "国有独资公司的经理由…"), a list joiner
("权利、义务" → "权利和义务"), words reordered ("董事会临时会议" → "临时董事会会议"), or two
wordings of one thing ("起止期限" → "起止日期", "辞职" → "辞任"). Each rule is pinned by a test in
tests/test_findings_statutes.py on 公司法 2018 → 2023.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Tuple

from .. import numerals, recache
from .formatting import substance

# Punctuation at the edge of an edit says nothing in a margin note ("“新”" → 新).
EDGE_PUNCTUATION = "，。；：、“”‘’\"' \n"
#: Words too slight to make a change alone ("利用其关联关系" → "利用关联关系").
_SLIGHT = set("的之其该中和")
#: Particles: one put for another word ("国有独资公司设经理，由…" → "国有独资公司的经理由…") restructures
#: the phrase and says nothing alone.
_PARTICLES = set("的之")
#: Joiners read alike in a list ("权利、义务" → "权利和义务"); "、" → "或者" is not among them.
_SAME_JOIN = recache.compile(r"[、和及与]|以及")
#: Phrases written two ways for one thing ("股东会会议认为需要" → "股东会认为需要").
_ALIKE = [("会会议", "会")]
#: Wordings that say the same thing ("起止期限" → "起止日期"): not a change a reviewer keeps.
SAME_MEANING = {("起止期限", "起止日期"), ("致使公司遭受", "给公司造成"), ("辞职", "辞任"), ("不超过", "不得超过"),
                ("按规定", "按照规定"), ("作好", "做好"), ("但法律", "法律"),
                ("各级人民政府", "人民政府"), ("，最迟", "且"), ("股数", "股份数"),
                ("其他直接责任人员", "直接责任人员"), ("国家规定", "国家有关规定"), ("装运", "载运"),
                # ("收养人还应当提交下列证明材料" → "收养人应当提交…": the duty the same, 收养登记办法 第五条 → 第六条,
                # useless in the fifty-third reading)
                ("还应当", "应当"),
                # (a condition stated with or without its duty word, "（一）生产经营的种畜禽必须是通过…审定或者鉴定的品种" → "…种畜禽是
                # 通过…", 畜牧法 第二十二条 → 第二十四条, a condition of the licence either way: the item quoted whole for one word
                # was useless in reading 1949)
                ("必须是", "是"),
                # (an exception opened "但" for "但是" or the other way, "但是构成其他犯罪的" → "但构成…", 两高 危害食品安全刑事案件
                # 解释 2013 第十三条: the same exception, "“但是构成”改为“但构成”" beside the crime put in useless)
                ("但是", "但"),
                # (a contrast "必须同时采出而暂时还不能综合利用" → "…但暂时不能…", 矿产资源法 第三十条 → 第三十九条: "“而暂时还”改为
                # "“但暂时”" useless in reading 935, the same two cases either way)
                ("而暂时还", "但暂时"),
                # (a period run out, "行政复议期满之日" → "行政复议期限届满之日", 行政复议法 第十九条 → 第三十四条: the same day,
                # useless in reading 947)
                ("期满", "期限届满"),
                # (relics given, "对捐赠的文物妥善收藏" → "对受赠的文物妥善收藏", 文物保护法 第五十二条 → 第六十九条: the same
                # relics seen from the side that receives them, useless in reading 940)
                ("捐赠的文物", "受赠的文物"),
                # (a death declared, "经法定程序宣告死亡" → "被宣告死亡", 军人抚恤优待条例 第十条 → 第十三条: a court's declaration
                # either way, useless in reading 960)
                ("经法定程序宣告", "被宣告"),
                # (a government's own area, "本地区" → "本行政区域", 征兵工作条例 第十一条 → 第十四条: the drafting norm's word
                # for the same area, useless in reading 966)
                ("本地区", "本行政区域"),
                # (whom a ban binds, "任何组织或者个人不得压制或者打击报复" → "任何组织和个人不得…", 妇女权益保障法 第十四条 →
                # 第十七条: every organisation and every person either way, useless in reading 976)
                ("任何组织或者个人", "任何组织和个人"),
                # (everyone a ban binds, by another pair of words: "禁止任何组织或者个人用任何手段侵占…" → "禁止任何单位和个人以
                # 任何手段侵占…", 矿产资源法 第三条 → 第四条, "“组织或者个人用”改为“单位和个人以”" useless in reading 1597)
                ("任何组织或者个人", "任何单位和个人"), ("用任何手段", "以任何手段"),
                # (conduct punished for not following a rule, "未按照规定的标准…发放…的" → "不按照规定的标准…", 烈士褒扬条例
                # 第三十五条 → 第五十八条: the same failure, "“未按照”改为“不按照”" useless in reading 1847)
                ("未按照", "不按照"),
                # (the time a review runs, "在行政复议过程中" → "行政复议期间", 行政复议法 第二十四条 → 第四十六条: the same time,
                # useless in reading 2011 beside the notes of the evidence rule put in)
                ("在行政复议过程中", "行政复议期间"),
                # (the rules a matter is handled by, "依照中国政府的有关规定办理" → "按照国家有关规定办理", 国境卫生检疫法 第二十五条 →
                # 第五十三条: the state's rules either way, useless in reading 988 beside the notes of what the article now covers)
                ("依照中国政府的有关规定", "按照国家有关规定"),
                # (what the state bans, "国家规定禁止出境的其他文物" → "国家禁止出境的其他文物", 文物保护法 第六十条 → 第七十七条: the
                # same ban, useless in reading 1001)
                ("规定禁止", "禁止"),
                # (the plan a duty follows, "按计划开展监督抽查工作" → "并按照计划开展…", 畜牧法 第五十六条 → 第七十三条: the drafting
                # norm's full word, useless in reading 1002)
                ("按计划", "按照计划"),
                # (the rules a power is used by, "按照国家有关规定，可以优先使用或者依法征用…" → "根据国家有关规定，…", 反间谍法
                # 第十一条 → 第四十四条: the same rules, useless in reading 1564; an edit of its first word alone is read in its
                # phrase, wording._same_in_its_phrase)
                ("按照国家有关规定", "根据国家有关规定"), ("按照有关规定", "根据有关规定"),
                # (the residents' and villagers' committees named as the law on them names them, "城市居民委员会、农村村民委员会" →
                # "居民委员会、村民委员会", 国防教育法 第二十一条 → 第二十四条: the same bodies, useless in reading 1013)
                ("城市居民委员会", "居民委员会"), ("农村村民委员会", "村民委员会"),
                # (the State Council's ownership on the state's behalf, "由国务院行使国家对矿产资源的所有权" → "由国务院代表国家行使
                # 矿产资源的所有权", 矿产资源法 第三条: the constitution's words for the same, useless in the English reading 1015)
                ("行使国家对", "代表国家行使"),
                # (the Youth League named with or without 组织, "教育行政部门、共产主义青年团组织和其他有关部门" → "…共产主义青年团和…",
                # 国防教育法 第十四条: the same body, useless in readings 1069 and 1079 quoted either way)
                ("共产主义青年团组织", "共产主义青年团"),
                # ("从经营文物拍卖的拍卖企业购买" → "通过经营…购买", 文物保护法 第五十条 → 第六十七条, useless in reading 448: the
                # same means of acquiring)
                ("从经营", "通过经营"),
                # ("（二）被检疫传染病污染的" → "（一）受到检疫传染病污染的", 国境卫生检疫法 第十三条 → 第十五条, a fragment
                # "“（二）被”改为“（一）受到”" in readings 453 and 472: the same passive)
                ("被", "受到"),
                # ("对董事、高级管理人员执行公司职务的行为进行监督" → "…执行职务的行为…", 公司法 第五十三条 → 第七十八条: the
                # company's, of whom the law speaks, useless in the fifty-fifth reading)
                ("公司职务", "职务"),
                # ("违反本法有关规定" → "违反本法规定", 海洋环境保护法 第七十三条 → 第九十三条: what the law provides either way)
                ("有关规定", "规定"),
                # (drafting words for one thing: "方能" → "方可" and "一切" → "任何", 海洋环境保护法; on the corpus only these
                # two notes go. "出资时间" → "出资日期", useless to the seventy-third reading, stays: a date, not a time, is
                # what the 2023 公司法 has a charter state for paying in, and the sixtieth reading kept it as the change)
                ("方能", "方可"), ("一切", "任何"),
                # (an exception closed "…的，不在此限" → "但是，…的除外", 妇女权益保障法 第四十五条 → 第六十四条, useless in reading
                # 411: the same exception, the 但是 that opens it put in with it)
                ("不在此限", "除外"),
                # (drafting words for one thing, useless in readings 406 and 409: "…以外的其他危害国家安全行为" → "…以外的危害国家
                # 安全行为" (反间谍法 第三十九条 → 第七十条), "发给" → "发放" (畜牧法 第二十四条 → 第二十六条), "省级人民政府" →
                # "省、自治区、直辖市人民政府" (畜牧法 第十五条 → 第十六条), "列入本级财政预算" → "列入本级预算" (畜牧法, a rename of
                # three provisions))
                ("以外的其他", "以外的"), ("发给", "发放"), ("省级", "省、自治区、直辖市"), ("财政预算", "预算"),
                # ("按照所认购股数缴纳股款" → "按照所认购股份足额缴纳股款", 公司法 第八十五条 → 第一百条: the shares subscribed either
                # way; 足额 is what was put in, wording._same_word_kept)
                ("股数", "股份"),
                # (drafting words for one rule: a vote "实行一人一票" → "应当一人一票", 公司法 第四十八条 → 第七十三条, useless in
                # the eighty-seventh and eighty-ninth readings; a piece of only these two words, what follows them the same)
                ("实行", "应当"),
                # (a share below a bar, "比例虽然不足百分之五十" → "…低于百分之五十", 公司法 第二百一十六条 → 第二百六十五条,
                # useless in the ninety-first reading: the bar's own change is the qualifier note's)
                ("不足", "低于"),
                # (a system "建立" → "建立健全", set up and kept up: the stock wording of a revision for a duty that stays the same,
                # 突发事件应对法 第五条 → 第三十二条, useless in reading 171; "本市探索建立" → "本市建立健全" still reads as a change)
                ("建立健全", "建立"), ("建立和完善", "建立"),
                # (and "建立完善": 上海市优化营商环境条例 第六十条 → 第七十一条, useless in reading 1530 beside its "可以" → "应当")
                ("建立完善", "建立"),
                # (a right "主张行使" → "行使": exercised either way, 公司法 第七十一条 → 第八十四条's pre-emption, useless in
                # reading 182)
                ("主张行使", "行使"),
                # (the lead-in of a list of breaches, "有下列行为之一的" → "有下列情形之一的", 反洗钱法 第三十一条 → 第五十二条:
                # the same list either way, useless in reading 307)
                ("行为", "情形"),
                # (property "移至中国境外" → "转移至中华人民共和国境外", 公司法 第一百九十七条 → 第二百四十九条: moved abroad either
                # way, the country's name the law's rename; useless to two readers, 271 and 272)
                ("转移至", "移至"),
                # (a duty "执行公司职务时违反…" → "执行职务违反…", 公司法 第一百四十九条 → 第一百八十八条, useless in reading 281:
                # 时 dropped beside the company's 职务, ("公司职务", "职务") above, the two read together by same_meaning)
                ("职务时", "职务"),
                # (drafting words for one act: "非经批准" → "未经批准", a licence "发给" → "颁发", 文物保护法 2017 → 2024, useless
                # in reading 300)
                ("非经", "未经"), ("发给", "颁发"),
                # (the provincial government "报该省级人民政府" → "报省、自治区、直辖市人民政府", 文物保护法 第二十三条 → 第三十四条,
                # useless twice in reading 303)
                ("该省级", "省、自治区、直辖市"), ("省级", "省、自治区、直辖市"),
                # (a provincial office "省、自治区、直辖市征兵办公室" → "省级人民政府征兵办公室", 征兵工作条例 第三十六条 → 第四十五条:
                # the province's office either way, useless in reading 1525)
                ("省级人民政府", "省、自治区、直辖市"),
                # (a notice "接到" → "收到", 反间谍法 第三十五条 → 第六十八条; "国家秘密事项" → "国家秘密", 保守国家秘密法 第十九条 →
                # 第二十四条, what the law protects either way; "属于国家所有" → "国有", 文物保护法 第五条: useless in readings 362
                # and 369)
                ("接到", "收到"), ("国家秘密事项", "国家秘密"), ("属于国家所有", "国有"),
                # (a list's lead-in "载明以下内容" → "载明下列内容", 畜牧法 第四十一条; a use "改作" → "改为", 科学技术普及法
                # 第二十四条 → 第四十六条; a charge "以…罪论处" → "以…罪定罪处罚", 危害食品安全刑事案件解释: useless in readings 391,
                # 392 and 394)
                ("以下内容", "下列内容"), ("以下事项", "下列事项"), ("改作", "改为"), ("论处", "定罪处罚"),
                # ("有下列事迹的单位" → "有下列事迹之一的单位", 文物保护法 第十二条 → 第二十二条, useless in reading 390: any one
                # deed of the list either way; not conditions, "符合下列条件之一的" → "符合下列条件的" asks for them all)
                ("事迹的", "事迹之一的"),
                # (a qualification revoked with the paper it is on named, "吊销其从业资格" → "吊销其从业资格证书", 文物保护法 第七十六条
                # → 第九十四条: "新增处罚" wrong in reading 390, then "“资格”改为“资格证书”（共2处）" miscounted in 396 and 397)
                ("资格证书", "资格"),
                # (a liability "应当依法承担民事责任" → "依法承担民事责任", 人体器官捐献和移植条例 第二十七条 → 第四十九条, useless in
                # reading 480: borne under the law either way)
                ("应当依法承担", "依法承担"),
                # (the bodies a list ends on, "海事行政主管部门等有关部门应当" → "海事管理机构等应当" (海洋环境保护法 第七十条 → 第八十九条),
                # and the department that runs a work, "主管…工作" → "负责…工作" (军人抚恤优待条例 第五条): useless in readings 536-537)
                ("等有关部门", "等"), ("主管", "负责"),
                # (a plan drawn "会同建设单位" → "与建设单位", 文物保护法 第二十九条 → 第四十三条, useless in reading 591: with the
                # builder either way)
                ("会同", "与"),
                # (help "并提供方便" → "并提供便利" (征兵工作条例 第十四条 → 第十七条), the duty to grow "不断提高执行代表职务的能力" →
                # "不断提高履职能力" (代表法 第四条 → 第八条), an item of a list of conditions "（六）具备法律、行政法规规定的其他条件" →
                # "（六）法律、行政法规规定的其他条件" under "应当具备下列条件" (畜牧法 第二十二条 → 第二十四条): useless in readings 626,
                # 622 and 621)
                ("方便", "便利"), ("执行代表职务的能力", "履职能力"), ("具备法律", "法律"),
                # (the grant "作为丧葬补助费" → "作为丧葬补助" (军人抚恤优待条例 第二十八条 → 第三十二条), those who died "死难" →
                # "牺牲" beside "死亡" → "牺牲" (第八条 → 第十一条), a use "作其他用途" → "改作其他用途" (文物保护法 第二十三条 →
                # 第三十四条: "“文物作”改为“文物改作”"), "应对突发事件" → "突发事件应对工作" (突发事件应对法 第十九条 → 第三十条):
                # useless in readings 635, 633 and 631)
                ("丧葬补助费", "丧葬补助"), ("死难", "牺牲"), ("改作", "作"), ("应对突发事件", "突发事件应对工作"),
                # (a meeting held only with a quorum, "…过半数出席，才能举行" → "…过半数出席，始得举行" (议事规则 第四条 → 第七条), a
                # ban "也不能用来说明产品的性能" → "也不得说明产品的性能" (专利法实施细则 第二十八条 → 第三十一条): drafting words for one
                # rule, useless in readings 710 and 712)
                ("才能举行", "始得举行"), ("不能用来", "不得"),
                # (a rule deferred to, "另有规定的，从其规定" → "…，依照其规定" (矿产资源法 第五十条 → 第七十七条): drafting words
                # for one rule, useless in reading 741)
                ("从其规定", "依照其规定"),
                # (the provincial level named by its three kinds, "省级人民政府" → "省、自治区、直辖市人民政府" (畜牧法 第六十条 →
                # 第八十条), a power said "也可以" → "可以" (议事规则 第十六条 → 第二十五条): useless in readings 819 and 823)
                ("省级", "省、自治区、直辖市"), ("也可以", "可以"),
                # (a short name given, "（以下称科普）" → "（以下简称科普）", 科学技术普及法 第二条: useless in reading 841, the
                # article's "易于接触" beside it the change)
                ("简称", "称"),
                # (what is done as the rules say, "按照军队有关规定办理" → "…执行" (文职人员条例 第五十四条 → 第六十一条): a synonym,
                # useless in readings 1410 and 1426)
                ("办理", "执行"),
                # ("作出" written "做出", against the drafting norms that write it the other way (NORM_CHARACTERS): the same
                # word, "“作出”改为“做出”" useless in reading 1425, 国防教育法 第十一条)
                ("作出", "做出"),
                # (a right everyone has, "任何单位和个人都有权对…" → "任何单位和个人有权对…", 农产品质量安全法 第三十八条 → 第五十六条:
                # the same right, "“都有权对”改为“有权对”" useless in reading 1910)
                ("都有权", "有权")}
#: Particles that may come and go in a phrase without changing it ("为了公司的利益" → "为公司利益"; "为…开展的" → "为…而开展的",
#: 妇女权益保障法 第二十八条 → 第五十条, useless in reading 642).
_FREE_PARTICLES = "的之其了而"


def slight(old: str, new: str) -> bool:
    """The two differ only by a word like 其 or 的 taken out or put in, one particle put for one
    character ("设经理" → "的经理"), a list joiner ("权利、义务" → "权利和义务"), a generic noun with
    its particle ("所列决定" → "所列事项的决定"), or by wordings that say the same thing."""
    if same_meaning(old, new):
        return True
    a0, b0 = (x.strip(EDGE_PUNCTUATION) for x in (old, new))
    a1, b1 = (recache.compile(f"[{_FREE_PARTICLES}]").sub("", substance(x)) for x in (old, new))
    if a1 == b1 and a1:
        return True
    if _SAME_JOIN.sub("、", a0) == _SAME_JOIN.sub("、", b0) or _nominal_turned(a0, b0) or _nominal_turned(b0, a0):
        return True
    # (the joiner at the edge, "、" there a mark the strip took off: "以及属于何种" → "、属于何种", 保守国家秘密法 第四十六条 →
    # 第五十三条, "是否属于国家秘密以及属于何种密级" → "…国家秘密、属于何种密级", useless in reading 1052)
    if _SAME_JOIN.sub("、", old.strip()) == _SAME_JOIN.sub("、", new.strip()) and old.strip() != new.strip():
        return True
    a, b = (substance(x) for x in (old, new))
    if (a, b) != (old, new) and same_meaning(a, b):
        return True  # (item labels and marks aside: "“（二）被”改为“（一）受到”")
    core_a, core_b = _core(a, b)
    if len(core_a) == len(core_b) == 1 and {core_a, core_b} & _PARTICLES:
        return True
    if not core_a or not core_b:
        extra = core_a or core_b
        if extra in _FILLERS and not (extra == "工作" and "工作报告" in a + b) or _unit_after_numeral(a, b):
            # ("工作报告" → "报告" is every report heard, not only a body's report on its work: 议事规则 第二十三条 → 第三十四条)
            return True
    short, long_ = sorted((a, b), key=len)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    extra = long_[i:i + len(long_) - len(short)]
    return bool(extra) and long_[:i] + long_[i + len(extra):] == short and set(extra) <= _SLIGHT


_SHARE_IN_FIGURES = recache.compile(r"^(\d+)/(\d+)$")
_SHARE_IN_WORDS = recache.compile(r"^([一二三四五六七八九十百]+)分之([一二三四五六七八九十百]+)$")


def same_share(old: str, new: str) -> bool:
    """One fraction written in figures and in words ("2/3" → "三分之二": "经2/3以上委员同意" → "经三分之二以上委员同意",
    人体器官捐献和移植条例 第十七条 → 第十八条, useless in reading 720)."""
    share = _share(old.strip(EDGE_PUNCTUATION))
    return share is not None and share == _share(new.strip(EDGE_PUNCTUATION))


def _share(text: str):
    """(part, whole) of a fraction in figures or in words ("2/3", "三分之二": (2, 3)), else None."""
    m = _SHARE_IN_FIGURES.match(text)
    if m:
        return int(m.group(1)), int(m.group(2))
    m = _SHARE_IN_WORDS.match(text)
    if m:
        whole, part = numerals.value(m.group(1)), numerals.value(m.group(2))
        return (int(part), int(whole)) if part is not None and whole is not None else None
    return None


#: Words "上" opens that are no locative after a place ("上报", "上级"…): "在X上报" is not "在X报".
_UP_WORDS = frozenset("报级述市一年缴诉岗交访调传")


def locative_only(old: str, new: str, o: Tuple[int, int], n: Tuple[int, int]) -> bool:
    """The edit of ``old[o]`` into ``new[n]`` puts in (or takes out) a lone "上" after a place (``_place_of``), read in its
    whole text."""
    a, b = old[o[0]:o[1]], new[n[0]:n[1]]
    if abs(len(a) - len(b)) != 1:
        return False
    (short, long_), (text, start) = ((a, b), (new, n[0])) if len(b) > len(a) else ((b, a), (old, o[0]))
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return long_[i] == "上" and long_[:i] + long_[i + 1:] == short and _place_of(text, start + i)


#: The lead-in of a list of alternatives: any item, and any act of an item, counts ("有下列行为之一的，…：").
_ALTERNATIVES = recache.compile(r"有下列[^。；：\n]{0,20}之一的?[，：]")
#: Joiners of acts that read as "or" in an item of such a list.
_ACTS_JOINED = frozenset(("以及", "和", "及", "或者"))


def alternatives_joined(old: str, new: str, o: Tuple[int, int], n: Tuple[int, int]) -> bool:
    """The edit of ``old[o]`` into ``new[n]`` puts 或者 for 以及 (和, 及) or back between the acts of an item of a list of
    alternatives: "（四）贪污、挪用、私分、调换以及违反规定使用…财物的" → "…调换或者违反规定使用…财物的" under "有下列行为之一的"
    (监察法 第六十条 → 第六十九条): each act counts either way, the drafting norm's joiner (useless in reading 1009)."""
    x, y = _core(old[o[0]:o[1]], new[n[0]:n[1]])
    if x == y or {x, y} - _ACTS_JOINED or "或者" not in (x, y):
        return False
    line = old.rfind("\n", 0, o[0]) + 1
    return old.startswith("（", line) and _ALTERNATIVES.search(old, 0, line) is not None


def _place_of(text: str, at: int) -> bool:
    """``text[at]`` is "上" after a place named after "在" ("不得在市场上销售" is "不得在市场销售", 中国人民解放军实施《药品管理法》
    办法 第十三条 → 第十九条, useless in reading 400): two to six characters of the place, no "以上"."""
    start = text.rfind("在", max(0, at - 7), at)
    return start >= 0 and 2 <= at - start - 1 <= 6 and text[at - 1] != "以" \
        and (at + 1 >= len(text) or text[at + 1] not in _UP_WORDS)


def _nominal_turned(a: str, b: str) -> bool:
    """"X的Y" said "YX", the same two words ("股份有限公司的设立" → "设立股份有限公司", 公司法 第七十七条 → 第九十一条, useless
    in reading 113): each word two characters at least."""
    x, mark, y = a.partition("的")
    return bool(mark) and len(x) >= 2 and len(y) >= 2 and "的" not in y and b == y + x


def repeated_word_dropped(old: str, new: str, old_text: str, new_text: str) -> bool:
    """The longer side differs only by "的" and a word the text says right before it, taken out or put in: "专利申请的
    申请人" → "专利申请人" was "“的申请人要求”改为“人要求”" (专利法实施细则 第三十一条 → 第三十四条, useless in the
    forty-eighth reading): one person named two ways. Or the edit is a name alone that its text says twice around a
    joiner and the other text once (``_head_said_once``)."""
    a, b = substance(old), substance(new)
    if len(a) == len(b):
        return False
    longer, shorter, text, other_text, side = (old, new, old_text, new_text, a) if len(a) > len(b) \
        else (new, old, new_text, old_text, b)
    other = substance(shorter)
    i = next((k for k in range(len(other)) if other[k] != side[k]), len(other))
    extra = side[i:i + len(side) - len(other)]
    if side[:i] + side[i + len(extra):] != other:
        return False
    if not other and len(extra) >= 2 and _head_said_once(extra, text, other_text):
        return True
    if len(extra) < 3 or not extra.startswith("的"):
        return False
    if text.count(longer) != 1 or longer.count(extra) != 1:
        return False
    at = text.index(longer) + longer.index(extra)
    return text[at - len(extra) + 1:at] == extra[1:]


def but_made_a_semicolon(old: str, new: str, old_text: str, new_text: str) -> bool:
    """"。但…" made "；…": the exception a sentence of its own now joined to its rule by a semicolon, the same exception
    ("…参与决议的董事对公司负赔偿责任。但经证明…的，该董事可以免除责任" → "…负赔偿责任；经证明…", 公司法 第一百一十二条 →
    第一百二十五条: "表述修改：“但经证明”改为“经证明”" useless in the fifty-second reading)."""
    a, b = old.strip(EDGE_PUNCTUATION), new.strip(EDGE_PUNCTUATION)
    return bool(b) and a == "但" + b and f"。{a}" in old_text and f"；{b}" in new_text


#: Joiners of a list's last item.
_LAST_JOINERS = ("或者", "以及", "并且")


def joiner_moved_on(old: str, new: str, old_text: str, new_text: str) -> bool:
    """The joiner of a list's last item taken from before an item that an item put in after it now follows: "…不定密，或者
    对不应当定密的事项定密，造成…" → "…不定密，对不应当定密的事项定密，或者未履行解密审核责任，造成…" was "“或者对不应当定密的事项
    定密”改为“对不应当定密的事项定密”" beside the new item's own note (保守国家秘密法 第四十九条 → 第五十八条, useless in reading
    302). The joiner is said in the new text as often as in the old: it moved on."""
    a, b = old.strip(EDGE_PUNCTUATION), new.strip(EDGE_PUNCTUATION)
    for joiner in _LAST_JOINERS:
        if a == joiner + b and new_text.count(joiner) >= old_text.count(joiner) and (not b or f"{b}，{joiner}" in new_text):
            return True
    return False


#: Joiners after which a name said again may be left out ("人民政府或者人民政府有关部门" → "人民政府或者有关部门").
_HEAD_JOINERS = ("或者", "以及", "和", "及", "、")


def _head_said_once(word: str, text: str, other_text: str) -> bool:
    """``word`` said twice around a joiner in ``text`` ("所在地人民政府或者人民政府有关部门"), once in the other
    ("所在地人民政府或者有关部门"): the same bodies (突发事件应对法 第二十二条 → 第三十五条, "删除“人民政府”" useless in
    the forty-ninth reading)."""
    for joiner in _HEAD_JOINERS:
        twice = word + joiner + word
        at = text.find(twice)
        if at != -1:
            after = text[at + len(twice):at + len(twice) + 4]
            if word + joiner + after in other_text and twice not in other_text:
                return True
    return False


def may_mean_the_same(old: str, pieces: str) -> bool:
    """False when ``same_meaning(old, s)`` is False for every piece ``s`` of ``pieces`` (no wording of SAME_MEANING can
    stand in ``old`` joined to such a piece): a test made once for all the pieces of an edit."""
    a0 = old.strip(EDGE_PUNCTUATION)
    if _ANY_SAME.search(a0) or _ANY_SAME.search(pieces):
        return True
    # (or one begun at the end of ``old`` and ended in ``pieces``: only the wordings with a character ``old`` ends on)
    return bool(a0) and any(a0.endswith(x[:i]) and x[i:] in pieces for x, i in _ENDING_ON.get(a0[-1], ()))


#: (the longer first, then in the order of their words: the same order on every run, where a set's order follows the
#: process's string hashes)
_BY_LENGTH = sorted(SAME_MEANING, key=lambda w: (-len(w[0]), w))


#: The wordings of SAME_MEANING by their first character.
_BY_FIRST: dict = {}
for _x, _y in SAME_MEANING:
    _BY_FIRST.setdefault(_x[0], []).append((_x, _y))
#: Any wording of SAME_MEANING: one search says whether a text holds one at all (most do not; ``same_meaning`` is asked
#: thousands of times on a book-long revision).
_ANY_SAME = recache.compile("|".join(sorted({re.escape(x) for x, _y in SAME_MEANING})))


#: character → (wording of SAME_MEANING, i) for each i with the wording's first i characters ending on that character: the
#: wordings a text ending on the character may have begun (may_mean_the_same).
_ENDING_ON: dict = {}
for _x, _y in SAME_MEANING:
    for _i in range(1, len(_x)):
        _ENDING_ON.setdefault(_x[_i - 1], []).append((_x, _i))


def same_meaning(old: str, new: str) -> bool:
    """The two differ only by wordings of SAME_MEANING ("县级以上地方各级人民政府" → "县级以上地方人民政府")."""
    a0, b0 = (x.strip(EDGE_PUNCTUATION) for x in (old, new))
    both = a0 + b0
    if not _ANY_SAME.search(both):
        return False  # (neither holds one: not the same said another way, and each said the one way is itself)
    # (only the wordings whose first character the two hold: a test of each of them all, thousands of times on a long
    # revision, was most of the cost)
    if any(x in both and a0.replace(x, y) == b0.replace(x, y) for ch in set(both) for x, y in _BY_FIRST.get(ch, ())):
        return True
    # (or by two of them at once: each side with every wording of SAME_MEANING it holds said the one way)
    a1, b1 = _one_way(a0), _one_way(b0)
    # (a joiner 并 put before the verb beside it too: "按计划" → "并按照计划", 畜牧法 第五十六条 → 第七十三条, useless in reading
    # 1002)
    return (a1 == b1 or "并" + a1 == b1 or a1 == "并" + b1) and (a1, b1) != (a0, b0)


@lru_cache(maxsize=4096)  # (the same old words are held against each piece of the new ones)
def _one_way(text: str) -> str:
    """``text`` with every wording of SAME_MEANING it holds said the one way (the longer first)."""
    for x, y in _BY_LENGTH:
        if x in text:
            text = text.replace(x, y)
    return text


#: Generic nouns put in before a particle ("所列决定" → "所列事项的决定"): the same thing said longer;
#: an object pronoun with its 对 ("对其依法给予" → "依法给予", 突发事件应对法 第九十七条); "依法" before a duty the law
#: imposes anyway ("应当依法承担赔偿责任" → "应当承担赔偿责任", 公司法 第二十条 → 第二十一条, useless in the forty-ninth
#: reading); "的情形" after what a law provides ("属于专利法第五条、第二十五条的规定" → "…第二十五条规定的情形", 专利法实施细则
#: 第六十五条 → 第六十九条, useless in the fifty-first reading); "需要" before what is done ("公司需要减少注册资本时" → "公司减少注册
#: 资本", 公司法 第一百七十七条 → 第二百二十四条, useless in readings 262 and 286).
_FILLERS = {"事项的", "方面的", "有关的", "成员", "的规定", "对其", "依法", "的情形", "需要",
            # ("应当补偿" → "应当给予补偿", 反间谍法 第十一条 → 第四十四条, useless in reading 299: the verb the duty always had)
            "给予",
            # ("应当依法赔偿" → "应当依法予以赔偿", 反间谍法 第三十六条 → 第六十二条, useless in reading 302)
            "予以",
            # ("有下列行为之一的" → "违反本法规定，有下列行为之一的", 文物保护法 第六十八条 → 第八十五条, useless in reading 390:
            # what every penalty of the law punishes)
            "违反本法规定", "违反本条例规定",
            # (an exception opened "；但是，" where it was said by "不在此限" or "除外" at its end: 妇女权益保障法 第六十四条)
            "但是",
            # ("公民和组织" → "任何公民和组织", 反间谍法 第二十一条 → 第十六条, useless in reading 406: emphasis, the same people)
            "任何",
            # ("国家和地方水污染物排放标准" → "国家和有关地方…", 海洋环境保护法 第十一条 → 第十八条, useless in reading 445: the
            # standards that bear on it, as before)
            "有关", "相关",
            # ("向其登记的民政部门" → "向办理其登记的民政部门", 慈善法 第十条 and on, useless in reading 460: the same office)
            "办理",
            # ("；对需要延长保密期限的，应当…" → "；需要延长保密期限的，应当…", 保守国家秘密法 第十九条 → 第二十四条, useless in
            # reading 527: the case the clause opens on, with or without its 对)
            "对",
            # ("…，畜禽遗传资源保护经费列入财政预算" → "…，将畜禽遗传资源保护经费列入预算", 畜牧法 第九条 → 第十条, useless in
            # reading 574: the object put before its verb; "还" before a right the sentence adds to another, "享受定期抚恤金" →
            # "还享受定期抚恤金", 烈士褒扬条例 第十六条 → 第十七条, useless in reading 577)
            "将", "还",
            # ("考古发掘单位" → "从事考古发掘的单位", 文物保护法 第七十五条 → 第九十三条, useless in reading 591: the body that
            # does the work, named either way)
            "从事",
            # ("国家支持和促进科普工作对外合作与交流" → "…科普对外合作与交流", 科学技术普及法 第九条 → 第十二条, useless in reading
            # 727: the field named with or without its 工作)
            "工作",
            # ("提交当初作出具体行政行为的证据" → "提交作出行政行为的证据", 行政复议法 第二十三条 → 第四十八条, useless in reading
            # 1588: the act the evidence was for, "当初" or not)
            "当初"}


_NUMERAL_CHARS = set("〇零一二两三四五六七八九十百千万亿0123456789")


def _unit_after_numeral(a: str, b: str) -> bool:
    """The unit 元 put in (taken out) right after a figure: "处五千以上一万元以下罚款" → "处五千元以上一万元以下
    罚款" is the same fine (北京市机动车停车条例 第二十三条, a headline of the twenty-third reading)."""
    short, longer = sorted((a, b), key=len)
    if len(longer) != len(short) + 1:
        return False
    i = next((k for k in range(len(short)) if short[k] != longer[k]), len(short))
    return longer[i] == "元" and longer[:i] + longer[i + 1:] == short and i > 0 and longer[i - 1] in _NUMERAL_CHARS


def _core(a: str, b: str) -> "tuple[str, str]":
    """What differs between two strings once their common start and end are taken off."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return a[i:len(a) - j], b[i:len(b) - j]


def written_alike(text: str) -> str:
    """The text with each phrase of ``_ALIKE`` in its short form ("股东大会会议认为" → "股东大会认为")."""
    for long_, short in _ALIKE:
        if long_ in text:
            text = text.replace(long_, short)
    return text


def said_alike(old: str, new: str) -> bool:
    """The same words reordered ("董事会临时会议" → "临时董事会会议"), or a phrase written another way
    for the same thing (``_ALIKE``)."""
    a, b = substance(old), substance(new)
    if a != b and len(a) <= 10 and sorted(a) == sorted(b):
        return True
    for long_, short in _ALIKE:
        a, b = a.replace(long_, short), b.replace(long_, short)
    return a == b


def joiner_swapped(old_text: str, new_text: str, o: Tuple[int, int], n: Tuple[int, int]) -> bool:
    """An edit that only puts one list joiner for another, the diff having taken in the word after it
    ("、" → "和义务；" where the old text goes on "义务；"): "权利、义务" → "权利和义务"."""
    for (x, (xa, xb)), (y, (ya, yb)) in (((old_text, o), (new_text, n)), ((new_text, n), (old_text, o))):
        mine, theirs = x[xa:xb].strip(), y[ya:yb]
        m = _SAME_JOIN.match(theirs)
        rest = theirs[m.end():].rstrip(EDGE_PUNCTUATION) if m else ""
        if m and mine in ("", "、", "和", "及", "与") and rest and x[xb:].startswith(rest):
            return True
        # (或者 before a list's last member for the 、 its other members are joined by: "…、侵权行为地或者代表机构住所地" →
        # "…、侵权行为地、代表机构住所地", 民事诉讼法 第二百七十二条, useless in reading 214)
        if mine.startswith("或者") and theirs.startswith("、") and mine[2:] == theirs[1:].rstrip(EDGE_PUNCTUATION) \
                and "、" in _CLAUSE_BEFORE.split(x[:xa])[-1]:
            return True
    return False


_CLAUSE_BEFORE = recache.compile(r"[，。；：\n]")
