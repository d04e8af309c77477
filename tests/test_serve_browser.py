"""policydiff serve in a real browser: headless Chromium (Debian's) driven by Playwright,
against the real `policydiff serve` command (waitress, worker processes) on 127.0.0.1.

Screenshots of every page at desktop and phone width go to artifacts/serve-*.png.
"""
import json
import os
import re
import shutil
import subprocess
import sys
from contextlib import contextmanager

import pytest
from click.testing import CliRunner

from conftest import DRAFT, FINAL_WEB, LAWS, ROOT, serve_folder
from test_browser import ARTIFACTS, CHROMIUM, FLAGS

if not CHROMIUM and not os.environ.get("CI"):
    pytest.skip("no chromium on this machine (.ci/run installs it)", allow_module_level=True)

SIZES = {"desktop": (1280, 900), "phone": (390, 844)}
ROAD = LAWS / "道路运输条例"


@contextmanager
def running_server(*args):
    """`policydiff serve --port 0 …` in a child process: yields its base URL."""
    process = subprocess.Popen([sys.executable, "-m", "policydiff", "serve", "--port", "0", *map(str, args)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        line = process.stdout.readline()
        found = re.search(r"http://127\.0\.0\.1:\d+/", line)
        assert found, (line, process.stderr.read() if process.poll() is not None else "")
        yield found.group(0).rstrip("/")
    finally:
        process.terminate()
        process.wait(timeout=20)


def make_store(folder):
    """A store as watch and digest leave it: the Shijingshan draft then final, 道路运输条例 in three versions."""
    from policydiff.cli import cli

    site = folder / "site"
    site.mkdir()
    toml = folder / "sources.toml"
    toml.write_text('[[policy]]\nname = "石景山工业互联网"\nsource = "site/shijingshan.txt"\n\n'
                    '[[policy]]\nname = "道路运输条例"\nsource = "site/road.md"\n', encoding="utf-8")
    store = folder / "store.sqlite3"
    steps = [(DRAFT, ROAD / "2019-03-02.md"), (FINAL_WEB, ROAD / "2022-03-29.md"), (FINAL_WEB, ROAD / "2023-07-20.md")]
    for shijingshan, road in steps:
        shutil.copy(shijingshan, site / "shijingshan.txt")
        shutil.copy(road, site / "road.md")
        for args in (["watch", toml, "--store", store], ["digest", "--store", store, "-o", folder / "digest"]):
            result = CliRunner().invoke(cli, [str(a) for a in args])
            assert result.exit_code == 0, result.output
    return store


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("serve")
    store = make_store(folder)
    with running_server("--cache-dir", folder / "cache", "--max-size", 1, "--allow-private-urls",
                        "--store", store) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    problems = []
    page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    yield page
    context.close()
    assert [p for p in problems if "status of 4" not in p and "status of 5" not in p] == []


def wait_for_report(page, timeout=120_000):
    """After submitting: the waiting page refreshes itself until the result (or an error page) is there."""
    page.wait_for_selector("iframe.report, section.error", timeout=timeout)
    report = page.frame_locator("iframe.report")
    if page.locator("iframe.report").count():
        report.locator("tr.pair:visible").first.wait_for()  # (the changed ones are shown: a first pair may be hidden)
    return report


def submit_files(page, server, old, new):
    page.goto(server + "/")
    page.set_input_files("#old_file", str(old))
    page.set_input_files("#new_file", str(new))
    page.get_by_role("button", name="比较").click()


def row_of(report, old_label):
    return report.locator("tr.pair").filter(has=report.locator("td.old .label", has_text=old_label)).first


def assert_shijingshan_report(report):
    deleted = report.locator("tr.pair.st-deleted")
    assert deleted.count() == 1
    assert "第七条" in deleted.inner_text() and "本条已删除" in deleted.inner_text()
    for label in ("第三条", "第四条", "第五条", "第八条", "第十条"):
        assert "上限表述“不超过”被删除" in row_of(report, label).locator("td.notes").inner_text(), label
    assert report.locator("tr.pair[data-kinds~=qualifier_removed]").count() == 5


def pairs_of(data):
    """The alignment and its findings, without the sources' names."""
    return [(p["status"], p["old"], p["new"], [(f["kind"], f["old"], f["new"]) for f in p["findings"]])
            for p in data["pairs"]]


def download(page, name, folder):
    with page.expect_download() as info:
        page.locator(".downloads a", has_text=name).click()
    path = folder / info.value.suggested_filename
    info.value.save_as(str(path))
    return path


def test_upload_the_draft_and_the_final_shows_the_deletion_and_the_five_ceilings(page, server):
    submit_files(page, server, DRAFT, FINAL_WEB)
    report = wait_for_report(page)
    assert re.search(r"/c/[\w-]{22}$", page.url)
    assert page.locator(".summary .counts").inner_text() == "修改13条、删除1条、拆分1条"
    assert_shijingshan_report(report)
    # the stable link: opened again later, the same result, without comparing again
    again = page.context.new_page()
    again.goto(page.url)
    assert_shijingshan_report(wait_for_report(again))
    again.close()


def test_pasted_texts_give_the_report(page, server):
    page.goto(server + "/")
    page.fill("#old_text", DRAFT.read_text(encoding="utf-8"))
    page.fill("#new_text", FINAL_WEB.read_text(encoding="utf-8"))
    page.get_by_role("button", name="比较").click()
    report = wait_for_report(page)
    assert_shijingshan_report(report)
    assert "粘贴的文本（原版本）" in report.locator("header .sources").inner_text()


def test_the_final_as_a_url_gives_the_same_pairs_as_the_upload(page, server, tmp_path):
    submit_files(page, server, DRAFT, FINAL_WEB)
    wait_for_report(page)
    uploaded = json.loads(download(page, "JSON", tmp_path).read_text(encoding="utf-8"))
    with serve_folder(FINAL_WEB.parent) as base:
        page.goto(server + "/")
        page.set_input_files("#old_file", str(DRAFT))
        page.fill("#new_url", f"{base}/{FINAL_WEB.name}")
        page.get_by_role("button", name="比较").click()
        report = wait_for_report(page)
    assert_shijingshan_report(report)
    fetched = json.loads(download(page, "JSON", tmp_path).read_text(encoding="utf-8"))
    assert fetched["new"]["source"] == f"{base}/{FINAL_WEB.name}"
    assert pairs_of(fetched) == pairs_of(uploaded) and len(uploaded["pairs"]) == 15


def test_each_download_opens(page, server, tmp_path):
    import docx

    submit_files(page, server, DRAFT, FINAL_WEB)
    wait_for_report(page)
    html = download(page, "网页报告", tmp_path).read_text(encoding="utf-8")
    assert "Content-Security-Policy" in html and "本条已删除" in html
    data = json.loads(download(page, "JSON", tmp_path).read_text(encoding="utf-8"))
    assert data["format"] == "policydiff/comparison@2" and data["old"]["source"] == "2022-draft.txt"
    table = docx.Document(str(download(page, "Word 对照表", tmp_path))).tables[0]
    cells = [row.cells[0].text for row in table.rows]
    assert any(c.startswith("第七条") for c in cells) and len(table.rows) >= 15
    markdown = download(page, "Markdown 摘要", tmp_path).read_text(encoding="utf-8")
    assert "第七条" in markdown and "不超过" in markdown
    document = docx.Document(str(download(page, "Word 修订模式", tmp_path)))
    assert "<w:del " in document.element.xml and "<w:ins " in document.element.xml


def test_over_the_limit_and_unreadable_files_give_clear_pages_and_the_server_goes_on(page, server, tmp_path):
    big = tmp_path / "final.txt"
    big.write_bytes(("第一条 " + "甲" * 400_000).encode("utf-8"))  # 1.2 MB, the server's limit is 1 MB
    submit_files(page, server, DRAFT, big)
    assert "文件太大：final.txt 超过本服务器 1 MB 的上限" in page.locator("section.error").inner_text()
    broken = tmp_path / "final.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + os.urandom(4000))
    submit_files(page, server, DRAFT, broken)
    wait_for_report(page)
    error = page.locator("section.error").inner_text()
    assert "读不出这个来源" in error and "final.pdf" in error
    page.get_by_role("link", name="返回比较页面").click()
    assert page.locator("h1").inner_text() == "比较两个版本"
    submit_files(page, server, DRAFT, FINAL_WEB)
    assert_shijingshan_report(wait_for_report(page))


def test_english_switch(page, server):
    page.goto(server + "/")
    page.get_by_role("link", name="English").click()
    assert page.locator("h1").inner_text() == "Compare two versions"
    page.fill("#new_text", "第一条 甲。")
    page.get_by_role("button", name="Compare").click()
    assert "The old version is missing" in page.locator("section.error").inner_text()
    page.goto(server + "/")  # remembered
    assert page.locator("h1").inner_text() == "Compare two versions"
    page.get_by_role("link", name="中文").click()
    assert page.locator("h1").inner_text() == "比较两个版本"


def test_store_pages_link_to_their_reports(page, server):
    from playwright.sync_api import expect

    page.goto(server + "/store")
    rows = page.locator("table.list tbody tr")
    assert rows.count() == 2
    shijingshan = page.locator("table.list tbody tr", has_text="石景山工业互联网")
    assert "石景山区推动工业互联网产业高质量发展支持办法（试行）" in shijingshan.inner_text()
    page.get_by_role("link", name="石景山工业互联网").click()
    page.wait_for_url("**/store/policy/**")  # (count() does not wait for the page the click opens: flaky under load)
    expect(page.locator("table.list tbody tr")).to_have_count(2)
    page.get_by_role("link", name="查看修改").click()
    assert_shijingshan_report(wait_for_report(page))

    page.goto(server + "/store")
    page.get_by_role("link", name="道路运输条例").click()
    page.wait_for_url("**/store/policy/**")
    expect(page.locator("table.list tbody tr")).to_have_count(3)
    page.get_by_role("link", name="全部版本的逐条演变").click()
    page.wait_for_selector("iframe.report, section.error", timeout=120_000)
    timeline = page.frame_locator("iframe.report")
    assert timeline.locator("tbody tr").count() == 84  # the same lineages as `policydiff history` on the files

    page.goto(server + "/store/digests")
    digests = page.locator("section.digest")
    assert digests.count() == 3
    entries = page.locator("article.entry")
    assert entries.count() == 3  # 石景山 once, 道路运输条例 twice
    page.locator("article.entry", has_text="石景山工业互联网").get_by_role("link", name="报告").click()
    assert_shijingshan_report(wait_for_report(page))


@pytest.mark.parametrize("size", SIZES)
def test_screenshots_of_every_page(browser, server, size, tmp_path):
    width, height = SIZES[size]
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    ARTIFACTS.mkdir(exist_ok=True)

    def shot(name):
        path = ARTIFACTS / f"serve-{name}-{size}.png"
        page.screenshot(path=str(path))
        assert path.stat().st_size > 5000
        assert page.evaluate("document.documentElement.scrollWidth") <= width + 1, name

    page.goto(server + "/")
    shot("compare")
    company = LAWS / "公司法"
    page.set_input_files("#old_file", str(company / "2018-10-26.md"))
    page.set_input_files("#new_file", str(company / "2023-12-29.md"))
    page.locator("button[type=submit]").click()
    if page.locator(".pending").count():
        shot("pending")
    wait_for_report(page)
    shot("result")
    page.goto(server + "/c/no-such-comparison-here")
    shot("not-found")
    broken = tmp_path / "final.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + os.urandom(4000))
    submit_files(page, server, DRAFT, broken)
    page.wait_for_selector("section.error", timeout=120_000)
    shot("error")
    page.goto(server + "/?lang=en")
    shot("compare-en")
    page.goto(server + "/?lang=zh")
    for name, path in (("store", "/store"), ("policy", "/store/policy/道路运输条例"), ("digests", "/store/digests")):
        page.goto(server + path)
        shot(name)
    page.goto(server + "/store/history/道路运输条例")
    page.wait_for_selector("iframe.report", timeout=120_000)
    shot("history")
    context.close()
