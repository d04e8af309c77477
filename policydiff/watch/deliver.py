"""Delivery: send digest entries to the channels of the subscriptions file, through Apprise.

Each [[channel]] becomes one Apprise URL and one Apprise object, so each
channel's result is known on its own:

    email     mailto(s)://user:password@host:port?mode=starttls|ssl|insecure&from=…&to=…
              the HTML digest with a plain-text part (multipart/alternative)
    wecom     wecombot://KEY                 企业微信 group robot (a text message)
    dingtalk  dingtalk://SECRET@TOKEN        钉钉 robot, a markdown message, signed when a secret is given
    webhook   json://host/path (jsons:// for https)   Apprise's JSON body: title, message, type
    apprise   any Apprise URL (tgram://, slack://, feishu://, …)

One message per channel per run holds every entry that channel has not
accepted yet. A send is retried with exponential backoff (tenacity); only
when Apprise says the channel accepted it are its entries recorded as
delivered to that channel. A run killed between the send and the record
therefore sends those entries once more next time; none is ever skipped.
Passwords, keys and secrets are read from environment variables the file
names (``password_env``, ``key_env``, ``token_env``, ``secret_env``, ``url_env``).
"""
from __future__ import annotations

import os
from typing import Any, Dict, Iterator, List, NamedTuple, Optional, Sequence
from urllib.parse import quote, urlencode, urlsplit, urlunsplit

from ..errors import PolicydiffError
from ..i18n import _
from .sources import Channel
from .store import Entry, Store

RETRIES = 3  # attempts per channel and run
BACKOFF = 2.0  # seconds before the second attempt; doubles after


class Delivery(NamedTuple):
    channel: str
    sent: int  # entries the channel accepted in this run
    error: Optional[str] = None


def _secret(channel: Channel, key: str, required: bool = True) -> str:
    """A value written in the file, or read from the environment variable its *_env key names."""
    if channel.options.get(key):
        return channel.options[key]
    variable = channel.options.get(f"{key}_env")
    if variable:
        value = os.environ.get(variable)
        if value:
            return value
        if required:
            raise PolicydiffError(channel.name, _("the environment variable {variable} is not set").format(
                                                    variable=variable),
                                  _("export {variable}=… before running policydiff").format(variable=variable))
    elif required:
        raise PolicydiffError(channel.name, _("needs {key} or {key}_env").format(
                                                key=key), _("see docs/subscriptions.md"))
    return ""


def apprise_url(channel: Channel) -> str:
    """The Apprise URL a channel table stands for."""
    o = channel.options
    if channel.type == "email":
        security = o.get("security", "starttls")
        mode = {"starttls": "starttls", "ssl": "ssl", "none": "insecure"}[security]
        user = o.get("user", "")
        password = _secret(channel, "password", required=False) if o.get("password_env") else ""
        auth = ""
        if user:
            auth = quote(user, safe="") + (":" + quote(password, safe="") if password else "") + "@"
        host = o["host"] + (f":{o['port']}" if o.get("port") else "")
        query = {"mode": mode, "smtp": o["host"], "to": ",".join(o["to"])}
        sender = o.get("from") or (user if "@" in user else "")
        if sender:
            query["from"] = sender
        scheme = "mailto" if security == "none" else "mailtos"
        return f"{scheme}://{auth}{host}/?{urlencode(query)}"
    if channel.type == "wecom":
        return f"wecombot://{quote(_secret(channel, 'key'), safe='')}"
    if channel.type == "dingtalk":
        token = _secret(channel, "token")
        secret = _secret(channel, "secret", required=False) if o.get("secret_env") else ""
        return f"dingtalk://{quote(secret, safe='') + '@' if secret else ''}{quote(token, safe='')}/?format=markdown"
    if channel.type == "webhook":
        parts = urlsplit(o["url"])
        if parts.scheme not in ("http", "https"):
            raise PolicydiffError(channel.name, _("webhook url “{url}” is not http(s)").format(url=o["url"]),
                                  _("give the http:// or https:// address that receives the JSON"))
        return urlunsplit(("jsons" if parts.scheme == "https" else "json",) + tuple(parts)[1:])
    return _secret(channel, "url")


def message(entries: Sequence[Entry], channel: Channel) -> Dict[str, Any]:
    """Title, body and body format for one channel: HTML for e-mail, Markdown for robots."""
    from .digest import render_email, render_markdown_digest

    made_at = max(e.made_at for e in entries)
    rows = [{"uid": e.uid, "data": e.data} for e in entries]
    title = f"政策修改摘要：{len(entries)} 项政策有实质修改"
    if channel.type == "email":
        return {"title": title, "body": render_email(rows, made_at), "body_format": "html"}
    if channel.type in ("wecom", "dingtalk"):
        return {"title": title, "body": _robot_markdown(entries, 1800 if channel.type == "wecom" else 18000),
                "body_format": "markdown" if channel.type == "dingtalk" else "text"}
    return {"title": title, "body": render_markdown_digest(rows, made_at), "body_format": "markdown"}


def _robot_markdown(entries: Sequence[Entry], budget: int) -> str:
    """A short Markdown digest for a group robot: per policy its counts, its first
    findings and the link to the full report; cut to the robot's byte budget."""
    lines: List[str] = []
    for entry in entries:
        data = entry.data
        lines.append(f"### {data['title']}")
        for finding in data.get("findings", [])[:5]:
            lines.append(f"- {finding['text']}")
        if data.get("report_url"):
            lines.append(f"[逐条对照]({data['report_url']})")
        lines.append("")
    text = "\n".join(lines).strip()
    while len(text.encode("utf-8")) > budget:
        text = text[: int(len(text) * 0.9)].rsplit("\n", 1)[0] + "\n…"
    return text


def _sign_once(plugin) -> None:
    """钉钉 documents the signature as urlEncode(base64(HMAC-SHA256)) in the query
    string: encoded once. Apprise (2.3) URL-quotes it and then hands it to
    requests as a query parameter, which quotes it again ("+" arrives as
    "%252B"). Give requests the plain base64, so it is encoded exactly once."""
    from urllib.parse import unquote

    signature = getattr(plugin, "get_signature", None)
    if signature is None:
        return

    def once():
        timestamp, sign = signature()
        return timestamp, unquote(sign)

    plugin.get_signature = once


def _send(channel: Channel, url: str, content: Dict[str, Any], retries: int, backoff: float) -> Optional[str]:
    """Send one message; None when the channel accepted it, else why not."""
    import apprise
    from tenacity import Retrying, retry_if_result, stop_after_attempt, wait_exponential

    notifier = apprise.Apprise()
    plugin = apprise.Apprise.instantiate(url)
    if plugin is None or not notifier.add(plugin):
        return "its Apprise URL is not valid (check the channel's keys)"
    if channel.type == "dingtalk":
        _sign_once(plugin)
    body_format = {"html": apprise.NotifyFormat.HTML, "markdown": apprise.NotifyFormat.MARKDOWN,
                   "text": apprise.NotifyFormat.TEXT}[content["body_format"]]
    retrying = Retrying(stop=stop_after_attempt(max(1, retries)), wait=wait_exponential(multiplier=backoff, max=60),
                        retry=retry_if_result(lambda ok: not ok), retry_error_callback=lambda state: False)
    accepted = retrying(notifier.notify, body=content["body"], title=content["title"], body_format=body_format)
    if accepted:
        return None
    return f"not accepted after {max(1, retries)} attempts; the entries are kept for the next run"


def deliver(store: Store, channels: Sequence[Channel], lang: str = "zh", retries: Optional[int] = None,
            backoff: float = BACKOFF) -> Iterator[Delivery]:
    """Send each channel the entries it has not accepted yet; one Delivery per channel."""
    for channel in channels:
        pending = store.undelivered(channel.name)
        if not pending:
            yield Delivery(channel.name, 0)
            continue
        try:
            url = apprise_url(channel)
            error = _send(channel, url, message(pending, channel),
                          retries if retries is not None else channel.options.get("retries", RETRIES), backoff)
        except PolicydiffError as exc:
            error = str(exc)
        if error:
            yield Delivery(channel.name, 0, error)
            continue
        store.mark_delivered(channel.name, [e.uid for e in pending])
        yield Delivery(channel.name, len(pending))
