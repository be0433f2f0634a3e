"""A brief's standing head that pdftotext wrote right on top of its text, no blank line
between, over a first line that wraps early at a clause (a listing's entry, a lead that
names someone: ``Harbour movements`` / ``Arrivals: Northern Light (grain,`` / ``Riga);…``).
That line is cut short, so the head looks like a heading's first line over a second, which
``_on_top`` then refuses (a label's colon, a comma at its end): the head stayed glued in
the chunk and the brief ran into the piece above (``readers.heads_over_briefs.head_over_entry``)."""

from __future__ import annotations

import ocr
from ocr.readers.heads_over_briefs import head_over_entry

# pdftotext: a story to its last line, then a listing brief under its head, no blank
# line between the head and its first entry.
PAGE = """Lifeboat crew honoured for winter rescue

Four volunteers from the Ardmore lifeboat station
were presented with bronze medals at a ceremony
in the town hall on Friday for the rescue of two
fishermen whose boat foundered off the point in
January. The crew launched in a force nine gale
and spent more than two hours searching in heavy
seas before they found the men clinging to the
upturned hull, coxswain Alan Reid told the
audience, and he thanked the families who had
waited on the pier through the night.

Harbour movements
Arrivals: Northern Light (grain,
Riga); Solway Maid (coal, Ayr);
Kittiwake (general cargo, Kirkwall).
Sailings: Morven Trader (fish meal,
Esbjerg); Sound of Sleat (ballast,
Leith).
High water 5.02am and 5.31pm.
"""

# A calendar's day over its first entry, which wraps at a comma too.
CALENDAR = ["Friday", "Ceilidh in the church hall,", "7.30pm, with the Ardmore",
            "Fiddlers. Tickets at the door."]

def _articles(text: str) -> list[ocr.Article]:
    return list(ocr.process(text, lang="en", correct=False).articles)


def _holding(articles: list[ocr.Article], words: str) -> list[ocr.Article]:
    return [a for a in articles if words in " ".join(a.paragraphs)]


def test_listing_head_on_top_of_its_entries_opens_the_brief() -> None:
    articles = _articles(PAGE)
    listing = _holding(articles, "Solway Maid")
    assert len(listing) == 1
    assert listing[0].headlines == ("Harbour movements",)
    story = _holding(articles, "bronze medals")
    assert len(story) == 1 and story[0] is not listing[0]
    assert "Harbour movements" not in " ".join(story[0].paragraphs)


def test_calendar_day_is_no_head_over_its_entry() -> None:
    assert not head_over_entry(CALENDAR)
    assert head_over_entry(["Harbour movements", *CALENDAR[1:]])
