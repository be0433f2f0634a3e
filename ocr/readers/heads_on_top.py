"""A heading printed right on top of its body, with no blank line between: whether a
chunk's first lines are one (``heading_on_top``), in each of the shapes it takes.

An extractor that writes a page's text without geometry sets such a heading as the
first lines of the chunk that holds its body (``Main Street to close for repaving`` /
``The city will close Main Street between First`` / …). Telling it from running text is
one question with its own measures (``ON_TOP_*``) and its own forms -- a line cut short
of the column's measure, a Latin heading in larger type, a brief's headline in its
lead's words, a one-line heading over a lead that names its subject, a standing head
over a listing's entry (a brief's or listing's head told by the text under it is
``readers.heads_over_briefs``) -- apart from ``readers.textheads``' other questions of a line
in its chunk (a heading glued under the text above a byline, a heading over a caption,
a photo's title), whose tests of a line's form (``reads_as_heading``,
``not_a_heading``, ``opens_story``) it shares.
"""

from __future__ import annotations

import re

from ..byline_words import writers_post
from ..decks import DECK_WIDER, HEADING_EMS
from ..leads import (
    LEAD_LINES,
    headed_whole,
    introduces,
    opens_lead,
    refers_back,
    salutation,
)
from ..linejoin import join_lines
from ..markers import marker_kind
from ..model import BODY, Block, Line, Word
from ..profiles import CompiledMarkers
from ..script import ANY_CJK, HAN_CHAR, is_cjk, written_in
from ..stack_in_block import STACK_RUNS, stack_runs
from ..text_pieces import over_stretched_line
from ..typography import (
    ARTICLES,
    CJK_HEADING_STOPS,
    DANGLING_WORDS,
    OPENING_ARTICLES,
    UNDER_HEADING_LINES,
    cut_short,
    ends_a_sentence,
    ends_sentence,
    leads_on,
    room_left,
    widest_width,
)
from .heads_over_briefs import (
    head_over_entry,
    head_over_rows,
    head_over_sentence,
    head_over_times,
    headline_over_lead,
)
from .textheads import CJK_CLAUSE, not_a_heading, opens_story, reads_as_heading


def heading_on_top(texts: list[str], widths: list[float], m: CompiledMarkers, *,
                   from_grid: bool = False, lang: str | None = None) -> int:
    """How many of a chunk's first lines are a heading printed right on top of its body,
    with no blank line between (``Main Street to close for repaving`` / ``The city will
    close Main Street between First`` / …; ``城南新建三所公办幼儿园`` / ``今年秋季，…``):
    they belong to the text under them, not to the story before. A heading line reads
    as one (``reads_as_heading``), is no marker line nor opens a story (a byline or
    dateline is the body's), ends no sentence and is cut short of the column's measure
    (the widest of the next lines, running text): a Chinese one, which holds no clause
    mark either, to at most ``ON_TOP_SHORT`` of it, a Latin one well before the next
    line's first word would have run on to it (``typography.cut_short``: running text
    wraps at its measure; a paragraph's last line ends a sentence). The body opens a
    sentence, is no label's value (``今天：多云``), and at least ``ON_TOP_BODY`` of its
    lines follow (under a Latin heading, the first of them full), or (a Latin heading
    of two lines in larger type) ``_larger_on_top`` says so, or (a brief's headline in
    its lead's words) ``headline_over_lead``, or (a brief's head over a sentence or a
    dated listing) ``head_over_sentence`` or ``head_over_times``, which last is asked
    of a head over two rows too: a dated listing's time tells what no width of so few
    lines does, or (a listing's head over label rows) ``head_over_rows``. A Chinese
    stack with a line set across the columns is ``_stack_across_on_top``'s, asked first
    and not of lines laid out again from a grid (``from_grid``: a row may hold two
    columns' lines side by side); a Chinese head over a salutation or lead-in line
    (``编辑同志：``) is ``_head_over_salutation``'s. They are Chinese typography's rules,
    asked of a page in Chinese (``lang``, the page's; when no caller gives it, the
    chunk's own lines tell), not of a CJK line on a page in another language (a Chinese
    name in an English story). (What the heading is, a headline or a crosshead inside
    the story, ``classify`` says.)"""
    chinese = ANY_CJK.search(texts[0]) is not None and (
        lang == "zh" if lang is not None else written_in("zh", "".join(texts[:4])))
    across = _stack_across_on_top(texts, widths, m) if chinese and not from_grid else 0
    top = across or _on_top(texts, widths, m) or (
        _head_over_salutation(texts, widths, m) if chinese and not from_grid else 0)
    if top or is_cjk(texts[0][:1]):
        return top
    if len(texts) < 2 + ON_TOP_BODY:  # (a dated listing's rows, two lines: ``Tides`` /
        return int(head_over_times(texts, widths, m))  # ``High: 5:42 a.m.…`` / ``p.m.…``)
    return _larger_on_top(texts, m) or int(
        headline_over_lead(texts, m) or head_over_sentence(texts, widths, m)
        or head_over_times(texts, widths, m)
    ) or head_over_rows(texts, widths, m) or _stack_on_top(texts, m)


def _on_top(texts: list[str], widths: list[float], m: CompiledMarkers) -> int:
    """``heading_on_top`` for a heading cut short of the column's measure."""
    for k in range(1, 3):
        if len(texts) < k + ON_TOP_BODY:
            return 0
        heads, body = texts[:k], texts[k:k + 3]
        if body[0][:1].islower() or any(map(ends_sentence, heads)):
            return 0
        # The widths first (most chunks open with a full line), then what the lines say.
        if is_cjk(heads[0][:1]):
            measure = max(widths[k:k + 3])
            if widths[k] < measure - ON_TOP_FIRST:  # perhaps a heading's second line
                continue
            # A heading wider than the column sits over running text: full lines under
            # it (a caption's wrapped lines end on its credit, ``摄）``). Over a lead
            # (``即日起，…``: a story's first words) it need only stop short of the measure.
            column = len(texts) >= k + 3 and min(widths[k + 1:k + 3]) >= measure - 1
            most = (measure - ON_TOP_LEAD if opens_lead("".join(body[:2]))
                    else ON_TOP_SHORT * measure)
            top = k if all((w <= most or column and w >= measure + ON_TOP_WIDE)
                           and not CJK_CLAUSE.search(t)
                           for t, w in zip(heads, widths, strict=False)) else 0
        else:
            stretched = over_stretched_line(texts, k)
            if stretched:
                return k if all(
                    marker_kind(t, m) is None and not opens_story(t, m) and reads_as_heading(t)
                    for t in heads) else 0
            measure = max(len(" ".join(t.split())) for t in body)

            def room(i: int, measure: float = measure) -> float:
                return room_left(texts[i], texts[i + 1].split()[0], measure)

            def short(i: int, measure: float = measure) -> bool:
                return cut_short(texts[i], texts[i + 1].split()[0], measure)

            if not short(0):  # most chunks: a line of running text
                return 0
            if k == 1 and marker_kind(texts[0], m) is not None:
                return 0  # a byline over its text (the commonest short first line): no heading
            if k == 1 and head_over_entry(texts):
                return int(not opens_story(texts[0], m))  # (a marker returned 0 above)
            if short(k):
                continue
            # The body's first line is full: one the next word would have fitted on,
            # though not well short, may be a heading's or a paragraph's end.
            top = k if all(map(short, range(k))) and room(k) <= 1 else 0
        # (The marker test first: a byline over its story's text, the commonest chunk
        # that gets this far, fails it; a line no marker pattern reaches is told at once.)
        return top if top and all(
            marker_kind(t, m) is None and not opens_story(t, m) and reads_as_heading(t)
            for t in heads) and not not_a_heading(body[0]) else 0
    return 0


def _stack_across_on_top(texts: list[str], widths: list[float], m: CompiledMarkers) -> int:
    """How many of a Chinese chunk's first lines are a stack with a line set across the
    columns, printed right on top of its text (``一起装修合同纠纷案当庭宣判`` /
    ``法院判令装修公司返还预付款并赔偿损失``, 18 ems over a 15-em column / ``定工期90天，…``).
    A column's lines never run past its measure (the widest of the text's first lines):
    a line ``ON_TOP_WIDE`` ems past it is a headline or deck, and so is what stands over
    it in the chunk, however wide (a headline in larger type holds nearly a column's
    characters), and under it a line that runs past the measure as a deck's does
    (``decks.DECK_WIDER``: the deck's second line, ``今年新建社区嵌入式养老服务站37个``; a
    column's line without a mark may run an em past lines that hold some). ``_on_top`` asks each
    line its own width, and so parts the headline and leaves the deck on the text. Each
    line reads as a heading's, without a clause mark or sentence's end (a paragraph's last
    line ends one; a column's line cut by its foot holds a clause), no marker line nor one
    that opens a story (a byline run into its text is the text's); the shortest stack
    first, so the text's first line is never taken in. The text's measure counts its marks
    a full em (``typography.widest_width``): a notice set with full-width marks reads 2.5
    ems narrower than its first line, which holds none (``本人于12月8日下午在滨海公园走失
    柯基犬`` / ``一只，黄白色，短腿，名叫“豆包”，戴红``)."""
    for k in range(2, ON_TOP_STACK_ACROSS + 1):
        if len(texts) < k + ON_TOP_BODY:
            return 0
        measure = max(map(widest_width, texts[k:k + 3]))
        if widths[k] < measure - ON_TOP_FIRST:
            continue  # (a heading's line under the across line, or a paragraph's end)
        across = [i for i in range(k) if measure + ON_TOP_WIDE <= widths[i] <= HEADING_EMS]
        if not across or any(widths[i] < measure + DECK_WIDER for i in range(across[0], k)):
            continue
        heads = texts[:k]
        if all(not CJK_CLAUSE.search(t) and not ends_sentence(t) and reads_as_heading(t)
               and marker_kind(t, m) is None and not opens_story(t, m) for t in heads):
            return k if not not_a_heading(texts[k]) else 0
    return 0


#: ``_stack_across_on_top`` asks a stack of this many lines at most (headline, deck of two).
ON_TOP_STACK_ACROSS = 3


def _head_over_salutation(texts: list[str], widths: list[float], m: CompiledMarkers) -> int:
    """How many of a Chinese chunk's first lines are a head printed right on top of a
    salutation or lead-in line and the text it opens (a reader's letter: ``小区门口的斑马
    线，能不能再亮一点？`` / ``编辑同志：`` / ``我家住在城东区枫林苑小区，小`` / …): a line
    that holds a few characters and ends on a colon, and no other mark, introduces what
    follows, so the text under it opens there, and what stands over it in the chunk is
    no running text's line but a head of one or two lines. ``_on_top`` asks the line under
    a head to be full and refuses a head's clause mark or question mark, which a letter's
    head, in its writer's words, holds. The lead-in is ``leads.salutation``'s;
    the text under it is full (its first line within ``ON_TOP_FIRST`` of the measure);
    each head line opens on a Han character, is wider than the lead-in, holds no full stop
    nor semicolon (``CJK_HEADING_STOPS``) nor ends on a mark that leads on (``leads_on``), is not
    what no heading is (``not_a_heading``: a label and its value is another line), and is
    no marker line nor opens a story; the first of two ends no sentence (it runs on)."""
    for k in (1, 2):
        if len(texts) < k + 1 + ON_TOP_BODY:
            return 0
        if not salutation(texts[k]):
            continue
        measure = max(widths[k + 1:k + 4])
        if widths[k + 1] < measure - ON_TOP_FIRST:
            return 0
        heads = texts[:k]
        if any(not HAN_CHAR.match(t) or CJK_HEADING_STOPS.search(t) or not_a_heading(t)
               or leads_on(t) or w <= widths[k] or marker_kind(t, m) is not None
               or opens_story(t, m) for t, w in zip(heads, widths[:k], strict=True)):
            return 0
        if k == 2 and ends_sentence(heads[0]):
            return 0
        return k
    return 0


def _stack_on_top(texts: list[str], m: CompiledMarkers) -> int:
    """How many of a Latin chunk's first lines are a story's whole stack, a headline of
    several lines and perhaps its deck, printed right on top of its text with no byline
    between (``Town 2 Rovers 3:`` / ``Late sucker punch`` / ``settles coast derby`` /
    ``Kelderby Town will have to wait`` / ``at least another season to end their`` / …; the
    deck set across the columns, ``Substitute Kyle Ennis scores in the 89th minute to give
    Wrayton bragging`` / ``rights``, over a text a column wide). ``_on_top`` asks two lines
    at most, each a heading's line (a label's colon refused: ``Town 2 Rovers 3:``); a stack
    of three lines or more says more than its lines' shape: they part into a headline and a
    deck at most, each of a heading's shape as a stack may have
    (``stack_in_block.stack_runs``: a figure may open it, a colon end a line that goes on),
    none ends a sentence, holds a word that leads on alone (``DANGLING_WORDS``: a stretched
    line written a word a line, ``Anniversaries`` / ``Harold`` / ``and`` / ``Joan``) or
    opens on a label (``Where: Ellison Park``, a listing's row). Where the stack ends, the
    text's measure tells: the stack's last line is cut short against the text's first word
    (``typography.cut_short``, the measure the widest of the text's first lines) -- a
    paragraph's short last line ends a sentence, a heading's does not -- and the text's
    first line is not, opens in a capital and runs on over ``ON_TOP_BODY`` lines or more,
    ending a sentence (a deck under its headline, ``WCVF signs off`` / ``after 88 years`` /
    ``on the AM dial`` / ``The valley’s oldest radio`` / …, ends none). A stack of one run,
    no deck to part it, is a headline in the text's column: each of its lines is cut short
    so, none fills the measure as running text does. (Its larger type leaves a two-run
    stack's lines no measure to read: ``settles coast derby`` over a deck ``Substitute…``
    set across.)"""
    if ANY_CJK.search("\n".join(texts[:ON_TOP_STACK_MAX])):  # (one search: a class of characters)
        return 0  # (Latin stacks only: a Chinese heading's form is its own rules')
    asked = 0  # the first lines told no sentence's end, label or word alone (each once)
    for k in range(ON_TOP_STACK_MIN, ON_TOP_STACK_MAX + 1):
        if len(texts) < k + ON_TOP_BODY + 1:
            return 0
        heads, body = texts[:k], texts[k:k + ON_TOP_BODY + 1]
        if any(ends_sentence(t) or LABEL_OPENS.match(t) or t.strip().lower()
               in DANGLING_WORDS for t in texts[asked:k]):
            return 0  # (a line of ``and`` alone: a stretched line's pieces)
        asked = k
        if not body[0][:1].isupper() or ends_sentence(body[0]) or not _ends_sentence_unsigned(
                texts[k:], m):
            continue  # (a deck under its headline ends no sentence, the text does)
        measure = max(len(" ".join(t.split())) for t in body)
        short = [cut_short(t, texts[i + 1].split()[0], measure)
                 for i, t in enumerate(texts[:k + 1])]
        if not short[k - 1] or short[k]:
            continue  # (the stack ends short, the text's first line is full)
        if any(marker_kind(t, m) is not None or opens_story(t, m) or writers_post(t)
               for t in texts[:k + 1]):
            return 0  # (a byline, or its post alone, ``Court Reporter``: the other forms')
        lines = tuple(Line(tuple(Word(w) for w in t.split())) for t in heads)
        runs = stack_runs(Block("", BODY, lines))
        if (runs == STACK_RUNS or runs == 1 and all(short[:k])) and not not_a_heading(body[0]):
            return k
    return 0


def _ends_sentence_unsigned(texts: list[str], m: CompiledMarkers) -> bool:
    """Whether ``texts`` end a sentence before any byline or writer's post: the text under
    a stack does, a deck over its byline (``State says the 1840s`` / ``structure is
    unsafe;`` / ``neighbors fear losing the`` / ``pond`` / ``By LENA BRAUN``) does not. A
    semicolon ends a deck's clause, no sentence of the text."""
    for t in texts:
        if marker_kind(t, m) is not None or writers_post(t):
            return False
        if ends_sentence(t) and not t.rstrip().endswith((";", "；")):
            return True
    return False


#: A stack on top of its text (``_stack_on_top``) is this many lines at least (fewer
#: ``_on_top`` asks) and at most (a narrow column's headline of three and deck of four).
ON_TOP_STACK_MIN = 3
ON_TOP_STACK_MAX = 7
#: A line that opens on a label and its colon (``Where: Ellison Park``): a listing's row.
LABEL_OPENS = re.compile(r"^\S+:\s")


#: The body's first line under a Chinese heading is this many ems short of the measure
#: at most: a paragraph's first line (its two-em indent dropped) that a figure which may
#: not be broken left short by one more (``11月28日上午，市人力资`` / ``源市场将举办…``).
ON_TOP_FIRST = 3.0
#: ... and a Chinese heading over a lead stops this many ems short of the measure at least.
ON_TOP_LEAD = 1.0


def _larger_on_top(texts: list[str], m: CompiledMarkers) -> int:
    """Two first lines of a Latin chunk that are a heading in larger type on top of its
    body (a brief's ``Library extends`` / ``weekend hours`` / ``The Ashford Public`` /
    ``Library will stay open…``): set larger, its first line holds fewer characters than
    a column's and is not short against them, but its last line tells, as in
    ``downstyle_headlines._wrapped_heading``: running text that ends no sentence fills its line
    to the column break, so a second line cut short against the body's first word
    (``typography.cut_short``, the measure the body's widest line) was broken by hand,
    over a body that opens a sentence in a capital and runs on over two lines or more,
    and does not refer back to a story's text (``leads.refers_back``: under a crosshead,
    ``A long road to a`` / ``product`` / ``The team is now trying…``).
    The heading reads as one (its second line may go on in lower case, as a sentence-case
    headline's does), holds three words or more, two on its first line (an extractor
    writes a justified line's words a line each), and ends on no small word, nor on a
    capital before one (a name goes on: ``the Harbor City`` / ``Farmers Market will…``)."""
    if len(texts) < 2 + ON_TOP_BODY:
        return 0
    if _larger_line_on_top(texts, m):
        return 1
    heads, body = texts[:2], texts[2:2 + UNDER_HEADING_LINES]
    if not body[0][:1].isupper() or ends_sentence(body[0]):
        return 0
    words = [t.split() for t in heads]
    if len(words[0]) < 2 or len(words[0]) + len(words[1]) < 3:
        return 0
    if words[1][-1].lower() in DANGLING_WORDS or any(map(ends_sentence, heads)):
        return 0
    if refers_back(join_lines(body[:2])) and not headed_whole(
            join_lines(heads), join_lines(texts[2:2 + LEAD_LINES])):
        return 0  # (a brief's head in its lead's words whole, ``Craft market at`` / ``the
        # station`` / ``The monthly craft market…``; a crosshead's text goes on from above)
    measure = max(len(" ".join(t.split())) for t in body)
    first = body[0].split()[0]
    if not cut_short(heads[1], first, measure):
        return 0
    if words[1][-1][:1].isupper() and first.lower() not in ARTICLES:
        return 0  # a name run on over the break (``the Harbor City`` / ``Farmers Market…``)
    if not (reads_as_heading(heads[0]) and reads_as_heading(heads[1][:1].upper() + heads[1][1:])):
        return 0
    if any(marker_kind(t, m) is not None or opens_story(t, m) for t in heads):
        return 0
    return 2 if not not_a_heading(body[0]) else 0


def _larger_line_on_top(texts: list[str], m: CompiledMarkers) -> bool:
    """A chunk's first line is a one-line heading in larger type on top of its body
    (``Blood drive Tuesday`` / ``The American Red Cross`` / ``will hold…``): as wide as a
    column's line, its width tells nothing, but it ends no sentence and the next line
    opens on an article in a capital, which no sentence goes on with, naming its subject
    in full (``leads.introduces``; under a crosshead a story's text refers back: ``The
    new site will…``). The heading holds
    two words or more (an extractor writes a stretched line's words a line each), ends on
    no small word, reads as one, is no marker, and two lines of running text follow it."""
    head, body = texts[0], texts[1:3]
    if (body[0].split()[0] not in OPENING_ARTICLES or ends_a_sentence(head)
            or ends_sentence(body[0])):
        return False
    words = head.split()
    return (len(words) >= 2 and words[-1].lower() not in DANGLING_WORDS
            and reads_as_heading(head) and not not_a_heading(body[0])
            and marker_kind(head, m) is None and not opens_story(head, m)
            and introduces(join_lines(body)))  # (the body's lines joined last)


#: A Chinese heading on top of its body is at most this share of the column's measure
#: (a paragraph's first line, its indent dropped, is two ems short of it).
ON_TOP_SHORT = 0.75
#: ... or this many ems wider than it: a headline over the columns of its module, which
#: no line of running text at the column's measure could hold
#: (``上半年空气优良天数比例达88.4%`` / ``记者从市生态环境局获`` / …).
ON_TOP_WIDE = 2.0
#: A heading on top of its body has this many of the body's lines under it at least:
#: the widest of them is the column's measure (one may be a paragraph's short end).
#: Three lost a crosshead over the two lines a column's foot left it (dev en02).
ON_TOP_BODY = 2
