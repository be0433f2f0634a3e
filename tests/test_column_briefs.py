"""Text without geometry written a column a block (pdftotext): a block after a blank line
that shares no content word with the story before it is another item (a brief under the
story, or a neighbour's text), not the story's next column (``column_blocks.unrelated_column``).
"""

from __future__ import annotations

import ocr
from ocr.column_blocks import columns_as_blocks
from ocr.model import FURNITURE
from ocr.readers.text import read_text

# pdftotext: each column one block, paragraphs inside it run on (a short line ends
# one), a blank line where white parts the type: the next column, or the brief under a
# hairline rule below the story.
COLUMNS = """Library board picks architect for
Eastgate branch
By LENA MARSH
Staff Writer

The Millbrook library board chose a
Portland firm on Tuesday to design the
new Eastgate branch, ending a search
that began two winters ago.
Trustees voted 5-2 for Halden & Rowe,
which designed reading rooms in three
nearby towns and promised a roof of
solar panels over the children's wing.
The branch will replace a storefront
reading room on Quarry Road.

Two trustees who voted no said the
Halden plan left too little parking
for the branch's evening programs.
Construction could begin in spring if
the town meeting approves the bonds.

A 41-year-old cyclist was taken to
Mercy Hospital with a broken wrist
after a collision with a delivery van
at Orchard and Pine late Sunday, police
said. The van's driver was cited.
"""


def _texts(page: ocr.Page) -> list[str]:
    return [" ".join(a.paragraphs) for a in page.articles]


def test_a_brief_after_a_story_s_last_column_is_an_item_of_its_own() -> None:
    page = ocr.process(COLUMNS, lang="en", correct=False)
    texts = _texts(page)
    story = [t for t in texts if "Halden & Rowe" in t]
    brief = [t for t in texts if "cyclist" in t]
    assert len(story) == 1 and len(brief) == 1 and story != brief
    assert "Two trustees" in story[0]  # the next column names the firm: the story's


def test_a_column_that_names_what_the_story_did_goes_on_with_it() -> None:
    # The last block names the branch and its trustees: the story's last column.
    page = ocr.process(
        COLUMNS.replace("A 41-year-old cyclist was taken to", "The trustees will meet the Halden")
        .replace("Mercy Hospital with a broken wrist", "architects again next month"),
        lang="en", correct=False,
    )
    texts = _texts(page)
    assert any("Halden & Rowe" in t and "meet the Halden" in t for t in texts)


def test_a_page_written_a_paragraph_a_block_is_not_read_so() -> None:
    # pdfminer on indented paragraphs: a blank line after each paragraph. A story's
    # last paragraph may talk of something else: it stays the story's.
    per_paragraph = COLUMNS.replace("ago.\nTrustees", "ago.\n\nTrustees").replace(
        "wing.\nThe branch", "wing.\n\nThe branch").replace(
        "no said", "no said").replace("programs.\nConstruction", "programs.\n\nConstruction")
    page = read_text(per_paragraph, lang="en")
    assert not columns_as_blocks(page.blocks)
    assert columns_as_blocks(read_text(COLUMNS, lang="en").blocks)


def test_a_brief_set_on_two_short_columns_is_an_item_of_its_own() -> None:
    # The brief under the story runs over two columns of two lines each.
    two = COLUMNS.replace(
        """A 41-year-old cyclist was taken to
Mercy Hospital with a broken wrist
after a collision with a delivery van
at Orchard and Pine late Sunday, police
said. The van's driver was cited.
""", """A 41-year-old cyclist was taken to Mercy Hospital
with a broken wrist after a collision with a delivery

van at Orchard and Pine late Sunday, police said.
The van's driver was cited.
""")
    texts = _texts(ocr.process(two, lang="en", correct=False))
    assert any(t.startswith("A 41-year-old cyclist") and t.endswith("was cited.") for t in texts)
    assert not any("Halden & Rowe" in t and "cyclist" in t for t in texts)


def test_a_short_last_column_of_few_words_stays_with_its_story() -> None:
    # Two lines, two content words (``tickets``, ``Saturday``): sharing none of them with
    # the story tells nothing.
    last = "Tickets go on sale Saturday at\n9 a.m. at the door.\n"
    short = COLUMNS.split("A 41-year-old")[0] + last
    texts = _texts(ocr.process(short, lang="en", correct=False))
    assert any("Halden & Rowe" in t and "Tickets go on sale" in t for t in texts)


def test_a_brief_after_the_page_s_footer_is_an_item_of_its_own() -> None:
    # The extractor wrote the page's footer between the story's last column and the
    # brief under it: the footer parts nothing, the brief is still another item.
    footed = COLUMNS.replace("\nA 41-year-old", "\nmillbrookledger.com\n\nA 41-year-old")
    page = ocr.process(footed, lang="en", correct=False)
    assert any(b.kind is FURNITURE and b.text == "millbrookledger.com" for b in page.blocks)
    texts = _texts(page)
    assert any(t.startswith("A 41-year-old cyclist") for t in texts)
    assert not any("Halden & Rowe" in t and "cyclist" in t for t in texts)


# Two stories' headlines written one after the other, the first one's deck, its byline,
# then both bodies: the deck right above the byline is taken first, and the first
# headline, which shares less than twice the bar with its story, was left over.
SIDE_HEADS = """Transit board weighs first fare rise in nine years

Orchard festival returns to the town green

Single rides would go to $2.25; monthly passes unchanged for seniors

By ANA PIRES
Staff Writer

The regional transit authority will vote in March on
raising the base bus fare, citing fuel and wage costs
that opened a $4 million gap in its annual
budget.
Monthly passes for seniors and students would stay
at $40, and single rides would rise by a quarter.
General Manager Tom Reyes said the agency had already
cut office staff and delayed buying six electric
buses.

The Millbrook orchard festival will return to the town
green on Saturday with cider pressing, a pie contest
and hayrides for children, organizers said.
Admission is free, and parking will be available at
the high school, with shuttles every twenty
minutes.
"""


def test_a_headline_left_over_joins_the_story_it_talks_about() -> None:
    page = ocr.process(SIDE_HEADS, lang="en", correct=False)
    assert not page.orphans
    transit = [a for a in page.articles if "transit authority" in " ".join(a.paragraphs)]
    orchard = [a for a in page.articles if "orchard festival" in " ".join(a.paragraphs)]
    assert len(transit) == 1 and len(orchard) == 1 and transit != orchard
    assert "Transit board weighs first fare rise in nine years" in transit[0].headlines
    assert orchard[0].headlines == ("Orchard festival returns to the town green",)


def test_a_word_s_first_six_letters_are_not_its_stem_here() -> None:
    # ``Registered`` in the story and ``registration`` in the brief are two words: the
    # brief still shares nothing with the story.
    page = COLUMNS.replace("The Millbrook library board chose a",
                           "The registered library board chose a").replace(
        """A 41-year-old cyclist was taken to
Mercy Hospital with a broken wrist
after a collision with a delivery van
at Orchard and Pine late Sunday, police
said. The van's driver was cited.
""", """The Parks Department will open
registration for fall youth soccer on
Monday. Games for children ages 5 to 14
are played Saturday mornings at Riverside
Park from September through October.
""")
    texts = _texts(ocr.process(page, lang="en", correct=False))
    assert any(t.startswith("The Parks Department") for t in texts)
    assert not any("Halden & Rowe" in t and "Parks Department" in t for t in texts)


# pdftotext: a brief set under the story's first column is written between the story's
# columns; the column after it names the story's subject, not the brief's
# (``briefs.story_after_brief``).
BRIEF_BETWEEN = """Library board picks architect for
Eastgate branch
By LENA MARSH
Staff Writer

The Millbrook library board chose a
Portland firm on Tuesday to design the
new Eastgate branch, ending a search
that began two winters ago.
Trustees voted 5-2 for Halden & Rowe,
which designed reading rooms in three
nearby towns.

The Eastfield Garden Club will hold its
plant sale Saturday from 9 a.m. to noon
at the town hall lawn. Seedlings cost
$3 each.

Architects from the firm told trustees
the branch would hold a reading room
and a children's wing by the park.
Construction could begin in spring if
the town meeting approves the bonds.
"""


def test_a_story_s_column_after_a_brief_under_it_goes_back_to_the_story() -> None:
    page = ocr.process(BRIEF_BETWEEN, lang="en", correct=False)
    texts = _texts(page)
    story = [t for t in texts if "Portland firm" in t]
    brief = [t for t in texts if "Garden Club" in t]
    assert len(story) == 1 and len(brief) == 1 and story != brief
    assert "children's wing" in story[0] and "children's wing" not in brief[0]


# ... the brief's first column cut off mid-sentence at the column's foot (its last line
# written later): the column after it still names the story's subject, not the brief's.
BRIEF_CUT = BRIEF_BETWEEN.replace("""at the town hall lawn. Seedlings cost
$3 each.
""", """at the town hall lawn. Seedlings cost
""")


def test_a_story_s_column_after_a_brief_cut_mid_sentence_goes_back_to_it() -> None:
    texts = _texts(ocr.process(BRIEF_CUT, lang="en", correct=False))
    story = [t for t in texts if "Portland firm" in t]
    brief = [t for t in texts if "Garden Club" in t]
    assert len(story) == 1 and len(brief) == 1 and story != brief
    assert "children's wing" in story[0] and "children's wing" not in brief[0]


def test_a_brief_after_the_masthead_band_s_price_and_weather_is_an_item_of_its_own() -> None:
    """pdftotext writes the right end of a front page's masthead band (the cover price,
    the weather line) after the columns under its left end, and a brief's first column
    right under them: the price beside the weather line is furniture too, and the brief
    after them opens with its news lead, another item than the story before."""
    banded = COLUMNS.replace(
        "\nA 41-year-old",
        "\n$1.50\nCloudy, cooler; high 55, low 41. Weather, C8\nA 41-year-old")
    page = ocr.process(banded, lang="en", correct=False)
    assert [b.text for b in page.blocks if b.kind is FURNITURE][-2:] == [
        "$1.50", "Cloudy, cooler; high 55, low 41. Weather, C8"]
    texts = _texts(page)
    assert any(t.startswith("A 41-year-old cyclist") for t in texts)
    assert not any("Halden" in t and "cyclist" in t for t in texts)


def test_a_news_lead_after_a_photo_opens_a_brief_though_the_story_left_a_sentence_open() -> None:
    """pdfminer writes a story's column (its last sentence left open, its rest
    elsewhere), a photo's caption and credit, then a brief under the photo (justified
    lines with doubled spaces, the caption ragged): the brief, which opens with its
    news lead, is another item than the story."""
    text = (
        "Nurses at Mercy General vote to join union\n\n"
        "By ELAINE MORROW\n\n"
        "Registered  nurses  at  Mercy  General  Hospital  voted  412  to  287  to  join\n"
        "the state nurses association, the first union election at the hospital.\n"
        "“We are not asking for anything unusual,” said Maria Delgado, an\n"
        "intensive care nurse who has worked at the hospital for 19 years. “We\n"
        "want enough hands to\n\n"
        "Nurses celebrate outside Mercy General Hospital after the results of the\n"
        "union vote were announced Thursday evening.\n\n"
        "BEN NAKAMURA/WESTFIELD COURIER\n\n"
        "Police  are  asking  drivers  to  avoid  Center  Street  between  Main  and  Oak  on\n"
        "Thursday while crews replace a water main. The work is expected to last\n"
        "from 8 a.m. to about 4 p.m., and detour signs will be posted.\n"
    )
    texts = _texts(ocr.process(text, lang="en", correct=False))
    assert any(t.startswith("Police are asking drivers") for t in texts)
    assert not any("Registered nurses" in t and "Center Street" in t for t in texts)
