"""Shared fixtures: the real documents in ../shared/corpus (CI has it beside the clone)."""
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
SHIJINGSHAN = CORPUS / "shijingshan"
DRAFT = SHIJINGSHAN / "2022-draft.txt"
FINAL_WECHAT = SHIJINGSHAN / "2022-final-wechat.txt"
FINAL_WEB = SHIJINGSHAN / "2022-final-web.txt"
LAWS = CORPUS / "laws"

assert CORPUS.is_dir(), f"the test corpus is missing: expected it at {CORPUS}"


def law_pairs():
    """Every pair of consecutive versions under laws/, as (name, old, new)."""
    for folder in sorted(p for p in LAWS.iterdir() if p.is_dir()):
        versions = sorted(folder.glob("*.md"))
        for old, new in zip(versions, versions[1:]):
            yield folder.name, old, new


@pytest.fixture(scope="session")
def corpus() -> Path:
    return CORPUS
