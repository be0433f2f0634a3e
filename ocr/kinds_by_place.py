"""Block kinds that only a page with geometry tells: by where a block is printed.

``classify`` asks these of scans and PDFs with positions, never of text: a credit's
caption is the block printed beside it (not the one next to it in the list), a byline
heads the body set right under it, and text boxed in by rules under a furniture label
is that furniture's, and so is a box's title between its rules.
"""

from __future__ import annotations

from collections.abc import Callable

from .byline_words import byline_more
from .deck_lines import TEXT_LINES, deck_ends_sentence, words_height
from .furniture import LABEL_EMS
from .markers import opens_news_item
from .model import (
    BODY,
    BYLINE,
    CAPTION,
    CREDIT,
    FURNITURE,
    HEADLINE,
    ILLUSTRATION,
    RULE,
    SUBHEADLINE,
    Block,
    BlockKind,
    Box,
    Line,
)
from .typography import BOX_TITLE_RULE_OVER, BOX_TITLE_RULE_UNDER, lines_hold_deck, text_width


def printed_beside(blocks: list[Block], i: int) -> list[int]:
    """The blocks printed next to block ``i`` (a credit), the nearest first: in its row or
    the row above or below (within two of its lines), under the picture it stands under
    (the nearest over it, within eight of its lines: a short caption is set left under a
    photo, its credit right; its blurred or tilted edge may reach into the credit's upper
    half), else over the credit itself.

    On a page with geometry a credit's caption is found by place: the blocks next to it in
    the list are the layout's (a scan's: by height, across the page) or an engine's order,
    not the ones printed beside it (a rail's brief level with a photo's caption, three
    columns away, came right before the credit and was taken for its caption)."""
    box = blocks[i].box
    if box is None or not blocks[i].lines:
        return []
    reach = 2 * box.h / len(blocks[i].lines)

    def across(b: Box, x0: int, x1: int) -> bool:
        return min(b.right, x1) > max(b.x, x0)

    over = [b.box for b in blocks if b.kind is ILLUSTRATION and b.box is not None
            and box.y - 4 * reach <= b.box.bottom <= box.y + box.h // 2
            and across(b.box, box.x, box.right)]
    photo = max(over, key=lambda p: p.bottom, default=box)
    near: list[tuple[float, int]] = []
    for j, b in enumerate(blocks):
        if j == i or b.box is None or not b.lines or not across(b.box, photo.x, photo.right):
            continue
        down = max(box.y - b.box.bottom, b.box.y - box.bottom)  # < 0: rows overlap
        if down <= reach:
            below = 0.5 if b.box.y > box.y else 0.0  # of equals, the one above
            near.append((max(down, 0) + below, j))
    return [j for _, j in sorted(near)]


def heads_text(blocks: list[Block], kinds: list[BlockKind], i: int) -> bool:
    """Body text starts within a line and a half under block ``i``, flush with it (or
    reaches half a line up into its box: a tilted line's box is taller than its type).
    Or block ``i`` is that text's first line: indented as a paragraph opens
    (``PARA_INDENT``), its right edge flush with the column's (a run-in byline,
    ``本报讯（记者 周子谦）历时两年的永宁``, set at a column's head under a photo's
    caption; a photo's credit under its caption is a short line, never the measure)."""
    box = blocks[i].box
    if box is None or not blocks[i].lines:
        return False
    line = box.h / len(blocks[i].lines)
    return any(kinds[j] is BODY and b.box is not None
               and -0.5 * line <= b.box.y - box.bottom <= 1.5 * line
               and (abs(b.box.x - box.x) <= line
                    or (0 <= box.x - b.box.x <= PARA_INDENT * line
                        and abs(b.box.right - box.right) <= line))
               for j, b in enumerate(blocks))


def foot_byline(blocks: list[Block], kinds: list[BlockKind], i: int) -> list[int]:
    """Block ``i``, under a photo's caption at its column's foot, and its writers' post:
    nothing of the page's text is set under it across it (down to a rule across it: the
    folio's), but a post right under it (``byline_more``: ``By DEVIN OKAFOR and`` /
    ``HOLLIS GRANT`` / ``Ledger Staff Writers``). A story set under its heading with its
    art at the top of its first column opens its text at the head of the next one, so
    its byline, set after the caption, heads no text right under it (``heads_text``).
    Empty when text is set under it, or no caption right over it. (Whether block ``i``
    reads as a byline is the caller's.)"""
    box = blocks[i].box
    if box is None or not blocks[i].lines or not any(
            kinds[j] is CAPTION and right_under(c, blocks[i], flush=False)
            for j, c in enumerate(blocks)):
        return []  # (a line right under the photo is its caption, whatever it reads)
    line = _line(blocks[i])

    def across(b: Box) -> bool:
        return min(b.right, box.right) - max(b.x, box.x) > 0.5 * min(b.w, box.w)

    stop = min((b.box.y for b in blocks if b.kind is RULE and b.box is not None
                and b.box.w > b.box.h and b.box.y >= box.bottom - line and across(b.box)),
               default=None)
    under = [j for j, b in enumerate(blocks) if j != i and b.lines and b.box is not None
             and kinds[j] is not FURNITURE and b.box.y >= box.bottom - 0.5 * line
             and (stop is None or b.box.y < stop) and across(b.box)]
    post = [j for j in under if len(blocks[j].lines) == 1
            and right_under(blocks[i], blocks[j], flush=True)
            and byline_more([blocks[j].text], blocks[i].lines[-1].text, placed=True) == 1]
    return [i, *post] if len(under) == len(post) <= 1 else []


#: A paragraph's first line is indented by at most this many of its lines' heights (two
#: full-width characters in Chinese, an em or two in Latin type).
PARA_INDENT = 2.0


def framed_with_furniture(
    blocks: list[Block], kinds: list[BlockKind], opens: Callable[[Block], bool]
) -> None:
    """Text boxed in by rules under a furniture label is that furniture's (the lines of
    a weather box under ``TODAY'S WEATHER``, ``天气预报``): a rule right above the label
    and one right below the text, both across them, with nothing else between."""
    rules = [b.box for b in blocks if b.kind is RULE and b.box is not None
             and b.box.w > b.box.h]
    for i, f in enumerate(blocks):
        if kinds[i] is not FURNITURE or f.box is None or not f.lines:
            continue
        fb, line = f.box, f.box.h / len(f.lines)
        below = [j for j, b in enumerate(blocks) if kinds[j] is BODY
                 and b.box is not None and 0 <= b.box.y - fb.bottom <= 1.5 * line
                 and abs(b.box.x - fb.x) <= line and not opens(b)]
        for j in below:
            bb = blocks[j].box
            assert bb is not None
            x0, x1 = min(fb.x, bb.x), max(fb.right, bb.right)

            def across(r: Box, x0: int = x0, x1: int = x1) -> bool:
                return r.x <= x0 and r.right >= x1

            top = any(across(r) and 0 <= fb.y - r.bottom <= 2 * line for r in rules)
            bottom = any(across(r) and 0 <= r.y - bb.bottom <= 2 * line for r in rules)
            alone = not any(
                k not in (i, j) and b.box is not None and b.lines
                and b.box.intersection(Box(x0, fb.y, x1 - x0, bb.bottom - fb.y)) is not None
                for k, b in enumerate(blocks))
            if top and bottom and alone:
                kinds[j] = FURNITURE


#: A deck runs to a line more than a deck over the columns (``DECK_LINES``) in one
#: column's measure, and to two more again while it holds no more type than a deck
#: (``typography.deck_holds``: S8 s893's ``Traders warn`` / … / ``close £2.1m gap``, five
#: lines in a 347 px column, 43 of its sizes): more is a story's text.
DECK_OVER_BYLINE_LINES = 4


#: How far a line's type may reach into a rule over or under it, in the line's heights:
#: a heavy scan's ink spreads the type and the rule into each other (held-out S7 s884's
#: ``Around the region`` 7 px into its box's top rule, S3 s833's ``ON THE COAST`` 5 px
#: into the rule under it, lines 67 and 49 px high).
INK_REACH = 0.25
#: The share of a box's title a rule over or under it spans at least: a title set as wide
#: as its box stands over an inset rule a little shorter (S5 s855's ``ALONG THE COAST``).
TITLE_RULED = 0.85


def box_titles(blocks: list[Block], kinds: list[BlockKind]) -> None:
    """A box's title the layout left as text is furniture: one short line (a label's width,
    ``furniture.LABEL_EMS``) under the box's top rule, within a line and a half, and over
    the rule that parts it from the box's contents, within a line, both rules spanning it,
    with the box's side rules left and right of it and no other text between the two rules
    (``IN BRIEF``, ``AROUND THE VALLEY``: a label over a box of briefs, no story's text).

    The layout asks the same of its regions (``layout.heading_kinds.boxed_title``) with
    rules that run past both of the line's ends and type clear of them; on a degraded scan
    the type's ink reaches into a rule (``INK_REACH``), and a title set as wide as its box
    takes in a speck of the side rule (S5 s855's ``JALONG THE COAST``) and stands over an
    inset rule no longer than itself. Left as text, the title was an article of its own,
    read among the page's stories (S3 s833, S4 s848, S5 s855, S7 s884)."""
    across = [b.box for b in blocks if b.kind is RULE and b.box is not None
              and b.box.w > b.box.h]
    down = [b.box for b in blocks if b.kind is RULE and b.box is not None
            and b.box.h > b.box.w]
    for i, t in enumerate(blocks):
        if (kinds[i] is not BODY or t.box is None or len(t.lines) != 1
                or text_width(t.text.strip()) > LABEL_EMS):
            continue
        box = t.box
        h = t.lines[0].box.h if t.lines[0].box is not None else box.h

        def spans(r: Box, box: Box = box) -> bool:
            return min(r.right, box.right) - max(r.x, box.x) >= TITLE_RULED * box.w

        top = [r for r in across if spans(r)
               and -INK_REACH * h <= box.y - r.bottom <= BOX_TITLE_RULE_OVER * h]
        foot = [r for r in across if spans(r)
                and -INK_REACH * h <= r.y - box.bottom <= BOX_TITLE_RULE_UNDER * h]
        if not top or not foot:
            continue
        over, under = max(top, key=lambda r: r.bottom), min(foot, key=lambda r: r.y)
        y0, y1 = over.bottom, under.y  # (the nearest: a double top rule's lower one)
        x0, x1 = min(over.x, under.x), max(over.right, under.right)
        sides = [r for r in down if r.y <= box.bottom and r.bottom >= y1]
        if not (any(x0 - h <= r.x and r.right <= box.x + h for r in sides)
                and any(box.right - h <= r.x and r.right <= x1 + h for r in sides)):
            continue  # (a box's title, between its own side rules, at the rules' ends)
        if any(j != i and b.lines and b.box is not None and b.box.y < y1
               and b.box.bottom > y0 and min(b.box.right, x1) > max(b.box.x, x0)
               for j, b in enumerate(blocks)):
            continue
        kinds[i] = FURNITURE


def _line(b: Block) -> float:
    assert b.box is not None
    return b.box.h / max(len(b.lines), 1)


def right_under(upper: Block, lower: Block, flush: bool) -> bool:
    """``lower`` starts within a line and a half of ``upper``'s lines under it, across
    half the narrower one (``flush``: its left edge within a line of ``upper``'s)."""
    a, b = upper.box, lower.box
    if a is None or b is None or not upper.lines or not lower.lines:
        return False
    line = max(_line(upper), _line(lower))
    if not -0.5 * line <= b.y - a.bottom <= 1.5 * line:
        return False
    if flush:
        return abs(b.x - a.x) <= line
    return min(a.right, b.right) - max(a.x, b.x) > 0.5 * min(a.w, b.w)


def _next_under(blocks: list[Block], upper: Block, lower: Block) -> bool:
    """No other block of text starts between ``upper``'s foot and ``lower``'s top across
    ``lower`` (a brief's text, then the next brief's head over its byline)."""
    a, b = upper.box, lower.box
    assert a is not None and b is not None
    return not any(o is not upper and o is not lower and o.box is not None and o.lines
                   and a.bottom - 2 <= o.box.y < b.y
                   and min(o.box.right, b.right) > max(o.box.x, b.x) for o in blocks)


#: A photo's found top may lie this many lines under its true top (a pale sky not
#: found; ``layout.kinds`` asks a deck over its photo so too).
PHOTO_FOUND_LOWER = 3.0


def _under_photo(blocks: list[Block], kinds: list[BlockKind], upper: Block,
                 lower: Block) -> bool:
    """``lower`` starts right under the caption of a photo set right under ``upper``
    (or under the photo), flush with ``upper``: a lead's deck, its photo, the byline."""
    a, b = upper.box, lower.box
    if a is None or b is None or not upper.lines or abs(b.x - a.x) > _line(upper):
        return False
    line = _line(upper)
    for p in blocks:
        q = p.box
        if (p.kind is not ILLUSTRATION or q is None
                or not -0.5 * line <= q.y - a.bottom <= PHOTO_FOUND_LOWER * line
                or min(a.right, q.right) - max(a.x, q.x) <= 0.5 * min(a.w, q.w)):
            continue
        foot = q.bottom  # the photo's, then its caption's and credit's under it
        for k, c in sorted(enumerate(blocks), key=lambda kc: kc[1].box.y if kc[1].box else 0):
            if (kinds[k] in (CAPTION, CREDIT) and c.box is not None
                    and -line <= c.box.y - foot <= 1.5 * line
                    and min(c.box.right, q.right) > max(c.box.x, q.x)):
                foot = max(foot, c.box.bottom)
        if -0.5 * line <= b.y - foot <= 1.5 * line:
            return True
    return False


def decks_by_byline(blocks: list[Block], kinds: list[BlockKind]) -> None:
    """The byline fixes what stands around it: a story's heading, then its deck, then
    the byline and the writer's post, then the text. (Not over a news item's opening,
    ``本报讯（记者…）``: a brief's text ends over the next item's, which needs no heading.)

    A block of a few lines right under a headline or deck and right over a byline flush
    with it is the story's deck, whatever its type measured (an italic deck on a heavy
    scan that measured no slant, a deck's last line of x-height letters measured small):
    no story's text comes before its byline, and left as text it made the byline open
    another article, the heading cut off from its story. Under the story's photo the
    byline stands under the photo's caption (``_under_photo``). A deck layout cut in
    blocks stacked flush is asked whole (``_deck_pieces``)."""
    heads = (HEADLINE, SUBHEADLINE)
    for i, b in enumerate(blocks):
        if kinds[i] is not BODY or not b.lines or not any(
                kinds[j] in heads and right_under(o, b, flush=False) for j, o in enumerate(blocks)):
            continue
        if (lines_hold_deck(b.lines, DECK_OVER_BYLINE_LINES)
                and any(_byline_under(blocks, kinds, b, j) for j in range(len(blocks)))):
            kinds[i] = SUBHEADLINE
        for j in _deck_pieces(blocks, kinds, i):
            kinds[j] = SUBHEADLINE


def _byline_under(blocks: list[Block], kinds: list[BlockKind], b: Block, j: int) -> bool:
    """Block ``j`` is the byline heading the story whose deck ``b`` would be: right under
    it, flush, nothing between (or under the photo's caption under it)."""
    o = blocks[j]
    return (kinds[j] is BYLINE and not opens_news_item(o.text)
            and ((right_under(b, o, flush=True) and _next_under(blocks, b, o))
                 or _under_photo(blocks, kinds, b, o)))


def _deck_pieces(blocks: list[Block], kinds: list[BlockKind], i: int) -> list[int]:
    """The body blocks from block ``i`` down, each right under the one over it, flush,
    nothing between, to a byline block under the last: a deck layout cut in two or more
    pieces (S5 s855: a jump line set level with the deck's last line, taken off with it
    as the foot row of its leaf, left ``court calls unreliable`` a block of its own
    under the deck's first three lines; the byline then opened an article apart from
    its heading). Held to what a deck is, as over a byline inside the text's block
    (``deck_lines.deck_over_byline``): the pieces' lines in all hold no more than a deck,
    none ends a sentence, and their type is no smaller than the text's under the byline
    (and the writer's post under it), which is there. Empty when block ``i`` is a deck
    alone (the rule over one block, which asks no type) or the run is no deck."""
    run = [i]
    while True:
        lines = [ln for k in run for ln in blocks[k].lines]
        if (not lines_hold_deck(lines, DECK_OVER_BYLINE_LINES)
                or any(deck_ends_sentence(ln.text) for ln in lines)):
            return []
        last = blocks[run[-1]]
        by = next((j for j in range(len(blocks)) if _byline_under(blocks, kinds, last, j)), None)
        if by is not None:
            break
        more = [j for j, o in enumerate(blocks) if j not in run and kinds[j] is BODY
                and right_under(last, o, flush=True) and _next_under(blocks, last, o)]
        if len(more) != 1:
            return []
        run.append(more[0])
    text = _text_under(blocks, kinds, by)
    deck, size = words_height(lines), words_height(text)
    return run if len(run) > 1 and deck and size and deck >= size else []


def _text_under(blocks: list[Block], kinds: list[BlockKind], by: int) -> list[Line]:
    """The first lines of the text right under byline block ``by`` (under the writer's
    post, a byline block of its own under it), flush with it: what a deck's type is
    measured against."""
    seen = {by}
    while True:
        under = [j for j, o in enumerate(blocks) if j not in seen and kinds[j] in (BYLINE, BODY)
                 and right_under(blocks[by], o, flush=True) and _next_under(blocks, blocks[by], o)]
        if len(under) != 1:
            return []
        if kinds[under[0]] is BODY:
            return list(blocks[under[0]].lines[:TEXT_LINES])
        by = under[0]
        seen.add(by)


def posts_under_bylines(blocks: list[Block], kinds: list[BlockKind]) -> None:
    """A writer's post set as a line of its own flush under the byline (``Political
    editor`` read as a deck's italic, ``Times staff`` as a line of text) is the byline's:
    as a deck it opened another article under the heading, as text it made the story's
    first paragraph open one, the heading cut off from its story either way. Its words
    say a post (``byline_more``, in sentence case too: the byline stands right over it),
    and the line under it does not go on with its sentence."""
    for i, b in enumerate(blocks):
        if kinds[i] not in (SUBHEADLINE, BODY) or len(b.lines) != 1:
            continue
        if not any(kinds[j] is BYLINE and right_under(o, b, flush=True)
                   and _next_under(blocks, o, b) for j, o in enumerate(blocks)):
            continue
        after = [o.lines[0].text for o in blocks
                 if o is not b and right_under(b, o, flush=True) and _next_under(blocks, b, o)]
        if byline_more([b.text, *after[:1]], placed=True) == 1:
            kinds[i] = BYLINE

