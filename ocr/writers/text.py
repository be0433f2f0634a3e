"""The page as plain text for reading and diffing: one article after another.

Per article: kicker, headlines and subheadline one a line, a blank line, then the
byline and the paragraphs separated by blank lines; each photo item (marked) after the
article it illustrates or where it is read, and headlines that matched no article at
the end, marked, so nothing printed is lost.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from ..model import Page, Photo

ARTICLE_RULE = "* * *"
#: What stands between two items.
_BETWEEN = "\n\n" + ARTICLE_RULE + "\n\n"
#: Characters gathered before they go to the file.
_CHUNK = 1 << 16


def _items(page: Page) -> Iterator[str]:
    """Each item's text, in the order they are printed."""
    by_id = {b.id: b for b in page.blocks}
    for a in page.items():  # each photo item beside the story it illustrates
        if isinstance(a, Photo):
            lines = [t for t in (a.title, a.caption, a.credit) if t]
            if lines:
                yield "[photo] " + "\n".join(lines)
            continue
        head = [t for t in (a.kicker, *a.headlines, a.subheadline) if t]
        body = [t for t in (a.continued_from.text if a.continued_from else None,
                            " ".join(x for x in (a.byline, a.dateline) if x) or None,
                            *a.paragraphs,
                            a.jump.text if a.jump else None) if t]
        yield "\n".join(head) + ("\n\n" if head else "") + "\n\n".join(body)
    if page.orphans:
        yield "[headlines without article]\n" + "\n".join(by_id[i].text for i in page.orphans)


def text_str(page: Page) -> str:
    return _BETWEEN.join(_items(page)) + "\n"


def text_bytes(page: Page) -> bytes:
    return text_str(page).encode("utf-8")


def write_text_to(page: Page, fh: BinaryIO) -> None:
    """The bytes of ``text_bytes``, written to ``fh`` as the items come (a 10 MB page's
    text is not held as one string and its bytes besides)."""
    parts: list[str] = []
    size = 0
    for n, item in enumerate(_items(page)):
        if n:
            parts.append(_BETWEEN)
        parts.append(item)
        size += len(item)
        if size >= _CHUNK:
            fh.write("".join(parts).encode("utf-8"))
            parts.clear()
            size = 0
    parts.append("\n")
    fh.write("".join(parts).encode("utf-8"))
