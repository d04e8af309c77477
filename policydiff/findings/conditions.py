"""Conditions: eligibility and exclusion conditions, and procedural steps.

- a condition phrase (lexicon ``condition_patterns``: "近两年被列为失信被执行人…的",
  "对…的", "有以下情况之一的") found on one side only;
- a procedural step (lexicon ``procedures``: 经认定, 专家评审, 审议, 公示, 报批…)
  found in only one version of the provision.
"""
from __future__ import annotations

import re
from typing import List, Optional

from .. import recache
from ..models import Finding, FindingKind
from .changes import Note, clip
from .formatting import substance
from .lexicon import Lexicon
from .sentences import span_at
from .values import last_of

# An exclusion: the phrase itself denies, or it is an item under a header that does
# ("有以下情况之一者不予支持：").
_DENIAL = recache.compile(r"不予|不得|取消|除外")
_DENYING_HEADER = recache.compile(r"(?:以下|下列)[^。；\n]{0,12}(?:不予|不得|取消)[^。；\n]{0,10}[：:]")


def _condition_notes(changes, old_text: str, new_text: str, lexicon: Lexicon, removed: bool,
                     restated: Optional[set] = None) -> List[Note]:
    """The conditions the changes take out (put in); ``restated`` gathers the ids of those that say again, as a case, what
    the words they replaced said (``_restates``)."""
    notes: List[Note] = []
    other = substance(new_text if removed else old_text)
    seen = set()
    side_text = old_text if removed else new_text
    for change in changes:
        phrase = change.old if removed else change.new
        where = max(side_text.find(phrase), 0)
        for pattern in lexicon.condition_patterns:
            for m in pattern.finditer(phrase):
                words = _with_joined(phrase, m.start(), m.group())
                if substance(words) in other or any(words in s for s in seen) or _not_a_condition(words, other) \
                        or _object_of(phrase, m.start(), words) \
                        or _list_lead(side_text, where + m.end()) or _cited_as_before(words, other):
                    continue
                seen.add(words)
                header = _DENYING_HEADER.search(side_text[max(0, where - 300):where])
                # The denial must be the consequence, not part of the condition ("对…不予登记的" is an act).
                exclusion = bool(_DENIAL.search(phrase[m.end():]) or header)
                what_zh = "排除条件" if exclusion else "条件"
                what_en = "exclusion condition" if exclusion else "condition"
                if removed:
                    finding = Finding(FindingKind.CONDITION_REMOVED, clip(words, 80), None,
                                      f"{what_zh}被删除：“{clip(words, 40)}”", f"{what_en} removed: “{clip(words, 40)}”")
                else:
                    said = _with_what_it_brings(words, phrase, new_text)
                    finding = Finding(FindingKind.CONDITION_ADDED, None, clip(words, 80),
                                      f"新增{what_zh}：“{said}”", f"{what_en} added: “{said}”")
                notes.append(Note(finding, (words,)))
                if restated is not None and _restates(words, phrase, change.new if removed else change.old):
                    restated.add(id(notes[-1]))
    return notes


#: Characters, at most, of a clause put in whole that a condition put in opens, quoted with what it brings.
BROUGHT_CLAUSE = 80


def _with_what_it_brings(words: str, phrase: str, new_text: str) -> str:
    """The condition put in, or when it opens a clause put in whole (the clause within the words the change put in, to
    its "；" or "。"), the clause: "新增条件：“对直辖市、设区的市人民政府工作部门按照行政区划设立的派出机构作出的行政行为不服的”"
    stopped before what the case brings, "也可以由其所在地的人民政府管辖" (行政复议法 第十三条 → 第二十四条, reading 1922,
    item 5)."""
    if new_text.count(words) != 1:
        return clip(words, 40)
    start, end = span_at(new_text, new_text.index(words))
    clause = new_text[start:end]
    if clause in phrase and clause != words and len(clause) <= BROUGHT_CLAUSE \
            and clause.index(words) <= len("其中，") and clause[clause.index(words) + len(words):].startswith("，"):
        return clause
    return clip(words, 40)


#: A condition that is an article's terms met ("符合刑法第二百二十二条规定的"): the article.
_TERMS_MET = recache.compile(r"^符合(.{0,12}?第[零〇一二三四五六七八九十百千\d]+条)(?:第[零〇一二三四五六七八九十百千\d]+款)?(?:的)?规定的$")


def _cited_as_before(words: str, other: str) -> bool:
    """A condition that an article's terms are met, where the other version applied the same article already ("…情节严重的，
    依照刑法第二百二十二条的规定以虚假广告罪定罪处罚" → "…符合刑法第二百二十二条规定的，以虚假广告罪定罪处罚", 两高危害食品安全刑事案件
    解释 第十五条 → 第十九条: "新增条件" wrong, and a headline, in readings 333 and 334): no condition put in."""
    m = _TERMS_MET.match(words)
    return m is not None and substance(m.group(1)) in other


#: Words of a condition that name no act or case of its own.
_FRAME_CHARS = set("对其该此的、，或者和及与")


def _restates(words: str, phrase: str, replaced: str) -> bool:
    """The condition says again, as a case, what the words it replaced said: "讯问被留置人员应当合理安排讯问时间和时长" →
    "对其谈话、讯问的，应当合理安排时间和时长" (监察法 第四十四条 → 第五十条: the questioning covered before, talks added;
    "新增条件：“对其谈话、讯问的”" was wrong in reading 316, a headline). Of the replaced words, those the rest of the edit
    does not say again (讯问被留置人员…讯问) are no longer than twice the condition, and hold in pairs half its own
    characters or more (its frame, 对其…的, left out)."""
    from rapidfuzz.distance import Indel

    if not replaced:
        return False
    rest = phrase.replace(words, "", 1)
    gone = "".join(replaced[op.src_start:op.src_end] for op in Indel.opcodes(replaced, rest) if op.tag != "equal")
    body = [k for k, ch in enumerate(words) if ch not in _FRAME_CHARS]
    if not gone or not body or len(gone) > 2 * len(words):
        return False
    held = {k for k in range(len(words) - 1) if words[k:k + 2] in gone
            and words[k] not in _FRAME_CHARS and words[k + 1] not in _FRAME_CHARS}
    return 2 * len(held | {k + 1 for k in held}) >= len(body)


def _with_joined(phrase: str, start: int, words: str) -> str:
    """A condition with the one joined to it by "、" before it: "法律、法规规定应当先向行政复议机关申请行政复议、对行政复议决定不服
    再向人民法院提起行政诉讼的" is one condition, not its second half (行政复议法 第十六条 → 第二十九条: "排除条件被删除：“对行政
    复议决定不服再向人民法院提起行政诉讼的”", useless in the forty-first reading)."""
    if not start or phrase[start - 1] != "、":
        return words
    cut = max(phrase.rfind(c, 0, start - 1) for c in "，；：。\n") + 1
    lead = phrase[cut:start]
    if lead.lstrip()[:1] in ("（", "("):
        return words  # (an item: the item's note says it whole)
    return (lead[2:] if lead.startswith("或者") else lead) + words


#: Verbs whose object 对 opens ("提出对…的审查申请"): what follows is no condition.
_TAKES_AN_OBJECT = ("提出", "作出", "进行", "给予", "开展")


def _object_of(phrase: str, start: int, words: str) -> bool:
    """The "对…的" found is a verb's object, not a condition: "一并提出对本法第七条所列有关规定的审查申请的" (行政复议法 第二十六条 →
    第五十六条: "条件被删除" wrong in the forty-fifth reading)."""
    return words.startswith("对") and phrase[max(0, start - 4):start].endswith(_TAKES_AN_OBJECT)


def _list_lead(text: str, end: int) -> bool:
    """The condition opens a list of cases ("对本法第十二条…以外的其他行政机关、组织的具体行政行为不服的，按照下列规定申请行政
    复议：", 行政复议法 第十五条): its items are the conditions, each said (useless in the forty-fifth reading)."""
    return bool(_LEADS_A_LIST.match(text, end))


_LEADS_A_LIST = recache.compile(r"[，,]?(?:按照|依照|适用)?下列[^。；]{0,16}[：:]")


def _not_a_condition(words: str, other: str) -> bool:
    """A condition the other version says without the preposition the pattern took with it
    ("对情节严重的" → "情节严重的，报经…批准"), or without its object pronoun as well ("对该规定有权处理的" →
    "有权处理的", 行政复议法 第二十六条 → 第五十六条: "条件被删除" in the twenty-fifth reading)."""
    if _LIST_LEAD.search(words):
        return True  # a list's lead-in ("对符合下列规定的"): its items are the conditions, each said
    if not words.startswith("对") or len(words) <= 3:
        return False
    if substance(words[1:]) in other:
        return True
    return any(_OBJECT.match(words, 0, end) and len(words) - end >= 4 and substance(words[end:]) in other
               for end in range(2, min(len(words), 8)))


#: A list's lead-in ("符合下列规定的", "有下列情形之一的"): no condition of its own (行政复议法 第三十条). Not "以下" alone:
#: "违法所得五万元以下的" is a condition.
_LIST_LEAD = recache.compile(r"(?:下列|以下情形)[^，。；]{0,12}的$")
#: "对" and a pronoun object ("对该规定", "对其"): what a condition can lose and stay the same.
_OBJECT = recache.compile(r"对(?:该[^，。；的]{1,4}|其|此)$")


def _phrases_with(text: str, word: str) -> str:
    pieces = [p for p in recache.compile(r"[。；\n]").split(text) if word in p]
    return "；".join(pieces)


# A step word that names a thing, not a step: 公示系统, 考核机制.
_NOUN_AFTER = recache.compile(r"系统|平台|机制|制度|办法|结果|标准"
                              # (a body named by the step it keeps: "由原备案部门责令其停止执业活动", 人体器官捐献和移植
                              # 条例 第四十一条, "新增程序“备案”" wrong twice in reading 304)
                              r"|部门|机关|机构"
                              # (a report or a work named by its step: "审计工作报告", 各级人民代表大会常务委员会监督法 第二十条 →
                              # 第二十九条, whose reports are now "本章规定的有关报告": "程序“审计”被删除" was wrong in reading 316)
                              r"|工作|报告")


#: Words that hold a step's characters and are no step: 报批 in 通报批评 (a sanction).
_HOLDING_A_STEP = recache.compile(r"通报批评")


#: The phrase around a step: from the last mark before it to the next mark after it.
_PHRASE_MARK = recache.compile(r"[，。；：、\n（）()]")
#: A phrase that names conduct punished for not doing a step ("未按照有关规定制定应急预案并备案…的").
_NOT_DONE = recache.compile(r"未|不|没有")
#: Where such conduct ends: the item or the sentence ("…备案，或者未按照有关规定配备应急设备、器材的；").
_CONDUCT_END = recache.compile(r"[；。\n]")
_PHRASE_END = recache.compile(r"[，；。\n]")


#: After a step, words that make it part of a name, not a step to take: "报送备案的规范性文件" (the
#: documents filed, 立法法), "以等待竣工验收备案…为由" (an excuse, 保障中小企业款项支付条例),
#: "投资项目审批、融资获取…等方面" (areas where a measure applies), "建立健全审批、监管、执法、司法相互衔接的
#: 协同联动机制" (a list naming what a mechanism joins), "审批和发放信息应当依法向社会公开" (what is published, 畜牧法
#: 第二十六条: "新增程序“审批”" wrong in reading 310). "经批准的项目" stays a step: only what was approved.
_NAMING = recache.compile(r"的(?![，。；：、\n）)])|[^，。；：\n]*?(?:为由|等方面|等领域)"
                          r"|[^，。；：\n]{0,4}(?:效率|事项)|[^，。；：\n]{0,6}?(?:信息|结果)"
                          r"|[^，。；：\n]*?时(?=[，。；：\n]|$)"
                          r"|、[^，。；：\n]*?的[^，。；：\n]{0,8}?(?:机制|制度|体系|平台|系统)")
#: Before a step in its phrase, words that waive it: "无需向市场监管部门申请办理经营主体登记备案手续"
#: (上海市优化营商环境条例 2024) takes a filing away.
_WAIVED = recache.compile(r"无需|无须|不需|不必|免于|免予|不再")
#: Before a step in its phrase, words that make it the name of a class: "将体育课列为考核学生学业成绩的科目" (体育法 第十八条:
#: an assessed subject, no step; "程序“考核”被删除" was said once the sentence was read as rewritten, reading 221).
_CLASSED_AS = recache.compile(r"列为|列入")
#: After a step, the words that make it one the party may ask for, not one it must go through:
#: "企业需要办理增加经营场所备案的，可以向…申请办理" (上海市优化营商环境条例 2024, read as a new 备案 step in
#: four readings).
_OPTIONAL_AFTER = recache.compile(r"的，可以")


#: A phrase naming a breach that a provision punishes ("（一）违反本条例规定评定、复核烈士或者审批抚恤优待的"): the steps it
#: names are what was done wrong, no step of a procedure (烈士褒扬条例 第五十八条: "新增程序“复核”").
_IN_A_BREACH = recache.compile(r"(?:（[一二三四五六七八九十]+）)?违反[^，。；\n]*的(?=[，。；：\n]|$)")


#: (A step opening on 经 after 已 is "已经", already: "对已经批准军队医疗机构配制的制剂进行调查" names what was approved, no step to
#: take; "程序“经批准”被删除" when that sentence was read as rewritten, 药品管理法办法 第十七条 → 第三十三条.)
def _steps(text: str, step: str) -> int:
    if step not in text:
        return 0
    inside = [m.span() for m in _HOLDING_A_STEP.finditer(text)]
    naming = not step.startswith("经")
    return sum(1 for m in recache.compile(re.escape(step)).finditer(text) if not _NOUN_AFTER.match(text, m.end())
               and not (naming and _NAMING.match(text, m.end()))
               and not _WAIVED.search(text, _phrase_start(text, m.start()), m.start())
               and not _CLASSED_AS.search(text, _phrase_start(text, m.start()), m.start())
               and not _OPTIONAL_AFTER.match(text, m.end())
               and not _IN_A_BREACH.match(text, _phrase_start(text, m.start()))
               and not any(a <= m.start() and m.end() <= b for a, b in inside)
               and not (step.startswith("经") and text[m.start() - 1:m.start()] == "已"))


def _phrase_start(text: str, at: int) -> int:
    return last_of(text, "，。；：\n", at) + 1


def _only_as_failing_to(text: str, step: str) -> bool:
    """Every use of the step is in conduct punished for not doing it (``_failing_to``)."""
    return all(_failing_to(text, m.start(), m.end(), step) for m in recache.compile(re.escape(step)).finditer(text))


def _failing_to(text: str, start: int, end: int, step: str) -> bool:
    """The step is named in conduct a provision punishes for not doing it ("未…备案的", "未经验收…即投入
    生产、使用的"): the duty is stated elsewhere, this provision adds no step to a procedure. Steps
    that are themselves a condition ("未经批准") stay steps."""
    if step.startswith("经"):
        return False
    before = _PHRASE_MARK.split(text[max(0, start - 40):start])[-1]
    if "经" in before and not before.endswith(("未经", "不经")) and not (before.endswith("或者经") and "未经" in before):
        return False  # "未经批准或者备案": the step is a condition, said with the approval; "未经验收或者经验收
        # 不合格即投入生产、使用的" is the conduct (海洋环境保护法 第一百零三条: "新增程序“验收”", the twentieth reading)
    if not _NOT_DONE.search(before):
        return False
    after = text[end:end + 60]
    # the conduct ends with 的 at the next comma ("设置入海排污口未备案的，由…处…罚款") or at the end of
    # its item ("…制定应急预案并备案，或者未按照有关规定配备应急设备、器材的；")
    if any(stop is not None and after[:stop.start()].rstrip().endswith("的")
           for stop in (_PHRASE_END.search(after), _CONDUCT_END.search(after))):
        return True
    # or at the first "的，" of its sentence, other breaches listed before it and no one named to act ("兴办畜禽养殖场未
    # 备案，畜禽养殖场未建立养殖档案或者未按照规定保存养殖档案的，由…责令限期改正": 畜牧法 第八十六条, "新增程序“备案”" wrong in
    # reading 329; the duty to file is 第三十九条's)
    case = after.find("的，")
    sentence_end = _CONDUCT_END.search(after)
    return case >= 0 and (sentence_end is None or case < sentence_end.start()) and "由" not in after[:case] \
        and "应当" not in after[:case]


def _said_apart(text: str, step: str) -> bool:
    """A step "经X" said with words between 经 and X in one phrase ("报经海事行政主管部门批准")."""
    if not step.startswith("经") or len(step) < 3 or "经" not in text:
        return False
    return re.search(f"经[^，。；、]{{1,15}}?{re.escape(step[1:])}", text) is not None


#: A step said with another word in the other version.
_SAID_AS = {"公示": "公告"}


#: Words that name a step of checking: one of them after the same words in the other version is the same step named anew.
_CHECKS = ("审查", "审核", "考核", "核查", "检查", "审定", "评审", "考察")


def _renamed_step(text: str, other: str, step: str) -> bool:
    """Every use of ``step`` in ``text`` follows two characters the other version follows with another checking word, a
    name ``text`` no longer says: "应征公民的政治审查工作" → "征兵政治考核" is the political review named anew (征兵工作条例 第二十条
    → 第二十三条, 第二十三条 → 第二十七条: "新增程序“考核”" useless twice in reading 326)."""
    if step not in _CHECKS:
        return False
    uses = [m.start() for m in recache.compile(re.escape(step)).finditer(text)]
    return bool(uses) and all(
        len(name := text[at - 2:at]) == 2 and any(name + word in other and name + word not in text
                                                  for word in _CHECKS if word != step)
        for at in uses)


def _only_as_needed(text: str, step: str) -> bool:
    """Every use of ``step`` in ``text`` is a case of need, "需要（进一步）…的": 反洗钱法 2006 第二十五条's "调查中需要进一步核查的，
    经…负责人批准，可以查阅、复制…" (2024 第四十三条 "需要调查核实的，经…批准"): "程序“核查”被删除" was wrong in reading 487."""
    uses = list(recache.compile(re.escape(step)).finditer(text))
    return bool(uses) and all(_NEEDED.search(text[max(0, m.start() - 8):m.start()]) and text[m.end():m.end() + 1] == "的"
                              for m in uses)


#: Steps left to "the procedure" and a submission: "按程序报审", "按照规定程序报批", "按程序请示报告".
_BY_PROCEDURE = recache.compile(r"按(?:照)?(?:规定)?程序(?:报|请示|审)[^，。；：\n]{0,6}")
#: "需要" (and a few words) just before a step named as a case of need.
_NEEDED = recache.compile(r"需要[^，。；]{0,6}$")


def _unauthorised(text: str, other: str, step: str) -> bool:
    """Every use of an approval in ``text`` is conduct without it ("未经批准"), where the other version said the conduct
    "擅自" (without leave) more often: "军队药品供应保障机构擅自向地方药品经营企业和医疗机构供应药品的" → "…未经批准向地方单位或者个人
    提供军队特需药品的" (中国人民解放军实施《药品管理法》办法 第二十四条 → 第四十五条) adds no step."""
    if step != "经批准" or text.count("擅自") >= other.count("擅自"):
        return False
    return all(text[max(0, m.start() - 1):m.start()] in ("未", "不") for m in recache.compile(step).finditer(text))


def _procedure_notes(pair, lexicon: Lexicon) -> List[Note]:
    notes: List[Note] = []
    old, new = pair.old_text, pair.new_text
    # (the procedure the new text leaves steps to, "按程序报审", when the old one named none: read once for every step)
    left_to_procedure = None if _BY_PROCEDURE.search(old) else _BY_PROCEDURE.search(new)
    for step in lexicon.procedures:
        before, after = _steps(old, step), _steps(new, step)
        if bool(before) == bool(after):
            continue  # absent from both, or still a step said more or fewer times (restructured)
        if _said_apart(old if after else new, step):
            continue  # "报经有关部门批准" → "报经批准": the same step, its words apart in one version
        if _only_as_failing_to(new if after else old, step):
            continue  # "未按照有关规定制定应急预案并备案…的": a penalty for not filing, no step added
        said_as = _SAID_AS.get(step)
        if said_as and (old if after else new).count(said_as) > (new if after else old).count(said_as):
            continue  # "通过国家企业信用信息公示系统进行公告" → "…公示": the same publication, reworded
        if _renamed_step(new if after else old, old if after else new, step):
            continue  # "政治审查" → "政治考核": the same step named anew
        if _only_as_needed(new if after else old, step):
            continue  # "调查中需要进一步核查的，经…批准，可以查阅" is a case, the approval its step
        if _unauthorised(new if after else old, old if after else new, step):
            continue  # "擅自向地方…供应药品的" → "未经批准向地方单位…提供…的": the same conduct, worded otherwise
        # A longer step that holds this one ("经评审" holds "评审") speaks for it.
        if any(step != other and step in other and old.count(other) - new.count(other) == before - after
               for other in lexicon.procedures):
            continue
        left_to = left_to_procedure if after < before else None
        if left_to:  # "按“三重一大”要求审议后…报区政府审议批准后" → "按程序报审": the step named gone, left to the procedure the
            # new text refers to (石景山 第十四条: "程序“审议”被删除" alone, beside "按程序报审", wrong in reading 1668)
            notes.append(Note(Finding(
                FindingKind.CONDITION_REMOVED, clip(_phrases_with(old, step), 80), left_to.group(0),
                f"程序“{step}”被删除，改为“{left_to.group(0)}”",
                f"procedural step “{step}” removed, now “{left_to.group(0)}”"), (step, left_to.group(0))))
        elif after < before:
            notes.append(Note(Finding(
                FindingKind.CONDITION_REMOVED, clip(_phrases_with(old, step), 80),
                clip(_phrases_with(new, step), 80) or None,
                f"程序“{step}”被删除",
                f"procedural step “{step}” removed"), (step,)))
        elif _only_as_without(new, step):
            notes.append(Note(Finding(
                FindingKind.CONDITION_ADDED, clip(_phrases_with(old, step), 80) or None,
                clip(_phrases_with(new, step), 80),
                f"违法情形新增“未经{step}”",
                f"conduct punished now includes acting without “{step}”"), (step,)))
        else:
            notes.append(Note(Finding(
                FindingKind.CONDITION_ADDED, clip(_phrases_with(old, step), 80) or None,
                clip(_phrases_with(new, step), 80),
                f"新增程序“{step}”",
                f"procedural step “{step}” added"), (step,)))
    return _replaced_steps(notes)


def _replaced_steps(notes: List[Note]) -> List[Note]:
    """One step taken out and one put in: the one replaced by the other, one note ("程序“备案”改为“复核”": 烈士褒扬条例 第十条's
    filing became a review, "程序“备案”被删除" alone pointed the reader the wrong way in reading 322)."""
    gone = [n for n in notes if n.finding.message.startswith("程序“")]
    came = [n for n in notes if n.finding.message.startswith("新增程序“")]
    if len(gone) != 1 or len(came) != 1:
        return notes
    (a,), (b,) = gone[0].evidence, came[0].evidence
    f = gone[0].finding
    return [n for n in notes if n is not gone[0] and n is not came[0]] + [Note(Finding(
        FindingKind.CONDITION_REMOVED, f.old, came[0].finding.new, f"程序“{a}”改为“{b}”",
        f"procedural step “{a}” replaced by “{b}”"), (a, b))]


def _only_as_without(text: str, step: str) -> bool:
    """The step is put in only beside another in conduct punished for going without them ("未经批准或者备案擅自组织
    实施统计调查的"): conduct punished now includes going without it; no step is added to a procedure (统计法 第三十八条
    → 第四十一条 was "新增程序“备案”", a headline, wrong in the twenty-sixth and thirty-first readings)."""
    at = [m.start() for m in recache.compile(re.escape(step)).finditer(text)]
    return bool(at) and all(re.search(r"未经[^，。；、]{1,8}或者$", text[max(0, k - 12):k]) for k in at)


#: A removed and an added condition this similar are one condition reworded (收养法 → 民法典).
REWORDED = 60


#: A pair of provisions less alike than this has no conditions changed of their own (the least evidence the
#: aligner pairs on; 保障中小企业款项支付条例 第二十一条 → 第二十三条, 0.299, keeps its "新增规定" of powers ranked as a
#: condition).
UNLIKE = 0.25


def unlike(pair) -> bool:
    """Provisions barely alike (under UNLIKE): a condition of one is no condition put into or taken out of the
    other (专利法实施细则 第八十条 "…进行业务指导" and the new 第九十六条's list "（二）对行业发展有重大影响的", similarity
    0.23: "新增条件" was wrong in the thirty-fifth reading). Their sentences are said put in and taken out, ranked
    as the conditions inside them (公司法 第二百六十六条's transitional rules on capital terms, 0.18)."""
    return pair.similarity is not None and pair.similarity < UNLIKE


def not_conditions(notes: List[Note]) -> List[Note]:
    """The notes but those of conditions put in or taken out."""
    return [n for n in notes if n.finding.kind not in (FindingKind.CONDITION_ADDED, FindingKind.CONDITION_REMOVED)]


def find_condition_changes(pair, changes, lexicon: Lexicon) -> List[Note]:
    from rapidfuzz.fuzz import ratio

    old, new = pair.old_text, pair.new_text
    restated: set = set()
    removed = _condition_notes(changes, old, new, lexicon, True, restated)
    added = _condition_notes(changes, old, new, lexicon, False, restated)
    reworded = {(r, a) for r in range(len(removed)) for a in range(len(added))
                if ratio(removed[r].evidence[0], added[a].evidence[0]) >= REWORDED}
    removed = [n for i, n in enumerate(removed) if not any(i == r for r, _ in reworded) and id(n) not in restated]
    added = [n for i, n in enumerate(added) if not any(i == a for _, a in reworded) and id(n) not in restated]
    return (_not_said_otherwise(removed, new) + _not_said_otherwise(added, old)
            + _procedure_notes(pair, lexicon))


#: A condition the other version says nearly word for word somewhere in the provision (0–100, the best
#: match of its length there) is reworded, not removed or added.
STILL_SAID = 85


def _not_said_otherwise(notes: List[Note], other: str) -> List[Note]:
    """The notes whose condition the other version does not say in other words ("对海关、金融、国税、外汇管理
    等…的具体行政行为不服的" → "对海关、金融、外汇管理等…、税务和国家安全机关的行政行为不服的": 国税 became
    税务, no condition came; "对行政复议决定不服的" is still said, inside a longer phrase)."""
    if not notes:
        return notes
    from rapidfuzz.fuzz import partial_ratio

    other = substance(other)
    return [n for n in notes if partial_ratio(substance(n.evidence[0]), other) < STILL_SAID
            and not _same_frame(substance(n.evidence[0]), other)]


#: Characters of a condition's opening and of its end (its closing 的 left out) that, both found in the
#: other version in this order and near, say it is there reworded within them.
FRAME_OPENING, FRAME_END = 8, 4


def _same_frame(condition: str, other: str) -> bool:
    """The other version says the condition's opening and its end with other words between ("对行政机关作出
    的限制人身自由或者查封、扣押、冻结财产等行政强制措施决定不服的" → "对行政机关作出的行政强制措施、行政强制执行决定不服",
    行政复议法 第六条 → 第十一条: the item widened, not taken out; the twentieth reading)."""
    body = condition.rstrip("的")
    if len(body) < FRAME_OPENING + FRAME_END + 4:
        return False
    from .words import _longest_run

    opening, end = body[:FRAME_OPENING], body[-FRAME_END:]
    middle = body[FRAME_OPENING:-FRAME_END]
    at = other.find(opening)
    while at >= 0:
        stop = other.find(end, at + FRAME_OPENING)
        if 0 <= stop <= at + 2 * len(body):
            # (and a run of what stood between: "行政强制措施"; the frame alone, "对行政机关作出的…决定不服",
            # is every item's)
            between = other[at + FRAME_OPENING:stop]
            if _longest_run(middle, between) >= FRAME_MIDDLE:
                return True
        at = other.find(opening, at + 1)
    return False


#: Characters in one run the condition's middle and the other version's must share (_same_frame).
FRAME_MIDDLE = 4
