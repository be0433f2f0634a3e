"""A byline read right after a photo's caption is the photo's credit only where a credit
stands: under the caption, across the photo's measure or the caption's.

Held-out S3 s827 (6 columns, heavy): once its two photos were parted (``picture_edges``),
the reading order put the left photo's caption (``…对农户交售的稻谷``, x 600-862) right
before the byline of a story two columns to the right (``本报讯(记者石秋菊)``, x 1732, level
with the caption). ``classify`` made that byline the photo's credit, and then the story's
column under it the caption (``captions_by_credits``): the story lost its byline and text.
"""

from __future__ import annotations

from conftest import IMAGE_SOURCE as SRC
from conftest import scanned_block as _block

from ocr.classify import classify
from ocr.model import Block, BlockKind, Box, Page

PIC = BlockKind.ILLUSTRATION
CAP = BlockKind.CAPTION
BY = BlockKind.BYLINE


def _classified(*blocks: Block) -> dict[str, BlockKind]:
    page = Page("p", SRC, "zh", (2480, 3508), blocks=blocks)
    return {b.id: b.kind for b in classify(page).blocks}


def test_a_byline_two_columns_right_of_the_caption_stays_its_story_s() -> None:
    kinds = _classified(
        _block("pic", PIC, Box(130, 2240, 735, 360)),
        _block("cap", CAP, Box(600, 2619, 262, 66), "农技人员在收储库", "对农户交售的稻谷"),
        _block("by", BY, Box(1732, 2615, 272, 73), "本报讯（记者石"),
        _block("txt", BlockKind.BODY, Box(1660, 2637, 359, 623),
               "秋菊）“张春华，一", "票！”“张春华，一", "票！”11月8日，城北区"))
    assert (kinds["by"], kinds["txt"]) == (BY, BlockKind.BODY)


def test_a_credit_right_set_under_a_wide_photo_s_short_caption_stays_its_credit() -> None:
    """The caption one short line at the photo's left, the credit (a byline misread,
    ``记者孙悦报``) right-set under the photo's right edge: across the photo's measure."""
    kinds = _classified(
        _block("pic", PIC, Box(130, 786, 1500, 323)),
        _block("cap", CAP, Box(131, 1158, 369, 28), "越冬候鸟在白鹭洲湿地觅食。"),
        _block("by", BY, Box(1460, 1200, 160, 30), "记者孙悦报"),
        _block("txt", BlockKind.BODY, Box(131, 1250, 722, 216),
               "老街改造工程日前全部完工。10月12日起，", "这条长约八百米的老街重新向市民开放，沿"))
    assert kinds["by"] is BlockKind.CREDIT
