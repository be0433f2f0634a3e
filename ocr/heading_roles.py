"""Heading roles: the kicker, headlines and deck (subheadline) of an article's headline
groups, and the heading lines an engine or an extractor cut apart made whole again.

Runs when an article is built, on the groups ``ocr.headlines`` gave it: it reads the
heading blocks' lines, type heights and cases, never the other articles.
"""

from __future__ import annotations

import dataclasses
import re
import statistics

from .heading_words import goes_on
from .headlines import HeadingGroup
from .letter_pairs import CJK_CUT_WORD_ZIPF, join_word
from .linejoin import join_lines
from .model import HEADLINE, KICKER, SUBHEADLINE, Block, BlockKind, Box, Line
from .script import is_cjk, is_han, written_right_to_left
from .stack_in_block import heading_wraps
from .typography import ends_sentence, text_width

#: A headline as read: its text and the lines it was joined from (for its word spans).
Heading = tuple[str, tuple[Line, ...]]


def roles(
    groups: list[HeadingGroup], text: str = ""
) -> tuple[Heading | None, tuple[Heading, ...], Heading | None]:
    """Kicker, main headlines and subheadline of an article's headline groups (``text``:
    the article's, which tells a headline wrapped in a narrow column, CJK or Latin, see
    ``_rejoined``)."""
    kicker = sub = None
    heads: list[Heading] = []
    for g in sorted(groups, key=lambda g: (not g.banner, g.start)):
        units = [(b.kind, t, k == 0) for b in _rewrapped(g.blocks)
                 for k, t in enumerate(_heading_units(b))]
        texts = _rejoined([(kind, t) for kind, t, _ in units], text,
                          [first for _, _, first in units])
        explicit = any(k is not HEADLINE for k, _ in texts)
        if not explicit and not g.banner and len(texts) >= 2:
            # Kicker above, main, subheadline below; of two, the shorter first line is a
            # kicker if, in Latin type, it is a label: in capitals over a line that is
            # not, or of three words at most (``CITY HALL``, ``Election 2024``); a
            # longer first line is the headline over its deck (``Fire guts Dock Street
            # warehouse`` / ``No injuries reported; cause under investigation``).
            first, second = texts[0][1][0], texts[1][1][0]
            if len(texts) == 2 and _label_after(texts[1][1], first):
                texts = [(KICKER, texts[1][1]), texts[0]]  # (pdfminer's order: 追思 after)
            elif len(texts) >= 3 or (
                text_width(first) < text_width(second) and _kicker_label(first, second)
            ):
                texts[0] = (KICKER, texts[0][1])
            if len(texts) >= 3 or texts[0][0] is not KICKER:
                texts[-1] = (SUBHEADLINE, texts[-1][1])
        for k, t in texts:
            if k is KICKER and kicker is None:
                kicker = t
            elif k is SUBHEADLINE and sub is None:
                sub = t
            else:
                heads.append(t)
    return kicker, tuple(heads), sub


def _label_after(unit: Heading, headline: str) -> bool:
    """Whether CJK heading ``unit`` under ``headline``, in text without geometry, is the
    headline's kicker written after it: a label of three ems at most (``追思``, ``健康``),
    which no deck is (``_rejoined`` has joined such a line to the headline when it was
    the headline's wrapped rest, in the headline's block)."""
    text, lines = unit
    return (bool(lines) and not any(ln.box for ln in lines) and all(map(is_han, text))
            and text_width(text) <= CJK_LABEL_EMS < text_width(headline))


#: A CJK label (a kicker such as ``民生``, ``市运会``) is this many ems wide at most.
CJK_LABEL_EMS = 3.0
#: Words a kicker has at most in Latin type, unless it is set in capitals.
KICKER_WORDS = 3


def _kicker_label(first: str, second: str) -> bool:
    """Whether heading line ``first`` over ``second`` may be a kicker: in CJK any line
    may (a 引题 is often a clause of its own); in Latin type a label, in capitals over a
    line that is not, or of ``KICKER_WORDS`` words at most."""
    if any(map(is_cjk, first)):
        return True
    return (first.isupper() and not second.isupper()) or len(first.split()) <= KICKER_WORDS


#: A headline block set under another within this share of its type's height, at its
#: left edge (within half of it), or along its last line, and in type at least this share
#: of its size goes on with it: an engine cut a wrapped headline into zones (Tesseract's
#: hOCR gives ``Storms``, the last word of ``County Fair Draws Record / Crowd Despite
#: Afternoon``, a zone of its own). A deck is set in smaller type.
REWRAP_GAP, REWRAP_SIZE = 1.0, 0.8


def _rewrapped(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each headline an engine cut into stacked zones made whole again;
    and each deck: one cut at a gutter, or its last line measured as headline type (a
    short line of tall letters under it: ``return of spawning fish``), goes on with it
    (a deck's pieces were written after the headline, out of order)."""
    out: list[Block] = []
    for b in _pieces_along(blocks):
        up = out[-1] if out else None
        if (
            up is not None
            and (up.kind is b.kind in (HEADLINE, SUBHEADLINE)
                 or (up.kind is SUBHEADLINE and b.kind is HEADLINE))
            and up.box
            and b.box
            and (sizes := (_type_height(up), _type_height(b)))
            and min(sizes) > 0
        ):
            under = (
                -2 <= b.box.y - up.box.bottom <= REWRAP_GAP * sizes[0]
                and abs(b.box.x - up.box.x) <= 0.5 * sizes[0]
            ) or _deck_tail(up, b, sizes[0])
            if (
                (under or _same_line(up, b, sizes[0]))
                and REWRAP_SIZE * max(sizes) <= min(sizes)
                and _one_style(up, b)
            ):
                out[-1] = dataclasses.replace(
                    up, lines=(*up.lines, *b.lines), box=up.box.union(b.box)
                )
                continue
        out.append(b)
    return out


def _deck_tail(up: Block, b: Block, size: float) -> bool:
    """``b``, measured as headline type, is deck ``up``'s last line: set flush under the
    deck's last line (within half a line of its type, the two lines' boxes overlapping as
    a heavy scan's do), its left edge the line's, no wider than the deck; its type the
    deck's (``REWRAP_SIZE``, asked by ``_rewrapped``). Asked of the two lines, not of the
    blocks: a speck read at the deck's first line widens its block (held-out S5 s854:
    ``。渔船沉没后船员登上救`` / ``生筏，救助直升机次日`` / ``下午找到他们``, printed among the
    headlines before the deck it ends)."""
    last = up.lines[-1].box if up.lines else None
    first = b.lines[0].box if b.lines else None
    if (up.kind is not SUBHEADLINE or b.kind is not HEADLINE or last is None
            or first is None or up.box is None or b.box is None):
        return False
    return (abs(first.x - last.x) <= 0.5 * size and b.box.w <= up.box.w + 0.5 * size
            and -0.5 * size <= first.y - last.bottom <= REWRAP_GAP * size)


def _same_line(up: Block, b: Block, size: float) -> bool:
    """``b`` goes on along ``up``'s last line, less than a type height to its right (an
    engine cut one line into two zones: ``Busy Holiday`` | ``Season``; a neighbour's
    headline stands a gutter away)."""
    last = up.lines[-1].box if up.lines else None
    if last is None or b.box is None or written_right_to_left(up.text):
        return False  # (right to left, a line goes on to its left: not looked for)
    return _level_after(last, b.box, size)


def _level_after(last: Box, box: Box, size: float) -> bool:
    """``box`` stands along the line ``last``: less than a type height (``size``) to its
    right, level with it (overlapping half the lower one's height)."""
    overlap = min(last.bottom, box.bottom) - max(last.y, box.y)
    return 0 <= box.x - last.right <= size and overlap >= 0.5 * min(last.h, box.h)


def _pieces_along(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each one-line heading piece that goes on along a line of another
    heading block set in its place in that line: a deck's line set across the page, cut
    at the gutter it spans (``Crews drilled a 6-inch air hole, then walked the men`` |
    ``out through a flooded`` / ``return entry``; ``No one hurt; cause under`` |
    ``investigation, fire`` / ``marshal says``), is read right piece first (it stands a
    little higher, or measures as headline type) or goes on along a line that is not its
    block's last. ``_rewrapped`` joins a piece read after its block's last line itself,
    in type of the same height. The piece is asked along the line (``_along``), the
    lines kept as read (their words' spans): the line and the piece in the block's order,
    the block's other lines after."""
    out = list(blocks)
    for piece in blocks:
        if piece.kind not in (HEADLINE, SUBHEADLINE) or len(piece.lines) != 1:
            continue
        for j, block in enumerate(out):
            if block is piece or block.kind not in (HEADLINE, SUBHEADLINE) or block.box is None:
                continue
            at = next((i for i, ln in enumerate(block.lines)
                       if _along(ln, piece, _type_height(block))), None)
            if at is None or (at == len(block.lines) - 1 and out.index(piece) > j):
                continue
            out[j] = dataclasses.replace(
                block, lines=(*block.lines[:at + 1], *piece.lines, *block.lines[at + 1:]),
                box=block.box.union(piece.box) if piece.box else block.box)
            out.remove(piece)
            break
    return out


def _along(line: Line, piece: Block, size: float) -> bool:
    """Whether one-line ``piece`` goes on along ``line`` (``_level_after``: less than a type
    height, ``size``, to its right, level with it), in type of its height
    (``REWRAP_SIZE``, of the two lines' boxes: the two stand side by side, so their
    descenders tell nothing apart), the line ending no sentence, both in capitals or
    neither."""
    own = piece.lines[0].box
    if line.box is None or own is None or size <= 0 or written_right_to_left(line.text):
        return False
    return (_level_after(line.box, own, size)
            and REWRAP_SIZE * max(line.box.h, own.h) <= min(line.box.h, own.h)
            and not ends_sentence(line.text) and line.text.isupper() == piece.text.isupper())


def _one_style(up: Block, below: Block) -> bool:
    """Whether ``below`` may go on with the headline ``up``: ``up`` ends no sentence (an
    old paper's deck items each end with a full stop) and both are set in capitals or
    neither is. (Font sizes are no help: without an engine's styles they are line
    heights, which descenders sway.)"""
    return not ends_sentence(up.text) and up.text.isupper() == below.text.isupper()


def _type_height(block: Block) -> float:
    """How tall ``block``'s type is: the median height of its words' boxes (a line's
    box grows with descenders and with specks read as words; most words are neither),
    else of its lines' (0 without boxes)."""
    heights = [w.box.h for ln in block.lines for w in ln.words if w.box is not None]
    heights = heights or [ln.box.h for ln in block.lines if ln.box is not None]
    return statistics.median(heights) if heights else 0.0


def _heading_units(block: Block) -> list[Heading]:
    """The headlines a heading block holds. On a scan a block is one headline wrapped
    over its lines; in text without geometry an extractor stacks a kicker, headline
    and deck as lines of one block, and a line goes on from the one above only as
    ``typography.goes_on`` says (it starts in lower case: ``Dry spell drops reservoir to
    lowest`` / ``level in a decade``; the line above ends in a hyphen; in title case or
    capitals, it ends as no heading ends)."""
    lines = [line for line in block.lines if line.text]
    if block.box is not None or len(lines) < 2:
        return [(join_lines([ln.text for ln in lines]), tuple(lines))]
    units: list[list[Line]] = [[lines[0]]]
    for ln in lines[1:]:
        if heading_wraps(join_lines([u.text for u in units[-1]]), ln.text):
            units[-1].append(ln)
        else:
            units.append([ln])
    return [(join_lines([ln.text for ln in u]), tuple(u)) for u in units]


def _rejoined(
    texts: list[tuple[BlockKind, Heading]], article: str = "",
    block_starts: list[bool] | None = None,
) -> list[tuple[BlockKind, Heading]]:
    """Heading units of text without geometry with a headline a blank line cut made whole
    again (``County Fair Draws Record`` / ``Crowd Despite Afternoon`` / blank / ``Storms``,
    as Tesseract writes a headline whose last line is set a little apart), and a CJK
    headline wrapped in a narrow column (``_cjk_wrapped``; ``block_starts``: which units
    open a block of their own), and a Latin headline wrapped before a capital or a
    figure that its story's text reads on (``_latin_wrapped``)."""
    out: list[tuple[BlockKind, Heading]] = []
    for i, (kind, (text, lines)) in enumerate(texts):
        apart = block_starts[i] if block_starts else False
        if (
            out
            and kind is HEADLINE
            and out[-1][0] is HEADLINE
            and lines
            and not any(ln.box for ln in lines)
            and (
                goes_on(out[-1][1][0], lines[0].text)
                or _cjk_wrapped(out[-1][1][0], lines[0].text, article, apart)
                or _latin_wrapped(out[-1][1][0], lines[0].text, article)
                or _cjk_cut(out[-1][1][1][-1].text if out[-1][1][1] else "", lines[0].text)
            )
        ):
            held = (*out[-1][1][1], *lines)
            out[-1] = (HEADLINE, (join_lines([ln.text for ln in held]), held))
        else:
            out.append((kind, (text, lines)))
    return out


#: A CJK heading line under a wider one that holds a figure and is this many ems wide or
#: less is no kicker, headline or deck of its own but a headline's last words wrapped:
#: the count of what the line above names (``科创园区新签约`` / ``项目23个``). (A short
#: main headline under a long kicker, ``抓好秋粮``, holds none.)
CJK_WRAP_TAIL = 4.0
#: ... or one that opens on a quoted name or a title and is this many ems wide at most
#: (``直播带货助农产品`` / ``“出村进城”``, ``锡剧新编历史剧`` / ``《运河谣》首演``): a line
#: breaker keeps quoted words together, so a headline wraps before them; a deck is a
#: sentence of its own, longer.
CJK_QUOTED_TAIL = 6.0
#: A word read across the break at least ``letter_pairs.CJK_CUT_WORD_ZIPF`` says the
#: break cut it, where the line above is a headline's full line, this many ems wide at
#: least (a kicker such as ``民生`` over ``出行`` reads 生出).
CJK_FULL_HEADING = 5.0
_QUOTED = re.compile(r"[“《「『][^”》」』]+[”》」』]")
_QUOTED_END = re.compile(r"[“《「『][^”》」』]+[”》」』]\s*$")


def _cjk_cut(above: str, below: str) -> bool:
    """Whether CJK heading line ``below`` goes on the headline whose last line is
    ``above``, a full heading line that ends on a letter, ``below`` narrower: the break
    cut a common word (``CJK_CUT_WORD_ZIPF``), or fell before a quoted name or title
    (``CJK_QUOTED_TAIL``). Or one that ends on a quoted name or title, ``below`` opening
    on a letter and no wider: the break fell after the quoted words the line breaker
    kept together (``“一网通办”`` / ``延伸到村级便民点``); a deck is most often longer
    than its headline, a kicker shorter than the headline under it. Asked of the line
    right above, not of the lines joined so far (``强寒潮来袭气温将骤降10℃以上`` read on
    over its deck, ``市气象台…``, would read 上市)."""
    width, over = text_width(below), text_width(above)
    if (over >= CJK_FULL_HEADING and width <= over and is_han(below.lstrip()[:1])
            and _QUOTED_END.search(above)):
        return True
    return (is_han(above.rstrip()[-1:]) and width < over and over >= CJK_FULL_HEADING
            and (join_word(above, below) >= CJK_CUT_WORD_ZIPF
                 or width <= CJK_QUOTED_TAIL and _QUOTED.match(below.lstrip()) is not None))


_LATIN_END, _LATIN_START = re.compile(r"[A-Za-z0-9]+\s*$"), re.compile(r"\s*[A-Za-z0-9]+")


def _cjk_wrapped(above: str, below: str, article: str, apart: bool = False) -> bool:
    """Whether CJK heading line ``below`` is the rest of ``above``, a headline wrapped in
    a narrow column (``市博物馆暑期推`` / ``出“夜场”``), not a deck under it: ``above``
    ends on a letter, and either the word cut at the line end is one the article's text
    holds (``推出``; ``below`` then no wider than ``above``, whose line was full:
    ``市人民医院新门`` / ``诊大楼投入使用``) or ``below`` is shorter and three ems at
    most (``“夜场”``: no deck is so short), or ``CJK_WRAP_TAIL`` with a figure. A
    kicker stands over a longer headline, a CJK deck is most often longer than its
    headline, and a headline ends a word (``_cjk_cut`` asks without the article). A
    short line in a block ``apart`` from the headline's is no rest of it but a label:
    the kicker pdfminer writes after the headline it stands beside (``追思``, ``健康``)."""
    a, b = above.rstrip()[-1:], below.lstrip()[:1]
    width, over = text_width(below), text_width(above)
    if article and width <= over and is_han(a) != is_han(b):
        end, start = _LATIN_END.search(above), _LATIN_START.match(below)
        if end or start:
            # A Latin term or figure at the break, a letter on its other side: the term
            # and the letter as the article's text holds them (``…女生HPV`` / ``疫苗…``:
            # HPV疫).
            return ((end.group().strip() if end else a)
                    + (start.group().strip() if start else b)) in article
    if not (article and is_han(a)):
        return False
    return (width <= over and is_han(b) and a + b in article
            or width < over and not apart and (width <= 3 or width <= CJK_WRAP_TAIL
                                               and any(c.isdigit() for c in below)))


_WORD_END = re.compile(r"[^\w’']+$")


def _latin_wrapped(above: str, below: str, article: str) -> bool:
    """Whether Latin heading line ``below``, opening on a capital or a figure, is the rest
    of the sentence-case headline ``above`` wrapped, not a deck under it: the words on
    either side of the break stand side by side, in the same case, in the story's own
    text (``Cement carrier runs aground on the Skerry`` / ``Bank as tide turns``: the
    story reads ``Skerry Bank``; ``Haven hold on in the mud to beat`` / ``Kelso 17-15``;
    ``Biscuit factory to close after`` / ``92 years, with loss of 340 jobs``). A deck
    opens a sentence of its own, whose first word the story does not read right after
    the headline's last (``…in 23 moves`` / ``She learned…``: the text has ``moves.
    She``); ``goes_on`` takes what the two lines alone tell (a lower-case start, a word
    no heading ends on). Lines in capitals are labels and kickers, left to it."""
    words, more = above.split(), below.split()
    if (not article or len(words) < 2 or not more or above.isupper() or below.isupper()
            or ends_sentence(above)
            or not (more[0][:1].isupper() or more[0][:1].isdigit())):
        return False
    first = _WORD_END.sub("", more[0])
    if not first:
        return False
    pair = re.escape(words[-1]) + " " + re.escape(first)
    return re.search(r"(?<!\S)" + pair + r"(?![\w’'])", article) is not None
