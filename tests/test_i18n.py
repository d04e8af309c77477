"""The user's language: Chinese messages, errors and help under a zh_* locale, English otherwise."""
import importlib.machinery
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "policydiff" / "locale"
PO = LOCALE / "zh_CN" / "LC_MESSAGES" / "policydiff.po"


def policydiff(*args, cwd, **env):
    clean = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    return subprocess.run([sys.executable, "-m", "policydiff", *args], cwd=cwd, capture_output=True,
                          text=True, env={**clean, **env}, timeout=120)


@pytest.mark.parametrize("lang", ["zh_CN.UTF-8", "zh_TW.UTF-8"])
def test_a_chinese_locale_gives_a_chinese_error(tmp_path, lang):
    result = policydiff("compare", "nofile", "x", cwd=tmp_path, LANG=lang)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip() == "policydiff：nofile：文件不存在；请检查路径"


def test_the_c_locale_gives_an_english_error(tmp_path):
    result = policydiff("compare", "nofile", "x", cwd=tmp_path, LANG="C")
    assert result.returncode == 2
    assert result.stderr.strip() == "policydiff: nofile: no such file; check the path"


def test_lc_all_decides_over_lang(tmp_path):
    result = policydiff("compare", "nofile", "x", cwd=tmp_path, LANG="C", LC_ALL="zh_CN.UTF-8")
    assert "文件不存在" in result.stderr


def test_help_and_click_messages_are_chinese_too(tmp_path):
    help_text = policydiff("compare", "--help", cwd=tmp_path, LANG="zh_CN.UTF-8").stdout
    assert help_text.startswith("用法：") and "比较同一政策的两个版本" in help_text
    assert "报告写入此处" in help_text and "显示本帮助并退出" in help_text
    assert not re.search(r"Write the report|Show this message", help_text)
    usage = policydiff("compare", "onlyone", cwd=tmp_path, LANG="zh_CN.UTF-8")
    assert usage.returncode == 2 and "错误：缺少参数" in usage.stderr


def _update_catalogue():
    import importlib.util

    loader = importlib.machinery.SourceFileLoader("update_catalogue", str(ROOT / "scripts" / "update-catalogue"))
    module = importlib.util.module_from_spec(importlib.util.spec_from_loader(loader.name, loader))
    loader.exec_module(module)
    return module


def test_the_catalogue_translates_every_message_with_the_same_placeholders():
    from babel.messages.pofile import read_po

    with open(PO, "rb") as f:
        catalog = read_po(f, locale="zh_CN")
    english = os.environ.get("LANGUAGE", "")
    template = _update_catalogue().template()  # the messages in the code now, re-extracted
    os.environ["LANGUAGE"] = english
    missing, broken = [], []
    for message in template:
        if not message.id:
            continue
        entry = catalog.get(message.id)
        strings = () if entry is None else (entry.string if isinstance(entry.string, tuple) else (entry.string,))
        if entry is None or entry.fuzzy or not all(strings):
            missing.append(message.id)
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        wanted = set(re.findall(r"\{[^{}]*\}|%\(\w+\)s", " ".join(ids)))
        for string in strings:
            if set(re.findall(r"\{[^{}]*\}|%\(\w+\)s", string)) - wanted:
                broken.append(message.id)
    assert missing == [], "untranslated (run scripts/update-catalogue and translate them)"
    assert broken == [], "a translation uses a placeholder its message does not have"


def test_the_committed_mo_is_the_compiled_po():
    import gettext

    from babel.messages.pofile import read_po

    with open(PO, "rb") as f:
        catalog = read_po(f, locale="zh_CN")
    with open(PO.with_suffix(".mo"), "rb") as f:
        compiled = gettext.GNUTranslations(f)
    for message in catalog:
        if message.id and not isinstance(message.id, tuple) and not message.fuzzy:
            assert compiled.gettext(message.id) == message.string, message.id


@pytest.mark.parametrize("language", ["C", "C.UTF-8", "POSIX", "en", "en_US.UTF-8", "en_GB@euro", "en_IN",
                                      "zh_CN.UTF-8", "zh_TW", "zh", "chinese", "de_DE.UTF-8", "C:zh_CN"])
def test_messages_are_taken_as_written_only_where_gettext_finds_no_catalogue(language):
    import gettext

    from policydiff import i18n

    languages = ["zh_CN" if w.lower().startswith("zh") else w for w in language.split(":")]
    if i18n._messages_as_written(languages):
        assert type(i18n.load(languages)) is gettext.NullTranslations
    assert i18n._messages_as_written(languages) == all(part in (
        "C", "C.UTF-8", "POSIX", "en", "en_US.UTF-8", "en_GB@euro", "en_IN") for part in language.split(":"))


def test_an_english_locale_loads_no_gettext(tmp_path):
    code = "import sys, policydiff.i18n as i; print(i._('x'), i.ngettext('a', 'b', 2), i.chinese(), 'gettext' in sys.modules)"
    clean = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**clean, "LANG": "C.UTF-8"}).stdout
    assert out.split() == ["x", "b", "False", "False"]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**clean, "LANG": "zh_CN.UTF-8"}).stdout
    assert out.split() == ["x", "b", "True", "True"]
