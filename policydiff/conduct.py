"""What a penalty punishes: its conduct, the opening of its sentence up to the first "的，".

"军队医疗机构未取得《医疗机构制剂许可证》配制制剂的，没收违法配制的制剂；…" punishes "军队医疗机构未取得《医疗机构制剂许可证》
配制制剂". Two versions of a law rewrite a penalty's sanctions and the names it uses (the licences of 2004 are not those of
2025) while the conduct stays, in other words; the boilerplate of sanctions (责令改正, 给予处分, 追究刑事责任) that every
penalty shares is no part of it. The aligner pairs a deleted and an added penalty by it (``realign`` rule 7) and the
findings read a penalty sentence rewritten by it (``findings.rewrites``).
"""
from __future__ import annotations

from functools import lru_cache
from typing import FrozenSet, Optional

from . import recache

#: A conduct: the text up to the first "的，" (at least six characters), the law's "违反本法规定，" off.
_CONDUCT = recache.compile(r"^(?:违反本[\u4e00-\u9fff]{0,4}规定，)?([^。；]{6,}?)的，")
#: Words every conduct may say: no sign of the same conduct.
STOCK = frozenset(("违反", "规定", "本法", "本条例", "本办法", "有关", "单位", "人员", "或者", "以及", "行为", "情形",
                   "下列", "之一"))


def conduct(text: str) -> Optional[str]:
    """The conduct ``text`` opens with, or None (none, or a list's header: "有下列行为之一的，")."""
    m = _CONDUCT.match(text.strip())
    return m.group(1) if m and not m.group(1).endswith("之一") else None


@lru_cache(maxsize=4096)
def words(conduct: str) -> FrozenSet[str]:
    """A conduct's words (jieba's, two characters or more), its stock words and numbers off."""
    from .findings.segmenter import segmenter

    return frozenset(w for w in segmenter().cut(conduct, HMM=False)
                     if len(w) >= 2 and not w.isdigit() and w not in STOCK)
