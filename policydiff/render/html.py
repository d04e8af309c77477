"""The side-by-side HTML report: one self-contained file, every text escaped.

The ranked summary (15 sentences, the rest behind 更多（N）), a chapter index
(a sticky sidebar on a wide screen, a menu in the controls on a phone), filter
pills that count rows, and the table (rows.py). A long document folds its runs
of unchanged articles and opens on 仅看修改. ``lang="en"`` says all of it in
English. Inline style and script run only by their hash (strict CSP).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, List, Optional, Tuple

import jinja2

from ..models import Comparison, Status
from .headlines import STATUS_EN, STATUS_ZH, policy_title
from .json import notice_dict, summary
from ..pairs import pairs_file
from .ranking import front_and_rest, ranked_headlines

def _template_dirs() -> List[str]:
    here = Path(__file__).resolve().parent.parent
    # Installed: policydiff/templates; source checkout or editable install: ./templates.
    return [str(p) for p in (here / "templates", here.parent / "templates") if p.is_dir()]


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(_template_dirs()),
        autoescape=True, trim_blocks=True, lstrip_blocks=True,
        undefined=jinja2.StrictUndefined)


@lru_cache(maxsize=None)
def _asset(name: str) -> Tuple[str, str]:
    """An inline stylesheet or script and its CSP hash: only these may run."""
    import base64
    import hashlib

    for folder in _template_dirs():
        path = Path(folder) / name
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
            return text, f"sha256-{digest}"
    raise FileNotFoundError(name)


#: Above this many pairs runs of unchanged articles are folded into one row each;
#: above CHANGED_ONLY the report opens on "仅看修改".
LONG, CHANGED_ONLY = 40, 80

WORDS = {
    "zh": {"lang": "zh-CN", "page": "修改对照", "old": "原", "new": "新", "old_text": "原条文", "new_text": "修改后条文",
           "notes": "修改说明", "differs": "两个版本在内容上有差异。", "same": "两个版本内容相同（至多格式差异）。",
           "summary": "修改概要", "more": "更多（{}）", "filters": "筛选", "all": "全部", "changed": "仅看修改",
           "next_key": "下一处修改", "back_key": "上一处", "chapters": "章节", "no_old": "（无对应原条文）",
           "deleted": "（本条已删除）", "moved_from": "原位于{}", "see": "↓ 见{}", "omitted": "其余条文未修改",
           "colon": "：", "open": "（", "close": "）", "set_by_user": "用户指定配对",
           "pairs_file": "配对文件（复制后修改，再以 --pairs 文件 重新比对）", "pairs_file_label": "配对文件"},
    "en": {"lang": "en", "page": "Changes", "old": "Old", "new": "New", "old_text": "Old text", "new_text": "New text",
           "notes": "Notes", "differs": "The two versions differ in substance.",
           "same": "The two versions are the same in substance (formatting at most).", "summary": "Summary",
           "more": "More ({})", "filters": "Filters", "all": "All", "changed": "Changes only", "next_key": "next change",
           "back_key": "previous", "chapters": "Chapters", "no_old": "(no old provision)",
           "deleted": "(provision deleted)", "moved_from": "Formerly {}", "see": "↓ see {}",
           "omitted": "All other provisions unchanged.", "colon": ": ", "open": " (", "close": ")",
           "set_by_user": "paired by the user",
           "pairs_file": "Pairs file (copy, correct, and compare again with --pairs FILE)",
           "pairs_file_label": "Pairs file"},
}


def render_html(comparison: Comparison, lang: str = "zh", unchanged: Optional[str] = None, **_options: Any) -> str:
    from .rows import chapter_index, kind_names, pills, table_rows

    lang = "en" if lang == "en" else "zh"
    long = len(comparison.pairs) > LONG
    mode = unchanged or ("brief" if long else "full")
    template = environment().get_template("report.html.j2")
    style, style_hash = _asset("report.css")
    script, script_hash = _asset("report.js")
    rows = table_rows(comparison, lang, fold=mode == "brief", omit=mode == "omit")
    front, rest = front_and_rest(ranked_headlines(comparison, lang))
    statuses = STATUS_EN if lang == "en" else STATUS_ZH
    counts = summary(comparison)
    return template.render(
        t=WORDS[lang], old=comparison.old, new=comparison.new, title=policy_title(comparison),
        rows=rows, front=front, rest=rest, chapters=chapter_index(comparison, rows),
        pair_count=len(comparison.pairs),
        warnings=[notice_dict(n, lang) for n in comparison.warnings],
        changed_count=sum(1 for p in comparison.pairs if p.is_substantive),
        changed_only=len(comparison.pairs) > CHANGED_ONLY,
        omitted=mode == "omit" and any(p.status is Status.UNCHANGED for p in comparison.pairs),
        style=_markup(style), style_hash=style_hash,
        script=_markup(script), script_hash=script_hash,
        pair_counts=[(statuses[Status(k)], v) for k, v in counts["pairs"].items() if v],
        finding_counts=[(kind_names(lang)[k], v) for k, v in counts["findings"].items() if v],
        pills=pills(comparison, lang),
        differs=comparison.differs,
        pairs_file=pairs_file(comparison))


def _markup(text: str):
    from markupsafe import Markup

    return Markup(text)
