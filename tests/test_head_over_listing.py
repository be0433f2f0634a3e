"""A brief's standing head over a listing: label rows under a line that names them
(``Lottery`` / ``Wednesday’s numbers`` / ``Daily 3 midday: 4-0-7`` / …) or an entry and
a court brief's lead (``Police beat`` / ``Grant Avenue, Monday, 11:48 p.m. —``, ``In
court`` / ``Kevin Lorimer (34), of``). No sentence goes on to such lines, so the head is
told by the block under it: the reader parts it off the top of its rows
(``heads_over_briefs.head_over_rows``), ``standing_head`` takes it after a story's last
sentence (``_brief_under``) and ``head_under_open_line`` after a line left open
(a column's foot, a listing's last row). A story's own rows under its crosshead
(``Results`` / ``First grade: Narrawin 22 d`` / ``Corrowong 18;…``) open on their first
label and wrap, and stay the story's."""

from __future__ import annotations

import ocr
from ocr.downstyle_headlines import heads_listing
from ocr.heading_words import entry_line, label_rows

STORY = """Heat advisory keeps pools open late

By Ann Lowe

The city will keep its three outdoor pools and the splash pads at Ellison
Park and the Eastside Community Center open until 9 p.m. while the heat
advisory lasts, the parks department said.

Lifeguards from the summer camps will cover the extra hours, and the
department will waive the entry fee for children under twelve.
Water fountains at every park have been checked and refilled, and staff
will hand out free bottles of water at the Riverside gate from noon.

"""

NEXT = """
Board votes to merge two schools

By Ray Dunn

The school board voted 5-4 on Tuesday to merge Lindell and Garfield
elementary schools next fall, ending a year of debate over falling rolls
and the cost of repairing the older of the two buildings.
"""

# pdftotext: the head on top of its rows in one block after the story's last sentence.
LOTTERY_ROWS = """Lottery
Wednesday’s numbers
Daily 3 midday: 4-0-7
Daily 3 evening: 9-9-2
Daily 4: 3-1-6-8
Cash 25: 02-09-11-17-20-23
"""

# pdfminer: a story's column ends mid-sentence at its foot, a court brief under it, its
# head a block of its own; and a police log's head under a column's open foot.
COLUMN_FOOT = """Harbour wall to be raised

By Ann Lowe

The council will raise the harbour wall by a metre next spring after the
winter storms twice flooded the shops and the car park on Shore Street,
its planning committee agreed on Monday. The work will cost £1.2m and
will be paid for by the flood fund, with the rest found from""".replace("\n", "\n", 1)

COURT = COLUMN_FOOT + """

In court

Kevin Lorimer (34), of
Seagate, was fined £400 at
Carrick Haven Sheriff Court for
shouting and swearing at the Harbour
Bar on 2 November. A woman (27) from
Kirkton was admonished for stealing £38.
"""

POLICE = COLUMN_FOOT + """

Police beat

Grant Avenue, Monday, 11:48 p.m. —
A resident reported someone trying car
door handles along the 600 block.
Officers found no one.
"""

# pdftotext: a story's results under its crosshead, after its last sentence.
RESULTS = """Narrawin edge Corrowong in derby

By Ann Lowe

Narrawin held off a late charge from Corrowong to win the derby by four
points on Saturday, their third win in a row on the local ground, and
coach Shane Gleeson said the side had earned its place in the finals
after a season that began with two heavy losses away from home. "It was
not pretty," Gleeson said. "But a win's a win in a derby."

Results
First grade: Narrawin 22 d
Corrowong 18; Mungabri 30 d
Wattle Springs 6
Reserve grade: Corrowong
26 d Narrawin 12
"""


def _articles(text: str) -> list[ocr.Article]:
    return list(ocr.process(text, lang="en", correct=False).articles)


def _holding(articles: list[ocr.Article], words: str) -> list[ocr.Article]:
    return [a for a in articles if words in " ".join(a.paragraphs)]


def test_a_head_on_top_of_label_rows_heads_them_after_a_storys_end() -> None:
    articles = _articles(STORY + LOTTERY_ROWS + NEXT)
    rows = _holding(articles, "Daily 3 midday")
    assert len(rows) == 1 and "Lottery" in rows[0].headlines
    assert "Riverside gate" not in " ".join(rows[0].paragraphs)
    assert all("Lottery" not in " ".join(a.paragraphs) for a in articles)


def test_a_court_briefs_head_under_a_columns_open_foot_heads_it() -> None:
    articles = _articles(COURT)
    court = _holding(articles, "Sheriff Court")
    assert len(court) == 1 and "In court" in court[0].headlines
    assert "flood fund" not in " ".join(court[0].paragraphs)


def test_a_police_logs_head_under_a_columns_open_foot_heads_it() -> None:
    articles = _articles(POLICE)
    log = _holding(articles, "car door handles")
    assert len(log) == 1 and "Police beat" in log[0].headlines
    assert "flood fund" not in " ".join(log[0].paragraphs)


def test_a_storys_results_under_its_crosshead_stay_its_text() -> None:
    articles = _articles(RESULTS)
    story = _holding(articles, "win's a win")
    assert len(story) == 1 and "Reserve grade" in " ".join(story[0].paragraphs)


def test_label_rows_and_entry_line() -> None:
    assert label_rows(["Wednesday’s numbers", "Daily 3 midday: 4-0-7", "Daily 3 evening: 9-9-2"])
    # A story's rows open on their first label and wrap; a sentence is no rows' name.
    assert not label_rows(["First grade: Narrawin 22 d", "Corrowong 18; Mungabri 30 d",
                           "Reserve grade: Corrowong"])
    assert not label_rows(["Carrick Haven: tries Tulloch,", "Mathers; cons Ogilvie 2; pen",
                           "Kelso: tries Brydon, Laidlaw;"])
    assert not label_rows(["The numbers were drawn.", "Daily 3 midday: 4-0-7",
                           "Daily 3 evening: 9-9-2"])
    assert entry_line("Grant Avenue, Monday, 11:48 p.m. —")
    assert entry_line("Kevin Lorimer (34), of Seagate,")
    assert not entry_line("Grant Avenue") and not entry_line("door handles along the block,")


def test_heads_listing() -> None:
    assert heads_listing("Police beat", ["Grant Avenue, Monday, 11:48 p.m. —",
                                         "A resident reported someone trying car"])
    assert heads_listing("In court", ["Kevin Lorimer (34), of", "Seagate, was fined £400 at"])
    # A story's crosshead over a sentence cut at a comma: no name opens it.
    assert not heads_listing("Livestock", ["Receipts totaled 1,126 head,",
                                           "compared with 1,340 a week"])
