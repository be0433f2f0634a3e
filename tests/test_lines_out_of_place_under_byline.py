"""A story's lines that pdfminer wrote out of place, right under its byline.

pdfminer writes the words it takes out of a stretched line, or a paragraph's last lines,
where their boxes sort: between a story's byline and its dateline (``By DANA REYES`` /
``case`` / ``PORTLAND — State health officials…``; ``that day to watch for`` /
``p.m.`` / ``symptoms.``). Read as the story's text, they left the byline an article of
its own, and the dateline opened another without the headline. No story's text opens in
lower case: a line or two that do are the story's, out of place, and the dateline goes
on with its byline. Drawn here, as pdfminer writes such a story.
"""

from __future__ import annotations

import ocr

PAGE = """State confirms flu case
in traveler at airport

By DANA REYES
Ledger Science Writer

that day to watch for

p.m.
symptoms.

PORTLAND — State health
officials on Friday confirmed a
case of measles in a traveler
and asked anyone at the airport
between 2 and 6:30

Measles is one of the most
contagious diseases known; the
virus can linger in the air.
"""


def test_the_dateline_goes_on_with_its_byline() -> None:
    page = ocr.process(PAGE, lang="en", correct=False)
    (story,) = page.articles
    assert story.headlines == ("State confirms flu case in traveler at airport",)
    assert story.byline is not None and story.byline.startswith("By DANA REYES")
    text = " ".join(story.paragraphs)
    assert "State health officials on Friday confirmed" in text
    assert "symptoms." in text
