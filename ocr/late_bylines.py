"""English text without geometry: a story's byline written into its text.

A paper may set a story's lead across columns over its byline, or an extractor may write
the lead column (pdfminer) or the story's later text before the byline's column. The
byline then stands after the story's first text with no heading of its own over it, and
``assemble`` would open a draft at it: the story's later text goes with the byline, apart
from its headline and lead. Where the sentence the story's text broke off in goes on
under the byline, in lower case, the byline stands inside the story: it signs the open
story and the text goes on with it.

Only that evidence is asked. A census over the study sets (``docs/text-path.md``,
thirty-eighth session, tx43by) found no other at the byline that tells the open story's
own late byline from the next story's byline whose headline an extractor wrote elsewhere
(68 of 86 bylines read right after text are the next story's): a heading over the open
story, its sentence left open, the heading's or the text's words named under the byline,
no heading waiting for its text, each is as common in the next story's case.
"""

from __future__ import annotations

from collections.abc import Sequence

from .continuity import NEAR_ARTICLES, Lookback, read_on_best
from .drafts import Draft
from .model import BODY, Block
from .story_flow import ends_sentence_block


def signs_open_story(current: Draft | None, after: Sequence[Block], drafts: list[Draft],
                     memo: Lookback) -> bool:
    """Whether a byline read right after ``current``'s text signs ``current``: a story
    with text and no byline yet, broken off mid-sentence (``ends_sentence_block``),
    whose sentence the block after the byline (``after``, one block at most) goes on
    with in lower case (``…walked into the bakery and`` / ``By Dana Pruitt`` / ``Staff
    Writer`` / ``though his eyes suggested otherwise``), and reads on from it better than
    from any other story left open (``continuity.read_on_best`` over ``drafts``: another
    story's column may be written after the byline). The caller asks this only for text
    without geometry, in a Latin script, right after a body block."""
    if (current is None or current.byline is not None or not current.has_body
            or not after or after[0].kind is not BODY):
        return False
    first = after[0].lines[0].text if after[0].lines else ""
    if ends_sentence_block(current) or not first[:1].islower():
        return False
    opened = [drafts[i] for i in memo.open_among(drafts, max(0, len(drafts) - NEAR_ARTICLES))]
    return any(d is current for d in opened) and read_on_best(opened, first) is current
