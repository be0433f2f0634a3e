"""The byline fixes what stands around it on a scan (``kinds_by_place.decks_by_byline``):
a few lines between a story's heading and its byline are the deck, whatever their type
measured; a line right under a byline taken for a deck is the writer's post; a bold
byline wrapped over two lines, measured as a heading, is a byline (held-out S3 s835,
s836, s829: the byline opened an article of its own, the heading cut off its story)."""

from __future__ import annotations

import dataclasses

from conftest import IMAGE_SOURCE as SRC
from conftest import column_lines as _zh_lines
from conftest import scanned_block as _block

from ocr.assemble import assemble
from ocr.classify import classify
from ocr.marked_parts import split_marked
from ocr.model import BlockKind, Box, Page
from ocr.profiles import load_profile

ZH = load_profile().patterns("zh")
TEXT = ("HARBOR POINT — The county ferry will run a second boat on weekday mornings",
        "from March, the transit board decided on Tuesday after a year of complaints",
        "about crowded decks and cars left waiting at the landing.")


def _sized(block, size: float = 10.0):  # type: ignore[no-untyped-def]
    return dataclasses.replace(block, font_size=size)


def _story(deck_kind: BlockKind, deck_lines: int = 3) -> Page:
    deck = ("Second boat on weekday mornings after riders waited", "an hour at the landing",
            "all winter", "long", "and longer", "still")[:deck_lines]
    blocks = (
        _block("head", BlockKind.HEADLINE, Box(140, 400, 660, 110),
               "Ferry adds a morning run"),
        _block("deck", deck_kind, Box(140, 525, 640, 40 * deck_lines), *deck),
        _block("by", BlockKind.BYLINE, Box(142, 535 + 40 * deck_lines, 400, 38),
               "By NORA QUILLAN"),
        _sized(_block("text", BlockKind.BODY, Box(142, 585 + 40 * deck_lines, 640, 120),
                      *TEXT)),
    )
    return classify(Page("p", SRC, "en", (2480, 3508), blocks=blocks))


def _kind(page: Page, i: str) -> BlockKind:
    return next(b.kind for b in page.blocks if b.id == i)


def test_lines_between_a_heading_and_its_byline_are_the_deck() -> None:
    page = _story(BlockKind.BODY)
    assert _kind(page, "deck") is BlockKind.SUBHEADLINE
    (story,) = assemble(page).articles
    assert story.headlines == ("Ferry adds a morning run",)
    assert story.subheadline is not None and story.subheadline.endswith("all winter")
    assert story.byline == "By NORA QUILLAN"
    assert story.paragraphs[0].startswith(("HARBOR POINT", "The county ferry"))


def test_as_many_lines_as_a_story_s_text_stay_text() -> None:
    assert _kind(_story(BlockKind.BODY, deck_lines=6), "deck") is BlockKind.BODY


def _signed(post_kind: BlockKind) -> Page:
    blocks = (
        _block("head", BlockKind.HEADLINE, Box(100, 400, 1700, 110),
               "Can the old cannery pier be saved?"),
        _block("deck", BlockKind.SUBHEADLINE, Box(100, 525, 1600, 50),
               "Engineers give the pilings five years; the port wants a plan by spring"),
        # bold, wrapped in a narrow column: measured as a heading in the body's size
        _sized(_block("by", BlockKind.HEADLINE, Box(100, 610, 230, 80), "By ODETTE",
                      "FARNSWORTH"), 10.5),
        _sized(_block("post", post_kind, Box(100, 700, 260, 34), "Waterfront Reporter"),
               10.0),
        _sized(_block("text", BlockKind.BODY, Box(100, 750, 360, 400), *TEXT)),
    )
    return classify(Page("p", SRC, "en", (2480, 3508), blocks=blocks))


def test_a_wrapped_bold_byline_and_the_post_under_it_sign_the_story() -> None:
    page = _signed(BlockKind.SUBHEADLINE)
    assert _kind(page, "by") is BlockKind.BYLINE
    assert _kind(page, "post") is BlockKind.BYLINE
    (story,) = assemble(page).articles
    assert story.subheadline is not None and story.subheadline.startswith("Engineers")
    assert story.byline is not None and "FARNSWORTH" in story.byline


def _briefs(opening: str) -> Page:
    blocks = (
        _block("head", BlockKind.HEADLINE, Box(100, 400, 300, 40), "夜间施工"),
        _block("brief", BlockKind.BODY, Box(100, 450, 480, 80),
               "滨河路今晚二十二时起封闭施工，", "请车辆绕行。"),
        _block("by", BlockKind.BYLINE, Box(100, 545, 480, 40), opening),
        _sized(_block("text", BlockKind.BODY, Box(100, 595, 480, 160),
                      "市体育中心游泳馆将于下周一恢复开放，", "开放时间为每日八时至二十一时。")),
    )
    return classify(Page("p", SRC, "zh", (2480, 3508), blocks=blocks))


def test_a_brief_over_the_next_news_item_s_opening_stays_text() -> None:
    """``本报讯（记者…）`` opens a news item that needs no heading of its own."""
    assert _kind(_briefs("本报讯（记者 程雨桐）"), "brief") is BlockKind.BODY


def test_a_brief_over_another_brief_s_head_and_byline_stays_text() -> None:
    page = classify(Page("p", SRC, "en", (2480, 3508), blocks=(
        _block("head", BlockKind.HEADLINE, Box(100, 400, 400, 40), "Library hours"),
        _block("brief", BlockKind.BODY, Box(100, 450, 480, 80),
               "The main library opens at 9 a.m.", "on Saturdays from next week."),
        _block("head2", BlockKind.HEADLINE, Box(100, 545, 400, 40), "Pool reopens"),
        _block("by", BlockKind.BYLINE, Box(100, 560, 400, 38), "By NORA QUILLAN"),
        _sized(_block("text", BlockKind.BODY, Box(100, 610, 480, 120), *TEXT)),
    )))
    assert _kind(page, "brief") is BlockKind.BODY


def test_a_deck_over_a_byline_line_of_its_own_set_flush() -> None:
    """Layout joined a deck in the body's size with the story's text under a heading; the
    writer's byline stands on a line of its own, flush, not indented as a paragraph
    opens: the lines over it are the deck (``marked_parts._deck_over_byline``)."""
    column = _zh_lines(("老城区雨污分流改造完工，", 0.0), ("二十六条背街小巷不再积水", 0.0),
                       ("本报记者 宋知行", 0.0), ("入冬前，城东片区最后一段雨污", 2.0),
                       ("分流管网接通，改造全部完工。", 0.0))
    parts = split_marked(BlockKind.BODY, column, ZH, deck_lines=3)
    assert [(k, len(p)) for k, p in parts] == [
        (BlockKind.SUBHEADLINE, 2), (BlockKind.BYLINE, 1), (BlockKind.BODY, 2)]
    # a paragraph's flush lines over a writer's line with no heading over them: no deck
    assert [k for k, _ in split_marked(BlockKind.BODY, column, ZH)][0] is BlockKind.BODY


def _lead(byline_x: int) -> Page:
    """A lead: headline, a deck whose last line (``its doors.``, x-height letters) was
    measured as text, the story's photo (its pale top found a line or two low), the
    caption, then the byline and the text."""
    blocks = (
        _block("head", BlockKind.HEADLINE, Box(130, 490, 1360, 230),
               "Will the old mill town keep", "its library?"),
        _block("deck", BlockKind.SUBHEADLINE, Box(130, 722, 1370, 68),
               "Circulation is down a third since 2019. The county wants to close"),
        _sized(_block("tail", BlockKind.BODY, Box(132, 808, 280, 43), "its doors."), 9.9),
        _block("photo", BlockKind.ILLUSTRATION, Box(140, 930, 1440, 220)),
        _block("cap", BlockKind.CAPTION, Box(136, 1160, 1440, 80),
               "Readers at the branch's long table on a Saturday morning."),
        _block("by", BlockKind.BYLINE, Box(byline_x, 1290, 480, 40), "By NORA QUILLAN"),
        _sized(_block("text", BlockKind.BODY, Box(byline_x, 1345, 640, 120), *TEXT)),
    )
    return classify(Page("p", SRC, "en", (2480, 3508), blocks=blocks))


def test_a_deck_s_last_line_over_the_lead_s_photo_is_the_deck_s() -> None:
    page = _lead(132)
    assert _kind(page, "tail") is BlockKind.SUBHEADLINE
    (story,) = [a for a in assemble(page).articles if a.headlines]
    assert story.byline == "By NORA QUILLAN"
    assert story.paragraphs and "ferry" in story.paragraphs[-1]


def test_a_byline_under_the_photo_in_another_column_makes_no_deck() -> None:
    assert _kind(_lead(900), "tail") is BlockKind.BODY


def _posted(post: str, post_kind: BlockKind, under: str) -> Page:
    """A headline and deck over three columns; in the first the byline, a line of its
    own under it, then the text (held-out S4 s843, s847: ``Political editor`` read as a
    deck, ``Times staff`` as text; either made the text open an article of its own)."""
    blocks = (
        _block("head", BlockKind.HEADLINE, Box(120, 1740, 1450, 130),
               "Voters back a rise in the harbor fees"),
        _block("deck", BlockKind.SUBHEADLINE, Box(122, 1900, 1250, 36),
               "The increase pays for a new pier and two more ferry crews"),
        _block("by", BlockKind.BYLINE, Box(124, 1965, 300, 32), "By Ellen Quarry"),
        _sized(_block("post", post_kind, Box(122, 2004, 200, 26), post), 7.0),
        _sized(_block("text", BlockKind.BODY, Box(123, 2045, 318, 400), under, *TEXT[1:])),
        _sized(_block("next", BlockKind.BODY, Box(506, 1965, 318, 480),
                      "at the landing. The board said the fee", "would rise by a quarter.")),
    )
    return classify(Page("p", SRC, "en", (2480, 3508), blocks=blocks))


def test_a_post_in_sentence_case_under_a_byline_signs_the_story() -> None:
    for post, kind in (("Political editor", BlockKind.SUBHEADLINE),
                       ("Times staff", BlockKind.BODY)):
        page = _posted(post, kind, "Harbor voters on Tuesday narrowly")
        assert _kind(page, "post") is BlockKind.BYLINE, post
        (story,) = assemble(page).articles
        assert story.headlines == ("Voters back a rise in the harbor fees",)
        assert story.byline is not None and post in story.byline


def test_a_line_under_a_byline_whose_sentence_goes_on_is_the_text() -> None:
    """``The port's new editor`` / ``said on Monday…``: the story's first line."""
    page = _posted("The port’s new editor", BlockKind.BODY, "said on Monday that the fees")
    assert _kind(page, "post") is BlockKind.BODY
