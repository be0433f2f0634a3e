"""Heading matter on heavy scans (issue 10, twenty-sixth session): the body's line height
measured past the grain a heavy scan leaves as "lines"; a kicker flush left over a
centred headline whose short last line stands as a block of its own; an English deck
joined with its story's text, or a block of its own, told by the flush byline line under
it. Set as regions and lines, as layout and recognition leave them."""

from __future__ import annotations

from functools import partial

from conftest import column_lines

from ocr.decks import first_line_under
from ocr.layout.blocks import Region
from ocr.layout.grain import body_size
from ocr.layout.kinds import assign_kinds
from ocr.marked_parts import deck_over_byline_block, split_marked
from ocr.model import BlockKind, Box, Line, Word
from ocr.profiles import load_profile

B, H, K = BlockKind.BODY, BlockKind.HEADLINE, BlockKind.KICKER
EN = load_profile().patterns("en")


def _lines(box: Box, n: int, size: float, pitch: int = 46, height: int = 36,
           weight: float = 4.7, width: int = 0) -> Region:
    """``n`` lines of type ``size``, ``height`` px tall, ``pitch`` apart from ``box``'s top
    (the last ``width`` px wide when given)."""
    rows = tuple(Box(box.x, box.y + pitch * k, width if width and k == n - 1 else box.w,
                     height) for k in range(n))
    return Region(B, Box(box.x, box.y, box.w, pitch * (n - 1) + height), rows, size=size,
                  weight=weight)


def _grain(x: int, y: int, n: int) -> Region:
    """A heavy scan's dark edge binarized into ``n`` marks 6 px wide and 10 px tall,
    each a "line" of a block of its own."""
    rows = tuple(Box(x, y + 14 * k, 6, 10) for k in range(n))
    return Region(B, Box(x, y, 6, 14 * (n - 1) + 10), rows, size=10.0, weight=4.0)


def test_grain_down_a_scan_s_edge_is_not_the_body_s_line_height() -> None:
    """Two columns of 20 lines 36 px tall beside 60 grain marks 10 px tall: the body's
    lines measure 36 px (the marks outnumbered the lines and made them 10 px: held-out
    S2 s824, heavy, where every size test asked in body lines then looked a third as
    far)."""
    columns = [_lines(Box(200, 500, 700, 0), 20, 27.0), _lines(Box(950, 500, 700, 0), 20, 27.0)]
    edge = [_grain(10, 100 + 900 * k, 30) for k in range(2)]
    assert body_size(columns + edge, 27.0) == 36.0
    assert body_size(columns + edge) == 10.0  # (unmeasured type: every line counts)


def test_short_lines_of_type_still_count() -> None:
    """A column of one-character CJK lines (as tall as wide) is type, not grain."""
    narrow = [_lines(Box(200, 500, 30, 0), 30, 27.0, height=30)]
    assert body_size(narrow, 27.0) == 30.0


def _story(kicker_x: int, kicker_w: int = 178) -> list[Region]:
    """A kicker over a headline centred over a three-column story, its short last line
    (``Workshops``, no ascender) measured a block of its own, and the deck under it set
    flush with the story's left edge at x=165."""
    kicker = _lines(Box(kicker_x, 420, kicker_w, 0), 1, 16.0, height=31, weight=6.5)
    head = _lines(Box(329, 478, 1890, 0), 1, 58.0, height=130, weight=12.0)
    last = _lines(Box(1016, 617, 626, 0), 1, 44.0, height=60, weight=12.0)
    deck = _lines(Box(165, 706, 1421, 0), 1, 31.0, height=45, weight=3.2)
    text = _lines(Box(160, 800, 700, 0), 12, 27.0)
    return [kicker, head, last, deck, text]


def test_a_kicker_flush_with_the_deck_under_a_two_line_headline_is_its_kicker() -> None:
    """``BUSINESS`` at the story's left edge, over a headline centred over the page: the
    type right under the headline's first line is its own last line, centred too, and
    the deck under that starts where the kicker does (held-out S2 s824: read as text).
    Set in from the deck's edge it is no kicker."""
    regions = _story(173)
    kinds = {r.box: r.kind for r in assign_kinds(regions, 27.0, 36.0, None)}
    assert kinds[regions[0].box] is K
    inset = _story(200, 120)
    kinds = {r.box: r.kind for r in assign_kinds(inset, 27.0, 36.0, None)}
    assert kinds[inset[0].box] is not K


#: A column 700 px wide, lines 46 px apart and 36 tall, indents in ems of 27 px.
_column = partial(column_lines, em=27, width=700, pitch=46, height=36)

DECKED = _column(
    ("Residents asked for a crossing guard", 0.0),  # the deck, flush
    ("after two near misses this spring", 0.0),
    ("By HELENA OKONKWO-BRANDT", 0.0),  # the byline, flush on its own line
    ("Staff Writer", 0.0),
    ("MARLOWE — The school board voted on", 1.5),
    ("Monday to hire two crossing guards for", 0.0),
)


def test_flush_lines_over_an_english_byline_line_are_the_deck() -> None:
    """An italic deck a heavy scan blurred to the body's size, joined by layout with the
    byline and text under it (held-out study pages, heavy: ``Commuters have asked for
    later boats`` over ``By MARGARET OYELARAN``): the lines over the byline are the deck."""
    parts = split_marked(B, DECKED, EN, deck_lines=3)
    assert [(k, len(p)) for k, p in parts] == [
        (BlockKind.SUBHEADLINE, 2), (BlockKind.BYLINE, 1), (B, 3)]


def test_no_heading_over_it_or_a_paragraph_above_no_deck() -> None:
    """Without a heading right over the block (``deck_lines`` 0) nothing is a deck; and a
    paragraph's indented first line above the byline makes the lines running text."""
    assert [k for k, _ in split_marked(B, DECKED, EN)] == [B]
    tail = _column(("The council meets again next month.", 1.5), *[
        (ln.text, ln.indent) for ln in DECKED[2:]])
    assert [k for k, _ in split_marked(B, tail, EN, deck_lines=3)] == [B]


def test_a_sentence_opening_with_by_is_no_byline() -> None:
    """``By Tuesday evening`` under two flush lines is a sentence going on, not a byline."""
    lines = _column(("Crews worked through the night on", 0.0), ("the bridge deck.", 0.0),
                    ("By Tuesday evening the road reopened", 0.0),
                    ("to traffic in both directions, said", 0.0), ("the county.", 0.0))
    assert [k for k, _ in split_marked(B, lines, EN, deck_lines=3)] == [B]


DECK_BLOCK = _column(
    ("A 1,200-seat hall reopens on the river", 0.0),  # an italic deck, its own block
    ("after four years and $9 million; the", 0.0),
    ("first concert is sold out", 0.0),
)


def test_a_block_over_its_story_s_byline_block_is_the_deck() -> None:
    """The deck a block of its own, right under the headline, and the story's byline the
    first line of the block under it: the deck (read as text, the byline then opened a
    story of its own, and the heading was left an article without text: held-out S3,
    heavy). The block under is found by geometry."""
    deck_box = Box(1649, 2333, 650, 190)
    firsts = [(Box(1664, 2140, 667, 125), "Concert hall set to open"),
              (deck_box, DECK_BLOCK[0].text),
              (Box(1653, 2545, 510, 47), "By TERESA VILLANUEVA"),
              (Box(100, 2545, 700, 400), "The county said on Monday")]
    under = first_line_under(deck_box, firsts, 39.0)
    assert under == "By TERESA VILLANUEVA"
    assert deck_over_byline_block(DECK_BLOCK, under, EN, 3)


def test_a_paragraph_or_a_long_block_over_a_byline_is_text() -> None:
    """Over a headless item's byline: a paragraph (its first line indented), or more
    lines than a deck holds, is running text; and no byline under, no deck."""
    paragraph = [Line(words=ln.words, box=ln.box, indent=1.5 if k == 0 else 0.0)
                 for k, ln in enumerate(DECK_BLOCK)]
    assert not deck_over_byline_block(paragraph, "By TERESA VILLANUEVA", EN, 3)
    assert not deck_over_byline_block(DECK_BLOCK * 2, "By TERESA VILLANUEVA", EN, 3)
    assert not deck_over_byline_block(DECK_BLOCK, "The county said on Monday", EN, 3)
    assert first_line_under(Box(1649, 2333, 650, 190), [(Box(1653, 2700, 510, 47), "By X")],
                            39.0) == ""


def _short_head(kicker_size: float) -> list[Region]:
    """A one-line label over a headline of two large characters (``丰收``, 117 px wide),
    both flush left, a deck and the story's text under them."""
    kicker = _lines(Box(1844, 3153, 126, 0), 1, kicker_size, height=31, weight=4.0)
    head = _lines(Box(1845, 3204, 117, 0), 1, 44.0, height=58, weight=9.0)
    deck = _lines(Box(1844, 3290, 495, 0), 2, 34.0, height=40, weight=5.0, width=300)
    text = _lines(Box(1844, 3400, 495, 0), 8, 29.0)
    return [kicker, head, deck, text]


def test_a_kicker_wider_than_a_two_character_headline_is_its_kicker() -> None:
    """``三秋一线`` over ``丰收``: four small characters are wider than two at twice
    their size, and the label was read as text or caption (held-out S3, three pages).
    A line in the text's size over a headline a half larger is not made one by this."""
    regions = _short_head(15.0)
    kinds = {r.box: r.kind for r in assign_kinds(regions, 29.0, 36.0, None)}
    assert kinds[regions[0].box] is K
    plain = _short_head(29.0)
    kinds = {r.box: r.kind for r in assign_kinds(plain, 29.0, 36.0, None)}
    assert kinds[plain[0].box] is not K


def test_a_chinese_deck_block_over_a_writer_s_own_line_is_the_deck() -> None:
    """A one-line Chinese deck, a block of its own under the headline, over the
    writer's own line (``本报记者 …``) that opens the block under it: the deck."""
    zh = load_profile().patterns("zh")
    deck = [Line(words=(Word("城西新增公共充电桩八百个，步行十分钟可达", Box(122, 2767, 725, 43),
                             0.9),), box=Box(122, 2767, 725, 43), indent=0.0)]
    assert deck_over_byline_block(deck, "本报记者 许文博 通讯员 陈立", zh, 3)
    assert not deck_over_byline_block(deck, "市交通运输局表示，下一步将继续优化线网。", zh, 3)
