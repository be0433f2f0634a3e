"""Text without geometry: what a column's words say about whose column it is.

Two stories side by side, each left mid-sentence at its column's foot: the word one of
them broke at its line end, finished by the next column's first word, says which story
that column goes on. And the few words pdfminer writes apart from a justified line
(``to more``) are no column of their own: the story they were cut from goes on after
them.
"""

from __future__ import annotations

import ocr
from ocr.model import Article

SIDE_BY_SIDE = """A3

LOCAL

Storm knocks out power to thousands

By HANNAH LIU

A line of thunderstorms tore across the county late on Wednesday,
toppling trees onto houses and cutting electricity to 41,000 homes.
Crews from three other states were working through the night.
The National Weather Service confi-

Parts plant to close, cutting 310 jobs

By SAMUEL REED

Halvorsen Components will close its Brookfield plant by the end
of March and move production of brake assemblies to a newer
factory in Tennessee, eliminating 310 jobs, the company

rmed that a brief tornado touched down near the fairgrounds,
damaging the roof of a livestock barn. The county fair will go
on as planned, organizers said.

told employees on Tuesday. The plant on Industrial Parkway has
operated since 1974 and is the county's fourth-largest employer.
"""


def _story(page: ocr.Page, headline: str) -> Article:
    return next(a for a in page.articles if a.headlines and a.headlines[0] == headline)


def test_a_word_broken_at_a_column_end_takes_the_next_column_to_its_story() -> None:
    page = ocr.process(SIDE_BY_SIDE, lang="en", correct=False)
    storm = " ".join(_story(page, "Storm knocks out power to thousands").paragraphs)
    plant = " ".join(_story(page, "Parts plant to close, cutting 310 jobs").paragraphs)
    assert "The National Weather Service confirmed that a brief tornado" in storm
    assert "organizers said." in storm and "Tuesday" not in storm
    assert "310 jobs, the company told employees on Tuesday." in plant
    assert "tornado" not in plant
    assert len(page.articles) == 2


def test_a_broken_word_whose_halves_make_no_word_moves_nothing() -> None:
    # ``xq-`` / ``rmed``: no word, so no evidence; the column stays where it was read.
    page = ocr.process(SIDE_BY_SIDE.replace("confi-", "xq-"), lang="en", correct=False)
    plant = " ".join(_story(page, "Parts plant to close, cutting 310 jobs").paragraphs)
    assert "the company rmed that a brief tornado" in plant


STRAY_WORDS = """Storm knocks out power to 41,000

By HANNAH LIU

A line of thunderstorms with winds gusting past 60 mph tore
across Calder County late Wednesday, toppling trees onto
houses and cars and cutting electricity
than 41,000 homes and businesses.

to more

No serious injuries were reported, but a 74-year-old man was
treated for cuts after a maple branch came through the
windshield of his pickup on Orchard Road.

Northern Valley Electric said it had brought in 180 line
workers from three other states. The county opened cooling
centers at the Brookfield Senior Center.

Parts plant to close, cutting 310 jobs

By SAMUEL REED

Halvorsen Components will close its Brookfield plant by the
end of March, the company said, and 310 workers at the plant
will lose their jobs when the company
"""


def test_words_written_apart_from_their_line_do_not_carry_the_story_away() -> None:
    page = ocr.process(STRAY_WORDS, lang="en", correct=False)
    storm = " ".join(_story(page, "Storm knocks out power to 41,000").paragraphs)
    plant = " ".join(_story(page, "Parts plant to close, cutting 310 jobs").paragraphs)
    assert "No serious injuries were reported" in storm
    assert "Northern Valley Electric" in storm and "cooling centers" in storm
    assert "No serious injuries" not in plant and "Northern Valley" not in plant


PHOTO_AFTER_STRAYS = """Regional airport wins $18 million for new terminal

By SAMUEL REED

Calder Regional Airport will receive an $18 million federal grant
to replace its 1962 terminal, a cramped and aging building.

rebuild

the

Graduates of Westgate Regional High School celebrate at the end of
Friday's commencement at the football stadium.

Courtesy of Westgate Regional

The new terminal,
to be built beside the existing one, will have two jet bridges and
a larger security checkpoint. Work is expected to take two years.
"""


def test_a_photo_after_words_written_apart_does_not_part_their_story() -> None:
    page = ocr.process(PHOTO_AFTER_STRAYS, lang="en", correct=False)
    airport = " ".join(
        _story(page, "Regional airport wins $18 million for new terminal").paragraphs
    )
    assert "The new terminal, to be built beside the existing one" in airport
    assert not any(
        a.paragraphs and a.paragraphs[0].startswith("The new terminal") for a in page.articles
    )


BRIEFS = """Council approves new library hours

By RACHEL MONTGOMERY

The Calder County Board of Supervisors approved longer library
hours on Monday after a four-hour hearing in which residents
asked for evening openings at the three branch libraries.

Members of the Brookfield High School marching band lead the
Memorial Day parade down Main Street on Monday.

NINA PARK/COURIER

The American Red Cross will hold a blood drive from noon to
6 p.m. on Tuesday at St. Mary's Parish Hall, 45 Elm St. Donors
must be at least 17 years old and weigh at least 110 pounds.
Appointments can be made online, but walk-ins are welcome.

Brookfield police arrested a 34-year-old man on Sunday in
connection with a string of thefts from parked cars in the
Maple Heights neighborhood. He is being held at the county
jail on $25,000 bail.
"""


def test_two_headless_briefs_stacked_are_two_items() -> None:
    page = ocr.process(BRIEFS, lang="en", correct=False)
    texts = [" ".join(a.paragraphs) for a in page.articles]
    blood = [t for t in texts if "blood drive" in t]
    theft = [t for t in texts if "police arrested" in t]
    assert len(blood) == 1 and len(theft) == 1
    assert "police" not in blood[0] and "blood" not in theft[0]


def test_a_headless_story_s_paragraphs_that_share_a_word_stay_one_item() -> None:
    # The second paragraph names the drive again: the same brief, two paragraphs.
    page = ocr.process(
        BRIEFS.replace("Brookfield police arrested", "Blood donors arrested"),
        lang="en",
        correct=False,
    )
    texts = [" ".join(a.paragraphs) for a in page.articles]
    assert any("walk-ins are welcome." in t and "donors arrested" in t for t in texts)


def test_a_brief_s_second_paragraph_naming_its_subject_in_the_possessive_stays_with_it() -> None:
    # ``the Cross’s`` names the lead's ``Red Cross``: one brief, two paragraphs.
    page = ocr.process(
        BRIEFS.replace(
            "Brookfield police arrested a 34-year-old man on Sunday in\n"
            "connection with a string of thefts from parked cars in the\n"
            "Maple Heights neighborhood. He is being held at the county\n"
            "jail on $25,000 bail.\n",
            "Proceeds of the Cross’s summer appeal go to families who\n"
            "lost their homes in the spring flooding along the river and\n"
            "to volunteers who staffed the shelters in April and May.\n",
        ),
        lang="en",
        correct=False,
    )
    texts = [" ".join(a.paragraphs) for a in page.articles]
    assert any("walk-ins are welcome." in t and "summer appeal" in t for t in texts)
