"""A headless brief whose lead names its subject by a plural after the noun that says
whose (``County crews will…``), stacked with no blank line under the brief above
(pdftotext), is an item of its own (``leads._BARE``); a story's later paragraph whose
subject picks from what was told before (``Some parents were…``) is not."""

from __future__ import annotations

import ocr

# pdftotext: two headless briefs in a narrow column, no white line between them.
BRIEFS = """AROUND THE HARBOR

A fishing boat ran aground on
the north jetty at Gull Point
early on Saturday, and the crew
of three waded ashore unhurt.
A salvage tug freed it at high
tide that evening.
County crews will repave the
launch ramp at Miller Landing
from 7 a.m. to 4 p.m. on
Tuesday and Wednesday.
Trailers may park on Dock
Street until the work is done.
"""

# The same column as one story's paragraphs: the later one's subject refers back.
STORY = BRIEFS.replace("""County crews will repave the
launch ramp at Miller Landing
from 7 a.m. to 4 p.m. on
Tuesday and Wednesday.
Trailers may park on Dock
Street until the work is done.""", """Some deckhands were taken to
the jetty by a harbor skiff on
Saturday night, while a tug
towed the boat off the rocks.
The crew said the jetty light
had been out since the storm.""")


def _texts(page: ocr.Page) -> list[str]:
    return [" ".join(a.paragraphs) for a in page.articles]


def test_a_brief_whose_lead_names_a_plural_subject_is_an_item() -> None:
    texts = _texts(ocr.process(BRIEFS, lang="en", correct=False))
    first = [t for t in texts if "aground" in t]
    second = [t for t in texts if "repave" in t]
    assert len(first) == 1 and len(second) == 1 and first != second


def test_a_later_paragraph_whose_subject_refers_back_stays() -> None:
    texts = _texts(ocr.process(STORY, lang="en", correct=False))
    assert len([t for t in texts if "aground" in t and "deckhands" in t]) == 1


# pdftotext: the next brief's first line stretched across its narrow column, written a
# word a line; its lead's day stands after a stop that only ends ``p.m.``.
STRETCHED = """AROUND THE HARBOR

A fishing boat ran aground on
the north jetty at Gull Point
early on Saturday, and the crew
of three waded ashore unhurt.
The
Eastfield
Port
Commission
meets
at
7
p.m.
Tuesday in the ferry terminal
to hear plans for a new fuel
dock on the east pier.
"""


def test_a_lead_read_on_past_a_stop_after_an_abbreviation() -> None:
    texts = _texts(ocr.process(STRETCHED, lang="en", correct=False))
    first = [t for t in texts if "aground" in t]
    second = [t for t in texts if "fuel dock" in t]
    assert len(first) == 1 and len(second) == 1 and first != second
