"""Which lines of a chunk of text are headings, captions and running text, where an
extractor wrote them against one another (``reflow``'s questions of a line in its chunk):
a heading glued to the text above a byline, a heading over a photo's caption, a photo's
title, a caption as wide as its column's lines, a capitals label.
"""

from __future__ import annotations

import re

from ..downstyle_headlines import STANDING_HEAD_WORDS
from ..heading_words import HEADING_NEVER_HOLDS, NOT_A_HEADING, capitals_label
from ..leads import day_alone, headed_by, introduces, opens_lead, refers_back
from ..markers import column_width_line, dateline_at, marker_kind
from ..model import BYLINE, CREDIT, Line
from ..profiles import CompiledMarkers
from ..script import is_cjk, is_han
from ..text_pieces import over_stretched_line
from ..typography import (
    ARTICLES,
    DANGLING_WORDS,
    OPENING_ARTICLES,
    SENTENCE_INSIDE,
    SMALL_WORDS,
    UNDER_HEADING_LINES,
    cut_short,
    ends_a_sentence,
    ends_sentence,
    join_lines,
    room_left,
    text_width,
    text_widths,
)

_BYLINE_END = tuple("）)〉>】讯电")


def opens_story(text: str, m: CompiledMarkers) -> bool:
    """A line that starts with a dateline or a bracketed byline (``本报讯（记者 郑凯）昨日，``)
    opens an article even when no blank line parts it from the headline above. (Neither
    starts with a lower-case letter or a figure: most lines of running text don't.)"""
    if text[:1].islower() or text[:1].isdigit():
        return False
    if dateline_at(text, m):
        return True
    found = m.byline.match(text) if m.byline else None
    return found is not None and found.group().rstrip().endswith(_BYLINE_END)


#: At most this many lines of a heading (kicker, headline, deck) stand glued to the
#: text above a byline or dateline (``heading_tail``).
HEADING_LINES = 3


def heading_tail(run: list[Line]) -> int:
    """How many of the last lines of ``run``, cut off by a line that opens a story (a
    byline, a dateline), are that story's heading: an extractor that writes no blank
    lines (``pdftotext -raw``, pdfium) sets a headline right after the last sentence of
    the story before (``…每周一闭馆。`` / ``今年中考6月24日开考`` / ``本报讯（记者 孙悦）``;
    ``necessary.`` / ``St. Anne’s opens new emergency wing`` / ``By LUIS FERREIRA``). The
    lines after the run's last sentence end are heading lines when there are a few, each
    ends no sentence nor clause, holds none, and none starts in lower case (a column left
    mid-sentence does: ``bridge on an average weekday. Drivers``); of those, the last
    that read as a heading. (Only the run's last ``HEADING_LINES`` lines and the one
    before them are read: ``reflow`` asks it at each line that opens a story.)"""
    texts = [line.text for line in run[-HEADING_LINES - 1:]]
    last = next((i for i in range(len(texts) - 1, -1, -1) if ends_sentence(texts[i])), None)
    if last is None or not 0 < len(texts) - 1 - last <= HEADING_LINES:
        return 0
    # The heading is the last of those lines that read as one: a line before them that
    # does not (a contact line, ``Reach … at x@courier.com``) stays with the story.
    tail: list[str] = []
    for t in reversed(texts[last + 1:]):
        if not _reads_as_heading(t):
            break
        tail.insert(0, t)
    # Two lines of one width wrap running text at its measure (a paragraph's first lines
    # at a column's foot: ``据介绍二期工程将于明年三月正式开`` / ``工届时…``).
    heads = text_widths(tail)
    if any(w >= 8 and abs(w - v) <= 0.5 for w, v in zip(heads, heads[1:], strict=False)):
        return 0
    return len(tail)


#: A Chinese label under a block's last sentence is this share of its widest line at
#: most (``科技`` under ``…每天8时30分至17时开放。``): a column's last line that ran on
#: into the next block is a full line.
LABEL_SHARE = 0.5


def label_tail(run: list[Line]) -> int:
    """How many of the last lines of a Chinese block are a label or a heading written
    under its last sentence, in the same block (pdftotext writes the next story's
    kicker so, ``…17时开放。`` / ``科技``): ``heading_tail``'s lines, each short of the
    block's measure (``LABEL_SHARE``) and holding letters only."""
    tail = heading_tail(run)
    if not tail or tail == len(run):
        return 0
    widest = max(text_widths([line.text for line in run]))
    lines = [line.text for line in run[-tail:]]
    return tail if all(is_han("".join(t.split())) for t in lines) and all(
        w <= LABEL_SHARE * widest for w in text_widths(lines)) else 0


def heading_on_top(texts: list[str], widths: list[float], m: CompiledMarkers) -> int:
    """How many of a chunk's first lines are a heading printed right on top of its body,
    with no blank line between (``Main Street to close for repaving`` / ``The city will
    close Main Street between First`` / …; ``城南新建三所公办幼儿园`` / ``今年秋季，…``):
    they belong to the text under them, not to the story before. A heading line reads
    as one (``_reads_as_heading``), is no marker line nor opens a story (a byline or
    dateline is the body's), ends no sentence and is cut short of the column's measure
    (the widest of the next lines, running text): a Chinese one, which holds no clause
    mark either, to at most ``ON_TOP_SHORT`` of it, a Latin one well before the next
    line's first word would have run on to it (``typography.cut_short``: running text
    wraps at its measure; a paragraph's last line ends a sentence). The body opens a
    sentence, is no label's value (``今天：多云``), and at least ``ON_TOP_BODY`` of its
    lines follow (under a Latin heading, the first of them full), or (a Latin heading
    of two lines in larger type) ``_larger_on_top`` says so, or (a brief's headline in
    its lead's words) ``_headline_over_lead``. (What the heading is, a
    headline or a crosshead inside the story, ``classify`` says.)"""
    top = _on_top(texts, widths, m)
    if top or len(texts) < 2 + ON_TOP_BODY or is_cjk(texts[0][:1]):
        return top
    return _larger_on_top(texts, m) or int(_headline_over_lead(texts, m))


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
                           and not _CJK_CLAUSE.search(t)
                           for t, w in zip(heads, widths, strict=False)) else 0
        else:
            stretched = over_stretched_line(texts, k)
            if stretched:
                return k if all(
                    marker_kind(t, m) is None and not opens_story(t, m) and _reads_as_heading(t)
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
            if k == 1 and _head_over_entry(texts):
                return int(not opens_story(texts[0], m))  # (a marker returned 0 above)
            if short(k):
                continue
            # The body's first line is full: one the next word would have fitted on,
            # though not well short, may be a heading's or a paragraph's end.
            top = k if all(map(short, range(k))) and room(k) <= 1 else 0
        # (The marker test first: a byline over its story's text, the commonest chunk
        # that gets this far, fails it; a line no marker pattern reaches is told at once.)
        return top if top and all(
            marker_kind(t, m) is None and not opens_story(t, m) and _reads_as_heading(t)
            for t in heads) and not _not_a_heading(body[0]) else 0
    return 0


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
    if refers_back(join_lines(body[:2])):  # (the body's lines joined once the rest holds)
        return 0
    measure = max(len(" ".join(t.split())) for t in body)
    first = body[0].split()[0]
    if not cut_short(heads[1], first, measure):
        return 0
    if words[1][-1][:1].isupper() and first.lower() not in ARTICLES:
        return 0  # a name run on over the break (``the Harbor City`` / ``Farmers Market…``)
    if not (_reads_as_heading(heads[0]) and _reads_as_heading(heads[1][:1].upper() + heads[1][1:])):
        return 0
    if any(marker_kind(t, m) is not None or opens_story(t, m) for t in heads):
        return 0
    return 2 if not _not_a_heading(body[0]) else 0


def _headline_over_lead(texts: list[str], m: CompiledMarkers) -> bool:
    """A chunk's first line is a brief's headline on top of its lead, which it sums up
    in the lead's own words (``leads.headed_by``: ``Scouts collect 2 tons of food`` /
    ``Scouts from Troop 27 and`` / ``Pack 14 collected…``), whatever the lead's subject.
    The line ends no sentence, holds two words or more and ends on no small word, reads
    as a heading and is no marker; the lead under it opens in a capital on a line of
    three words or more (not a heading's second line: ``Blood drive`` / ``Tuesday``)."""
    head, first = texts[0], texts[1]
    words = head.split()
    # (The tests of the lines' own form first, the lead's words, joined and parsed, last.)
    return (len(words) >= 2 and len(first.split()) >= 3 and first[:1].isupper()
            and not ends_a_sentence(head) and words[-1].lower() not in DANGLING_WORDS
            and _reads_as_heading(head) and not _not_a_heading(first)
            and marker_kind(head, m) is None and not opens_story(head, m)
            and headed_by(head, join_lines(texts[1:5])))


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
            and _reads_as_heading(head) and not _not_a_heading(body[0])
            and marker_kind(head, m) is None and not opens_story(head, m)
            and introduces(join_lines(body)))  # (the body's lines joined last)


def _head_over_entry(texts: list[str]) -> bool:
    """A chunk's first line is a brief's standing head on top of its text, whose first
    line is cut short too (``Police beat`` / ``Grant Avenue, Monday, 11:48 p.m. —`` / ``A
    resident reported…``; ``In court`` / ``Kevin Lorimer (34), of Seagate,`` / ``was
    fined…``): a listing's entry or a lead that names its subject wraps early, at its
    clause. That second line is no heading's second line: it opens in a capital and ends
    on a mark that leads on (a comma, a dash), which no heading does, and the text runs on
    under it. The head holds a word or a few (``STANDING_HEAD_WORDS``: ``Police beat``,
    ``In court``) and reads as a heading, and is no
    calendar's day (``Friday`` / ``Tree lighting on the Green,`` / ``5:30 p.m.``)."""
    head, second = texts[0], texts[1].rstrip()
    words = head.split()
    return (1 <= len(words) <= STANDING_HEAD_WORDS and second[:1].isupper()
            and second.endswith((",", "—")) and len(second.split()) >= 3
            and not ends_sentence(head) and not day_alone(head) and _reads_as_heading(head)
            and not _runs_into(head, second))


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


def opens_after(text: str, m: CompiledMarkers) -> bool:
    """Whether a story opens with ``text``: a byline or dateline starts it."""
    return marker_kind(text, m) is BYLINE or opens_story(text, m)


def heading_over_caption(run: list[Line]) -> tuple[int, int] | None:
    """Which lines of ``run``, cut off by a photo's credit under it, are a heading set
    over the photo (the story's where the story opens after the credit, else the photo's
    title: ``photo_title``). An extractor that writes no blank lines (``pdftotext -raw``,
    pdfium) gives the headline, then the photo set between it and the byline:
    ``Tarrow crew takes state title by half a length`` / ``Rowers embrace on the dock
    moments after the`` / ``final, …`` / credit / ``By KEVIN ASHBY``;
    ``地铁3号线一期工程全面开工`` / ``地铁3号线中山广场站施工现场。`` / ``通讯员 赵明 摄``.
    The caption is the run's last sentence, from the line its first words open (a line
    runs into the next when that starts in lower case, or it ends on a small word or a
    mark that leads on, or, in Chinese, it is as wide as the next: a caption's wrapped
    lines are full); the lines above it are the heading when there are a few and each
    reads as one. Lines above those that end a sentence are the text before (the previous
    story's last lines). Returns (where the heading starts, where the caption starts),
    or ``None``."""
    texts = [line.text for line in run]
    if len(texts) < 2 or not ends_sentence(texts[-1]):
        return None
    start = _last_sentence(texts)
    first = next((i + 1 for i in range(start - 1, -1, -1) if ends_sentence(texts[i])), 0)
    heads = texts[first:start]
    if not 0 < len(heads) <= HEADING_LINES or not all(map(_reads_as_heading, heads)):
        return None
    return first, start


def caption_set_wider(run: list[Line]) -> int:
    """Where the caption starts in ``run``, cut off by a photo's credit under it, when
    the caption is the run's last sentence, opens a line after a sentence's end and is
    set wider than the column text above it (its photo is wider than a column:
    ``…突破20亿元。`` / ``6月12日，工人在…组装电路`` / ``板。`` / credit); else 0. A
    paragraph of the story is set on the column's measure."""
    texts = [line.text for line in run]
    if len(texts) < 2 or not ends_sentence(texts[-1]):
        return 0
    start = _last_sentence(texts)
    if start == 0 or not ends_sentence(texts[start - 1]):
        return 0
    widths = text_widths(texts)
    return start if max(widths[start:]) > CAPTION_WIDER * max(widths[:start]) + 0.5 else 0


#: A caption's line set wider than its column is wider than the column's lines by this
#: share (and half an em) at least: justified column lines vary by less.
CAPTION_WIDER = 1.05


def _last_sentence(texts: list[str]) -> int:
    """The line the last sentence of ``texts`` opens (``heading_over_caption``)."""
    start = len(texts) - 1
    while start > 0 and not ends_sentence(texts[start - 1]) and _runs_into(
            texts[start - 1], texts[start]):
        start -= 1
    return start


def credit_at(lines: list[Line], k: int, m: CompiledMarkers) -> bool:
    """Whether line ``k`` of ``lines`` is a photo's credit."""
    return k < len(lines) and marker_kind(lines[k].text, m) is CREDIT


def over_credit(lines: list[Line], n: int, m: CompiledMarkers) -> bool:
    """Line ``n`` goes on into a line that ends its sentence right over a photo's credit:
    a caption's first line (``6月12日，工人在…组装电路`` / ``板。`` / ``通讯员 杨帆 摄``),
    wider than the columns it is set under; a headline is not written into a sentence
    that ends over a credit."""
    return (n + 2 < len(lines) and ends_sentence(lines[n + 1].text)
            and credit_at(lines, n + 2, m))


def photo_title(run: list[Line], first: int, caption: int) -> bool:
    """One short line over a photo's caption (``麦收正忙``, ``Cooling off``): the photo's
    title, at most half as wide as the caption's widest line (a line of running text an
    extractor wrote before the caption is as wide as a column)."""
    widths = text_widths([line.text for line in run[first:]])
    return caption - first == 1 and widths[0] <= 0.5 * max(widths[1:])


def _runs_into(line: str, nxt: str) -> bool:
    if nxt[:1].islower() or line.endswith(_NOT_A_HEADING_END):
        return True
    if is_cjk(line[-1:]):
        return text_width(line) >= text_width(nxt) - 0.5
    words = line.split()
    return bool(words) and words[-1].lower() in SMALL_WORDS


def _reads_as_heading(t: str) -> bool:
    """A line that may be a heading glued to text: none starts in lower case, ends on a
    mark that leads on, holds a sentence's end, or is what no heading is."""
    return not (t[:1].islower() or t.endswith(_NOT_A_HEADING_END) or SENTENCE_INSIDE.search(t)
                or _not_a_heading(t))


#: How a line that leads on to more text ends: a clause, a colon or dash introducing a
#: quote or list, a word broken at the line end.
_NOT_A_HEADING_END = ("，", "、", ",", "-", ":", "：", "—", "…", ";", "；")
#: What a heading glued to the text above never is: what no heading is (``NOT_A_HEADING``:
#: ``Reach … at 555-0100 or x@courier.com``, ``（完）``), a label and its value (``What:
#: Summer swim nights``), a line bracketed or quoted whole (a quote that ends a story).
_NOT_A_HEADING = re.compile(
    NOT_A_HEADING.pattern + r"|\w[:：]\s*\S|^[(（\[【〔].*[)）\]】〕]$|^[“\"「『].*[”\"」』]$")
#: A line ``_NOT_A_HEADING`` matches holds one of these: what ``NOT_A_HEADING`` needs
#: (``heading_words.HEADING_NEVER_HOLDS``), a label's colon, and the brackets and quotes a
#: line set whole in them opens with. Most lines hold none, told in one scan of a class
#: (the pattern tries its alternatives at each character: 2 µs a line of a column).
_NOT_A_HEADING_MARKS = re.compile(
    "[" + re.escape("".join(sorted(HEADING_NEVER_HOLDS | set(':：([（【〔“"「『')))) + "]")


def _not_a_heading(t: str) -> bool:
    return _NOT_A_HEADING_MARKS.search(t) is not None and _NOT_A_HEADING.search(t) is not None



#: Marks that part a Chinese sentence's clauses. Not the enumeration comma 、, which
#: headlines print (``图书馆、博物馆延时开放``).
_CLAUSE_MARKS = "，。；："
_CLAUSE_INSIDE = re.compile(f"[{_CLAUSE_MARKS}](?=.)")
_CJK_CLAUSE = re.compile(f"[{_CLAUSE_MARKS}]")


def column_line(text: str, n: int, widths: list[float]) -> bool:
    """A line inside a chunk of Chinese running text, as wide as the column's lines and
    holding a clause or sentence mark, is the column's text even where a furniture
    pattern finds a weather strip in it (``据市气象台预计，今天白天多云转晴，偏南风3到4级，
    气温24到31℃，明天起``): a strip or folio set among a column's lines is narrower than
    they are, or writes no clause."""
    return _CLAUSE_INSIDE.search(text) is not None and column_width_line(widths, n)


def caps_label(text: str) -> bool:
    """A section label or kicker set in capitals (``EDUCATION``, ``CITY HALL``): running
    text never is, so an extractor that wrote it against a column's last line has not
    joined it to that text. Latin type only (``heading_words.capitals_label``): a Chinese
    line holding a Latin capital (``LED屏和纱幕…``) is ``isupper`` and running text."""
    return len(text) >= 4 and capitals_label(text) and all(w.isalpha() for w in text.split())

