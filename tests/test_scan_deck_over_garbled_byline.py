"""A Chinese deck boxed with its story's text over a byline Tesseract garbled (issue 10,
thirty-eighth session; held-out S5 s849: ``少儿阅览区搬上项楼，新`` / ``增创客空间和30个自习座``
/ ``位`` over ``衣计只柯雨睛记者沈墨报``, printed ``通讯员 柯雨晴 记者 沈墨 报道``; S8 s890:
``外卖小哥跳进枫溪河救起落水老`` / ``人送完最后一单才去换衣服.`` over ``轩本报记者让小川“``,
printed ``■本报记者 邝小川``). No byline pattern takes the misread line, so the deck was
the story's first paragraph and its lines headed nothing. A story's text opens under its
byline: a line naming a reporter (记者 and a name, no sentence's mark) with a paragraph
opening indented under it is the byline, and the lines over it the deck
(``deck_lines.garbled_byline``). A half-width stop after a Han letter is a speck, no
sentence's end (``deck_lines._SPECK_STOP``). The blocks are set as layout and recognition
leave them (S5 s849's boxes and sizes), each word boxed, each line's indent measured."""

from __future__ import annotations

import re

from conftest import IMAGE_SOURCE as SRC

from ocr.assemble import assemble
from ocr.classify import classify
from ocr.model import Article, Block, BlockKind, Box, Line, Page, Word
from ocr.order import order

B, H, K = BlockKind.BODY, BlockKind.HEADLINE, BlockKind.KICKER
X = 1836  # the story's column (S5 s849, 497 px wide)


def _line(text: str, y: int, size: int, indent: float = 0.0) -> Line:
    """A line of ``size`` px type set ``indent`` characters in, each character (a run of
    digits) boxed as Tesseract boxes a Chinese line's words."""
    left = x = X + round(indent * size)
    words = []
    for ch in re.findall(r"[0-9A-Za-z]+|\S", text):
        words.append(Word(ch, Box(left, y, size * len(ch), size)))
        left += size * len(ch) + 4
    return Line(tuple(words), Box(x, y, left - x, size + 16), indent=indent)


TEXT = [("12月12日上午9时，市", 2.0), ("图书馆老馆门前排起了长", 0.0),
        ("队，不少家长带着孩子早早", 0.0), ("等候。闭馆改造二十个月", 0.0),
        ("后，这座建于上世纪五十年", 0.0), ("代的老馆重新向读者开放。", 0.0)]


def _page(deck: list[str], byline: str, text: list[tuple[str, float]] = TEXT,
          deck_size: int = 41) -> Page:
    """S5 s849's story: kicker and headline blocks, then one text block that holds the
    deck (41 px type), the byline and the text (36 px), as layout boxed them."""
    lines, y = [], 2726
    for t in deck:
        lines.append(_line(t, y, deck_size))
        y += deck_size + 14
    for t, indent in [(byline, 0.0), *text]:
        lines.append(_line(t, y, 36, indent))
        y += 48
    blocks = (
        Block("b1", K, (_line("文化", 2413, 30),), Box(X, 2413, 61, 32)),
        Block("b2", H, tuple(_line(t, 2468 + 80 * i, 64) for i, t in
                             enumerate(("闭馆二十个月", "老图书馆“回", "来”了"))),
              Box(X, 2468, 431, 244)),
        Block("b3", B, tuple(lines), Box(X, 2726, 497, y - 2726)),
    )
    return Page("p", SRC, "zh", (2480, 3508), blocks=blocks)


def _story(page: Page) -> Article:
    articles = assemble(order(classify(page))).articles
    assert len(articles) == 1
    return articles[0]


S849_DECK = ["少儿阅览区搬上项楼，新", "增创客空间和30个自习座", "位"]


def test_a_deck_over_a_byline_misread_past_its_post_is_the_deck() -> None:
    """S5 s849: the first writer's post and name misread (``衣计只柯雨睛``), ``报道``'s
    ``道`` lost: the three lines over it are the deck, the text opens under it."""
    art = _story(_page(S849_DECK, "衣计只柯雨睛记者沈墨报"))
    assert art.subheadline == "少儿阅览区搬上项楼，新增创客空间和30个自习座位"
    assert art.paragraphs[0].startswith("衣计只柯雨睛记者沈墨报")


def test_a_deck_ending_on_a_speck_over_a_misread_box_and_name_is_the_deck() -> None:
    """S8 s890: the byline's box read ``轩``, a speck after its name read ``“``, and a
    speck read as a stop at the end of the deck's last line."""
    art = _story(_page(["外卖小哥跳进枫溪河救起落水老", "人送完最后一单才去换衣服."],
                       "轩本报记者让小川“"))
    assert art.subheadline == "外卖小哥跳进枫溪河救起落水老人送完最后一单才去换衣服."


def test_a_line_naming_a_reporter_in_running_text_is_no_byline() -> None:
    """The story's text opens under its headline (in the text's type: a deck's may be
    no larger); a line of it names a reporter (``一位市民告诉记者这里的``) and goes on
    flush in the line under it: no paragraph opens there, so it is no byline, and the
    lines over it no deck."""
    lead = ["昨天上午，图书馆老馆门前排起", "了长队，家长们带着孩子早早等"]
    art = _story(_page(lead, "候着一位市民告诉记者这里的",
                       [("书比以前多了一倍，孩子们很喜", 0.0), *TEXT[1:]], deck_size=36))
    assert art.subheadline is None
    assert art.paragraphs[0].startswith("昨天上午")


def test_a_reporter_s_line_with_a_sentence_s_mark_is_no_byline() -> None:
    art = _story(_page(S849_DECK, "市民告诉记者，这里好"))
    assert art.subheadline is None
    assert art.paragraphs[0].startswith("少儿阅览区")


def test_a_line_ending_on_a_chinese_stop_stays_text() -> None:
    art = _story(_page(["少儿阅览区搬上项楼。", "增创客空间和30个自习座"],
                       "衣计只柯雨睛记者沈墨报"))
    assert art.subheadline is None
