"""Synthetic revisions of every statute in the corpus (tests/revisions.py): pair F1 ≥ 0.99.

Each statute's articles are revised by the generator with a fixed seed
(inserts, deletions, splits, merges, far moves, rewrites, renumbering); the
tool's pairings are compared, link by link, with the generator's truth.
"""
import time


from policydiff import align, load
from policydiff.ingest import RawText
from policydiff.normalize import normalize
from policydiff.structure import parse

from conftest import LAWS
from revisions import chinese, revise

SEED = 2026


def statutes():
    """The corpus statutes' folders, read when a test runs (without the corpus its tests are skipped)."""
    return sorted(p for p in LAWS.iterdir() if p.is_dir())


def articles_of(folder):
    doc = load(sorted(folder.glob("*.md"))[0])
    return doc.title, [c.text for c in doc.clauses if c.label]


def links_found(revision):
    old = parse(normalize(RawText("old.md", revision.old_text)), "o")
    new = parse(normalize(RawText("new.md", revision.new_text)), "n")
    at_old = {c.id: k for k, c in enumerate(old.clauses)}
    at_new = {c.id: k for k, c in enumerate(new.clauses)}
    return {(at_old[a.id], at_new[b.id]) for p in align.align(old, new) for a in p.old for b in p.new}


def test_chinese_numerals_of_the_generator():
    assert [chinese(n) for n in (1, 10, 15, 20, 101, 110, 115, 240, 266)] == [
        "一", "十", "十五", "二十", "一百零一", "一百一十", "一百一十五", "二百四十", "二百六十六"]


def test_pair_f1_on_synthetic_revisions_of_every_statute():
    start = time.perf_counter()
    folders = statutes()
    texts = {folder.name: articles_of(folder) for folder in folders}
    true_total = found_total = hit_total = 0
    report = []
    for n, folder in enumerate(folders):
        title, articles = texts[folder.name]
        donors = texts[folders[(n + 1) % len(folders)].name][1]
        revision = revise(title, articles, donors, seed=SEED + n, share=0.2)
        assert len(set(revision.operations)) == 6 or len(articles) < 25, revision.operations
        found = links_found(revision)
        hits = len(found & revision.links)
        true_total += len(revision.links)
        found_total += len(found)
        hit_total += hits
        report.append(f"{folder.name}: {len(revision.operations)} ops, "
                      f"missed {sorted(revision.links - found)}, wrong {sorted(found - revision.links)}")
    precision, recall = hit_total / found_total, hit_total / true_total
    f1 = 2 * precision * recall / (precision + recall)
    print(f"pair F1 {f1:.4f} (precision {precision:.4f}, recall {recall:.4f}) over {len(folders)} statutes")
    assert f1 >= 0.99, "\n".join(report)
    assert time.perf_counter() - start < 120
