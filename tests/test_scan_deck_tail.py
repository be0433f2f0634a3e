"""A deck's last line measured as headline type on a heavy scan is the deck's, not a
headline (``heading_roles._deck_tail``).

Held-out S5 s854: under the ``海上救援`` kicker and its three-line headline, a deck of
three lines in a narrow column; a speck read at the deck's first line widens the deck's
block to the left, a speck boxed as a photo sits inside it, and the deck's last line,
``下午找到他们``, is a block of its own typed a headline, its box overlapping the line
above (a heavy scan's lines touch). Printed among the headlines, before the deck it
ends. Blocks as layout and recognition leave them on a 300 dpi page, in the order the
scan path gave them; their words boxed as ``_line`` draws them (the type's height is
what the stack's rules measure).
"""

from __future__ import annotations

from conftest import assembled_scan as _assembled

from ocr.model import Article, Block, BlockKind, Box, Line, Word

B, H, K, S, Y = (BlockKind.BODY, BlockKind.HEADLINE, BlockKind.KICKER,
                 BlockKind.SUBHEADLINE, BlockKind.BYLINE)


def _line(text: str, box: Box, em: int) -> Line:
    """A CJK line: one word a character, each ``em`` tall and wide."""
    return Line(tuple(Word(c, Box(box.x + k * em, box.y, em, em)) for k, c in enumerate(text)),
                box)


def _blocks(tail_y: int = 1701, tail_kind: BlockKind = H) -> list[Block]:
    def block(i: str, kind: BlockKind, box: Box, em: int, *lines: tuple[str, Box]) -> Block:
        return Block(i, kind, tuple(_line(t, b, em) for t, b in lines), box)

    return [
        block("k", K, Box(124, 1284, 127, 35), 33, ("海上救援", Box(124, 1284, 127, 35))),
        block("h", H, Box(155, 1334, 346, 263), 71,
              ("漂流16小", Box(176, 1332, 308, 108)), ("时！3名渔", Box(160, 1425, 342, 106)),
              ("民获救", Box(221, 1520, 218, 73))),
        block("d", S, Box(73, 1606, 421, 94), 38,
              ("。渔船沉没后船员登上救", Box(74, 1605, 419, 63)),
              ("生筏，救助直升机次日", Box(115, 1651, 373, 61))),
        block("t", tail_kind, Box(114, tail_y - 12, 373, 59), 41,
              ("下午找到他们", Box(114, tail_y, 228, 59))),
        block("y", Y, Box(182, 1756, 347, 70), 33, ("本报讯（通讯员邢海", Box(182, 1756, 347, 70))),
        block("b", B, Box(120, 1830, 380, 300), 33,
              ("12月14日15时20分，一架救助直升", Box(120, 1830, 380, 50)),
              ("机在海面上发现了一只救生筏。", Box(120, 1880, 380, 50))),
    ]


def _story(blocks: list[Block]) -> Article:
    page = _assembled(blocks, lang="zh")
    (story,) = [a for a in page.articles if "h" in a.block_ids]
    return story


def test_a_deck_s_last_line_typed_a_headline_ends_the_deck() -> None:
    story = _story(_blocks())
    assert len(story.headlines) == 1 and story.headlines[0].endswith("民获救")
    assert story.subheadline is not None and story.subheadline.endswith("次日下午找到他们")


def test_a_headline_apart_from_the_deck_stays_a_headline() -> None:
    """Set lower than a line of the deck's type under it, the block is not the deck's
    last line."""
    story = _story(_blocks(tail_y=1712 + 2 * 38))
    assert "下午找到他们" in story.headlines
