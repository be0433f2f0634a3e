"""A story's section under its crosshead that pdftotext wrote after another story's last
paragraph goes back to the story it talks of (``crosshead_sections.sections_back``), and
a story signed with no text takes back its column past a section label in capitals
(``signed_columns._own_heading``)."""

from __future__ import annotations

import ocr

#: A transit story, then a court story; the transit story's second section, under its
#: crosshead ``Fares still undecided``, is written after the court story's last line.
SECTION_AFTER_ANOTHER = """Harbor ferry expansion
wins state approval

By LENA MARSH
Courier Staff Writer

PORTLAND — The state
Department of Transportation
on Monday approved a plan
to add two ferry routes
linking the waterfront
terminal with Peaks Island
and Falmouth, ending a
review that lasted nearly
four years.
The expansion would add
14 daily crossings and a
new dock at the Falmouth
marina. Planners expect the
routes to carry about 1,200
passengers a day by 2030.

Landlord fined over
unsafe fire escapes

By GREGORY TATE

A Cumberland County judge
on Thursday fined a
Westbrook landlord $22,000
for failing to repair rusted
fire escapes on three
apartment buildings on
Main Street.
Tenants had complained to
the city for two years
before inspectors ordered
the buildings partly vacated
in January. The landlord did
not attend the hearing.

Fares still undecided
The approval does not
settle what the ferry
routes will cost riders.
The terminal authority
plans to propose fares for
the Falmouth dock and the
Peaks Island crossings this
summer, after a study of
passengers at the terminal.
"""

#: An obituary signed with no text under a section label in capitals, its text written
#: after a sports story's lead, which breaks off mid-sentence.
SIGNED_UNDER_LABEL = """OBITUARY

Walter Pruitt, 88, repaired clocks
in Belfast for six decades

By NORA QUILL
Courier Staff Writer

HIGH SCHOOL BASKETBALL

Hawks edge Rockport in double overtime

By DEREK SOLIS
Courier Sports Writer

ROCKPORT — The Belfast Hawks
trailed by nine points with two
minutes left Friday night, and

Walter Pruitt, who repaired
clocks in a shop on Main Street
in Belfast for 61 years, died
Tuesday at his home. He was 88.
Pruitt learned the trade from his
father and kept the shop open until
last spring, repairing clocks for
customers from three counties.
"""


def _bodies(page: ocr.Page) -> list[tuple[str | None, str]]:
    return [(a.byline, " ".join(a.paragraphs)) for a in page.articles]


def _text_of(page: ocr.Page, words: str) -> tuple[str | None, str]:
    return next(b for b in _bodies(page) if words in b[1])


def test_a_crosshead_section_written_after_another_story_goes_back_to_its_story() -> None:
    page = ocr.process(SECTION_AFTER_ANOTHER, lang="en", correct=False)
    ferry = _text_of(page, "add two ferry routes")
    court = _text_of(page, "rusted fire escapes")
    assert "The approval does not settle what the ferry routes" in ferry[1]
    assert "The approval does not settle" not in court[1]


def test_a_story_signed_under_a_section_label_takes_back_its_column() -> None:
    page = ocr.process(SIGNED_UNDER_LABEL, lang="en", correct=False)
    obit = next(b for b in _bodies(page) if b[0] and "QUILL" in b[0])
    hawks = next(b for b in _bodies(page) if b[0] and "SOLIS" in b[0])
    assert "repaired clocks in a shop on Main Street" in obit[1]
    assert "Walter Pruitt" not in hawks[1]
