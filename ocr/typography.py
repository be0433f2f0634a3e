"""Printed-text rules shared by reflow, classification and assembly.

Widths are in ideograph widths (an em): a CJK character is 1, CJK punctuation
and Latin letters or digits 1/2. Columns are set to a fixed width in ems, so a
line's width says whether it was wrapped (full) or ended early (short).
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import repeat
from typing import TYPE_CHECKING

from .script import (
    FULL_WIDTH,
    OTHER_FULL_STOPS,
    UNMARKED_FIRST,
    UNMARKED_LAST,
)

if TYPE_CHECKING:
    from .model import Line

#: The marks that end a sentence, and the closing quotes and brackets that may follow one.
#: A full stop ends one too, unless it follows a capital (``John F.``, ``U.S``).
_STOPS = f"。！？!?…；;{OTHER_FULL_STOPS}"
_CLOSING = "'\"’”」』）)"
#: Marks a Chinese setter never puts at a line's head (行首禁则): closing quotes and
#: brackets, stops and commas. A line an extractor gives opening on one (the page set it
#: there, or the mark was pulled down) goes on the sentence above: no paragraph opens so.
NO_LINE_HEAD = "”’」』）】》〕，。、；：？！"
#: A line ending in one of these ends a sentence (closing quotes and brackets may follow).
SENTENCE_END = re.compile(f"(?:[{_STOPS}]|(?<![A-Z])\\.)[{_CLOSING}]*$")
#: Enough of a line's end for SENTENCE_END: the mark, the letter before it, closing quotes.
_SENTENCE_TAIL = 16
#: The characters a SENTENCE_END match can end on (its marks and closing quotes): a line
#: ending on anything else (most lines: a letter, a comma) is decided without the pattern.
_SENTENCE_LAST = frozenset(f"{_STOPS}.{_CLOSING}")
_STOP_SET = frozenset(_STOPS)
#: What a text ``ends_sentence`` is true of may end on, as a pattern class's body: a mark
#: or closing quote (``_SENTENCE_LAST``), white space, or a letter of a script that
#: prints no stop. A text ending on any other character ends no sentence.
MAY_END_SENTENCE = (re.escape("".join(sorted(_SENTENCE_LAST)))
                    + rf"\s{UNMARKED_FIRST}-{UNMARKED_LAST}")
#: Marks a Chinese paper sets at the head of a short item or a list's entry (``■夏季献血
#: 活动启动 7月18日…``, ``▲7月14日，…``); a run of them under one head is one item.
ITEM_MARKS = tuple("■●▲◆□◇★")
#: English articles: a sentence broken off by an extractor ends on one (``A`` / ``fire``),
#: a title never does; and a line ending on one does not end its phrase.
ARTICLES = frozenset({"a", "an", "the"})
#: A sentence's first word that no sentence goes on with after a line break.
OPENING_ARTICLES = frozenset(w.capitalize() for w in ARTICLES)
#: Words a title leaves in lower case (``Special to the Ledger``, ``Rowers win at the Head``).
SMALL_WORDS = frozenset(
    "a an and as at but by for from in into of on or over the to up with vs via".split()
)
#: Small words no heading ends on (``up``, ``in``, ``on``, ``over`` may: ``Crews clean up``).
DANGLING_WORDS = frozenset("a an and as at but by for from into of or the to via vs with".split())
#: Marks a Chinese line that goes on to more text ends on: a clause's or a list's comma,
#: a semicolon, a colon, a dash, an ellipsis. No heading ends on one, nor a sentence.
LEADS_ON = ("，", "、", "；", "：", "—", "…")
#: What no line of a Chinese headline holds: a sentence's full stop or a semicolon (it may
#: hold a comma, and ask or call out inside: ``漂流16小时！3名渔民获救``,
#: ``小区电梯坏了半个月，谁来修？``).
CJK_HEADING_STOPS = re.compile(r"[。；;]")


def leads_on(text: str) -> bool:
    """Whether ``text`` ends on a mark after which its sentence goes on (``LEADS_ON``)."""
    return text.rstrip().endswith(LEADS_ON)


#: How far a box's title stands from the rules over and under it, in its lines: the box's
#: top rule within a line and a half over it, the rule parting it from the box's contents
#: within a line under it (``layout.heading_kinds.boxed_title``, ``kinds_by_place.box_titles``).
BOX_TITLE_RULE_OVER = 1.5
BOX_TITLE_RULE_UNDER = 1.0
#: A sentence's end inside a line: running text, not a heading. (A word of three
#: lower-case letters or a figure before the point: ``St. Anne’s``, ``Can Dr. Ward`` and
#: ``U.S. Senate`` are no sentence's end; nor is a longer title of rank or month cut
#: short before the name or day it goes with: ``Capt. Ray Dunphy``, ``Prof. Lena Ortiz``,
#: ``Sept. 14``.)
SENTENCE_INSIDE = re.compile(
    r"(?:\b(?!(?:Capt|Cmdr|Lieut|Supt|Prof|Msgr|Sept)\.)[A-Za-z]*[a-z]{3}|\d)[.!?][\"”’)]?\s+\S"
    r"|[。！？][”」』）]?\S")

#: Type this much taller than the body's is a headline; between 1 and this, a deck or kicker.
#: Sizes measured from ink, read from a PDF's fonts or from ALTO/hOCR all use these.
HEADLINE_RATIO = 1.45
DECK_RATIO = 1.15
#: A deck right under its headline may be set only this much larger than the body under
#: it (a Chinese deck one size up: 1.10-1.12 the body's, as measured on the held-out S pages).
DECK_STEP = 1.08
#: A deck with no text of its story under it in its column (a rule or its photo there:
#: ``layout.heading_kinds.deck_ends_column``), or set off from that text by white
#: (``layout.set_solid.deck_set_off``), is told at least this much larger than the body:
#: a Chinese deck one size up measures 1.05-1.07 of it on a heavy or UMing scan, a brief's
#: text of a line or three 1.00 (the median of its lines; a body's lines vary by 5%).
DECK_ALONE = 1.05
#: Captions and credits under a picture's first caption line are set smaller than the body.
CAPTION_RATIO = 0.95
#: Strokes this much wider than another's are bold type over regular (a headline, a kicker
#: in bold capitals, over the body), measured from ink.
BOLD_RATIO = 1.45
#: Strokes this much wider than the body's are a semi-bold face (a brief's head set hardly
#: larger than the body; a kicker), measured from ink.
SEMIBOLD_RATIO = 1.25
#: A photo's title (``麦收正忙``, ``少年追风``) is short: at most this many ems of CJK.
PHOTO_TITLE_EMS = 12.0

#: White between two stories set one under the other in a column, beyond the leading
#: (foot to foot), in lines' heights: running text keeps its leading, or parts its
#: paragraphs by half a line at most; more is where one story ends and another begins.
STORY_WHITE = 0.8

def text_width(text: str) -> float:
    """Printed width in ems: CJK 1, CJK punctuation and Latin 0.5, spaces 0."""
    if text.isascii():  # (a tab is looked for before it is counted: see text_widths)
        return 0.5 * (len(text) - text.count(" ") - ("\t" in text and text.count("\t")))
    return _wide_width(text)


def widest_width(text: str) -> float:
    """The widest a Chinese line may be printed: ``text_width`` counts its marks half an
    em (most papers set them so), a paper that sets them full is wider by the rest."""
    return text_width(text) + 0.5 * len(_HALF_COUNTED_MARKS.findall(text))


#: The marks ``text_width`` counts half an em (they are not ``FULL_WIDTH``) that a paper
#: may set a full em wide.
_HALF_COUNTED_MARKS = re.compile(
    "[\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\u2018\u2019\u201c\u201d]")


def text_widths(texts: Iterable[str]) -> list[float]:
    """``text_width`` of each of ``texts``: a page's or an article's lines measured
    without a call a line (each stage measures them all). A tab is looked for (``in``)
    before it is counted: ``str.count`` parses its arguments the slow way (some 1,000
    instructions a call, as much as the rest of a line's measure), and lines rarely
    hold one."""
    return [0.5 * (len(t) - t.count(" ") - ("\t" in t and t.count("\t")))
            if t.isascii() else _wide_width(t) for t in texts]


#: Runs of characters not a full em wide: a Chinese line has few (its marks, figures),
#: so counting them costs a third of counting the wide ones one by one.
_NARROW_RUN = re.compile(f"[^{FULL_WIDTH.pattern.removeprefix('[').removesuffix(']')}]+")


@lru_cache(maxsize=8192)
def _wide_width(text: str) -> float:
    """Reflow, classification and assembly each measure a page's lines: a Chinese line
    is measured once."""
    ink = len(text) - sum(map(str.isspace, text)) if " " in text or "\t" in text else len(text)
    return 0.5 * (ink + len(text) - len("".join(_NARROW_RUN.findall(text))))


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends a sentence: ``SENTENCE_END`` at its end, or a note in
    brackets after a stop (``ends_on_note``), which the pattern does not match."""
    # The end is all that matters: searching a line's last characters is the same test,
    # and every stage asks it of many lines.
    last = text[-1:]
    if last not in _SENTENCE_LAST and not last.isspace():
        # most lines: they end on a letter or a comma, and no white space (a Thai or Lao
        # line's end may end a sentence: those scripts print no mark for it)
        return UNMARKED_FIRST <= last <= UNMARKED_LAST
    # SENTENCE_END read off the tail's end, without ``re`` (which tries each of its
    # characters in turn): the closing marks all go, then a mark must be last.
    mark = text.rstrip()[-_SENTENCE_TAIL:].rstrip(_CLOSING)
    last = mark[-1:]
    if last in _STOP_SET or (last == "." and not "A" <= mark[-2:-1] <= "Z"):
        return True
    return ends_on_note(text)


#: A note in full-width brackets after a sentence's stop closes a Chinese item: its
#: source (``…注意防寒保暖。（据新华社电）``), its end (``（完）``). It is no sentence, and
#: no text goes on it. It may stand on a line of its own under the stop (``…做好准备。`` /
#: ``（记者 戴雨桐）``).
_NOTE_AFTER_STOP = re.compile(r"[。！？]”?\n?（[^（）。]{1,24}）\s*$")


def ends_on_note(text: str) -> bool:
    """Whether ``text`` ends on a bracketed note after a sentence's stop
    (``_NOTE_AFTER_STOP``): the sentence ended before it. Asked by ``ends_sentence`` of
    the few lines that end on a bracket. A block's text (its lines a line break apart)
    is asked whole, so a note the column broke over its line end (``…改在文化馆举行。
    （记者`` / ``韩青）``) ends the sentence too: ask ``ends_sentence(block.text)``, not
    of the block's last line."""
    return text.rstrip().endswith("）") and _NOTE_AFTER_STOP.search(text[-40:]) is not None


#: A line's last word that is an abbreviation with its full stop: letters each with a stop
#: (``a.m.``, ``p.m.``), a firm's or name's suffix, a street's (``Dock St.``), ``vs.``, a
#: unit of measure after its figure (``Catfish weighs in at 52 lbs.``, ``3 tsp.``).
#: Its stop ends no sentence where a sentence ends nothing anyway: a headline (``Corner
#: bakery still opens at 4 a.m.``).
_ABBREVIATION_END = re.compile(
    r"(?:(?:\b[a-z]\.){2,}|\b(?:Inc|Co|Corp|Ltd|Jr|Sr|Bros|St|Ave|Blvd|Rd|Mt|Dr|vs)\."
    r"|\d\s?(?:lbs?|oz|ft|yds?|mi|gal|qts?|tbsp|tsp)\.)$")


def ends_on_abbreviation(text: str) -> bool:
    """Whether ``text`` ends on an abbreviation's full stop (``_ABBREVIATION_END``), the
    one full stop a headline ends on."""
    return _ABBREVIATION_END.search(text.rstrip()[-12:]) is not None


def ends_a_sentence(line: str) -> bool:
    """Whether a heading line ends a sentence: a full stop after an abbreviation
    (``… still opens at 4 a.m.``, ``Pumpkin tops 1,400 lbs.``) does not
    (``ends_on_abbreviation``), so a headline that ends on one is still read as one."""
    return ends_sentence(line) and not ends_on_abbreviation(line)


def sentence_ends(texts: Iterable[str]) -> list[bool]:
    """``ends_sentence`` of each of ``texts``: most lines end on a letter or a comma,
    and are told so at a glance, without a call a line."""
    return [ends_sentence(t) if t[-1:] in _SENTENCE_LAST or t[-1:].isspace()
            else UNMARKED_FIRST <= t[-1:] <= UNMARKED_LAST for t in texts]


#: A line broken by hand (a heading's) ends short of its column's measure by more than
#: the next line's first word and its space would take, with this share of the measure
#: to spare: a justified full line of narrow letters ends a few characters short of
#: its neighbours. In a narrow column, more than a short word (``SHORT_WORD``) to spare.
CUT_SHORT = 0.15
SHORT_WORD = 4
#: A column's measure under a heading is read on this many of its first lines: pdftotext
#: writes a stretched justified line a word a line (``The`` / ``Ashford`` / ``Public``),
#: and three such lines measure no column.
UNDER_HEADING_LINES = 6
#: A byline runs to three lines at most: a narrow column wraps the writer's name and post
#: (``By Hannah`` / ``Lowry, Staff`` / ``Reporter``; ``By PRIYA`` / ``RAMANATHAN`` /
#: ``Courier Science Writer``).
BYLINE_LINES = 3
#: A deck is a sentence: a few lines over the columns, and in one column's narrow measure
#: up to ``DECK_MORE_LINES`` more, holding no more type in all than ``DECK_EMS`` of its
#: own type sizes along its lines (a deck of four lines over a one-column story: 44-48;
#: S8 s893's five in a 347 px column: 43; S8 s887's four Chinese lines of six or seven: 25). A
#: narrow column breaks a deck into more lines, not more type: the one measure every rule
#: asks of how much a deck may hold (layout's ``deck_run``, a deck over its byline in the
#: text's block, ``marked_parts`` and ``deck_lines``, or in a block of its own,
#: ``kinds_by_place.decks_by_byline``).
DECK_EMS = 60
DECK_MORE_LINES = 2


def deck_holds(lines: int, most: int, length: float, size: float) -> bool:
    """``lines`` lines of type ``size`` running ``length`` along them (both in pixels)
    hold no more than a deck: ``most`` lines (the asker's, over the columns), or up to
    ``DECK_MORE_LINES`` more no longer in all than ``DECK_EMS`` of that size: a story's
    text set to the column's full measure runs past it in as many lines."""
    return lines <= most or (lines <= most + DECK_MORE_LINES and size > 0
                             and length <= DECK_EMS * size)


def lines_hold_deck(lines: Sequence[Line], most: int) -> bool:
    """``deck_holds`` asked of read lines: their boxes' widths, the median height of
    their words' boxes for the type's size (a line's box grows with descenders and
    specks, most words' do not). A line or word without a box measures nothing: only
    ``most`` lines then."""
    heights = [w.box.h for ln in lines for w in ln.words if w.box is not None]
    if any(ln.box is None for ln in lines) or not heights or len(heights) < sum(
            len(ln.words) for ln in lines):
        return len(lines) <= most
    length = sum(ln.box.w for ln in lines if ln.box is not None)
    return deck_holds(len(lines), most, length, statistics.median(heights))


def cut_short(line: str, next_word: str, measure: float) -> bool:
    """Whether a Latin ``line`` ends well before ``next_word``, the next line's first,
    would have fitted on it in a column ``measure`` characters wide (``CUT_SHORT``):
    running text wraps where its line is full, so a line cut well short of that was
    broken by hand."""
    return room_left(line, next_word, measure) >= max(CUT_SHORT * measure, SHORT_WORD)


#: Widths of Latin characters against the average lower-case letter (serif and sans
#: faces agree on these proportions closely enough for a line's width), and a word
#: space's (Times 250 of 1000 units against some 450 a letter; DejaVu 318 against
#: 560): a line of running text measured so is within 2% of its printed width.
LATIN_CHAR_WIDTH = {**dict.fromkeys("ABCDEFGHKNOPQRUVXYZ", 1.45), **dict.fromkeys("MW", 1.8),
                    **dict.fromkeys("IJ", 0.7), **dict.fromkeys("LST", 1.25),
                    **dict.fromkeys("mw", 1.55), **dict.fromkeys("ijlft.,;:'’‘!|-()", 0.6),
                    **dict.fromkeys("r“”\"", 0.8)}
LATIN_SPACE = 0.6


def natural_width(text: str) -> float:
    """A Latin line's width as set with plain word spaces, in average lower-case letters
    (``LATIN_CHAR_WIDTH``): what a justified line held before its spaces were stretched.

    Summed in C (``map`` over the line's letters), in the letters' order: a page asks it
    of every line of its English columns."""
    words = text.split()
    letters = sum(map(LATIN_CHAR_WIDTH.get, "".join(words), repeat(1.0)))
    return letters + LATIN_SPACE * max(0, len(words) - 1)


def room_left(line: str, next_word: str, measure: float) -> float:
    """Characters left on ``line`` had ``next_word`` run on to it, in a column ``measure``
    characters wide (spaces run together: extractors pad a justified line)."""
    return measure - len(" ".join(line.split())) - 1 - len(next_word)


def first_of_marked(text: str, above: Iterable[str]) -> bool:
    """Whether a Chinese line opens on an item's mark (``ITEM_MARKS``) set close to its
    words (``■夏季献血活动启动 7月18日至20``, ``▲日前，…``) that no line of its paragraph
    so far (``above``) opens on: another item's first, not a list's next entry marked
    alike. A crosshead's mark stands apart by a space over its phrases (``■ 截污纳管
    从源头上治``), and the story goes on under it."""
    mark = text[:1]
    return (bool(mark) and mark in ITEM_MARKS and not text[1:2].isspace()
            and not any(t.startswith(mark) for t in above))
