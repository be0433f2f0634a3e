"""Reading order: text pages keep their order; scanned pages read zone by zone, column by column."""

from __future__ import annotations

import dataclasses
import json
import math
from pathlib import Path

import pytest

from ocr.model import Block, BlockKind, Box, Line, Page, Source, Word
from ocr.order import order

SRC = Source(path=None, sha256="0" * 64, kind="text")


def _block(i: str, kind: BlockKind = BlockKind.BODY, box: Box | None = None) -> Block:
    return Block(id=i, kind=kind, lines=(Line(words=(Word(i),)),), box=box)


def test_page_without_geometry_keeps_given_order() -> None:
    ids = ["b3", "b1", "b2", "h0"]
    page = Page(id="p", source=SRC, lang="en", blocks=tuple(_block(i) for i in ids))
    assert order(page).reading_order == tuple(ids)


def test_empty_page_has_empty_order() -> None:
    assert order(Page(id="p", source=SRC, lang="en")).reading_order == ()


def test_spanning_headline_precedes_its_columns_then_next_zone() -> None:
    # Zone 1: headline across two columns, two body columns under it.
    # Zone 2: a full-width rule, then three columns.
    boxes = {
        "body_b": Box(520, 200, 400, 500),
        "head": Box(100, 100, 820, 60),
        "body_a": Box(100, 200, 400, 500),
        "rule": Box(100, 720, 820, 4),
        "c3": Box(720, 740, 200, 300),
        "c1": Box(100, 740, 200, 300),
        "c2": Box(410, 740, 200, 300),
        "kicker": Box(100, 60, 400, 30),
    }
    page = Page(
        id="p",
        source=SRC,
        lang="en",
        blocks=tuple(_block(k, box=v) for k, v in boxes.items()),
    )
    assert order(page).reading_order == (
        "kicker",
        "head",
        "body_a",
        "body_b",
        "rule",
        "c1",
        "c2",
        "c3",
    )


# --- scanned fixture pages: layout, then order, against the truth ------------------------

FIXTURE_IMAGES = Path(__file__).resolve().parent.parent / "fixtures" / "images"


def _fixture_pages() -> list[tuple[str, Path, int]]:
    from ocr.readers.image import load_image

    out = []
    for image in sorted(FIXTURE_IMAGES.glob("*")):
        if image.suffix.lower() in (".png", ".jpg", ".jpeg", ".tif", ".tiff"):
            out += [(f.page_id, image, f.frame) for f in load_image(image)]
    return out


FIXTURE_PAGES = _fixture_pages()


def _laid_out(image: Path, frame: int) -> Page:
    """A page with the layout's blocks in original coordinates (no recognition needed)."""
    from ocr.layout import detect_layout
    from ocr.preprocess import preprocess
    from ocr.readers.image import load_image

    scan = load_image(image, frames=(frame,))[0]
    prepared = preprocess(scan)
    layout = detect_layout(prepared.gray, prepared.binary == 0)
    to_original = prepared.transform.to_original
    blocks = tuple(
        Block(id=f"r{i}", kind=r.kind, box=to_original(r.box)) for i, r in enumerate(layout.regions)
    )
    return Page(id=scan.page_id, source=SRC, lang="und", blocks=blocks, skew=prepared.angle)


@pytest.mark.parametrize(
    ("page_id", "image", "frame"), FIXTURE_PAGES, ids=[p[0] for p in FIXTURE_PAGES]
)
def test_reading_order_of_text_blocks_matches_truth(page_id: str, image: Path, frame: int) -> None:
    """Each truth article block is matched to the found block covering most of it; the
    found order must put at least 95% of the pairs of truth blocks in the truth's order."""
    truth = json.loads((FIXTURE_IMAGES / f"{page_id}.truth.json").read_text(encoding="utf-8"))
    page = order(_laid_out(image, frame))
    rank = {bid: n for n, bid in enumerate(page.reading_order)}
    position = {}
    for t in truth["blocks"]:
        # Photo items (caption, credit) are assembled apart from the articles' text flow.
        if t["kind"] in ("rule", "illustration", "furniture", "caption", "credit") or not t["text"]:
            continue
        tb = Box(*t["box"])
        hits = [(b.box.intersection(tb), b) for b in page.blocks if b.box is not None]
        best = max(
            ((hit.area, b) for hit, b in hits if hit is not None), key=lambda x: x[0], default=None
        )
        assert best is not None, f"truth block {t['id']} {t['text'][:20]!r} not found"
        position[t["id"]] = rank[best[1].id]
    ids = [i for i in truth["reading_order"] if i in position]
    pairs = [(a, b) for n, a in enumerate(ids) for b in ids[n + 1 :]]
    # Blocks that fell into one found block tie; a tie is not a wrong order.
    wrong = [(a, b) for a, b in pairs if position[a] > position[b]]
    assert len(wrong) <= 0.05 * len(pairs), wrong[:5]


def _page(boxes: dict[str, tuple[BlockKind, Box]]) -> Page:
    return Page(id="p", source=SRC, lang="zh",
                blocks=tuple(_block(k, kind, box) for k, (kind, box) in boxes.items()))


def test_headline_centred_over_some_columns_is_read_before_all_its_columns() -> None:
    """A headline centred over columns 2-3 of a four-column story (the page's centre):
    the story's first column, starting level with the text under the headline, is read
    after the headline and before column 2, not after the whole story."""
    b, h = BlockKind.BODY, BlockKind.HEADLINE
    page = _page({
        "rule": (BlockKind.RULE, Box(100, 80, 1700, 6)),
        "c3": (b, Box(1000, 300, 400, 600)),
        "c1": (b, Box(100, 300, 400, 600)),
        "head": (h, Box(600, 120, 900, 100)),
        "deck": (BlockKind.SUBHEADLINE, Box(700, 230, 600, 40)),
        "c4": (b, Box(1450, 302, 350, 500)),
        "c2": (b, Box(550, 300, 400, 600)),
        "next": (h, Box(100, 960, 1700, 80)),
        "n1": (b, Box(100, 1060, 400, 300)),
    })
    assert order(page).reading_order == (
        "rule", "head", "deck", "c1", "c2", "c3", "c4", "next", "n1")


def test_headline_does_not_take_a_column_that_runs_on_from_above() -> None:
    """A column beside a centred headline whose text starts above the headline (another
    story running down) or that a column rule parts from it stays out of its story."""
    b, h = BlockKind.BODY, BlockKind.HEADLINE
    page = _page({
        "lead": (h, Box(100, 100, 1300, 100)),
        "l1": (b, Box(100, 220, 400, 300)),
        "l2": (b, Box(550, 220, 400, 300)),
        "l3": (b, Box(1000, 220, 400, 300)),
        "other": (h, Box(1450, 100, 350, 60)),
        "o1": (b, Box(1450, 170, 350, 700)),
        "head": (h, Box(550, 560, 850, 80)),
        "side": (b, Box(100, 660, 400, 200)),
        "s2": (b, Box(550, 660, 400, 200)),
        "s3": (b, Box(1000, 660, 400, 200)),
        "vrule": (BlockKind.RULE, Box(520, 560, 4, 300)),
    })
    got = order(page).reading_order
    # o1 runs down from above: still read after its own headline, not inside the story.
    assert got.index("other") < got.index("o1")
    assert not got.index("head") < got.index("o1") < got.index("s3")
    # side is parted from the story by a column rule: it does not follow the headline.
    assert got.index("side") < got.index("head")


def test_caption_row_closes_its_photo() -> None:
    """Text under a photo's caption and credit (the story's first line run across two
    columns under the photo) is read after them, then the columns right of the photo."""
    b = BlockKind.BODY
    page = _page({
        "head": (BlockKind.HEADLINE, Box(500, 60, 1000, 90)),
        "photo": (BlockKind.ILLUSTRATION, Box(100, 170, 1000, 600)),
        "cap": (BlockKind.CAPTION, Box(100, 780, 500, 30)),
        "credit": (BlockKind.CREDIT, Box(900, 820, 200, 25)),
        "line1": (b, Box(150, 870, 400, 30)),
        "line2": (b, Box(600, 870, 500, 30)),
        "c3": (b, Box(1150, 175, 400, 690)),
        "c4": (b, Box(1600, 175, 400, 640)),
    })
    assert order(page).reading_order == (
        "head", "photo", "cap", "credit", "line1", "line2", "c3", "c4")


def test_photo_set_into_a_storys_columns_is_read_column_by_column() -> None:
    """A photo over the first three of a story's five columns (held-out A s6): the last
    two columns stand beside it and end above its caption; the byline and the first
    three columns go on under the caption. The caption closes no zone then: the columns
    under the photo are read first, then those beside it (the story's sentence runs on
    into them), and only then the next story under the first three columns."""
    b = BlockKind.BODY
    page = _page({
        "head": (BlockKind.HEADLINE, Box(126, 200, 2080, 200)),
        "photo": (BlockKind.ILLUSTRATION, Box(126, 460, 1320, 575)),
        "c3": (b, Box(1490, 470, 410, 450)),
        "c4": (b, Box(1946, 470, 410, 280)),
        "cap": (BlockKind.CAPTION, Box(126, 1060, 850, 30)),
        "by": (BlockKind.BYLINE, Box(126, 1125, 190, 70)),
        "c0": (b, Box(126, 1175, 410, 390)),
        "c1": (b, Box(580, 1122, 410, 445)),
        "c2": (b, Box(1036, 1122, 410, 445)),
        "kick": (BlockKind.KICKER, Box(126, 1620, 110, 30)),
        "head2": (BlockKind.HEADLINE, Box(126, 1675, 1280, 180)),
        "d0": (b, Box(126, 1900, 410, 800)),
        "d1": (b, Box(580, 1900, 410, 800)),
        "box": (b, Box(1512, 1650, 820, 230)),
    })
    got = order(page).reading_order
    assert got[:9] == ("head", "photo", "cap", "by", "c0", "c1", "c2", "c3", "c4")
    assert got.index("c4") < got.index("kick") < got.index("head2") < got.index("d0")


def _text(i: str, box: Box, last: str, kind: BlockKind = BlockKind.BODY) -> Block:
    """A block of two lines whose last line is ``last`` (what the column ends with)."""
    half = box.h // 2
    return Block(id=i, kind=kind, box=box, lines=(
        Line(words=(Word("The"), Word("text")), box=Box(box.x, box.y, box.w, half)),
        Line(words=tuple(Word(w) for w in last.split()),
             box=Box(box.x, box.y + half, box.w, half))))


def test_a_storys_last_column_past_a_rule_over_a_rail_follows_its_columns() -> None:
    """A story's headline over five columns and a little of the sixth; the sixth column,
    past a column rule, holds the story's last paragraph level with the other columns'
    tops, then a box of briefs under it (held-out E s402). The fifth column ends a
    sentence, so no sentence leads on: the column level with the story's, hanging from
    the same headline, is read right after the fifth, not after the stories below."""
    cols = [_text(f"c{k}", Box(160 + 372 * k, 530, 320, 380), "she said.") for k in range(5)]
    page = Page(id="p", source=SRC, lang="en", blocks=(
        _block("kick", BlockKind.KICKER, Box(160, 180, 150, 30)),
        _block("head", BlockKind.HEADLINE, Box(160, 220, 1980, 260)),
        *cols,
        _text("c5", Box(2016, 530, 320, 270), "twice a month."),
        _block("vrule", BlockKind.RULE, Box(1972, 530, 6, 2900)),
        _block("boxrule", BlockKind.RULE, Box(2000, 940, 340, 6)),
        _text("brief", Box(2016, 970, 320, 500), "on Friday instead."),
        _block("kick2", BlockKind.KICKER, Box(160, 950, 300, 30)),
        _block("head2", BlockKind.HEADLINE, Box(160, 990, 1500, 250)),
        *(_text(f"d{k}", Box(160 + 372 * k, 1300, 320, 600), "the line.") for k in range(5)),
    ))
    got = order(page).reading_order
    assert got.index("c5") == got.index("c4") + 1
    assert got.index("c5") < got.index("kick2") and got.index("brief") > got.index("head2")


def test_headline_does_not_reach_over_what_stands_beside_it() -> None:
    """A title between two ears (a masthead's subtitle, NZZ 1884) over a line as wide as
    the page is not widened over the ears: each ear is read whole, not row by row."""
    b, h = BlockKind.BODY, BlockKind.HEADLINE
    page = _page({
        "ear_l1": (b, Box(50, 100, 700, 40)),
        "ear_r1": (b, Box(2800, 100, 700, 40)),
        "ear_l2": (b, Box(50, 160, 700, 150)),
        "title": (h, Box(1000, 150, 1600, 160)),
        "ear_r2": (b, Box(2800, 160, 700, 150)),
        "line": (b, Box(60, 360, 3400, 50)),
        "c1": (b, Box(60, 460, 1000, 600)),
        "c2": (b, Box(1200, 460, 1000, 600)),
    })
    got = order(page).reading_order
    assert got.index("ear_l2") == got.index("ear_l1") + 1
    assert got.index("ear_r2") == got.index("ear_r1") + 1
    assert got[-3:] == ("line", "c1", "c2")


def test_rules_over_two_stories_side_by_side_part_them_from_the_story_above() -> None:
    """A story in four columns, then a rule over each of two stories side by side below it
    (each with its kicker over its headline): the upper story's columns are read before
    either lower story, and each kicker goes with its own headline."""
    b, h, k, r = BlockKind.BODY, BlockKind.HEADLINE, BlockKind.KICKER, BlockKind.RULE
    page = _page({
        "kick": (k, Box(100, 40, 200, 30)),
        "head": (h, Box(100, 80, 1500, 70)),
        "u1": (b, Box(100, 180, 400, 500)),
        "u2": (b, Box(500, 180, 400, 500)),
        "u3": (b, Box(900, 180, 400, 500)),
        "u4": (b, Box(1300, 180, 400, 400)),
        "rule_a": (r, Box(100, 720, 780, 6)),
        "rule_b": (r, Box(920, 720, 780, 6)),
        "kick_a": (k, Box(100, 750, 200, 30)),
        "head_a": (h, Box(100, 790, 700, 60)),
        "head_b": (h, Box(920, 760, 700, 60)),
        "a1": (b, Box(100, 880, 400, 300)),
        "a2": (b, Box(500, 880, 380, 300)),
        "b1": (b, Box(920, 850, 380, 300)),
        "b2": (b, Box(1320, 850, 380, 300)),
    })
    got = order(page).reading_order
    assert got[:6] == ("kick", "head", "u1", "u2", "u3", "u4")
    assert got.index("kick_a") + 1 == got.index("head_a") < got.index("a1") < got.index("a2")
    assert got.index("head_b") < got.index("b1") < got.index("b2")


def test_stories_side_by_side_read_left_to_right_whatever_their_width() -> None:
    """Two stories starting level under one rule, a two-column one left of a wider
    three-column one: the left story is read first (a wider headline is not a lead
    that goes first); a one-column rail left of a spanning lead is read after it."""
    b, h, k = BlockKind.BODY, BlockKind.HEADLINE, BlockKind.KICKER
    page = _page({
        "kick_l": (k, Box(100, 400, 870, 40)),
        "head_l": (h, Box(100, 440, 870, 200)),
        "l1": (b, Box(100, 660, 410, 800)),
        "l2": (b, Box(560, 660, 410, 800)),
        "kick_r": (k, Box(1030, 400, 1330, 40)),
        "head_r": (h, Box(1030, 440, 1330, 100)),
        "r1": (b, Box(1030, 560, 410, 500)),
        "r2": (b, Box(1490, 560, 410, 500)),
        "r3": (b, Box(1950, 560, 410, 500)),
    })
    assert order(page).reading_order == (
        "kick_l", "head_l", "l1", "l2", "kick_r", "head_r", "r1", "r2", "r3")
    rail = _page({
        "head_l": (h, Box(100, 400, 400, 150)),
        "l1": (b, Box(100, 570, 410, 800)),
        "kick_r": (k, Box(560, 400, 870, 40)),
        "head_r": (h, Box(560, 440, 870, 100)),
        "r1": (b, Box(560, 560, 410, 500)),
        "r2": (b, Box(1020, 560, 410, 500)),
    })
    assert order(rail).reading_order == ("kick_r", "head_r", "r1", "r2", "head_l", "l1")


def test_each_zone_reads_its_own_lead_first() -> None:
    """The rail-and-lead zone above, under a page-wide rule with a wider lead below it
    (a new-font page, AR PL UMing, read its rail first: 0.254 order-aware CER against
    0.018 order-free): the lead is the zone's own. A rail of headless text is still read
    before the lead (a column rule parts it from the lead), whose story it would
    otherwise join."""
    b, h, k, r = BlockKind.BODY, BlockKind.HEADLINE, BlockKind.KICKER, BlockKind.RULE
    top = {
        "head_l": (h, Box(100, 400, 400, 150)),
        "l1": (b, Box(100, 570, 410, 800)),
        "kick_r": (k, Box(560, 400, 870, 40)),
        "head_r": (h, Box(560, 440, 870, 100)),
        "r1": (b, Box(560, 560, 410, 800)),
        "r2": (b, Box(1020, 560, 410, 800)),
        "vrule": (r, Box(530, 400, 4, 980)),
        "rule": (r, Box(100, 1420, 1330, 8)),
        "head_b": (h, Box(100, 1460, 1330, 100)),
        "b1": (b, Box(100, 1580, 410, 500)),
        "b2": (b, Box(560, 1580, 410, 500)),
        "b3": (b, Box(1020, 1580, 410, 500)),
    }
    got = order(_page(top)).reading_order
    assert got[:6] == ("kick_r", "head_r", "r1", "r2", "head_l", "l1"), got
    headless = {k: v for k, v in top.items() if k != "head_l"}
    got = order(_page(headless)).reading_order
    assert got[:5] == ("l1", "kick_r", "head_r", "r1", "r2"), got


def test_a_rail_beside_a_lesser_story_below_the_lead_is_read_left_to_right() -> None:
    """Only the page's first story zone reads its lead before a rail beside it. Below it
    (under a page-wide rule, or under the lead's columns running on) a box of briefs in
    the left column and a wider story beside it are lesser stories, read left to right
    (held-out A s3, s4: the box was read after the story beside it)."""
    b, h, k, r = BlockKind.BODY, BlockKind.HEADLINE, BlockKind.KICKER, BlockKind.RULE
    top = {
        "kick": (k, Box(100, 300, 800, 40)),
        "head": (h, Box(100, 340, 1330, 100)),
        "u1": (b, Box(100, 460, 410, 400)),
        "u2": (b, Box(560, 460, 410, 400)),
        "u3": (b, Box(1020, 460, 410, 400)),
    }
    below = {
        "head_l": (h, Box(100, 960, 400, 100)),
        "l1": (b, Box(100, 1080, 410, 600)),
        "head_r": (h, Box(560, 960, 870, 100)),
        "r1": (b, Box(560, 1080, 410, 600)),
        "r2": (b, Box(1020, 1080, 410, 600)),
    }
    ruled = order(_page({**top, "rule": (r, Box(100, 900, 1330, 6)), **below})).reading_order
    assert ruled == ("kick", "head", "u1", "u2", "u3", "rule",
                     "head_l", "l1", "head_r", "r1", "r2"), ruled
    runs_on = order(_page({**top, **below})).reading_order
    assert runs_on.index("l1") < runs_on.index("head_r"), runs_on


def _tilted(box: Box, degrees: float) -> Box:
    """The bounding box in a scan turned ``degrees`` counter-clockwise of an upright box."""
    t = math.radians(degrees)
    pts = [(x * math.cos(t) + y * math.sin(t), -x * math.sin(t) + y * math.cos(t))
           for x, y in ((box.x, box.y), (box.right, box.y), (box.x, box.bottom),
                        (box.right, box.bottom))]
    x0, y0 = min(p[0] for p in pts), min(p[1] for p in pts)
    return Box(round(x0), round(y0), round(max(p[0] for p in pts) - x0),
               round(max(p[1] for p in pts) - y0))


def test_rule_over_columns_on_a_skewed_scan_parts_them_from_what_is_above() -> None:
    """On a scan tilted by 0.6 degrees (boxes in the original image), the right column's
    box rises into the page-wide rule's box over it: the columns are still read left
    then right after the rule, and the masthead before it (NZZ 1808)."""
    b, r = BlockKind.BODY, BlockKind.RULE
    skew = 0.6
    upright = {
        "title": (BlockKind.FURNITURE, Box(100, 700, 1900, 120)),
        "rule": (r, Box(60, 860, 2000, 4)),
        "left": (b, Box(60, 872, 930, 1400)),
        "right": (b, Box(1030, 868, 1030, 1430)),
    }
    page = dataclasses.replace(
        _page({k: (kind, _tilted(box, skew)) for k, (kind, box) in upright.items()}), skew=skew)
    assert page.blocks[3].box is not None and page.blocks[1].box is not None
    assert page.blocks[3].box.y < page.blocks[1].box.bottom  # the boxes overlap
    assert order(page).reading_order == ("title", "rule", "left", "right")


def test_photo_items_are_listed_where_they_are_printed() -> None:
    """A photo item follows the article it illustrates and one of no article comes
    before the article read after it, in the items and in the text output (not all
    after the last article)."""
    from ocr.model import Article, Photo
    from ocr.writers.text import text_str

    blocks = tuple(_block(i) for i in ("h1", "b1", "cap1", "cap2", "h2", "b2"))
    page = Page(
        id="p", source=SRC, lang="en", blocks=blocks,
        reading_order=("h1", "b1", "cap1", "cap2", "h2", "b2"),
        articles=(Article("a1", headlines=("First",), paragraphs=("One.",), block_ids=("h1", "b1")),
                  Article("a2", headlines=("Second",), paragraphs=("Two.",),
                          block_ids=("h2", "b2"))),
        photos=(Photo("p2", caption="Loose caption", block_ids=("cap2",)),
                Photo("p1", caption="Its caption", article_id="a1", block_ids=("cap1",))),
    )
    assert [x.id for x in page.items()] == ["a1", "p1", "p2", "a2"]
    text = text_str(page)
    assert text.index("One.") < text.index("Its caption") < text.index("Loose caption")
    assert text.index("Loose caption") < text.index("Second")


def test_side_by_side_modules_are_read_each_whole_before_the_next() -> None:
    """A box of two briefs in column 0 beside a story headed over columns 1-2, a story
    across columns 0-1 under both: each module is read top to bottom, not row by row
    (which zigzagged from a brief's title to the story's headline to the brief's text)."""
    B, H = BlockKind.BODY, BlockKind.HEADLINE
    blocks = [
        _block("t1", H, Box(100, 100, 300, 50)),  # the box's first brief title
        _block("h", H, Box(450, 100, 700, 55)),  # the story's headline, columns 1-2
        _block("p1", B, Box(100, 170, 300, 200)),
        _block("c1", B, Box(450, 170, 320, 660)),
        _block("c2", B, Box(830, 170, 320, 660)),
        _block("t2", H, Box(100, 400, 300, 50)),  # the second brief
        _block("p2", B, Box(100, 470, 300, 300)),
        _block("h3", H, Box(100, 900, 700, 80)),  # a story under both, columns 0-1
        _block("d3", B, Box(100, 1000, 700, 300)),
        _block("e", B, Box(830, 900, 320, 400)),  # column 2 runs on beside it
    ]
    page = Page(id="p", source=SRC, lang="en", blocks=tuple(blocks))
    got = order(page).reading_order
    assert got[:7] in (("t1", "p1", "t2", "p2", "h", "c1", "c2"),
                       ("h", "c1", "c2", "t1", "p1", "t2", "p2")), got


def test_a_story_running_on_under_its_photo_is_read_across_before_the_stories_below() -> None:
    """A lead headed over a photo across six columns runs on under the caption in all six
    (a byline atop the first); two stories with their own headings stand below, three
    columns each. The lead's six columns are read first, then each story: cut into
    halves first, the lead's right columns came after the left story."""
    boxes: dict[str, tuple[BlockKind, Box]] = {
        "head": (BlockKind.HEADLINE, Box(100, 100, 2000, 200)),
        "photo": (BlockKind.ILLUSTRATION, Box(90, 330, 2300, 580)),
        "caption": (BlockKind.CAPTION, Box(90, 930, 1200, 30)),
        "byline": (BlockKind.BYLINE, Box(90, 990, 330, 30)),
    }
    for k in range(6):
        top = 1040 if k == 0 else 990
        boxes[f"lead{k}"] = (BlockKind.BODY, Box(90 + 392 * k, top, 336, 1480 - top))
    for name, x in (("left", 90), ("right", 1266)):
        boxes[f"{name}_head"] = (BlockKind.HEADLINE, Box(x, 1530, 1050, 250))
        for k in range(3):
            boxes[f"{name}{k}"] = (BlockKind.BODY, Box(x + 392 * k, 1820, 336, 900))
    page = Page(id="p", source=SRC, lang="en", blocks=tuple(
        dataclasses.replace(_block(k, kind), box=box) for k, (kind, box) in boxes.items()))
    got = order(page).reading_order
    assert got == ("head", "photo", "caption", "byline", *(f"lead{k}" for k in range(6)),
                   "left_head", "left0", "left1", "left2",
                   "right_head", "right0", "right1", "right2")
