"""Chinese photo credits and English bylines: one rule each (the page profile's markers),
asked alike by the marker lines and by the readers that cut a page into columns."""

from __future__ import annotations

import pytest

from ocr.markers import marker_kind, reader_marks
from ocr.model import BlockKind
from ocr.profiles import Markers, Profile, load_profile
from ocr.readers.textbands import photo_lines
from ocr.readers.textcuts import heads_story
from ocr.readers.textgrid import _opens_story
from ocr.readers.textmeasure import Measure
from ocr.readers.textrows import _heads_cjk_story
from ocr.readers.textruns import read_runs

MARKS = reader_marks()
ZH = Measure(14)
EN = Measure(30, latin=True)

CREDITS = [
    "记者 吴静怡 摄",
    "通讯员 赵明 摄",
    "记者孙悦摄",
    "本报记者 张帆 摄",
    "新华社记者 张三 摄",  # an agency's reporter
    "张三 李四 摄影",  # two names, no title
    "张三、李四 摄",
    "记者 张三 李四 摄",  # a title and two names
    "本报记者王晓东李华摄",  # names run together after a title
    "阿依古丽·买买提 摄",  # a transliterated name, longer than four characters
    "记者 阿依古丽·买买提 摄",
    "通讯员 张三 阿依古丽·买买提 摄",
    "记者：张三 摄",
    "特约摄影 尹嘉树",  # a photographer's title before the name, no 摄 after it
    "特约摄影尹嘉树",  # as text runs it together
    "本报摄影记者 张三 李四",
    "摄影：王五",
    "市消防救援支队供图",  # a photo an office gave
    "受访者供图",
    "记者 钱明/摄",  # a slash before 摄
]
NOT_CREDITS = [
    "游客纷纷拿出手机拍摄",  # a column's line that breaks after 拍摄
    "记者现场拍摄",
    "正在拍摄",
    "记者从临江港务集团获悉",
    "市图书馆新馆开始试运行",
    "摄影展开幕",  # a headline opening on 摄影, no title, no colon
    "摄影师镜头下的老城",
    "照片由该站供图，",
]


@pytest.mark.parametrize("text", CREDITS)
def test_a_photo_credit_is_one_to_the_markers_and_the_readers(text: str) -> None:
    assert MARKS.credit(text)
    assert marker_kind(text, load_profile().patterns("zh")) is BlockKind.CREDIT


@pytest.mark.parametrize("text", NOT_CREDITS)
def test_running_text_ending_in_paishe_is_no_credit(text: str) -> None:
    assert not MARKS.credit(text)
    assert marker_kind(text, load_profile().patterns("zh")) is not BlockKind.CREDIT


def test_a_long_name_credit_is_taken_off_the_columns_with_its_caption() -> None:
    """A credit set among the columns' lines under its caption leaves the band with it,
    whatever the length of the photographer's name."""
    band = [["城北公园的荷花进入盛花期，", "市图书馆新馆开始试运行，首"],
            ["吸引大批市民前来观赏。"], ["阿依古丽·买买提 摄"], ["荷塘边的步道人来人往。"]]
    assert photo_lines(band, ZH)[1] == ["吸引大批市民前来观赏。", "阿依古丽·买买提 摄"]


@pytest.mark.parametrize(("line", "heads"), [
    ("记者 张三 李四 摄", False),  # a photo's credit above the story, not its headline
    ("新华社记者 张三 摄", False),
    ("市图书馆新馆开始试运行", True),
    ("美景引得游客纷纷拍摄", True),  # ends on 拍摄, but is no credit
])
def test_a_credit_above_a_story_is_not_its_headline(line: str, heads: bool) -> None:
    split = [[line], ["本报讯（记者 郑凯）昨日，市图书馆新馆开始试运行。"]]
    assert _heads_cjk_story(split, 0, ZH) is heads


@pytest.mark.parametrize(("line", "alone"), [
    ("By KEVIN ASHBY", True),
    ("By Jane Doe and Tom Lee", True),
    ("By Maria Lopez, Staff Writer", True),  # a post after the name, as the profile has it
    ("By Sean O’Brien", True),  # a curly apostrophe, as the grid's own pattern had it
    ("By José Núñez", True),  # letters past ASCII
    ("By Tuesday, officials said the bridge", False),  # a sentence that opens with By
    ("By the time crews arrived", False),
])
def test_a_byline_alone_opens_a_story_on_the_grid_as_the_markers_say(
        line: str, alone: bool) -> None:
    assert MARKS.byline(line) is alone
    assert _opens_story(line, MARKS) is alone
    assert (marker_kind(line, load_profile().patterns("en")) is BlockKind.BYLINE) is alone


@pytest.mark.parametrize(("under", "heads"), [
    ("By KEVIN ASHBY", True),
    ("By\u00a0KEVIN\u00a0ASHBY", True),  # its spaces put back by ``textspace.respace``
    ("By Tuesday, officials said", False),  # a sentence's first words: no byline
])
def test_a_lone_line_heads_a_story_over_what_the_markers_call_a_byline(
        under: str, heads: bool) -> None:
    assert heads_story([["Council approves water plant"], [under, "the bridge was"]], 0,
                       EN) is heads


def test_the_readers_ask_the_page_profiles_credits_and_bylines() -> None:
    """A title that prints its credits and bylines its own way says so in its profile,
    and the readers that cut a page into columns ask that profile, not the generic one:
    the credit ``张三提供`` leaves the band with its caption, the byline ``Von Anna Berg``
    heads a story, as classification would take them on the page."""
    own = reader_marks(Profile(markers=(
        ("zh", Markers(credit=(r"^[^\s，。]{2,4}提供$",))),
        ("en", Markers(byline=(r"^Von\s+[A-Z]\w+(\s+[A-Z]\w+)?$",))))))
    band = [["城北公园的荷花进入盛花期，", "市图书馆新馆开始试运行，首"],
            ["吸引大批市民前来观赏。"], ["张三提供"], ["荷塘边的步道人来人往。"]]
    assert photo_lines(band, ZH) == (band, [])  # the generic profile knows no such credit
    assert photo_lines(band, Measure(14, marks=own))[1] == ["吸引大批市民前来观赏。", "张三提供"]
    split = [["Rat beschliesst neues Wasserwerk"], ["Von Anna Berg", "die Stadt hat"]]
    assert not heads_story(split, 0, EN)
    assert heads_story(split, 0, Measure(30, latin=True, marks=own))
    assert own.byline("Von Anna Berg") and not MARKS.byline("Von Anna Berg")


def test_read_runs_without_marks_asks_the_generic_profile() -> None:
    """``read_runs`` given no marks reads as it does with the generic profile's."""
    text = "\n".join(["城北公园的荷花进入盛花期， 市图书馆新馆开始试运行，首"] * 12)
    assert read_runs(text) == read_runs(text, MARKS)


TITLE_FIRST_CREDIT = """老城区雨污分流改造完成过半

本报讯（记者 韩雪松）记者从市水务局获悉，老城区雨污分流改
造工程已完成总工程量的56%，新建、改造雨污水管网约23.6公
里。市水务局表示，工程计划于明年6月底前全部完工，届时老城
区污水收集率将由目前的68%提高到95%以上。

东湖湿地公园迎来首批越冬候鸟。
特约摄影 尹嘉树

本报讯（记者 霍晓东）记者从市自来水公司获悉，今年全市已完
成3.2万户老旧水表智能化更换，居民可通过手机实时查询用水量，
明年将实现城区全覆盖。
"""


def test_a_credit_by_the_photographers_title_keeps_its_caption_a_photo() -> None:
    """``特约摄影 尹嘉树`` ends no sentence and holds no 摄 after the name: read as running
    text, the caption before it went on the story above (or the credit headed the brief
    under it)."""
    import ocr

    page = ocr.process(TITLE_FIRST_CREDIT, lang="zh", correct=False)
    story = next(a for a in page.articles if "水务局" in "".join(a.paragraphs))
    assert "候鸟" not in "".join(story.paragraphs)
    assert [(p.caption, p.credit) for p in page.photos] == [
        ("东湖湿地公园迎来首批越冬候鸟。", "特约摄影尹嘉树")]


def test_a_photo_an_office_gave_is_a_photo_with_its_caption() -> None:
    import ocr

    page = ocr.process(
        "本报讯（记者 何平）昨天凌晨，城北一小区居民楼发生火灾，消防员十分钟内\n"
        "到场处置，疏散群众二十余人，无人员伤亡。\n\n"
        "消防员在火灾现场进行清理，排查复燃隐患。\n"
        "市消防救援支队供图\n\n"
        "本报讯（记者 钱敏）记者从市气象台获悉，本周后期将有一次降温过程。\n",
        lang="zh", correct=False)
    (photo,) = page.photos
    assert photo.credit == "市消防救援支队供图"
    assert photo.caption == "消防员在火灾现场进行清理，排查复燃隐患。"
