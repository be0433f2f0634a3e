"""Headlines and kickers on another engine's page: Tesseract's hOCR and ALTO cut a wrapped
headline into zones (a last word on its own, a line in two) and say nothing of the kicker
over it, which then went to the story above as body text."""

from __future__ import annotations

import dataclasses
import subprocess
from pathlib import Path

import pytest
from conftest import FIXTURES

import ocr
from ocr.heading_roles import _rewrapped
from ocr.layout.engine_kinds import furniture_over_top_rule, kickers_over_headlines
from ocr.model import Article, Block, BlockKind, Box, Line, Page, Source, Word

PAGE = FIXTURES / "images" / "en-4col-grey16.png"


@pytest.mark.parametrize("form", ["hocr", "alto"])
def test_tesseract_zones_give_whole_headlines_and_their_kickers(form: str, tmp_path: Path) -> None:
    """The page read by plain Tesseract (one run, its own layout), then by newsocr."""
    subprocess.run(["tesseract", str(PAGE), str(tmp_path / "page"), "-l", "eng", form],
                   check=True, capture_output=True, timeout=300,
                   env={"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin"})
    page = ocr.process(tmp_path / ("page.hocr" if form == "hocr" else "page.xml"),
                       correct=False)
    heads = {" ".join(a.headlines): a.kicker for a in page.articles}
    assert heads["Hospital Adds Beds as Winter Cases Rise"] == "COMMUNITY"
    assert heads["Tigers Win Title in Overtime Thriller"] is None
    # (Tesseract's ALTO reads the last word, ``Season``, in body-sized type)
    shops = "Downtown Shops Report Busy Holiday" + (" Season" if form == "hocr" else "")
    assert heads[shops] == "LOCAL ECONOMY"
    assert not any(a.subheadline for a in page.articles)


def _block(bid: str, text: str, x: int, y: int, h: int, kind: BlockKind = BlockKind.HEADLINE,
           width: int | None = None) -> Block:
    lines = []
    for n, row in enumerate(text.split("\n")):
        words, at = [], x
        for w in row.split():
            words.append(Word(w, Box(at, y + n * h, int(0.6 * h * len(w)), h)))
            at += int(0.6 * h * len(w)) + h // 3
        lines.append(Line(tuple(words), Box(x, y + n * h, width or at - x, h)))
    box = Box.enclosing([ln.box for ln in lines if ln.box])
    return Block(bid, kind, tuple(lines), box)


def test_a_deck_is_not_taken_for_a_headline_going_on() -> None:
    head = _block("h", "Council Approves Plan to", 100, 100, 40)
    going_on = _block("g", "Dredge Harbor", 100, 145, 40)
    assert [b.text for b in _rewrapped([head, going_on])] == [
        "Council Approves Plan to\nDredge Harbor"]
    smaller = _block("d", "Vote is six to one", 100, 145, 24)  # a deck: smaller type
    ended = _block("e", "XOXE LEFT FOR SIXTH.", 100, 100, 40)  # deck items end with stops
    lower = _block("l", "Says Candidate Will Win", 100, 145, 40)
    indented = _block("i", "Dredge Harbor", 160, 145, 40)
    far = _block("f", "Dredge Harbor", 100, 200, 40)  # a line's height of space between
    for up, below in ((head, smaller), (ended, lower), (head, indented), (head, far)):
        assert len(_rewrapped([up, below])) == 2, below.text
    beside = _block("s", "Season", 100 + head.lines[0].box.w + 20, 100, 40)
    assert len(_rewrapped([head, beside])) == 1  # one line cut in two zones
    neighbour = _block("n", "Season", 100 + head.lines[0].box.w + 60, 100, 40)  # a gutter
    assert len(_rewrapped([head, neighbour])) == 2


def test_a_kicker_is_the_short_line_right_over_a_headline() -> None:
    head = _block("h", "Port Traffic Rises for Fifth Month", 100, 300, 40)
    kicker = _block("k", "LOCAL ECONOMY", 100, 270, 20, BlockKind.BODY)
    kinds = [b.kind for b in kickers_over_headlines([kicker, head])]
    assert kinds == [BlockKind.KICKER, BlockKind.HEADLINE]
    # the last line of a story above, nearer to it than to the headline: body
    story = _block("s", "the harbour master said on Monday", 100, 240, 20, BlockKind.BODY)
    tail = _block("t", "with the work", 100, 262, 20, BlockKind.BODY)
    kinds = [b.kind for b in kickers_over_headlines([story, tail, head])]
    assert kinds == [BlockKind.BODY, BlockKind.BODY, BlockKind.HEADLINE]
    ended = _block("e", "They left.", 100, 270, 20, BlockKind.BODY)  # ends a sentence
    assert kickers_over_headlines([ended, head])[0].kind is BlockKind.BODY
    for line in ("“We will be back.”", "هل ستنجح الخطة؟", "市民纷纷表示欢迎。”", "It was over…",
                 "太仓市生物医药产业创新集群融合发展推进会举行",  # sentence ends; too wide
                 "und"):  # a label opens with a capital (a masthead's ``und`` is none)
        tail = _block("t", line, 100, 270, 20, BlockKind.BODY)
        assert kickers_over_headlines([tail, head])[0].kind is BlockKind.BODY, line


def test_a_caption_under_a_photo_is_no_kicker() -> None:
    photo = Block("p", BlockKind.ILLUSTRATION, (), Box(100, 20, 400, 240))
    caption = _block("c", "Fans cheer the Tigers", 100, 268, 20, BlockKind.BODY)
    head = _block("h", "Bridge Closing Upsets Shops", 100, 300, 40)
    assert kickers_over_headlines([photo, caption, head])[1].kind is BlockKind.BODY


def test_what_the_words_of_a_line_over_a_headline_say_wins() -> None:
    """Placed as a kicker, a jump line, byline or photo credit is what its words say
    (``classify`` asks the markers of a kicker's line as of a body line's)."""
    head = _block("h", "Bridge Closing Upsets Shops", 100, 300, 40)
    for line, kind in (("Continued from Page 1", BlockKind.JUMP),
                       ("By MARY JONES", BlockKind.BYLINE),
                       ("ANNA KOWALSKI/HARBOR LEDGER", BlockKind.CREDIT)):
        over = kickers_over_headlines([_block("k", line, 100, 270, 20, BlockKind.BODY), head])
        page = Page("p", Source("p.hocr", "0" * 64, kind="hocr"), "en", (1000, 1000), tuple(over))
        assert ocr.classify(page).blocks[0].kind is kind, line


def test_text_over_the_top_rule_is_furniture() -> None:
    masthead = _block("m", "THE EVENING COURIER", 100, 20, 80)
    date = _block("d", "WEDNESDAY, JUNE 21, 1911", 100, 110, 20, BlockKind.BODY)
    rule = Block("r", BlockKind.RULE, (), Box(90, 140, 2000, 4))
    head = _block("h", "Bridge Closing Upsets Shops", 100, 200, 40)
    body = _block("b", "The city council met on Tuesday night and voted to close it.",
                  100, 260, 20, BlockKind.BODY, width=2000)
    deep = _block("z", "The bridge will reopen in June.", 100, 1800, 20, BlockKind.BODY)
    kinds = [b.kind for b in furniture_over_top_rule([masthead, date, rule, head, body, deep])]
    assert kinds[:2] == [BlockKind.FURNITURE, BlockKind.FURNITURE]
    assert kinds[3:] == [BlockKind.HEADLINE, BlockKind.BODY, BlockKind.BODY]
    low = Block("r", BlockKind.RULE, (), Box(90, 900, 2000, 4))  # a rule halfway down
    assert [b.kind for b in furniture_over_top_rule([masthead, low, deep])][0] is \
        BlockKind.HEADLINE
    # an inner page's (or a clipping's) banner headline over a rule, no headline under it
    banner = _block("n", "HARBOR STRIKE ENDS", 100, 20, 80)
    kinds = [b.kind for b in furniture_over_top_rule([banner, rule, body, deep])]
    assert kinds[0] is BlockKind.HEADLINE


def test_a_right_to_left_headline_is_not_joined_along_its_line() -> None:
    right = _block("r", "ارتفاع أسعار الذهب", 600, 100, 40)
    beside = _block("b", "في الأسواق", 600 + right.lines[0].box.w + 20, 100, 40)
    assert len(_rewrapped([right, beside])) == 2  # (a left-to-right line would be joined)


def test_a_byline_zone_of_two_lines_and_a_dateline_are_one_story() -> None:
    """An engine's zone ``By ELENA`` / ``MARQUEZ`` under a headline, then the story's text
    opening with its dateline: one story (the dateline no longer opened a second, headless
    one, leaving the headline with no text)."""
    head = _block("h", "Port Cargo Volume Rises", 100, 100, 40)
    byline = _block("y", "By ELENA\nMARQUEZ", 100, 160, 20, BlockKind.BODY)
    text = _block("t", "PORT ALDER — Cargo moving through the\nport rose 12 percent in the "
                  "first\nhalf of the year, officials said.", 100, 210, 20, BlockKind.BODY)
    page = Page("p", Source("p.hocr", "0" * 64, kind="hocr"), "en", (1000, 1000),
                (head, byline, text), reading_order=("h", "y", "t"))
    (article,) = ocr.assemble(ocr.order(ocr.classify(page))).articles
    assert article.headlines == ("Port Cargo Volume Rises",)
    assert article.byline == "By ELENA MARQUEZ" and article.dateline == "PORT ALDER —"
    assert article.paragraphs[0].startswith("Cargo moving through the port")
    titled = _block("y", "By KEVIN ASHBY\nLedger Sports Writer", 100, 160, 20, BlockKind.BODY)
    page = Page("p", Source("p.hocr", "0" * 64, kind="hocr"), "en", (1000, 1000),
                (head, titled, text), reading_order=("h", "y", "t"))
    (article,) = ocr.assemble(ocr.order(ocr.classify(page))).articles
    assert article.byline == "By KEVIN ASHBY Ledger Sports Writer"
    assert article.dateline == "PORT ALDER —"


def test_a_lead_byline_set_in_bold_opens_the_story_not_a_heading() -> None:
    """A scan measures a lead's byline set in bold (``本报讯（记者 沈佳）6`` over
    ``月14日是…``; ``By ANNA LEE``) as heavier type than the body and gives it a heading's
    kind: its text opens the story, so it is the story's byline and first words, not a
    second headline that starts a story with no text of its own. A headline in large
    type that opens like a byline (``BY THE NUMBERS``, 记者手记) stays a headline."""
    scan = Source("p.png", "0" * 64, kind="image")

    def sized(b: Block, pt: float) -> Block:
        return dataclasses.replace(b, font_size=pt)

    def read(lang: str, *blocks: Block) -> list[Article]:
        page = Page("p", scan, lang, (1000, 1000), blocks,
                    reading_order=tuple(b.id for b in blocks))
        return list(ocr.assemble(ocr.order(ocr.classify(page))).articles)

    text = sized(_block("t", "月14日是世界献血者日。当天，市中心血站\n在人民广场举行无偿献血主题"
                        "宣传活动。", 100, 185, 20, BlockKind.BODY), 10)
    (article,) = read("zh", sized(_block("h", "世界献血者日主题活动举行", 100, 100, 40), 24),
                      sized(_block("y", "本报讯（记者 沈佳）6", 100, 160, 20), 10.5), text)
    assert article.headlines == ("世界献血者日主题活动举行",)
    assert article.byline is not None and article.byline.startswith("本报讯")
    assert article.paragraphs[0].startswith("6月14日是世界献血者日")
    (article,) = read("zh", sized(_block("h", "记者手记", 100, 100, 40), 24), text)
    assert article.headlines == ("记者手记",)

    head = sized(_block("h", "Port Cargo Volume Rises", 100, 100, 40), 24)
    english = sized(_block("t", "Cargo moving through the port rose\n12 percent in the first "
                           "half of\nthe year, officials said.", 100, 190, 20, BlockKind.BODY), 10)
    by = sized(_block("y", "By ANNA LEE", 100, 160, 20, BlockKind.SUBHEADLINE), 10.5)
    (article,) = read("en", head, by, english)
    assert article.headlines == ("Port Cargo Volume Rises",) and article.subheadline is None
    assert article.byline == "By ANNA LEE"
    (article,) = read("en", sized(_block("h", "BY THE NUMBERS", 100, 100, 40), 24), english)
    assert article.headlines == ("BY THE NUMBERS",) and article.byline is None


def test_the_columns_of_a_right_to_left_page_are_read_right_to_left() -> None:
    """An Arabic page's story runs from its right column to its left one (a left-to-right
    page with the same geometry reads left first)."""
    def page(head: str, right: str, left: str) -> Page:
        blocks = (_block("h", head, 100, 100, 40, width=900),
                  _block("l", left, 100, 170, 20, BlockKind.BODY, width=420),
                  _block("r", right, 580, 170, 20, BlockKind.BODY, width=420))
        return Page("p", Source("p.hocr", "0" * 64, kind="hocr"), "en", (1100, 600), blocks)

    arabic = page("ارتفاع أسعار الذهب في الأسواق",
                  "ارتفعت أسعار الذهب\nفي الأسواق المحلية\nاليوم بنسبة اثنين",
                  "في المئة وسط توقعات\nباستمرار الارتفاع\nخلال الأسبوع المقبل.")
    assert ocr.order(ocr.classify(arabic)).reading_order == ("h", "r", "l")
    english = page("Gold prices rise in local markets", "in the week ahead, traders\nsaid.",
                   "Gold prices rose in local\nmarkets today by two\npercent, amid hopes")
    assert ocr.order(ocr.classify(english)).reading_order == ("h", "l", "r")


def test_kickers_that_open_with_a_figure_or_a_quote() -> None:
    head = _block("h", "Port Traffic Rises for Fifth Month", 100, 300, 40)
    for label in ("2024 ELECTION", "‘NIGHTMARE’ SCENARIO", "【要闻】", "9/11 ANNIVERSARY"):
        kicker = _block("k", label, 100, 270, 20, BlockKind.BODY)
        assert kickers_over_headlines([kicker, head])[0].kind is BlockKind.KICKER, label


def test_a_byline_zone_is_a_byline_only_over_a_title() -> None:
    """``By KEVIN ASHBY`` / ``Ledger Sports Writer`` is a byline; ``By John Carter`` /
    ``Doctors said`` (the story's first words, read into the byline's zone) is not."""
    from ocr.classify import _byline_zone
    from ocr.profiles import load_profile

    markers = load_profile(None).patterns("en")
    for zone, byline in (("By KEVIN ASHBY\nLedger Sports Writer", True),
                         ("By JOHN SMITH\nStaff Writer", True),
                         ("By John Carter\nDoctors said", False),
                         ("By KEVIN ASHBY\nThe council voted Tuesday", False),
                         ("By Sunday\nthe fire had spread", False),
                         ("By the time the fire was out,\nit had spread.", False)):
        assert _byline_zone(_block("y", zone, 100, 100, 20, BlockKind.BODY), markers) is byline


def test_a_headline_found_by_size_or_rewrapped_keeps_its_face_and_confidence() -> None:
    from ocr.layout.engine_kinds import headlines_by_size

    body = [dataclasses.replace(_block(f"b{i}", "The council met on Tuesday night.", 100,
                                       400 + 30 * i, 20, BlockKind.BODY), font_size=9.0)
            for i in range(3)]
    head = dataclasses.replace(_block("h", "Council Approves Plan to", 100, 100, 40,
                                      BlockKind.BODY), font_size=24.0, bold=True,
                               confidence=0.93)
    found = headlines_by_size([head, *body])[0]
    assert (found.kind, found.bold, found.confidence) == (BlockKind.HEADLINE, True, 0.93)
    going_on = _block("g", "Dredge Harbor", 100, 145, 40)
    (whole,) = _rewrapped([found, going_on])
    assert whole.bold and whole.confidence == 0.93 and whole.font_size == 24.0
