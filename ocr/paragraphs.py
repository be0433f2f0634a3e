"""Unbroken paragraphs from the lines of an article's body blocks.

A column wraps a paragraph over many lines and an article over several columns; a
reader wants the paragraphs whole. Where one ends is a question of the printed page
(a sentence ends on a short line, the next line is indented, a crosshead is set apart),
asked here of lines from any source: text, scans, PDF text layers, other engines' ALTO.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import compress, pairwise

from .heading_words import ends_on_full_stop
from .linejoin import join_lines
from .model import Block, Line
from .typography import (
    ITEM_MARKS,
    LATIN_SPACE,
    NO_LINE_HEAD,
    ends_sentence,
    natural_width,
    sentence_ends,
    text_widths,
)
from .unstopped import cjk_left_short, unstopped_starts


def paragraphs(blocks: list[Block], lang: str) -> list[str]:
    """Unbroken paragraphs from body blocks: wrapped lines and column breaks joined."""
    return [join_lines([line.text for line in p]) for p in paragraph_lines(blocks, lang)]


def paragraph_lines(blocks: list[Block], lang: str, *,
                    entries: bool = True) -> list[list[Line]]:
    """The lines of each paragraph of body blocks (``paragraphs`` joins them).

    A paragraph ends where a sentence ends and either that line is short or the
    next line is indented (explicitly, or set two characters short in CJK columns) or
    follows a blank line in text that sets its paragraphs apart so;
    in text, a list's entry or a listing's row is a paragraph too (``unstopped``),
    unless ``entries`` is false: a rule that counts a story's paragraphs of prose (a
    brief holds one) counts a listing's rows as one.
    """
    lines = [line for b in blocks for line in b.lines if line.words]
    if not lines:
        return []
    texts = [line.text for line in lines]
    widths = text_widths(texts)
    textual = all(b.box is None for b in blocks)
    cjk = lang == "zh"
    full = column_width(widths, textual, cjk)
    n = len(lines)
    ends = sentence_ends(texts)
    apart = set() if textual else _set_apart(blocks)
    # Only a line after a sentence's end may start a paragraph (or the first line, a
    # crosshead): those are asked, not every line of the article.
    # (not a CJK line that opens on a closing mark: ``…一票！`` / ``”11月8日…`` is one
    # sentence, its quote closed on the line below)
    after_end = [i for i in compress(range(1, n), ends)
                 if not (cjk and texts[i][:1] in NO_LINE_HEAD)]
    # In text, a body's first short line is what is left of a line that began with its
    # byline or dateline (``MILLBROOK — The Millbrook Public``), not a crosshead.
    first = [0] if n > 1 and not textual else []
    opening = _block_starts(blocks) if textual else set()
    room = _room_for_next(blocks, texts, widths, full) if textual and not cjk else None
    heads = {k for k in first + after_end if k < n - 1 and (textual or k in apart)
             and _crosshead(texts[k], texts[k + 1], widths[k], full, cjk, k in apart,
                            textual and (k in opening
                                         or short_line(widths[k - 1], full, textual, cjk)),
                            textual and k in opening and k + 1 in opening)}
    spaced = textual and _blank_marks_paragraphs(after_end, opening, widths, full, cjk)
    starts = {i for i in after_end
              if lines[i].indent >= 1.0 or short_line(widths[i - 1], full, textual, cjk)
              or (spaced and i in opening)
              or (cjk and i + 1 < n and cjk_first_line(widths[i], full) and not ends[i])
              or (textual and not cjk and texts[i].startswith(QUOTE_OPENS))
              or (room is not None and room(i - 1))}
    starts |= {k for k in heads if k > 0} | {k + 1 for k in heads}  # a crosshead stands apart
    if textual and entries:  # a list's entry, a listing's row, a signature: no stop
        # (a Chinese paragraph's first line is two characters short, its indent lost)
        starts |= unstopped_starts(texts, ends, starts, cjk, (
            lambda k: cjk_left_short(widths[k], texts[k + 1], full, FIRST_LINE_SHORT))
            if cjk else room or (lambda k: False))
    bounds = [0, *sorted(starts), n]
    return [lines[a:b] for a, b in pairwise(bounds)]


#: In news English a quotation opens a paragraph of its own: a line that opens with a
#: quotation mark after a sentence ended at the line end above starts a paragraph, though
#: justified text left that line full and sets no indent (text without geometry, where
#: no indent was kept).
QUOTE_OPENS = ("“", '"', "‘")


#: A Latin column's measure is its lines' natural width (``typography.natural_width``) at
#: this share of them: a justified line's words without their stretch fill the measure
#: less a part of a word, a ragged line's less more; lines joined by the extractor (a
#: word hyphenated at the line end) are left out. Below the true measure, so the test
#: it serves errs towards no break.
MEASURE_AT = 0.8
#: The measure is taken over a text block (a column's run of an article: stories of
#: other measures may share the page, the article's own columns differ from a brief
#: glued to it) when it holds this many lines, else over the article's lines; fewer
#: lines than this (a brief, a few lines drawn by hand) give no measure to trust.
MEASURE_LINES = 10


def _room_for_next(
    blocks: list[Block], texts: list[str], widths: list[float], full: float
) -> Callable[[int], bool]:
    """Whether line ``k`` (among the blocks' lines with words) had room left for the
    first word of the line after it: a line breaker, justified or ragged, carries a
    word up to any line with room for it, so only a paragraph's last line leaves that
    room. Asked of lines ending a sentence, in text, where no indent or blank line
    says where a paragraph ends (flush paragraphs), and the character count of
    ``short_line`` cannot tell a justified line of narrow letters from a last line.
    A line wider than 1.3 of the article's ``full`` character measure is not asked: two
    printed lines an extractor joined, or columns it ran together (``short_line``'s
    test; the measure itself is each block's own, as a wide column is no joined line)."""
    natural: list[float] = []
    measure: list[float] = []

    def measured() -> None:
        """The lines' natural widths and measures, found when a line is first asked
        (most articles' lines after a sentence's end are told by shorter tests first)."""
        natural.extend(natural_width(t) for t in texts)
        whole = _measure(natural)
        k = 0
        for b in blocks:
            n = sum(1 for line in b.lines if line.words)
            part = _measure(natural[k:k + n]) if n >= MEASURE_LINES else 0.0
            measure.extend([part or whole] * n)
            k += n

    def fits(k: int) -> bool:
        if widths[k] > 1.3 * full:
            return False
        if not natural:
            measured()
        return natural[k] + LATIN_SPACE + natural_width(texts[k + 1].split()[0]) <= measure[k]
    # Fewer lines than a measure needs give every line a measure of 0: none had room.
    return fits if len(texts) >= MEASURE_LINES else lambda k: False


def _measure(natural: list[float]) -> float:
    """``MEASURE_AT`` of lines' natural widths, lines joined by the extractor (a word
    hyphenated at the line end: over 1.25 of the median) left out. The lines' own
    median: in an article of two measures the wide column's lines are no joined ones."""
    ranked = sorted(natural)
    median = ranked[len(ranked) // 2]
    ranked = [w for w in ranked if w <= 1.25 * median]
    return ranked[min(len(ranked) - 1, int(len(ranked) * MEASURE_AT))]


def column_width(widths: list[float], textual: bool, cjk: bool) -> float:
    """A body's full line width (ems): the 80th percentile of its lines' widths."""
    ranked = sorted(widths)
    if textual and not cjk:
        # An extractor that joins a word hyphenated at the line end leaves lines far
        # wider than the column: they say nothing of its width.
        median = ranked[len(ranked) // 2]
        ranked = [w for w in ranked if w <= 1.25 * median] or ranked
    return ranked[min(len(ranked) - 1, int(len(ranked) * 0.8))]


#: A CJK column's lines against its full measure (ems): a paragraph's first line is set
#: two characters short (its indent), ``SHORT_BY`` to ``FIRST_LINE_SHORT`` ems short of
#: the measure (a half-width mark or digit either way); a line ``SHORT_BY`` short or more
#: ends a paragraph; a line that goes on fills the measure to within ``FULL_WITHIN``.
FIRST_LINE_SHORT, SHORT_BY, FULL_WITHIN = 3.0, 1.5, 0.5
#: A CJK paragraph's first line is set two characters in (``Line.indent``, in characters).
CJK_INDENT = 2.0


def cjk_first_line(width: float, full: float) -> bool:
    """Whether a CJK line of ``width`` is set as a paragraph's first line in a column
    whose full line is ``full`` wide: two characters short."""
    return full - FIRST_LINE_SHORT <= width <= full - SHORT_BY


def cjk_full_line(width: float, full: float) -> bool:
    """Whether a CJK line of ``width`` fills a column whose full line is ``full`` wide
    (a line that goes on with its paragraph, not its first)."""
    return width >= full - FULL_WITHIN


#: A line of a Chinese paragraph is set on its column's measure: as wide as the page's
#: full line less this many ems (a narrower column of the page) to this many more (a
#: wider one; a deck across columns is wider still, ``decks.DECK_WIDER`` and up).
ON_MEASURE_EMS = (3.0, 2.0)


def cut_from_last_line(line: str, last: str, full: float) -> bool:
    """Whether the Chinese ``line``, which ends no sentence, is a paragraph's line that
    an extractor wrote apart from the paragraph's last line ``last`` (``获得一等奖的作品
    将推荐参`` / ``加明年3月举行的全省比赛。``, ``这是东屿港建港以来首次`` / ``跨过这道门槛。``):
    it is set on the column's measure (``ON_MEASURE_EMS``) and ``last`` is narrower and
    ends the sentence on a full stop, which no heading's line ends on
    (``heading_words.ends_on_full_stop``). Alone the line has a headline's shape, and
    read as one it cut the story in two."""
    short, wide = ON_MEASURE_EMS
    width = text_widths([line])[0]
    return (full > 0 and full - short <= width <= full + wide and not ends_sentence(line)
            and text_widths([last])[0] < width and ends_on_full_stop(last))


def short_line(width: float, full: float, textual: bool, cjk: bool) -> bool:
    """Whether a line of ``width`` falls short of the column's ``full`` width (a
    paragraph's last line)."""
    if cjk:
        return width <= full - SHORT_BY
    if textual and width > 1.3 * full:
        width %= full  # lines joined by the extractor: their last one's width
    return width <= 0.8 * full


#: An unmarked Chinese crosshead takes at most this share of the measure (as a heading
#: on top of its body, ``readers.textheads``), and holds no clause mark.
CJK_CROSSHEAD = 0.75
_CLAUSE_MARK = re.compile(r"[，、；：,;:]")


def _set_apart(blocks: list[Block]) -> set[int]:
    """Indexes (among the blocks' lines) of one-line blocks set in another type than
    the text's: another weight, or another size where sizes are exact (a text layer's,
    read at full confidence; a scan's are measured from ink and vary). On a page with
    geometry only such a line may be a crosshead."""
    counted = [(b, sum(1 for line in b.lines if line.words)) for b in blocks]
    sized = sorted(b.font_size for b, n in counted if b.font_size for _ in range(n))
    size = sized[len(sized) // 2] if sized else 0.0
    lines = sum(n for _, n in counted)
    bold = 2 * sum(n for b, n in counted if b.bold) > lines
    out, k = set(), 0
    for b, n in counted:
        exact = b.font_size is not None and b.confidence == 1.0 and size > 0
        if n == 1 and (b.bold != bold or exact and abs((b.font_size or 0) - size) >= 0.05 * size):
            out.add(k)
        k += n
    return out


#: A blank line ends a paragraph in text where it follows this share of the paragraphs
#: that end clearly: pdfminer boxes each paragraph (a blank after nearly all), pdftotext
#: runs a column on (a blank after few: a column's end or cut, where a paragraph goes on).
BLANK_MARKED = 0.5


def _blank_marks_paragraphs(after_end: list[int], opening: set[int],
                            widths: list[float], full: float, cjk: bool) -> bool:
    """Whether most paragraphs that end clearly (a sentence on a short line) are followed
    by a blank line: then one after a sentence on a full line ends its paragraph too."""
    clear = [i for i in after_end if short_line(widths[i - 1], full, True, cjk)]
    return bool(clear) and sum(i in opening for i in clear) >= BLANK_MARKED * len(clear)


def _block_starts(blocks: list[Block]) -> set[int]:
    """Indexes (among the blocks' lines with words) of each block's first line: in text,
    the line after a blank line."""
    out, k = set(), 0
    for b in blocks:
        out.add(k)
        k += sum(1 for line in b.lines if line.words)
    return out


def _crosshead(
    line: str, nxt: str, width: float, full: float, cjk: bool, typed: bool = False,
    set_off: bool = False, alone: bool = False,
) -> bool:
    """A short line that opens a paragraph and ends no sentence, above a line that
    starts one: a crosshead inside an article (``More room, more parking``,
    ``■ 截污纳管 从源头上治``), a paragraph of its own. A line whose own type sets it
    apart (``typed``) needs only to be shorter than a full line and end no sentence.
    In English a crosshead takes up to 0.6 of the measure, or 0.75 where it is
    ``set_off`` (after a blank line or a paragraph's short last line): in a narrow
    column three words fill two thirds of it, and so may a ragged line of running text
    (``The new plant will serve`` / ``Harbor City and two nearby towns``)."""
    if typed:
        return (width <= full - 2 if cjk else width <= 0.9 * full) and not ends_sentence(
            line) and not line.rstrip().endswith((",", "-", ";", ":", "，", "、", "；", "："))
    if cjk:
        # Unmarked, a block of its own in text (``助餐服务最受欢迎``, blank lines about it)
        # that no clause runs through and is far short of the measure: a line of running
        # text the extractor set apart holds a clause mark or fills the line.
        return (line.startswith(ITEM_MARKS) and width <= full - 2) or (
            alone and cjk_crosshead(line, width, full))
    return (width <= (0.75 if set_off else 0.6) * full and line[:1].isupper()
            and nxt[:1].isupper()
            and not line.rstrip().endswith((",", "-", ";", ":")))


def cjk_crosshead(line: str, width: float, full: float) -> bool:
    """Whether a CJK line of ``width``, set apart, has a crosshead's shape in a column
    whose full line is ``full`` wide: far short of the measure (``CJK_CROSSHEAD``), no
    clause running through it and no sentence ended (``助餐服务最受欢迎``, ``提示``); a
    line of running text the extractor set apart holds a clause mark or fills the line."""
    return (width <= CJK_CROSSHEAD * full and not ends_sentence(line)
            and not _CLAUSE_MARK.search(line))
