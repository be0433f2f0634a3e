"""A rail of stories down the page's right edge is read after the main part, whole, where
rules across the main part's four columns cut the page into zones (``order_rails``).

Held-out S8 s892 (five columns, light scan): the lead's headline and photo over columns
0-3, its text in four columns under them; beside it, in column 4, a headless story from
the kicker's level down, then ``COUNCIL`` and ``NON-LEAGUE FOOTBALL`` under column rules.
A rule across columns 0-3 (0.79 of the page's width) cut a zone under the lead: the rail's
headless story was read between the lead's last column and the pumpkin story under it,
order-aware CER 0.327 against 0.001 order-free (the text read right, put in the wrong
place). The page is read as printed: the main part's stories, then the rail's.
"""

from __future__ import annotations

from conftest import IMAGE_SOURCE as SRC
from conftest import scanned_block as _block

from ocr.model import Block, BlockKind, Box, Page
from ocr.order import order

B, H, K, S = BlockKind.BODY, BlockKind.HEADLINE, BlockKind.KICKER, BlockKind.SUBHEADLINE
C, CR, P, R, F = (BlockKind.CAPTION, BlockKind.CREDIT, BlockKind.ILLUSTRATION,
                  BlockKind.RULE, BlockKind.FURNITURE)


def _bare(i: str, kind: BlockKind, box: Box) -> Block:
    return Block(i, kind, box=box)


def _order(blocks: list[Block]) -> list[str]:
    page = Page("p", SRC, "en", (2480, 3508), blocks=tuple(blocks))
    return [i for i in order(page).reading_order if not i.startswith("r_")]


def _page(rail: bool = True) -> list[Block]:
    """s892's top two thirds, as its layout boxed them (``rail``: column 4 set)."""
    main = [
        _block("mast", F, Box(752, 106, 961, 123), "Kelderby Gazette"),
        _bare("r_top", R, Box(76, 245, 2316, 21)),
        _block("date", F, Box(76, 281, 438, 29), "THURSDAY, OCTOBER 15, 2026"),
        _bare("r_mast", R, Box(76, 310, 2316, 18)),
        _block("lead_kick", K, Box(78, 359, 163, 22), "EXCLUSIVE"),
        _block("lead_head", H, Box(78, 407, 1698, 230), "‘We found out from a letter left on",
               "Mum’s bed’"),
        _block("lead_deck", S, Box(78, 679, 1809, 123), "Families given six weeks to find new",
               "places as Harbour View care home is set to close"),
        _bare("lead_pic", P, Box(78, 835, 1362, 349)),
        _block("lead_credit", CR, Box(1227, 1189, 213, 17), "Picture: Dave Kirkham"),
        _block("lead_cap", C, Box(80, 1220, 1192, 32), "Fred Hanley with his prize-winning"),
        _block("lead_1", B, Box(82, 1287, 406, 374), "by Kirsty Dunmore", "Chief Reporter",
               "FAMILIES of 31 elderly residents at a Kelderby care"),
        _block("lead_2", B, Box(557, 1284, 408, 377), "Terrace, will close on November 27,",
               "its owners Sandpiper Care Ltd confirmed"),
        _block("lead_3", B, Box(1035, 1282, 408, 376), "lived at the home for four years,",
               "said she learned of the closure"),
        _block("lead_4", B, Box(1511, 839, 408, 714), "when she’s moving and I don’t have",
               "an answer for her.", "The county council said social workers",
               "would visit each resident before the end of the month."),
        _bare("r_under_lead", R, Box(82, 1676, 1838, 16)),
        _bare("show_pic", P, Box(83, 1698, 1838, 300)),
        _block("show_cap", C, Box(85, 2035, 1002, 31), "Shareholders celebrate outside the"),
        _block("show_kick", K, Box(85, 2101, 184, 24), "SHOW TIME"),
        _block("show_head", H, Box(102, 2148, 850, 147), "Grandad’s 61-stone pumpkin is a",
               "whopper"),
        _block("show_1", B, Box(85, 2327, 407, 116), "by Amy Lockwood", "Reporter",
               "It took a forklift truck, four"),
        _block("show_2", B, Box(562, 2324, 407, 119), "grandchildren and a borrowed trailer",
               "to get Fred Hanley’s pumpkin to the Wrayton"),
        _block("show_3", B, Box(1039, 2096, 407, 333), "Allotment Society’s autumn show.",
               "It was worth the effort."),
        _block("show_4", B, Box(1516, 2093, 408, 330), "joiner, grew it from a seed he",
               "bought online for £12."),
        _bare("r_under_show", R, Box(86, 2458, 1838, 16)),
        _block("rescue_kick", K, Box(88, 2495, 115, 21), "RESCUE"),
        _block("rescue_head", H, Box(91, 2533, 398, 141), "Paddleboarders swept",
               "a mile out to sea are", "plucked to safety"),
        _block("rescue_1", B, Box(87, 2703, 409, 716), "by Amy Lockwood", "Reporter",
               "Two paddleboarders who were blown more than a mile"),
    ]
    if not rail:
        return main
    return [
        *main,
        _block("quad", B, Box(1986, 349, 411, 1316), "Police are appealing for",
               "information after quad bikes", "worth more than £20,000"),
        _bare("r_rail_1", R, Box(1990, 1692, 408, 9)),
        _block("council_kick", K, Box(1992, 1722, 122, 20), "COUNCIL"),
        _block("council_head", H, Box(1994, 1761, 399, 175), "Seafront parking",
               "charges set to double"),
        _block("council_deck", S, Box(1992, 1962, 374, 171), "Traders warn visitors will",
               "stay away as district council"),
        _bare("council_pic", P, Box(1992, 2155, 407, 223)),
        _block("council_credit", CR, Box(2172, 2387, 228, 17), "Picture: Gazette archive"),
        _block("council_cap", C, Box(1996, 2419, 329, 62), "Wally Crane at the tiller of the",
               "harbour ferry in 1978."),
        _block("council_by", B, Box(1995, 2516, 252, 32), "by Tom Ashworth"),
        _bare("r_rail_2", R, Box(1994, 2611, 408, 9)),
        _block("ball_kick", K, Box(1998, 2640, 372, 24), "NON-LEAGUE FOOTBALL"),
        _block("ball_head", H, Box(1996, 2685, 389, 161), "Town 2 Rovers 3: Late",
               "sucker punch settles coast derby"),
        _block("ball_1", B, Box(1998, 3061, 407, 330), "Kelderby Town will have to wait",
               "at least another season to end"),
    ]


def test_a_rail_down_the_right_edge_is_read_after_the_main_part() -> None:
    got = _order(_page())
    main = _order(_page(rail=False))
    rail = ["quad", "council_kick", "council_head", "council_deck", "council_pic",
            "council_credit", "council_cap", "council_by", "ball_kick", "ball_head", "ball_1"]
    assert got == [*main, *rail]


def test_the_lead_is_not_run_on_into_the_rail_top() -> None:
    got = _order(_page())
    assert got.index("quad") > got.index("rescue_1")
    assert got.index("lead_4") + 1 == got.index("show_pic")


def test_a_rail_without_stories_of_its_own_is_cut_with_the_zones() -> None:
    """Column 4 holding the lead's own last column and the pumpkin story's (no heading
    in it) is no rail: the zones are read as before, each column under its own heading."""
    blocks = [b for b in _page() if not b.id.startswith(("council", "ball", "r_rail"))]
    lead_5 = _block("lead_5", B, Box(1986, 349, 411, 1316), "more than 31 residents")
    show_5 = _block("show_5", B, Box(1990, 1722, 408, 700), "the heaviest vegetable class")
    blocks = [b for b in blocks if b.id != "quad"] + [lead_5, show_5]
    got = _order(blocks)
    assert got.index("lead_5") < got.index("show_pic")
    assert got.index("show_5") < got.index("rescue_kick")


def test_a_column_going_on_headless_under_a_zone_cut_is_no_rail() -> None:
    """Column 4's part under the rule opens with running text, no heading: a story of the
    zone runs on into it across the gutter (held-out S2 s816: the second story's text
    under the lead's photo in the third column), so the column is cut with the zones."""
    blocks = [b for b in _page() if b.id not in ("council_kick", "council_head",
                                                  "council_deck", "r_rail_1")]
    blocks.append(_block("council_text", B, Box(1992, 1722, 407, 400), "the district council",
                         "said the charges would rise in April."))
    got = _order(blocks)
    assert got.index("quad") < got.index("show_pic")
