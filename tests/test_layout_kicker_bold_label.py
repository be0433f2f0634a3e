"""A kicker set out to its column's measure in a bold sans over a ragged headline
(issue 10, forty-fifth session): held-out Y2 s963, ``台风“海葵”昨夜擦肩而过`` (296 px,
type 27 px, strokes 1.8 times the body's) over ``全市转移群众 / 1.2万人 未发 / 生人员伤亡``
(274 px, type 43.5 px), a rule over it. Wider than the headline and larger than
``KICKER_SMALL`` of it, it was no kicker (``heading_kinds.slighter``) and was read into
the story above. Bold, a headline's step smaller than the head, with nothing of the
text right over it, it is one (``heading_kinds.bold_label``). A story's last line right
over the next headline (its column's lines over it), or a line in the body's own
weight, is not."""

from __future__ import annotations

from ocr.layout.blocks import Region
from ocr.layout.kinds import assign_kinds
from ocr.model import BlockKind, Box

TYPE, LINE = 30.0, 31.0
BODY_WEIGHT = 3.1


def _region(x: int, y: int, w: int, lines: int, size: float, weight: float = BODY_WEIGHT,
            step: int = 41) -> Region:
    rows = tuple(Box(x, y + step * n, w, int(size)) for n in range(lines))
    return Region(BlockKind.BODY, Box(x, y, w, step * (lines - 1) + int(size)), rows,
                  size=size, weight=weight)


def _label_kind(weight: float = 5.67, text_over: bool = False) -> BlockKind:
    label = _region(1422, 2569, 296, 1, 27.0, weight=weight)
    head = _region(1420, 2611, 274, 3, 43.5, weight=6.13, step=52)
    under = _region(1420, 2779, 297, 14, TYPE)
    over: list[Region] = (
        [_region(1420, 2569 - 14 * 41, 297, 14, TYPE)] if text_over
        else [Region(BlockKind.RULE, Box(1419, 2540, 299, 6)),
              _region(1420, 1904, 297, 15, TYPE)])
    columns = [_region(x, 2000, 296, 30, TYPE) for x in (120, 450, 780, 1092)]
    regions = [label, head, under, *over, *columns]
    kinds = {r.box: r.kind for r in assign_kinds(regions, TYPE, LINE, None)}
    return kinds[label.box]


def test_a_bold_kicker_wider_than_its_ragged_headline_is_its_kicker() -> None:
    assert _label_kind() is BlockKind.KICKER


def test_a_line_in_the_body_s_weight_is_no_kicker() -> None:
    assert _label_kind(weight=BODY_WEIGHT) is not BlockKind.KICKER


def test_a_story_s_last_line_over_the_next_headline_is_no_kicker() -> None:
    assert _label_kind(text_over=True) is not BlockKind.KICKER
