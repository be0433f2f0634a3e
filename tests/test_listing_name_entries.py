"""A listing whose entries open on a name and a comma (death notices: ``BAXTER, Ellen
R., 84, of Milford``; a guide's venues, a race's results): each entry is a short line that
ends no sentence, which the heading rules read as a headline wrapped over its column,
so every entry opened an item of its own and the listing's standing head (``Deaths``)
ran on from the brief above. ``text_headings._name_entries_as_text`` keeps entries that
open near each other as text, and ``downstyle_headlines._listing_under`` takes the head
over them as the listing's; a story's crosshead over a list of its own, which repeats
its deck's words, stays the story's."""

from __future__ import annotations

import ocr
from ocr.heading_words import name_entry

# pdfminer: a brief's head and text, a headless brief, then the notices' standing head
# and its entries, each entry's first line a block of its own.
NOTICES = """Pool hours extended

Splash pads at Dover Park and the Westside
Community Center will run until 9 p.m. while
the heat advisory lasts, the parks department
said on Tuesday.

The Red Cross will hold a blood drive
from noon to 6 p.m. Monday at St. Luke's
parish hall, 14 Elm St. Donors must be at
least 17 and weigh 110 pounds. Walk-ins
welcome.

Deaths

BAXTER, Ellen R., 84, of Milford, July

14. Carver-Lane Funeral Home.

OKONKWO, Daniel P., 71, of Ashby

Falls, July 13. Ridge Memorial Chapel.

QUINN, Harold (Hal), 90, formerly of
Stone Creek, July 12. Arrangements pend-
ing.
"""

# A story whose crosshead repeats its deck's words, over a list of places.
STORY = """HEAT WAVE

Record 104 degrees in Milford

Cooling centers stay open through the weekend as the advisory is extended

By Ana Ruiz
Staff Writer

MILFORD — The thermometer at Milford Airport reached
104 degrees at 4:12 p.m. Wednesday, the highest
temperature recorded in the city since records began
in 1891, the National Weather Service said.

The old record, 102, was set in July 1936. Forecasters
said Thursday and Friday would be only a few degrees
cooler, and a heat advisory is in effect until
Saturday evening across the county.

Cooling centers

Westside Community Center, 220 Oak Ave., 10
a.m. to 8 p.m.

Milford Public Library, main branch, 9 a.m.
to 9 p.m.

Check on elderly neighbors and drink water before
you feel thirsty, the county health department said.
"""


def _articles(text: str) -> list[ocr.Article]:
    return list(ocr.process(text, lang="en", correct=False).articles)


def test_name_entries() -> None:
    assert name_entry("BAXTER, Ellen R., 84, of")
    assert name_entry("1. Jo Vance, Ashby Wheelers, 4:51:20")
    assert name_entry("Westside Community Center, 220 Oak Ave., 10")
    # A headline that opens on a name goes on with what the name did; a folio's date.
    assert not name_entry("Margaret Hale, 91, taught generations to swim")
    assert not name_entry("SATURDAY, 12 DECEMBER 2026")


def test_death_notices_are_one_item_under_their_head() -> None:
    articles = _articles(NOTICES)
    deaths = [a for a in articles if "BAXTER" in " ".join(a.paragraphs)]
    assert len(deaths) == 1
    assert deaths[0].headlines == ("Deaths",)
    text = " ".join(deaths[0].paragraphs)
    assert "OKONKWO" in text and "QUINN" in text
    assert not any(h.startswith(("BAXTER", "OKONKWO", "QUINN")) for a in articles
                   for h in a.headlines)
    pool = [a for a in articles if "Splash pads" in " ".join(a.paragraphs)]
    assert len(pool) == 1 and pool[0] is not deaths[0]


def test_a_storys_crosshead_over_its_own_list_stays_in_the_story() -> None:
    articles = _articles(STORY)
    story = [a for a in articles if "thermometer" in " ".join(a.paragraphs)]
    assert len(story) == 1
    assert "Westside Community Center" in " ".join(story[0].paragraphs)
    assert "Check on elderly" in " ".join(story[0].paragraphs)
