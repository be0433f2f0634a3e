"""Two things lost on Chinese pages the project was not drawn for (held-out scans S, issue
10): a kicker over a headline with a speck of dust under it, read as a story's text of
its own; a headless news item whose opening words were misread (``未报讯【记者 …``), run
on into the story before it. Each is set as regions or blocks, as layout and recognition
leave them."""

from __future__ import annotations

import pytest

from ocr.layout.blocks import Region
from ocr.layout.kinds import assign_kinds
from ocr.markers import opens_article
from ocr.model import Block, BlockKind, Box, Line, Word
from ocr.profiles import load_profile

B, H, K = BlockKind.BODY, BlockKind.HEADLINE, BlockKind.KICKER
TYPE, LINE = 32.0, 33.0


def _page(kicker_lines: tuple[Box, ...]) -> dict[Box, BlockKind]:
    """A section label in body-sized type over a lead's headline across three columns,
    the headline's deck and text under it; the label's "lines" as given."""
    kicker = Region(B, Box.enclosing(list(kicker_lines)), kicker_lines, size=TYPE,
                    weight=4.4)
    head = Region(B, Box(91, 498, 1481, 96), (Box(91, 498, 1481, 96),), size=80.0,
                  weight=9.0)
    text = Region(B, Box(100, 640, 460, 400),
                  tuple(Box(100, 640 + 41 * n, 460, 32) for n in range(10)), size=TYPE,
                  weight=4.4)
    return {r.box: r.kind for r in assign_kinds([kicker, head, text], TYPE, LINE, None)}


def test_a_kicker_with_a_speck_under_it_is_a_kicker() -> None:
    """``城市更新`` over a lead's headline, a speck of 7 by 6 px just under its line's
    right part (heavy grain): layout counts two "lines", and a kicker holds one, so the
    label was body and an article of its own (held-out S s803). Dust (lower than a third
    of a character, narrower than two) is no line; a second line of type is one."""
    line = Box(177, 438, 521, 35)
    kinds = _page((line, Box(519, 479, 7, 6)))
    assert kinds[Box(177, 438, 521, 47)] is K
    two = _page((Box(177, 400, 521, 32), Box(177, 441, 521, 32)))
    assert two[Box(177, 400, 521, 73)] is B


def _block(*lines: str) -> Block:
    return Block(id="b", kind=B, lines=tuple(Line(words=tuple(map(Word, t.split())))
                                             for t in lines))


@pytest.mark.parametrize(("lines", "opens"), [
    (("未报讯【记者 郑远", "航）11月上旬，青溪江"), True),  # 本 misread, （ read 【
    (("新京报讯（记者 林晓）", "昨日，市交通委发布"), True),  # another paper's service
    (("晚报讯（通讯员 黎明）", "初冬时节，石桥村"), True),
    (("市民报讯后，民警很快", "赶到现场"), False),  # no bracket, no writer's post
    (("未报讯，他只好自己找", "了回来"), False),
])
def test_a_news_item_opened_by_any_paper_s_service_opens_a_story(
    lines: tuple[str, ...], opens: bool
) -> None:
    """A news item's opening words name a paper's news service and its writer in
    brackets (``新京报讯（记者 …）``); so does the paper's own ``本报讯`` with its first
    character misread (``未报讯【记者 郑远航）``: held-out S s806, where the item ran on in
    the story before it, whose jump line stood over it). One to four characters before
    ``报讯``, a bracket and a writer's post: running text does not open so."""
    assert opens_article(_block(*lines), load_profile(None).patterns("zh")) is opens
