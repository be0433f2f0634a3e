"""pdftotext writes a narrow column's brief under the lines of the column beside it
that its top is level with: the story stops mid-sentence, the whole brief follows with
no blank line and ends its sentence, and the story goes on in the next chunk in lower
case. The brief's lead names a day but not always its subject in full (``Eastbound
lanes``, ``The Friends of the … Library``): ``textchunks.set_in_at`` parts it and
``run_on_briefs.set_whole_into`` makes it an item and gives the story its rest back."""

from __future__ import annotations

import ocr
from ocr.leads import opens_dated
from ocr.readers.textchunks import set_in_at

STORY = """Council approves $4.2 million to dig
up lead service lines
By JAMES OKONKWO

The City Council voted 8-1 Monday to
borrow $4.2 million to replace lead water
pipes serving about 1,300 homes, most of
them in the North End and around Lincoln
Square.
The U.S. Environmental Protection
Agency last year ordered water systems
nationwide to replace all lead service lines
{brief}

within 10 years. Millbrook hopes to finish
in four.
Tests last year found lead levels above
the federal action level of 15 parts per
billion in 6 percent of the homes sampled.
"""

EASTBOUND = """Eastbound lanes of Route 9 between Exit
12 and the Millpond Road overpass will
close nightly from 9 p.m. to 5 a.m. Monday
through Thursday for bridge joint repairs,
the state Department of Transportation
said."""

BOOK_SALE = """The Friends of the
Millbrook Public Library
will hold their fall book
sale Friday and Saturday
from 9 a.m. to 4 p.m. in the
library’s lower level."""


def _texts(page: ocr.Page) -> list[str]:
    return [" ".join(a.paragraphs) for a in page.articles]


def _parted(brief: str, first: str) -> None:
    texts = _texts(ocr.process(STORY.format(brief=brief), lang="en", correct=False))
    story = [t for t in texts if "lead water" in t]
    items = [t for t in texts if first in t]
    assert len(story) == 1 and len(items) == 1 and story != items
    assert "lines within 10 years" in story[0] and "in four." in story[0]


def test_a_brief_with_a_bare_subject_set_into_a_sentence_is_an_item() -> None:
    _parted(EASTBOUND, "Eastbound lanes")


def test_a_brief_whose_subject_is_a_name_with_of_is_an_item() -> None:
    _parted(BOOK_SALE, "Friends of the")


def test_a_stop_after_a_m_ends_no_lead_sentence() -> None:
    assert opens_dated(" ".join(EASTBOUND.split("\n")))
    # ... while a sentence's own end does: the day is the next sentence's.
    assert not opens_dated("Crews worked through the night on the bridge deck. The lanes "
                           "opened again Monday.")


def test_a_story_s_own_sentence_going_on_is_not_parted() -> None:
    # The column ends its sentence: the lower-case chunk after it is no one's.
    lines = ["The plant will open on Monday after",
             "a long delay, officials said at the",
             "hearing on the plan.",
             "Workers will return Tuesday to the",
             "line that closed in March for repairs.",
             "and then"]
    assert set_in_at(lines, 0, 5) == -1


def test_pdfminer_s_word_of_a_justified_line_is_not_a_column() -> None:
    lines = ["REDDING, Calif. (AP) — Crews said the fire",
             "grew overnight as the wind rose over the hills",
             "progress",
             "Sunday  against  a  wildfire  that  has  burned",
             "near  the  eastern  edge.",
             "lines along the ridge"]
    assert set_in_at(lines, 0, 5) == -1


# A name joined by ``of`` (``The Friends of the Millbrook Public Library``) names a
# brief's subject in full, as ``The Parks Department`` does: run on under a story
# that ended its sentence (pdftotext, no blank line), the brief is parted.
FLU = """Flu clinics open early as cases climb
By NADIA PETROVA

With flu cases rising weeks earlier than usual, the Millbrook
Health Department will open walk-in vaccination clinics this
Saturday, nearly a month ahead of its normal schedule.
High-dose vaccine will be available for people 65 and older.
The Friends of the Millbrook Public Library will hold their
fall book sale Friday and Saturday from 9 a.m. to 4 p.m. in the
library’s lower level. Hardcovers are $1, paperbacks 50 cents.
"""


def test_a_brief_named_with_of_run_on_under_a_story_is_an_item() -> None:
    texts = _texts(ocr.process(FLU, lang="en", correct=False))
    story = [t for t in texts if "flu cases" in t]
    brief = [t for t in texts if "book sale" in t]
    assert len(story) == 1 and len(brief) == 1 and story != brief
    assert "65 and older." in story[0]


def test_a_name_joined_by_of_is_a_named_subject() -> None:
    from ocr.leads import opens_news_lead

    assert opens_news_lead("The Friends of the Millbrook Public Library will hold their "
                           "fall book sale Friday and Saturday.") == "named"
    assert opens_news_lead("The Friends said on Friday that the sale would go on.") is None


# pdftotext writes a brief's first column, the brief stacked under it, then the first
# brief's rest: a lead naming its subject in full and the day opens another brief even
# though the one before stopped mid-sentence (``briefs.another_brief``).
STACKED = """Jury convicts ex-treasurer of draining youth hockey fund
By SAMUEL BRIGHT

A Superior Court jury on Thursday found the former treasurer of the
youth hockey association guilty of embezzling $312,418 from the league.

The American Red Cross will hold a
blood drive Thursday from noon to 6
p.m. at St. Brendan’s Parish Hall.
Donors must be at least 16 and weigh

The Friends of the Pine Hollow Public
Library will sell used books Friday
and Saturday from 9 a.m. to 4 p.m. in
the library’s lower level. Hardcovers
are $1, paperbacks 50 cents.
"""


def test_a_named_lead_after_a_brief_left_open_opens_another_brief() -> None:
    texts = _texts(ocr.process(STACKED, lang="en", correct=False))
    blood = [t for t in texts if "blood drive" in t]
    books = [t for t in texts if "used books" in t]
    assert len(blood) == 1 and len(books) == 1 and blood != books
