"""policydiff serve without a browser: the Flask app with its real worker processes.

The browser tests (tests/test_serve_browser.py) drive the same pages in Chromium;
these check the rules a browser does not see: limits, refusals, the cache.
"""
import json
import re
import subprocess
import sys
import time

import pytest

from policydiff.serve import Settings, create_app
from policydiff.serve.addresses import check_url, is_public
from policydiff.serve.cache import Cache
from policydiff.errors import PolicydiffError

from conftest import CORPUS, DRAFT, FINAL_WEB, LAWS, serve_folder

MB = 1024 * 1024


def make_client(tmp_path, **settings):
    app = create_app(Settings(cache_dir=tmp_path / "cache", **settings))
    return app.test_client()


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    return make_client(tmp_path_factory.mktemp("serve"), max_size=MB)


def finished(client, location, seconds=60):
    """Follow a comparison's link until it is no longer the waiting page."""
    deadline = time.time() + seconds
    while True:
        page = client.get(location)
        body = page.get_data(as_text=True)
        if 'http-equiv="refresh"' not in body or time.time() > deadline:
            return page, body
        time.sleep(0.2)


def upload(client, old, new, **form):
    data = {"old_file": (open(old, "rb"), old.name), "new_file": (open(new, "rb"), new.name), **form}
    return client.post("/compare", data=data, content_type="multipart/form-data")


def test_uploaded_versions_give_the_report_and_its_json(client):
    posted = upload(client, DRAFT, FINAL_WEB)
    assert posted.status_code == 303 and re.fullmatch(r"/c/[\w-]{22}", posted.location)
    page, body = finished(client, posted.location)
    assert page.status_code == 200 and "修改13条、删除1条、拆分1条" in body
    data = json.loads(client.get(posted.location + "/comparison.json").get_data(as_text=True))
    assert (data["old"]["source"], data["new"]["source"]) == ("2022-draft.txt", "2022-final-web.txt")
    deleted = [p for p in data["pairs"] if p["status"] == "deleted"]
    assert [c["label"] for c in data["old"]["clauses"] if c["id"] in deleted[0]["old"]] == ["第七条"]
    labels = {c["id"]: c["label"] for c in data["old"]["clauses"]}
    ceilings = {labels[p["old"][0]] for p in data["pairs"]
                if any(f["kind"] == "qualifier_removed" and "不超过" in f["old"] for f in p["findings"])}
    assert ceilings == {"第三条", "第四条", "第五条", "第八条", "第十条"}
    # the report itself keeps its strict policy, sent as a header too
    report = client.get(posted.location + "/report.html")
    assert "script-src 'sha256-" in report.headers["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in report.headers["Content-Security-Policy"]


def test_a_missing_side_is_a_page_in_chinese_or_english(client):
    page = client.post("/compare", data={"new_text": "第一条 甲。"})
    assert page.status_code == 400 and "缺少原版本" in page.get_data(as_text=True)
    page = client.post("/compare?lang=en", data={"new_text": "第一条 甲。"})
    assert "The old version is missing" in page.get_data(as_text=True)
    assert "Traceback" not in page.get_data(as_text=True)
    assert "The old version is missing" in client.post("/compare", data={}).get_data(as_text=True)  # remembered
    client.get("/?lang=zh")


def test_over_the_limit_is_refused_before_any_comparison(client, tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(("第一条 " + "甲" * 400_000).encode("utf-8"))  # 1.2 MB, the limit is 1 MB
    page = upload(client, big, FINAL_WEB)
    assert page.status_code == 413
    assert "文件太大：big.txt 超过本服务器 1 MB 的上限" in page.get_data(as_text=True)
    assert client.get("/").status_code == 200


def test_an_unreadable_file_names_itself_and_the_fix(client, tmp_path):
    broken = tmp_path / "final.docx"
    broken.write_bytes(b"PK\x03\x04 this is no Word file" + bytes(range(256)) * 8)
    page, body = finished(client, upload(client, DRAFT, broken).location)
    assert page.status_code == 422
    assert "读不出这个来源" in body and "final.docx" in body
    assert client.get("/").status_code == 200


def test_private_addresses_are_refused_unless_allowed(tmp_path):
    client = make_client(tmp_path)
    with serve_folder(FINAL_WEB.parent) as base:
        posted = client.post("/compare", data={"old_text": DRAFT.read_text(encoding="utf-8"),
                                               "new_url": f"{base}/{FINAL_WEB.name}"})
        page, body = finished(client, posted.location)
    assert page.status_code == 422 and "不读取本机或内网地址" in body and "127.0.0.1" in body
    page = client.post("/compare", data={"old_text": "第一条 甲。", "new_url": "file:///etc/passwd"})
    assert page.status_code == 400 and "http:// 或 https://" in page.get_data(as_text=True)


@pytest.mark.parametrize("address,public", [
    ("127.0.0.1", False), ("10.1.2.3", False), ("192.168.0.1", False), ("172.16.5.4", False),
    ("169.254.169.254", False), ("100.64.0.1", False), ("::1", False), ("fd00::1", False),
    ("::ffff:127.0.0.1", False), ("0.0.0.0", False), ("8.8.8.8", True), ("2001:4860:4860::8888", True)])
def test_which_addresses_count_as_public(address, public):
    assert is_public(address) is public


def test_check_url_refuses_local_names_and_other_schemes():
    for url in ("http://localhost:8000/x.html", "http://127.0.0.1/", "http://[::1]/", "ftp://example.org/x"):
        with pytest.raises(PolicydiffError):
            check_url(url)
    check_url("http://127.0.0.1:9/x.txt", allow_private=True)  # allowed: no lookup, no error


def test_the_worker_guard_refuses_a_private_address_whatever_asks_for_it():
    """What stops a redirect to 127.0.0.1: every lookup in the worker process is filtered."""
    with serve_folder(FINAL_WEB.parent) as base:
        url = f"{base}/{FINAL_WEB.name}"
        code = ("import sys; from policydiff import ingest; from policydiff.errors import PolicydiffError\n"
                "from policydiff.serve.addresses import guard_resolver\n"
                "ingest.read(sys.argv[1]); print('read before the guard')\n"
                "guard_resolver()\n"
                "try:\n    ingest.read(sys.argv[1])\nexcept PolicydiffError as e:\n    print('refused:', e)\n")
        out = subprocess.run([sys.executable, "-c", code, url], capture_output=True, text=True, timeout=60).stdout
    assert out.startswith("read before the guard\nrefused:") and "private or local address" in out


def test_one_comparison_over_its_time_is_stopped_and_others_are_served(tmp_path):
    # 民法典 against 公司法 takes about 2.5 s of CPU here, ten times the limit: a faster machine
    # still runs over it (公司法 2018 → 2023 alone, about 1 s, once finished inside a 1 s limit on CI)
    client = make_client(tmp_path, time_limit=0.25)
    posted = upload(client, CORPUS / "large" / "民法典-2020.md", LAWS / "公司法" / "2023-12-29.md")
    assert client.get("/").status_code == 200  # answered while the comparison runs
    page, body = finished(client, posted.location)
    assert page.status_code == 504 and "超过了 0.25 秒的时限" in body
    assert client.get("/").status_code == 200


def test_one_comparison_over_its_memory_is_stopped(tmp_path):
    # 30 MB of address space is less than Python with the library already holds (about 50 MB): the
    # child can use what is mapped, but 公司法 needs more, and its first new mapping fails.
    client = make_client(tmp_path, memory_mb=30)
    company = LAWS / "公司法"
    page, body = finished(client, upload(client, company / "2018-10-26.md", company / "2023-12-29.md").location)
    assert page.status_code == 507 and "所需内存超过本服务器的上限" in body, body
    assert client.get("/").status_code == 200


def test_no_page_opens_a_path_the_client_gives(client):
    posted = upload(client, DRAFT, FINAL_WEB)
    finished(client, posted.location)
    for path in ("/c/../../etc/passwd", posted.location + "/..%2f..%2fetc%2fpasswd", posted.location + "/status.json",
                 posted.location + "/comparison.pickle", "/c/..%2F/report.html", "/serve.css/../app.py"):
        page = client.get(path, follow_redirects=True)
        assert page.status_code == 404, path
        assert "root:" not in page.get_data(as_text=True)


def test_the_cache_drops_the_expired_then_the_oldest(tmp_path):
    cache = Cache(tmp_path, max_bytes=250_000, max_age=3600)
    keys = []
    for n in range(4):
        key, folder = cache.create()
        (folder / "report.html").write_bytes(b"x" * 100_000)
        keys.append(key)
        time.sleep(0.02)
    import os
    old = time.time() - 7200
    os.utime(tmp_path / keys[0], (old, old))
    assert cache.prune(keep=frozenset({keys[3]})) == 2  # keys[0] expired, keys[1] the oldest over the size
    assert [cache.folder(k) is not None for k in keys] == [False, False, True, True]


def test_one_policy_picked_out_of_a_listing_dump_by_number_or_title(client):
    from conftest import LISTING

    results = []
    for pick in ("1", "工业互联网"):
        data = {"old_file": (open(DRAFT, "rb"), DRAFT.name), "new_file": (open(LISTING, "rb"), LISTING.name),
                "new_pick": pick}
        posted = client.post("/compare", data=data, content_type="multipart/form-data")
        page, body = finished(client, posted.location)
        assert page.status_code == 200, body
        results.append(json.loads(client.get(posted.location + "/comparison.json").get_data(as_text=True)))
    for data in results:
        assert data["new"]["title"].startswith("石景山区推动工业互联网产业高质量发展支持办法")
        assert [p["status"] for p in data["pairs"]].count("deleted") == 1
    assert [p["status"] for p in results[0]["pairs"]] == [p["status"] for p in results[1]["pairs"]]
    page = client.post("/compare", data={"old_file": (open(DRAFT, "rb"), DRAFT.name),
                                         "new_file": (open(LISTING, "rb"), LISTING.name), "new_pick": "999"},
                       content_type="multipart/form-data")
    page, body = finished(client, page.location)
    assert page.status_code == 422 and "no #999" in body


def test_a_request_over_the_whole_cap_is_a_page_too(client):
    # The limit is 1 MB per file; a request is capped at twice that plus 4 MB.
    page = client.post("/compare", data={"old_file": (__import__("io").BytesIO(b"x" * 7 * MB), "a.txt"),
                                         "new_text": "第一条 甲。"}, content_type="multipart/form-data")
    assert page.status_code == 413 and "上传的内容太大" in page.get_data(as_text=True)


def test_serve_command_says_one_line_when_the_port_is_taken(tmp_path):
    import socket

    from click.testing import CliRunner

    from policydiff.cli import cli

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--port", str(port), "--cache-dir", str(tmp_path)])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"policydiff: 127.0.0.1:{port}: cannot listen there (Address already in use); choose another --port"]


def test_a_form_posted_from_another_site_is_refused(client):
    page = client.post("/compare", data={"old_text": "第一条 甲。", "new_text": "第一条 乙。"},
                       headers={"Origin": "http://evil.example"})
    assert page.status_code == 403
    page = client.post("/compare", data={"old_text": "第一条 甲。", "new_text": "第一条 乙。"},
                       headers={"Origin": "http://localhost"})  # the test client's own host
    assert page.status_code == 303


def test_english_margin_notes_when_asked(client):
    posted = client.post("/compare", data={"old_text": DRAFT.read_text(encoding="utf-8"),
                                           "new_text": FINAL_WEB.read_text(encoding="utf-8"), "english": "1"})
    page, body = finished(client, posted.location)
    assert page.status_code == 200
    assert "Article 7 deleted" in client.get(posted.location + "/report.html").get_data(as_text=True)
    data = json.loads(client.get(posted.location + "/comparison.json").get_data(as_text=True))
    messages = [f["message"] for p in data["pairs"] for f in p["findings"] if f["kind"] == "qualifier_removed"]
    assert messages and all(m.startswith("ceiling word “不超过” removed") for m in messages)
    markdown = client.get(posted.location + "/report.md").get_data(as_text=True)
    assert "ceiling word “不超过” removed" in markdown


def test_a_traditional_repost_compared_with_conversion(client):
    import opencc

    traditional = opencc.OpenCC("s2t").convert(FINAL_WEB.read_text(encoding="utf-8"))
    assert "條" in traditional
    results = []
    for convert in ("", "t2s"):
        posted = client.post("/compare", data={"old_text": DRAFT.read_text(encoding="utf-8"),
                                               "new_text": traditional, "convert": convert})
        finished(client, posted.location)
        results.append(json.loads(client.get(posted.location + "/comparison.json").get_data(as_text=True)))
    unconverted, converted = ([p["status"] for p in r["pairs"]] for r in results)
    # converted: the pairs of the draft against the Simplified final (13 modified, 第七条 deleted, one split)
    assert converted == ["modified"] * 6 + ["deleted"] + ["modified"] * 6 + ["split", "modified"]
    assert unconverted != converted  # without the conversion the Traditional text hardly matches


def test_serve_command_refuses_a_store_that_is_not_one(tmp_path):
    from click.testing import CliRunner

    from policydiff.cli import cli

    not_a_store = tmp_path / "notes.sqlite3"
    not_a_store.write_text("第一条 这不是数据库。" * 100, encoding="utf-8")
    result = CliRunner().invoke(cli, ["serve", "--store", str(not_a_store), "--cache-dir", str(tmp_path / "c")])
    assert result.exit_code == 2
    assert result.output.startswith(f"policydiff: {not_a_store}: is not a policydiff store")
    assert "choose another file with --store" in result.output and "Traceback" not in result.output
