"""Lines that announce what they are by their form (furniture, jump lines, datelines,
bylines) and heading lines, in text as papers print it and extractors write it: each
form is recognised, and running text that looks like one at a glance is not cut out of
its story."""

from __future__ import annotations

import pytest

import ocr
from ocr.model import BlockKind

STORM = ("Storm knocks out power to thousands\n\nBy SUSAN PARK\n\n"
         "HARBOR CITY — A line of thunderstorms swept through the county on Thursday,\n"
         "leaving about 12,000 homes without power.\n\n{line}\n\n"
         "Crews worked through the night, and by Friday morning fewer than 800 customers\n"
         "were still waiting for their lights, the utility said.\n")


@pytest.mark.parametrize("line", ["Weather forecasters said more storms could come Saturday.",
                                  "Weather permitting, repairs will end by Sunday.",
                                  "Weather Service officials warned of 60 mph winds.",
                                  "Forecast models show a 40 percent chance of rain.",
                                  "Price increases of up to $5 a month were approved."])
def test_a_sentence_that_opens_like_furniture_stays_in_its_story(line: str) -> None:
    """A one-sentence paragraph opening with ``Weather`` or ``Price`` is the story's text,
    not a weather strip or a cover price: it was taken out of the story as furniture."""
    page = ocr.process(STORM.format(line=line), lang="en", correct=False)
    assert [b.text for b in page.blocks if b.kind is BlockKind.FURNITURE] == []
    assert [a.headlines for a in page.articles] == [("Storm knocks out power to thousands",)]
    assert line in " ".join(page.articles[0].paragraphs)


@pytest.mark.parametrize("strip", ["WEATHER: Partly sunny. High 78, Low 61. Details, Page B8",
                                   "Weather: sunny, high 75", "WEATHER Sunny, 84. Details, A8",
                                   "Weather, Page B10", "WEATHER | Page 12",
                                   "WEATHER Partly sunny, high 84", "Forecast, B6"])
def test_weather_strips_are_furniture(strip: str) -> None:
    page = ocr.process(STORM.format(line=strip), lang="en", correct=False)
    assert [b.text for b in page.blocks if b.kind is BlockKind.FURNITURE] == [strip]
    assert strip not in " ".join(p for a in page.articles for p in a.paragraphs)


def test_a_page_written_as_one_line_keeps_its_text() -> None:
    """An extractor that writes a paragraph (or a page) a line: a line that opens like a
    weather strip or a folio band but runs on is prose, not furniture, and its text stays
    in an article (it was all furniture, and the page's articles empty)."""
    text = STORM.format(line="WEATHER: Partly sunny. High 78, Low 61.").replace("\n", " ")
    page = ocr.process("WEATHER: Partly sunny. High 78, Low 61. " + text, lang="en",
                       correct=False)
    assert [b for b in page.blocks if b.kind is BlockKind.FURNITURE] == []
    assert "fewer than 800 customers" in " ".join(p for a in page.articles for p in a.paragraphs)


def test_a_line_of_running_text_ending_on_a_date_is_no_folio() -> None:
    """``It opens on Friday, July 5, 2024`` at a line's end is the story's text: the date
    pattern cut the line out of its paragraph as furniture."""
    text = ("Festival returns to the waterfront\n\nBy SUSAN PARK\n\n"
            "HARBOR CITY — The summer arts festival will return to the waterfront for the\n"
            "first time since the pier was rebuilt, organizers said. It opens Friday, July 5,"
            " 2024\n"
            "and runs for three days, with music on two stages and 80 craft stalls.\n\n"
            "THE HARBOR LEDGER | FRIDAY, JULY 5, 2024 | A3\n")
    page = ocr.process(text, lang="en", correct=False)
    assert [b.text for b in page.blocks if b.kind is BlockKind.FURNITURE] == [
        "THE HARBOR LEDGER | FRIDAY, JULY 5, 2024 | A3"]
    assert "It opens Friday, July 5, 2024 and runs" in page.articles[0].paragraphs[0]


ZH_RAIN = ("我市迎来入夏以来最强降雨\n\n"
           "本报讯（记者 王晓东）昨日，我市迎来入夏以来最强降雨过程，全市平均降雨量达\n"
           "到68毫米，城区多处道路出现积水。市防汛办及时启动应急响应，组织人员排水抢险。\n"
           "{line}\n"
           "以晴热天气为主，市民出行请注意防暑降温。市交通部门提醒，部分路段仍有积水，\n"
           "请驾驶员减速慢行。\n")


def test_a_weather_sentence_in_a_chinese_story_stays_in_it() -> None:
    """A column line of a story on the weather, as wide as its neighbours and holding
    clauses, matches the weather strip's pattern: it is the story's text, not furniture."""
    line = "据市气象台预计，今天白天多云转晴，偏南风3到4级，气温24到31℃，明天起"
    page = ocr.process(ZH_RAIN.format(line=line), lang="zh", correct=False)
    assert [b for b in page.blocks if b.kind is BlockKind.FURNITURE] == []
    assert line in page.articles[0].paragraphs[0]


@pytest.mark.parametrize("strip", ["多云转晴 东南风3级 气温：25℃",
                                   "今天：多云，东南风3级，气温25℃"])
def test_a_weather_strip_among_a_chinese_column_is_furniture(strip: str) -> None:
    """Written among a column's lines (an extractor that writes no blank lines), a strip
    is narrower than the column or holds no clause: furniture still."""
    page = ocr.process(ZH_RAIN.format(line=strip), lang="zh", correct=False)
    # (the reader drops an extractor's spaces between Han characters)
    assert [b.text.replace(" ", "") for b in page.blocks if b.kind is BlockKind.FURNITURE] == [
        strip.replace(" ", "")]


def test_each_line_of_a_chinese_weather_box_is_furniture() -> None:
    box = ("今天：多云，东南风3级，气温25到31℃\n明天：晴，南风2级，气温26到33℃\n"
           "后天：阴，北风3级，气温24到30℃")
    page = ocr.process(ZH_RAIN.format(line="") + "\n" + box + "\n", lang="zh", correct=False)
    assert [b.text for b in page.blocks if b.kind is BlockKind.FURNITURE] == box.split("\n")


@pytest.mark.parametrize("blank", ["", "\n"])
def test_a_column_line_opening_with_an_acronym_and_a_dash_is_no_dateline(blank: str) -> None:
    """``NASA — which paid for …`` opening a line of running text goes on in lower case:
    no dateline, so no story opens there (the story was cut in two at it)."""
    text = ("Probe to study the sun's outer layer\n\nBy ELLEN MARSH\n\n"
            "HOUSTON — A small spacecraft built by a university team will be launched next\n"
            "month to study the sun's outer layer, according to officials at\n" + blank +
            "NASA — which paid for most of the $40 million project — and the university.\n"
            "The craft will orbit for two years, they said.\n")
    page = ocr.process(text, lang="en", correct=False)
    assert [(a.headlines, a.dateline) for a in page.articles] == [
        (("Probe to study the sun's outer layer",), "HOUSTON —")]
    assert "officials at NASA — which paid" in " ".join(page.articles[0].paragraphs)


COURIER = ("THE EVENING COURIER\n\n"
           "WEDNESDAY, JUNE 21, 1911. — FAIR TODAY, WARMER — PRICE TWO CENTS.\n\n"
           "{head}\n\nBy LUCY FENWICK\n\n"
           "CEDAR CREEK — Rain, wind and a brief power failure could not keep people away\n"
           "from the Alder County Fair this year, organizers said on Sunday.\n")


@pytest.mark.parametrize(("head", "kicker", "headlines", "deck"), [
    ("Warehouse Fire Forces Evacuation of\nNearby Homes", None,
     ("Warehouse Fire Forces Evacuation of Nearby Homes",), None),
    # Tesseract's text sets a headline's last line a little apart
    ("Council Approves $4.2 Million Plan to Dredge Harbor\n\nChannel", None,
     ("Council Approves $4.2 Million Plan to Dredge Harbor Channel",), None),
    ("BUSINESS\n\nPort Cargo Volume Rises 12\nPercent as New Crane Comes Online", "BUSINESS",
     ("Port Cargo Volume Rises 12 Percent as New Crane Comes Online",), None),
    ("CITY HALL\n\nCOUNCIL APPROVES PLAN TO\nDREDGE HARBOR CHANNEL", "CITY HALL",
     ("COUNCIL APPROVES PLAN TO DREDGE HARBOR CHANNEL",), None),
    # a kicker over its headline, a deck under it: each a heading of its own
    ("CITY HALL\nCOUNCIL APPROVES DREDGING PLAN", "CITY HALL",
     ("COUNCIL APPROVES DREDGING PLAN",), None),
    ("FAIR WEEK\nCounty Fair Draws Record Crowd\n"
     "Rides stopped for 45 minutes as storms rolled through", "FAIR WEEK",
     ("County Fair Draws Record Crowd",), "Rides stopped for 45 minutes as storms rolled through"),
    ("FAIR WEEK\nCounty Fair Draws Record Crowd\n"
     "Rides Stopped for 45 Minutes as Storms Rolled Through", "FAIR WEEK",
     ("County Fair Draws Record Crowd",), "Rides Stopped for 45 Minutes as Storms Rolled Through"),
    # a kicker ending on a figure, short decks in title case and capitals, stacked decks
    ("Election 2024\nSmith Leads in Early Returns", "Election 2024",
     ("Smith Leads in Early Returns",), None),
    ("Warehouse Fire Forces Evacuation\nNo Injuries Reported", None,
     ("Warehouse Fire Forces Evacuation",), "No Injuries Reported"),
    ("FIRE DESTROYS DOWNTOWN WAREHOUSE\nNO INJURIES REPORTED", None,
     ("FIRE DESTROYS DOWNTOWN WAREHOUSE",), "NO INJURIES REPORTED"),
    ("GREAT FIRE IN CHICAGO\nTHOUSANDS HOMELESS\nLOSS PUT AT MILLIONS", "GREAT FIRE IN CHICAGO",
     ("THOUSANDS HOMELESS",), "LOSS PUT AT MILLIONS"),
    ("TRAFFIC ALERT\nWEATHER\nStorms Close Harbor Road", "TRAFFIC ALERT", ("WEATHER",),
     "Storms Close Harbor Road"),
])
def test_a_headline_wrapped_in_title_case_or_capitals_is_one(
    head: str, kicker: str | None, headlines: tuple[str, ...], deck: str | None
) -> None:
    """In title case or capitals every wrapped line of a headline starts with a capital,
    so a capital no longer tells the next heading of a stack: a line set alike goes on
    with a headline of four words or more, or one that ends where no heading ends (a
    small word, a figure), unless it is a deck, a clause of five words or more of its
    own. The folio band with its parts set off by dashes is furniture."""
    page = ocr.process(COURIER.format(head=head), lang="en", correct=False)
    art = page.articles[0]
    assert (art.kicker, art.headlines, art.subheadline) == (kicker, headlines, deck)
    assert [b.text for b in page.blocks if b.kind is BlockKind.FURNITURE] == [
        "THE EVENING COURIER", "WEDNESDAY, JUNE 21, 1911. — FAIR TODAY, WARMER — PRICE TWO CENTS."]


JUMPED = ("Council approves water plant\n\nBy MARGARET HOLLOWAY\n\n"
          "The council voted 6-1 on Tuesday to build a water treatment plant on Mill Road.\n"
          "{to}\n\n"
          "Fire guts Dock Street warehouse\n\nBy DANIEL OKAFOR\n\n"
          "A fire tore through a vacant warehouse on Dock Street on Monday night.\n\n"
          "{back}\n\nThe plant will open in 2027, officials said.\n")


@pytest.mark.parametrize(("to", "page"), [
    ("(Continued on page 6)", "6"), ("Continued on 4B", "4B"), ("See WATER, A6", "A6"),
    ("See WATER on Page A6", "A6"), ("Please see WATER, A6", "A6"), ("Turn to Page 5", "5"),
    ("Turn to WATER, A6", "A6"),
    ("(See WATER, Page A6)", "A6")])
@pytest.mark.parametrize("back", ["Continued from A1", "From Page A1",
                                  "(Continued from Page 1)"])
def test_jump_lines_in_the_forms_papers_print(to: str, page: str, back: str) -> None:
    """Jump lines in round brackets, without the word Page, with a page like ``4B``,
    ``See … on``, ``Turn to``, ``From Page``: the story's jump, and the continuation's
    own article (each was the story's text, and the continuation went on with the fire)."""
    arts = ocr.process(JUMPED.format(to=to, back=back), lang="en", correct=False).articles
    water = arts[0]
    assert water.jump is not None and (water.jump.text, water.jump.page) == (to, page)
    assert to not in " ".join(water.paragraphs)
    assert [a.continued_from.text for a in arts if a.continued_from] == [back]
    assert all(back not in p and "2027" not in p for p in arts[1].paragraphs)


ZH_JUMPED = ("新馆开馆首周接待读者3.6万人次\n\n本报讯（记者 杨帆）上周六，市图书馆新馆正式开馆。\n"
             "开馆首周，新馆累计接待读者3.6万人次。{to}\n\n"
             "夏季消防安全检查启动\n\n本报讯（记者 郑凯）昨日，全市夏季消防安全检查启动。\n\n"
             "{back}\n新馆总建筑面积2.8万平方米，藏书容量可达一百五十万册。\n")


@pytest.mark.parametrize(("to", "page"), [("（下转第2版）", "2"), ("（转第3版）", "3"),
                                          ("（下转A2版）", "A2"), ("（下转04版）", "04")])
@pytest.mark.parametrize("back", ["（上接第1版）", "（接第1版）", "（紧接第1版）", "（上接1版）"])
def test_chinese_jump_lines_in_the_forms_papers_print(to: str, page: str, back: str) -> None:
    page_ = ocr.process(ZH_JUMPED.format(to=to, back=back), lang="zh", correct=False)
    arts = page_.articles
    assert arts[0].jump is not None and (arts[0].jump.text, arts[0].jump.page) == (to, page)
    assert [a.continued_from.text for a in arts if a.continued_from] == [back]
    assert all("一百五十万册" not in p for p in arts[1].paragraphs)


ZH_LEAD = ("新馆开馆首周接待读者3.6万人次\n\n{lead}上周六，市图书馆新馆正式开馆。开馆首周，新馆累计"
           "接待读者3.6万人次，日均超过五千人次。\n\n新馆总建筑面积2.8万平方米，藏书容量可达一百五十万册。\n\n"
           "夏季消防安全检查启动\n\n{lead}昨日，全市夏季消防安全检查启动，为期三个月。\n")


@pytest.mark.parametrize(("lead", "byline", "dateline"), [
    ("本报北京6月20日电（记者 王晓东）", None, "本报北京6月20日电（记者王晓东）"),
    ("据新华社电 ", None, "据新华社电"),
    ("文／本报记者 王晓东\n", "文／本报记者王晓东", None),
])
def test_chinese_bylines_and_datelines_in_the_forms_papers_print(
    lead: str, byline: str | None, dateline: str | None
) -> None:
    """A paper's own dateline (``本报北京6月20日电``), an agency's without place or date
    (``据新华社电``) and ``文／本报记者 …`` open their stories and leave their text."""
    arts = ocr.process(ZH_LEAD.format(lead=lead), lang="zh", correct=False).articles
    assert [(a.byline, a.dateline) for a in arts] == [(byline, dateline)] * 2
    assert [a.paragraphs[0][:3] for a in arts] == ["上周六", "昨日，"]


EN_BYLINED = ("Council approves water plant\n\n{by}\n\n"
              "The council voted 6-1 on Tuesday to build a water treatment plant on Mill Road.\n"
              "Construction will begin next spring, officials said.\n\n"
              "Fire guts Dock Street warehouse\n\n{by}\n\n"
              "A fire tore through a vacant warehouse on Dock Street on Monday night.\n")


@pytest.mark.parametrize(("by", "byline"), [
    ("By Jane Doe | Staff Writer", "By Jane Doe | Staff Writer"),
    ("By Jane Doe / The Harbor Ledger", "By Jane Doe / The Harbor Ledger"),
    ("BY JANE DOE / STAFF WRITER", "BY JANE DOE / STAFF WRITER"),
    ("From staff reports", "From staff reports"),
    ("Staff and wire reports", "Staff and wire reports"),
    ("By JANE DOE\nASSOCIATED PRESS", "By JANE DOE ASSOCIATED PRESS"),
    ("By Jane Doe\nAssociated Press", "By Jane Doe Associated Press"),
])
def test_english_bylines_in_the_forms_papers_print(by: str, byline: str) -> None:
    """A post after a rule or slash, a story credited to staff or wire reports or to the
    AP alone, an agency line under the writer: each is its story's byline (unread, the
    sentence-case headlines above them were the text of one headless article, and
    ``BY … / …`` a photo credit)."""
    arts = ocr.process(EN_BYLINED.format(by=by), lang="en", correct=False).articles
    assert [(a.headlines, a.byline) for a in arts] == [
        (("Council approves water plant",), byline),
        (("Fire guts Dock Street warehouse",), byline)]
    assert [a.paragraphs[0][:9] for a in arts] == ["The counc", "A fire to"]


RAW_PHOTO = ("The museum will reopen in the fall with a new wing for its maritime collection.\n"
             "{heads}"
             "Volunteers haul the boat up the ramp at the harbor on\n"
             "Saturday, the first of the season's launches.\n"
             "{credit}\n{opening}"
             "The Harbor City Rowing Club put its first boat of the season in the water on\n"
             "Saturday, a week later than planned because of the storms.\n")


@pytest.mark.parametrize("heads", ["Rowing club opens its season a week late\n",
                                   "ROWING\nRowing club opens its season a week late\n"])
def test_a_photo_between_a_headline_and_its_byline_in_text_without_blank_lines(
    heads: str
) -> None:
    """``pdftotext -raw`` and PDFium write no blank lines: the story's heading, then the
    photo set between it and the byline (caption, credit), then the byline. The heading
    heads the story; the caption is only the last sentence before the credit."""
    text = RAW_PHOTO.format(heads=heads, credit="Photo by ANNA KOWALSKI",
                            opening="By KEVIN ASHBY\nLedger Sports Writer\n")
    page = ocr.process(text, lang="en", correct=False)
    story = page.articles[-1]
    assert story.headlines == ("Rowing club opens its season a week late",)
    assert story.byline == "By KEVIN ASHBY Ledger Sports Writer"
    assert [(p.caption, p.credit) for p in page.photos] == [
        ("Volunteers haul the boat up the ramp at the harbor on Saturday, the first of the "
         "season's launches.", "Photo by ANNA KOWALSKI")]


def test_a_titled_photo_before_a_story_with_no_byline_keeps_its_title() -> None:
    """No story opens after the credit: the line over the caption is the photo's."""
    text = RAW_PHOTO.format(heads="SEASON OPENS\n", credit="Photo by ANNA KOWALSKI",
                            opening="")
    page = ocr.process(text, lang="en", correct=False)
    assert all("SEASON OPENS" not in a.headlines for a in page.articles)
    assert "SEASON OPENS" in " ".join(
        f"{p.title} {p.caption}" for p in page.photos)


ZH_RAW_PHOTO = ("市图书馆新馆明年将对外开放。\n全长28.6公里 设站21座\n地铁3号线一期工程全面开工\n"
                "地铁3号线中山广场站施工现场。\n通讯员 赵明 摄\n"
                "本报讯（记者 林志远）6月20日上午，地铁3号线一期工程21座车站全面进入施工阶段。\n")


def test_a_photo_between_a_chinese_headline_and_its_byline_without_blank_lines() -> None:
    page = ocr.process(ZH_RAW_PHOTO, lang="zh", correct=False)
    story = page.articles[-1]
    assert story.headlines[-1].replace(" ", "") == "地铁3号线一期工程全面开工"
    assert [p.caption for p in page.photos] == ["地铁3号线中山广场站施工现场。"]


@pytest.mark.parametrize(("text", "lang", "title"), [
    ("今年我市将改造老旧小区42个。\n麦收正忙\n6月19日，在临江市双塘镇的麦田里，联合收割机正在抢收小麦。目前，\n"
     "全市62万亩小麦已收割过半。\n记者 刘洋 摄\n临江港上半年集装箱吞吐量创新高\n"
     "本报讯（记者 周海涛）昨日，记者从临江港务集团获悉，今年上半年集装箱吞吐量创新高。\n",
     "zh", "麦收正忙"),
    ("The council will vote on the plan next month.\nCooling off\n"
     "Children play in the fountain at Lincoln Park on Monday as temperatures climbed into\n"
     "the upper 80s across the region.\nPhoto by MARIA LOPEZ\nShipyard lands Navy contract\n"
     "By TOM CHEN\nThe Tarrow Shipyard has won a $200 million contract, officials said.\n",
     "en", "Cooling off"),
])
def test_a_photo_title_over_its_caption_in_text_without_blank_lines(
    text: str, lang: str, title: str
) -> None:
    """One short line over a caption, with no story opening after the credit: the
    photo's title (it was the caption's first words)."""
    page = ocr.process(text, lang=lang, correct=False)
    assert [p.title for p in page.photos] == [title]
    assert all(not p.caption or title not in p.caption for p in page.photos)


RAW_CAPTION = ("The plant will cost $48 million and\nshould open in the spring of 2027,\n"
               "the city engineer said on Monday.\n"
               "MAKING A SPLASH\nMICHAEL CHEN/HARBOR LEDGER\n"
               "Jaylen Ortiz, 8, cools off in the spray fountain at Tarrow Landing on\n"
               "Thursday afternoon as temperatures in Harbor City reached 91 degrees,\n"
               "the first 90-degree day of the year.\n"
               "The Harbor City Police De-\npartment will hold a free bicy-\n"
               "cle registration on Saturday\nfrom 9 a.m. to noon behind\n"
               "the Central Fire Station.\n")


def test_a_wide_caption_under_its_credit_goes_on_to_its_sentence_end() -> None:
    """Text without blank lines: a caption set wider than the columns, under its credit,
    is one caption to its sentence's end (its second and third lines were the next
    story's first), and the column text after it is not the caption's."""
    page = ocr.process(RAW_CAPTION, lang="en", correct=False)
    assert [(p.title, p.caption, p.credit) for p in page.photos] == [(
        "MAKING A SPLASH",
        "Jaylen Ortiz, 8, cools off in the spray fountain at Tarrow Landing on Thursday "
        "afternoon as temperatures in Harbor City reached 91 degrees, the first 90-degree "
        "day of the year.", "MICHAEL CHEN/HARBOR LEDGER")]
    assert any(p.startswith("The Harbor City Police Department will hold")
               for a in page.articles for p in a.paragraphs)


def test_a_chinese_column_line_opening_with_reporter_is_no_byline() -> None:
    """In a narrow column a paragraph's first line may read ``记者在施工现场看`` (a
    reporter's name has the same shape): as wide as the column's lines, with the
    sentence going on under it, it is the column's text, not a byline opening a story."""
    text = ("城北实验小学新校区9月投入使用\n\n本报讯（记者 李昂）昨日，\n记者从市教育局获悉，\n"
            "位于城北新区的实验小学\n新校区将于9月投入使用。\n\n记者在施工现场看\n到，工人们正在给塑胶\n"
            "跑道划线，操场边的树\n木已经栽种完毕。\n")
    page = ocr.process(text, lang="zh", correct=False)
    assert [a.byline for a in page.articles] == ["本报讯（记者李昂）"]
    assert "记者在施工现场看到，工人们正在给塑胶" in " ".join(page.articles[0].paragraphs)


@pytest.mark.parametrize("line", [
    "A hearing on the plan is set for 9 a.m. Monday, June 3, 2024.",
    "Bids are due by the deadline, Friday, July 5, 2024.",
    # a folio band's parts, one in lower case at the end: no match, found at once (each
    # space beside a rule could go with the part or the rule: tried both ways, a dozen
    # rules took seconds)
    "SUNDAY, JUNE 2, 2024 | SPORTS B1 | BUSINESS C1 | LIVING D1 | OPINION A10 | CLASSIFIED E1"
    " | ARTS C4 | COMICS D6 | TV D8 | PUZZLES D9 | WEATHER A12 | OBITUARIES B6 | daily",
])
def test_a_sentence_or_a_line_ending_on_a_date_stays_in_its_story(line: str) -> None:
    page = ocr.process(STORM.format(line=line), lang="en", correct=False)
    assert [b.text for b in page.blocks if b.kind is BlockKind.FURNITURE] == []
    assert line in " ".join(page.articles[0].paragraphs)


@pytest.mark.parametrize("line", ["本报与市供电公司联合开通的服务热线今起试运行。",
                                  "本报热线电话96123全天开通，欢迎读者来电。",
                                  "新华社电讯稿称，全市降雨量达68毫米。"])
def test_chinese_sentences_opening_like_a_dateline_stay_text(line: str) -> None:
    """``本报…电`` and ``新华社电`` open running text as often as a dateline: a paper's
    own dateline names its place and date (``本报北京6月20日电``)."""
    text = ZH_RAIN.format(line=line).replace(line + "\n", "\n" + line + "\n\n")
    page = ocr.process(text, lang="zh", correct=False)
    assert len(page.articles) == 1 and page.articles[0].dateline is None
    assert line in "".join(page.articles[0].paragraphs)


def test_a_capitals_headline_with_a_comma_is_no_byline() -> None:
    page = ocr.process(EN_BYLINED.format(by="By SUSAN PARK").replace(
        "Council approves water plant", "BY LAND, SEA AND AIR"), lang="en", correct=False)
    assert [(a.headlines, a.byline) for a in page.articles][0] == (
        ("BY LAND, SEA AND AIR",), "By SUSAN PARK")


def test_a_chinese_byline_naming_the_paper_stays_a_byline_in_a_narrow_column() -> None:
    """``本报记者 李昂 通讯员 张华`` may be as wide as a narrow column: it names the paper,
    so it is a byline however wide (only a bare ``记者…`` line is asked its width)."""
    text = ("城北实验小学新校区9月投入使用\n本报记者 李昂 通讯员 张华\n昨日，记者从市教育局获悉\n"
            "，位于城北新区的实验小\n学新校区将于9月投入使\n用，可提供学位1800个。\n")
    page = ocr.process(text, lang="zh", correct=False)
    assert [(a.headlines, a.byline) for a in page.articles] == [
        (("城北实验小学新校区9月投入使用",), "本报记者李昂通讯员张华")]


def test_an_agency_sign_off_makes_no_empty_article() -> None:
    """``The Associated Press`` alone on a line ends a wire brief: no byline of a story
    with no text."""
    text = ("Senate passes rail safety bill\n\nThe Senate passed the bill 68-31 on Tuesday.\n"
            "The Associated Press\n\nStorm knocks out power\n\nBy SUSAN PARK\n\n"
            "About 12,000 homes lost power on Thursday evening.\n")
    page = ocr.process(text, lang="en", correct=False)
    assert all(a.paragraphs for a in page.articles)


def test_a_wide_headline_after_a_credit_is_no_caption() -> None:
    """Without blank lines, a wide line right under a credit, which the column's short
    lines follow mid-sentence, is no caption going on into them: it stays a line of its
    own (the next story's headline), apart from the column under it."""
    text = RAW_CAPTION.replace(
        "Jaylen Ortiz, 8, cools off in the spray fountain at Tarrow Landing on\n"
        "Thursday afternoon as temperatures in Harbor City reached 91 degrees,\n"
        "the first 90-degree day of the year.\n",
        "Harbor City schools to start classes a week later this fall\n")
    page = ocr.process(text, lang="en", correct=False)
    # a block of its own, which classification may judge (not glued to the column under it)
    assert "Harbor City schools to start classes a week later this fall" in [
        b.text for b in page.blocks]


#: pdftotext: a story's last sentence set wide and written against its column, then a
#: photo's credit and the photo's caption, both as wide.
CAPTION_AFTER_CREDIT = """Clinic opens new wing

By LUIS FERREIRA

The new wing of the county clinic opened
on Monday with twelve treatment rooms and
a waiting area twice the size of the old.
Nurses said they welcomed the new space
but warned that the clinic needed more
nurses to staff it through the winter.
The clinic said it had hired six nurses and would hire four more by December.

ANNA KOWALSKI/HARBOR LEDGER

The ferry Island Belle leaves the Pier Road terminal on Monday morning for its first run of
the summer season to Gull Island. Service runs hourly through Labor Day.
"""


def test_of_two_captions_beside_a_credit_the_one_that_talks_of_the_story_is_its_text() -> None:
    """Both blocks beside the credit read as captions (a sentence, set wider than the
    column); the one before it talks of the story above it (clinic, nurses): it is that
    story's last sentence, and the caption is the other."""
    page = ocr.process(CAPTION_AFTER_CREDIT, lang="en", correct=False)
    clinic = next(a for a in page.articles if any("county clinic" in p for p in a.paragraphs))
    assert "hired six nurses" in " ".join(clinic.paragraphs)
    assert [p.caption for p in page.photos] == [
        "The ferry Island Belle leaves the Pier Road terminal on Monday morning for its first"
        " run of the summer season to Gull Island. Service runs hourly through Labor Day."]


#: A column of a British evening paper as pdftotext writes it: the page's foot line, the
#: paper's address, comes after the column's last line, and the next column's text after it.
FOOT_ADDRESS = (
    "Councillors back £4m quay for visiting yachts\n\nBy Morag Fleming\n\n"
    "Councillors voted 9-6 last night to spend £4 million on a pontoon quay for\n"
    "visiting yachts, after a debate that ran for almost three hours.\n\n"
    "The public gallery, full long before the meeting began, greeted the vote with\n"
    "applause from one side and silence from the other.\n\n"
    "{address}\n\n"
    "The quay would take boats of up to 20 metres and could open in time for the\n"
    "summer regatta, the harbour master told the meeting.\n"
)


@pytest.mark.parametrize("address", ["westhavenmail.co.uk", "www.westhavenmail.co.uk",
                                     "eastcapeherald.co.za", "rivertonadvocate.com.au"])
def test_a_paper_address_under_a_country_domain_is_furniture(address: str) -> None:
    """The paper's web address under a country's domain (``.co.uk``, ``.co.za``,
    ``.com.au``) is the page's furniture, as a ``.com`` one is: read as text it closed
    the story's paragraph as a line of its own, and the column written after it ran on
    from it into the wrong story (study S6, S8, S12: the address over another column's
    text in 12 of 573 run-together seams)."""
    page = ocr.process(FOOT_ADDRESS.format(address=address), lang="en", correct=False)
    assert [b.text for b in page.blocks if b.kind is BlockKind.FURNITURE] == [address]
    text = " ".join(p for a in page.articles for p in a.paragraphs)
    assert address not in text
    assert "The quay would take boats" in text


@pytest.mark.parametrize("line", ["westhavenmail.co.uk.", "westhavenmail.co.uk or call",
                                  "news@westhavenmail.co.uk",
                                  "Entries close on Friday at westhavenmail.co.uk"])
def test_an_address_in_a_sentence_stays_in_its_story(line: str) -> None:
    """An address that a sentence holds (its stop after it, words around it) or an
    e-mail address to write to is the story's text, not the page's foot line."""
    page = ocr.process(FOOT_ADDRESS.format(address=line), lang="en", correct=False)
    assert [b.text for b in page.blocks if b.kind is BlockKind.FURNITURE] == []
    assert line in " ".join(p for a in page.articles for p in a.paragraphs)


ZH_JUMPED_BARE = ("新馆开馆首周接待读者3.6万人次\n\n"
                  "本报讯（记者 杨帆）上周六，市图书馆新馆正式开馆。\n"
                  "开馆首周，新馆累计接待读者3.6万人次，\n{to}\n\n"
                  "夏季消防安全检查启动\n\n"
                  "本报讯（记者 郑凯）昨日，全市夏季消防安全检查启动。\n\n"
                  "{back}\n新馆总建筑面积2.8万平方米，藏书容量可达一百五十万册。\n")


@pytest.mark.parametrize(("to", "page"), [("下转第5版", "5"), ("转第6版", "6")])
@pytest.mark.parametrize("back", ["上接第1版", "紧接第1版"])
def test_chinese_jump_lines_set_bare_on_a_line_of_their_own(to: str, page: str,
                                                            back: str) -> None:
    """Papers set a jump without its brackets (``下转第5版`` on the column's last line):
    it is the story's jump, not its text, and the continuation opens its own article."""
    arts = ocr.process(ZH_JUMPED_BARE.format(to=to, back=back), lang="zh",
                       correct=False).articles
    assert arts[0].jump is not None and (arts[0].jump.text, arts[0].jump.page) == (to, page)
    assert to not in "".join(arts[0].paragraphs)
    assert [a.continued_from.text for a in arts if a.continued_from] == [back]


def test_a_bare_jump_inside_a_line_of_running_text_stays_text() -> None:
    """Bare, the words are a jump only as a whole line: inside a sentence they are text."""
    text = ("新馆开馆首周接待读者3.6万人次\n\n本报讯（记者 杨帆）上周六，市图书馆新馆正式开馆。\n"
            "详细名单请见本报下转第5版刊登的公告。\n")
    arts = ocr.process(text, lang="zh", correct=False).articles
    assert arts[0].jump is None
    assert "下转第5版" in "".join(arts[0].paragraphs)
