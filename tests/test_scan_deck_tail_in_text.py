"""A deck's last line boxed with its story's text (issue 10, forty-fourth session).

Layout boxed the deck's end with the text under it: its last line wrapped right under the
heading (held-out Y2 s970: ``Substitute Kyle Ennis scores in the 89th minute to give
Wrayton`` / ``bragging rights``; S8 s885: ``…家长最关心的是“质`` / ``量”``), or the half of
a deck set across two columns that stands level with the first, over the next column's
text (S6 s861: ``轮渡码头拟迁往东侧600米处，`` | ``17名代表发言``; S3 s830). The line was
the story's first words and the deck fell short of the truth's. Such a line stands where
no line of text does, under the heading's last block or on the row of its last line, and
the white under it is more than the text's leading (``deck_lines.deck_tail``). The blocks
are set as layout and recognition left them on those pages (boxes, sizes, pitches)."""

from __future__ import annotations

import re
from dataclasses import replace

from conftest import IMAGE_SOURCE as SRC

from ocr.assemble import assemble
from ocr.classify import classify
from ocr.model import Article, Block, BlockKind, Box, Line, Page, Word
from ocr.order import order

B, H, K, S, BY = (BlockKind.BODY, BlockKind.HEADLINE, BlockKind.KICKER,
                  BlockKind.SUBHEADLINE, BlockKind.BYLINE)


def _line(text: str, x: int, y: int, size: int, indent: float = 0.0) -> Line:
    """A line of ``size`` px type at ``(x, y)``, each word boxed (a Han letter or a run
    of Latin letters and digits a word, as Tesseract boxes them; Han letters set solid)."""
    words, left = [], x
    for w in re.findall(r"[0-9A-Za-z.,:’'%-]+|\S", text):
        wide = round(size * (0.5 if w.isascii() else 1.0) * len(w))
        words.append(Word(w, Box(left, y, wide, size)))
        left += wide + (size // 3 if w.isascii() else 0)
    return Line(tuple(words), Box(x, y, left - x, size), indent=indent)


def _block(bid: str, kind: BlockKind, lines: list[Line]) -> Block:
    boxes = [ln.box for ln in lines if ln.box is not None]
    return Block(bid, kind, tuple(lines), Box.enclosing(boxes))


EN_TEXT = ["least another season to end their derby", "hoodoo after Kyle Ennis’s late winner",
           "sent the travelling Wrayton fans home", "happy on Saturday.",
           "A crowd of 1,142, the biggest at Harbour", "Road this season, saw Town lead at",
           "the break through Jordan Hale’s header."]


def _en(first: str, first_y: int, text_y: int = 2493) -> Page:
    """Y2 s970's sports lead: kicker, two headline blocks (the second holds the headline's
    last line and the deck's first), then the first column's text block, whose first line
    is ``first`` at ``first_y``; the text's lines 45 px apart from ``text_y``."""
    x = 1255
    lines = [_line(first, x, first_y, 44)] if first else []
    lines.append(_line("Kelderby Town will have to wait at", x + 42, text_y, 41, indent=1.5))
    lines += [_line(t, x, text_y + 45 * (i + 1), 41) for i, t in enumerate(EN_TEXT)]
    blocks = (
        _block("b1", K, [_line("NON-LEAGUE FOOTBALL", 1252, 1996, 40)]),
        _block("b2", H, [_line("Town 2 Rovers 3: Late", 1343, 2071, 96),
                         _line("sucker punch settles", 1343, 2170, 96)]),
        _block("b3", H, [_line("coast derby", 1566, 2277, 83, indent=6.2),
                         _line("Substitute Kyle Ennis scores in the 89th minute to give Wrayton",
                               1254, 2359, 48)]),
        _block("b4", B, lines),
    )
    return Page("p", SRC, "en", (2480, 3508), blocks=blocks)


ZH_LEFT = ["轮渡码头要不要搬？搬到", "哪里？12月9日下午，市交通", "运输局就第一码头迁建方案召",
           "开听证会，17名市民代表、人", "大代表和专家参加。"]
ZH_RIGHT = ["海岛的主要客运码头，日均客", "流约1.2万人次。根据方案，", "码头将东迁约600米，新码头",
            "可同时停靠6艘客船，并与地", "铁2号线站点连通。"]


def _zh(level: str, right_y: int = 2752) -> Page:
    """S6 s861's story: a headline over two columns, the deck's first half a block in the
    left column (``轮渡码头拟迁往东侧600米处，``), the byline under it, the left column's
    text; the right column's text block opens on ``level``, on the deck's row, its text
    54 px apart from ``right_y``."""
    right = [_line(level, 705, 2677, 40)] if level else []
    right += [_line(t, 688, right_y + 54 * i, 40) for i, t in enumerate(ZH_RIGHT)]
    blocks = (
        _block("b1", H, [_line("老渡口要搬 市民听证会上各", 108, 2491, 80),
                         _line("抒己见", 108, 2591, 80)]),
        _block("b2", S, [_line("轮渡码头拟迁往东侧600米处，", 108, 2675, 42)]),
        _block("b3", BY, [_line("本报记者 许望舒", 108, 2756, 40)]),
        _block("b4", B, [_line(t, 108 + (80 if i == 0 else 0), 2810 + 54 * i, 40,
                               indent=2.0 if i == 0 else 0.0) for i, t in enumerate(ZH_LEFT)]),
        _block("b5", B, right),
    )
    return Page("p", SRC, "zh", (2480, 3508), blocks=blocks)


def _story(page: Page) -> Article:
    """The page's one article. The Chinese page is read in the order the scan path gave
    s861 (the left column's deck, byline and text, then the right column's): its columns
    are wider than the blocks this page holds, and ``order`` alone read the right column
    after the deck."""
    ordered = order(classify(page))
    if page.lang == "zh":
        ordered = replace(ordered, reading_order=tuple(b.id for b in page.blocks))
    articles = assemble(ordered).articles
    assert len(articles) == 1
    return articles[0]


def test_a_deck_s_wrapped_last_line_boxed_with_the_text_is_the_deck_s() -> None:
    """Y2 s970: ``bragging rights``, flush under the heading, 75 px over the text's
    first line where the text's lines are 45 apart."""
    art = _story(_en("bragging rights", 2418))
    assert art.subheadline is not None and art.subheadline.endswith("bragging rights")
    assert art.paragraphs[0].startswith("Kelderby Town")


def test_a_deck_s_half_across_the_gutter_boxed_with_the_next_column_s_text() -> None:
    """S6 s861: ``17名代表发言`` on the deck's row right of it, 82 px over the right
    column's text, whose lines are 54 apart."""
    art = _story(_zh("17名代表发言"))
    assert art.subheadline == "轮渡码头拟迁往东侧600米处，17名代表发言"
    assert not any("17名代表发言" in p for p in art.paragraphs)


def test_a_story_s_first_line_at_the_text_s_pitch_stays_text() -> None:
    """The story's text opens under its heading: its first line is set off by no more
    than its leading, whatever it says."""
    art = _story(_en("the harbour wall on Saturday when", 2448))
    assert art.subheadline is None or not art.subheadline.endswith("Saturday when")
    assert art.paragraphs[0].startswith("the harbour wall")


def test_a_line_ending_a_sentence_stays_text() -> None:
    art = _story(_en("He scored twice.", 2418))
    assert art.paragraphs[0].startswith("He scored twice.")


def test_a_byline_s_wrapped_rest_over_the_text_stays_the_byline_s() -> None:
    """S6 s863: ``习记者 骆青禾``, the rest of a byline wrapped under the deck, with white
    under it: a byline, no deck's end."""
    art = _story(_zh("习记者 骆青禾"))
    assert art.subheadline == "轮渡码头拟迁往东侧600米处，"


def test_a_column_s_first_line_level_with_the_headline_stays_text() -> None:
    """S12 s950: the next column's first line (``五分钟就是地铁口``, the sentence the column
    before left open) stands level with the headline's last line, in body type beside the
    headline's: no deck's half, which is set in the deck's own type."""
    right = [_line("五分钟就是地铁口", 400, 2611, 40)]
    right += [_line(t, 400, 2701 + 54 * i, 40) for i, t in enumerate(ZH_RIGHT)]
    blocks = (
        _block("b1", H, [_line("老渡口要搬 市民听证会上各", 108, 2491, 80),
                         _line("抒己见", 108, 2591, 80)]),
        _block("b4", B, [_line(t, 108 + (80 if i == 0 else 0), 2690 + 54 * i, 40,
                               indent=2.0 if i == 0 else 0.0) for i, t in enumerate(ZH_LEFT)]),
        _block("b5", B, right),
    )
    art = _story(Page("p", SRC, "zh", (2480, 3508), blocks=blocks))
    assert art.subheadline is None or "五分钟" not in art.subheadline
    assert any("五分钟就是地铁口" in p for p in art.paragraphs)
