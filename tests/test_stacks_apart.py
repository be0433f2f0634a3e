"""A story's headline and deck that pdftotext wrote apart from their story, at the top of
the page over another story, read as an item of their own, head the later story that
opens with a byline and shares their words (``stacks_apart.stacks_to_stories``); a
headline that opens on a figure and one wrapped at a dash are read as headings there
(``heading_shape.headline_shape``'s ``apart``, ``heading_words.goes_on``). A brief that
opens on its run-in head before a signed story stays a brief. The shape of S5 en743's
blackout and en740's ferry (pdftotext), in other words; and of en738's (pdfminer), where
the headline ends another item and its deck was read apart over the byline."""

from __future__ import annotations

import ocr
from ocr.drafts import Draft
from ocr.headlines import HeadingGroup
from ocr.model import BODY, BYLINE, HEADLINE, Block, BlockKind, Line, Word
from ocr.profiles import load_profile
from ocr.stacks_apart import stacks_to_stories

#: The folio, then a stack pdftotext wrote over another story, whose own byline and
#: text come after that story.
STACK_OVER_ANOTHER = """B4 HARBOUR GAZETTE Tuesday, March 3, 2026

3,400 homes, 11 hours, no water:
what broke at the Dunmore
pumping station
A cracked main flooded the pump hall before dawn; the water
board promises a full report by April

Volunteers plant 500 oaks
along the old rail path
By Ewan Strachan
Staff Reporter

Some 60 volunteers planted 500 young oak trees along the
disused rail path between Kilbride and Moss End on Saturday,
the first stage of a woodland the council hopes will stretch
for three miles.
The saplings were grown from acorns gathered in the glen
by pupils at Kilbride Primary School two years ago.

By Ailsa Moffat, Staff Reporter

DUNMORE — Taps ran dry across the east of Dunmore at
5:10 a.m. on Monday when a cracked main flooded the pump hall
at the Dunmore pumping station.
For the next eleven hours about 3,400 homes and the cottage
hospital had no water, and the water board sent tankers to
the school car parks. Engineers drained the pump hall by noon
and had the station running again at 4 p.m.
"""

#: A question headline wrapped at its dash, its deck, then the story signed under it.
QUESTION_STACK = """Will the late bus still run? Yes
— but not on Saturdays
New spring timetable for the Glenview bus drops three
evening services a week and moves the last one to 10:15
Fiona Gray reports

Passengers on the Glenview bus will keep their late
service on weekdays from April, but the last bus on
Saturdays will leave the depot at 9 p.m., the timetable
published by the transport board shows. The board said
the Glenview route carries fewer than ten passengers on
Saturday evenings.
"""

#: A brief opened by its run-in head where the stack stood (no full stop in it either):
#: a brief's or a story's lead, no heading, whatever words it shares with the story.
BRIEF_OVER_ANOTHER = STACK_OVER_ANOTHER.replace(
    """3,400 homes, 11 hours, no water:
what broke at the Dunmore
pumping station
A cracked main flooded the pump hall before dawn; the water
board promises a full report by April""",
    """WATER CUT: Homes in the east of Dunmore
will have no water from the pumping station
until the hall is drained and the main mended""")


def _items(page: ocr.Page) -> list[tuple[tuple[str, ...], str | None, str]]:
    return [(a.headlines, a.subheadline, " ".join(a.paragraphs)) for a in page.articles]


def test_a_stack_written_over_another_story_heads_its_own() -> None:
    page = ocr.process(STACK_OVER_ANOTHER, lang="en", correct=False)
    heads, deck, text = next(i for i in _items(page) if "Taps ran dry" in i[2])
    assert heads == ("3,400 homes, 11 hours, no water: what broke at the Dunmore pumping station",)
    assert deck is not None and deck.startswith("A cracked main flooded the pump hall")
    assert not any(t.startswith("3,400 homes") for _, _, t in _items(page))
    trees = next(i for i in _items(page) if "500 young oak" in i[2])
    assert trees[0] == ("Volunteers plant 500 oaks along the old rail path",)


def test_a_question_headline_wrapped_at_its_dash_heads_its_story() -> None:
    page = ocr.process(QUESTION_STACK, lang="en", correct=False)
    heads, deck, text = next(i for i in _items(page) if "late service" in i[2])
    assert heads == ("Will the late bus still run? Yes — but not on Saturdays",)
    assert deck is not None and deck.startswith("New spring timetable")


def test_a_brief_opened_by_its_run_in_head_is_no_stack() -> None:
    page = ocr.process(BRIEF_OVER_ANOTHER, lang="en", correct=False)
    heads, deck, text = next(i for i in _items(page) if "Taps ran dry" in i[2])
    assert not any("WATER CUT" in h for h in heads) and not (deck or "").startswith("WATER")


def _block(ident: str, kind: BlockKind, text: str) -> Block:
    return Block(ident, kind, tuple(Line(tuple(Word(w) for w in ln.split()))
                                    for ln in text.splitlines()))


def _drafts(tail: str) -> list[Draft]:
    """A court story whose last block pdfminer wrote as ``tail``, then the story the walk
    read under its deck (set as a heading, long as it is) and its byline: S5 en738's
    shape."""
    court = Draft(start=0, end=3, byline="By Lorna Pike", blocks=[
        _block("b1", BYLINE, "By Lorna Pike"),
        _block("b2", BODY, "A judge ruled on Tuesday that a strip of river meadow\n"
                            "belongs to the farmer who has mown it for 40 years."),
        _block("b3", BODY, "The developer’s lawyer said the company would decide\n"
                            "within 30 days whether to appeal."),
        _block("b4", BODY, tail)])
    deck = _block("b5", HEADLINE, "A cracked main flooded the pump hall before dawn; the water "
                                  "board promises a full report by April")
    water = Draft(start=5, end=7, byline="By Ailsa Moffat", groups=[HeadingGroup(5, [deck])],
                  blocks=[_block("b6", BYLINE, "By Ailsa Moffat"),
                          _block("b7", BODY, "DUNMORE — Taps ran dry across the east of Dunmore\n"
                                             "on Monday when a cracked main flooded the pump\n"
                                             "hall at the pumping station; about 3,400 homes had\n"
                                             "no water for eleven hours.")])
    return [court, water]


def test_a_headline_an_item_ends_on_heads_the_story_after_it() -> None:
    markers = load_profile(None).patterns("en")
    court, water = stacks_to_stories(_drafts("3,400 homes, 11 hours, no water: what\n"
                                             "broke at the Dunmore pumping station"), markers)
    assert [b.id for b in court.blocks] == ["b1", "b2", "b3"]
    assert [(b.id, b.kind) for b in water.groups[0].blocks] == [("b4", HEADLINE), ("b5", HEADLINE)]


def test_a_last_paragraph_stays_with_its_item() -> None:
    markers = load_profile(None).patterns("en")
    court, water = stacks_to_stories(_drafts("Walter Hollis, 71, whose father mowed the\n"
                                             "meadow before him, was in court for the ruling."),
                                     markers)
    assert [b.id for b in court.blocks] == ["b1", "b2", "b3", "b4"]
    assert [b.id for b in water.groups[0].blocks] == ["b5"]
