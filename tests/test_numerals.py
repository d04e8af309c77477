"""Numerals read without cn2an where the plain reading is cn2an's own (its import costs start-up)."""
import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"

LOADED = """
import sys
sys.path.insert(0, sys.argv[1])
import synthetic
from policydiff import compare_documents
from policydiff.models import RawText
from policydiff.pipeline import parse
old, new = synthetic.civil_code_pair(1, 0.05)
comparison = compare_documents(parse(RawText("old", old), "o"), parse(RawText("new", new), "n"))
print(sum(1 for p in comparison.pairs if p.findings), "cn2an" in sys.modules)
"""


def test_numerals_of_digits_alone_read_directly_agree_with_cn2an():
    """"二五日" (a figure edited in the benchmark's 民法典 copy) is read without importing cn2an."""
    import cn2an

    from policydiff.numerals import value

    for numeral in ("二五", "二〇二三", "零五", "两五", "五零", "一二三"):
        assert value(numeral) == float(cn2an.cn2an(numeral, "smart")), numeral


def test_the_benchmarks_edited_civil_code_is_compared_without_importing_cn2an():
    """Its edits write "二五日" for "二日"; the 民法典 with 5% of its articles edited is read directly."""
    out = subprocess.run([sys.executable, "-c", LOADED, str(BENCHMARKS)], capture_output=True, text=True,
                         check=True).stdout.split()
    assert int(out[0]) > 40 and out[1] == "False"
