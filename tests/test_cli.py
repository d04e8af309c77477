import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from policydiff.cli import cli

from conftest import DRAFT, FINAL_WEB, FINAL_WECHAT, ROOT


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_json_follows_the_contract():
    result = run("compare", DRAFT, FINAL_WECHAT, "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.output)
    assert data["format"] == "policydiff/comparison@2"
    assert data["old"]["source"] == str(DRAFT)
    clause = data["old"]["clauses"][6]
    assert set(clause) == {"id", "label", "number", "path", "heading", "text"}
    assert (clause["id"], clause["label"], clause["number"], clause["heading"]) == (
        "o7", "第七条", 7, "支持工业互联网应用场景建设")
    pair = data["pairs"][7]
    assert set(pair) == {"status", "old", "new", "renumbered", "similarity", "diff", "findings"}
    assert (pair["status"], pair["old"], pair["new"], pair["renumbered"]) == ("modified", ["o8"], ["n7"], True)
    assert 0.9 < pair["similarity"] <= 1
    assert ["-", "不超过"] in pair["diff"]
    assert data["summary"]["pairs"]["deleted"] == 1 and data["summary"]["pairs"]["split"] == 1
    assert set(data["summary"]["findings"]) >= {"qualifier_removed", "formatting", "wording_changed"}


def test_same_in_substance_exits_zero():
    result = run("compare", FINAL_WECHAT, FINAL_WEB, "--format", "json")
    assert result.exit_code == 0, result.output
    kinds = {f["kind"] for p in json.loads(result.output)["pairs"] for f in p["findings"]}
    assert kinds <= {"formatting"}


def test_identical_files_exit_zero():
    assert run("compare", DRAFT, DRAFT, "--format", "json").exit_code == 0


def test_html_report_goes_to_reports_by_default(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("compare", DRAFT, FINAL_WECHAT)
    assert result.exit_code == 1
    report = tmp_path / "reports" / "2022-draft__2022-final-wechat.html"
    assert report.is_file()
    assert result.output == "reports/2022-draft__2022-final-wechat.html: 15 pairs (1 unchanged, 12 modified, 1 deleted, 1 split)\n"


def test_output_option(tmp_path):
    out = tmp_path / "sub" / "x.json"
    result = run("compare", DRAFT, FINAL_WECHAT, "--format", "json", "-o", out)
    assert result.exit_code == 1
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "policydiff/comparison@2"


@pytest.mark.parametrize("make,expect", [
    (lambda d: d / "missing.txt", "no such file"),
    (lambda d: d, "is a directory"),
    (lambda d: _write(d / "empty.txt", b""), "is empty"),
    (lambda d: _write(d / "binary.txt", bytes(range(256)) * 8), "binary"),
    (lambda d: _write(d / "nothing.txt", "hello world".encode()), "no provisions found"),
    (lambda d: _write(d / "x.pdfx", b"%PDF"), "unknown format"),
])
def test_user_errors_exit_2_with_one_line_and_no_output_file(tmp_path, make, expect):
    bad = make(tmp_path)
    out = tmp_path / "out.html"
    result = CliRunner().invoke(cli, ["compare", str(DRAFT), str(bad), "-o", str(out)])
    assert result.exit_code == 2
    lines = result.output.strip().split("\n")
    assert len(lines) == 1 and expect in lines[0] and str(bad) in lines[0]
    assert "Traceback" not in result.output
    assert not out.exists()
    assert list(tmp_path.glob(".out.html*")) == []


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


def test_unwritable_output_is_a_clean_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run("compare", DRAFT, FINAL_WECHAT, "-o", blocker / "x.html")
    assert result.exit_code == 2 and "cannot write" in result.output


def test_python_dash_m_and_clean_errors_in_a_real_process(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "policydiff", "compare", str(DRAFT), str(tmp_path / "no.txt")],
                          capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.strip() == f"policydiff: {tmp_path / 'no.txt'}: no such file; check the path"


@pytest.mark.parametrize("command", [[]] + [[name] for name in sorted(cli.commands)])
def test_every_command_has_help(command):
    result = run(*command, "--help")
    assert result.exit_code == 0 and "Usage:" in result.output


def test_bundled_sample_exists():
    assert sorted(p.name for p in (ROOT / "versions").glob("*.txt")) == [
        "shijingshan-2022-draft.txt", "shijingshan-2022-final.txt"]


def test_exit_zero_keeps_errors_at_two(tmp_path):
    assert run("compare", DRAFT, FINAL_WECHAT, "--format", "json", "--exit-zero").exit_code == 0
    assert run("compare", DRAFT, tmp_path / "no.txt", "--exit-zero").exit_code == 2


def test_every_subpackage_is_installed():
    """A package missing from setup.cfg works in a checkout and fails after pip install ."""
    import configparser

    config = configparser.ConfigParser()
    config.read(ROOT / "setup.cfg", encoding="utf-8")
    listed = set(config["options"]["packages"].split())
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "policydiff").rglob("__init__.py")}
    assert found <= listed


def test_cli_choices_match_the_library():
    """cli.py spells these out so that starting it imports no pipeline module."""
    from policydiff import cli, history, normalize

    assert cli.ORDERS == history.ORDERS and cli.CONVERSIONS == normalize.CONVERSIONS


def test_version_starts_without_the_pipeline():
    import subprocess
    import sys

    code = ("import sys, runpy; sys.argv = ['policydiff', '--version']\n"
            "try:\n    runpy.run_module('policydiff', run_name='__main__')\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.startswith(('policydiff.', 'jinja2', 'rapidfuzz', "
            "'numpy', 'bs4', 'pdfplumber', 'docx', 'cn2an', 'datasketch'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    # The console script's launcher, the command line and the compare command's click-free part,
    # its errors and output files, the gettext lookup and the terminal's control-character guard
    # (its patterns from the machine's kept programs): no pipeline stage, renderer or heavy library.
    assert out.splitlines()[-1] == ("['policydiff.cli', 'policydiff.command', 'policydiff.errors', "
                                    "'policydiff.files', 'policydiff.i18n', 'policydiff.kept', "
                                    "'policydiff.launch', 'policydiff.recache', 'policydiff.visible']")
