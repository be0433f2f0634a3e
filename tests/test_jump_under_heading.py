"""A jump line at a column's foot on a scan goes with its own story (held-out S5 s859, S7
s879, S8 s894): measured as a deck's type it is a jump all the same (``classify``: ``See
ESTATE, Page A6`` under a story's byline; ``Staff Writers`` / ``Turn to RATES, A4``, a
byline's post over it), and set right under a heading whose story is printed on another
page it is that story's (``jump_lines.under_heading``), not the story that ends above the
heading. As a heading the jump headed the story read next; given to the story above, it
left its own story without it."""

from __future__ import annotations

import pytest
from conftest import IMAGE_SOURCE as SRC
from conftest import scanned_block as _block

from ocr.assemble import assemble
from ocr.classify import classify
from ocr.model import Block, BlockKind, Box, Page

K = BlockKind

#: A story with its text in the first column (kicker, headline, byline, body).
STORY_ABOVE = (
    _block("k1", K.KICKER, Box(110, 400, 200, 25), "CITY HALL"),
    _block("h1", K.HEADLINE, Box(110, 440, 720, 150), "Council backs new budget",
           "after a long night"),
    _block("b1", K.BYLINE, Box(110, 610, 300, 35), "By Ana Pruitt"),
    _block("t1", K.BODY, Box(110, 660, 720, 500),
           "The council approved the budget on Tuesday after a debate",
           "that ran past midnight, with one member absent.",
           "The plan raises the library's hours and fixes two roofs."),
)

#: The next story under it, in the same column: heading and byline only, its text on A6.
HEADING_ONLY = (
    _block("k2", K.KICKER, Box(110, 1220, 200, 25), "EXCLUSIVE"),
    _block("h2", K.HEADLINE, Box(110, 1260, 720, 150), "Plans for 640 homes on old",
           "brickworks site revealed"),
    _block("d2", K.SUBHEADLINE, Box(110, 1430, 720, 90),
           "Drawings show three apartment blocks and a park"),
)

#: The story in the next column, read after the first column's foot.
NEXT_STORY = (
    _block("k3", K.KICKER, Box(900, 400, 200, 25), "CYCLING"),
    _block("h3", K.HEADLINE, Box(900, 440, 720, 150), "Vance takes the Coast Classic"),
    _block("b3", K.BYLINE, Box(900, 610, 300, 35), "By Owen Tait"),
    _block("t3", K.BODY, Box(900, 660, 720, 500),
           "PORT LANGLEY — Jess Vance had finished second in the race",
           "three years running before she won it on Sunday."),
)


def _read(*blocks: Block) -> Page:
    """``blocks`` classified and assembled in the order given (the scan's reading order)."""
    page = Page("p", SRC, "en", (2480, 3508), blocks=blocks,
                reading_order=tuple(b.id for b in blocks))
    return assemble(classify(page))


def _headed(page: Page, words: str) -> tuple[str, ...]:
    """The block ids of the article whose headline holds ``words``."""
    return next(a.block_ids for a in page.articles if words in " ".join(a.headlines))


def test_a_jump_line_measured_as_a_deck_under_a_byline_closes_its_story() -> None:
    byline = _block("b2", K.BYLINE, Box(110, 1540, 300, 35), "By Hannah Lowry")
    jump = _block("j2", K.SUBHEADLINE, Box(130, 1590, 330, 35), "See ESTATE, Page A6")
    page = _read(*STORY_ABOVE, *HEADING_ONLY, byline, jump, *NEXT_STORY)
    assert next(b.kind for b in page.blocks if b.id == "j2") is K.JUMP
    assert "j2" in _headed(page, "640 homes")
    assert "j2" not in _headed(page, "Coast Classic")
    estate = next(a for a in page.articles if "640 homes" in " ".join(a.headlines))
    assert estate.jump is not None and estate.jump.page == "A6"


@pytest.mark.parametrize("form", ["See RATES, A4", "Turn to RATES, A4"])
def test_a_byline_s_post_over_a_jump_in_one_block_is_read_as_the_jump(form: str) -> None:
    byline = _block("b2", K.BYLINE, Box(110, 1540, 300, 35), "By Tess Amundsen and Ray Okafor")
    jump = _block("j2", K.SUBHEADLINE, Box(110, 1590, 340, 76), "Staff Writers", form)
    page = _read(*STORY_ABOVE, *HEADING_ONLY, byline, jump, *NEXT_STORY)
    assert "j2" in _headed(page, "640 homes")
    assert "j2" not in " ".join(_headed(page, "Coast Classic"))


def test_a_jump_set_right_under_a_heading_is_that_heading_s_story_s() -> None:
    jump = _block("j2", K.JUMP, Box(500, 1560, 200, 35), "Turn to page 6")
    page = _read(*STORY_ABOVE, *HEADING_ONLY, jump, *NEXT_STORY)
    assert "j2" in _headed(page, "640 homes")
    assert "j2" not in _headed(page, "new budget")


def test_a_jump_at_the_foot_of_the_column_before_a_heading_stays_with_its_story() -> None:
    """The column's own jump, read after the next column's heading (the order read that
    heading first): it stands above and left of the heading, not under it, so it still
    goes with the story that ends over it (``jump_owner``)."""
    heading = (
        _block("k4", K.KICKER, Box(900, 1220, 200, 25), "TRIBUTE"),
        _block("h4", K.HEADLINE, Box(900, 1260, 720, 150), "Farewell to a gentle giant"),
    )
    jump = _block("j1", K.JUMP, Box(500, 1180, 300, 35), "Turn to page 6")
    page = _read(*STORY_ABOVE, *heading, jump)
    assert "j1" in _headed(page, "new budget")


def test_a_deck_that_names_no_jump_stays_a_deck() -> None:
    byline = _block("b2", K.BYLINE, Box(110, 1540, 300, 35), "By Hannah Lowry")
    deck = _block("j2", K.SUBHEADLINE, Box(130, 1590, 330, 76), "See the estate plans",
                  "on the council's site")
    page = classify(Page("p", SRC, "en", (2480, 3508),
                         blocks=(*STORY_ABOVE, *HEADING_ONLY, byline, deck)))
    assert next(b.kind for b in page.blocks if b.id == "j2") is K.SUBHEADLINE
