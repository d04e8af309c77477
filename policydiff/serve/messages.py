"""The words of the server's pages, in Chinese (the default) and English.

Pages are read by people who chose their language with the switch on every
page (``?lang=en``, remembered in a cookie), whatever the server's locale; so
the two texts of each message sit here side by side rather than in the
terminal's gettext catalogue.
"""
from __future__ import annotations

from typing import Dict, Tuple

LANGS = ("zh", "en")

M: Dict[str, Tuple[str, str]] = {
    "brand_line": ("比较政策文件两个版本的修改", "What changed between two versions of a policy"),
    "nav_compare": ("比较", "Compare"),
    "nav_store": ("已收集的版本", "Collected versions"),
    "nav_digests": ("变化摘要", "Digests"),
    "switch": ("English", "中文"),
    "compare_title": ("比较两个版本", "Compare two versions"),
    "compare_intro": ("每一边给出一个文件、一个网址或一段粘贴的文本。支持 .txt .md .html .docx .pdf，任何常见编码。",
                      "Give each side as a file, a web address or pasted text. Files: .txt .md .html .docx .pdf, "
                      "any common encoding."),
    "old": ("原版本（旧）", "Old version"),
    "new": ("新版本", "New version"),
    "file": ("文件", "File"),
    "or_url": ("或网址", "or web address"),
    "or_text": ("或粘贴文本", "or paste the text"),
    "pick": ("合集中的一篇：标题中的词或序号", "One policy of a collection: words of its title, or its number"),
    "options": ("选项", "Options"),
    "convert": ("繁简转换", "Script conversion"),
    "convert_none": ("不转换", "none"),
    "convert_t2s": ("繁体 → 简体", "Traditional → Simplified"),
    "convert_s2t": ("简体 → 繁体", "Simplified → Traditional"),
    "convert_tw2s": ("台湾正体 → 简体", "Taiwan Traditional → Simplified"),
    "convert_hk2s": ("香港繁体 → 简体", "Hong Kong Traditional → Simplified"),
    "convert_tw2sp": ("台湾正体 → 简体（含用语）", "Taiwan Traditional → Simplified, with phrases"),
    "english": ("英文的修改说明", "Margin notes in English"),
    "submit": ("比较", "Compare"),
    "limit_note": ("每个文件不超过 {mb} MB。比较在服务器上进行，结果保留 {days} 天，凭链接可再次打开。",
                   "Up to {mb} MB per file. Comparisons run on this server and are kept {days} days at their link."),
    "pending_title": ("正在比较…", "Comparing…"),
    "pending_body": ("页面会自动刷新。大型法律文本可能需要半分钟。", "This page refreshes by itself. A long statute may take half a minute."),
    "pending_queue": ("排队中：共有 {n} 项比较在等待。", "Queued: {n} comparisons are waiting."),
    "result_downloads": ("下载", "Download"),
    "dl_html": ("网页报告", "HTML report"),
    "dl_json": ("JSON", "JSON"),
    "dl_docx": ("Word 对照表", "Word 对照表"),
    "dl_tracked": ("Word 修订模式", "Word with tracked changes"),
    "dl_md": ("Markdown 摘要", "Markdown digest"),
    "open_full": ("在新页面打开完整报告", "Open the report on its own page"),
    "link_note": ("本页链接在 {days} 天内有效。", "This link works for {days} days."),
    "new_comparison": ("新的比较", "New comparison"),
    "report_frame": ("修改对照报告", "The comparison report"),
    "back": ("返回比较页面", "Back to the compare page"),
    "error_title": ("无法完成比较", "The comparison could not be made"),
    "not_found_title": ("找不到页面", "Page not found"),
    "colon": ("：", ": "),
    "detail": ("详细信息", "Details"),
    # errors: (what happened, what to do)
    "err_missing_side": ("缺少{side}：请上传文件、填写网址或粘贴文本。", "The {side} is missing: upload a file, give an address or paste the text."),
    "err_two_inputs": ("{side}同时给了多种来源：请只留一种（文件、网址或文本）。",
                       "The {side} is given more than one way: keep one (file, address or text)."),
    "err_too_large": ("文件太大：{name} 超过本服务器 {mb} MB 的上限。请只比较需要的部分，或请管理员以更大的 --max-size 启动服务器。",
                      "File too large: {name} is over this server's {mb} MB limit. Compare a shorter part, or ask the "
                      "operator to start the server with a larger --max-size."),
    "err_request_too_large": ("上传的内容太大（本服务器每个文件不超过 {mb} MB）。请换较小的文件。",
                              "The upload is too large (this server takes up to {mb} MB per file). Choose smaller files."),
    "err_input": ("读不出这个来源。请检查文件是否完整、格式是否受支持（.txt .md .html .docx .pdf），或改为粘贴文本。",
                  "This source could not be read. Check that the file is whole and in a supported format "
                  "(.txt .md .html .docx .pdf), or paste the text instead."),
    "err_url_scheme": ("只能读取 http:// 或 https:// 开头的网址。", "Only addresses starting with http:// or https:// can be read."),
    "err_private": ("出于安全考虑，本服务器不读取本机或内网地址。请在浏览器中保存该页面，再上传文件。",
                    "For safety this server does not read local or private-network addresses. Save the page in your "
                    "browser and upload the file."),
    "err_timeout": ("比较超过了 {s} 秒的时限，已停止。请比较较短的文本，或请管理员提高 --time-limit。",
                    "The comparison took longer than {s} seconds and was stopped. Compare shorter texts, or ask the "
                    "operator to raise --time-limit."),
    "err_memory": ("比较所需内存超过本服务器的上限，已停止。请比较较短的文本，或请管理员提高 --memory-limit。",
                   "The comparison needed more memory than this server allows and was stopped. Compare shorter "
                   "texts, or ask the operator to raise --memory-limit."),
    "err_internal": ("服务器内部出错，比较未完成。请稍后再试；如果一再出现，请把这两个文件报告给维护者。",
                     "Something went wrong inside the server. Try again later; if it keeps happening, report the two "
                     "files to the maintainers."),
    "err_interrupted": ("服务器重启，这项比较被中断。请重新提交。", "The server restarted before this comparison finished. Submit it again."),
    "err_busy": ("服务器正忙（排队的比较已满）。请一分钟后再试。", "The server is busy (the queue is full). Try again in a minute."),
    "err_not_found": ("找不到这个页面。比较结果只保留 {days} 天，可能已被清除；请重新比较。",
                      "No such page. Comparisons are kept {days} days and this one may be gone; compare again."),
    "err_no_store": ("本服务器没有配置版本库（--store）。", "This server has no store of versions (--store)."),
    "err_bad_request": ("请求无效。请从比较页面重新提交。", "The request was not understood. Submit it again from the compare page."),
    "err_method": ("请从比较页面提交。", "Submit from the compare page."),
    # store pages
    "store_title": ("已收集的政策版本", "Policies and their collected versions"),
    "store_empty": ("版本库中还没有任何版本。先运行 policydiff watch。", "The store holds no version yet. Run policydiff watch first."),
    "col_policy": ("政策", "Policy"),
    "col_title": ("标题", "Title"),
    "col_versions": ("版本数", "Versions"),
    "col_last_seen": ("最近收集（UTC）", "Last collected (UTC)"),
    "col_version": ("版本", "Version"),
    "col_seen": ("收集时间（UTC）", "Collected (UTC)"),
    "col_source": ("来源", "Source"),
    "col_compare": ("与上一版比较", "Against the previous"),
    "compare_prev": ("查看修改", "See the changes"),
    "history_link": ("全部版本的逐条演变", "Every clause through all versions"),
    "digests_title": ("变化摘要", "Digests"),
    "digests_empty": ("还没有生成过摘要。运行 policydiff digest。", "No digest made yet. Run policydiff digest."),
    "digest_made": ("摘要 #{id}，{at}（UTC）", "Digest #{id}, {at} UTC"),
    "digest_no_entries": ("这次摘要没有实质变化。", "Nothing of substance changed in this digest."),
    "entry_report": ("报告", "Report"),
}


def message(key: str, lang: str, **values: object) -> str:
    zh, en = M[key]
    text = en if lang == "en" else zh
    return text.format(**values) if values else text
