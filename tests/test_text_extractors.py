"""What real PDF extractors write, class by class (docs/text-path.md): each test is a
small page written the way pdftotext, pdftotext -layout or pdfminer writes one."""

from __future__ import annotations

from collections import Counter

import pytest
from conftest import ink
from hypothesis import given, settings
from hypothesis import strategies as st

import ocr
from ocr.model import BlockKind
from ocr.readers.linecuts import cut_line
from ocr.readers.textgrid import is_grid, read_grid
from ocr.readers.textmeasure import Measure
from ocr.readers.textruns import read_runs
from ocr.readers.textspace import NBSP, respace


def _grid(head: str, left_text: str, right_text: str, width: int) -> str:
    """Columns side by side as ``pdftotext -layout`` writes them: each piece starts at
    the character cell its x position falls on (one cell a character, as pdftotext
    counts), the headline above both. Column lines are given apart by ``|``."""
    left = left_text.replace("\n", "|").split("|")
    right = right_text.replace("\n", "|").split("|")
    rows = [" " * 10 + head]
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else ""
        b = right[i] if i < len(right) else ""
        rows.append((a.ljust(width) + b).rstrip())
    return "\n".join(rows) + "\n"


#: The second column starts in mid-sentence; a spaced-out justified line as extractors
#: write them (``数 增 至 38 条``) stays inside its column.
GRID_ZH = _grid(
    "临江港上半年集装箱吞吐量创新高",
    """  本报讯（记者 周海涛）昨日，|记者从临江港务集团获悉，今年|上半年，临江港完成集装箱吞吐
量186.4万标箱，同比增长13.6%，|创历史同期新高；完成货物吞吐|量1.07亿吨。今年以来，临江港
持续加密航线网络，外贸航线总|数 增 至 38 条 ， 新 开 通 至|越南胡志明等4条外贸航线，""",
    """通达全球20多个国家和地区的50|多个港口。与此同时，港口加快|智慧化改造，二期自动化码头3台
远程操控岸桥于3月正式投用，单|机作业效率提升约20%，船舶平均|在港时间缩短至21.5小时。
  下一步，临江港将加快推进三|期集装箱码头建设，力争年内完|成主体工程。""",
    24,
)

GRID_EN = _grid(
    "Council approves $48 million water plant",
    """By MARGARET HOLLOWAY|Ledger Staff Writer|   The Harbor City Council voted
5-2 on Tuesday night to build a|$48 million water treatment plant
on the east bank of the Tarrow|River, to replace a filtration|works that engineers say is
near the end of its working life,""",
    """which failed state inspections|twice in the past five years.
   "We have patched that building|for as long as anyone can|remember," said Council
President Angela Reyes.|   Rates will rise 4 percent in|January and another 3 percent
the following year.""",
    38,
)


def test_layout_grid_is_read_column_by_column_zh() -> None:
    page = ocr.process(GRID_ZH, lang="zh", correct=False)
    assert len(page.articles) == 1
    art = page.articles[0]
    assert art.headlines == ("临江港上半年集装箱吞吐量创新高",)
    body = "".join(art.paragraphs)
    # The second column follows the first, and the sentence cut by the gutter is whole.
    assert "越南胡志明等4条外贸航线，通达全球20多个国家和地区的50多个港口。" in body
    assert body.index("临江港完成集装箱") < body.index("与此同时")
    assert "外贸航线总数增至38条，新开通至" in body


def test_layout_grid_is_read_column_by_column_en() -> None:
    page = ocr.process(GRID_EN, lang="en", correct=False)
    art = page.articles[0]
    assert art.headlines == ("Council approves $48 million water plant",)
    text = " ".join(art.paragraphs)
    assert "life, which failed state inspections twice" in text
    assert text.index("Tarrow River") < text.index("We have patched")


def test_plain_text_is_not_a_grid() -> None:
    text = "第一行文字\n第二行文字  后面两个空格\n" * 3
    assert not is_grid(text.split("\n"))
    assert read_grid(text) == text


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(alphabet="ab 中文，。", min_size=0, max_size=30), min_size=1, max_size=30))
def test_reading_a_grid_loses_no_character(lines: list[str]) -> None:
    text = "\n".join(f"{a}     {b}" for a, b in zip(lines, reversed(lines), strict=True))
    assert ink(read_grid(text)) == ink(text)


def test_column_break_in_mid_sentence_stays_one_paragraph() -> None:
    """A block ending …公司的, a blank line, then 全资子公司，…: one sentence cut by a
    column break, not a headline opening a new article."""
    text = (
        "本报讯（记者 王硕）昨日，恒度生物医疗器械生产基地\n"
        "奠基仪式在太仓高新区举行。该项目的投资方是德国一家\n"
        "医疗器械公司在华设立的公司，这家公司是总部公司的\n"
        "\n"
        "全资子公司，项目总投资近10亿元，建成后将主要生产\n"
        "高端医疗器械和生物材料。\n"
    )
    page = ocr.process(text, lang="zh", correct=False)
    assert len(page.articles) == 1 and page.articles[0].headlines == ()
    assert "这家公司是总部公司的全资子公司，" in page.articles[0].paragraphs[0]


def test_two_line_byline_stays_with_its_article() -> None:
    text = (
        "Tarrow crew takes state title by half a length\n"
        "By KEVIN ASHBY\n"
        "Ledger Sports Writer\n"
        "\n"
        "For 1,900 meters, the girls varsity eight trailed. For the last\n"
        "100, nobody could stay with them.\n"
    )
    page = ocr.process(text, lang="en", correct=False)
    assert len(page.articles) == 1
    art = page.articles[0]
    assert art.headlines == ("Tarrow crew takes state title by half a length",)
    assert art.byline == "By KEVIN ASHBY Ledger Sports Writer"
    assert art.paragraphs[0].startswith("For 1,900 meters")


def test_capitals_staff_credit_makes_a_photo_item() -> None:
    text = (
        "ANNA KOWALSKI/HARBOR LEDGER\n"
        "\n"
        "The ferry Island Belle leaves the Pier Road terminal on Thursday.\n"
        "\n"
        "By LUIS FERREIRA\n"
        "St. Anne's Hospital opened its new emergency wing on Monday.\n"
    )
    page = ocr.process(text, lang="en", correct=False)
    assert [p.credit for p in page.photos] == ["ANNA KOWALSKI/HARBOR LEDGER"]
    assert page.photos[0].caption and page.photos[0].caption.startswith("The ferry")


def test_a_headline_on_the_line_above_a_byline_is_not_body() -> None:
    """pdftotext often sets a headline right above the byline line, no blank line between."""
    text = (
        "本报讯（记者 冯磊）昨日，市图书馆第21家分馆正式开放。\n"
        "\n"
        "临江马拉松9月开跑 即日起报名\n"
        "本报讯（记者 郑凯）昨日，2024临江马拉松新闻发布会举行。\n"
    )
    page = ocr.process(text, lang="zh", correct=False)
    assert [a.headlines for a in page.articles] == [(), ("临江马拉松9月开跑即日起报名",)]


def test_page_top_labels_and_issue_lines_are_furniture() -> None:
    text = (
        "2024年6月21日 星期五\n\n要闻\n\n第3版\n\n"
        "今年中考6月24日开考\n"
        "本报讯（记者 孙悦）记者从市教育局获悉，全市共有4.3万名考生报名。\n"
    )
    page = ocr.process(text, lang="zh", correct=False)
    kinds = {b.text: b.kind.value for b in page.blocks}
    assert kinds["要闻"] == "furniture" and kinds["第3版"] == "furniture"
    assert page.articles[0].headlines == ("今年中考6月24日开考",)


def test_a_headline_and_deck_written_among_a_weather_box_s_lines_stay_the_story_s() -> None:
    """A weather box set level with a story's headline group: pdftotext writes their
    lines in turn at the page top. The headings the story's text talks about (most of
    their letter pairs) stay headings; the box's label and lines are furniture."""
    text = ("第2版\n\n城市\n\n2024年7月3日 星期三\n\n老旧小区加装电梯惠及三千户居民\n\n临江天气\n\n"
            "今年已完成加装电梯215部\n\n今天：晴 26～33℃\n\n"
            "本报记者 王敏\n记者从市住建局获悉，今年以来，全市老旧小区已完成加装电梯\n"
            "215部，惠及居民三千余户。加装电梯的小区多建于上世纪八九十年\n代，住户中老年人占比较高。\n"
            "明天：多云 25～31℃\n")
    page = ocr.process(text, lang="zh", correct=False)
    assert page.articles[0].headlines == ("老旧小区加装电梯惠及三千户居民",
                                          "今年已完成加装电梯215部")
    kinds = {b.text: b.kind for b in page.blocks}
    assert kinds["临江天气"] is kinds["城市"] is kinds["今天：晴26～33℃"] is BlockKind.FURNITURE


def test_a_sentence_case_headline_wrapped_after_a_preposition_is_one_headline() -> None:
    text = ("LOCAL\n\nFlooding closes roads to\n12,000 commuters\n\n"
            "Detours expected to last until Monday morning\n\nBy JANE DOE\nHerald Staff Writer\n\n"
            "Heavy rain overnight flooded three bridges on the east side,\n"
            "and the county closed the roads that lead to them before dawn.\n")
    art = ocr.process(text, lang="en", correct=False).articles[0]
    assert "Flooding closes roads to 12,000 commuters" in art.headlines
    assert art.subheadline == "Detours expected to last until Monday morning"


@pytest.mark.parametrize("folio", ["第3版 · 要闻", "第 3 版：要闻", "第12版｜经济", "第3版 要闻",
                                   "第3版\u3000要闻"])
def test_a_folio_with_its_section_name_is_furniture(folio: str) -> None:
    text = (f"2024年7月6日 星期六\n{folio}\n\n聚焦民生实事\n老城区改造惠及三万户居民\n\n"
            "本报讯（记者 王晓东）记者昨日从市住建局获悉，首批十二个小区将于本月底完工。\n")
    page = ocr.process(text, lang="zh", correct=False)
    art = page.articles[0]
    assert (art.kicker, art.headlines) == ("聚焦民生实事", ("老城区改造惠及三万户居民",))
    assert [b.kind for b in page.blocks][:2] == [BlockKind.FURNITURE] * 2


def test_jump_line_wrapped_over_two_lines_is_one_jump() -> None:
    text = (
        "Teachers, district reach tentative deal\n\nBy SUSAN PARK\n"
        "The union and the district agreed on Friday.\n"
        "“Nobody got everything they\nPlease see TEACHERS, Page\nA7\n"
    )
    art = ocr.process(text, lang="en", correct=False).articles[0]
    assert art.jump is not None and art.jump.page == "A7" and art.jump.direction == "to"
    assert art.paragraphs[-1].endswith("everything they")


#: A story long enough to fill three narrow columns.
STORY_EN = (
    "The city council voted on Tuesday night to build a new water treatment plant on Mill "
    "Road, ending more than three years of argument over how the city should replace a "
    "filtration works that engineers describe as worn out. Construction is expected to "
    "begin next spring and to last about two years.\n"
    "Residential water rates will rise four percent in January and another three percent "
    "the following year, according to figures prepared by the finance department. A "
    "typical household would pay about two dollars more each month, and the money would "
    "be kept apart from the general budget.\n"
    "Several residents who spoke at the meeting raised concerns about heavy trucks on "
    "narrow neighborhood streets during construction. The public works director said "
    "contractors would be required to use the highway entrance and to keep heavy vehicles "
    "off residential streets before seven in the morning and after six in the evening.\n"
    "Councilors who voted against the measure said the city had not done enough to seek "
    "federal money before asking residents to pay more. The city manager said the city "
    "would continue to apply for state and federal grants, and that any money awarded "
    "would be used to reduce the increase in later years."
)


def _column_lines(text: str, width: int) -> list[str]:
    """Column lines of at most ``width`` characters; a line that would end three or more
    short takes the head of the next word, broken with a hyphen, as a typesetter does."""
    lines: list[str] = []
    for para in text.split("\n"):
        cur = ""
        for w in para.split():
            if len((cur + " " + w).strip()) <= width:
                cur = (cur + " " + w).strip()
                continue
            room = width - len(cur) - 2
            if room >= 3 and len(w) - room >= 3 and w.isalpha():
                lines.append(f"{cur} {w[:room]}-")
                cur = w[room:]
            else:
                lines.append(cur)
                cur = w
        lines.append(cur)
    return lines


def _run_together(lines: list[str], ncols: int) -> str:
    """The column lines side by side, one space apart, as pdfplumber writes them."""
    k = -(-len(lines) // ncols)
    cols = [lines[i * k : (i + 1) * k] for i in range(ncols)]
    return "\n".join(" ".join(c[i] for c in cols if i < len(c)) for i in range(k))


@pytest.mark.parametrize("width", [34, 38])
def test_english_columns_run_together_are_read_as_one_story(width: int) -> None:
    """pdfplumber: three columns joined by single spaces, words broken at line ends. Cut
    by the measure and read column by column, the story is whole: one article, its
    headline and byline, every word once (a word a piece too far left or right of its
    cut stays in the story)."""
    text = ("Council approves water plant\nBy MARGARET HOLLOWAY\n"
            + _run_together(_column_lines(STORY_EN, width), 3) + "\n")
    assert read_runs(text) != text
    page = ocr.process(text, lang="en", correct=False)
    assert len(page.articles) == 1
    art = page.articles[0]
    assert art.headlines == ("Council approves water plant",)
    assert (art.byline or "").startswith("By MARGARET HOLLOWAY")
    assert Counter(" ".join(art.paragraphs).split()) == Counter(STORY_EN.split())


def test_english_lines_of_one_column_are_not_columns() -> None:
    """The same story as one column's printed lines (pdfminer) or as a paragraph a line
    (pdftotext, a plain text file): nothing to put apart."""
    for text in ("\n".join(_column_lines(STORY_EN, 34)), STORY_EN):
        assert read_runs(text) == text


def test_words_run_together_are_spaced_again() -> None:
    """pdfplumber drops the space between tightly set words: the lexicon puts it back,
    a name or a broken word's head stays whole."""
    cases = {
        "ByMARGARETHOLLOWAY": "By MARGARET HOLLOWAY",
        "Pedestriansandcyclistswillbeable": "Pedestrians and cyclists will be able",
        "MICHAELCHEN/HARBORLEDGER": "MICHAEL CHEN/HARBOR LEDGER",
        "PleaseseeTEACHERS,Page": "Please see TEACHERS, Page",
        "theyarestubborn,andthatisagoodcombina-": "they are stubborn, and that is a good combina-",
        "Libraryturned100onSaturday": "Library turned 100 on Saturday",
        "newspaper": "newspaper",
        "Zbigniewski": "Zbigniewski",
    }
    for raw, spaced in cases.items():
        assert respace(raw).replace(NBSP, " ") == spaced, raw


def test_a_web_address_is_not_spaced() -> None:
    """A page footer's web address is written without spaces: it holds no words to
    part (``riverton daily press.com`` is no furniture line the profile knows)."""
    for raw in ("rivertondailypress.com A9", "www.harborledger.com/news", "news@harborledger.org"):
        assert respace(raw) == raw


def test_a_line_is_cut_to_the_column_count_of_its_neighbours() -> None:
    """A short paragraph end glued to the next column's line cuts as well into two
    pieces as into three by width alone; the lines around it hold three."""
    m = Measure(15.0, latin=True)
    line = "together.” ting there, and we have applied Public Works Director Lena"
    assert cut_line(line, m, pieces=3)[1] == [
        "together.”", "ting there, and we have applied", "Public Works Director Lena"]



def test_a_sentence_case_headline_under_its_kicker_is_a_headline() -> None:
    """A label in capitals stands over its headline: what is set right under it in
    headline shape is the headline, in sentence case too, not the story's first line."""
    text = (
        "The bridge will reopen in August, officials said.\n"
        "\n"
        "WEATHER\n"
        "\n"
        "Dry spell drops reservoir to lowest\n"
        "level in a decade\n"
        "\n"
        "The Upper Tarrow Reservoir, which supplies drinking\n"
        "water to about 140,000 people, has fallen to 61 percent\n"
        "of capacity, its lowest level for late June since 2014.\n"
    )
    page = ocr.process(text, lang="en", correct=False)
    art = page.articles[-1]
    assert art.kicker == "WEATHER"
    assert art.headlines == ("Dry spell drops reservoir to lowest level in a decade",)
    assert art.paragraphs[0].startswith("The Upper Tarrow Reservoir")
    # A paragraph's first line under a label is no headline when it is running text.
    page = ocr.process(text.replace("level in a decade\n", "level in a decade.\n"), lang="en",
                       correct=False)
    art = page.articles[-1]
    assert art.headlines == ("WEATHER",)
    assert art.paragraphs[0].startswith("Dry spell drops")


def test_of_two_sentences_beside_a_credit_the_one_wider_than_the_column_is_the_caption() -> None:
    """pdfminer writes a photo's caption, set across the photo's width, after the credit
    and the story's paragraph before it: the credit's caption is the wider block."""
    text = (
        "The Front Street bridge over the\n"
        "Tarrow River will close to all traffic\n"
        "from July 8 through Aug. 19 while\n"
        "crews replace its deck and its beams.\n"
        "\n"
        "Harbor City buses on routes 3 and 7\n"
        "will be rerouted during the closure.\n"
        "\n"
        "Photo by ANNA KOWALSKI\n"
        "\n"
        "Inspectors on a lift check corroded girders under the span this spring.\n"
    )
    page = ocr.process(text, lang="en", correct=False)
    assert [p.caption for p in page.photos] == [
        "Inspectors on a lift check corroded girders under the span this spring."
    ]
    assert "rerouted during the closure." in page.articles[0].paragraphs[-1]


def test_a_masthead_motto_and_price_among_folio_lines_are_furniture() -> None:
    text = (
        "The Harbor Ledger\n\n"
        "FRIDAY, JUNE 21, 2024\n\n"
        "Serving Harbor City since 1871\n\n"
        "Vol. 142, No. 173\n\n"
        "$2.00\n\n"
        "Council approves water plant\n\n"
        "By MARGARET HOLLOWAY\n\n"
        "The Harbor City Council voted 5-2 on Tuesday night to build\n"
        "a water treatment plant on Mill Road.\n"
    )
    page = ocr.process(text, lang="en", correct=False)
    kinds = {b.text: b.kind.value for b in page.blocks}
    assert kinds["Serving Harbor City since 1871"] == "furniture"
    assert kinds["$2.00"] == "furniture"
    assert [a.headlines for a in page.articles] == [("Council approves water plant",)]


def test_a_caption_and_its_credit_parted_by_the_story_opening_line_are_one_photo() -> None:
    """pdftotext writes a photo's caption, the story's first line (its byline), the
    photo's credit, then the rest of the story's sentence."""
    text = (
        "地铁3号线一期工程全面开工\n\n"
        "地铁3号线中山广场站施工现场。\n\n"
        "本报讯（记者 林志远）6月20\n\n"
        "通讯员 赵明 摄\n\n"
        "日上午，随着最后一座车站——滨\n"
        "河路站围挡施工启动，地铁3号线\n"
        "一期工程21座车站全面进入施工阶\n"
        "段。\n"
    )
    page = ocr.process(text, lang="zh", correct=False)
    assert [(p.caption, p.credit) for p in page.photos] == [
        ("地铁3号线中山广场站施工现场。", "通讯员赵明摄")
    ]
    art = page.articles[0]
    assert art.headlines == ("地铁3号线一期工程全面开工",)
    assert "6月20日上午，随着最后一座车站" in art.paragraphs[0]


def test_a_price_list_in_a_story_stays_in_the_story() -> None:
    """A cover price is furniture only in the masthead's band: a price list inside an
    article, one cell a line, is the article's text."""
    text = (
        "Pool fees rise next month\n\n"
        "The city pool will charge more from July 1, officials said.\n"
        "The new fees are:\n\n"
        "Adults\n\n$2.00\n\nChildren\n\n50 cents\n\n"
        "Season passes stay at their old price.\n"
    )
    page = ocr.process(text, lang="en", correct=False)
    assert not any(b.kind.value == "furniture" for b in page.blocks)
    body = " ".join(p for a in page.articles for p in a.paragraphs)
    assert "Adults $2.00 Children 50 cents" in body


def test_a_story_opening_after_a_credit_is_not_taken_for_the_caption() -> None:
    """Only an opening line that the credit cut in mid-sentence sends the caption search
    past it: a byline and a first paragraph after a photo stay the story's."""
    text = (
        "Council approves water plant\n\n"
        "Mayor Lena Ortiz\n\n"
        "Photo by ANNA KOWALSKI\n\n"
        "By MARGARET HOLLOWAY\n\n"
        "The Harbor City Council voted 5-2 on Tuesday night to build\n"
        "a water treatment plant on Mill Road.\n\n"
        "The plant will cost $48 million and open in 2027, officials said,\n"
        "after two years of work on the site.\n"
    )
    page = ocr.process(text, lang="en", correct=False)
    art = page.articles[0]
    assert art.headlines == ("Council approves water plant",)
    assert art.paragraphs[0].startswith("The Harbor City Council voted")
    assert not any(p.caption and "Council voted" in p.caption for p in page.photos)


def test_a_caption_is_kept_over_an_unwrapped_paragraph_beside_its_credit() -> None:
    """A paragraph an extractor wrote as one long line is no caption set across columns."""
    lead = ("6月20日上午，随着最后一座车站——滨河路站围挡施工启动，地铁3号线一期工程21座车站"
            "全面进入施工阶段。")
    text = (
        "地铁3号线一期工程全面开工\n\n地铁3号线中山广场站施工现场。\n\n通讯员 赵明 摄\n\n"
        f"本报讯（记者 林志远）\n\n{lead}\n\n"
        "据介绍，3号线一期全长25公里，共设车站21座，\n预计2027年底建成通车，届时将与1号线、\n"
        "2号线形成换乘。\n"
    )
    page = ocr.process(text, lang="zh", correct=False)
    assert [p.caption for p in page.photos] == ["地铁3号线中山广场站施工现场。"]
    assert page.articles[0].paragraphs[0].startswith("6月20日上午")


#: A page as ``pdftotext -raw`` or pdfium writes it: no blank line anywhere, each
#: headline right after the last sentence of the story before it.
NO_BLANK_LINES_ZH = """2024年7月3日 星期三 城事 第4版
老街改造一期完工
本报讯（记者 陈露）昨日，城南老街
改造一期工程完工，沿街42栋老房完
成修缮，青石板路面全部恢复。
据介绍，二期工程将于9月开工。
夜间公交新增三条线路
乘客候车时间缩短至15分钟以内
本报讯（记者 黄海）记者从市公交集
团获悉，7月5日起新开通夜间公交线
路三条，覆盖火车站、大学城等区域。
"""

NO_BLANK_LINES_EN = """Pool hours extended for summer
By NORA BLAKE
Staff Writer
The city will keep its two public pools open until
9 p.m. on weekdays through Aug. 31, the parks
department said Monday.
Lifeguards will be paid a bonus of $2 an hour.
St. Luke’s clinic adds evening hours
By OWEN REED
Staff Writer
St. Luke’s Clinic will see patients until 8 p.m.
three days a week starting July 8.
"""


@pytest.mark.parametrize(("text", "lang", "heads"), [
    (NO_BLANK_LINES_ZH, "zh", [("老街改造一期完工",),
                               ("夜间公交新增三条线路", "乘客候车时间缩短至15分钟以内")]),
    (NO_BLANK_LINES_EN, "en", [("Pool hours extended for summer",),
                               ("St. Luke’s clinic adds evening hours",)]),
])
def test_a_headline_after_the_last_sentence_of_the_story_before_is_its_own(
        text: str, lang: str, heads: list[tuple[str, ...]]) -> None:
    """With no blank lines, the lines between a story's last sentence and the next
    story's byline or dateline are that story's heading, not the end of the story above."""
    page = ocr.process(text, lang=lang, correct=False)
    got = [(*((a.kicker,) if a.kicker else ()), *a.headlines) for a in page.articles]
    assert got == heads
    assert page.articles[0].paragraphs[-1].endswith(("二期工程将于9月开工。",
                                                       "a bonus of $2 an hour."))


def test_a_word_pdfium_hyphenated_at_a_line_end_is_whole() -> None:
    """PDFium (pypdfium2, Chrome) joins a hyphenated line to the next and marks the
    break with the noncharacter U+FFFE (``repair cor\\ufffferoded steel``): it stands
    for a hyphen and a line break, decided as any extractor's."""
    text = ("Crews will replace the deck and repair cor\ufffe" "roded steel beams, the state\n"
            "Depart\ufffement of Transportation said Friday. Unions back the two\ufffe"
            "person crew rule.\n")
    page = ocr.process(text.encode("utf-8"), lang="en", correct=False)
    body = " ".join(p for a in page.articles for p in a.paragraphs)
    assert "repair corroded steel beams" in body
    assert "Department of Transportation" in body
    assert "the two-person crew rule" in body  # a compound keeps its hyphen
    assert "\ufffe" not in body


def test_a_web_address_and_folio_on_the_foot_line_are_furniture() -> None:
    """With no blank line before it, the page's foot line (``valleycourier.com B4``) is
    furniture, not the last words of the story above it."""
    text = ("Pool hours extended for summer\nBy NORA BLAKE\n"
            "The city will keep its two public pools open until\n"
            "9 p.m. on weekdays through Aug. 31, the parks\ndepartment said Monday.\n"
            "valleycourier.com B4\n")
    page = ocr.process(text, lang="en", correct=False)
    assert page.articles[0].paragraphs[-1].endswith("department said Monday.")
    assert any(b.kind is BlockKind.FURNITURE and b.text == "valleycourier.com B4"
               for b in page.blocks)


@pytest.mark.parametrize(("text", "lang", "kept"), [
    ("Pool hours extended for summer\nBy NORA BLAKE\nThe city will keep its pools open.\n"
     "Parks Director Maureen Walsh put it simply:\n"
     "By OWEN REED\nThe library will open on Sundays.\n",
     "en", "Parks Director Maureen Walsh put it simply:"),
    ("Results posted online\nBy NORA BLAKE\nThe county will post unofficial results at\n"
     "countyvotes.org 15\nminutes after the polls close, the clerk said.\n",
     "en", "countyvotes.org 15"),
])
def test_a_story_s_last_lines_are_not_the_next_story_s_heading(
        text: str, lang: str, kept: str) -> None:
    """What ends a story's text before the next byline (a lead-in to a quote; a web
    address in running text) stays with that story: no heading, no furniture."""
    page = ocr.process(text, lang=lang, correct=False)
    first = page.articles[0]
    assert kept.replace(" ", "") in "".join(first.paragraphs).replace(" ", "")
    assert all(kept not in (a.kicker or "", *a.headlines, a.subheadline or "")
               for a in page.articles)


@pytest.mark.parametrize("post", ["Associated Press", "Special to the Ledger"])
def test_a_byline_written_into_the_body_block_is_the_byline(post: str) -> None:
    """An extractor that parts no block from the next writes a byline and the writer's
    post as the body's first lines: they are the article's byline, and its dateline is
    its dateline, not the first words of its text."""
    text = ("Senate passes rail safety bill after long delay\n\n"
            f"By ELLEN MARSH\n{post}\n"
            "WASHINGTON (AP) — The Senate on Tuesday passed a bill that\n"
            "would require freight railroads to run two-person crews.\n")
    art = ocr.process(text, lang="en", correct=False).articles[0]
    assert art.byline == f"By ELLEN MARSH {post}"
    assert art.dateline == "WASHINGTON (AP) —"
    assert art.paragraphs[0].startswith("The Senate on Tuesday")


TAIL_EN = ("Library extends its hours\n\nBy ANNA REED\nLedger Staff Writer\n"
           "The Harbor City library will stay open until 9 p.m. on weekdays starting\n"
           "next month, officials said Tuesday.\n\n{tail}\n\n"
           "Rowers win state title\n\nBy KEVIN ASHBY\n"
           "The Harbor City rowing team won the state title on Saturday.\n")
TAIL_ZH = ("市图书馆延长开放时间\n\n本报讯（记者 张明）市图书馆昨日宣布，"
           "自下月起每天开放至晚上九点，方便市民下班后借阅图书。\n\n{tail}\n\n今年中考6月24日开考\n\n"
           "本报讯（记者 孙悦）记者从市教育局获悉，今年中考将于6月24日开考。\n")


@pytest.mark.parametrize(("page", "lang", "tail", "head"), [
    (TAIL_EN, "en", "Reach Anna Reed at 555-0100 or areed@ledger.com", "Rowers win state title"),
    (TAIL_EN, "en", "When: Fridays in July\nWhere: Harbor City pool", "Rowers win state title"),
    (TAIL_EN, "en", "Tickets: $15", "Rowers win state title"),
    (TAIL_ZH, "zh", "咨询电话：0512-53521234", "今年中考6月24日开考"),
    (TAIL_ZH, "zh", "（完）", "今年中考6月24日开考"),
])
def test_what_ends_a_story_above_a_byline_is_no_heading(
        page: str, lang: str, tail: str, head: str) -> None:
    """A contact line, a label with a figure, a fact box or a story's end mark set
    between a story and the next headline is not that headline's kicker or headline,
    and the headline stays the main one."""
    arts = ocr.process(page.format(tail=tail), lang=lang, correct=False).articles
    last = arts[-1]
    assert last.headlines == (head,) and last.kicker is None and last.subheadline is None
    for line in tail.splitlines()[1:] or tail.splitlines():
        assert any(line.replace(" ", "") in "".join(a.paragraphs).replace(" ", "")
                   for a in arts[:-1]), line


SHIPYARD = ("{folio}\n\nBUSINESS\nShipyard lands $200 million Navy contract\n"
            "Deal will add 400 jobs over three years\n\n"
            "By MARIA LOPEZ and TOM CHEN\nLedger Staff Writers\n"
            "HARBOR CITY — The Tarrow Shipyard has won a $200 million contract to build\n"
            "four patrol boats for the Navy, company officials said Friday.\n"
            "Continued on Page A6\n\n"
            "Workers weld a hull section at the Tarrow Shipyard on Friday.\n{credit}\n\n"
            "{ask}\nBy NORA BLAKE\n"
            "Forecasters expect temperatures above 95 degrees for five straight days.\n")


@pytest.mark.parametrize("folio", ["THE HARBOR LEDGER | SATURDAY, JULY 6, 2024 | A3",
                                   "The Harbor Ledger • Saturday, July 6, 2024 • Page 3",
                                   "A3 | THE HARBOR LEDGER | SATURDAY, JULY 6, 2024"])
def test_a_folio_line_with_the_date_and_page_is_furniture(folio: str) -> None:
    """Not the kicker: the kicker under it stays the kicker."""
    page = ocr.process(SHIPYARD.format(folio=folio, credit="(AP Photo/James Ward)",
                                       ask="Is the city ready?"), lang="en", correct=False)
    first = page.articles[0]
    assert (first.kicker, first.headlines) == (
        "BUSINESS", ("Shipyard lands $200 million Navy contract",))
    assert folio in [b.text for b in page.blocks if b.kind is BlockKind.FURNITURE]


@pytest.mark.parametrize("credit", ["(AP Photo/James Ward)", "Photo: James Ward",
                                    "PHOTO BY JAMES WARD", "Reuters Photo/James Ward"])
def test_agency_and_photographer_credits_make_photo_items(credit: str) -> None:
    page = ocr.process(SHIPYARD.format(folio="A3", credit=credit, ask="Is the city ready?"),
                       lang="en", correct=False)
    assert [(p.caption, p.credit) for p in page.photos] == [
        ("Workers weld a hull section at the Tarrow Shipyard on Friday.", credit)]


@pytest.mark.parametrize("ask", ["Is the city ready for a heat wave?",
                                 "Can Dr. Ward fix St. Anne’s before the winter?"])
def test_a_headline_that_asks_heads_the_byline_under_it(ask: str) -> None:
    page = ocr.process(SHIPYARD.format(folio="A3", credit="(AP Photo/James Ward)", ask=ask),
                       lang="en", correct=False)
    assert page.articles[-1].headlines == (ask,)
    assert page.articles[-1].byline == "By NORA BLAKE"


@pytest.mark.parametrize("ask", ["“Who will pay for it?”", "It rained all week. Who pays?"])
def test_a_question_that_ends_a_story_is_no_headline(ask: str) -> None:
    page = ocr.process(SHIPYARD.format(folio="A3", credit="(AP Photo/James Ward)", ask=ask),
                       lang="en", correct=False)
    assert all(ask not in a.headlines for a in page.articles)
    assert any(ask in p for a in page.articles for p in a.paragraphs)


def test_a_question_above_the_next_story_s_headline_is_the_story_s_end() -> None:
    """A question heads only the byline right under it; above another headline it is
    the last line of the story before."""
    text = ("Board backs library plan\n\nBy ANNA REED\n"
            "The board voted 5-2 for the plan on Tuesday night.\n\n"
            "So who will pay for the extra staff?\n\nRowers win state title\n\n"
            "By KEVIN ASHBY\nThe Harbor City rowing team won the state title.\n")
    first, second = ocr.process(text, lang="en", correct=False).articles
    assert second.headlines == ("Rowers win state title",) and second.subheadline is None
    assert first.paragraphs[-1].endswith("So who will pay for the extra staff?")


@pytest.mark.parametrize(("byline_lines", "byline"), [
    (["By MARIA LOPEZ", "and TOM CHEN", "Ledger Staff Writers"],
     "By MARIA LOPEZ and TOM CHEN Ledger Staff Writers"),
    (["By MARIA LOPEZ", "Ledger Staff Writer", "By TOM CHEN", "Associated Press"],
     "By MARIA LOPEZ Ledger Staff Writer; By TOM CHEN Associated Press"),
    (["By Maria Lopez, Staff Writer"], "By Maria Lopez, Staff Writer"),
    (["By Maria Lopez, Special to the Ledger"], "By Maria Lopez, Special to the Ledger"),
])
def test_bylines_of_two_writers_or_with_the_post_after_a_comma(
        byline_lines: list[str], byline: str) -> None:
    """A second writer wrapped onto the next line, a second writer's own byline, and a
    post after a comma are the byline; the sentence-case headline above stays the
    headline (a byline not known made it body)."""
    text = ("Shipyard lands $200 million Navy contract\n\n" + "\n".join(byline_lines) + "\n"
            "HARBOR CITY — The Tarrow Shipyard has won a $200 million contract to\n"
            "build four patrol boats for the Navy, company officials said Friday.\n")
    art, = ocr.process(text, lang="en", correct=False).articles
    assert art.headlines == ("Shipyard lands $200 million Navy contract",) and not art.kicker
    assert art.byline == byline
    assert art.paragraphs[0].startswith("The Tarrow Shipyard")


@pytest.mark.parametrize(("page", "lang", "heading"), [
    ("【聚焦两会】\n代表委员热议民生实事\n\n本报讯（记者 王晓东）昨日，市政协召开会议。\n",
     "zh", ("【聚焦两会】", "代表委员热议民生实事")),
    ("Toni Morrison: 1931-2019\n\nBy ANNA REED\nThe novelist died on Monday.\n",
     "en", (None, "Toni Morrison: 1931-2019")),
])
def test_headings_with_brackets_or_figures_stay_headings(
        page: str, lang: str, heading: tuple[str | None, str]) -> None:
    """What no heading is (a telephone number or price after a label, a line in round
    brackets) is drawn narrowly: a kicker in square brackets and a title with a year
    span are headings."""
    art = ocr.process(page, lang=lang, correct=False).articles[0]
    assert (art.kicker, *art.headlines) == heading


@pytest.mark.parametrize("first", ["Mayor Ellen Ward on Tuesday", "The Harbor City Council"])
def test_a_story_s_first_line_under_a_byline_is_not_the_writer_s_post(first: str) -> None:
    text = ("Mayor signs budget\n\nBy ANNA REED\n" + first + "\n"
            "signed a $48 million budget that adds six police officers.\n")
    art, = ocr.process(text, lang="en", correct=False).articles
    assert art.byline == "By ANNA REED"
    assert art.paragraphs[0].startswith(first)


@pytest.mark.parametrize(("byline", "expected"), [
    ("□本报记者 王晓东", "□本报记者王晓东"),
    ("本报记者 王晓东 通讯员 李华", "本报记者王晓东通讯员李华"),
    ("本报记者 王晓东 李华", "本报记者王晓东李华"),
    ("文/王晓东 图/李华", "文/王晓东图/李华"),
    ("文/图 王晓东", "文/图王晓东"),
])
def test_chinese_bylines_on_their_own_line(byline: str, expected: str) -> None:
    text = (f"老城区改造惠及三万户居民\n\n{byline}\n"
            "记者昨日从市住建局获悉，今年我市老旧小区改造工程进展顺利，首批十二个小区将于本月底完工。\n"
            "据介绍，改造内容包括屋面防水、管网更新、加装电梯等。\n")
    art, = ocr.process(text, lang="zh", correct=False).articles
    assert art.headlines == ("老城区改造惠及三万户居民",)
    assert art.byline == expected
    assert art.paragraphs[0].startswith("记者昨日")


@pytest.mark.parametrize("line", ["By Tuesday, Harbor City", "By Then, Most of the"])
def test_a_sentence_wrapped_after_by_and_a_comma_is_no_byline(line: str) -> None:
    text = ("Board backs library plan\n\nBy ANNA REED\n"
            "The board first heard from 40 residents.\n" + line + "\n"
            "officials had agreed to the plan, the mayor said.\n")
    art, = ocr.process(text, lang="en", correct=False).articles
    assert art.byline == "By ANNA REED" and len(art.paragraphs) == 1


def test_a_headline_ending_on_an_abbreviation_is_a_headline() -> None:
    """A headline ends on no full stop but an abbreviation's (``4 a.m.``, ``Inc.``):
    that stop ends no sentence, and the line over the byline heads the story."""
    text = (
        "The library will close early on Friday for the holiday.\n"
        "\n"
        "At 90, baker still opens at 4 a.m.\n"
        "\n"
        "By NINA ROSS\n"
        "\n"
        "Walter Kowalczyk has baked rye bread on Mill Street since\n"
        "1958, and he still unlocks the door before dawn every day.\n"
    )
    page = ocr.process(text, lang="en", correct=False)
    story = next(a for a in page.articles if a.byline)
    assert story.headlines == ("At 90, baker still opens at 4 a.m.",)
    assert "4 a.m." not in " ".join(p for a in page.articles for p in a.paragraphs)


def test_a_headline_over_a_longer_deck_is_no_kicker() -> None:
    """Of two heading lines the shorter first may be a kicker, but in Latin type a
    kicker is a label (in capitals, or three words at most): a longer first line is the
    headline, the line under it its deck."""
    story = (
        "By DANIEL OKAFOR\n"
        "\n"
        "A four-alarm fire tore through a vacant warehouse on Dock Street early\n"
        "Thursday, sending smoke over the harbor for most of the morning.\n"
    )
    page = ocr.process("Fire guts Dock Street warehouse\n"
                       "No injuries reported; cause under investigation\n\n" + story,
                       lang="en", correct=False)
    art = page.articles[0]
    assert (art.kicker, art.headlines, art.subheadline) == (
        None, ("Fire guts Dock Street warehouse",),
        "No injuries reported; cause under investigation")
    page = ocr.process("Election 2024\nCouncil approves $48 million water plant\n\n" + story,
                       lang="en", correct=False)
    art = page.articles[0]
    assert (art.kicker, art.headlines) == ("Election 2024",
                                           ("Council approves $48 million water plant",))


@pytest.mark.parametrize(("lang", "caption", "credit"), [
    ("zh", "6月17日，市民在江阳湿地公园赏荷拍照。眼下，公园内荷花竞相绽放，吸引市民前来观赏。",
     "记者 李想 摄"),
    ("en", "Jaylen Ortiz, 8, cools off in the spray fountain at Tarrow Landing as "
     "temperatures reached 91 degrees.", "MICHAEL CHEN/HARBOR LEDGER"),
])
def test_a_credit_run_in_on_a_caption_s_last_line_is_the_photo_s_credit(
        lang: str, caption: str, credit: str) -> None:
    """Papers set a photo's credit on its caption's last line, after its last sentence:
    the credit is the photo's, the caption a photo item, not an article's text."""
    story = ("本报讯（记者 王伟）昨日，市博物馆宣布暑期推出夜场，每周五、六开放至晚上9点。"
             if lang == "zh" else
             "The Harbor City Council voted 5-2 on Tuesday night to build a water plant.")
    page = ocr.process(f"{caption} {credit}\n\n{story}\n", lang=lang, correct=False)
    assert [(p.caption, p.credit.replace(" ", "")) for p in page.photos] == [
        (caption, credit.replace(" ", ""))]
    assert credit not in " ".join(p for a in page.articles for p in a.paragraphs)


def test_a_heading_between_a_credit_and_a_byline_heads_the_story() -> None:
    """A short heading right after a photo's credit may be the photo's title, but not
    one right over a byline: a photo's title is never signed."""
    text = ("Jaylen Ortiz, 8, cools off in the spray fountain at Tarrow Landing.\n"
            "MICHAEL CHEN/HARBOR LEDGER\n\n"
            "Council approves water plant\n\nBy MARGARET HOLLOWAY\n\n"
            "The Harbor City Council voted 5-2 on Tuesday night to build a plant.\n")
    page = ocr.process(text, lang="en", correct=False)
    assert [p.title for p in page.photos] == [None]
    assert [(a.headlines, a.byline) for a in page.articles] == [
        (("Council approves water plant",), "By MARGARET HOLLOWAY")]


def test_a_caption_across_columns_keeps_its_last_line_over_a_run_in_credit() -> None:
    """A caption wider than the columns, written after a column's last lines without a
    blank line, wraps its sentence onto a short last line that holds the credit too:
    the wide line is cut from the column above, not from its own last line."""
    text = ("6月18日上午，江阳站改扩建工程在站房北侧正式开工，建成后将\n"
            "新增站台4座、到发线8条。\n"
            "6月17日，市民在江阳湿地公园赏荷拍照。眼下，公园内200余亩荷花竞相绽放，吸引众多市民前来观\n"
            "赏。 记者 李想 摄\n\n"
            "本报讯（记者 王伟）昨日，市博物馆宣布暑期推出夜场，每周五、六开放至晚上9点。\n")
    page = ocr.process(text, lang="zh", correct=False)
    assert [(p.caption, p.credit) for p in page.photos] == [(
        "6月17日，市民在江阳湿地公园赏荷拍照。眼下，公园内200余亩荷花竞相绽放，"
        "吸引众多市民前来观赏。", "记者李想摄")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The band played on after the drummer. AC/DC\nnever looked back after that night.\n"),
    ("en", "The gallery reopens on Friday. Photographs by Ansel\nAdams will hang in the hall.\n"),
    ("zh", "昨日下午，市区发生一起交通事故。 记者现场拍摄\n的视频显示，事故未造成人员伤亡。\n"),
])
def test_running_text_that_reads_like_a_credit_inside_a_paragraph_stays_text(
        lang: str, text: str) -> None:
    """A credit is run in only on a caption's last line, the chunk's last: inside a
    paragraph, words after a sentence's end that a credit pattern takes stay text."""
    page = ocr.process(text, lang=lang, correct=False)
    assert not page.photos
    assert "".join(text.split()) in "".join(
        "".join(p.split()) for a in page.articles for p in a.paragraphs)


def test_a_wide_heading_keeps_off_a_one_line_paragraph_after_it() -> None:
    """Only a wide line of running text (a sentence ends inside it) keeps the chunk's
    last line that ends its sentence; a headline across the columns does not take the
    story's first line."""
    head = "COUNCIL APPROVES NEW WATER TREATMENT PLANT FOR EAST SIDE"
    text = ("The library will close early on Friday\nfor the holiday, the librarian said, "
            "and\nwill open again on Monday morning.\n" + head + "\nThe vote was 5-2.\n\n"
            "The plant will cost $40 million.\n")
    page = ocr.process(text, lang="en", correct=False)
    assert any(head in a.headlines for a in page.articles)
    assert head not in " ".join(p for a in page.articles for p in a.paragraphs)


@pytest.mark.parametrize(("lines", "head"), [
    ("市图书馆暑期推\n出“亲子课堂”", "市图书馆暑期推出“亲子课堂”"),
    ("市图书馆暑期推出\n“夜读”", "市图书馆暑期推出“夜读”"),
])
def test_a_chinese_headline_wrapped_in_a_narrow_column_is_one_headline(
        lines: str, head: str) -> None:
    """Set in one column, a Chinese headline wraps mid-word (推 / 出, a word the story
    holds) or leaves a quoted term of three ems on its own line: one headline, not a
    headline and its deck."""
    text = (f"第3版\n\n城市\n\n{lines}\n\n本报讯（记者 王敏）为丰富少年儿童暑期生活，市图书馆\n"
            "自7月1日起推出亲子阅读课堂和夜读活动，每周六上午开课，\n每期限额30个家庭。\n")
    art = ocr.process(text, lang="zh", correct=False).articles[0]
    assert (art.headlines, art.subheadline) == ((head,), None)


def test_a_chinese_headline_over_a_longer_deck_keeps_its_deck() -> None:
    text = ("第3版\n\n城市\n\n老旧小区改造提速\n全市今年将完成改造小区126个惠及居民4万户\n\n"
            "本报讯（记者 王敏）记者从市住建局获悉，今年全市将完成老旧小区\n"
            "改造126个，惠及居民4万户，改造提速明显。\n")
    art = ocr.process(text, lang="zh", correct=False).articles[0]
    assert art.headlines == ("老旧小区改造提速",)
    assert art.subheadline == "全市今年将完成改造小区126个惠及居民4万户"


@pytest.mark.parametrize(("lines", "head"), [
    ("Ferry crews stranded overnight near\nPortsmouth",
     "Ferry crews stranded overnight near Portsmouth"),
    ("Heat wave pushes power demand past\nNew Record", None),  # (title case: a deck)
])
def test_a_sentence_case_headline_wrapped_before_a_name_is_one_headline(
        lines: str, head: str | None) -> None:
    """In sentence case a headline's wrapped line starts in lower case unless it opens on
    a name: a name of a word or two under a line of four words or more is the headline's
    end, no deck."""
    text = (f"{lines}\n\nBy ANNA LEE\nStaff Writer\n\n"
            "Two hundred passengers spent the night aboard the ferry after fog closed\n"
            "the harbor, and the crew handed out blankets until morning.\n")
    art = ocr.process(text, lang="en", correct=False).articles[0]
    if head is not None:
        assert art.headlines == (head,)
    else:
        assert len((*art.headlines, art.subheadline)) == 2


@pytest.mark.parametrize(("lines", "head"), [
    ("城东新建公园\n开放5座", "城东新建公园开放5座"),
    ("城区燃气管网改\n造工程全面完工", "城区燃气管网改造工程全面完工"),
])
def test_a_chinese_headline_wrapped_with_a_short_tail_or_at_a_full_line_is_one(
        lines: str, head: str) -> None:
    """A narrow column's headline leaves its last words (a figure and its measure word:
    four ems, no deck is so short) on a line of their own, or breaks a word its story
    holds at a full line (改 / 造, the second line as wide as the first)."""
    text = (f"第2版\n\n城市\n\n{lines}\n\n"
            "本报讯（记者 赵磊）近日，城东新建的5座口袋公园全部开放，\n"
            "老城区燃气管网改造工程也已全面完工，惠及居民1.6万户。\n")
    art = ocr.process(text, lang="zh", correct=False).articles[0]
    assert (art.headlines, art.subheadline) == ((head,), None)


@pytest.mark.parametrize("label", ["OPINION", "BUSINESS NEWS"])
def test_a_section_label_written_by_a_folio_late_in_the_stream_is_furniture(label: str) -> None:
    """An inside page's folio band written between two columns (pdftotext meets it
    late): the label set against the folio line is furniture, not an orphaned
    headline; a label in capitals over a headline stays that story's kicker."""
    text = ("Harbor board delays vote on ferry dock\n\nBy ANNA LEE\nStaff Writer\n\n"
            "The harbor board put off a vote on the new ferry dock until next month,\n"
            "saying it wanted to hear from the fishermen who use the pier, who\n\n"
            f"B2\n\n{label}\n\nTHE HARBOR LEDGER | TUESDAY, JUNE 4, 2024\n\n"
            "had asked for more time to look at the plans before the board decided.\n\n"
            "B2\n\nTRAFFIC ALERT\n\nBridge to close for repairs\n\nBy TOM CHEN\n\n"
            "The Mill Street bridge will close on Monday for three weeks of repairs.\n")
    page = ocr.process(text, lang="en", correct=False)
    kinds = {b.text: b.kind for b in page.blocks}
    assert kinds[label] is BlockKind.FURNITURE
    assert label not in [o.text for o in page.orphans]
    bridge = next(a for a in page.articles if "Mill Street" in a.paragraphs[0])
    assert bridge.kicker == "TRAFFIC ALERT"


def test_a_chinese_section_label_by_the_folio_mid_page_is_furniture() -> None:
    text = ("市图书馆新馆试运行\n\n本报讯（记者 林晓）7月1日，市图书馆新馆开始试运行，首日接\n"
            "待读者8000余人次。新馆建筑面积4.2万平方米。\n\n第5版\n\n文化\n\n"
            "新馆藏书总量超过150万册，设有少儿阅览区和数字体验区，\n每天开放12小时。\n")
    page = ocr.process(text, lang="zh", correct=False)
    assert {b.text: b.kind for b in page.blocks}["文化"] is BlockKind.FURNITURE
    assert not page.orphans


@pytest.mark.parametrize("motto", ["Serving the Tarrow Valley since 1888", "Established 1871",
                                   "Est. 1902"])
def test_a_masthead_motto_right_over_the_first_headline_is_furniture(
        motto: str) -> None:
    """A motto ending on its founding year is furniture by its form, wherever the
    extractor writes it in the band: here after the price and weather lines, right
    over the first headline, where it had been taken for that story's kicker."""
    text = ("The Tarrow Times\n\nMonday, March 3, 2025\nVol. 12, No. 31\n\n"
            f"$2.50\nSunny, mild; high 61, low 44. Weather, B6\n\n{motto}\n\n"
            "Council approves water plant\n\nBy ANNA LEE\n\n"
            "The council voted 5-2 on Tuesday night to build a water treatment plant\n"
            "on Mill Road, the first in the city in forty years.\n")
    page = ocr.process(text, lang="en", correct=False)
    kinds = {b.text: b.kind for b in page.blocks}
    assert kinds[motto] is kinds["$2.50"] is BlockKind.FURNITURE
    assert page.articles[0].headlines == ("Council approves water plant",)
    assert motto not in page.articles[0].paragraphs[0]


@pytest.mark.parametrize(("lines", "head"), [
    ("Library trustees agree to extend weekend\nhours",
     "Library trustees agree to extend weekend hours"),
    ("Library trustees agree to give branches\nnew hours",
     "Library trustees agree to give branches new hours"),
])
def test_a_headline_wrapped_onto_a_last_word_over_its_deck_and_byline_is_one_headline(
        lines: str, head: str) -> None:
    """A headline across two columns wraps its last word onto a line of its own, and the
    extractor writes deck and byline under it with no blank line: the chunk's lines are
    all short, so the headline's first line is far wider than their middle one, yet it
    is no deck written over a column's lines (the line under it is the headline's
    rest), and it heads the story."""
    text = ("THE TARROW TIMES | MONDAY, MARCH 3, 2025\n\n"
            f"{lines}\n"
            "Branches will stay open until 8 p.m. on Saturdays\nBy ANNA LEE\nStaff Writer\n\n"
            "The library board voted on Monday to keep its three branches open later on\n"
            "weekends, starting in April, after a survey of more than 2,000 readers.\n")
    art = ocr.process(text, lang="en", correct=False).articles[0]
    assert art.headlines == (head,)
    assert art.subheadline == "Branches will stay open until 8 p.m. on Saturdays"


def test_a_sentence_case_headline_written_alone_over_a_photo_heads_its_story() -> None:
    """An extractor wrote a story's main headline apart from its kicker, deck and
    text, alone between another story's last sentence and a photo's caption and
    credit: a line in headline shape there is a heading (a crosshead is followed by
    its text, not by a photo), and it goes to the story it talks about."""
    text = ("PARKS\n\nLights and a second bowl are planned for next year\n\nBy TOM CHEN\n\n"
            "The city opened its first skate park on Saturday near the river, and\n"
            "hundreds of skaters lined up to try the ramps before noon.\n\n"
            "Council approves water plant\n\nBy ANNA LEE\n\n"
            "The council voted 5-2 on Tuesday night to build a water treatment plant\n"
            "on Mill Road, the first in the city in forty years.\n\n"
            "City opens new skate park near the river\n\n"
            "Skaters try out the ramps at the new park near the river on Saturday.\n"
            "JANE DOE/TARROW TIMES\n")
    page = ocr.process(text, lang="en", correct=False)
    skate = next(a for a in page.articles if "skate park" in a.paragraphs[0])
    water = next(a for a in page.articles if "water treatment" in a.paragraphs[0])
    assert "City opens new skate park near the river" in skate.headlines
    assert "skate" not in " ".join(water.paragraphs)


def test_a_byline_s_post_set_apart_from_it_stays_the_byline_s() -> None:
    """pdfminer writes a two-line byline's post as a block of its own: it is the
    byline's, not a headline that parts the byline from its story."""
    text = ("Library trustees extend weekend hours\n\nBy ANNA LEE\n\nHarbor Staff Writer\n\n"
            "The library board voted on Monday to keep its three branches open later on\n"
            "weekends, starting in April, after a survey of more than 2,000 readers.\n")
    page = ocr.process(text, lang="en", correct=False)
    assert len(page.articles) == 1
    art = page.articles[0]
    assert art.headlines == ("Library trustees extend weekend hours",)
    assert art.byline == "By ANNA LEE Harbor Staff Writer"


def test_a_short_chinese_main_headline_under_its_kicker_stays_apart() -> None:
    """A main headline of four ems under a longer kicker holds no figure: it is no
    headline's wrapped tail, and stays a heading of its own."""
    text = ("第2版\n\n城市\n\n2024年7月2日 星期二\n\n市委书记到乡镇调研时强调\n抓好秋粮\n\n"
            "本报讯（记者 赵磊）昨日，市委书记到城东乡镇调研秋粮生产，\n"
            "要求各地抓好秋粮收获和烘干工作。\n")
    art = ocr.process(text, lang="zh", correct=False).articles[0]
    heads = (art.kicker, *art.headlines, art.subheadline)
    assert "抓好秋粮" in heads and "市委书记到乡镇调研时强调" in heads
