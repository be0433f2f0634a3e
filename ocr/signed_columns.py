"""Stories side by side whose headlines and bylines pdftotext wrote in rows, then their
columns one after another: a story signed with no text takes back its column from the
next signed story (text without geometry, after the walk). Apart from
``ocr.misplaced_columns`` (its own size), with which it reads a story's content words
(``terms.content_stems``).
"""

from __future__ import annotations

from collections.abc import Sequence

from .heading_words import capitals_label
from .misplaced_columns import S, blocks_text, opens_sentence
from .model import BODY, Block
from .terms import content_stems


def signed_columns(drafts: list[S], heads: Sequence[tuple[int, Sequence[str]]]) -> list[S]:
    """English text: a story that got its byline only (pdftotext writes the headlines
    and bylines of stories side by side in rows, then their columns one after another)
    takes back its column from the next signed story, which the walk gave it after that
    story's lead: from the first paragraph that opens a sentence and shares more
    content words with its headline (``_own_heading``) than with the other story's
    headings and lead (``Dairy farmers brace for another slide in milk prices`` / ``By
    MARCUS WEBB`` / … / ``No. 5 train to run on weekends`` / ``By NADIA PETROVA`` /
    ``Commuter rail…`` / ``For the third time…, the price … for their milk``), each later
    paragraph that shares at least as many with it (a column is written whole; the
    column before may end mid-sentence, at its jump line). The other story must have a
    heading of its own between the two bylines. ``heads``: each heading group's start
    and its blocks' texts."""
    for i, d in enumerate(drafts):
        if d.has_body or d.byline is None or d.headless or i + 1 >= len(drafts):
            continue
        mine = content_stems(_own_heading(drafts, i, heads))
        other = next((e for e in drafts[i + 1 : i + 1 + SIGNED_AHEAD] if e.byline is not None),
                     None)
        if not mine or other is None:
            continue
        body = [b for b in other.blocks if b.kind is BODY]
        theirs = content_stems(" ".join(" ".join(t) for s, t in heads if d.start < s < other.start))
        if not theirs or not body:
            continue  # the other story's own headline stands between the two bylines
        theirs |= content_stems(blocks_text(body[:1]))
        moved: list[Block] = []
        for b in body[1:]:
            own = content_stems(blocks_text([b]))
            ours, yours = len(own & mine), len(own & theirs)
            if (ours >= max(SIGNED_SHARED, yours + 1) and opens_sentence(b.text)) or (
                    moved and ours >= yours):
                moved.append(b)
                mine |= own
            else:
                theirs |= own
        if moved:
            d.blocks.extend(moved)
            taken = {id(b) for b in moved}  # (by identity: two blocks may read alike)
            other.blocks = [b for b in other.blocks if id(b) not in taken]
    return drafts


def _own_heading(drafts: Sequence[S], i: int, heads: Sequence[tuple[int, Sequence[str]]]) -> str:
    """The headline of ``drafts[i]``, signed with no text: headlines written in a row
    head the stories signed after them in the same order, so the k-th story signed since
    the last heading group before it has that group's k-th heading (``School board
    weighs…`` / ``Players turn old rail depot…`` / ``By RACHEL…`` / the school board's
    text / ``By SAMUEL BRIGHT``: the players'). Nothing when the group holds fewer."""
    d = drafts[i]
    row = next(((s, t) for s, t in reversed(heads) if s < d.start), None)
    if row is None:
        return ""
    k = sum(1 for e in drafts[: i + 1] if row[0] < e.start and e.byline is not None)
    titles = [t for t in row[1] if not _label(t, row[1])]
    return titles[k - 1] if 1 <= k <= len(titles) else ""


def _label(text: str, row: Sequence[str]) -> bool:
    """A section label (``OBITUARY``, ``HIGH SCHOOL HOCKEY``: ``capitals_label``) in a row
    of headings some of which are not in capitals; it heads a page's section, no story."""
    return capitals_label(text) and any(not t.isupper() for t in row)


#: How many stories after one that got its byline only the signed story is looked for.
SIGNED_AHEAD = 3
#: Content words a paragraph shares with a byline-only story's headings to open its column.
SIGNED_SHARED = 1
