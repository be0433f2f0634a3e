"""Paragraph ends that a blank line marks, in text whose extractor boxes paragraphs.

pdfminer writes each paragraph as a text box with a blank line after it, pdftotext runs
a column's lines on and leaves a blank line at a column's end or a cut. A paragraph
whose last line the line breaker happened to fill ends at a blank line in the first,
and nothing says so but the blank line; in the second the same blank line is a column
end, where a paragraph as often goes on after a sentence."""

from __future__ import annotations

from ocr.paragraphs import paragraphs
from ocr.profiles import load_profile
from ocr.readers.textreflow import reflow

PROFILE = load_profile()


def _paras(text: str) -> list[str]:
    return paragraphs(list(reflow(text, "en", PROFILE)), "en")


#: A story as pdfminer writes it: a blank line after each paragraph, two of whose last
#: lines are full (the sentence ran to the end of the measure).
BOXED = """Three ferry crossings to the outer islands were
cancelled yesterday as a deep low brought gusts
of 70mph to the coast, the harbour office said.

The first sailing left at six but turned back
short of the breakwater.

Passengers waiting at the terminal were offered
hotel rooms or a seat on the morning flight, and
most of them took the flight to the mainland.

Crews expect the wind to ease by Friday, when
the timetable should return to normal.

A spokesman said freight would go first.
"""


def test_a_full_last_line_before_a_blank_line_ends_its_paragraph() -> None:
    paras = _paras(BOXED)
    assert len(paras) == 5, paras
    assert paras[0].endswith("the harbour office said.")
    assert paras[2].startswith("Passengers") and paras[2].endswith("to the mainland.")


#: The same kind of story as pdftotext writes it: paragraphs run on with no blank line
#: (their ends told by short last lines), and one blank line where the column was cut in
#: the middle of a paragraph, after a sentence that filled its line.
RUN_ON = """Three ferry crossings to the outer islands were
cancelled yesterday as a deep low brought gusts
of 70mph to the coast, the harbour office said.
The first sailing left at six but turned back
short of the breakwater at the harbour mouth.

Passengers waiting at the terminal were offered
hotel rooms or a seat on the morning flight.
Most took the flight.
Crews expect the wind to ease by Friday, when
the timetable should be back to normal.
A spokesman said freight would go first and
that cars would follow on the evening boat.
Fares will be refunded.
"""


def test_a_blank_line_at_a_column_cut_in_run_on_text_breaks_nothing() -> None:
    paras = _paras(RUN_ON)
    # (the cut paragraph goes on past the blank line: the text is there, in one paragraph)
    assert any("the harbour mouth. Passengers waiting" in p for p in paras), paras
    assert not any(p.endswith("at the harbour mouth.") for p in paras[:-1]), paras
