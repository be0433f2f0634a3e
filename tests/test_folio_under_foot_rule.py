"""The folio line read as text under a heavy, tilted page's foot rule (held-out S3 s830,
s833, issue 10).

A page turned a degree or so has a foot rule whose box is 30-60 px tall (the rule runs
downhill across it), and the folio's top reaches into that box; grain under the rule is
boxed as specks of its own. The layout's foot rule (``layout.page_rules.foot_rule``)
wants every piece under the rule's middle and none crossing it, so it left the folio as
text, an article of its own after the stories. The page is set here as a scan's blocks
and rules (kinds as the layout gave them), and read by the stages.
"""

from __future__ import annotations

from conftest import IMAGE_SOURCE, scanned_block

from ocr.classify import classify
from ocr.model import Block, BlockKind, Box, Page
from ocr.pipeline import default_stages, run_stages
from ocr.profiles import load_profile

BODY, HEADLINE, RULE = BlockKind.BODY, BlockKind.HEADLINE, BlockKind.RULE

WORDS = ("The county will pave the road to the quarry next spring, the council said",
         "on Tuesday, after a winter in which the school bus twice slid off it and")


def _story(n: int, x: int, y: int, lines: int) -> tuple[Block, ...]:
    """A headline and a column of text ``lines`` lines deep (42 px a line) at ``x``."""
    return (
        scanned_block(f"h{n}", HEADLINE, Box(x, y, 1050, 110), f"Story number {n} heads here"),
        scanned_block(f"t{n}", BODY, Box(x, y + 150, 1050, 42 * lines),
                      *(WORDS[k % 2] for k in range(lines))),
    )


#: Two stories side by side down to y 3238, as a heavy page's columns.
STORIES = (*_story(1, 140, 420, 64), *_story(2, 1290, 420, 64))


def _rule(i: str, x: int, y: int, w: int, h: int) -> Block:
    return Block(i, RULE, (), Box(x, y, w, h))


#: The foot rule of a page turned about 1.2 degrees: 2200 px long, its box 50 px tall.
FOOT_RULE = _rule("foot", 140, 3262, 2200, 50)
#: The folio under it in two pieces (S3 s833's), the left one's top inside the rule's box
#: (over its middle, 3287), the right one lower (the page runs downhill to the right).
FOLIO = (scanned_block("folio1", BODY, Box(150, 3280, 420, 44), "A2_ The Ledger"),
         scanned_block("folio2", BODY, Box(1800, 3318, 520, 44), "FRI., NOV. 13, 2026"))


def _page(*blocks: Block) -> Page:
    return Page("p", IMAGE_SOURCE, "en", (2480, 3508), blocks=blocks,
                reading_order=tuple(b.id for b in blocks))


def _kinds(*blocks: Block) -> dict[str, BlockKind]:
    page = classify(_page(*blocks), profile=load_profile(None))
    return {b.id: b.kind for b in page.blocks}


def test_the_folio_under_a_tilted_foot_rule_is_furniture() -> None:
    """S3 s833: both pieces, the left one's top inside the rule's box."""
    kinds = _kinds(*STORIES, FOOT_RULE, *FOLIO)
    assert kinds["folio1"] is BlockKind.FURNITURE
    assert kinds["folio2"] is BlockKind.FURNITURE
    assert kinds["t1"] is BODY and kinds["t2"] is BODY


def test_a_misread_chinese_folio_under_the_foot_rule_is_furniture() -> None:
    """S3 s830: ``第?版”沙河晚报。206年11月`` / ``16卓星期一``, words no marker knows."""
    folio = (scanned_block("folio1", BODY, Box(150, 3282, 700, 40), "第?版”沙河晚报。206年11月"),
             scanned_block("folio2", BODY, Box(880, 3296, 260, 40), "16卓星期一"))
    kinds = _kinds(*STORIES, FOOT_RULE, *folio)
    assert kinds["folio1"] is BlockKind.FURNITURE and kinds["folio2"] is BlockKind.FURNITURE


def test_the_folio_is_no_article_and_the_stories_keep_their_text() -> None:
    """Read by the stages, the folio is the page's furniture, no story's last words."""
    prof = load_profile(None)
    page = run_stages(_page(*STORIES, FOOT_RULE, *FOLIO), default_stages(prof, correct=False),
                      prof)
    assert not any({"folio1", "folio2"} & set(a.block_ids) for a in page.articles)
    assert any("t1" in a.block_ids for a in page.articles)


def test_a_speck_beside_the_folio_stays_as_read() -> None:
    """Guard: a speck of grain under the rule (S5 s851's ``ie``, 14 px high beside 44 px
    type) is no piece of the folio; the folio is still taken."""
    speck = scanned_block("speck", BODY, Box(1300, 3330, 24, 14), "ie")
    kinds = _kinds(*STORIES, FOOT_RULE, *FOLIO, speck)
    assert kinds["speck"] is BODY
    assert kinds["folio1"] is BlockKind.FURNITURE


def test_specks_alone_under_the_foot_rule_stay_as_read() -> None:
    """Guard: one or two characters under the rule, however tall (a stroke's fragment read
    as ``训2``), and a short piece under half the folio's height: nothing is a folio."""
    specks = (scanned_block("s1", BODY, Box(900, 3300, 60, 40), "训2"),
              scanned_block("s2", BODY, Box(1300, 3330, 90, 12), "iei"))
    kinds = _kinds(*STORIES, FOOT_RULE, *specks)
    assert kinds["s1"] is BODY


def _over_dark_edge(speck_text: str) -> dict[str, BlockKind]:
    """S6 s866's foot: the folio's two pieces under the printed foot rule, the scan's dark
    lower edge found as a rule across the whole page under them, a speck of grain (10 px
    high beside 37 px type) read as ``speck_text`` under the edge."""
    edge = _rule("edge", 0, 3423, 2480, 85)
    speck = scanned_block("speck", BODY, Box(4, 3471, 123, 10), speck_text)
    folio = (scanned_block("folio1", BODY, Box(521, 3335, 164, 38), "2026年12月"),
             scanned_block("folio2", BODY, Box(694, 3331, 183, 37), "14日星期一"))
    return _kinds(*STORIES, FOOT_RULE, *folio, edge, speck)


def test_the_folio_is_taken_over_a_heavy_scan_s_dark_lower_edge() -> None:
    """S6 s866: the scan's dark lower edge is found as a rule across the whole page, 85 px
    tall, a speck (``训2``) under it; the printed foot rule is the one over the folio."""
    kinds = _over_dark_edge("训2")
    assert kinds["folio1"] is BlockKind.FURNITURE and kinds["folio2"] is BlockKind.FURNITURE
    assert kinds["speck"] is BODY


def test_a_story_s_last_line_under_a_mid_page_rule_stays_text() -> None:
    """Guard: a rule across the page in its middle, a story's last line under it, then
    the next stories below: no foot rule, no folio."""
    upper = (*_story(1, 140, 420, 28), *_story(2, 1290, 420, 28))
    rule = _rule("mid", 140, 1760, 2200, 44)
    last = scanned_block("last", BODY, Box(150, 1784, 600, 42), "the council said on Friday.")
    lower = (*_story(3, 140, 1900, 30), *_story(4, 1290, 1900, 30))
    kinds = _kinds(*upper, rule, last, *lower)
    assert kinds["last"] is BODY


def test_a_line_under_a_low_rule_beside_a_column_running_past_it_stays_text() -> None:
    """Guard: a rule across most of the page low down, a line under it, but a column beside
    it runs on below the rule: the rule closes a story, it is not the page's foot."""
    left = _story(1, 140, 420, 64)
    right = _story(2, 1290, 420, 68)  # (down to 3406, under the rule)
    line = scanned_block("line", BODY, Box(150, 3280, 500, 44), "said the mayor on Friday night.")
    kinds = _kinds(*left, *right, _rule("low", 140, 3262, 1500, 50), line)
    assert kinds["line"] is BODY


def test_the_folio_is_taken_over_a_dark_edge_with_a_three_letter_speck_under_it() -> None:
    """S6 s866's page with its speck read as three characters (``训2.``, 10 px high beside
    37 px type): grain under the scan's dark lower edge is grain whatever it reads, so the
    printed foot rule over the folio is still the page's (review rev53: a speck is told
    by its characters alone when it stands alone, and the edge was taken as the foot)."""
    kinds = _over_dark_edge("训2.")
    assert kinds["folio1"] is BlockKind.FURNITURE and kinds["folio2"] is BlockKind.FURNITURE


def test_a_lone_low_speck_under_the_foot_rule_is_no_folio() -> None:
    """The guard's second half as its docstring above says it: a short piece under half
    the page's type height (``iei``, 12 px beside 42 px lines) is no folio (review rev53)."""
    speck = scanned_block("s2", BODY, Box(1300, 3330, 90, 12), "iei")
    kinds = _kinds(*STORIES, FOOT_RULE, speck)
    assert kinds["s2"] is BODY
