"""Headline groups given to their articles once the walk over the blocks is done.

``assemble``'s walk collects the page's headline groups and its articles' drafts, but in
extracted text a headline often comes after its article's body, or at the very end of
the page, and on a page with geometry a headline over a photo heads the story under
it: which group heads which article is decided only when every article's end is known.
This pass, asked once from ``assemble`` after the walk, gives each group to its article
(``headlines.attach``: by position with geometry, by the terms they share without):
kickers read between a story's columns are handed on, a closing group is the page's
banner, photo titles are taken first, text groups are split (``heading_splits``,
``glued_headlines``, ``stacked_headings``), and the stories a heading or its stack
makes are set out (``stacks_apart``, ``stacks_over_bylines``, ``drafts.heading_stories``,
``photo_owners``). Apart from the walk because it reads only the walk's results, never
a block in turn.
"""

from __future__ import annotations

from .downstyle_headlines import heads_rows
from .drafts import Draft, PhotoDraft, heading_stories, heading_terms
from .glued_headlines import split_glued
from .heading_splits import split_groups
from .headless_columns import columns_back
from .headlines import HeadingGroup, attach, attach_by_position
from .lone_kickers import hand_on
from .model import Block, Page
from .photo_owners import photo_stories
from .photo_titles import take_photo_titles, titles_by_terms
from .profiles import CompiledMarkers
from .stacked_headings import kickers_in_turn, stacked_owners
from .stacks_apart import stacks_to_stories
from .stacks_over_bylines import stacks_over_bylines
from .story_flow import flow_text


def attach_headlines(
    page: Page, groups: list[HeadingGroup], handed: list[HeadingGroup], drafts: list[Draft],
    photos: list[PhotoDraft], ordered: list[Block], markers: CompiledMarkers, *,
    textual: bool, signed: set[int], leads: dict[int, str], pictured: set[int],
) -> tuple[list[HeadingGroup], list[Draft], list[Block]]:
    """The page's headline groups (``groups``, and ``handed``: kickers read between a
    story's columns), its articles' drafts made whole by their headlines, and the
    headlines no article took (``orphans``), for ``drafts.build_items``.

    ``textual``: the page has no geometry; ``signed``: where its bylines stand in
    reading order; ``leads``: (text) what opens with its byline under a heading, by
    place; ``pictured``: where a photo's captions and credits stand.
    """
    if handed:
        groups = hand_on(groups, handed)
    if groups and (not drafts or groups[-1].start > max(d.end for d in drafts)):
        if drafts and not any(p.start > groups[-1].start for p in photos):
            groups[-1].banner = True
    # On a page with geometry, a headline over a photo that its story's text follows
    # heads the story (text without positions keeps a title before its photo).
    opens = {d.start for d in drafts}
    take_photo_titles(groups, photos, opens if not textual else (), opens, signed, leads,
                      {d.start: d.blocks[0].text for d in drafts if d.blocks} if textual else None)
    flows = [flow_text(d) for d in drafts]  # (the photo titles take no draft's text)
    if textual:
        titles_by_terms(groups, photos, [" ".join(b.text for b in p.blocks) for p in photos],
                        [(d.start, t) for d, t in zip(drafts, flows, strict=True)])
    grams, own = heading_terms(drafts, groups, markers)
    if not textual:
        # Geometry put every headline above its article: position decides, content helps
        # only with what position leaves over.
        attach_by_position(groups, drafts)
    else:
        if page.lang != "zh":
            split_glued(groups, grams, [d.start for d in drafts])
        groups = split_groups(groups, grams, [d.start for d in drafts])
        stacked_owners(groups, grams, [d.start for d in drafts])
        groups = kickers_in_turn(groups, grams, [d.start for d in drafts])
    if textual and page.lang != "zh":
        _listing_heads(groups, drafts)
    orphans = attach(groups, drafts, grams, pictured if textual else frozenset(), own)
    if textual and page.lang != "zh":
        drafts = columns_back(stacks_to_stories(drafts, markers, photos), photos)
    if textual:  # (after the stacks a rule of their own moved: what is left is asked)
        drafts = stacks_over_bylines(drafts, ordered, photos)
    if not textual:
        drafts, orphans = heading_stories(groups, drafts, orphans)
        drafts = photo_stories(drafts, photos, ordered)
    return groups, drafts, orphans


def _listing_heads(groups: list[HeadingGroup], drafts: list[Draft]) -> None:
    """English text: a group of one standing head over a listing's or a court brief's
    first row (``downstyle_headlines.heads_rows``: ``Fixtures`` / ``Saturday: Kelderby
    Town v…``, ``In court`` / ``Kevin Lorimer (34), of…``) is the article's right under it,
    told by those rows: a standing head names no story, so the terms it shares with
    another (``court``, ``years``) say nothing of where it goes. Sets the group's
    ``owner``, as ``heading_splits`` does for a group its rows tell."""
    opening = {d.start: di for di, d in enumerate(drafts) if d.blocks}
    for g in groups:
        di = opening.get(g.start + len(g.blocks))
        if g.owner is None and di is not None and len(g.blocks) == 1 and heads_rows(
                g.blocks[0].text.strip(),
                drafts[di].blocks[0].text.split("\n")):
            g.owner = di
