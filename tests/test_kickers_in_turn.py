"""Stories set side by side each under a kicker: the kickers stand on one row, which
pdftotext and pdfminer write across before any of the stacks' headlines, so the order
alone gives every kicker to the headline under the last of them, or to none
(``stacked_headings.kickers_in_turn``). As many headlines as kickers, each opening its
own story's stack in the same run of headings, pair with the kickers in the row's
order; a kicker whose words clearly name one of those stories goes to it first. A
section label over a single stack is no row of kickers and stays as it was.
"""

from __future__ import annotations

import ocr
from tests.conftest import article_holding

# pdftotext: a brief, then three stories' kickers on one row, their narrow headlines, then the
# first story's deck, byline and text, an editorial (no byline, signed) and the third
# story's deck, byline and text.
THREE_KICKERS = """C1 THE ELK RIVER GAZETTE Thursday, May 7, 2026

Book sale this weekend

The Friends of the Library hold their spring
book sale Saturday and Sunday in the lower-level
meeting room; hardcovers are $1.

CLOSING TIME

OUR VIEW

GARDENS

Harlan’s Hardware
shuts its doors
after 71 years

The county owes Mill Creek parents a date for their bridge

Seed library opens
shelves at the
Eastgate branch

The last family-run hardware store on Main Street sells its final nails Saturday
BY PETRA LINDQVIST
Gazette Staff Writer

For 71 years, if a faucet dripped or a
storm door stuck, somebody in Laurel Ridge
drove to Harlan’s Hardware on Main Street.
Owner Walt Harlan, 78, said the store’s
customers had aged with it and that no
buyer had come forward for the business.
“We sold screws one at a time,” he said.
See HARDWARE, C4

The county closed the Mill Creek bridge in
March after inspectors found its beams
rusted through, and it has said almost
nothing since about when it will open again.
Parents now drive their children eleven
miles around to reach the middle school.
The commissioners owe the ridge a date
and a plan for paying for the repairs.
— The Gazette Editorial Board

Gardeners can borrow tomato, bean and
squash seeds for free
By Owen Castellano
Correspondent

Gardeners with a library card can now take
home up to six packets of seed at the
Eastgate branch, the library said Monday.
The seed library asks borrowers to save
seed from their harvest and bring some back
in the fall so the shelves fill again.
"""


def test_three_kickers_pair_with_the_headlines_in_the_rows_order() -> None:
    page = ocr.process(THREE_KICKERS, lang="en", correct=False)
    store = article_holding(page, "For 71 years, if a faucet")
    assert store.kicker == "CLOSING TIME"
    assert "Harlan’s Hardware shuts its doors after 71 years" in store.headlines
    view = article_holding(page, "The county closed the Mill Creek bridge")
    assert view.kicker == "OUR VIEW"
    assert view.headlines == ("The county owes Mill Creek parents a date for their bridge",)
    seeds = article_holding(page, "Gardeners with a library card")
    assert seeds.kicker == "GARDENS"
    assert seeds.headlines[0] == "Seed library opens shelves at the Eastgate branch"


# The two stacks' headlines written right one first; its kicker names its story.
NAMED_KICKER = """A3 THE ELK RIVER GAZETTE Thursday, May 7, 2026

Road work on Route 9

Crews will repave Route 9 between the county
line and Ellis Road at night through May 22.

SCHOOL BOARD

NORTH QUARRY EXPANSION

Quarry wins permit to
blast two more acres

Board delays vote on
later start for high school

The state approved the North Quarry expansion despite complaints about dust on Ridge Road
By Hal Brennan
Staff Writer

The state mining office approved the North
Quarry expansion on Tuesday, letting the
company blast two more acres along Ridge
Road. Neighbors said the dust from the quarry
already coats their porches each summer.
The permit caps blasting at two a week.

Members asked for a survey of bus routes before deciding
By Lena Ortiz
Staff Writer

The school board put off a vote Monday on
moving the high school's first bell to 8:30,
saying it wants to know what a later start
would do to bus routes and after-school jobs.
Members will take up the start time again
in June, after the survey of families.
"""


def test_a_kicker_that_names_its_story_goes_to_it_first() -> None:
    page = ocr.process(NAMED_KICKER, lang="en", correct=False)
    quarry = article_holding(page, "The state mining office approved")
    assert quarry.kicker == "NORTH QUARRY EXPANSION"
    assert quarry.headlines[0] == "Quarry wins permit to blast two more acres"
    board = article_holding(page, "The school board put off a vote")
    assert board.kicker == "SCHOOL BOARD"
    assert board.headlines[0] == "Board delays vote on later start for high school"


# A page's section label over one story's kicker: one stack, no row of kickers.
LABEL_OVER_ONE_STACK = """B3

LETTERS & VIEWS

EDUCATION

Ridge High climbs
nine places in the
state reading scores
Four in five juniors now read at grade level; Eastgate slips back
By Mara Quinlan
Education Writer

Ridge High recorded its best reading scores
in a decade, lifting it nine places in the
state tables published Wednesday.
The principal credited a daily reading hour
that juniors and seniors began last fall.

Fiddlers fill the square as the
old-time music weekend returns
Bands from four states join the two-day Laurel Ridge Fiddle Fair

Fiddlers from four states filled the square
on Saturday for the Laurel Ridge Fiddle Fair,
back after a two-year pause. Organizers said
the fair drew more bands than ever before.
"""


def test_a_section_label_over_one_stack_is_no_row_of_kickers() -> None:
    page = ocr.process(LABEL_OVER_ONE_STACK, lang="en", correct=False)
    story = article_holding(page, "Ridge High recorded its best reading scores")
    heads = (story.kicker, *story.headlines)
    assert "EDUCATION" in heads
    assert "Ridge High climbs nine places in the state reading scores" in heads
