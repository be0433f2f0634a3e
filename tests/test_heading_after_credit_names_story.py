"""A short heading written right after a photo's caption and credit heads the item under
it when it names that item's words and none of the caption's (``Births`` over ``…the
birth of a son…``, after a photo of a footbridge): a photo's title names what the
caption shows (``photo_titles._names_story``, Latin as CJK). One that names the
caption's subject (``Kettle Creek``) stays the photo's title. Drawn in pdfminer style."""

from __future__ import annotations

import ocr

CAPTION = """A jogger crosses the footbridge over Kettle Creek on
Monday, when the temperature fell to 24 degrees."""

PAGE = """{caption}

Photo by Marco Diaz

{heading}

Nadia and Tom Okafor of Elm Street announced the
birth of a son, Felix, on Nov. 3 at Ridgeway
Hospital. He weighed 7 pounds, 9 ounces.
"""


def _page(heading: str, caption: str = CAPTION) -> ocr.Page:
    return ocr.process(PAGE.format(heading=heading, caption=caption), lang="en", correct=False)


def test_a_heading_naming_the_item_under_it_is_its_headline() -> None:
    page = _page("Births")
    photo = next(p for p in page.photos if p.credit == "Photo by Marco Diaz")
    assert photo.title is None
    brief = next(a for a in page.articles if "son, Felix" in " ".join(a.paragraphs))
    assert brief.headlines == ("Births",)


def test_a_heading_naming_the_caption_stays_the_photos_title() -> None:
    page = _page("Kettle Creek")
    photo = next(p for p in page.photos if p.credit == "Photo by Marco Diaz")
    assert photo.title == "Kettle Creek"


def test_a_heading_naming_the_caption_too_stays_the_photos_title() -> None:
    """A photo of the year's first birth: ``Births`` names what the caption shows."""
    page = _page("Births", "Felix Okafor, the first birth of the year at Ridgeway\n"
                           "Hospital, sleeps in his mother's arms on Monday.")
    photo = next(p for p in page.photos if p.credit == "Photo by Marco Diaz")
    assert photo.title == "Births"
