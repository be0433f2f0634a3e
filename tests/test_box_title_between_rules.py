"""A box's title the layout left as text, on a degraded scan (held-out S3 s833, S4 s848,
S5 s855, S7 s884, issue 10).

A box of briefs (or of deaths, or of tides) opens on its title, one short line between the
box's top rule and a rule that parts it from the box's contents, the box's side rules left
and right of it. The layout types such a line furniture when both rules run past its ends
and its type stays clear of them; on a heavy scan the ink reaches into a rule, and a title
set as wide as its box takes in a speck of the side rule and stands over an inset rule no
longer than itself. Left as text, the title became an article of its own, read among the
page's stories. The page is set here as a scan's blocks and rules, and read by the stages.
"""

from __future__ import annotations

from conftest import IMAGE_SOURCE, scanned_block

from ocr.classify import classify
from ocr.model import Block, BlockKind, Box, Page
from ocr.pipeline import default_stages, run_stages
from ocr.profiles import load_profile

BODY, RULE = BlockKind.BODY, BlockKind.RULE

STORY = (
    scanned_block("h1", BlockKind.HEADLINE, Box(140, 420, 1060, 120),
                  "Can a 40-cow dairy survive the winter?"),
    scanned_block("t1", BODY, Box(140, 580, 1060, 480),
                  "The Hendersons have milked cows on the ridge since 1952 and",
                  "say the price of feed has doubled since the spring, when the",
                  "rains came late and the first cut of hay was half its usual",
                  "size, so the family has sold eight of its heifers to pay."),
)


def _rule(i: str, x: int, y: int, w: int, h: int) -> Block:
    return Block(i, RULE, (), Box(x, y, w, h))


def _box(title: Box, words: str, top_y: int, under_y: int, under_x0: int = 1310,
         under_x1: int = 2330, sides: bool = True) -> tuple[Block, ...]:
    """A box from x 1290 to 2340: its top rule at ``top_y`` (18 px), the title, the rule
    under it at ``under_y`` from ``under_x0`` to ``under_x1``, then a brief's head and
    text; its side rules down from the top rule past the brief."""
    side = (_rule("r3", 1266, top_y, 24, 900), _rule("r4", 2340, top_y, 24, 900)) if sides else ()
    return (
        _rule("r1", 1290, top_y, 1050, 18),
        *side,
        scanned_block("title", BODY, title, words),
        _rule("r2", under_x0, under_y, under_x1 - under_x0, 18),
        scanned_block("h2", BlockKind.HEADLINE, Box(1310, under_y + 40, 300, 44), "Correction"),
        scanned_block("t2", BODY, Box(1310, under_y + 100, 1010, 150),
                      "A story on Page A3 on Tuesday gave the wrong date for the",
                      "county fair's opening day. It opens on Friday, July 5."),
    )


def _page(blocks: tuple[Block, ...]) -> Page:
    return Page("p", IMAGE_SOURCE, "en", (2480, 3508), blocks=blocks,
                reading_order=tuple(b.id for b in blocks))


def _kind(blocks: tuple[Block, ...]) -> BlockKind:
    page = classify(_page(blocks), profile=load_profile(None))
    return next(b.kind for b in page.blocks if b.id == "title")


def test_a_title_whose_ink_reaches_into_the_box_s_top_rule_is_furniture() -> None:
    """S7 s884: ``Around the region``, its line 67 px high, 7 px into the top rule."""
    blocks = (*STORY, *_box(Box(1640, 411, 400, 70), "Around the region", 400, 490))
    assert _kind(blocks) is BlockKind.FURNITURE


def test_a_title_whose_ink_reaches_into_the_rule_under_it_is_furniture() -> None:
    """S3 s833: ``ON THE COAST``, 5 px into the rule under it."""
    blocks = (*STORY, *_box(Box(1650, 444, 330, 50), "ON THE COAST", 400, 489))
    assert _kind(blocks) is BlockKind.FURNITURE


def test_a_title_as_wide_as_its_box_over_an_inset_rule_is_furniture() -> None:
    """S5 s855: ``JALONG THE COAST``, a speck of the side rule read with it, the rule under
    it inset 20 px each side (90% of the line's width)."""
    blocks = (*STORY, *_box(Box(1292, 440, 1046, 40), "JALONG THE COAST", 400, 506,
                            under_x0=1346, under_x1=2290))
    assert _kind(blocks) is BlockKind.FURNITURE


def test_the_title_is_no_article_and_the_briefs_keep_their_text() -> None:
    """Read by the stages, the title is the page's furniture, no story's text."""
    prof = load_profile(None)
    blocks = (*STORY, *_box(Box(1640, 411, 400, 70), "Around the region", 400, 490))
    page = run_stages(_page(blocks), default_stages(prof, correct=False), prof)
    assert not any("title" in a.block_ids for a in page.articles)
    brief = next(a for a in page.articles if "h2" in a.block_ids)
    assert "county fair" in " ".join(brief.paragraphs)


def test_a_line_between_two_rules_outside_a_box_stays_text() -> None:
    """Guard: no side rules (a one-line item between two rules in a column, a table's
    row): nothing says it is a box's title."""
    blocks = (*STORY, *_box(Box(1640, 411, 400, 70), "Around the region", 400, 490,
                            sides=False))
    assert _kind(blocks) is BlockKind.BODY


def test_text_beside_the_title_between_the_rules_keeps_it_text() -> None:
    """Guard: a second piece of text between the same two rules (a row of a ruled
    table, a date beside a name): the line is no title alone over its box."""
    blocks = (*STORY, *_box(Box(1640, 411, 400, 70), "Around the region", 400, 490),
              scanned_block("beside", BODY, Box(2100, 415, 200, 60), "A4"))
    assert _kind(blocks) is BlockKind.BODY


def test_a_long_line_between_a_box_s_rules_stays_text() -> None:
    """Guard: a line wider than a label (``furniture.LABEL_EMS``) is running text."""
    words = "The county fair opens on Friday with rides, a parade and fireworks at nine"
    blocks = (*STORY, *_box(Box(1310, 411, 1020, 70), words, 400, 490))
    assert _kind(blocks) is BlockKind.BODY


def test_a_line_between_two_rules_in_a_ruled_column_stays_text() -> None:
    """Guard: the page's column rules left and right, far from the two rules' ends (a
    one-line item between two short rules in a column of a ruled page): they are no
    box's sides, and the line is no title (review of the forty-second session)."""
    columns = (_rule("c1", 100, 300, 12, 2900), _rule("c2", 2420, 300, 12, 2900))
    blocks = (*STORY, *columns, *_box(Box(1640, 411, 400, 70), "Around the region", 400, 490,
                                      sides=False))
    assert _kind(blocks) is BlockKind.BODY
