"""Findings: what each change means, as a reviewer writes it in the margin.

``analyze(pair)`` returns the pair with its findings. A pair whose texts
differ only in punctuation, width, spacing or item labels gets one
``formatting`` finding. Otherwise each finder in ``FINDERS`` (one small module
each) looks at the pair's changes; the edits none of them explains become
``wording_changed``; notes another note already says are said once (repeats.py). A provision whose
paragraphs were put in another order is read in the new order (paragraphs.py); a statute's opening
as its record of amendments (preamble.py). The words and patterns come from the lexicon
(``policydiff/data/lexicon.json``, extended by a user's ``--rules`` file).
"""
from __future__ import annotations

from typing import Callable, Dict, List, Optional, Sequence, Tuple

from ..diff import char_diff_apart

from ..models import FindingKind, Op, Pair, Status, clause_starts
from .changes import Change, Note, changes_of
from .conditions import find_condition_changes, not_conditions, unlike
from .figure_changes import find_figure_changes
from .formatting import FORMATTING, SLIGHT_ONLY, formatting_only
from .lexicon import Lexicon, load_lexicon

__all__ = ["analyze", "analyzed_with_renames", "across_document", "load_lexicon", "Lexicon", "FINDERS", "RECORD_LINE"]
from .modality import find_modality_changes
from .penalties import find_penalty_changes
from .qualifiers import find_qualifier_changes
from .references import find_reference_changes
from .tiers import find_tier_moves
from .regimes import filing_said, find_regime_changes
from .slight import same_meaning
from .document import across_document
from .renames import analyzed_with_renames
from .rewrites import REGROUPED, covered, deleted_note, homes, hunk_spans, rewrite_notes, rewritten
from .wording import wording_notes
from .window import where_changed
from . import joined, lists, paragraphs, placed, repeats
from .preamble import RECORD_LINE, opening_lines_only, preamble

Finder = Callable[[Pair, Sequence[Change], Lexicon], List[Note]]

#: The finders, by name, in the order their findings are listed.
FINDERS: Tuple[Tuple[str, Finder], ...] = (
    ("qualifiers", find_qualifier_changes),
    ("figures", find_figure_changes),
    ("penalties", find_penalty_changes),
    ("modality", find_modality_changes),
    ("conditions", find_condition_changes),
    ("regimes", find_regime_changes),
    ("references", find_reference_changes),
    ("tiers", find_tier_moves),
)


def analyze(pair: Pair, lexicon: Optional[Lexicon] = None, extra_notes: Sequence[Note] = ()) -> Pair:
    """The pair with its findings filled in.

    ``extra_notes``: notes made outside the pair (a document-wide rename, see
    renames.py), listed first and counted when telling which edits are explained.
    """
    if pair.status is Status.DELETED and pair.old:
        return pair.with_findings((deleted_note(pair.old),))
    if pair.status in (Status.UNCHANGED, Status.ADDED, Status.DELETED) or pair.old_text == pair.new_text:
        return pair
    cut = where_changed(pair)  # a provision of a whole book edited in a few places: read where it changed
    if cut is not pair:
        return pair.with_findings(analyze(cut, lexicon, extra_notes).findings)
    if formatting_only(pair.old_text, pair.new_text):
        return pair.with_findings((FORMATTING,))
    lexicon = lexicon or load_lexicon()
    order = paragraphs.reordered(pair)
    if order is not None:  # read paragraph by paragraph in their new order, and said so
        reordered = paragraphs.reordered_note(order, pair.old_text, pair.new_text)
        return pair.with_findings((reordered, *analyze(paragraphs.in_new_order(pair, order), lexicon, extra_notes).findings))
    changes, found, rewrites, removed, added = _prepared(pair, lexicon)
    if extra_notes:
        rewrites = repeats.unless_renamed(rewrites, extra_notes)
        rewrites, added = repeats.rewritten_under_renames(rewrites, extra_notes, lexicon, pair.new_text, added)
    notes: List[Note] = [*extra_notes, *found, *rewrites]
    notes.extend(wording_notes(changes, notes, pair.old_text, pair.new_text, removed, added))
    notes = repeats.conditions_said_by_wording(notes)
    notes = repeats.conditions_of_new_fines(notes)
    if all(not c.label for c in pair.old + pair.new) and opening_lines_only(pair.old_text, pair.new_text):
        notes = preamble(notes)
    findings = repeats.items_joined([n.finding for n in notes])
    findings = joined.items_rewritten_together(findings, pair.old_text)
    findings = joined.rules_made_general(findings, pair.old_text)
    findings = joined.clause_made_a_sentence(findings, pair.old_text)
    findings = joined.phrase_made_a_sentence(findings)
    findings = joined.merged_into_a_rewrite(findings, pair.old_text, pair.new_text, lexicon)
    findings = joined.kept_sentence_taken_in(findings, pair.old_text, pair.new_text, lexicon)
    findings = joined.taken_out_in_pieces(findings, pair.old_text, pair.new_text, lexicon)
    for said_again in _SAID_AGAIN_IN_THE_TEXTS:
        findings = said_again(findings, pair.old_text, pair.new_text)
    for said_again in _SAID_AGAIN:
        findings = said_again(findings)
    findings = repeats.replacement_a_rewrite_quotes(findings, pair.old_text, pair.new_text)
    findings = repeats.counted_in_the_texts(findings, pair.old_text, pair.new_text)
    findings = repeats.replaced_inside_a_quoted_replacement(findings)
    findings = repeats.put_in_inside_a_quoted_replacement(findings, pair.old_text, pair.new_text)
    findings = repeats.inside_the_places_counted(findings, pair.old_text, pair.new_text)
    findings = placed.put_in_placed(findings, pair.old_text, pair.new_text)
    findings = placed.replaced_placed(findings, pair.old_text, pair.new_text)
    findings = lists.lead_in_alone(findings, pair.old_text)
    findings = lists.catch_all_with_its_list(findings, pair.old_text)
    findings = lists.member_given_its_own_sentence(findings, pair.old_text, pair.new_text)
    findings = lists.item_put_in_with_its_lead_in(findings, pair.new_text)
    findings = lists.exception_with_its_rule(findings, pair.new_text)
    findings = repeats.named_only(findings, extra_notes, pair.old_text)
    findings = repeats.left_of_a_rename(findings, extra_notes, pair.old_text, pair.new_text)
    # (a rename that says the same thing, "县级以上地方各级人民政府" → "县级以上地方人民政府", explains its edits but is no
    # note of its own: ten "全文统一修改" notes were useless in the thirty-eighth reading)
    findings = tuple(f for f in findings if not (f.kind is FindingKind.TERM_RENAMED and same_meaning(f.old, f.new)))
    # (a share's bar said by the rename that moves it: "…改为“过半数的董事共同推举”，不再包含本数（半数）（全文统一修改…）")
    findings = repeats.shares_said_by_renames(findings)
    findings = repeats.old_record_unsaid(findings)
    findings = repeats.spent_repeal_unsaid(findings)
    findings = joined.kept_items_unsaid(findings, pair.new_text)
    # (a law cited by its full title where the old text named it plainly, "“行政诉讼法”改为“《中华人民共和国行政诉讼法》”":
    # the note kept the edit from being said in pieces above, and says no change of its own, useless in readings 482 and 499)
    findings = tuple(f for f in findings if not f.message.startswith(CITED_IN_FULL))
    # (only item or citation numbers, particles or same-meaning words differ)
    return pair.with_findings(findings or (joined.sentence_split_off_made_general(pair) or SLIGHT_ONLY,))


#: How a note says a law cited by its full title (references.py).
CITED_IN_FULL = "引用写法修改："


#: The passes, in order, that fold notes saying again what another note of the pair says (repeats.py), with the pair's
#: texts and without.
_SAID_AGAIN_IN_THE_TEXTS = (repeats.rewritten_into_the_sentence_beside, repeats.rewritten_in_pieces,
                            repeats.put_in_holding_an_old_sentence,
                            repeats.inside_a_longer_edit, repeats.taken_into_the_rewrite_beside,
                            repeats.replaced_inside_the_rewrite, repeats.declared_with_its_rewrite,
                            repeats.split_into_items, repeats.last_phrase_into_a_new_sentence,
                            repeats.consequence_joined, repeats.hedge_of_a_rule_said_whole,
                            repeats.clauses_put_in_joined)
_SAID_AGAIN = (repeats.within_another_quote, repeats.figure_said_with_its_words, repeats.vague_figure_made_exact,
               repeats.reference_said_whole, repeats.citation_inside_a_wording_note, repeats.record_line_said_by_its_note,
               repeats.document_quoted_in_a_replacement,
               repeats.merge_repeats, repeats.widened_repeats, repeats.taken_out_here_too, repeats.led_into_a_list,
               repeats.step_inside_a_rewrite,
               repeats.exception_into_a_new_sentence,
               repeats.parts_said_in_another, repeats.taken_out_into_a_new_sentence, repeats.put_in_and_reworded_into,
               repeats.delegation_rewritten)


#: The findings of a pair but its wording notes, by the pair's texts and diff: a pair analysed
#: again with a document-wide rename in hand (renames.py) reuses them, for only its wording notes
#: depend on the rename (the rename notes are neither figures nor conditions, so they change
#: nothing of what the finders, the figure filter or the rewrites say).
_PREPARED: Dict[tuple, tuple] = {}
_PREPARED_MAX = 4096


def _starts(clauses) -> frozenset:
    """Where each clause after the first starts in the clauses' joined text (``Pair.new_text``)."""
    return frozenset(clause_starts(clauses)[1:])


def _prepared(pair: Pair, lexicon: Lexicon):
    """(changes, finder notes, rewrite notes, sentences said whole removed, added) of a pair."""
    key = (pair.old_text, pair.new_text, pair.diff, id(lexicon), FINDERS, len(pair.new))
    hit = _PREPARED.get(key)
    if hit is not None and hit[0] is lexicon:
        return hit[1:]
    changes = changes_of(pair)
    hunks = [h for c in changes for h in c.hunks]
    removed, added = rewritten(pair.old_text, pair.new_text, hunks)
    rewrites, removed, added = rewrite_notes(removed, added, lexicon, pair.old_text, pair.new_text,
                                             _starts(pair.new) if len(pair.new) > 1 else (),
                                             homes(removed, added, pair.old_text, pair.new_text, hunks))
    apart = _sentences_apart(pair, hunks, rewrites, removed, added)
    if apart is not None:
        pair = apart
        changes = changes_of(pair)
    notes: List[Note] = []
    for _name, finder in FINDERS:
        notes.extend(finder(pair, changes, lexicon))
    notes = repeats.periods_of_sanctions(repeats.drop_figures_inside_conditions(notes))
    weak = unlike(pair)
    if not weak:  # (between provisions barely alike the sentence is said, not a condition inside it)
        rewrites = repeats.unless_a_condition_says_it(rewrites, notes)
    rewrites = repeats.unless_finders_say_it(rewrites, notes, pair.old_text, pair.new_text)
    rewrites = filing_said(rewrites, notes)
    notes, rewrites = repeats.conditions_said_whole(notes, rewrites)
    if weak:
        notes = not_conditions(notes)
    notes = repeats.dates_of_sentences_said(notes, rewrites)
    rewrites = repeats.unless_a_period_quotes_it(rewrites, notes)
    value = (lexicon, tuple(changes), tuple(notes), tuple(rewrites), tuple(removed), tuple(added))
    if len(_PREPARED) >= _PREPARED_MAX:
        del _PREPARED[next(iter(_PREPARED))]
    _PREPARED[key] = value
    return value[1:]




def _sentences_apart(pair: Pair, hunks, rewrites: Sequence[Note], removed, added) -> Optional[Pair]:
    """The pair diffed again with the sentences said taken out or put in whole (``不再规定``/``新增规定``)
    deleted and inserted whole, when the diff had matched some of their characters to the text kept:
    the edits of the rest are then read as made (专利法实施细则 第九条: "及时" → "在请求递交日起2个月内" beside
    the applicant's 4-month wait taken out, not "期限由4个月降低到2个月" and "“应当及时向申请人发出保密审查通知”改为
    “应当在”", wrong and useless in the thirty-first reading). None when nothing would change."""
    said = {side: {r.evidence[0] for r in rewrites if len(r.evidence) == 1 and r.finding.message.startswith(start)}
            for side, start in (("old", "不再规定："), ("new", "新增规定："))}
    for r in rewrites:  # (items of a list grouped anew: taken out and put in whole, rewrites._regrouped)
        if r.finding.message.startswith("改写：") and REGROUPED in r.finding.message and len(r.evidence) == 2:
            said["old"].update(r.evidence[0].split("；"))
            said["new"].update(r.evidence[1].split("；"))
    taken = sorted({(s.start, s.end) for s in removed if s.text in said["old"]})
    put = sorted({(s.start, s.end) for s in added if s.text in said["new"]})
    deleted, inserted = hunk_spans(hunks)
    if all(covered(deleted, span) == 1 for span in taken) and all(covered(inserted, span) == 1 for span in put):
        return None
    if any(a[1] > b[0] for spans in (taken, put) for a, b in zip(spans, spans[1:])):
        return None  # (sentences said whole that overlap: read as they are)
    edits = char_diff_apart(pair.old_text, pair.new_text, taken, put)
    # Taken only when the rest reads as fewer edits of fewer characters: a sentence kept that took words
    # of one taken out ("申请破产", 公司法 第六十六条 → 第一百七十二条) is read as the diff read it, and so is a
    # list whose items were rewritten around the items taken out (行政复议法 第六条 → 第十一条).
    # (each sentence with the mark and line break that end it: a diff that keeps them apart is no edit outside, "金融机构
    # 通过第三方识别客户身份的，应当确保…" read against a sentence put in before its new form, 反洗钱法 第十七条 → 第三十二条,
    # "“识别客户身份的”改为“金融机构”" wrong in reading 1357)
    taken, put = _with_ends(taken, pair.old_text), _with_ends(put, pair.new_text)
    (runs, chars), (runs_before, chars_before) = _outside(edits, taken, put), _outside(pair.diff, taken, put)
    if not (runs < runs_before and chars < chars_before):
        return None
    return pair.with_diff(edits)


def _with_ends(spans, text: str):
    """Each span with the sentence marks and line breaks that follow it."""
    out = []
    for start, end in spans:
        while end < len(text) and text[end] in "。；\n":
            end += 1
        out.append((start, end))
    return out


def _outside(edits, taken, put) -> Tuple[int, int]:
    """(runs of edits that change characters outside the spans, how many such characters), of the old
    text and the new."""
    from .rewrites import covered_chars

    def out(at: int, length: int, spans) -> int:
        return length - covered_chars(spans, at, at + length)

    runs = chars = o = n = 0
    touched = False
    for op, text in edits:
        if op is Op.EQUAL:
            runs += touched
            touched = False
            o, n = o + len(text), n + len(text)
            continue
        at, spans = (o, taken) if op is Op.DELETE else (n, put)
        left = out(at, len(text), spans)
        chars += left
        touched = touched or left > 0
        if op is Op.DELETE:
            o += len(text)
        else:
            n += len(text)
    return runs + touched, chars
