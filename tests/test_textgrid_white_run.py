"""A brief set under a story's columns while a column beside them runs on past it
(``pdftotext -layout``): the white row right across the story's columns above the
brief's byline parts them there (ocr/readers/textgrid.py, ``_white_run``)."""

from __future__ import annotations

from conftest import layout_grid

from ocr.readers.textgrid import read_grid

#: A story on three columns: it runs from column to column (the first two end in
#: mid-sentence), its last column ends one.
STORY = [
    ["  本报讯（记者 林涛）入冬以来，",
     "我市各供热企业提前完成管网检修",
     "和设备调试工作，全市集中供热面",
     "积达到1.2亿平方米，比去年同期"],
    ["增加约600万平方米。市城市管理",
     "局有关负责人介绍，今年新建改造",
     "供热管网86公里，惠及居民约4万",
     "户，老旧小区室温不达标问题得到"],
    ["明显改善。",
     "  市民如遇供暖问题，可拨打供热",
     "服务热线反映，相关企业将在24",
     "小时内上门处理。"],
]
#: A brief set under the story on the same three columns, after a white row.
BRIEF = [
    ["  本报讯（通讯员 吴敏）近日，市",
     "图书馆新增自助借还设备20台，"],
    ["读者可凭身份证或读者证自助办理",
     "借阅、归还和续借手续，单次借阅"],
    ["上限由10册提高到15册。", ""],
]
#: A neighbouring story's column running on past the brief's byline (its sentence
#: goes on across the white row): no row is white across the whole page.
BESIDE = [
    "  本报讯（记者 赵宁）记者从市文",
    "化和旅游局获悉，今年前三季度全",
    "市共接待游客3860万人次，实现旅",
    "游收入412亿元，同比分别增长",
    "9.6%和11.3%。其中，乡村旅游接",
    "待游客1120万人次，成为拉动消费",
    "的重要力量。",
]


def _page(beside: list[str]) -> str:
    cols = [s + [""] + b for s, b in zip(STORY, BRIEF, strict=True)]
    return layout_grid([*cols, beside], 22)


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in read_grid(text).split("\n") if ln.strip()]


def test_a_brief_under_a_story_s_columns_beside_a_running_column_is_read_after_it() -> None:
    """Read down the gutters first, each of the three columns gave the story's lines
    then the brief's: both texts cut in three and interleaved. The other column's
    sentence runs across the brief's byline row, so no cut across the whole region is
    sound; the row white across the story's three columns is, over those columns."""
    out = _lines(_page(BESIDE))
    story = [x.strip() for col in STORY for x in col]
    brief = [x.strip() for col in BRIEF for x in col if x]
    assert out[: len(story) + len(brief)] == story + brief
    assert out[len(story) + len(brief):] == [x.strip() for x in BESIDE]


def test_a_white_row_under_a_column_ending_mid_sentence_does_not_cut() -> None:
    """The story's last column must end a sentence above the white row: where it runs
    on (its text another item's), the white row is the rows of columns not level."""
    story = [STORY[0], STORY[1], [*STORY[2][:3], "小时内上门处理，并"]]
    cols = [s + [""] + b for s, b in zip(story, BRIEF, strict=True)]
    out = _lines(layout_grid([*cols, BESIDE], 22))
    assert out[:5] == [x.strip() for x in story[0]] + [BRIEF[0][0].strip()]


def test_a_wide_column_beside_photos_few_lines_of_two_pieces_is_a_grid() -> None:
    """A wide column runs down the page; beside it only photos (white on the grid)
    and their captions and items set low: one line in eight holds two pieces, but
    their gaps line up down one gutter, so the page is read column by column and the
    captions no longer sit inside the column's sentences."""
    body = [f"Line {i} of the wide column tells the story of the harbor"
            for i in range(80)]
    beside = {30: "Ferry crews tie up at the north pier on Monday.",
              31: "                                  ANNA LEE/THE TIMES",
              50: "A 40-year-old man was arrested Tuesday after",
              51: "police said he took a boat from the marina.",
              52: "He was held on $2,000 bail, police said.",
              60: "The library will hold its fall book sale on",
              61: "Friday and Saturday from 9 a.m. to 4 p.m.",
              62: "in the lower level; hardcovers are $1.",
              63: "On Saturday shoppers can fill a bag for $5."}
    rows = [(ln.ljust(64) + beside.get(i, "")).rstrip() for i, ln in enumerate(body)]
    out = _lines("\n".join(rows) + "\n")
    assert out[:80] == body
    assert out[80:] == [x.strip() for _, x in sorted(beside.items())]


#: An English story on three columns (it runs from column to column, its last column
#: ends a sentence), then two white rows and a headline on the first column, the new
#: story's columns starting under it; a column of another story runs on beside them.
FROST = [
    ["   Brennan and his two sons spent the night",
     "lighting smudge pots and running a wind",
     "machine in the orchard his grandfather",
     "planted in 1939, trying to keep a killing"],
    ["frost off fruit that was still two weeks",
     "from harvest. The weather service recorded",
     "a low of 29 degrees at the airport, the",
     "earliest reading below 30 since 1948."],
    ["   Forecasters expect temperatures to",
     "climb into the 60s by the weekend.",
     "",
     ""],
]
CANNERY = [
    ["    Cannery to add 60 jobs in expansion", "", "",
     "By KATHERINE LIU",
     "   Bayside Packing Co. plans an $18 million",
     "expansion that would add 60 full-time"],
    ["", "", "",
     "jobs and double its freezer space, company",
     "officials said Tuesday. The city council",
     "is expected to vote on it next month."],
    ["", "", "",
     "   The state has offered a $750,000",
     "job-training grant, officials said.",
     ""],
]
TREASURER = [
    "   Gregory P. Lindell, 51, of Orchard Lane,",
    "was convicted on 14 counts of larceny over",
    "$1,200 and one count of filing false",
    "records. The jury deliberated for about",
    "five hours before it returned the verdict",
    "on Thursday afternoon in the county's",
    "Superior Court. Lindell's lawyer said he",
    "would appeal the verdict to the higher",
    "court, which could take more than a year",
    "to hear the case, the clerk's office said.",
    "   Judge Maureen Gallagher set sentencing",
    "for Oct. 14.",
]


def test_a_headline_under_a_story_s_columns_beside_a_running_column_parts_them() -> None:
    """No byline on the cut's row (the headline opens the story set under), but two
    white rows run across the story's three columns there: lines of columns not level
    leave one white row at a time, so two are the white between stacked items; the
    story's last column ends a sentence above them."""
    cols = [f + ["", ""] + c for f, c in zip(FROST, CANNERY, strict=True)]
    out = _lines(layout_grid([*cols, TREASURER], 48))
    frost = [x.strip() for col in FROST for x in col if x]
    cannery = [x.strip() for col in CANNERY for x in col if x]
    assert out[: len(frost) + len(cannery)] == frost + cannery
    assert out[len(frost) + len(cannery):] == [x.strip() for x in TREASURER]


def test_a_credit_and_a_kicker_on_rows_of_their_own_are_read_before_the_columns() -> None:
    """Under a photo's caption its credit (set right, over the second column) and the
    kicker of a brief (over the first) each take a row of their own, then a blank row,
    then the brief on two columns: cut down the brief's gutter first, the credit went
    between the brief's columns."""
    left = ["A 34-year-old man was arrested", "Tuesday after police said he",
            "used a stolen card to buy $2,300", "worth of power tools at a",
            "hardware store on Elm Street."]
    right = ["He was held on $5,000 bail", "and is due in court on Friday,",
             "police said. The store's owner", "said the clerk noticed the card",
             "was not signed."]
    rows = ["Members of the high school marching band rehearse on the practice field",
            "Monday afternoon ahead of Saturday's regional competition.",
            "                                            ANNA LEE/THE TIMES",
            "ON THE MARCH",
            ""]
    rows += [a.ljust(40) + b for a, b in zip(left, right, strict=True)]
    beside = [f"Line {i} of a story in the next column runs here" for i in range(len(rows))]
    text = "\n".join(r.ljust(76) + b for r, b in zip(rows, beside, strict=True)) + "\n"
    out = _lines(text)
    assert out[:14] == [rows[0], rows[1], "ANNA LEE/THE TIMES", "ON THE MARCH",
                        *left, *right]


def test_a_caption_over_two_columns_ends_where_the_brief_under_it_starts() -> None:
    """A photo's caption set over the tops of two columns (a brief's two columns), a
    blank row under it in those columns that the story's third column beside them
    fills: two lines of one column are read on past such a row, but the caption runs
    past the brief's column over the next one, level with the brief's lines, so it
    ends there: the caption and the brief are two blocks, not one paragraph."""
    story = [["The city council voted on Tuesday", "to raise the fee for a parking",
              "permit from $40 to $55 a year.", "Residents of the east side",
              "said the change would hit them", "hardest of all.", "Council members said it",
              "would pay for new meters."],
             ["The fee was last raised in 2009,", "when it went from $30 to $40.",
              "About 6,000 permits were sold", "last year, most of them on the",
              "east side, where few homes have", "driveways. The change takes",
              "effect on July 1, the clerk", "said in a statement."],
             ["A public hearing on the plan", "drew more than 80 residents,",
              "many of whom asked the council", "to phase the increase in over",
              "two years instead of one.", "The council turned that down",
              "in a 5-2 vote after an hour", "of debate on the proposal."]]
    rows = [a.ljust(38) + b.ljust(38) + c for a, b, c in zip(*story, strict=True)]
    caption = ["Workers paint new parking spaces on Elm Street on Monday, ahead",
               "of the new fee. (ANNA LEE)"]
    brief = ["The library will close early", "on Friday for a staff day, its",
             "director said on Monday."]
    brief2 = ["It opens again on Saturday", "at 9 a.m. as usual."]
    rows[2] = rows[2].ljust(116) + caption[0]
    rows[3] = rows[3].ljust(116) + caption[1]
    for i, (a, b) in enumerate(zip(brief, [*brief2, ""], strict=True)):
        rows[5 + i] = rows[5 + i].ljust(116) + a.ljust(34) + b
    out = read_grid("\n".join(rows) + "\n").split("\n")
    cap = out.index(caption[0])
    assert out[cap + 1] == caption[1]
    assert out[cap + 2] == ""
    assert out[cap + 3 : cap + 6] == brief


def test_a_caption_s_last_line_goes_on_its_first_three_cells_from_a_column() -> None:
    """A caption's first line runs to three cells from the column beside it, so no
    gutter parts them down its rows and the XY-cut reads the caption row by row
    (then its credit, the kicker of a brief, the brief): its short last line, on the
    next row from the same edge, opening in lowercase and ending the sentence, goes
    on the first, not a block of its own; the credit and the kicker stay apart."""
    caption = ["Members of the high school marching band rehearse on the practice field "
               "Monday ahead",
               "of Saturday's regional competition."]
    rows = [caption[0], caption[1], " " * 52 + "ANNA LEE/THE TIMES", "ON THE MARCH", "",
            "A 34-year-old man was arrested".ljust(44) + "He was held on $5,000 bail",
            "Tuesday after police said he".ljust(44) + "and is due in court on Friday.",
            "used a stolen card to buy $2,300".ljust(44) + "The clerk noticed the card",
            "worth of power tools at a".ljust(44) + "was not signed, the store's",
            "hardware store on Elm Street.".ljust(44) + "owner said."]
    beside = ["By SAMUEL BRIGHT", "MILLBROOK — For the third", "time in five years, the price",
              "Tom and Becky Lund receive", "for their milk is expected to",
              "fall below what it costs them", "to produce it, federal figures",
              "released last week show.", "The Lunds, who milk 85 cows",
              "on a farm in the family since"]
    width = len(caption[0]) + 3
    text = "\n".join(r.ljust(width) + b for r, b in zip(rows, beside, strict=True)) + "\n"
    out = read_grid(text).split("\n")
    assert out[:6] == [caption[0], caption[1], "", "ANNA LEE/THE TIMES", "", "ON THE MARCH"]
