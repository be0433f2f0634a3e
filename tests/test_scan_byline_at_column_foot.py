"""A byline set under a photo's caption at its column's foot is the story's, not the
photo's (``kinds_by_place.foot_byline``).

Held-out S3 s833: a story under its three-line headline puts its photo at the top of
its first column, the photo's credit and caption under it, then the byline and the
writers' post (``By DEVIN OKAFOR and`` / ``HOLLIS GRANT`` / ``Ledger Staff Writers``)
at the column's foot, over the rule and the folio; the story's text opens at the head
of the next column, beside the photo. Read as more caption, the byline went into the
photo's item. S7 s882 is the same with a byline alone (``By Joel Mertz``), which the
rule for a Chinese credit misread as a byline (``记者孙悦报``) made the photo's credit.
Blocks as layout and recognition leave them on a 300 dpi page.
"""

from __future__ import annotations

from conftest import IMAGE_SOURCE as SRC
from conftest import scanned_block as _block

from ocr.classify import classify
from ocr.model import Block, BlockKind, Box, Page
from ocr.pipeline import default_stages, run_stages
from ocr.profiles import load_profile

B, C, CR, H, PH, R = (BlockKind.BODY, BlockKind.CAPTION, BlockKind.CREDIT,
                     BlockKind.HEADLINE, BlockKind.ILLUSTRATION, BlockKind.RULE)

TEXT = ("The Sallow Valley", "School District will not", "move to a four-day school",
        "week next fall after a", "five-member board voted", "3-2 to postpone the")


def _blocks(byline: tuple[Block, ...], under: tuple[Block, ...] = ()) -> tuple[Block, ...]:
    return (
        Block("r0", R, (), Box(137, 2320, 1067, 19)),
        _block("h", H, Box(115, 2349, 1075, 232), "School board delays four-day week",
               "after parents, bus drivers and", "coaches pack hearing to object"),
        Block("p", PH, (), Box(134, 2587, 500, 261)),
        Block("r1", R, (), Box(655, 2603, 15, 635)),
        _block("t", B, Box(691, 2604, 510, 318), *TEXT),
        _block("cr", CR, Box(274, 2860, 358, 30), "ROSALIND KEMP | The Ledger"),
        _block("c", C, Box(128, 2894, 495, 163), "Striking millworkers picket",
               "outside the main gate of the", "Northfork Paper mill in Milton",
               "Crossing on Wednesday morning."),
        *byline,
        *under,
        Block("r2", R, (), Box(127, 3287, 2195, 32)),
        _block("f", B, Box(73, 3302, 334, 54), "A2 The Ledger"),
        _block("d", B, Box(437, 3317, 333, 51), "FRI., NOV. 13, 2026"),
    )


WRITERS = (_block("by", C, Box(129, 3091, 446, 88), "By DEVIN OKAFOR and", "HOLLIS GRANT"),
           _block("post", C, Box(126, 3189, 340, 42), "Ledger Staff Writers"))
ALONE = (_block("by", BlockKind.BYLINE, Box(129, 3091, 300, 42), "By DEVIN OKAFOR"),)


def _page(blocks: tuple[Block, ...]) -> Page:
    return Page("p", SRC, "en", (2480, 3508), blocks=blocks)


def _kinds(blocks: tuple[Block, ...]) -> dict[str, BlockKind]:
    return {b.id: b.kind for b in classify(_page(blocks)).blocks}


def test_a_byline_and_its_post_at_a_column_s_foot_under_a_caption_sign_the_story() -> None:
    kinds = _kinds(_blocks(WRITERS))
    assert (kinds["by"], kinds["post"], kinds["c"]) == (BlockKind.BYLINE, BlockKind.BYLINE, C)
    prof = load_profile(None)
    page = run_stages(_page(_blocks(WRITERS)), default_stages(prof, False), prof)
    (story,) = [a for a in page.articles if "t" in a.block_ids]
    assert story.byline == "By DEVIN OKAFOR and HOLLIS GRANT Ledger Staff Writers"


def test_a_byline_alone_at_a_column_s_foot_is_no_photo_credit() -> None:
    """S7 s882: typed a byline by its words, not turned into the photo's credit."""
    assert _kinds(_blocks(ALONE))["by"] is BlockKind.BYLINE


def test_a_by_line_over_more_text_in_its_column_stays_the_photo_s() -> None:
    """Text set under it in its column, not flush with it (no story it heads there): the
    line is no byline at a column's foot, and the photo keeps it."""
    more = (_block("m", B, Box(200, 3190, 420, 84), "Members of Local 12 walked",
                   "out at 6 a.m."),)
    assert _kinds(_blocks(WRITERS[:1], more))["by"] is C
    assert _kinds(_blocks(ALONE, more))["by"] is CR
