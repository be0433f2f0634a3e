"""Which lines of a chunk of text are headings, captions and running text, where an
extractor wrote them against one another (``reflow``'s questions of a line in its chunk):
a heading glued to the text above a byline, a heading over a photo's caption, a photo's
title, a caption as wide as its column's lines, a capitals label, a byline's post written
under its story's stack (``post_under_stack``). A heading printed right
on top of its body is ``readers.heads_on_top``' question, asked with this module's tests
of a line's form.
"""

from __future__ import annotations

import re

from ..byline_words import LOWER_BY, by_writer, writers_post
from ..heading_words import HEADING_NEVER_HOLDS, NOT_A_HEADING, capitals_label
from ..markers import column_width_line, dateline_at, marker_kind
from ..model import BODY, BYLINE, CREDIT, Block, Line
from ..profiles import CompiledMarkers
from ..script import is_cjk, is_han
from ..stack_in_block import stack_runs
from ..typography import (
    SENTENCE_INSIDE,
    SMALL_WORDS,
    ends_sentence,
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
        if not reads_as_heading(t):
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
    if not 0 < len(heads) <= HEADING_LINES or not all(map(reads_as_heading, heads)):
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
    while start > 0 and not ends_sentence(texts[start - 1]) and runs_into(
            texts[start - 1], texts[start]):
        start -= 1
    return start


def post_under_stack(run: list[Line], *, under_byline: bool = False) -> bool:
    """Whether ``run``'s last line is a byline's post alone right under its story's
    stack, written in one chunk with it: pdftotext writes a story's headline and deck,
    then the post of a byline whose name it wrote elsewhere or that names none, with no
    blank line between (``Two men jailed for 12`` / ``years for rhino horn`` / ``found in
    a car boot`` / ``Magistrate says the poaching of`` / … / ``Court Reporter``). Read as
    one block, the stack is running text and runs into the story above; parted, the post
    is the byline the stack stands over. The post names a post and nothing else
    (``byline_words.writers_post``, no ``By``); two lines or more stand over it, none
    ending a sentence, and they part as a heading's lines do into a headline and a deck
    at most (``stack_in_block.stack_runs``): a paragraph's last lines over a sign-off end
    a sentence. ``under_byline``: the run stands right under a byline, so it is the
    story's text, which opens under its byline, never over it, and the post is that
    byline's, written after the lead's first column (``byline_words.post_apart``:
    ``By Lucy Amadi`` / the lead's first lines / ``Education reporter``)."""
    if under_byline or len(run) < POST_UNDER_LINES + 1:
        return False
    post = run[-1].text
    if not writers_post(post) or by_writer(post.lstrip()) or post.lstrip().startswith(LOWER_BY):
        return False
    heads = tuple(run[:-1])
    if any(ends_sentence(line.text) for line in heads):
        return False
    if writers_post(f"{heads[-1].text} {post}"):
        return False  # (the post wrapped from the line over it: ``Our Rugby`` / ``Correspondent``)
    return stack_runs(Block("", BODY, heads)) > 0


#: A byline's post alone under its story's stack (``post_under_stack``) has this many of
#: the stack's lines over it at least (one is a deck's last words, the rest written
#: elsewhere).
POST_UNDER_LINES = 2


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


def runs_into(line: str, nxt: str) -> bool:
    """Whether ``line``'s text goes on in ``nxt`` (a sentence's or a clause's next line):
    then the two are no heading and the text under it."""
    if nxt[:1].islower() or line.endswith(_NOT_A_HEADING_END):
        return True
    if is_cjk(line[-1:]):
        return text_width(line) >= text_width(nxt) - 0.5
    words = line.split()
    return bool(words) and words[-1].lower() in SMALL_WORDS


def reads_as_heading(t: str) -> bool:
    """A line that may be a heading glued to text: none starts in lower case, ends on a
    mark that leads on, holds a sentence's end, or is what no heading is."""
    return not (t[:1].islower() or t.endswith(_NOT_A_HEADING_END) or SENTENCE_INSIDE.search(t)
                or not_a_heading(t))


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


def not_a_heading(t: str) -> bool:
    """A line that no heading glued to text is (``_NOT_A_HEADING``), told by a cheap
    scan for its marks first."""
    return _NOT_A_HEADING_MARKS.search(t) is not None and _NOT_A_HEADING.search(t) is not None



#: Marks that part a Chinese sentence's clauses. Not the enumeration comma 、, which
#: headlines print (``图书馆、博物馆延时开放``).
_CLAUSE_MARKS = "，。；："
_CLAUSE_INSIDE = re.compile(f"[{_CLAUSE_MARKS}](?=.)")
CJK_CLAUSE = re.compile(f"[{_CLAUSE_MARKS}]")


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

