"""A Chinese brief written whole into a story's open sentence is dealt out after the
sentence's rest (``readers.textdeal``).

pdftotext writes a brief set beside a story's column, its lines not level with the
column's, between two of the column's lines: ``…擦伤等轻微伤情210余人次，没有发生`` /
the brief (``记者从国家气候中心获悉，…（据新华社电）``) / ``严重伤病。`` (S4 zh674); the brief's
first line may end the story's block (``…要立足防大汛、抗大旱，`` / ``■夏季献血活动启动 7月``
/ … / ``做好两手准备，…``: S7 zh771). Before the deal the walk read the brief as the
story's paragraph, or the story's rest as the brief's.
"""

from __future__ import annotations

from conftest import article_holding

import ocr
from ocr.markers import reader_marks
from ocr.readers.textdeal import deal, opens_undated_item
from ocr.readers.textmeasure import em_width

#: A column's full line, in ems.
FULL = 16.0


#: Marks a Chinese line never opens with: set on the line before, past the measure.
NO_LINE_START = frozenset("，。、；：！？）”")


def column(text: str, first: bool = True) -> list[str]:
    """``text`` as a narrow Chinese column's lines of ``FULL`` ems (a paragraph's first
    line two short when ``first``)."""
    lines: list[str] = []
    line, room = "", FULL - (2 if first else 0)
    for ch in text:
        if line and em_width(line + ch) > room and ch not in NO_LINE_START:
            lines.append(line)
            line, room = "", FULL
        line += ch
    return [*lines, line]


def sandwich(story: str, cut: str, brief: list[str], *, inside: bool) -> str:
    """``story``'s column written up to its line that holds ``cut`` (a line whose
    sentence runs on), then the ``brief``'s lines (at the end of the story's block when
    ``inside``, else a block of its own), then a block of the column's next lines."""
    lines = column(story)
    at = next(n for n, ln in enumerate(lines) if cut in ln) + 1
    head, after = "\n".join(lines[:at]), "\n".join(lines[at:])
    if inside:
        return head + "\n" + "\n".join(brief) + "\n\n" + after + "\n"
    return head + "\n\n" + "\n".join(brief) + "\n\n" + after + "\n"


MARATHON = "澄湖马拉松赛会纪录被刷新\n\n本报记者 程立言\n" + sandwich(
    "12月6日，2026澄湖马拉松鸣枪开跑，来自国内外的2.2万名跑者参赛。男子全程马拉松比赛中，"
    "肯尼亚选手基普罗蒂奇在35公里后拉开差距，率先冲线。赛道沿途设置了15个"
    "补给站和12个医疗站。据赛事组委会统计，医疗人员共处置抽筋、擦伤等轻微伤情210余人次，没有"
    "发生严重伤病。",
    "轻微伤",
    column("记者从国家气候中心获悉，今年冬季我国中东部大部地区气温接近常年同期到偏高，但阶段性"
           "寒潮过程较多，公众需注意防寒保暖。（据新华社电）"), inside=False)

COUNCIL = "市委常委会召开会议\n\n" + sandwich(
    "本报讯7月15日，市委书记邢建国主持召开市委常委会会议，听取全市防汛抗旱和安全生产工作情况"
    "汇报。会议指出，当前我市正处于防汛关键期，又面临持续高温干旱，防汛抗旱形势十分复杂。各地"
    "各部门要立足防大汛、抗大旱，做好两手准备，确保人民群众生命财产安全。会议强调，要立即在"
    "全市范围内开展重点行业领域安全隐患排查整治。",
    "抗大旱，",
    ["■夏季献血活动启动 7月",
     "18日至20日，市中心血站将在人民",
     "广场、江滨公园设立流动献血车。",
     "18至60周岁的健康市民均可参加。"], inside=True)


def test_a_brief_written_into_a_story_sentence_is_an_item_of_its_own() -> None:
    page = ocr.process(MARATHON, lang="zh", correct=False)
    story = article_holding(page, "基普罗蒂奇")
    assert "没有发生严重伤病。" in "".join(story.paragraphs)
    brief = article_holding(page, "国家气候中心")
    assert brief is not story
    assert "严重伤病" not in "".join(brief.paragraphs)


def test_a_marked_brief_that_ends_the_story_block_goes_after_the_sentence() -> None:
    page = ocr.process(COUNCIL, lang="zh", correct=False)
    story = article_holding(page, "邢建国")
    text = "".join(story.paragraphs)
    assert "确保人民群众生命财产安全" in text
    assert "献血" not in text
    assert article_holding(page, "流动献血车") is not story


def test_the_story_text_is_dealt_whole_and_nothing_is_lost() -> None:
    dealt = deal(MARATHON, reader_marks())
    assert dealt.index("严重伤病。") < dealt.index("记者从国家气候中心")
    assert "\n\n" not in dealt[dealt.index("医疗人员"):dealt.index("严重伤病")]
    assert sorted(dealt.replace("\n", "")) == sorted(MARATHON.replace("\n", ""))


def test_a_sentence_that_runs_on_into_a_day_is_left_as_written() -> None:
    # A line opening on a day after a line that runs on is the sentence's rest (28 in 29
    # on the study sets' Chinese pages), not a brief: nothing is dealt.
    text = """寒潮来袭

本报讯（记者 庞悦）记者从市气象台获悉，
受强冷空气影响，
11月24日至26日我市将出现明显降温和大风
天气，过程最大降温幅度可达10℃以上。

市气象台提醒市民注意防寒保暖，及时添加
衣物。
"""
    assert deal(text, reader_marks()) == text


def test_which_first_lines_open_an_item_no_sentence_goes_on_into() -> None:
    assert opens_undated_item(["记者从国家气候中心获悉，今年冬季我国"])
    assert opens_undated_item(["■夏季献血活动启动 7月", "18日至20日，市中心血站将"])
    assert opens_undated_item(["停水通知：因供水管道改造，12月17日"])
    # a day, an announced date, a notice's start: a sentence may run on into each
    assert not opens_undated_item(["11月24日至26日我市将出现明显降温"])
    assert not opens_undated_item(["初中学业水平考试成绩将于12月5日"])
    assert not opens_undated_item(["市美术馆二楼，即日起至明年1月15日"])
