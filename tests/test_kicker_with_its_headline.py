"""A kicker in capitals goes with the headline under it, whatever words it shares.

``HIGH SCHOOL HOCKEY`` over ``Lakers rally…`` went to an obituary above that named ``a
high school science teacher``: three words are enough for a heading to be placed by the
words it shares with a story, and two of the kicker's were the obituary's. A kicker is
set over its own headline; the page is drawn here in pdftotext's style.
"""

from __future__ import annotations

import ocr

PAGE = """OBITUARY

Walter Pruitt, 88, coached
a generation of runners

By ANNA LOWE
Herald Staff Writer

Walter Pruitt, who taught biology
at Fairview High School for 35 years
and coached its cross-country team,
died Tuesday at his home on Elm
Street. He was 88.
Pruitt came to the high school in
1961 and retired in 1996. A service
will be held Saturday.

HIGH SCHOOL HOCKEY

Wildcats edge Rangers
to reach the final

By SAM ORTIZ
Herald Sports Writer

KEENE — The Wildcats scored twice in
the third period on Friday night to beat
the Rangers 3-2 and reach the state final
for the first time since 2009.
Goalie Dana Frey made 28 saves, and
the Wildcats held on through a late
power play.
"""


def test_kicker_stays_over_its_headline() -> None:
    page = ocr.process(PAGE, lang="en", correct=False)
    hockey = next(a for a in page.articles if "Wildcats" in "".join(a.paragraphs))
    obit = next(a for a in page.articles if "Pruitt" in "".join(a.paragraphs))
    heads = [hockey.kicker or "", *hockey.headlines]
    assert any("HIGH SCHOOL HOCKEY" in h for h in heads)
    assert all("HOCKEY" not in h for h in [obit.kicker or "", *obit.headlines])
