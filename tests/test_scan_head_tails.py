"""A heading's short last line measured with the text under it is the heading's
(``layout.head_tails``, issue 10, twenty-sixth session: held-out S3 s825, s829 `3.9%`,
s827 `制`, s834 `Maru`). Set as regions and lines, as layout leaves them."""

from __future__ import annotations

from ocr.layout.blocks import Region
from ocr.layout.head_tails import heading_tails
from ocr.model import BlockKind, Box

B, H, D = BlockKind.BODY, BlockKind.HEADLINE, BlockKind.SUBHEADLINE


def _region(kind: BlockKind, *rows: Box, size: float = 33.0, weight: float = 4.6) -> Region:
    box = rows[0]
    for r in rows[1:]:
        box = box.union(r)
    return Region(kind, box, rows, size=size, weight=weight)


FULL = Box(1859, 631, 469, 34)


def _brief(tail: Box, first: Box = FULL) -> list[Region]:
    """A brief's one-line bold head in a narrow column, and its text under it whose first
    line is ``tail`` (the head's wrapped `3.9%`), then full lines 42 px apart."""
    head = _region(H, Box(1859, 541, 393, 35), size=35.0, weight=6.9)
    rest = tuple(Box(1859, first.y + 42 * k, 478, 34) for k in range(1, 5))
    return [head, _region(B, tail, first, *rest)]


def _by_kind(regions: list[Region], kind: BlockKind) -> list[Region]:
    return [r for r in regions if r.kind is kind]


def test_a_brief_head_s_wrapped_digits_leave_its_text_for_the_head() -> None:
    """`3.9%` (digits lower than the Han letters, so measured as body) flush under the
    head, 14 px under it: the head's; the text opens at the next line."""
    out = heading_tails(_brief(Box(1859, 590, 87, 28)))
    (head,) = _by_kind(out, H)
    (text,) = _by_kind(out, B)
    assert len(head.lines) == 2 and head.box.bottom == 618
    assert text.box.y == 631 and len(text.lines) == 5


def test_a_deck_s_last_word_as_a_block_of_its_own_joins_the_deck() -> None:
    """`Maru`, a block of its own under a two-line deck, flush with it: the deck's."""
    deck = _region(D, Box(1029, 2758, 373, 38), Box(1029, 2804, 414, 38), size=28.0)
    tail = _region(B, Box(1028, 2852, 85, 26), size=23.0, weight=3.2)
    (out,) = heading_tails([deck, tail])
    assert out.kind is D and len(out.lines) == 3


def test_a_one_character_tail_centred_under_a_centred_headline_is_its_own() -> None:
    head = _region(H, Box(1097, 1816, 819, 81), size=72.0, weight=16.0)
    tail = _region(B, Box(1471, 1913, 71, 71), size=40.0)
    (out,) = heading_tails([head, tail])
    assert len(out.lines) == 2


def test_a_byline_at_body_size_under_a_headline_stays_text() -> None:
    """`本报记者` (four letters, 136 px) flush under an 80 px headline: body type, a
    byline, not the headline's."""
    head = _region(H, Box(130, 1836, 1026, 84), size=83.0, weight=12.0)
    text = _region(B, Box(130, 1940, 136, 34), *(Box(130, 1982 + 42 * k, 524, 34)
                                               for k in range(6)))
    assert heading_tails([head, text]) == [head, text]


def test_text_that_opens_with_a_short_line_stays_text_elsewhere() -> None:
    """Set in a paragraph's indent; with the next line as short; further under the head
    than its leading: the story's text, left whole."""
    for regions in (_brief(Box(1929, 590, 87, 28)),
                    _brief(Box(1859, 590, 87, 28), first=Box(1859, 631, 120, 34)),
                    _brief(Box(1859, 615, 87, 28), first=Box(1859, 656, 469, 34))):
        assert heading_tails(regions) == regions


def _deck_and_line(kind: BlockKind, weight: float) -> list[Region]:
    """A one-line deck across three columns (5.5 px strokes), a line of a few words
    (`were sold out.`) 24 px under it and flush with it, a block of its own, the next
    story's headline under that, and a column of text (4.9 px strokes) beside."""
    deck = _region(D, Box(127, 766, 1398, 50), size=39.0, weight=5.5)
    line = _region(kind, Box(129, 840, 300, 38), size=30.0, weight=weight)
    head = _region(H, Box(132, 916, 528, 41), size=32.0, weight=11.2)
    text = _region(B, *(Box(884, 915 + 55 * k, 725, 40) for k in range(14)), size=33.0,
                   weight=4.9)
    return [deck, line, head, text]


def test_a_deck_s_last_words_in_the_deck_s_strokes_join_the_deck() -> None:
    """Four ems wide, so past ``TAIL_EMS``, but alone in its block and set in the deck's
    strokes: the deck's, whether measured as body or as a kicker."""
    for kind in (B, BlockKind.KICKER):
        out = heading_tails(_deck_and_line(kind, weight=5.6))
        (deck,) = _by_kind(out, D)
        assert len(deck.lines) == 2 and deck.box.bottom == 878
        assert len(out) == 3


def test_a_line_of_a_few_words_in_the_text_s_strokes_under_a_deck_stays_apart() -> None:
    """The same line in the text's strokes (a byline, a kicker over the next story) is
    not the deck's: too wide for a tail of its own."""
    for kind in (B, BlockKind.KICKER):
        regions = _deck_and_line(kind, weight=4.95)
        assert heading_tails(regions) == regions


def test_a_piece_of_a_heavy_headline_s_broken_line_is_no_tail() -> None:
    """A heavy scan breaks a headline's second line at a speck: its first three letters
    a block flush under the first line, its rest another block level with them. The
    piece leaves no white to its right, so it is no short last line."""
    head = _region(H, Box(153, 1257, 788, 76), size=75.0, weight=16.7)
    piece = _region(BlockKind.KICKER, Box(153, 1358, 165, 55), size=55.0, weight=16.0)
    rest = _region(H, Box(371, 1358, 571, 55), size=55.0, weight=16.1)
    text = _region(B, *(Box(1070, 1287 + 46 * k, 404, 32) for k in range(9)), weight=3.5)
    regions = [head, piece, rest, text]
    assert heading_tails(regions) == regions
    assert len(heading_tails([head, piece, text])[0].lines) == 2


def _headline_and_line(weight: float) -> list[Region]:
    """A centred two-line headline (10.3 px strokes), its last line 60 px with ascenders
    and descenders, and a line of x-height words (`were let go`, 32 px) centred 33 px
    under it, measured as a deck; a column of text (3.9 px strokes) beside."""
    head = _region(H, Box(133, 1609, 701, 47), Box(141, 1687, 685, 60), size=45.5,
                   weight=10.3)
    line = _region(D, Box(303, 1780, 363, 32), size=32.0, weight=weight)
    text = _region(B, *(Box(892, 1614 + 50 * k, 341, 33) for k in range(12)), size=24.7,
                   weight=3.9)
    return [head, line, text]


def test_a_headline_s_last_words_of_x_height_letters_in_its_strokes_join_it() -> None:
    (head, text) = heading_tails(_headline_and_line(weight=10.4))
    assert head.kind is H and len(head.lines) == 3 and text.kind is B


def test_a_one_line_deck_under_a_headline_in_lighter_strokes_stays_a_deck() -> None:
    regions = _headline_and_line(weight=5.2)
    assert heading_tails(regions) == regions


def test_a_deck_s_last_words_measured_as_a_headline_in_its_strokes_join_the_deck() -> None:
    """`were cut by half` (ascenders and descenders, 42 px against the deck's 38) 13 px
    under a one-line deck, in the deck's 3.9 px strokes: the deck's; the same line in a
    headline's bold strokes is a headline of its own."""
    deck = _region(D, Box(160, 1767, 644, 38), size=31.0, weight=3.9)
    text = _region(B, *(Box(905, 1520 + 50 * k, 687, 36) for k in range(15)), size=28.0,
                   weight=4.3)
    line = _region(H, Box(161, 1818, 349, 42), size=36.0, weight=3.84)
    (out, _) = heading_tails([deck, line, text])
    assert out.kind is D and len(out.lines) == 2
    bold = _region(H, Box(161, 1818, 349, 42), size=36.0, weight=9.2)
    assert heading_tails([deck, bold, text]) == [deck, bold, text]
