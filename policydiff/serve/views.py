"""The compare pages: the form, the waiting page, the result with its downloads."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Dict, Optional

from flask import Flask, Response, g, redirect, request, send_file

from .. import ingest
from ..files import write_atomically
from ..normalize import CONVERSIONS
from .app import MB, css, error_page, page, report_csp, settings, state
from .cache import FILES
from .jobs import Busy

SIDES = ("old", "new")
WORD = {"report.docx": False, "tracked.docx": True}


class FormProblem(Exception):
    def __init__(self, key: str, status: int = 400, **values: Any):
        self.key, self.status, self.values = key, status, values


def _side(which: str, folder: Path, lang: str) -> Dict[str, Any]:
    """One side of the form as a job's input; the upload saved under a name the server chose."""
    s = settings()
    label = {"old": {"zh": "原版本", "en": "old version"}, "new": {"zh": "新版本", "en": "new version"}}[which][lang]
    upload = request.files.get(f"{which}_file")
    url = (request.form.get(f"{which}_url") or "").strip()
    text = request.form.get(f"{which}_text") or ""
    given = [bool(upload and upload.filename), bool(url), bool(text.strip())]
    if sum(given) == 0:
        raise FormProblem("err_missing_side", side=label)
    if sum(given) > 1:
        raise FormProblem("err_two_inputs", side=label)
    pick = (request.form.get(f"{which}_pick") or "").strip()[:200]
    if upload and upload.filename:
        name = _display_name(upload.filename)
        data = upload.stream.read(s.max_size + 1)
        if len(data) > s.max_size:
            raise FormProblem("err_too_large", status=413, name=name)
        suffix = Path(name).suffix.lower()
        write_atomically(folder / "inputs" / which, data)
        return {"kind": "file", "file": which, "name": name, "suffix": suffix if suffix in ingest.SUFFIXES else "",
                "pick": pick}
    if url:
        if not re.match(r"^https?://", url, re.IGNORECASE):
            raise FormProblem("err_url_scheme")
        return {"kind": "url", "url": url[:2000], "name": url[:2000], "pick": pick}
    data = text.encode("utf-8")
    if len(data) > s.max_size:
        raise FormProblem("err_too_large", status=413, name=label)
    write_atomically(folder / "inputs" / which, data)
    name = {"zh": f"粘贴的文本（{label}）", "en": f"pasted text ({label})"}[lang]
    return {"kind": "text", "file": which, "name": name, "pick": pick}


def _display_name(filename: str) -> str:
    """The upload's own name, for the report only: its last segment, no control characters."""
    name = re.split(r"[\\/]", filename)[-1]
    return re.sub(r"[\x00-\x1f\x7f]", "", name)[:200] or "upload"


def compare_form() -> Response:
    s = settings()
    from .messages import M, message

    conversions = [(c, message(f"convert_{c}", g.lang) if f"convert_{c}" in M else c) for c in CONVERSIONS]
    return page("compare.html.j2", conversions=conversions, mb=f"{s.max_size / MB:g}", days=f"{s.cache_days:g}")


def _same_origin() -> bool:
    """A form posted from another site (its Origin names another host) is not ours to run."""
    from urllib.parse import urlsplit

    origin = request.headers.get("Origin")
    return not origin or urlsplit(origin).netloc == request.host


def compare_post() -> Response:
    cache, runner = state()["cache"], state()["runner"]
    s = settings()
    if not _same_origin():
        return error_page("err_bad_request", status=403)
    key, folder = cache.create()
    try:
        sides = [_side(which, folder, g.lang) for which in SIDES]
        convert = request.form.get("convert") or ""
        if convert and convert not in CONVERSIONS:
            raise FormProblem("err_bad_request")
        report_lang = "en" if request.form.get("english") else "zh"
        params = {"sides": sides, "convert": convert, "lang": report_lang, "size_limit": s.max_size,
                  "allow_private": s.allow_private_urls, "rules": s.rules}
        cache.write_json(folder / "request.json", {"sides": [{k: v for k, v in side.items() if k != "file"}
                                                              for side in sides], "convert": convert,
                                                             "lang": report_lang})
        runner.submit(key, folder, "compare", params)
    except FormProblem as problem:
        _discard(folder)
        return error_page(problem.key, status=problem.status, **problem.values)
    except Busy:
        _discard(folder)
        return error_page("err_busy", status=503)
    cache.prune(keep=frozenset({key}))
    return redirect(f"/c/{key}", code=303)


def _discard(folder: Path) -> None:
    import shutil

    shutil.rmtree(folder, ignore_errors=True)


def comparison_page(key: str) -> Response:
    cache = state()["cache"]
    folder = cache.folder(key)
    status = cache.status(key) if folder else None
    if not folder or not status:
        return error_page("err_not_found", status=404)
    if status["state"] in ("queued", "running"):
        response = page("pending.html.j2", queued=state()["runner"].queued(), state=status["state"])
        response.headers["Cache-Control"] = "no-store"
        return response
    if status["state"] == "error":
        return _job_error(status)
    result = cache.read_json(folder / "result.json") or {}
    return page("result.html.j2", key=key, result=result, days=f"{settings().cache_days:g}")


def _job_error(error: Dict[str, Any]) -> Response:
    code = error.get("code", "internal")
    if code == "input":
        problem = error.get("problem", "")
        key = "err_private" if "private or local address" in problem else \
            "err_url_scheme" if "not an http(s) address" in problem else "err_input"
        detail = f"{error.get('source', '')}: {problem}" + (f"; {error['fix']}" if error.get("fix") else "")
        return error_page(key, status=422, detail=detail)
    status = {"timeout": 504, "memory": 507, "interrupted": 503, "busy": 503}.get(code, 500)
    return error_page(f"err_{code}" if code in ("timeout", "memory", "interrupted", "busy") else "err_internal",
                      status=status)


def download(key: str, name: str) -> Response:
    cache = state()["cache"]
    folder = cache.folder(key)
    status = cache.status(key) if folder else None
    if name not in FILES or not folder or not status or status.get("state") != "done":
        return error_page("err_not_found", status=404)
    filename, mimetype = FILES[name]
    path = folder / filename  # a name from FILES, never from the client
    if name in WORD and not path.exists():
        error = _make_word(key, folder, WORD[name])
        if error:
            return _job_error(error)
    if not path.exists():
        return error_page("err_not_found", status=404)
    result = cache.read_json(folder / "result.json") or {}
    inline = name.endswith(".html") and not request.args.get("download")
    response = send_file(path, mimetype=mimetype, as_attachment=not inline, max_age=0,
                         download_name=_download_name(result.get("title") or "policydiff", name))
    if name.endswith(".html"):
        response.headers["Content-Security-Policy"] = report_csp(path.read_text(encoding="utf-8"))
    return response


def _make_word(key: str, folder: Path, tracked: bool) -> Optional[Dict[str, Any]]:
    """Render the Word file now (in a worker, like a comparison) and wait for it."""
    s = settings()
    result = state()["cache"].read_json(folder / "result.json") or {}
    try:
        job = state()["runner"].submit(key, folder, "word", {"tracked": tracked, "lang": result.get("lang", "zh"),
                                                            "allow_private": s.allow_private_urls})
    except Busy:
        return {"code": "busy"}
    if not job.done.wait(s.time_limit * (state()["runner"].queued() + 2)):
        return {"code": "busy"}
    return job.error


def _download_name(title: str, name: str) -> str:
    stem = re.sub(r"[\\/:*?\"<>|\s]+", "_", title)[:60].strip("_.") or "policydiff"
    suffix = {"report.html": "修改对照.html", "comparison.json": "comparison.json", "report.md": "修改摘要.md",
              "report.docx": "修改前后对照表.docx", "tracked.docx": "修订模式.docx",
              "history.html": "历次修改.html"}[name]
    return f"{stem}-{suffix}"


def register(app: Flask) -> None:
    app.add_url_rule("/", "home", compare_form, methods=["GET"])
    app.add_url_rule("/compare", "compare", compare_post, methods=["POST"])
    app.add_url_rule("/c/<key>", "comparison", comparison_page, methods=["GET"])
    app.add_url_rule("/c/<key>/<name>", "download", download, methods=["GET"])
    app.add_url_rule("/serve.css", "css", lambda: Response(css(), mimetype="text/css",
                                                           headers={"Cache-Control": "max-age=3600"}))
