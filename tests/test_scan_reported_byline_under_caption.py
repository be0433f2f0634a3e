"""A byline that signs a report (``通讯员 贺兰 记者 韩松 报道``) set under a photo's caption
on a scan stays the story's byline: the rule that takes a byline right under a caption for
the photo's credit misread (``记者 孙悦 报`` for ``…摄``) asks first whether it ends on 报道,
which no credit does. Before, the byline went to the photo and its text was lost from the
story (held-out S5 scan zh-microhei-5c-light-s850: order-aware CER 0.155 -> 0.167)."""

from __future__ import annotations

from conftest import IMAGE_SOURCE as SRC
from conftest import scanned_block as _block

from ocr.classify import classify
from ocr.model import BlockKind, Box, Page

TEXT = ("11月30日上午，由老码头候船厅改建的市民书房正式开放。",
        "书房保留了候船厅的木质长椅和售票窗口，藏书两万册。")


def _page(byline: tuple[str, ...]) -> Page:
    blocks = (
        _block("cap", BlockKind.CAPTION, Box(100, 400, 900, 44), "市民在新开放的市民书房里看书。"),
        _block("by", BlockKind.BODY, Box(100, 470, 420, 44 * len(byline)), *byline),
        _block("text", BlockKind.BODY, Box(100, 700, 900, 88), *TEXT),
    )
    return classify(Page("p", SRC, "zh", (2480, 3508), blocks=blocks))


def _kind(page: Page, i: str) -> BlockKind:
    return next(b.kind for b in page.blocks if b.id == i)


def test_reported_byline_under_a_caption_stays_a_byline() -> None:
    assert _kind(_page(("通讯员 贺兰 记者 韩松", "报道")), "by") is BlockKind.BYLINE


def test_a_writer_alone_under_a_caption_is_its_credit() -> None:
    """The misread credit the rule is for still goes to the photo."""
    assert _kind(_page(("记者 孙悦",)), "by") is BlockKind.CREDIT
