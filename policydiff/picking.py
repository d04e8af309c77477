"""What to compare when the inputs are not two plain versions of one policy.

Two questions asked before structure, each answered with a :class:`Notice`
or refused with a :class:`PolicydiffError`, never passed over in silence:

* **A multi-policy dump on one side** (a listing page, a scrape: several
  titles each with its own text, see :mod:`policydiff.ingest.dump`). When the
  other side is one policy and exactly one policy of the dump clearly
  matches it (the score of :mod:`policydiff.match` at least ``MIN_SCORE``,
  every other under it), that one is compared and a ``picked`` notice says
  so; otherwise the comparison is refused with the dump's policies listed
  and how to choose (``FILE#N``, ``--pick``, or ``--whole`` for the whole
  file on purpose).
* **Traditional against Simplified Chinese**: a ``script`` notice that
  suggests ``--convert t2s`` when one side is mostly Traditional and the
  other Simplified, since without it nearly every clause differs by script.
"""
from __future__ import annotations

from functools import lru_cache
from typing import List, Optional, Pattern, Tuple

from . import kept, recache
from .errors import PolicydiffError
from .i18n import _
from .ingest.dump import Policy, listing, may_hold_several, split
from .models import Notice, RawText
from .normalize import HAN_RANGE

#: The match score (0.8 text, 0.2 title) a dump's policy needs to be taken as
#: the other side's version; versions of one statute in the corpus score 0.57
#: or more, different statutes under 0.25 (README, match).
MIN_SCORE = 0.3


def resolve(old: RawText, new: RawText) -> Tuple[RawText, RawText, Tuple[Notice, ...]]:
    """The two texts to compare, a dump's policy picked where one clearly matches."""
    old_policies, new_policies = _policies(old), _policies(new)
    many_old, many_new = len(old_policies) > 1, len(new_policies) > 1
    if many_old and many_new:
        raise _refusal(old, old_policies, _("and {other} is one too").format(other=new.source))
    if not (many_old or many_new):
        return old, new, ()
    dump, policies, other, side = (old, old_policies, new, "old") if many_old else (new, new_policies, old, "new")
    chosen = _clear_match(policies, other)
    if chosen is None:
        raise _refusal(dump, policies, _("and none of them clearly matches {other}").format(other=other.source))
    picked = RawText(f"{dump.source}#{chosen.number}", chosen.as_text(), dump.media_type, dump.encoding)
    notice = Notice(
        "picked",
        f"{dump.source} 含 {len(policies)} 项政策，已比较第 {chosen.number} 项《{chosen.title}》"
        f"（与 {other.source} 相符）；用 {dump.source}#N 选择其他，或 --whole 比较整个文件",
        f"{dump.source} holds {len(policies)} policies; compared #{chosen.number} «{chosen.title}», the one "
        f"matching {other.source}; give {dump.source}#N to choose another, or --whole for the whole file",
        side=side)
    return (picked, new, (notice,)) if side == "old" else (old, picked, (notice,))


def _policies(raw: RawText) -> List[Policy]:
    """The dump's policies; none looked for in a text that cannot hold two (a few searches
    over it, where splitting reads it line by line: a second on a 49 MB text)."""
    return split(raw) if may_hold_several(raw.text) else []


def _clear_match(policies: List[Policy], other: RawText) -> Optional[Policy]:
    from . import normalize, structure
    from .match import Entry, score, shingles

    document = structure.parse(normalize.normalize(other))
    target = Entry(other.source, structure.own_title(document.title),
                   shingles("".join(c.text for c in document.clauses)))
    scores = {}  # a policy printed many times over (a statute pasted 150 times) is scored once
    for p in policies:
        if (p.title, p.text) not in scores:
            scores[p.title, p.text] = score(target, Entry(str(p.number), p.title, shingles(p.text)))[0]
    scored = sorted(((scores[p.title, p.text], p) for p in policies), key=lambda s: -s[0])
    best, runner_up = scored[0][0], scored[1][0]
    return scored[0][1] if best >= MIN_SCORE and runner_up < MIN_SCORE else None


def _refusal(dump: RawText, policies: List[Policy], why: str) -> PolicydiffError:
    listed = listing(policies)
    return PolicydiffError(
        dump.source,
        _("holds {n} policies ({listed}) {why}").format(n=len(policies), listed=listed, why=why),
        _("choose one with {source}#N or --pick TITLE, or pass --whole to compare the whole file")
        .format(source=dump.source))


# ------------------------------------------------------------------ unreadable

_UNMAPPED = recache.compile("\\(cid:\\d+\\)|[\ue000-\uf8ff\ufffd]")
_PRIVATE = recache.compile("[\ue000-\uf8ff\ufffd]")


def unreadable_notice(raw: RawText, side: str) -> Tuple[Notice, ...]:
    """An ``unreadable`` notice when some characters of a text that was read
    are glyphs without a character: "(cid:123)" from a PDF font without a
    Unicode map, private-use characters (a symbol font's bullets), U+FFFD.
    (A PDF made mostly of them is refused by its reader.)"""
    if "(cid:" not in raw.text and not _PRIVATE.search(raw.text):
        return ()  # (two plain searches: the alternation of both is tried at every character)
    found = _UNMAPPED.findall(raw.text)
    if not found:
        return ()
    zh_side = "旧版" if side == "old" else "新版"
    sample = "".join(dict.fromkeys(found[:5]))
    return (Notice(
        "unreadable",
        f"{zh_side}有 {len(found)} 个字符无法读取（如 {sample}：字体没有对应的文字），比较结果在这些位置可能不准确",
        f"{len(found)} characters of the {side} version could not be read (e.g. {sample}: glyphs without a "
        f"character), so the comparison may be wrong where they stand",
        side=side),)


# ------------------------------------------------------------------ script

_NOT_HAN = recache.compile(f"[^{HAN_RANGE}]+")  # taken out of a sample in one pass (a list of each Han character was slower)
_SAMPLE = 20000  # characters of each side looked at
_HAN_SAMPLE = 4000  # Han characters of those converted
TRADITIONAL = 0.05  # the share of Han characters t2s changes in a Traditional text is 0.2–0.3
SIMPLIFIED = 0.01  # and in a Simplified one almost none


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _t2s_changes() -> Optional[Tuple[Pattern[str], Pattern[str]]]:
    """What t2s can change in a sample of Han characters U+4E00–U+9FFF (``traditional_share``'s),
    from data/t2s_changes.json (made by scripts/t2s_changes.py from OpenCC's dictionaries): a
    pattern of the characters its entries write otherwise, and one of the phrases (``_patterns``).
    None when the installed OpenCC's dictionaries are not those the file was made from."""
    import importlib.util
    import os

    sizes, chars, phrases = kept.json_file(os.path.join(os.path.dirname(__file__), "data", "t2s_changes.json"),
                                           _patterns, "t2s patterns")
    spec = importlib.util.find_spec("opencc")
    if spec is None or not spec.submodule_search_locations:
        return None
    share = os.path.join(list(spec.submodule_search_locations)[0], "clib", "share", "opencc")
    try:
        if any(os.path.getsize(os.path.join(share, f"{name}.ocd2")) != size for name, size in sizes.items()):
            return None
    except OSError:
        return None
    return recache.compile(chars), recache.compile(phrases)


def _patterns(data: dict) -> Tuple[dict, str, str]:
    """The dictionaries' sizes; the characters as one class (those of a sample's range: a class
    holding characters beyond the BMP is tested range by range); the phrases a sample can hold that
    hold none of those characters (where one of the others stands, the class finds its character).
    Self-contained: its code is part of what its value is kept by (kept.json_file)."""
    chars = "".join(ch for ch in data["chars"] if "\u4e00" <= ch <= "\u9fff")
    phrases = [p for p in data["phrases"] if all("\u4e00" <= ch <= "\u9fff" and ch not in chars for ch in p)]
    never = "(?!)"  # (a pattern of nothing would match everywhere)
    return (data["dictionaries"], f"[{chars}]" if chars else never,  # (Han characters need no escape)
            "|".join(phrases) if phrases else never)


def _left_as_is(sample: str) -> bool:
    """True when t2s would give the sample (Han characters U+4E00–U+9FFF) back unchanged: it holds
    no character or phrase an entry of t2s writes otherwise (most Simplified texts), so OpenCC
    need not be loaded. Two searches: one alternation of both tries every phrase at every
    character (ten times slower)."""
    changes = _t2s_changes()
    if changes is None:
        return False
    chars, phrases = changes
    return chars.search(sample) is None and phrases.search(sample) is None


def traditional_share(text: str) -> float:
    """The share of the Han characters that OpenCC's t2s changes (in the first few thousand)."""
    sample = _NOT_HAN.sub("", text[:_SAMPLE])[:_HAN_SAMPLE]  # its Han characters: "".join(_HAN.findall(…))
    if not sample or _left_as_is(sample):
        return 0.0
    converted = _t2s().convert(sample)
    return sum(a != b for a, b in zip(sample, converted)) / len(sample)


def script_notice(old: RawText, new: RawText) -> Tuple[Notice, ...]:
    """A ``script`` notice when one side is mostly Traditional and the other Simplified."""
    shares = {"old": traditional_share(old.text), "new": traditional_share(new.text)}
    for side, other in (("old", "new"), ("new", "old")):
        if shares[side] >= TRADITIONAL and shares[other] < SIMPLIFIED:
            zh_side, zh_other = ("旧版", "新版") if side == "old" else ("新版", "旧版")
            return (Notice(
                "script",
                f"{zh_side}主要是繁体字，{zh_other}是简体字：多数条文会因字形不同而显示为修改；"
                f"用 --convert t2s（台湾用 tw2sp，香港用 hk2s）先转为简体再比较",
                f"the {side} version is mostly Traditional Chinese and the {other} Simplified, so most "
                f"clauses will differ by script alone; pass --convert t2s (tw2sp for Taiwan, hk2s for "
                f"Hong Kong) to compare them in Simplified",
                side=side),)
    return ()
