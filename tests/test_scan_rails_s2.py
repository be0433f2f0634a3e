"""Page designs of the second study set S2 (issue 10): a rail ruled off down the page's
side beside a photo's caption; body type measured on a page whose edge grained into
many short "lines"; decks of four short lines, set wide, or with a last line that
measures large; a story cut to its heading. Each is set as blocks or regions, as layout
and recognition leave them, or drawn."""

from __future__ import annotations

import numpy as np
from conftest import IMAGE_SOURCE as SRC
from conftest import assembled_scan
from conftest import scanned_block as _block

from ocr.assemble import assemble
from ocr.layout import detect_layout
from ocr.layout.arrange import arrange
from ocr.layout.blocks import Region
from ocr.layout.kinds import assign_kinds
from ocr.model import Block, BlockKind, Box, Page
from ocr.order import order

B, H, K, R = BlockKind.BODY, BlockKind.HEADLINE, BlockKind.KICKER, BlockKind.RULE
C, CR, F, P = BlockKind.CAPTION, BlockKind.CREDIT, BlockKind.FURNITURE, BlockKind.ILLUSTRATION


def _text(i: str, kind: BlockKind, box: Box, first: str = "the text goes on",
          last: str = "and on in the column.") -> Block:
    """A block of ``box.h // 45`` lines (at least one), its first line ``first``."""
    n = max(1, box.h // 45)
    return _block(i, kind, box, first, *[last] * (n - 1))


def _order(blocks: list[Block]) -> tuple[str, ...]:
    return order(Page("p", SRC, "en", (2480, 3508), blocks=tuple(blocks))).reading_order


def _railed_page(ruled: bool) -> list[Block]:
    """Two stories stacked over two columns on the left, the lower one's photo and its
    caption across both columns and its text under them; right of them, ruled off
    (``ruled``) from the top of the text to the page's foot, a rail: a box of briefs,
    a story ending just above the caption's level, another starting just under it."""
    page = [
        _text("kick", K, Box(120, 420, 150, 24), "BUSINESS"),
        _text("head", H, Box(120, 460, 1330, 220), "Old Textile Mill to Become Apartments"),
        _text("a1", B, Box(120, 720, 720, 1080), "QUILLTON — The brick textile mill"),
        _text("a2", B, Box(875, 720, 720, 1080)),
        _text("rule1", R, Box(120, 1830, 1480, 14)),
        _text("kick2", K, Box(120, 1860, 160, 24), "CITY HALL"),
        _text("head2", H, Box(120, 1900, 1300, 220), "Council Delays Vote on Meters"),
        _text("photo", P, Box(120, 2240, 1480, 350)),
        _text("credit", CR, Box(1310, 2595, 290, 25), "Photo by RUTH ALDERMAN"),
        _text("cap", C, Box(120, 2630, 1000, 35), "Passengers board the evening ferry."),
        _text("b1", B, Box(120, 2700, 720, 590), "By GRETCHEN HALVORSEN"),
        _text("b2", B, Box(875, 2700, 720, 590)),
        _text("rail_title", F, Box(1900, 440, 180, 32), "IN BRIEF"),
        _text("brief", H, Box(1650, 515, 350, 40), "Leaf pickup begins"),
        _text("brief_t", B, Box(1650, 560, 680, 900), "Curbside collection of leaves"),
        _text("sports", H, Box(1650, 1650, 690, 240), "Rowing Club Wins Title"),
        _text("sports_t", B, Box(1635, 1990, 720, 635), "LAKE WINNOCK — The Harbor"),
        _text("rule2", R, Box(1635, 2675, 720, 12)),
        _text("transit", H, Box(1640, 2700, 650, 200), "Ferry Line to Add Runs"),
        _text("transit_t", B, Box(1640, 2930, 720, 350), "PORT ELLERY — The Bay"),
    ]
    if ruled:
        page.append(_text("col_rule", R, Box(1607, 560, 20, 2720)))
    return page


def test_a_caption_beside_a_rail_s_column_rule_closes_no_zone_across_it() -> None:
    """A photo's caption whose row holds nothing else closes the photo's zone: what
    follows is read after it. Beside a column rule that runs on above and below it,
    with a rail across the rule opening with its own box title, the caption closes
    nothing across the rule: the photo's story is read to its end, then the rail
    (held-out S2 s820 read the rail between the photo and its story's text: 0.50
    order-aware CER against 0.003 order-free). Without the rule the rail is no section
    of its own, and the caption closes the zone as before."""
    got = _order(_railed_page(ruled=True))
    assert got.index("cap") < got.index("b1") < got.index("b2") < got.index("rail_title"), got
    assert got.index("sports_t") < got.index("transit") < got.index("transit_t")
    bare = _order(_railed_page(ruled=False))
    assert bare.index("sports_t") < bare.index("b1"), bare


def test_a_column_rule_inside_a_story_headed_across_it_leaves_the_caption_closing() -> None:
    """A column rule between the columns of one story (its text runs on across the rule,
    headless) is no rail's: a caption set into the story's last column still closes
    the zone, and the next story's text under it is read after the story above."""
    page = [
        _text("head", H, Box(120, 420, 2200, 200), "Old Textile Mill to Become Apartments"),
        _text("a1", B, Box(120, 700, 720, 520), "QUILLTON — The brick textile mill"),
        _text("a2", B, Box(875, 700, 720, 520)),
        _text("a3", B, Box(1640, 700, 720, 230)),
        _text("photo", P, Box(1640, 950, 720, 250)),
        _text("cap", C, Box(1640, 1230, 400, 35), "Herons feeding on the marsh."),
        _text("rule1", R, Box(120, 1330, 1480, 10)),
        _text("head2", H, Box(120, 1380, 1300, 80), "Canteens Open in Old Estates"),
        _text("b1", B, Box(120, 1500, 720, 500), "More than three thousand meals"),
        _text("b2", B, Box(875, 1500, 720, 500)),
        _text("b3", B, Box(1640, 1380, 720, 620), "the district said on Monday"),
        _text("col_rule", R, Box(1607, 700, 20, 1300)),
    ]
    got = _order(page)
    assert got.index("cap") < got.index("head2") < got.index("b1") < got.index("b3"), got


def _type_line(gray: np.ndarray, x0: int, x1: int, y: int, rng: np.random.Generator,
               x_height: int = 16, tall: int = 23, pitch: int = 11) -> None:
    """A line of Latin type: stems of the x-height, every third an ascender, and word
    spaces where they fall."""
    x, k = x0, 0
    while x < x1 - pitch:
        top = y if k % 3 == 0 else y + tall - x_height
        gray[top : y + tall, x : x + 5] = 25
        k += 1
        x += pitch + (14 if rng.random() < 0.18 else 0)


def _grained_edge_page(edge: bool) -> np.ndarray:
    """A headline over three columns of eight lines; beside them (``edge``) a heavy
    scan's dark margin grained into two strips of fifty short dashes, each dash a
    "line" of type half the body's height."""
    rng = np.random.default_rng(5)
    gray = np.full((1700, 1800), 235, dtype=np.uint8)
    _type_line(gray, 120, 1600, 120, rng, x_height=44, tall=62, pitch=30)
    for x0 in (120, 660, 1200):
        for k in range(8):
            _type_line(gray, x0, x0 + 480, 260 + k * 36, rng)
    if edge:
        for x in (1710, 1750):
            for k in range(50):
                gray[200 + k * 22 : 212 + k * 22, x : x + 24] = 40
    return gray


def test_the_body_s_type_is_measured_by_the_length_of_its_lines_not_their_count() -> None:
    """The body's type size, which headline sizes are measured against, is the size most
    of the page's type is set in: weighed by the lines' length, a scan's edge grained
    into a hundred dashes one "line" each does not set it at the dashes' size and make
    every column a headline (held-out S2 s824: no headline line on its article, 0/6)."""
    for edge in (False, True):
        gray = _grained_edge_page(edge)
        regions = detect_layout(gray, gray < 128).regions
        columns = [r for r in regions if r.box.y >= 250 and r.box.w > 400]
        assert len(columns) == 3
        assert all(r.kind is BlockKind.BODY for r in columns), [r.kind for r in columns]
        assert any(r.kind is BlockKind.HEADLINE and r.box.y < 200 for r in regions)


TYPE, LINE = 25.0, 32.0  # the body's type size and line height


def _lines(box: Box, n: int, size: float, pitch: int = 41, height: int = 32,
           weight: float = 4.3, slant: float = 0.85, width: int = 0) -> Region:
    """``n`` lines of type ``size``, ``height`` px tall, ``pitch`` apart from ``box``'s top
    (the last ``width`` px wide when given: a paragraph's short last line)."""
    rows = tuple(Box(box.x, box.y + pitch * k, width if width and k == n - 1 else box.w,
                     height) for k in range(n))
    return Region(B, Box(box.x, box.y, box.w, pitch * (n - 1) + height), rows, size=size,
                  weight=weight, slant=slant)


def _kinds(regions: list[Region]) -> dict[Box, BlockKind]:
    return {r.box: r.kind for r in assign_kinds(regions, TYPE, LINE, None)}


def test_a_deck_of_four_short_lines_over_a_one_column_story_is_a_deck() -> None:
    """An italic deck of four lines in a narrow column under its headline (``Commuters
    have asked / for later boats for years; / the authority says new / crews are
    hired``), with the page's foot under it or its story's text: a deck, as much type
    as three lines over two columns hold (it was read as the story's first paragraph:
    held-out S2 s819, s822). Four italic lines of a wide measure are text."""
    head = _lines(Box(2003, 2883, 323, 0), 4, 44.0, pitch=52, height=44, weight=10.6)
    deck = _lines(Box(2001, 3112, 343, 0), 4, 28.3, pitch=48, weight=2.8, slant=1.28,
                  width=190)
    assert _kinds([head, deck])[deck.box] is BlockKind.SUBHEADLINE
    byline = _lines(Box(2001, 3320, 262, 0), 1, 24.0, weight=7.0)
    text = _lines(Box(2001, 3365, 343, 0), 8, TYPE)
    assert _kinds([head, deck, byline, text])[deck.box] is BlockKind.SUBHEADLINE
    wide = _lines(Box(300, 3112, 1400, 0), 4, 28.3, pitch=48, weight=2.8, slant=1.28)
    wide_head = _lines(Box(300, 2883, 1400, 0), 4, 44.0, pitch=52, height=44, weight=10.6)
    assert _kinds([wide_head, wide])[wide.box] is B


def test_a_deck_set_wider_than_the_body_is_counted_by_its_lines() -> None:
    """A three-line italic deck whose lines stand 50 px apart, set in type hardly larger
    than the body's: counted by its height in body lines it held four and was read as
    the story's text (held-out S2 s823, ``Commuters have asked for later boats for``
    under TRANSIT). Each line of it is one line."""
    head = _lines(Box(1632, 2674, 677, 0), 3, 42.0, pitch=62, height=55, weight=10.0)
    deck = _lines(Box(1632, 2886, 666, 0), 3, 26.5, pitch=50, height=43, weight=4.1,
                  slant=1.10, width=150)
    byline = _lines(Box(1632, 3059, 272, 0), 2, 24.0, weight=6.9)
    assert _kinds([head, deck, byline])[deck.box] is BlockKind.SUBHEADLINE


def test_a_deck_s_last_line_measured_larger_alone_stays_the_deck_s() -> None:
    """``Fish ladder built in / 2019 credited with the`` and, parted by a little more
    white, ``return of spawning fish`` alone: its italic ``f`` and ``p`` make so few
    letters measure 1.19 times the deck, and it was read as the story's first line
    (held-out S2 s819). The one line joins the deck; one that measures half as large
    again is no part of it."""
    head = _lines(Box(1628, 2151, 340, 0), 4, 44.0, pitch=50, height=44, weight=10.6)
    deck = _lines(Box(1628, 2376, 316, 0), 2, 28.4, pitch=45, weight=2.9, slant=1.40)
    tail = _lines(Box(1629, 2472, 331, 0), 1, 33.8, height=39, weight=2.9, slant=1.34)
    byline = _lines(Box(1628, 2544, 250, 0), 2, 24.0, weight=7.0)
    text = _lines(Box(1628, 2631, 348, 0), 15, TYPE)
    regions, _, _ = arrange([head, deck, tail, byline, text], TYPE, TYPE, [], 3508)
    assert [len(r.lines) for r in regions if r.kind is BlockKind.SUBHEADLINE] == [3]
    big = _lines(Box(1629, 2472, 331, 0), 1, 43.0, height=46, weight=2.9, slant=1.34)
    regions, _, _ = arrange([head, deck, big, byline, text], TYPE, TYPE, [], 3508)
    assert [len(r.lines) for r in regions if r.box.y == deck.box.y] == [2]


def test_a_story_cut_to_its_heading_at_the_page_s_foot_is_an_article() -> None:
    """A kicker, headline and deck at the foot of a column, over nothing of their own
    (the story jumps to another page): an article of its heading alone, in its place,
    not headings left over at the end (held-out S2 s823: CITY HALL and ENVIRONMENT over
    their photos, and s819's TRANSIT)."""
    blocks = (
        _block("kick", K, Box(120, 420, 160, 24), "COURTS"),
        _block("head", H, Box(120, 460, 1000, 130), "Judge Orders Landlord to Repair",
               "Heat in 60 Units"),
        _block("text", B, Box(120, 640, 1000, 900),
               "NORTHFIELD — A housing court judge on Friday ordered",
               "the owner of two buildings to restore heat by Monday."),
        _block("rule", R, Box(120, 1580, 1000, 6)),
        _block("kick2", K, Box(120, 1620, 160, 24), "TRANSIT"),
        _block("head2", H, Box(120, 1660, 1000, 120), "Ferry Line to Add Evening Runs"),
        _block("deck2", BlockKind.SUBHEADLINE, Box(120, 1800, 1000, 50),
               "Commuters have asked for later boats for years"),
    )
    page = assemble(order(Page("p", SRC, "en", (2480, 3508), blocks=blocks)))
    heads = [a.headlines for a in page.articles]
    assert heads == [("Judge Orders Landlord to Repair Heat in 60 Units",),
                     ("Ferry Line to Add Evening Runs",)], heads
    assert page.articles[1].kicker == "TRANSIT" and not page.articles[1].paragraphs
    assert not page.orphans


def test_a_brief_s_bold_head_of_two_lines_in_the_body_s_size_is_its_headline() -> None:
    """In a box of briefs, ``Blood drive at fire / station`` in bold type of the body's
    size, set off by white from the brief above, its second line short, over the
    brief's regular text: the brief's head (it was read as text, and the brief ran on in
    the one above: held-out S2 s822, twice). The same two lines in the body's weight
    are text."""
    lead = _lines(Box(1991, 1103, 327, 0), 1, 29.5, height=38, weight=7.9)
    above = _lines(Box(1988, 1150, 353, 0), 10, 28.5, pitch=46, height=37, weight=4.7)
    head = _lines(Box(1990, 1660, 336, 0), 2, 27.5, pitch=40, height=37, weight=7.8,
                  width=110)
    text = _lines(Box(1988, 1755, 355, 0), 9, 27.6, pitch=46, height=37, weight=4.7)
    kinds = {r.box: r.kind for r in assign_kinds([lead, above, head, text], 28.0, 37.0, None)}
    assert kinds[head.box] is H
    plain = _lines(Box(1990, 1660, 336, 0), 2, 27.5, pitch=40, height=37, weight=4.7,
                   width=110)
    kinds = {r.box: r.kind for r in assign_kinds([lead, above, plain, text], 28.0, 37.0, None)}
    assert kinds[plain.box] is B


def test_a_kicker_flush_left_over_a_centred_headline_is_its_kicker() -> None:
    """``TRANSIT`` set at the story's left edge over a headline centred over the story,
    flush with the deck under the headline: the headline's kicker, though hardly any of
    it stands over the headline (it was a line of text of its own: held-out S2 s822).
    The same line set in from the deck's edge is not."""
    head = _lines(Box(244, 1873, 1070, 0), 2, 50.0, pitch=72, height=62, weight=12.6)
    deck = _lines(Box(117, 2023, 1237, 0), 2, 30.0, pitch=45, height=38, weight=4.4,
                  slant=1.2, width=380)
    byline = _lines(Box(118, 2148, 255, 0), 1, 26.0, weight=6.9)
    text = _lines(Box(115, 2196, 398, 0), 8, 28.0, pitch=46, height=37, weight=4.7)
    kicker = _lines(Box(116, 1822, 140, 0), 1, 23.0, height=23, weight=6.9)
    kinds = {r.box: r.kind
             for r in assign_kinds([kicker, head, deck, byline, text], 28.0, 37.0, None)}
    assert kinds[kicker.box] is K
    inset = _lines(Box(150, 1822, 100, 0), 1, 23.0, height=23, weight=6.9)
    kinds = {r.box: r.kind
             for r in assign_kinds([inset, head, deck, byline, text], 28.0, 37.0, None)}
    assert kinds[inset.box] is not K


def test_a_heading_at_a_column_s_foot_does_not_head_the_next_column_s_story() -> None:
    """A headline and deck at a column's foot under a photo and its caption, over nothing
    of their own (the page's foot cut the story), read right before the next column's
    story, which opens at the page's top: no heading heads text set wholly above it, so
    they are an article of their own (held-out S4 s839: the heading went to the story
    beside it, two columns of text up the page). The order is set as the order stage
    left it on that page."""
    blocks = (
        _block("head0", H, Box(120, 420, 700, 100), "Harbor Pilots Vote to Strike"),
        _text("text0", B, Box(120, 560, 700, 1200),
              "PORT ELLERY — The harbor pilots voted on Friday to strike"),
        _block("pic", P, Box(120, 1800, 700, 500)),
        _block("cap", C, Box(120, 2320, 700, 40), "Crews clear silt from Dock Street."),
        _block("head1", H, Box(120, 2420, 700, 120), "Mill to Close After 92 Years"),
        _block("deck1", BlockKind.SUBHEADLINE, Box(120, 2560, 700, 50),
               "Owners promise pay for its 340 workers"),
        _block("by2", BlockKind.BYLINE, Box(860, 420, 300, 40), "By NORA QUILLAN"),
        _text("text2", B, Box(860, 480, 700, 1500),
              "The county ferry will run a second boat on weekday mornings"),
    )
    page = assembled_scan(blocks)
    heads = {a.headlines: a for a in page.articles}
    assert ("Mill to Close After 92 Years",) in heads, list(heads)
    assert not heads[("Mill to Close After 92 Years",)].paragraphs
    (story,) = [a for a in page.articles if a.byline == "By NORA QUILLAN"]
    assert not story.headlines
