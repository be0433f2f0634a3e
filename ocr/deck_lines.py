"""A deck set inside its story's text block, over the byline: layout boxed the deck's
lines with the text under them (``澜溪县云台村解决饮水难题调查`` / ``本报记者 阙晓 罗一帆`` /
``编者按：吃水难曾是…``), so the walk gave them to the story as its first paragraph.

A story's text opens under its byline, never over it (``heading_rest`` says so of
English text an extractor wrote apart); the lines over a byline line inside the first
block of a story headed by a headline are its deck, or the rest of the deck it has
(S7 s882: ``Crews drilled a 6-inch air hole, then walked the men out through a flooded``
over ``return entry`` / ``By Dana Whitfield`` / ``Staff Writer`` / ``HOLLOW CREEK, W-Va.
— The first…``). ``drafts.build_items`` asks it once per draft, before the paragraphs
are joined.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence

from .byline_words import by_writer, byline_more
from .headlines import HeadingGroup
from .markers import dateline_at, own_line_byline
from .model import BODY, HEADLINE, KICKER, Block, Box, Line
from .paragraphs import CJK_INDENT
from .profiles import CompiledMarkers
from .script import HAN
from .typography import DECK_MORE_LINES, ends_sentence, lines_hold_deck

#: A deck over its byline runs over this many lines, or a narrow column's a line or two
#: more holding no more type than a deck (``typography.deck_holds``); more is a story's
#: text (a brief's opening paragraph) over a signature or a second byline.
DECK_LINES = 3
#: Body lines under the byline whose type the deck's is measured against.
TEXT_LINES = 4


def deck_over_byline(groups: Sequence[HeadingGroup], blocks: Sequence[Block],
                     markers: CompiledMarkers) -> int:
    """How many of the first text block's first lines are the story's deck (or its
    deck's wrapped rest): the draft is headed by a headline, opens on that body block,
    and in it up to ``DECK_LINES`` lines (a narrow column's: ``typography.deck_holds``)
    ending no sentence stand over a line that opens
    the byline (``opens_byline``; in Chinese, one Tesseract garbled, a paragraph opening
    under it: ``garbled_byline``). Their type (their words' heights: every word
    measured, or the rule is not asked) is no smaller than the text's under the byline,
    in the block or the story's next (a deck is set in the text's size or larger: S7
    s876 39 px over 36), or than the byline's where no text follows (S s801: deck and
    byline a block of two lines, the text on another page, 41 px over 38). Text without
    positions is not asked: an extractor writes the deck apart, and ``heading_rest``
    reads it there."""
    if (markers.byline is None or not any(b.kind is HEADLINE for g in groups for b in g.blocks)
            or not blocks or blocks[0].kind is not BODY):
        return 0
    lines = blocks[0].lines
    after = [ln for b in blocks[1:] if b.kind is BODY for ln in b.lines][:TEXT_LINES]
    for k in range(1, min(DECK_LINES + DECK_MORE_LINES, len(lines) - 1) + 1):
        if deck_ends_sentence(lines[k - 1].text) or markers.byline.match(lines[k - 1].text.strip()):
            return 0  # (a byline over the text is the story's own: ``drafts._lead_byline``)
        if opens_byline([ln.text for ln in lines[k : k + 3]], markers) or garbled_byline(
                lines[: k + 2], k):
            # (the text may be a block apart, or on another page: then the byline's type)
            text = [*lines[k + 1 :], *after][:TEXT_LINES] or [lines[k]]
            deck, size = words_height(lines[:k]), words_height(text)
            return k if deck and size and deck >= size and lines_hold_deck(
                lines[:k], DECK_LINES) else 0
    return 0


def opens_byline(texts: Sequence[str], markers: CompiledMarkers, *, whole: bool = False) -> bool:
    """``texts[0]`` opens the story's byline (``texts[1:]``: the lines under it): the
    byline pattern opens it (``whole``: takes it whole, a line of its own, where the line
    is to be taken off the text as the byline: ``markers.own_line_byline``), or it opens
    as a writer's byline does over the writer's post (``by_writer``, ``byline_more``:
    ``By GRETCHEN se tsa`` / ``Staff Writer``, a heavy scan's misread name the pattern
    refuses: S s812). The one test for both askers: the deck over a byline
    (``deck_over_byline``) and the byline at the text's head (``drafts._lead_byline``).
    ``By Tuesday the council`` / ``had voted…`` is text: no post goes on under it."""
    if not texts:
        return False
    text = texts[0].strip()
    if whole and own_line_byline(text, markers):
        return True
    if not whole and markers.byline is not None and markers.byline.match(text):
        return True
    return by_writer(text) and byline_more(texts[1:3], text) >= 1


#: A Chinese byline as a scan's reading may garble it past the profile's patterns: the
#: reporter's post (记者, 通讯员) after a few letters (a first writer's post and name
#: misread, a box read as a letter), a name, then at most a mark or two (the 报 of a
#: 报道 wrapped to the next line) to the line's end, and no sentence's mark on the line
#: (``一位市民告诉记者，…`` is text).
_GARBLED_BYLINE = re.compile(
    rf"[{HAN}\s]{{0,8}}(?:记者|通讯员)\s*[{HAN}·]{{2,4}}[^{HAN}，。；：！？、,.;:!?]{{0,2}}")


def garbled_byline(lines: Sequence[Line], k: int) -> bool:
    """``lines[k]`` is a Chinese byline Tesseract misread (S5 s849: ``衣计只柯雨睛记者沈墨报``
    for ``通讯员 柯雨晴 记者 沈墨 报道``; S8 s890: ``轩本报记者让小川“`` for ``■本报记者 邝小川``):
    it reads as ``_GARBLED_BYLINE`` and the line under it opens a paragraph, set in by a
    character or more (half ``CJK_INDENT``) from the lines over it, the deck's, which are
    flush. A line of running text that names a reporter (``一位市民告诉记者这里的``) ends
    no sentence, so the line under it goes on flush: only a byline, which ends none
    either, has a paragraph open under it. Asked only by ``deck_over_byline``, which takes
    a deck only where its words are boxed (a scan's lines, their ``Line.indent`` measured
    from the boxes): text without positions is never taken on it."""
    if k + 1 >= len(lines) or not _GARBLED_BYLINE.fullmatch(lines[k].text.strip()):
        return False
    flush = min(ln.indent for ln in lines[: k + 1])
    return lines[k + 1].indent - flush >= CJK_INDENT / 2


#: A half-width full stop after a Han letter: Chinese ends a sentence on ``。``, so this is
#: a speck of the scan read as a stop, as on headings (``停水通知.``, ``老船长走.``) and on
#: a deck's last line (S8 s890: ``人送完最后一单才去换衣服.``).
_SPECK_STOP = re.compile(rf"[{HAN}]\.\s*$")


def deck_ends_sentence(text: str) -> bool:
    """``typography.ends_sentence``, but a ``_SPECK_STOP`` ends none: the one test of a
    deck's lines, in the text's block (``deck_over_byline``) or in blocks of their own
    (``kinds_by_place.decks_by_byline``)."""
    return ends_sentence(text) and not _SPECK_STOP.search(text)


def words_height(lines: Sequence[Line]) -> float:
    """The median height of the lines' words' boxes (0 when one has none): a line's box
    grows with descenders and specks, most words' do not. Unlike a heading block's
    (``heading_roles._type_height``) it takes no line boxes instead, so text without
    positions is never asked. A deck's type against the text's, wherever it is asked."""
    heights = [w.box.h for ln in lines for w in ln.words if w.box is not None]
    if len(heights) < sum(len(ln.words) for ln in lines):
        return 0.0
    return statistics.median(heights) if heights else 0.0


#: A deck's last line boxed with the text under it stands off the text's first line by
#: at least this many times the text's own line pitch: a deck's larger type and the white
#: set under a heading (S8 s885 1.7, Y2 s970 1.7, S3 s830 1.4, S6 s861 1.5); the text's
#: lines follow each other at their pitch (a body's lines vary by 5%).
DECK_TAIL_WHITE = 1.3
#: The text's lines the pitch is measured on, under the line asked.
PITCH_LINES = 4
#: A deck's half level with its other half is set in the same type: at least this share
#: of the height of the heading line it stands level with (S3 s830 0.90, S6 s861 0.88).
#: A column's first line level with a headline's last line, in body type beside the
#: headline's (S12 s950: 60 px beside 113, 0.53), is the column's text going on.
DECK_HALF_TYPE = 0.75


def deck_tail(groups: Sequence[HeadingGroup], blocks: Sequence[Block],
              markers: CompiledMarkers) -> int | None:
    """Which of the draft's text blocks opens on the end of its deck, which layout boxed
    with the text (``None``: none): the deck's last line wrapped right under the heading
    (``…家长最关心的是“质`` / ``量”``; ``…scores in the 89th minute to give Wrayton`` /
    ``bragging rights``), or a deck across two columns whose second half stands level
    with the first, over the next column's text (``全市秋粮收购进度过七成，`` |
    ``种粮大户算起“增收账”``). Such a line is where no line of the story's text is: under
    the heading's last block, flush with it, or on the row of its last line just right of
    it, and set off from the text under it by more white than the text's leading
    (``DECK_TAIL_WHITE``; a speck read as a line between not counted). It ends no
    sentence and opens no paragraph (a story's first line under its heading, a brief's,
    is set off by no white of its own), nor reads as a byline, which stands over the
    text with white under it (``…实`` / ``习记者 骆青禾``, the rest of a byline wrapped under
    the deck: S6 s863; ``deck_over_byline`` and ``drafts._lead_byline`` take bylines), nor
    a dateline set on a line of its own (``WRAYTON, Saturday —``: the story's first words,
    the review rev54). Only a scan's lines are asked: each needs its box."""
    heads = [b for g in groups for b in g.blocks if b.kind is not KICKER]
    last = heads[-1] if heads else None
    if last is None or last.box is None:
        return None
    own = last.lines[-1].box if last.lines and last.lines[-1].box is not None else last.box
    for j, block in enumerate(blocks):
        if (block.kind is BODY and _opens_on_tail(block.lines, last.box, own)
                and not opens_byline([ln.text for ln in block.lines[:3]], markers)
                and not dateline_at(block.lines[0].text, markers)
                and not _GARBLED_BYLINE.fullmatch(block.lines[0].text.strip())):
            return j
    return None


def _opens_on_tail(lines: Sequence[Line], head: Box, own: Box) -> bool:
    """``lines[0]`` is a deck's end (``deck_tail``): under ``head`` (the heading's last
    block) or level with ``own`` (its last line), set off from the text under it."""
    rest = [ln.box for ln in lines[1:] if len(ln.text.strip()) >= 2 and ln.box is not None]
    first = lines[0].box if lines else None
    if first is None or len(rest) < PITCH_LINES + 1:
        return False
    text = rest[: PITCH_LINES + 1]
    tops = [b.y for b in text]
    pitch = statistics.median(b - a for a, b in zip(tops, tops[1:], strict=False))
    height = statistics.median(b.h for b in text)
    level = (abs((first.y + first.h / 2) - (own.y + own.h / 2)) <= own.h / 2
             and 0 <= first.x - own.right <= 2 * height and first.h >= DECK_HALF_TYPE * own.h)
    under = 0 <= first.y - head.bottom <= height and abs(first.x - head.x) <= height
    return ((level or under) and pitch > 0 and rest[0].y - first.y >= DECK_TAIL_WHITE * pitch
            and lines[0].indent < CJK_INDENT / 2 and not deck_ends_sentence(lines[0].text))
