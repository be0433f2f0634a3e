"""Pending columns: which article a column read out of its story's order goes to.

In text without geometry an extractor writes a story's later column before its start, or
under another story's heading; the walk (``ocr.assemble``) marks such a column pending,
and only once every article's end is known can it tell which story left the sentence
open that the column finishes. Apart from ``ocr.continuity``, which answers block by
block during the walk, because this runs once over the walk's finished articles.
"""

from __future__ import annotations

from .continuity import NEAR_ARTICLES
from .model import BODY, Block
from .open_gaps import Stories, body_measure, left_open_for
from .story_flow import F, Flow, ends_sentence_block, flow_text
from .terms import Terms, latin_stems

#: A column under a heading, with no earlier story left open, goes on with the next
#: story left mid-sentence when it shares this many content words with it; else it is
#: its heading's own story.
SHARED_TO_MOVE = 2


def place_pending(drafts: list[F]) -> tuple[list[F], dict[int, F]]:
    """Give each pending column to an article that ends mid-sentence; returns the
    articles left and, by ``id``, the article each pending column went to.

    A column read after an article that ended its sentence goes to the first article
    after it that ends mid-sentence with no jump line when it shares at least as many of
    its terms with it as with the article it was read after; else, in Chinese, to a story
    left open inside or before it that talks of it (``open_gaps.left_open_for``: a wire
    brief's lead is complete in itself), right after its cut; else to that one. A column
    under a heading goes to that later article only when it shares more content words
    (three letters or more) with its own text than the ``read_after`` article's does (a
    tie stays: it goes right after the block it was read after); with no ``read_after``,
    to the later article if they share ``SHARED_TO_MOVE`` content words, else it stands
    alone under its heading (a story whose first letter, a drop cap, was lost).

    The articles after a column are looked at from the first that is not pending (an
    index kept from the end), so a page of a million pending columns stays linear."""
    after = [len(drafts)] * (len(drafts) + 1)  # index of the first non-pending one from i on
    for i in range(len(drafts) - 1, -1, -1):
        after[i] = after[i + 1] if drafts[i].pending else i
    out: list[F] = []
    hosts: dict[int, F] = {}
    follow: dict[int, list[Block]] = {}  # by a block's id: the columns read right after it
    placed: set[int] = set()  # the ids of the blocks of columns given to an article here
    memo: dict[int, frozenset[str]] = {}  # each article's own terms, by its id
    stories: Stories | None = None  # (Chinese) what the articles left open, when first asked
    filled: set[int] = set()  # the ids of the blocks a column was put right after
    for i, d in enumerate(drafts):
        if not d.pending:
            out.append(d)
            continue
        target = None
        j = after[i + 1]
        while j <= i + NEAR_ARTICLES and j < len(drafts):  # linear on huge pages
            e = drafts[j]
            if e.jump is None and e.has_body and not ends_sentence_block(e):
                target = e
                break
            j = after[j + 1]
        host: F | None
        anchor: Block | None = None  # the block the column goes right after, if it stays
        if d.under_heading:
            # Content words (three letters or more) shared with the articles' own text,
            # not columns given them here: a short column shares ``by`` and ``to`` with
            # any story, and one word (``fuel``, ``city``) with many.
            own = {t for t in latin_stems(flow_text(d)) if len(t) >= 3}
            later = len(own & _own_terms(target, placed, memo)) if target is not None else 0
            if d.read_after is not None:
                earlier, at = d.read_after
                host = hosts.get(id(earlier), earlier)
                if later <= len(own & _own_terms(host, placed, memo)):
                    anchor = at
                else:
                    host = target
            elif later >= SHARED_TO_MOVE:
                host = target
            else:
                host = None  # its heading's own story (its drop cap lost)
        else:
            terms_of = Terms(flow_text(d))
            host = out[-1] if out else None
            if target is not None and (
                host is None or terms_of.share(flow_text(target)) >= terms_of.share(flow_text(host))
            ):
                host = target
            else:  # (Chinese) a story left open inside, or before the column
                stories = stories or Stories(body_measure(drafts))
                if gap := left_open_for(d, drafts, i, host, stories, filled):
                    host, at, last = gap
                    filled.add(id(at))
                    anchor = None if last else at
        if host is None:
            d.pending = False
            out.append(d)
            continue
        if anchor is not None:
            follow.setdefault(id(anchor), []).extend(d.blocks)
        _took(host, d, at_end=anchor is None)
        hosts[id(d)] = host
        placed.update(map(id, d.blocks))
    if follow:
        for d in out:
            d.blocks = _followed(d.blocks, follow)
    return out, hosts


def _own_terms(d: Flow, placed: set[int], memo: dict[int, frozenset[str]]) -> frozenset[str]:
    """``d``'s Latin terms but for the columns ``place_pending`` gave it: made once for
    each article (what is left of it does not change), so the placing stays linear."""
    got = memo.get(id(d))
    if got is None:
        text = " ".join(b.text for b in d.blocks if b.kind is BODY and id(b) not in placed)
        got = memo[id(d)] = frozenset(latin_stems(text))
    return got


def _took(d: Flow, column: Flow, at_end: bool = True) -> None:
    """``d`` takes ``column``: its blocks at its end (else placed by ``_followed``)."""
    if at_end:
        d.blocks.extend(column.blocks)
    d.jump = d.jump or column.jump
    d.end = max(d.end, column.end)


def _followed(blocks: list[Block], follow: dict[int, list[Block]]) -> list[Block]:
    """``blocks`` with the columns that follow each block right after it, in the order
    they were read (a column's own blocks may have columns following them)."""
    out: list[Block] = []
    stack = list(reversed(blocks))
    while stack:
        b = stack.pop()
        out.append(b)
        stack.extend(reversed(follow.pop(id(b), ())))
    return out
