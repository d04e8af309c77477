import pytest

from policydiff import PolicydiffError
from policydiff.ingest import read

from conftest import DRAFT, FINAL_WECHAT


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "utf-16", "utf-8-sig", "utf-8"])
def test_any_common_encoding_reads_to_the_same_text(tmp_path, encoding):
    text = DRAFT.read_text(encoding="utf-8")
    path = tmp_path / f"draft-{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    assert read(path).text.replace("\r\n", "\n") == text


def test_source_is_kept_as_given():
    assert read(str(FINAL_WECHAT)).source == str(FINAL_WECHAT)


def _error(path, **kwargs) -> str:
    with pytest.raises(PolicydiffError) as info:
        read(path, **kwargs)
    message = str(info.value)
    assert str(path) in message and "\n" not in message
    return message


def test_missing_file(tmp_path):
    assert "no such file" in _error(tmp_path / "nope.txt")


def test_directory(tmp_path):
    assert "directory" in _error(tmp_path)


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n")
    assert "empty" in _error(path)


def test_binary_file(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(bytes(range(256)) * 20)
    assert "binary" in _error(path)


def test_a_text_is_binary_when_under_nine_tenths_of_its_start_is_printable(tmp_path):
    # Line breaks and tabs count as printable; wide, no-break and zero-width spaces do not.
    path = tmp_path / "spaced.txt"
    path.write_text("第一条\n" * 22 + "第二" + "\u3000" * 5 + "\xa0" * 3 + "\u200b" * 2, encoding="utf-8")  # 90 + 10
    assert read(path).text.startswith("第一条")
    path.write_text("第一条\n" * 22 + "第二" + "\u3000" * 5 + "\xa0" * 3 + "\u200b" * 2 + "\x01", encoding="utf-8")
    assert "binary" in _error(path)


def test_unknown_format(tmp_path):
    path = tmp_path / "policy.xyz"
    path.write_text("第一条 内容。")
    assert ".xyz" in _error(path)


def test_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("第一条 内容。" * 1000)
    assert "--max-size" in _error(path, size_limit=100)
