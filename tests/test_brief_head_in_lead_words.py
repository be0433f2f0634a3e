"""A brief's headline told by the words it shares with its lead (pdftotext, pdfminer).

A brief whose lead opens on a plain noun (``Volunteers from…``), neither ``The`` before a
name nor a bare subject and its verb, gave no lead evidence, so its headline, written on
top of the lead with no blank line (pdftotext) or as a block of its own (pdfminer), ran
on as the next paragraph of the story above. A headline sums the lead up in the lead's
own words; a crosshead opens a section that goes on from the story and shares none. The
pages are drawn here in extractor style.
"""

from __future__ import annotations

import ocr

STORY = """Harbor dredging to begin
in April

By TOMAS REYES
Ledger Staff Writer

PORT ELLIS — The Army Corps of
Engineers will start dredging the
inner harbor in April, a year later
than planned, the harbor master said.
The work will deepen the channel
to 38 feet so larger container
ships can reach the north pier.

Costs still rising
Bids came in 12 percent over the
estimate, and the city will ask the
state to cover the difference.
"""

GLUED = STORY + """
Volunteers plant 300 trees
Volunteers from three churches
and the Rotary Club planted more
than 300 maple and oak trees along
Cove Road on Sunday. The city
will water them through August.
"""

#: The same brief with pdfminer's blank line between its headline and its lead.
APART = GLUED.replace("300 trees\nVolunteers", "300 trees\n\nVolunteers")


def _check(page: ocr.Page) -> None:
    harbor = next(a for a in page.articles if "dredging" in "".join(a.paragraphs))
    text = " ".join(harbor.paragraphs)
    assert "Costs still rising" in text  # the crosshead stays in its story
    assert "Volunteers" not in text
    trees = next(a for a in page.articles if "maple" in "".join(a.paragraphs))
    assert trees.headlines == ("Volunteers plant 300 trees",)
    assert " ".join(trees.paragraphs).startswith("Volunteers from three churches")


def test_headline_on_top_of_its_lead_opens_the_brief() -> None:
    _check(ocr.process(GLUED, lang="en", correct=False))


def test_headline_block_over_its_lead_opens_the_brief() -> None:
    _check(ocr.process(APART, lang="en", correct=False))
