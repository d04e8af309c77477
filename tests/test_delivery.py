"""digest --send: e-mail to a real SMTP server (aiosmtpd), a JSON webhook, and the
企业微信 and 钉钉 robots' requests captured at the HTTP layer, all on 127.0.0.1;
a run killed between sending and recording sends again at most once, never zero times."""
import base64
import email
import hashlib
import hmac
import json
import shutil
import subprocess
import sys
import time
from email.policy import default as default_policy
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

import pytest
from click.testing import CliRunner

from conftest import DRAFT, FINAL_WEB, LAWS, ROOT
from policydiff.cli import cli
from servers import Site, free_port, serve


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.fixture(params=["sqlite"])
def changed_store(request, tmp_path):
    """A store where two policies changed in substance: the Shijingshan draft → final, 道路运输条例 2019 → 2022."""
    from servers import postgres_url

    store = tmp_path / "store.sqlite3" if request.param == "sqlite" else postgres_url()
    shutil.copy(DRAFT, tmp_path / "sjs.txt")
    shutil.copy(LAWS / "道路运输条例" / "2019-03-02.md", tmp_path / "road.md")
    policies = '[[policy]]\nname = "石景山"\nsource = "sjs.txt"\n[[policy]]\nname = "道路运输条例"\nsource = "road.md"\n'
    (tmp_path / "watch.toml").write_text(policies, encoding="utf-8")
    assert run("watch", tmp_path / "watch.toml", "--store", store).exit_code == 0
    shutil.copy(FINAL_WEB, tmp_path / "sjs.txt")
    shutil.copy(LAWS / "道路运输条例" / "2022-03-29.md", tmp_path / "road.md")
    assert run("watch", tmp_path / "watch.toml", "--store", store).exit_code == 0
    return store, policies


@pytest.fixture
def smtp_server():
    from aiosmtpd.controller import Controller

    received = []

    class Handler:
        async def handle_DATA(self, server, session, envelope):
            received.append(envelope)
            return "250 OK"

    port = free_port()
    controller = Controller(Handler(), hostname="127.0.0.1", port=port)
    controller.start()
    yield port, received
    controller.stop()


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.text = [], []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.append(dict(attrs).get("href"))

    def handle_data(self, data):
        self.text.append(data)


def test_one_email_per_digest_with_html_and_text_parts(tmp_path, changed_store, smtp_server, monkeypatch):
    store, policies = changed_store
    port, received = smtp_server
    monkeypatch.setenv("SMTP_PASSWORD", "not-used-here")
    toml = tmp_path / "send.toml"
    toml.write_text(policies + f'[[channel]]\nname = "法规组"\ntype = "email"\nhost = "127.0.0.1"\nport = {port}\n'
                               f'security = "none"\nfrom = "policydiff@example.org"\nto = ["legal@example.org"]\n',
                    encoding="utf-8")
    result = run("digest", "--store", store, "-o", tmp_path / "out", "--send", toml,
                 "--base-url", "https://example.org/digest/")
    assert result.exit_code == 0, result.output
    assert "法规组: sent 2 entries" in result.output
    [envelope] = received  # one message for the digest, not one per entry
    assert envelope.rcpt_tos == ["legal@example.org"] and envelope.mail_from == "policydiff@example.org"
    message = email.message_from_bytes(envelope.original_content, policy=default_policy)
    assert message["Subject"] == "政策修改摘要：2 项政策有实质修改"
    assert message.get_content_type() == "multipart/alternative"
    plain = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert "第十四条拆分为第十三条、第十四条" in plain and "<" not in plain.replace("<https", "")
    parser = _Links()
    parser.feed(html)
    assert "第十四条拆分为第十三条、第十四条" in "".join(parser.text)
    assert sorted(parser.links) == ["https://example.org/digest/change-1-3.html",
                                    "https://example.org/digest/change-2-4.html"]
    assert str(tmp_path) not in html + plain  # file names only, never local paths
    again = run("digest", "--store", store, "-o", tmp_path / "out", "--send", toml)
    assert again.exit_code == 0 and len(received) == 1  # nothing new: nothing sent


@pytest.mark.parametrize("changed_store", ["sqlite", "postgresql"], indirect=True)
def test_the_webhook_receives_apprise_json_once(tmp_path, changed_store):
    store, policies = changed_store
    site = Site()
    with serve(site):
        toml = tmp_path / "send.toml"
        toml.write_text(policies + f'[[channel]]\nname = "hook"\ntype = "webhook"\nurl = "{site.url}/hook"\n',
                        encoding="utf-8")
        result = run("digest", "--store", store, "-o", tmp_path / "out", "--send", toml)
    assert result.exit_code == 0, result.output
    [(path, request)] = site.requests
    assert path == "/hook" and request["content-type"].startswith("application/json")
    payload = json.loads(request["body"])
    assert payload["title"] == "政策修改摘要：2 项政策有实质修改" and payload["type"] == "info"
    assert "## 石景山区推动工业互联网产业高质量发展支持办法（试行）：修改情况" in payload["message"]
    assert "[逐条对照（完整报告）](<change-1-3.html>)" in payload["message"]
    with serve(site):
        again = run("digest", "--store", store, "-o", tmp_path / "out", "--send", toml)
    assert again.exit_code == 0 and len(site.requests) == 1  # accepted and recorded: not sent again


@pytest.fixture
def robots(monkeypatch):
    """The two robots' real endpoints, answered by a local server: requests' transport
    is re-pointed at 127.0.0.1 (the request Apprise built is otherwise untouched)."""
    import requests.adapters

    site = Site()
    seen = []
    real_send = requests.adapters.HTTPAdapter.send

    def send(self, request, **kwargs):
        parts = urlsplit(request.url)
        assert parts.hostname in ("qyapi.weixin.qq.com", "oapi.dingtalk.com"), parts.hostname  # nothing else
        seen.append(request.url)
        request.url = site.url + parts.path + ("?" + parts.query if parts.query else "")
        return real_send(self, request, **kwargs)

    with serve(site):
        monkeypatch.setattr(requests.adapters.HTTPAdapter, "send", send)
        yield site, seen


def test_wecom_and_dingtalk_requests_follow_the_robots_documented_formats(tmp_path, changed_store, robots,
                                                                          monkeypatch):
    store, policies = changed_store
    site, seen = robots
    secret = "SEC0123456789abcdef0123456789abcdef"
    monkeypatch.setenv("DING_SECRET", secret)
    monkeypatch.setenv("WECOM_KEY", "693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa")
    toml = tmp_path / "send.toml"
    toml.write_text(policies + '[[channel]]\nname = "企业微信群"\ntype = "wecom"\nkey_env = "WECOM_KEY"\n'
                               '[[channel]]\nname = "钉钉群"\ntype = "dingtalk"\ntoken = "abcdef0123456789"\n'
                               'secret_env = "DING_SECRET"\n', encoding="utf-8")
    before = int(time.time() * 1000)
    result = run("digest", "--store", store, "-o", tmp_path / "out", "--send", toml)
    after = int(time.time() * 1000)
    assert result.exit_code == 0, result.output
    assert [urlsplit(u).hostname for u in seen] == ["qyapi.weixin.qq.com", "oapi.dingtalk.com"]
    (wecom_path, wecom), (ding_path, ding) = site.requests

    # 企业微信 group robot: POST /cgi-bin/webhook/send?key=KEY, JSON {"msgtype": "text", "text": {"content"}}
    url = urlsplit(wecom_path)
    assert url.path == "/cgi-bin/webhook/send"
    assert parse_qs(url.query) == {"key": ["693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa"]}
    assert wecom["content-type"].startswith("application/json")
    body = json.loads(wecom["body"])
    assert body["msgtype"] == "text" and set(body) == {"msgtype", "text"}
    content = body["text"]["content"]
    assert len(content.encode("utf-8")) <= 2048  # the robot's limit for a text message
    assert "石景山：修改13条、删除1条、拆分1条" in content

    # 钉钉 robot: POST /robot/send?access_token=TOKEN&timestamp=MS&sign=…, a markdown message
    url = urlsplit(ding_path)
    assert url.path == "/robot/send"
    query = parse_qs(url.query)
    assert query["access_token"] == ["abcdef0123456789"]
    timestamp = query["timestamp"][0]
    assert before <= int(timestamp) <= after
    expected = base64.b64encode(hmac.new(secret.encode(), f"{timestamp}\n{secret}".encode(),
                                         hashlib.sha256).digest()).decode()
    assert query["sign"] == [expected]  # urlEncode(base64(…)) in the URL: one decoding gives the base64
    body = json.loads(ding["body"])
    assert body["msgtype"] == "markdown"
    assert body["markdown"]["title"] == "政策修改摘要：2 项政策有实质修改"
    assert "### 石景山：修改13条、删除1条、拆分1条" in body["markdown"]["text"]
    assert len(ding["body"].encode("utf-8")) <= 20000  # the robot's request limit


KILL_AFTER_SENDING = """
import os, signal, sys
from policydiff.watch import store
victim = sys.argv[4]
def die(self, channel, uids):
    if channel == victim:
        os.kill(os.getpid(), signal.SIGKILL)  # the channel accepted the message; not yet recorded
store.Store.mark_delivered = die
from policydiff.cli import main
sys.argv = ["policydiff", "digest", "--store", sys.argv[1], "-o", sys.argv[2], "--send", sys.argv[3]]
main()
"""


def test_a_kill_between_send_and_record_sends_at_most_once_more_and_loses_nothing(tmp_path, changed_store):
    store, policies = changed_store
    good, flaky = Site(), Site()
    answers = {"count": 0}

    def refuse_first_three(handler):
        answers["count"] += 1
        status = 500 if answers["count"] <= 3 else 200
        handler.answer(status, b"{}", {"Content-Type": "application/json"})

    flaky.routes["/hook"] = refuse_first_three
    with serve(good), serve(flaky):
        toml = tmp_path / "send.toml"
        toml.write_text(policies + f'[[channel]]\nname = "a"\ntype = "webhook"\nurl = "{good.url}/hook"\n'
                                   f'[[channel]]\nname = "b"\ntype = "webhook"\nurl = "{flaky.url}/hook"\n'
                                   f'retries = 3\n', encoding="utf-8")
        out = tmp_path / "out"
        killed = subprocess.run([sys.executable, "-c", KILL_AFTER_SENDING, store, out, toml, "a"], cwd=ROOT,
                                capture_output=True, text=True)
        assert killed.returncode == -9, killed.stderr
        assert len(good.requests) == 1 and flaky.requests == []

        second = run("digest", "--store", store, "-o", out, "--send", toml)
        assert second.exit_code == 2 and "policydiff: b: not accepted after 3 attempts" in second.output
        assert len(good.requests) == 2  # sent once more, since its acceptance was never recorded
        assert len(flaky.requests) == 3  # tried with backoff, refused each time

        third = run("digest", "--store", store, "-o", out, "--send", toml)
        assert third.exit_code == 0 and "b: sent 2 entries" in third.output
        assert len(good.requests) == 2 and len(flaky.requests) == 4

        fourth = run("digest", "--store", store, "-o", out, "--send", toml)
        assert fourth.exit_code == 0 and (len(good.requests), len(flaky.requests)) == (2, 4)

    for site in (good, flaky):
        accepted = json.loads(site.requests[-1][1]["body"])["message"]
        assert "石景山区推动工业互联网产业高质量发展支持办法" in accepted and "道路运输条例" in accepted
    from policydiff.watch.store import Store

    with Store(store) as opened:
        delivered = opened.deliveries()
        uids = {e.uid for e in opened.entries()}
    assert set(delivered) == {"a", "b"} and all(set(v) == uids and len(v) == 2 for v in delivered.values())


def test_email_over_starttls_with_a_login_whose_password_comes_from_the_environment(tmp_path, changed_store,
                                                                                     monkeypatch):
    """A real STARTTLS SMTP server (aiosmtpd, a certificate made here for 127.0.0.1, trusted through
    SSL_CERT_FILE) that requires the login: the password is the one in the variable the file names."""
    import ssl

    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult

    store, policies = changed_store
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    made = subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                           "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out",
                           str(cert)], capture_output=True)
    if made.returncode:
        pytest.skip("openssl cannot make a test certificate here")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    logins, received = [], []

    def authenticator(server, session, envelope, mechanism, auth_data):
        logins.append((auth_data.login.decode(), auth_data.password.decode(), session.ssl is not None))
        ok = auth_data.login == b"policydiff@example.org" and auth_data.password == b"s3cret pass/word"
        return AuthResult(success=ok)

    class Handler:
        async def handle_DATA(self, server, session, envelope):
            received.append(envelope)
            return "250 OK"

    port = free_port()
    controller = Controller(Handler(), hostname="127.0.0.1", port=port, tls_context=context, require_starttls=True,
                            authenticator=authenticator, auth_require_tls=True)
    controller.start()
    try:
        monkeypatch.setenv("SSL_CERT_FILE", str(cert))
        monkeypatch.setenv("POLICYDIFF_SMTP_PASSWORD", "s3cret pass/word")
        toml = tmp_path / "send.toml"
        toml.write_text(policies + f'[[channel]]\nname = "mail"\ntype = "email"\nhost = "127.0.0.1"\nport = {port}\n'
                                   f'security = "starttls"\nuser = "policydiff@example.org"\n'
                                   f'password_env = "POLICYDIFF_SMTP_PASSWORD"\nto = ["legal@example.org"]\n',
                        encoding="utf-8")
        result = run("digest", "--store", store, "-o", tmp_path / "out", "--send", toml)
    finally:
        controller.stop()
    assert result.exit_code == 0, result.output
    assert logins == [("policydiff@example.org", "s3cret pass/word", True)]  # logged in over TLS
    [envelope] = received
    message = email.message_from_bytes(envelope.original_content, policy=default_policy)
    assert message.get_body(("html",)) is not None and message.get_body(("plain",)) is not None
    assert "s3cret" not in result.output
