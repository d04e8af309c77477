"""History: several versions of one policy, each clause followed through them.

Consecutive versions are compared with the ordinary pipeline; the pairs of
all the steps are then joined into lineages. A lineage is what a reviewer
calls "the same article" over time: the clauses linked by the pairs of the
steps, so an article that was renumbered, split or merged stays one line of
the timeline, with the version where it was born and where it was deleted.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from . import ingest
from .dated import date_in_name
from .errors import PolicydiffError
from .i18n import _
from .models import Clause, Comparison, Document, Pair, Status
from .records import dataclass

#: How the versions are put in order: by the date in their file names, by
#: name, or as given on the command line.
ORDERS = ("date", "name", "given")

def order_versions(sources: Sequence[str], order: Optional[str] = None, follow_symlinks: bool = False,
                   on_skip=None) -> List[str]:
    """The versions, oldest first.

    A folder stands for the documents in it. The default order is by the date
    in the file names when a folder was given, and as given otherwise.
    """
    expanded: List[str] = []
    folder_given = False
    for source in sources:
        if os.path.isdir(source):
            folder_given = True
            expanded.extend(ingest.documents_in(source, follow_symlinks=follow_symlinks, on_skip=on_skip))
        else:
            expanded.append(source)
    order = order or ("date" if folder_given else "given")
    if order == "date":
        undated = [s for s in expanded if date_in_name(s) is None]
        if undated:
            raise PolicydiffError(undated[0], _("has no date in its name to order the versions by"),
                                  _("rename it (e.g. 2022-03-29.md) or pass --order name or --order given"))
        expanded.sort(key=lambda s: (date_in_name(s), s))
    elif order == "name":
        expanded.sort()
    if len(expanded) < 2:
        raise PolicydiffError(sources[0] if sources else ".", _("gives fewer than two versions"),
                              _("give two or more files, or a folder holding them"))
    return expanded


def version_label(source: str) -> str:
    """What a version is called in the timeline: its date, else its file name."""
    return date_in_name(source) or Path(source.split("#")[0]).stem or source


@dataclass(frozen=True)
class Version:
    """One version of a policy: its label and its parsed document."""

    label: str
    document: Document


@dataclass(frozen=True)
class Lineage:
    """One provision through all versions.

    ``cells[k]``: its clauses in version k (empty before it was born and after
    it was deleted); ``steps[k - 1]``: the pairs of the comparison of version
    k - 1 with version k that concern it.
    """

    cells: Tuple[Tuple[Clause, ...], ...]
    steps: Tuple[Tuple[Pair, ...], ...]

    @property
    def born(self) -> int:
        """The index of the first version holding it."""
        return next(k for k, cell in enumerate(self.cells) if cell)

    @property
    def deleted(self) -> Optional[int]:
        """The index of the version that deleted it, None while it lives."""
        last = max(k for k, cell in enumerate(self.cells) if cell)
        return last + 1 if last + 1 < len(self.cells) else None

    @property
    def changed(self) -> bool:
        """Anything of substance happened to it after the first version."""
        return any(p.is_substantive or p.renumbered for step in self.steps for p in step)

    @property
    def current(self) -> Tuple[Clause, ...]:
        """Its clauses in the last version that holds it."""
        return next(cell for cell in reversed(self.cells) if cell)

    def event(self, step: int) -> str:
        """What happened to it in a step (1-based: version step - 1 → step), in a reviewer's words."""
        pairs = self.steps[step - 1]
        if not pairs:
            return ""
        statuses = {p.status for p in pairs}
        before, after = self.cells[step - 1], self.cells[step]
        if statuses == {Status.ADDED}:
            return "新增"
        if statuses == {Status.DELETED}:
            return "整条删除"
        parts = []
        if Status.SPLIT in statuses:
            parts.append(f"拆分为{_labels(after)}")
        if Status.MERGED in statuses:
            parts.append(f"{_labels(before)}合并为{_labels(after)}")
        if statuses & {Status.ADDED, Status.DELETED} and not parts:
            parts.append(f"{_labels(before)}变为{_labels(after)}")
        if Status.MOVED in statuses:
            parts.append("位置调整")
        if not parts and _labels(before) != _labels(after):
            parts.append(f"{_labels(before)}改为{_labels(after)}")
        if any(p.is_substantive for p in pairs if p.status is not Status.MOVED) and not (
                statuses & {Status.SPLIT, Status.MERGED}):
            parts.append("内容修改")
        elif not parts:
            parts.append("未修改" if statuses == {Status.UNCHANGED} else "仅格式调整")
        return "，".join(parts)


def _labels(clauses: Iterable[Clause]) -> str:
    return "、".join(c.display_label for c in clauses)


@dataclass(frozen=True)
class History:
    """A policy through its versions: the comparisons of neighbours and the provisions' lineages."""

    versions: Tuple[Version, ...]
    steps: Tuple[Comparison, ...]
    lineages: Tuple[Lineage, ...]

    @property
    def title(self) -> str:
        return self.versions[-1].document.title or self.versions[0].document.title


def history(sources: Sequence[str], order: Optional[str] = None,
            size_limit: int = ingest.DEFAULT_SIZE_LIMIT, rules: Optional[str] = None,
            convert: Optional[str] = None, follow_symlinks: bool = False, on_skip=None) -> History:
    """Compare each version with the next and follow every clause through them."""
    from . import pipeline

    ordered = order_versions(sources, order, follow_symlinks, on_skip)
    versions = tuple(Version(version_label(s), pipeline.load(s, f"v{k + 1}.", size_limit, convert=convert))
                     for k, s in enumerate(ordered))
    steps = tuple(pipeline.compare_documents(a.document, b.document, rules)
                  for a, b in zip(versions, versions[1:]))
    return History(versions, steps, lineages(tuple(v.document for v in versions), steps))


def lineages(documents: Sequence[Document], steps: Sequence[Comparison]) -> Tuple[Lineage, ...]:
    """Join the pairs of the steps into lineages, in reading order."""
    parent: Dict[Tuple[int, str], Tuple[int, str]] = {}

    def find(node: Tuple[int, str]) -> Tuple[int, str]:
        root = node
        while parent.setdefault(root, root) != root:
            root = parent[root]
        while parent[node] != root:
            parent[node], node = root, parent[node]
        return root

    for k, comparison in enumerate(steps):
        for pair in comparison.pairs:
            nodes = [(k, c.id) for c in pair.old] + [(k + 1, c.id) for c in pair.new]
            for node in nodes[1:]:
                parent[find(node)] = find(nodes[0])

    groups: Dict[Tuple[int, str], List[List[Clause]]] = {}
    for k, doc in enumerate(documents):
        for clause in doc.clauses:
            cells = groups.setdefault(find((k, clause.id)), [[] for _ in documents])
            cells[k].append(clause)
    # The lineage of each pair of each step, in the step's reading order.
    pair_roots = [[find((k, p.old[0].id) if p.old else (k + 1, p.new[0].id)) for p in comparison.pairs]
                  for k, comparison in enumerate(steps)]
    step_pairs: Dict[Tuple[int, str], List[List[Pair]]] = {}
    for k, comparison in enumerate(steps):
        for root, pair in zip(pair_roots[k], comparison.pairs):
            step_pairs.setdefault(root, [[] for _ in steps])[k].append(pair)

    order = _reading_order([find((0, c.id)) for c in documents[0].clauses], pair_roots)
    return tuple(Lineage(tuple(tuple(c) for c in groups[root]),
                         tuple(tuple(p) for p in step_pairs.get(root, [[] for _ in steps])))
                 for root in order)


def _reading_order(first: List[Tuple[int, str]], pair_roots: List[List[Tuple[int, str]]]) -> List[Tuple[int, str]]:
    """Lineages in the order of the latest version, each deleted one kept after
    the lineage it followed when it was last seen. ``first``: the lineages of the
    first version's clauses; ``pair_roots``: those of each step's pairs, which
    are in the new version's reading order with deletions where they stood."""
    order = list(dict.fromkeys(first))
    for roots in pair_roots:
        now = list(dict.fromkeys(roots))
        present = set(now)
        # Put each lineage that was gone before this step after its predecessor.
        gone_after: Dict[Optional[Tuple[int, str]], List[Tuple[int, str]]] = {}
        last_present: Optional[Tuple[int, str]] = None
        for root in order:
            if root in present:
                last_present = root
            else:
                gone_after.setdefault(last_present, []).append(root)
        merged: List[Tuple[int, str]] = list(gone_after.get(None, []))
        for root in now:
            merged.append(root)
            merged.extend(gone_after.get(root, []))
        order = merged
    return order
