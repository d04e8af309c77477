"""Start in well under 0.1 s of imports (issue 18): what a comparison loads."""
import subprocess
import sys

from conftest import LAWS

LOADED_BY_JSON = """
import sys
from policydiff import compare
from policydiff.render import render
render(compare(sys.argv[1], sys.argv[2]), "json")
print(" ".join(sorted(m for m in ("jinja2", "bs4", "pdfplumber", "docx", "cn2an") if m in sys.modules)))
"""


def test_a_json_comparison_of_statutes_with_wan_figures_loads_no_renderer_or_reader_it_does_not_need():
    old, new = LAWS / "公司法" / "2018-10-26.md", LAWS / "公司法" / "2023-12-29.md"
    assert "万元" in old.read_text(encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", LOADED_BY_JSON, str(old), str(new)],
                         capture_output=True, text=True, check=True).stdout
    assert out.strip() == ""


def test_numerals_with_wan_read_directly_agree_with_cn2an():
    import cn2an

    from policydiff.numerals import value

    for numeral in ("五万", "二十万", "一百万", "二百万", "一万零八十", "三万五千", "十万", "一千万",
                    "一万五", "两万三千", "一万二千三百四十五"):
        assert value(numeral) == float(cn2an.cn2an(numeral, "smart")), numeral
