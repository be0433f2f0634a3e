"""A brief's head on top of its text, inside the chunk of the brief above it, on a page
``pdftotext -layout`` wrote as a grid (``readers.heads_in_chunks.cut_at_heads``).

The grid writes a rail's briefs one under another without the white rows between them
(other columns' lines stand on those rows), so a brief's head is read as the next line of
the brief above, after its last sentence: ``heading_on_top``, asked of a chunk's first
lines, never saw it, and the head ran into the brief above as its text. Asked under each
paragraph's end, the head is parted with its brief. A two-line head whose text opens on
``The`` and a common noun is a brief's when its lead's first sentence holds every content
word of it (``leads.headed_whole``); a crosshead's text goes on in words of its own.
"""

from __future__ import annotations

from ocr.profiles import load_profile
from ocr.readers.heads_on_top import heading_on_top
from ocr.readers.textreflow import reflow
from ocr.typography import text_widths

#: A rail of three briefs, each head right under the brief above's last sentence.
RAIL_EN = """Lost property
A grey child's scooter with a
cracked front wheel was left at
the bus shelter on Mill Road on
Friday. Call the town office to
collect it.
Pottery fair marks 40
years
DALBY — The Dalby potters'
guild holds its fortieth fair in
the church hall on Saturday from
10 a.m., with throwing lessons,
a raffle and soup at lunch.
Tree lighting on the
green
The tree lighting on the village
green starts at 6 p.m. Friday
with the school choir and mulled
apple juice at the gate."""

def _blocks(text: str, *, as_written: bool) -> list[str]:
    """The blocks ``reflow`` cuts ``text`` into, each its lines joined by `` / ``."""
    blocks = reflow(text, "en", load_profile(None), as_written=as_written)
    return [" / ".join(line.text for line in b.lines) for b in blocks]


def test_a_brief_head_under_the_brief_above_opens_a_block_on_a_grid() -> None:
    blocks = _blocks(RAIL_EN, as_written=False)
    assert any(b.startswith("Pottery fair marks 40") for b in blocks)
    assert any(b.startswith("Tree lighting on the") for b in blocks)
    assert not any("collect it. / Pottery" in b for b in blocks)


def test_lines_as_an_extractor_wrote_them_are_not_cut_so() -> None:
    """Guard: an extractor that writes a page's own lines writes the white between two
    briefs; a chunk it wrote whole is one, and is not cut under its sentences' ends."""
    blocks = _blocks(RAIL_EN, as_written=True)
    assert not any(b.startswith("Pottery fair marks 40") for b in blocks)


def test_a_two_line_head_in_its_leads_words_is_on_top_of_it() -> None:
    texts = ["Tree lighting on the", "green", "The tree lighting on the village",
             "green starts at 6 p.m. Friday", "with the school choir and mulled"]
    m = load_profile(None).patterns("en")
    assert heading_on_top(texts, text_widths(texts), m) == 2


def test_a_crosshead_over_a_paragraph_that_refers_back_stays_on_it() -> None:
    """Guard: a two-line crosshead over a story's later paragraph that opens on ``The``
    and a common noun, in other words than its own, is no brief's head on top."""
    texts = ["Money still to be", "found", "The approval does not guarantee",
             "that the work will start in the", "spring, the engineer said."]
    m = load_profile(None).patterns("en")
    assert heading_on_top(texts, text_widths(texts), m) == 0
