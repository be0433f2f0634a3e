"""A story's column written after a brief that its dateline opened (English text).

A wire brief opens with its dateline (``SALEM (AP) — Oregon wildlife officials counted
614 …``) and, set in a narrow column, goes on in that column's next part. pdftotext and
pdfminer write the brief's first part where its baselines fall among another story's
column (after the dairy story's crosshead, among a market report's prices) and that
story's next part right after it: a block that opens on a capital after the brief's
sentence was left open reads as the brief's text. It is not: a brief's text talks of
what its lead named, and that block names none of it but what the story just before
talks of (``The county had 212 licensed dairies …``).
"""

from __future__ import annotations

from collections.abc import Sequence

from .leads import opens_news_lead
from .linejoin import join_lines
from .markers import dateline_at, opens_article
from .model import BODY, Block
from .profiles import CompiledMarkers
from .story_flow import F, Flow
from .terms import content_stems
from .typography import ends_sentence

#: A brief's first part holds this many lines at least: fewer, under a dateline, are a
#: paragraph's first line written apart (``BRANTLEY — A 23-year-old Milford man was
#: taken to`` / ``Elliot Hospital …``), whose rest shares few words with it.
DATED_PART_LINES = 3
#: ... and a brief is this many blocks at most when a column is read after it (its
#: first part, and a crosshead or a word its column wrote apart: ``Grain``).
DATED_PART_BLOCKS = 2
#: A story and a column share this many content words at least to be one (one is shared
#: by chance: a town's name).
SHARED_WORDS = 2
#: The stories read before the brief that the column may go back to, nearest first.
STORIES_BACK = 3


def column_after_dated_brief(drafts: Sequence[F], current: F, block: Block,
                             m: CompiledMarkers) -> F | None:
    """The story read before the dated brief ``current`` that ``block`` goes on with, if
    any: ``current`` opens with a dateline and no byline, holds a part of
    ``DATED_PART_LINES`` lines or more and stops mid-sentence (its column goes on
    elsewhere); ``block`` opens on a capital with no lead or opening of its own, shares
    no content word with the brief and ``SHARED_WORDS`` with one of the
    ``STORIES_BACK`` stories before it. A brief's second paragraph may share no word
    with its lead (``In the 1970s, fewer than 70 nesting pairs …``), but follows a
    sentence's end."""
    body = [b for b in current.blocks if b.kind is BODY and b.lines]
    if (not body or len(body) > DATED_PART_BLOCKS or len(body[0].lines) < DATED_PART_LINES
            or len(body) != len(current.blocks)):  # (a byline or heading in it: a story)
        return None
    if not block.text[:1].isupper() or dateline_at(body[0].lines[0].text, m) is None:
        return None  # (most blocks: no brief opened by its dateline before them)
    if ends_sentence(body[-1].text) or opens_article(block, m) or opens_news_lead(
            join_lines([ln.text for ln in block.lines[:DATED_PART_LINES]])):
        return None
    at = next((i for i, d in enumerate(drafts) if d is current), 0)
    words = content_stems(join_lines([ln.text for ln in block.lines]))
    if not words or words & _words(current):
        return None
    for story in reversed(drafts[max(0, at - STORIES_BACK) : at]):
        if story.has_body and story.jump is None and len(_words(story) & words) >= SHARED_WORDS:
            return story
    return None


def _words(d: Flow) -> set[str]:
    """The content words of ``d``'s running text."""
    return content_stems(join_lines([ln.text for b in d.blocks if b.kind is BODY
                                     for ln in b.lines]))
