"""The subscriptions file: every key checked; selector, ignore and every; what published outputs name."""
import shutil
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from conftest import DRAFT, FINAL_WEB, LAWS
from policydiff.cli import cli
from servers import Site, serve

ATOM = "{http://www.w3.org/2005/Atom}"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.mark.parametrize("content, words", [
    ("[[policy]]\nname = 'x'\nsource = 'a.txt'\npick = 5\n", "pick must be a string, not int"),
    ("[[policy]]\nname = 'x'\nsource = 'a.txt'\npik = 'y'\n", "unknown key “pik”; did you mean “pick”?"),
    ("[[policy]]\nname = 'x'\nsorce = 'a.txt'\n", "unknown key “sorce”; did you mean “source”?"),
    ("policy = [1, 2]\n", "[[policy]] number 1 is not a table"),
    ("[[policy]]\nname = 3\nsource = 'a.txt'\n", "name must be a string, not int"),
    ("[[policy]]\nname = \"石景山\\u0007\"\nsource = 'a.txt'\n", "holds a control character"),
    ("[[policy]]\nname = \"x\"\nsource = 'a.txt'\nevery = '6x'\n", "every = “6x” is not a duration"),
    ("[[policy]]\nname = \"x\"\nsource = 'a.txt'\nignore = '^浏览'\n", "ignore must be a list, not str"),
    ("[[policy]]\nname = \"x\"\nsource = 'a.txt'\nignore = ['(']\n", "is not a regular expression"),
    ("[[policy]]\nname = \"x\"\nsource = 'a.txt'\nselector = 'div[['\n", "is not a CSS selector"),
    ("polcy = 1\n[[policy]]\nname = \"x\"\nsource = 'a.txt'\n", "unknown key “polcy”; did you mean “policy”?"),
    ("[[policy]]\nname = \"x\"\nsource = 'a.txt'\n[[channel]]\ntype = 'fax'\n", "type must be one of"),
    ("[[policy]]\nname = \"x\"\nsource = 'a.txt'\n[[channel]]\ntype = 'email'\nhost = 'h'\nto = ['a@b.c']\n"
     "pasword_env = 'P'\n", "did you mean “password_env”?"),
])
def test_a_mistyped_or_unknown_key_is_an_error_naming_it(tmp_path, content, words):
    toml = tmp_path / "s.toml"
    toml.write_text(content, encoding="utf-8")
    result = run("watch", toml, "--store", tmp_path / "s.sqlite3")
    assert result.exit_code == 2, result.output
    assert words in result.output and str(toml) in result.output
    assert len(result.output.strip().splitlines()) == 1 and "\x07" not in result.output


def test_a_bel_already_in_the_store_still_gives_a_digest_and_a_feed(tmp_path):
    """A store written before names were checked: the digest runs, is recorded, and the feed is written."""
    from policydiff.watch.store import Store

    store_path, out = tmp_path / "store.sqlite3", tmp_path / "out"
    with Store(store_path) as store:
        for source in (DRAFT, FINAL_WEB):
            text = "\n".join(l.strip() for l in source.read_text(encoding="utf-8").splitlines() if l.strip())
            store.record("石景山\x07", str(source), "石景山", text)
    result = run("digest", "--store", store_path, "-o", out)
    assert result.exit_code == 0, result.output
    assert "\x07" not in result.output
    root = ET.parse(out / "feed.atom").getroot()  # well-formed XML: the BEL did not reach it
    [entry] = root.findall(f"{ATOM}entry")
    assert entry.find(f"{ATOM}title").text.startswith("石景山\ufffd：")
    assert "no new entries" in run("digest", "--store", store_path, "-o", out).output  # it was recorded


PAGE = """<!DOCTYPE html><html><head><title>{title}</title></head><body>
<div class="nav">首页 | 政务公开 | 政策文件 | 联系我们</div>
<div class="info">发布时间：{date}　浏览次数：{views}</div>
<div class="TRS_Editor">{body}</div>
<div class="footer">主办单位：某某区人民政府办公室　京ICP备000000号</div>
</body></html>"""


def _page(source, views, date="2022-05-01", comma="，"):
    lines = source.read_text(encoding="utf-8").splitlines()
    title = lines[0].strip()
    body = "".join(f"<p>{l.strip()}</p>" for l in lines[1:] if l.strip()).replace("，", comma, 1)
    return PAGE.format(title=title, date=date, views=views, body=body)


def test_selector_and_ignore_keep_a_view_counter_from_making_versions(tmp_path):
    site = Site()
    with serve(site):
        toml = tmp_path / "s.toml"
        toml.write_text(f'[[policy]]\nname = "石景山"\nsource = "{site.url}/p.html"\nselector = "div.TRS_Editor, '
                        f'div.info"\nignore = ["^发布时间", "浏览次数"]\n', encoding="utf-8")
        store = tmp_path / "s.sqlite3"
        site.page("/p.html", _page(DRAFT, 101), "text/html; charset=utf-8")
        first = run("watch", toml, "--store", store)
        assert "new version #1" in first.output, first.output
        site.page("/p.html", _page(DRAFT, 102, "2022-05-02"), "text/html; charset=utf-8")
        assert "石景山: unchanged" in run("watch", toml, "--store", store).output
        site.page("/p.html", _page(DRAFT, 103, comma=","), "text/html; charset=utf-8")  # "，" → ","
        assert "石景山: unchanged" in run("watch", toml, "--store", store).output
        site.page("/p.html", _page(FINAL_WEB, 104), "text/html; charset=utf-8")
        assert "new version #2" in run("watch", toml, "--store", store).output
        text = run("show", "石景山@1", "--store", store).output
    assert "浏览次数" not in text and "首页" not in text and "京ICP备" not in text
    assert text.splitlines()[0] == DRAFT.read_text(encoding="utf-8").splitlines()[0].strip()


def test_a_selector_that_picks_nothing_is_reported(tmp_path):
    site = Site()
    with serve(site):
        site.page("/p.html", _page(DRAFT, 1), "text/html; charset=utf-8")
        toml = tmp_path / "s.toml"
        toml.write_text(f'[[policy]]\nname = "p"\nsource = "{site.url}/p.html"\nselector = "div.content"\n',
                        encoding="utf-8")
        result = run("watch", toml, "--store", tmp_path / "s.sqlite3")
    assert result.exit_code == 2 and "has nothing that the selector “div.content” picks" in result.output


def test_every_keeps_a_source_from_being_fetched_again_too_soon(tmp_path):
    site = Site()
    with serve(site):
        site.page("/a.txt", DRAFT.read_bytes())
        site.page("/b.txt", FINAL_WEB.read_bytes())
        toml = tmp_path / "s.toml"
        toml.write_text(f'every = "6h"\n[[policy]]\nname = "a"\nsource = "{site.url}/a.txt"\n'
                        f'[[policy]]\nname = "b"\nsource = "{site.url}/b.txt"\nevery = "0s"\n', encoding="utf-8")
        store = tmp_path / "s.sqlite3"
        run("watch", toml, "--store", store)
        second = run("watch", toml, "--store", store)
        assert (site.count("/a.txt"), site.count("/b.txt")) == (1, 2)
    assert "a:" not in second.output and "b: unchanged" in second.output


def test_published_outputs_name_files_not_local_paths(tmp_path):
    store, out = tmp_path / "s.sqlite3", tmp_path / "out"
    road = tmp_path / "road.md"
    shutil.copy(LAWS / "道路运输条例" / "2019-03-02.md", road)
    toml = tmp_path / "s.toml"
    toml.write_text('[[policy]]\nname = "road"\nsource = "road.md"\n', encoding="utf-8")
    run("watch", toml, "--store", store)
    shutil.copy(LAWS / "道路运输条例" / "2022-03-29.md", road)
    run("watch", toml, "--store", store)
    assert run("digest", "--store", store, "-o", out).exit_code == 0
    for path in out.iterdir():
        content = path.read_text(encoding="utf-8")
        assert str(tmp_path) not in content, path.name
    assert "road.md" in (out / "feed.atom").read_text(encoding="utf-8")


from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

_VALUES = st.one_of(st.integers(-3, 3), st.booleans(), st.text(max_size=12), st.lists(st.text(max_size=5), max_size=3),
                    st.just('"6h"'), st.just('"x\\u0007"'), st.just("[1, 2]"), st.just("{a = 1}"))
_KEYS = st.sampled_from(["name", "source", "pick", "selector", "ignore", "every", "pik", "type", "url", "to",
                         "host", "policy", "channel", "title", "名称"])


def _toml_value(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value[:1] in ('"', "[", "{"):
        return value
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return str(value)


_TABLES = st.lists(st.tuples(st.sampled_from(["[[policy]]", "[[channel]]", "[policy]", ""]),
                             st.lists(st.tuples(_KEYS, _VALUES), max_size=6)), max_size=4)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tables=_TABLES, noise=st.text(max_size=20))
def test_any_sources_file_is_read_or_refused_in_one_line(tmp_path, tables, noise):
    """Property: whatever the file holds, reading it gives subscriptions or a PolicydiffError, never another exception."""
    from policydiff.errors import PolicydiffError
    from policydiff.watch.sources import read_sources

    lines = []
    for header, pairs in tables:
        lines.append(header)
        lines += [f"{key} = {_toml_value(value)}" for key, value in pairs]
    path = tmp_path / "fuzz.toml"
    path.write_text("\n".join(lines) + "\n" + noise, encoding="utf-8", errors="surrogatepass")
    try:
        sources = read_sources(str(path))
    except PolicydiffError as exc:
        assert "\n" not in str(exc) and "\x07" not in str(exc)
        return
    for policy in sources.policies:
        assert isinstance(policy.name, str) and policy.name and isinstance(policy.source, str)
        assert policy.pick is None or isinstance(policy.pick, str)
