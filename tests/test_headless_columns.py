"""A story's column that pdftotext wrote after a photo's caption and another item, where
the walk opened a headless item with it, goes back to its story
(``headless_columns.columns_back``): it opens as a story's later paragraph does, on
what the story told of before (``The terminal operator said…``), and shares the
story's words; a brief there that introduces its own subject stays apart, though it
talks of the same ferry terminal (``leads.opens_referring``). The shape of S6 en767's
porters' strike (pdftotext), in other words."""

from __future__ import annotations

import ocr

#: A strike story, its photo's caption and credit, a court brief under its head, then
#: the story's next column (written where pdftotext met its top).
STORY_AND_BRIEF = """Dock cleaners walk out
over night-shift pay

By MAIRI DUNCAN

Cleaners at the Port Kellan ferry terminal began
a two-day strike at 6am today in a dispute over
night-shift allowances. It is the first strike at
the terminal since 1998.
Members of the union GMB say the allowance has
not risen in eleven years, while the terminal has
added two late sailings to Arranmore and doubled
the number of night cleaners on each shift.
Cleaners sweep the car deck of the Arranmore ferry after the last sailing.
Picture: Colin Baird

In court
Derek Munro (41), of Quarry Road, was fined £300
at Port Kellan Sheriff Court for breaking a shop
window on Harbour Street on 4 October. A man (22)
from Ardlour was admonished for driving without
insurance on the shore road.

"""

#: The story's next column, as a story's later paragraph opens.
COLUMN = """The terminal operator said it had offered to raise
the night allowance by 4 per cent from January.
The union rejected the offer at a meeting of
cleaners on Sunday evening in the ferry canteen.
‘Nobody wants to stand at the gate in this wind,’
said cleaner Morag Innes, who has worked at the
terminal for 17 years.
"""

#: A brief on the same terminal, which names its subject in full as a lead does.
BRIEF = """The Arranmore ferry will run a reduced timetable
on Saturday while engineers at the terminal repair
the linkspan. Night cleaners and crew will work
the late sailing as usual, the operator said.
"""


def _texts(page: ocr.Page) -> list[tuple[tuple[str, ...], str]]:
    return [(a.headlines, " ".join(a.paragraphs)) for a in page.articles]


def test_a_column_written_after_another_item_goes_back_to_its_story() -> None:
    page = ocr.process(STORY_AND_BRIEF + COLUMN, lang="en", correct=False)
    story = next(t for h, t in _texts(page) if "two-day strike" in t)
    assert "offered to raise the night allowance" in story
    assert "Morag Innes" in story
    assert not any("offered to raise" in t for h, t in _texts(page) if "Derek Munro" in t)
    assert len(page.articles) == 2


def test_a_brief_that_introduces_its_subject_stays_apart() -> None:
    page = ocr.process(STORY_AND_BRIEF + BRIEF, lang="en", correct=False)
    story = next(t for h, t in _texts(page) if "two-day strike" in t)
    assert "reduced timetable" not in story
    assert any(t.startswith("The Arranmore ferry will run") for h, t in _texts(page))
