"""Columns side by side on one line (``pdftotext -layout``, pdfplumber) whose stories
are stacked: each story's columns start at their own rows, so a gutter found for the
whole region cuts across stories (ocr/readers/textgrid.py, ocr/readers/textbands.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from conftest import layout_grid

import ocr
from ocr.readers.textgrid import read_grid
from ocr.readers.textruns import read_runs

#: A story on two columns (its first column turns in mid-word, ``一经发`` / ``现``), and
#: under it, with no blank line, a brief set on the same two columns.
STORY_ZH = [
    "  本报讯（记者 孙悦）记者从市",
    "教育局获悉，2024年全市初中学业",
    "水平考试将于6月24日至26日举",
    "行，全市共有4.3万名考生报名，比",
    "去年增加约2600人。为方便考生就",
    "近应考，今年全市设置考点58个。",
    "  市教育考试院相关负责人提醒，",
    "考生不得携带手机、智能手表等各",
    "类电子设备进入考场，一经发",
]
STORY_ZH_2 = [
    "现将按违纪处理。",
    "  考试期间，公安、交通、卫",
    "健、供电等部门将联合做好考点周",
    "边交通疏导、医疗保障和电力供",
    "应。各考点周边道路将设置临时禁",
    "停区域，请家长尽量选择公共交通",
    "工具送考，避免造成拥堵。",
    "",
]
BRIEF_ZH = [
    "  本报讯（通讯员 许文 记者 何",
    "畅）6月19日，临江市第一人民医院",
    "与上海一家三甲医院签署合作协",
    "议，共建心血管病诊疗中心。根据",
]
BRIEF_ZH_2 = [
    "协议，合作医院将定期派出专家来",
    "临江坐诊、手术和带教，并通过远",
    "程会诊平台为疑难危重病人提供诊",
    "疗服务。",
]


def _stacked_zh() -> str:
    return layout_grid([STORY_ZH + BRIEF_ZH, STORY_ZH_2 + ["", ""] + BRIEF_ZH_2], 22)


def test_a_brief_stacked_under_a_story_s_columns_is_read_after_the_story() -> None:
    """Read down the gutter first, the first column gave the story's lines then the
    brief's, then the second column the same: each text cut in two and interleaved.
    The brief's bracketed byline opens a story where the other column's sentence has
    ended, so the columns start again below it."""
    out = [ln.strip() for ln in read_grid(_stacked_zh()).split("\n") if ln.strip()]
    lines = [x.strip() for x in STORY_ZH + STORY_ZH_2 + BRIEF_ZH + BRIEF_ZH_2 if x]
    assert out == lines


def test_a_byline_in_mid_column_beside_a_running_sentence_does_not_cut() -> None:
    """The other column's sentence runs on across the byline's row: no cut there (the
    byline is a story's inside its column, as a stacked brief's is not)."""
    right = [
        *STORY_ZH_2[:6],
        "工具送考，避免造成拥堵，并请",
        "考生提前熟悉考点位置和交通线",
        "路，合理安排出行时间，以免因",
        "交通拥堵耽误考试。",
        "  此外，今年全市共为38名残疾",
        "考生提供了大字号试卷、延长考试",
        "的考生设置了单独考场。",
    ]
    text = layout_grid([STORY_ZH + BRIEF_ZH, right], 22)
    out = [ln.strip() for ln in read_grid(text).split("\n") if ln.strip()]
    assert out[: len(STORY_ZH) + len(BRIEF_ZH)] == [x.strip() for x in STORY_ZH + BRIEF_ZH]


EN_LEFT = [
    "   The Harbor City Council voted",
    "5-2 on Tuesday night to build a",
    "$48 million water treatment",
    "plant on Mill Road, ending more",
    "than three years of argument",
    "over how the city should",
]
EN_RIGHT = [
    "replace a facility that engineers",
    "say is near the end of its",
    "working life.",
    "   The vote clears the way for",
    "construction to begin next",
    "spring, the council said.",
]
BRIEF_EN = [
    "By ELLEN MARSH",
    "   The Harbor City Police De-",
    "partment will hold a free bicy-",
    "cle registration on Saturday",
]
BRIEF_EN_2 = [
    "from 9 a.m. to noon in the",
    "parking lot behind the Central",
    "Fire Station on Elm Street.",
    "",
]


def test_an_english_brief_under_a_story_opens_at_its_byline() -> None:
    text = layout_grid([EN_LEFT + BRIEF_EN, EN_RIGHT + BRIEF_EN_2], 36)
    out = [ln.strip() for ln in read_grid(text).split("\n") if ln.strip()]
    assert out == [x.strip() for x in EN_LEFT + EN_RIGHT + BRIEF_EN + BRIEF_EN_2 if x]


#: A photo's caption set across the columns under a story, in pdfplumber's tight setting.
CAPTION = (
    "Jaylen Ortiz, 8, cools off in the spray fountain at Tarrow Landing on",
    "Thursday afternoon as temperatures in Harbor City reached 91 degrees,",
    "the first 90-degree day of the year.",
)
TIGHT = [x.replace(" ", "") for x in CAPTION]


def _story_credit_caption(between: str = "") -> str:
    """A story's columns run together, a credit line, ``between``, then the caption."""
    from test_text_extractors import STORY_EN, _column_lines, _run_together

    return ("Council approves water plant\nBy MARGARET HOLLOWAY\n"
            + _run_together(_column_lines(STORY_EN, 36), 3)
            + "\nMICHAEL CHEN/HARBOR LEDGER\n" + between + "\n".join(TIGHT) + "\n")


def test_a_caption_s_lines_across_the_columns_stay_one_block() -> None:
    """pdfplumber: a caption set across the columns under a story, its lines wider than
    the measure and set so tight that the extractor wrote no space in them. Each line
    across the columns stood apart (a headline's place), so the caption's sentence was
    cut into three blocks and its last two lost to the story beside; a line ending on a
    comma or a word no sentence ends on goes on below."""
    out = [ln.strip().replace(" ", "") for ln in read_runs(_story_credit_caption()).split("\n")]
    at = out.index(TIGHT[0])
    assert out[at : at + 3] == TIGHT


def test_a_headline_ending_on_a_particle_stays_off_the_caption_under_it() -> None:
    """A headline across the columns may end on a phrasal verb's particle (``weighs
    in``): set over a caption's line far wider than it, it is not a caption's line
    whose sentence goes on below (one that is, ``… at Tarrow Landing on`` /
    ``Thursday …``, is full against the line under it)."""
    head = "Harbor dredging plan stalls as mayor weighs in"
    out = [ln.strip() for ln in read_runs(_story_credit_caption(head + "\n")).split("\n")]
    at = out.index(head)
    assert out[at + 1] == ""  # a block of its own
    assert [x.replace(" ", "") for x in out[at + 1:] if x][:3] == TIGHT


def _wrap(text: str, width: int = 15) -> list[str]:
    """Chinese running text as a column's lines of ``width`` characters."""
    return [text[k : k + width] for k in range(0, len(text), width)]


#: A story whose first two columns' lines stand under a photo set under its headline,
#: its other two columns beside the photo (all in full-width characters: a character an em).
OPENING = "本报讯（记者 林远）昨日上午，随着最后一座车站围挡施工启动，"
STORY = (
    "城北地铁新线一期工程全部车站进入施工阶段。新线全长近三十公里，均为地下线，"
    "起于高铁南站，止于北部新城，串联南部交通枢纽、老城商圈和江滨新区，设车辆段"
    "和停车场各一座，计划三年后建成通车。建成后，从高铁南站到市中心的通行时间将"
    "由目前的五十分钟左右缩短至二十五分钟以内。轨道交通集团工程建设部负责人介绍，"
    "新线沿线穿越老城区和多条河道，地质条件复杂，施工难度大。为减少对市民出行的"
    "影响，项目采取分段围挡、错峰施工的方式，在文化路、人民路等交通繁忙路段实施"
    "交通导改，并同步优化周边公交线路。老城段的广场站采用盖挖逆作法施工，先恢复"
    "路面通行，再在地下开挖，最大限度减少占道时间。"
)


def test_a_story_s_opening_under_its_photo_is_read_first() -> None:
    """pdfplumber writes the lines beside a photo first, then the story's first lines
    under the photo (its bracketed byline), and the photo's caption and credit among
    the columns' lines where their height falls. The opening goes first and the
    caption and credit stand apart: the story reads whole and in order."""
    opening = _wrap(OPENING.replace(" ", "　"))
    lines = _wrap(STORY)
    half = (len(lines) + 1) // 2
    left, right = lines[:half], lines[half:]
    rows = [" ".join(p for p in pair if p) for pair in zip(left, right + [""], strict=False)]
    rows[-3:-3] = ["广场站施工现场。"]
    rows[-2:-2] = ["通讯员 赵明 摄"]
    text = "\n".join(["地铁新线一期工程全面开工", *rows, " ".join(opening), ""])
    out = read_grid(read_runs(text), own_rows=False)
    body = "".join(out.replace("　", " ").split())
    want = "".join((OPENING + STORY).split())
    assert want in body
    assert "广场站施工现场。" in out.split("\n")


DEVSET = Path(__file__).resolve().parent.parent.parent / "shared" / "devset" / "textpdf"
needs_devset = pytest.mark.skipif(not DEVSET.is_dir(), reason="../shared/devset is absent")


def _items(page_id: str, extractor: str) -> dict[str, bool]:
    """Each truth item of a dev page: assembled (the dev set's scorer) or not."""
    sys.path.insert(0, str(DEVSET.parent))
    from score_text import score  # the dev set's own scorer, read where it lies

    truth = json.loads((DEVSET / f"{page_id}.truth.json").read_text(encoding="utf-8"))
    page = ocr.process(DEVSET / f"{page_id}.{extractor}.txt")
    return {
        it["id"]: it["completeness"] >= 0.95 and it["purity"] >= 0.95
        for it in score(truth, ocr.page_dict(page))["per_item"]
    }


@needs_devset
def test_a_brief_stacked_under_a_story_on_a_band_of_five_columns_is_whole() -> None:
    """zh02 (pdfplumber): a brief on the last two of five columns, right under a story
    on them, the extractor's lines holding pieces of both. Laid on the five columns as
    one band, the brief's lines went on the columns one to the left (its byline under
    a column that had ended its paragraph): the story and the brief lost half their
    lines to each other (55% and 58% of their text). A line of the band whose first
    piece opens a story starts a band of its own."""
    items = _items("zh02", "pdfplumber")
    assert items["zhongkao"] and items["yiyuan"], items


@needs_devset
def test_a_story_opening_under_its_photo_and_the_caption_among_its_lines() -> None:
    """zh03 (pdfplumber): the story's first lines under its photo come after every line
    beside the photo, the caption and credit among the columns' lines."""
    items = _items("zh03", "pdfplumber")
    assert items["ditie"] and items["ditie-photo"], items


@needs_devset
def test_a_headline_among_a_band_s_lines_holds_no_column() -> None:
    """zh01 (pdfplumber): the fire-safety story's headline is written on a line of its
    own among the port story's lines, over columns that start three lines below. Laid
    on an empty column as a column's last line, it priced the lines under it: the
    port story's next two lines went under the headline (each placement keeps one
    path) and were read into the fire-safety story. A short lone line with no mark or
    figure holds no column."""
    items = _items("zh01", "pdfplumber")
    assert items["gang"] and items["xiaofang"], items


def test_a_paragraph_opening_with_by_in_mid_column_is_no_byline() -> None:
    """``By Tuesday, the …`` opens a sentence of the story, not another story: the
    columns are read down, though the other column's line above ends a sentence."""
    left = [*EN_LEFT, "By Tuesday, the council had", "heard from more than forty", "residents."]
    right = [*EN_RIGHT, "   Work is to begin next", "spring and last two years.", ""]
    out = [ln.strip() for ln in read_grid(layout_grid([left, right], 36)).split("\n") if ln.strip()]
    assert out == [x.strip() for x in left + right if x]


#: Three columns whose first is not level with the other two (``pdftotext -layout``):
#: the first column's lines fall on rows of their own, between the rows where the
#: second and third columns' lines stand level. Column three's neighbour (column two)
#: leaves those rows white too; only column one, two columns off, fills them.
_NOT_LEVEL = [
    ["", "记者昨日从市交通运输局", "", "获悉，经过近半年的调研", "",
     "和意见征集，我市公交线", "", "网新一轮优化调整方案已", "", "全部实施到位，共优化线",
     "", "路三十八条，新增站点。", "", "此次调整重点解决了城北", "",
     "新区等区域的出行难题。", ""],
    ["题。新开通的快线直连火", "", "车站和大学城，高峰期发", "", "车间隔压缩至六分钟；城",
     "", "北片区新开三条社区微循", "", "环线路，采用中小型纯电", "", "动公交车，串联小区、学",
     "", "校、菜市场和地铁站。", "", "“以前到地铁站要走二十", "", "分钟，现在家门口就能坐"],
    ["车，五分钟就到。”家住北", "", "湖花园的刘女士说。", "", "  市交通运输局相关负责",
     "", "人介绍，调整后全市公交", "", "线路总数达到二百八十六", "", "条，站点覆盖率提高到九",
     "", "成六。下一步，将根据客", "", "流监测数据对部分线路的", "", "首末班时间进行动态调整"],
]


def test_a_column_s_lines_between_rows_of_a_column_two_away_stay_one_block() -> None:
    """Column three's lines are every other row; the rows between hold only column
    one's lines, two columns off. Lines of one measure, one under the other, with only
    other columns' lines between them are one column's: no white band parts them."""
    out = read_grid(layout_grid(_NOT_LEVEL, 18)).split("\n")
    third = [x for x in _NOT_LEVEL[2] if x]
    at = out.index(third[0])
    assert out[at : at + len(third)] == [x.strip() for x in third]


#: A headline over three columns, set off their edges: ``pdftotext -layout`` counts a
#: Chinese character one cell, so the headline keeps half its width and starts in the
#: gutter between the first two columns, crossing none; the first column opens with a
#: short byline.
_HEAD_IN_GUTTER = "\n".join([
    " " * 17 + "清河公交线网完成新一轮调整",
    "本报记者 陈志刚".ljust(20) + "集，我市公交线网新一轮优化调".ljust(20)
    + "此次调整重点解决了城北新",
    "  记者昨日从市交通运输局获".ljust(20) + "整方案已全部实施到位，共优化".ljust(20)
    + "区、高新园区等区域出行难、换",
    "悉，经过近半年的调研和意见征".ljust(20) + "线路三十八条，新增站点一百".ljust(20)
    + "乘多的问题。新开通的快线直连",
    "集，我市公交线网新一轮优化调".ljust(20) + "一十二个，撤并重复站点二十".ljust(20)
    + "火车站和大学城，高峰期发车间",
    "整方案已全部实施到位，共优化".ljust(20) + "七个，方便市民出行。".ljust(20)
    + "隔压缩至六分钟。",
    "线路三十八条，新增站点一百".ljust(20) + "  市交通运输局相关负责人介".ljust(20)
    + "  城北片区新开三条社区微循环",
    "一十二个，撤并重复站点二十".ljust(20) + "绍，调整后全市公交线路总数".ljust(20)
    + "线路，采用中小型纯电动公交",
    "七个，方便市民出行。".ljust(20) + "达到二百八十六条。".ljust(20)
    + "车，串联小区、学校和地铁站。",
]) + "\n"


def test_a_headline_set_off_the_columns_edges_is_read_before_them() -> None:
    """The headline starts inside a gutter and runs past the column beyond it: it is
    parted from the columns under it, and read before their first lines."""
    out = read_grid(_HEAD_IN_GUTTER).split("\n")
    assert out.index("清河公交线网完成新一轮调整") < out.index("本报记者 陈志刚")


def _row(*pieces: tuple[int, str]) -> str:
    row = ""
    for at, text in pieces:
        row = row.ljust(at) + text
    return row


#: A headline and its deck over three columns (``pdftotext -layout``, one cell a
#: character): the second column's lines end up to five cells short of the gutter the
#: deck crosses (a figure is half a character wide, a paragraph ends short).
_RAGGED_HEAD = "\n".join([
    _row((31, "市人民医院新门诊大楼投入使用")),
    _row((35, "设置诊室420间 日接诊能力提升至1.2万人次")),
    _row((8, "记者 黄一鸣 通讯员 刘明"),
         (28, "积约9.8万平方米，设有诊室420间，日接诊能力"),
         (57, "医院负责人介绍，新大楼依照“一站式”理念设"),
         (87, "为缓解停车难，新大楼地下设有停车位1100")),
    _row((2, "6月下旬，市人民医院新门诊综合大楼正"),
         (28, "由原来的7000人次增加到1.2万人次。"),
         (57, "计，检验、影像、药房等功能区与各个诊区就"),
         (85, "个，并与周边道路新建了两处出入口。医院还在")),
    _row((0, "式启用。新大楼地上18层、地下3层，总建筑面"),
         (30, "走进新门诊大厅，自助挂号机、智能导"),
         (57, "近布局，患者平均就诊时间预计可以缩短30分"),
         (85, "门诊一楼开设了老年人服务窗口，为不会使用智")),
    _row((28, "诊屏一字排开，志愿者在各楼层引导就诊。"),
         (57, "钟以上。"),
         (104, "（下转第2版）")),
    "",
    *[_row((0, "市民可以通过手机预约挂号，按时段就诊，"),
           (28, "减少排队等候时间，就医更加方便快捷，"),
           (57, "医院还将开通夜间门诊，方便上班族就医，"),
           (85, "并在各楼层设置自助服务区，提供咨询帮助。"))
      for _ in range(6)],
]) + "\n"


def test_a_deck_over_columns_ragged_at_their_right_edges_stands_over_them() -> None:
    """The deck crosses the gutter between the second and third columns, whose Chinese
    lines end up to six cells short of it: it is parted from the columns under it and
    read before the first column's byline."""
    out = read_grid(_RAGGED_HEAD).split("\n")
    deck = next(i for i, r in enumerate(out) if "日接诊能力提升至1.2万人次" in r)
    assert deck < next(i for i, r in enumerate(out) if "记者 黄一鸣" in r)
