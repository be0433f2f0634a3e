"""Stacked stories on pages the project was not drawn for (held-out scans S, issue 10): a
rail of briefs and short stories down the page's side beside the lead and the stories
under it; stacked stories whose text starts in a column beside their headline; a
writer's post under a two-line byline, measured a little larger than the body; a deck
of four lines parted by a band of white. Each is set as blocks or regions, as layout
and recognition leave them."""

from __future__ import annotations

from conftest import IMAGE_SOURCE as SRC
from conftest import scanned_block as _block

from ocr.classify import classify
from ocr.heading_roles import roles
from ocr.headlines import HeadingGroup
from ocr.layout.arrange import arrange
from ocr.layout.blocks import Region
from ocr.layout.kinds import assign_kinds
from ocr.model import Block, BlockKind, Box, Line, Page, Word
from ocr.order import order

B, H, K, R = BlockKind.BODY, BlockKind.HEADLINE, BlockKind.KICKER, BlockKind.RULE
S = BlockKind.SUBHEADLINE


def _text(i: str, kind: BlockKind, box: Box, first: str = "the text goes on",
          last: str = "and on in the column.") -> Block:
    """A block of ``box.h // 45`` lines (at least one), its first line ``first`` and the
    others ``last``."""
    n = max(1, box.h // 45)
    return _block(i, kind, box, first, *[last] * (n - 1))


def _order(blocks: list[Block]) -> tuple[str, ...]:
    return order(Page("p", SRC, "en", (2480, 3508), blocks=tuple(blocks))).reading_order


def _rail_page(stacked: bool) -> list[Block]:
    """A box of briefs in the left column, down the page's depth; right of it the lead
    over three columns, and (``stacked``) a story under the lead's columns."""
    page = [
        _text("rail_top", R, Box(80, 400, 540, 10)),
        _text("brief1", H, Box(100, 430, 500, 45), "Bridge inspection"),
        _text("brief1_t", B, Box(100, 480, 500, 450), "The state will inspect the bridge."),
        _text("brief2", H, Box(100, 960, 500, 45), "Food pantry needs volunteers"),
        _text("brief2_t", B, Box(100, 1010, 500, 900 if stacked else 400),
              "The pantry is looking for help."),
        _text("kick", K, Box(680, 410, 200, 30), "BUSINESS"),
        _text("head", H, Box(680, 450, 1690, 240), "Old Textile Mill to Become Apartments"),
        _text("c1", B, Box(680, 720, 540, 720), "QUILLTON — The brick textile mill"),
        _text("c2", B, Box(1260, 720, 540, 720)),
        _text("c3", B, Box(1840, 720, 540, 720)),
    ]
    if stacked:
        page += [
            _text("rule2", R, Box(680, 1470, 1700, 10)),
            _text("head2", H, Box(680, 1500, 1100, 120), "County Opens Second Clinic"),
            _text("d1", B, Box(680, 1650, 540, 270), "NORTHFIELD — A former bank"),
            _text("d2", B, Box(1260, 1650, 540, 270)),
            _text("e", H, Box(1840, 1500, 540, 120), "Volunteers Count Herring"),
            _text("e1", B, Box(1840, 1650, 540, 270), "ASHBY FALLS — Volunteers counted"),
        ]
    return page


def test_a_rail_down_the_page_beside_the_lead_and_the_stories_under_it_is_read_first() -> None:
    """A rail of briefs left of the lead that runs on down beside the stories stacked
    under the lead's columns is a section of the page of its own: read where it stands,
    before the lead (held-out S s809 read it after every story right of it: 0.64
    order-aware CER against 0.012 order-free). A rail beside the lead's story alone is
    still read after it."""
    got = _order(_rail_page(stacked=True))
    assert got.index("brief2_t") < got.index("kick") < got.index("head") < got.index("c1")
    assert got.index("c3") < got.index("head2") < got.index("d1") < got.index("e")
    alone = _order(_rail_page(stacked=False))
    assert alone.index("c3") < alone.index("brief1"), alone


def _stacked_beside(third_starts: int) -> list[Block]:
    """The lead's three columns ending level, then two stories stacked under them, each
    with its kicker and headline over two columns and its third column starting beside
    them at ``third_starts`` px under its kicker's top."""
    page = [
        _text("lead", H, Box(120, 380, 1330, 300), "Old Textile Mill to Become Apartments"),
        _text("l1", B, Box(120, 720, 420, 1140), "QUILLTON — The brick textile mill"),
        _text("l2", B, Box(575, 720, 420, 1140)),
        _text("l3", B, Box(1030, 720, 420, 1140)),
    ]
    for name, top in (("t", 1930), ("c", 2740)):
        page += [
            _text(f"{name}_kick", K, Box(120, top, 140, 22), "TRANSIT"),
            _text(f"{name}_head", H, Box(120, top + 45, 810, 190), "Ferry Line to Add Runs"),
            _text(f"{name}_1", B, Box(120, top + 270, 420, 450), "PORT ELLERY — The Bay"),
            _text(f"{name}_2", B, Box(575, top + 270, 420, 450)),
            _text(f"{name}_3", B, Box(1030, top + third_starts, 420, 690 - third_starts),
                  "crossings between Port Ellery"),
        ]
    return page


def test_a_story_s_column_beside_its_headline_is_read_with_its_story() -> None:
    """Stacked stories each headed over two columns, their third column starting beside
    the headline level with its kicker: each story is read with its third column, not
    the third columns of both after both stories (held-out S s810: the third column of
    TRANSIT, read after CITY HALL under it, was an article of its own). A third column
    starting under the headline's foot is the cut's as before."""
    got = _order(_stacked_beside(0))
    assert got.index("l3") < got.index("t_kick") < got.index("t_2") < got.index("t_3")
    assert got.index("t_3") < got.index("c_kick") < got.index("c_2") < got.index("c_3")
    lower = _order(_stacked_beside(400))
    assert lower.index("c_2") < lower.index("t_3"), lower


def test_a_headless_story_under_the_lead_s_last_column_stays_where_it_stands() -> None:
    """The lead's first column stops mid-sentence and its second goes on at the top of
    the column beside it, which is moved up to follow it; under that column, past more
    than a line of white, a headless story (``QUILLTON — All 340 seats``) beside a box
    of briefs does not go up with it: the column over it ends its sentence, the story is
    read where it stands, after the box (held-out S s812: read before the box)."""
    page = [
        _text("head", H, Box(150, 400, 2040, 280), "Old Textile Mill to Become Apartments"),
        _text("c1", B, Box(100, 710, 750, 590), "QUILLTON — The brick mill",
              "and the first floor will be offered at reduced rent to"),
        _text("c2", B, Box(900, 690, 720, 610), "woodworkers, potters and printers",
              "worked on the third"),
        _text("c3", B, Box(1660, 700, 720, 530), "floor for forty years, said a member",
              "rebuilt with the original bricks."),
        _text("box_top", R, Box(140, 1300, 1470, 8)),
        _text("box_title", BlockKind.FURNITURE, Box(640, 1347, 460, 43), "AROUND THE COUNTY"),
        _text("box_rule", R, Box(150, 1395, 1430, 8)),
        _text("briefs", B, Box(150, 1410, 1430, 460), "Food pantry needs volunteers"),
        _text("box_foot", R, Box(140, 1880, 1470, 8)),
        _text("item", B, Box(1640, 1344, 780, 870), "QUILLTON — All 340 seats in the",
              "evening courses were taken by noon."),
        _text("kick", K, Box(120, 1910, 140, 28), "TRANSIT"),
        _text("head2", H, Box(120, 1960, 1470, 330), "Ferry Line to Add Evening Runs"),
        _text("t1", B, Box(120, 2330, 720, 900), "PORT ELLERY — The Bay Ferry"),
        _text("t2", B, Box(880, 2330, 720, 900)),
        _text("kick3", K, Box(1640, 2245, 170, 30), "CITY HALL"),
        _text("head3", H, Box(1640, 2290, 680, 250), "Council Delays Vote"),
        _text("h1", B, Box(1640, 2550, 780, 730), "The City Council put off a vote"),
    ]
    got = _order(page)
    assert got.index("c1") < got.index("c2") < got.index("c3") < got.index("box_title")
    assert got.index("briefs") < got.index("item"), got


TYPE, LINE = 25.0, 32.0


def _region(box: Box, lines: int, size: float, weight: float = 4.3,
            slant: float = 0.85) -> Region:
    """``lines`` lines of type ``size`` set 41 px apart (a 9 px leading) from ``box``'s top."""
    rows = tuple(Box(box.x, box.y + 41 * n, box.w, 32) for n in range(lines))
    return Region(B, Box(box.x, box.y, box.w, 41 * lines - 9), rows, size=size,
                  weight=weight, slant=slant)


def test_a_writer_s_post_under_a_two_line_byline_is_no_headline() -> None:
    """``By NAOMI / FAIRWEATHER`` then ``Staff Writer`` in italic, whose ``f`` reaches
    from ascender to descender and makes so few letters measure 1.2 times the body, set
    at the column's own leading over the story's text: a line of the byline, not a
    headline opening an article with the story's text (held-out S s811, twice). A line
    that size with white over it, as a heading has, stays a headline; so does one with
    little white over it but less under it, nearer to the text it heads."""
    byline = _region(Box(1275, 2957, 262, 0), 2, 24.0, weight=7.0)
    post = _region(Box(1275, 3039, 148, 0), 1, 30.0, weight=3.6, slant=0.0)
    text = _region(Box(1275, 3083, 337, 0), 7, TYPE)
    kinds = {r.box: r.kind for r in assign_kinds([byline, post, text], TYPE, LINE, None)}
    assert kinds[post.box] is B
    close = _region(Box(1275, 3045, 148, 0), 1, 30.0, weight=3.6, slant=0.0)
    text_under = _region(Box(1275, 3079, 337, 0), 7, TYPE)
    kinds = {r.box: r.kind
             for r in assign_kinds([byline, close, text_under], TYPE, LINE, None)}
    assert kinds[close.box] is H  # nearer to its text than to the lines over it
    heading = _region(Box(1275, 3100, 148, 0), 1, 30.0, weight=3.6, slant=0.0)
    text_under = _region(Box(1275, 3144, 337, 0), 7, TYPE)
    kinds = {r.box: r.kind
             for r in assign_kinds([byline, heading, text_under], TYPE, LINE, None)}
    assert kinds[heading.box] is H


def test_a_caption_of_five_lines_in_small_type_under_its_photo_is_a_caption() -> None:
    """A photo's credit line (cut in two by grain) over a three-line caption in type
    smaller than the body's, right under the photo: five "lines", all caption (it was
    read as the story's first paragraph, and the story's byline under it opened an
    article: held-out S s812). Five lines of the body's type under a photo are text."""
    picture = Region(BlockKind.ILLUSTRATION, Box(167, 2440, 705, 280))
    caption = _region(Box(167, 2720, 707, 0), 5, 20.0, weight=6.9)
    byline = _region(Box(169, 2930, 514, 0), 1, 25.0, weight=9.8)
    text = _region(Box(167, 2975, 708, 0), 9, TYPE)
    kinds = {r.box: r.kind for r in assign_kinds([picture, caption, byline, text],
                                                 TYPE, LINE, None)}
    assert kinds[caption.box] is BlockKind.CAPTION
    column = _region(Box(167, 2720, 707, 0), 5, TYPE)
    kinds = {r.box: r.kind for r in assign_kinds([picture, column, byline, text],
                                                 TYPE, LINE, None)}
    assert kinds[column.box] is B


def test_a_deck_parted_by_a_band_of_white_is_one_deck() -> None:
    """A four-line italic deck in a narrow column under its headline, parted after its
    second line by a little more white than its leading: the lower two lines, in the
    deck's face and size, are the deck's too (they were taken for the story's first
    lines, and the byline under them opened an article of its own: held-out S s811).
    Upright text in the body's face under a deck stays text."""
    head = _region(Box(1254, 2517, 339, 0), 4, 44.0, weight=10.6)
    deck = _region(Box(1254, 2690, 293, 0), 2, 27.0, weight=4.1, slant=1.15)
    more = _region(Box(1254, 2783, 207, 0), 2, 27.0, weight=4.0, slant=1.19)
    byline = _region(Box(1253, 2890, 262, 0), 2, 24.0, weight=7.0)
    text = _region(Box(1252, 2982, 337, 0), 8, TYPE)
    regions, _, _ = arrange([head, deck, more, byline, text], TYPE, TYPE, [], 3508)
    decks = [r for r in regions if r.kind is S]
    assert len(decks) == 1 and len(decks[0].lines) == 4
    upright = _region(Box(1254, 2783, 207, 0), 2, 27.0, weight=4.0, slant=0.85)
    regions, _, _ = arrange([head, deck, upright, byline, text], TYPE, TYPE, [], 3508)
    assert [len(r.lines) for r in regions if r.kind is S] == [2]


def test_a_column_touching_the_rule_under_its_story_is_read_in_its_place() -> None:
    """A lead's photo over its first three columns, the fourth column beside the photo,
    the three under its caption, and a rule under the story that the first column's
    box, turned back upright, reaches a pixel past: the rule still parts the story from
    the next one, and the columns are read in their order, the fourth last (held-out S
    s802: the rule joined the story's row, nothing cut it, and it was read by height:
    the fourth column first)."""
    page = [
        _text("kick", K, Box(130, 470, 120, 30), "CITY"),
        _text("head", H, Box(130, 520, 1460, 110), "Old Street Reopens After Two Years"),
        _text("deck", S, Box(130, 640, 1170, 60), "Forty-two houses restored"),
        _text("col4", B, Box(1485, 715, 400, 640), "the houses are sound again, and"),
        _text("photo", BlockKind.ILLUSTRATION, Box(135, 850, 1300, 250)),
        _text("caption", BlockKind.CAPTION, Box(135, 1145, 320, 30), "Visitors on the street."),
        _text("col1", B, Box(135, 1200, 400, 282), "ASHBY — Two years of work ended"),
        _text("col2", B, Box(585, 1200, 400, 265)),
        _text("col3", B, Box(1035, 1200, 400, 260)),
        _text("rule", R, Box(135, 1479, 1750, 3)),
        _text("head2", H, Box(135, 1500, 840, 140), "Tea Farms Open Shared Kitchen"),
        _text("next", B, Box(135, 1660, 400, 400), "SHIQIAO — The tea farm"),
    ]
    got = _order(page)
    assert got.index("col1") < got.index("col2") < got.index("col3") < got.index("col4")
    assert got.index("col4") < got.index("rule") < got.index("head2"), got


def test_a_credit_reaching_into_its_photo_s_edge_keeps_the_caption_under_the_photo() -> None:
    """A credit set right under its photo, whose box the photo's blurred, tilted edge
    reaches into (9 px of a 35 px line): its caption is the one left under the photo,
    not the story's column under the credit (held-out S s802: that column was made the
    caption and left its story)."""
    page = Page("p", SRC, "zh", (2480, 3508), blocks=(
        _block("pic", BlockKind.ILLUSTRATION, Box(135, 853, 1299, 252)),
        _block("credit", BlockKind.CAPTION, Box(1311, 1096, 123, 35), "通讯员柳青摄"),
        _block("cap", BlockKind.CAPTION, Box(136, 1145, 321, 28), "越冬候鸟在白鹭洲湿地觅食。"),
        _block("col", B, Box(1038, 1197, 399, 262), "作。老街地下的雨污管网全",
               "部重新铺设，困扰居民多年", "的积水问题得到解决。"),
    ))
    kinds = {b.id: b.kind for b in classify(page).blocks}
    assert (kinds["credit"], kinds["cap"], kinds["col"]) == (
        BlockKind.CREDIT, BlockKind.CAPTION, B)


def _words_block(i: str, kind: BlockKind, box: Box, text: str) -> Block:
    """One line whose words are boxed as a scan's are (their heights tell type size)."""
    words, x = [], box.x
    for w in text.split():
        words.append(Word(w, Box(x, box.y, 14 * len(w), box.h)))
        x += 14 * len(w) + 12
    return Block(i, kind, (Line(tuple(words), box),), box)


def test_a_deck_cut_at_a_gutter_reads_as_one_deck_under_its_headline() -> None:
    """A deck set across two columns, cut at the gutter into two pieces on one line
    (``Developer plans 180 units, with ground floor set`` | ``aside for craftspeople``):
    one deck, read in order under the headline (the second piece was written before the
    headline's deck, as a second headline: held-out S s808)."""
    group = HeadingGroup(0, [
        _words_block("kick", K, Box(158, 421, 146, 26), "BUSINESS"),
        _words_block("head", H, Box(156, 459, 1410, 96), "Old Textile Mill to Become"),
        _words_block("deck1", S, Box(156, 664, 719, 47),
                     "Developer plans 180 units, with ground floor set"),
        _words_block("deck2", S, Box(889, 668, 311, 45), "aside for craftspeople"),
    ])
    kicker, heads, sub = roles([group])
    assert kicker is not None and kicker[0] == "BUSINESS"
    assert [h[0] for h in heads] == ["Old Textile Mill to Become"]
    assert sub is not None
    assert sub[0] == "Developer plans 180 units, with ground floor set aside for craftspeople"
