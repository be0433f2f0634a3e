"""A heading parted from its story: the story cut in two under it, its heading left with
a piece that holds none of its text (forty-eighth session's census of fresh draws).

Two cuts, each met on two pages of the draw:

- a speck or a heading's glyph feet boxed as a short rule between the headline and its
  deck, half the narrower block wide: the stack was parted at it, the kicker and
  headline left a group of their own, headless of text
  (``heading_beside.specks_in_stacks``, ``STACK_SPECK_SHARE``);
- a byline wrapped in a narrow column (its names on lines of their own under ``By``),
  or a post's line alone under the heading with no ``By`` (an agency's reporter): the
  dateline under it opened another story, and the heading kept only the signature
  (``briefs.byline_only``).

Blocks as layout and recognition leave them on a 300 dpi page, in the scan path's order;
the words are this file's own.
"""

from __future__ import annotations

from conftest import assembled_scan as _assembled
from conftest import scanned_block as _block

from ocr.model import Article, Block, BlockKind, Box, Page

B, H, K, S, Y = (BlockKind.BODY, BlockKind.HEADLINE, BlockKind.KICKER,
                 BlockKind.SUBHEADLINE, BlockKind.BYLINE)


def _owner(page: Page, block: str) -> str:
    (article,) = [a.id for a in page.articles if block in a.block_ids]
    return article


def _article(page: Page, block: str) -> Article:
    return next(a for a in page.articles if a.id == _owner(page, block))


def _fair(rule: Box) -> list[Block]:
    """A column's stack on a heavy scan: a kicker, a one-word headline read short of its
    first letters, a box the layout took for a rule, a deck in italics over the column,
    its byline and text."""
    return [
        _block("k", K, Box(1856, 397, 190, 28), "COUNTY FAIR"),
        _block("h", H, Box(1941, 434, 358, 87), "Blue ribbon!"),
        Block("r", BlockKind.RULE, (), rule),
        _block("d", S, Box(1851, 534, 512, 190), "A nine-year-old from Halden",
               "raises the heaviest lamb the show", "has weighed in forty years"),
        _block("y", Y, Box(1851, 760, 275, 43), "Our correspondent"),
        _block("t", B, Box(1834, 807, 547, 600), "HALDEN — Rosie Vance led her lamb",
               "into the ring on Saturday and out of it", "with the fair's top prize."),
    ]


def test_a_rule_half_the_headline_wide_inside_a_stack_parts_nothing() -> None:
    """187 px against the headline's 358 (0.52): a speck or the type's feet, no border."""
    page = _assembled(_fair(Box(1855, 486, 187, 5)))
    story = _owner(page, "t")
    assert [_owner(page, b) for b in ("k", "h", "d", "y")] == [story] * 4
    article = _article(page, "t")
    assert article.kicker == "COUNTY FAIR"
    assert article.headlines == ("Blue ribbon!",)


def test_a_border_rule_broken_at_its_ends_still_parts_two_stacks() -> None:
    """A rule most of the narrower block wide (a border a heavy scan broke short) between
    a deck and the next story's headline still ends the story above it."""
    upper = [
        _block("h0", H, Box(1851, 100, 512, 90), "Harbour dues rise"),
        _block("d0", S, Box(1851, 200, 358, 90), "Fishing boats exempt until", "spring"),
    ]
    rule = Block("r", BlockKind.RULE, (), Box(1851, 300, 300, 5))
    page = _assembled([*upper, rule, *(b for b in _fair(rule.box)[1:] if b.id != "r")])
    assert _owner(page, "d0") != _owner(page, "t")
    assert _owner(page, "h") == _owner(page, "t")


def _strike(byline: list[Block]) -> list[Block]:
    """A two-column headline over a story whose first column is 330 px wide: its
    signature, the dateline's block, then the story's second column."""
    return [
        _block("h", H, Box(115, 1889, 1100, 184), "Dockers walk out; talks",
               "collapse over night shifts"),
        *byline,
        _block("t1", B, Box(117, 2614, 331, 80), "KESTREL BAY",
               "— About 90 dockers at the"),
        _block("t2", B, Box(501, 2453, 332, 240), "grain terminal stopped work",
               "at dawn on Thursday, the first", "strike at the port since 1994."),
    ]


def test_a_byline_wrapped_over_its_names_keeps_the_dateline_in_the_story() -> None:
    page = _assembled(_strike([
        _block("y", Y, Box(117, 2454, 332, 40), "By MARTA"),
        _block("n", B, Box(117, 2494, 332, 80), "OYELARAN and", "PIETER DU TOIT"),
        _block("p", B, Box(118, 2574, 332, 40), "Herald Staff"),
    ]))
    story = _owner(page, "h")
    assert [_owner(page, b) for b in ("y", "n", "p", "t1", "t2")] == [story] * 5


def test_a_post_alone_under_its_heading_keeps_the_dateline_in_the_story() -> None:
    """``NNA Reporter``: the byline with no ``By``, typed text."""
    page = _assembled(_strike([_block("p", B, Box(117, 2574, 211, 29), "NNA Reporter")]))
    story = _owner(page, "h")
    assert [_owner(page, b) for b in ("p", "t1", "t2")] == [story] * 3


def test_a_sentence_under_a_heading_is_text_and_a_dateline_after_it_opens_a_story() -> None:
    """A headed brief's one line that ends its sentence is its text: a dateline block
    under it opens another item, as before."""
    page = _assembled(_strike([_block("p", B, Box(117, 2574, 331, 29), "Talks resume today.")]))
    assert _owner(page, "p") == _owner(page, "h")
    assert _owner(page, "t1") != _owner(page, "h")


def test_a_byline_s_run_on_line_that_opens_a_sentence_is_text() -> None:
    """Under a byline, lines that read as a sentence going on are the story's text: the
    dateline block after them opens another item, as before."""
    page = _assembled(_strike([
        _block("y", Y, Box(117, 2454, 332, 40), "By MARTA OYELARAN"),
        _block("n", B, Box(117, 2494, 332, 80), "Crews worked through", "the night to clear it."),
    ]))
    assert _owner(page, "n") == _owner(page, "h")
    assert _owner(page, "t1") != _owner(page, "h")
