"""The page as plain text for reading and diffing: one article after another.

Per article: kicker, headlines and subheadline one a line, a blank line, then the
byline and the paragraphs separated by blank lines; each photo item (marked) after the
article it illustrates or where it is read, and headlines that matched no article at
the end, marked, so nothing printed is lost.
"""

from __future__ import annotations

from ..model import Page, Photo

ARTICLE_RULE = "* * *"


def text_str(page: Page) -> str:
    parts: list[str] = []
    by_id = {b.id: b for b in page.blocks}
    for a in page.items():  # each photo item beside the story it illustrates
        if isinstance(a, Photo):
            lines = [t for t in (a.title, a.caption, a.credit) if t]
            if lines:
                parts.append("[photo] " + "\n".join(lines))
            continue
        head = [t for t in (a.kicker, *a.headlines, a.subheadline) if t]
        body = [t for t in (a.continued_from.text if a.continued_from else None,
                            " ".join(x for x in (a.byline, a.dateline) if x) or None,
                            *a.paragraphs,
                            a.jump.text if a.jump else None) if t]
        parts.append("\n".join(head) + ("\n\n" if head else "") + "\n\n".join(body))
    if page.orphans:
        parts.append("[headlines without article]\n" + "\n".join(
            by_id[i].text for i in page.orphans))
    return ("\n\n" + ARTICLE_RULE + "\n\n").join(parts) + "\n"


def text_bytes(page: Page) -> bytes:
    return text_str(page).encode("utf-8")
