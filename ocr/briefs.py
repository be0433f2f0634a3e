"""Headless briefs and byline blocks: whether a block opens a new article where no
heading says so.

Briefs stacked in a column carry no heading, and a byline set as a block of its own is
an article with no text yet; neither question is about a sentence left open (that is
``ocr.continuity``), but about what two blocks talk about, or whether the article so far
holds only its signature. Asked by the walk in ``ocr.assemble``; a brief that a news
lead opens under a story, or that was written into its sentence, is ``ocr.run_on_briefs``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from .byline_words import writer_title
from .column_blocks import StoryWords, unrelated_column
from .heading_words import listing_entry
from .leads import (
    announced,
    lead_text,
    opens_lead,
    opens_marked_lead,
    opens_news_lead,
    opens_on_day,
)
from .letter_pairs import (
    DENSE_TO_RESUME,
    OPENING_CHARS,
    pair_density,
    talks,
)
from .linejoin import join_lines
from .markers import WRITERS_POSTS, marker_kind, run_in_credit, signed
from .model import BODY, BYLINE, Block
from .profiles import CompiledMarkers
from .run_on_briefs import LEAD_END_LINES
from .story_flow import Flow, ends_sentence_block, last_body
from .terms import cjk_pairs, latin_stems
from .typography import ITEM_MARKS, ends_on_note, ends_sentence

#: A brief's paragraph and the next one share no word of this many letters or more
#: (stems of six): two briefs stacked, not one story (``…walk-ins are welcome.`` /
#: ``Brookfield police arrested…``).
BRIEF_WORD = 4
#: ... each of this many lines at least (a paragraph, not a line written apart).
BRIEF_LINES = 3


def another_brief(d: Flow, block: Block) -> bool:
    """In Latin text, ``block`` is the next headless brief, not the second paragraph (or
    column) of the headless one ``d`` holds: ``d`` is one block that ends its sentence,
    ``block`` opens on a capital, and the two share no content word.

    Briefs stacked in a column or set side by side under a rule carry no heading, and an
    extractor writes them as it writes a story's paragraphs; what one talks about is all
    that parts it from the next. Only a headless article of one block is asked: a
    story's later paragraphs, under its heading, may turn to another subject.

    ``d`` may stop mid-sentence when ``block`` opens with a lead that names its subject
    in full and the day (``leads.opens_news_lead``): pdftotext writes a brief's first
    column (``…Donors must be at least 16 and weigh``), then the brief under it (``The
    Friends of the Pine Hollow Public Library will hold … Friday``), and the first
    brief's rest later, in lower case (``at least 110 pounds.``)."""
    if len(d.blocks) != 1 or d.blocks[0].kind is not BODY:
        return False
    first = d.blocks[0]
    if len(first.lines) < BRIEF_LINES or len(block.lines) < BRIEF_LINES:
        return False
    if not block.text[:1].isupper():
        return False
    if not ends_sentence(first.text) and opens_news_lead(
            join_lines([ln.text for ln in block.lines])) != "named":
        return False
    own, other = _content_stems(first), _content_stems(block)
    return bool(own) and bool(other) and not own & other


def another_cjk_brief(d: Flow, block: Block, m: CompiledMarkers) -> bool:
    """In Chinese text, ``block`` is the next headless brief, not the second paragraph of
    the headless one ``d`` holds: ``d`` is one block of ``BRIEF_LINES`` lines or more that
    ends its sentence, ``block`` as long, and the two share no letter pair
    (``another_brief``'s test, in letter pairs for text without words: on the study sets'
    truths a story's first two paragraphs share one but twice in 193). Not after a
    signed story (``markers.signed``: ``本报讯（记者 周明）…``), whose headline group may
    be written elsewhere and whose later paragraph may turn to another matter; a notice
    signed by the paper alone, or not at all, is a brief of a paragraph."""
    if len(d.blocks) != 1 or d.blocks[0].kind is not BODY:
        return False
    first = d.blocks[0]
    if signed(first.lines[0].text, m):
        return False
    if len(first.lines) < BRIEF_LINES or len(block.lines) < BRIEF_LINES:
        return False
    if not ends_sentence(first.text):
        return False
    return pair_density(first.text, cjk_pairs(block.text))[1] == 0


#: A Chinese brief's text holds this many characters at most: a paragraph of a few lines
#: (the study sets' truths: 40-104); a story's, several times as many. A note may close
#: a story's paragraph and the story go on (a photo's credit, an editor's note).
BRIEF_LETTERS = 200


def closed_by_note(d: Flow, m: CompiledMarkers) -> bool:
    """Chinese: ``d`` is a brief (``BRIEF_LETTERS``) whose text ends on a note in
    brackets after its last sentence's stop (``typography.ends_on_note``: ``…回港避风。
    （记者 戴文）``, ``…保暖。（据新华社电）``), the note broken over its line end or not:
    the signature or source that closes it. No text of the brief comes after it, so the
    next block that no rule takes back to an earlier story opens another item (a
    headless notice, or a story's column pdftotext wrote after the brief). A
    photographer's credit run in after a caption (``…赏花。（记者 王明 摄）``,
    ``markers.run_in_credit``) closes the caption only."""
    last = last_body(d)
    return (last is not None and ends_on_note(last.text)
            and run_in_credit(last.text, m) is None
            and sum(len(b.text) for b in d.blocks if b.kind is BODY) <= BRIEF_LETTERS)


#: The paper's signature and a writer's post right after it, in brackets or not
#: (``本报讯 记者 樊清 通讯员 谷雨``, ``本报讯（记者 林晓）``): a story signed whole.
_SIGNED_BY_POST = re.compile(rf"^本报讯\s*[（(]?\s*(?:{'|'.join(WRITERS_POSTS)})")


def _writer_signs(text: str, m: CompiledMarkers) -> bool:
    """Whether a Chinese paragraph opens on its writer's byline (``markers.signed``, or
    the paper's signature run straight into a post, ``_SIGNED_BY_POST``)."""
    return signed(text, m) or _SIGNED_BY_POST.match(text) is not None


def marked_after_brief(d: Flow, block: Block, m: CompiledMarkers) -> bool:
    """Chinese: ``block`` opens on an item's mark (``typography.ITEM_MARKS``: ``■夏季献血
    活动启动 7月18日至20日，…``) after a brief (``BRIEF_LETTERS``) that ended its
    sentence, or its note (``…声明作废。``, ``…（据澜溪发布）``), or a listing's rows
    (``heading_words.listing_entry``: ``3D 第2026190期 4 0 7``, no stop): the first of
    another item's marked paragraphs, stacked under the brief in its column with no
    heading. After a story a mark may open its own
    sidebar paragraphs (``▲当日，全市用电负荷…``), and after a lead-in on a colon
    (``不合格的7批次食品如下：``) a list, so neither is asked; nor a story signed by its
    writer (``markers.signed``: ``本报讯 记者 樊清 通讯员 谷雨…``), whose first column
    alone may be under ``BRIEF_LETTERS``, nor text holding a marked paragraph already
    (a story's crossheads ``■活水畅流让河道“动”起来``, a list's entries run together)."""
    mark = block.text.lstrip()[:1]
    body = [b for b in d.blocks if b.kind is BODY and b.lines]
    if not mark or mark not in ITEM_MARKS or not body or any(
            b.kind is BYLINE for b in d.blocks) or _writer_signs(body[0].lines[0].text, m):
        return False
    if any(ln.text.lstrip()[:1] in ITEM_MARKS for b in body for ln in b.lines):
        return False
    last = body[-1]
    return (ends_sentence(last.text) or listing_entry(last.lines[-1].text)
            ) and sum(len(b.text) for b in body) <= BRIEF_LETTERS


_POSSESSIVE = re.compile(r"(?<=[A-Za-z])['’]s\b")


def _content_stems(block: Block) -> set[str]:
    """The stems of a block's words of ``BRIEF_WORD`` letters or more, its lines joined
    first, so a word broken at a line end is whole (``Libr-`` / ``ary``: the library's),
    a possessive's ``'s`` dropped (``the club’s scholarship fund`` names the ``Rotary
    Club`` of the brief's lead)."""
    text = _POSSESSIVE.sub("", join_lines([ln.text for ln in block.lines]))
    return {
        t
        for t in latin_stems(text)
        if len(t) >= BRIEF_WORD and not t.isdigit()
    }


def opens_with_lead(block: Block) -> bool:
    """Chinese: ``block`` opens with a story's lead that names no writer, read across its
    first lines (``leads.lead_text``, ``leads.opens_lead``): a story's first paragraph."""
    return opens_lead(lead_text(block))


def lead_brief(d: Briefed, block: Block, recent: str, m: CompiledMarkers) -> bool:
    """In Chinese text, ``block`` opens the next story, not a paragraph of the one ``d``
    holds: it opens with a story's lead that names no writer (``leads.opens_lead``:
    ``记者从市公安局交警支队获悉，…``) after ``d`` ended its sentence, and does not talk of
    ``d``'s latest text ``recent`` (``letter_pairs.talks``, the bar a column taken back to
    its story must pass), and ``d`` is no feature's opening set before its news
    (``signed_opening``).

    A brief stacked under a story or another brief carries no heading, and the extractor
    writes it as the next paragraph; its lead is what tells it. The pairs guard a story
    that quotes a source in a later paragraph on its own subject. The lead is read across
    the block's first lines (``leads.LEAD_LINES``): a narrow column (six to a page, a dozen
    characters a line) breaks it before its verb (``记者从市公安局交警支`` / ``队获悉，``)."""
    last = last_body(d)
    closed = ends_sentence_block(d) or (last is not None and listing_entry(last.lines[-1].text))
    if not (closed and (opens_with_lead(block) or _marked_lead(d, block))) or signed_opening(
            d, m):
        return False
    subject = announced(lead_text(block))
    if subject is not None and pair_density(recent, cjk_pairs(subject))[1] > 0:
        return False  # (what the story above told of: ``邵老先生遗体告别仪式定于…``)
    return talks(pair_density(recent, cjk_pairs(block.text[:OPENING_CHARS]))) < DENSE_TO_RESUME


def _marked_lead(d: Briefed, block: Block) -> bool:
    """Chinese: ``block`` opens on an item's mark before a brief's lead (``leads.
    opens_marked_lead``: ``▲7月14日，…``, ``■夏季献血活动启动 7月18日至20日，…``) and ``d``
    holds no paragraph under that mark: the first of a run of marked briefs stacked
    under a story with no heading; the run's next paragraphs under the same mark
    (``▲日前，…``) go on with the first, one item."""
    mark = block.text[:1]
    return opens_marked_lead(lead_text(block)) and not any(
        ln.text.startswith(mark) for b in d.blocks if b.kind is BODY for ln in b.lines)


#: A feature's opening set before its news lead (a scene, a quote) holds this many
#: sentences at most (``“钱到账了，这下能安心回家过年了。”…长舒了一口气。``), in this many
#: characters at most (some five lines of a narrow column; the study sets' run 48-62).
OPENING_SENTENCES, OPENING_LETTERS = 2, 80
_SENTENCE_STOP = re.compile(r"[。！？]+[”’」』]*")


def signed_opening(d: Briefed, m: CompiledMarkers) -> bool:
    """Chinese: ``d`` is a headed story signed by its writer (a byline block, or one its
    text opens with: ``本报讯（记者 X）``) whose text so far is a short opening
    (``OPENING_SENTENCES``, ``OPENING_LETTERS``) that opens no lead (``leads.opens_lead``,
    ``leads.opens_on_day``): a feature's scene or quote, set before the news it leads
    into. A writer signs a story, not a paragraph: the lead under it (``11月6日，老秦和35
    名工友…``, ``记者从市农产品批发市场了解到，…``) is the story's own, not a brief's
    (``column_blocks.signed_lede`` reads an English feature so). A brief has no heading
    over it, and its lead opens it."""
    body = [b for b in d.blocks if b.kind is BODY]
    if d.headless or not body:
        return False
    text = "".join(join_lines([ln.text for ln in b.lines]) for b in body)
    found = m.byline.match(text) if m.byline else None
    if found is not None and signed(text, m):
        text = text[found.end():].lstrip()
    elif not any(b.kind is BYLINE for b in d.blocks):
        return False
    return (0 < len(text) <= OPENING_LETTERS and not opens_lead(text)
            and not opens_on_day(text)
            and len(_SENTENCE_STOP.findall(text)) <= OPENING_SENTENCES)


def byline_only(d: Flow, m: CompiledMarkers, *, headed: bool = False) -> bool:
    """The article so far is a byline block (``By GRACE ABERNATHY`` / ``Ledger
    Correspondent``; an engine's zone ``By ELENA`` / ``MARQUEZ``), or a byline and its
    writer's post set as a block of its own (``By JULIA SANTOS`` / ``Associated Press``,
    ``typography.writer_title``), so a dateline after it goes on with it. Lines in lower
    case pdfminer wrote out of place after the byline (``_out_of_place``) are no story's
    text yet.

    A byline wrapped in a narrow column runs its names on over lines of their own
    (``By TERESA`` / ``VILLANUEVA and`` / ``ROSALIND KEMP`` / ``Ledger Staff``): under
    the byline, a block of such lines, each a name or a post, is still the signature.
    And an agency's or a post's line alone straight under its heading (``headed``:
    ``ANA Reporter``, the byline the classifier took for text, having no ``By``) is
    no story's text either: the dateline under it opens the story's text, not another
    story (fresh draws: the story cut in two, its heading and signature left headless
    of their text)."""
    body = [b for b in d.blocks if b.kind is BODY]
    signed = any(b.kind is BYLINE for b in d.blocks)
    return all(
        (len(b.lines) <= 2 and marker_kind(b.lines[0].text, m) is BYLINE)
        or (signed and len(b.lines) <= SIGNATURE_LINES and _names_or_posts(b))
        or (signed and _out_of_place(b))
        or (headed and not signed and len(body) == 1 and len(b.lines) == 1
            and _names_or_posts(b))
        for b in body
    )


#: A byline's names and post run on over this many lines at most under its ``By`` line
#: (``VILLANUEVA and`` / ``ROSALIND KEMP`` / ``Ledger Staff``: three in a column of
#: 330 px).
SIGNATURE_LINES = 3


def _names_or_posts(block: Block) -> bool:
    """Each line of ``block`` a writer's name or post (``typography.writer_title``:
    capitalised words, no sentence), none going on in lower case on the next."""
    texts = [ln.text for ln in block.lines]
    return all(writer_title(t, after) for t, after in zip(texts, [*texts[1:], None], strict=True))


#: Lines of a column written out of place hold this many lines at most (``that day to
#: watch for`` / ``p.m.`` / ``symptoms.``).
OUT_OF_PLACE_LINES = 2


def _out_of_place(block: Block) -> bool:
    """A line or two that open in lower case: words or lines pdfminer took out of a
    stretched line or wrote out of their column's order (``text_pieces.stray_words``
    ``case``), not a story's first text, which opens a sentence."""
    return len(block.lines) <= OUT_OF_PLACE_LINES and block.lines[0].text[:1].islower()


class Briefed(Flow, Protocol):
    """An article as ``story_after_brief`` sees it: whether it was opened headless."""

    headless: bool


B = TypeVar("B", bound=Briefed)


def story_after_brief(drafts: Sequence[B], d: B, block: Block, words: StoryWords) -> B | None:
    """In Latin text written a column a block: the story a column goes back to after a
    brief set under the story's first column (pdftotext writes the brief between the
    story's columns: ``…since it opened in 1952.`` / ``The Parks Department will open
    registration…`` / ``Organizers said staffing was the central issue. Nurses…``).
    ``d`` is a headless brief of one block that opens with a news lead
    (``leads.opens_news_lead``; not a narrow neighbour's body written after the
    story), its sentence ended or cut at its column's foot; ``block`` shares no content
    word with it
    (``unrelated_column``), opens no lead of its own (a story's later column names what
    its lead introduced), and shares one with the story read right before the brief,
    which no jump line ended."""
    if (not d.headless or len(d.blocks) != 1 or len(drafts) < 2 or drafts[-1] is not d
            or not unrelated_column(d, block, words, open_ok=True)):
        return None
    if not opens_news_lead(join_lines([ln.text for ln in d.blocks[0].lines])):
        return None  # (a neighbour's body that a column-wise reader wrote after the story)
    story = drafts[-2]
    if story.jump is not None or not story.has_body or not words.of(story) & words.block(block):
        return None
    if opens_news_lead(join_lines([ln.text for ln in block.lines[:LEAD_END_LINES]])):
        return None
    return story
