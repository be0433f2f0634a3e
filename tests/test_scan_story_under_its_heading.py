"""A story's text and heading on a scan (``headlines.above_heading``, ``new_stack``).

A story's text stands under or beside its heading, never wholly above it: a column read
after a story whose heading is lower down the page is a headless story's (an editorial
column beside the opinion piece, read after the arts story under both; held-out S7
s883). And a stack of kicker, headline and deck at a column's foot over nothing (its
story cut by the page's foot) is read right before the stack beside it that starts higher
up; the two are two stories' headings, not one (S7 s879, S5 s850). Blocks as layout and
recognition leave them on a 300 dpi page, in the reading order the scan path gave them.
"""

from __future__ import annotations

from conftest import assembled_scan as _assembled
from conftest import scanned_block as _block

from ocr.model import Block, BlockKind, Box, Page

B, H, K, S, Y = (BlockKind.BODY, BlockKind.HEADLINE, BlockKind.KICKER,
                 BlockKind.SUBHEADLINE, BlockKind.BYLINE)
LINE = "the council heard from residents for four hours before"



def _owner(page: Page, block: str) -> str:
    (article,) = [a.id for a in page.articles if block in a.block_ids]
    return article


def _arts_story(column_y: int) -> list[Block]:
    """Columns 1-2 under a rule at 1465: an opinion piece (1490-2630); under it, from
    2675, the arts story's kicker, headline, byline and text. Column 3 holds a column of
    text from ``column_y``, read after the arts story's text."""
    return [
        _block("k1", K, Box(119, 1491, 146, 22), "OUR VIEW"),
        _block("h1", H, Box(119, 1535, 720, 198), "Hollow Creek's miners came home.",
               "Now find out why they had to be rescued"),
        _block("t1", B, Box(116, 1760, 720, 870), "There are not many better sights",
               *[LINE] * 20),
        _block("k2", K, Box(116, 2675, 160, 20), "ARTS & LIFE"),
        _block("h2", H, Box(120, 2714, 715, 193), "Small films, long lines:",
               "Riverlight festival sells out its 12th year"),
        _block("y2", Y, Box(115, 3027, 192, 31), "By Joel Mertz"),
        _block("t2", B, Box(112, 3067, 720, 229), "By Saturday afternoon the line",
               "outside the Rialto Theatre stretched past the pawnshop"),
        _block("c3", B, Box(876, column_y, 348, 865), "For 88 years, if school was closed,",
               *["a road was flooded or the Panthers were in the playoffs,"] * 18),
    ]


def test_a_column_wholly_above_a_story_s_heading_is_a_headless_story() -> None:
    page = _assembled(_arts_story(1493))
    assert _owner(page, "c3") not in (_owner(page, "t2"), _owner(page, "t1"))
    (arts,) = [a for a in page.articles if "t2" in a.block_ids]
    assert arts.headlines == ("Small films, long lines: Riverlight festival sells out "
                              "its 12th year",)
    assert not any("88 years" in p for p in arts.paragraphs)


def test_a_column_beside_its_heading_stays_the_story_s() -> None:
    """The story's next column, its top level with the heading's: beside it, not above."""
    page = _assembled(_arts_story(2690))
    assert _owner(page, "c3") == _owner(page, "t2")


def _foot_and_beside(foot: list[Block]) -> Page:
    """At the foot of columns 1-2 (from 3026) ``foot``, over nothing; in column 3 a
    story from 2574: kicker, headline, deck, byline and a jump line's text; read after
    ``foot``."""
    return _assembled([
        *foot,
        _block("k2", K, Box(876, 2574, 144, 19), "CITY HALL"),
        _block("h2", H, Box(876, 2613, 330, 326), "Water bills to rise 14% as",
               "council overrides residents' protest"),
        _block("d2", S, Box(876, 2953, 319, 174), "Average household will pay",
               "about $6 more a month starting Oct. 1"),
        _block("y2", Y, Box(876, 3161, 282, 128), "By Tess Amundsen and Ray Okafor"),
        _block("t2", B, Box(876, 3303, 345, 76), "The increase was approved 6-1",
               "on Monday night after a petition failed."),
    ])


EDUCATION = [
    _block("k1", K, Box(113, 3026, 166, 20), "EDUCATION"),
    _block("h1", H, Box(113, 3070, 726, 212), "Board votes 5-4 to merge Lindell",
           "and Garfield elementaries"),
    _block("d1", S, Box(111, 3311, 723, 82), "Parents packed the meeting; the combined",
           "school opens at Garfield in fall 2027"),
]


def test_a_stack_over_nothing_at_a_column_s_foot_heads_no_story_beside_it() -> None:
    page = _foot_and_beside(EDUCATION)
    (city,) = [a for a in page.articles if "t2" in a.block_ids]
    assert city.kicker == "CITY HALL"
    assert city.headlines == ("Water bills to rise 14% as council overrides residents' "
                              "protest",)
    (school,) = [a for a in page.articles if "h1" in a.block_ids]
    assert school.kicker == "EDUCATION" and school is not city
    assert not page.orphans


def test_a_lone_line_at_the_foot_still_runs_on_into_the_stack() -> None:
    """One line of heading type alone (a jump line read as a headline, grain) is no stack
    of its own: as before it goes with the heading read next, not left over."""
    page = _foot_and_beside([_block("h1", H, Box(866, 3315, 375, 48), "continues on Page A9")])
    (city,) = [a for a in page.articles if "t2" in a.block_ids]
    assert "h1" in city.block_ids


def test_stacks_of_a_row_read_across_stay_one_group() -> None:
    """A stack level with the one before (a row of stories read across) is left to the
    reading order: only one wholly above the group's top is parted off."""
    level = [_block("h1", H, Box(113, 2560, 726, 212), "Board votes 5-4 to merge Lindell",
                    "and Garfield elementaries"),
             _block("d1", S, Box(111, 2800, 723, 82), "Parents packed the meeting")]
    page = _foot_and_beside(level)
    (city,) = [a for a in page.articles if "t2" in a.block_ids]
    assert "h1" in city.block_ids
