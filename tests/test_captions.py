"""Captions in text without positions: the text beside a photo's credit, and a caption that
carries its credit run in, as extractors write them from real pages."""

from __future__ import annotations

import pytest

import ocr
from ocr import assemble, classify, order, read_text
from ocr.markers import run_in_credit
from ocr.model import BlockKind, Page
from ocr.profiles import load_profile

ZH = load_profile().patterns("zh")

#: A story's columns, a caption with its credit run in between two of them, more of the
#: story: what ``pdftotext`` writes of a photo set inside a story's columns.
STORY_WITH_RUN_IN = """东湖新区开放三座口袋公园

本报讯（记者 陈立新）记者昨日从市园林局获悉，
东湖新区今年新建的三座口袋公园已于本周正式
对市民开放，三座公园总面积约1.2万平方米。

据介绍，三座公园均利用城市边角地改造而成，
园内设有健身步道、儿童游乐区和休憩座椅，并

{caption}

种植了樱花、桂花等乡土树种四十余种。园林部门
表示，今年还将在老城区新建口袋公园五座，让
市民出门五分钟就能走进绿地。
"""


@pytest.mark.parametrize("caption", [
    "市民在新开放的口袋公园里散步休闲。（本报记者 陈立新 摄）",
    # wrapped on the column's measure, the credit too
    "市民在新开放的口袋公园里散步休闲，孩子们在\n"
    "游乐区里追逐玩耍，老人在树荫下下棋。（记者\n陈立新 摄）",
    "市民在新开放的口袋公园里散步休闲。（新华社记者 王晓东 摄）",
])
def test_a_caption_with_its_credit_run_in_is_the_photos_not_the_storys(caption: str) -> None:
    """Chinese papers set the credit in brackets at the end of the caption: the block is
    the photo's caption, and the story around it stays whole."""
    page = _assembled(STORY_WITH_RUN_IN.format(caption=caption))
    assert len(page.articles) == 1
    story = "".join(page.articles[0].paragraphs)
    assert "口袋公园里散步" not in story
    assert "并种植了樱花" in story  # the sentence cut by the photo goes on
    assert [p.caption is not None and "散步" in p.caption for p in page.photos] == [True]


@pytest.mark.parametrize(("text", "credit"), [
    ("市民在公园里散步休闲。（本报记者 陈立新 摄）", True),
    ("市民在公园里散步休闲。（记者 陈立新摄）", True),
    ("活动将持续到本月底。（记者 陈立新）", False),  # a story's closing reporter: no photo
    ("活动将持续到本月底。（完）", False),
    ("市民可拨打热线（12345）咨询", False),
    ("摄影展在市美术馆开幕（记者 陈立新 摄）", False),  # no sentence before: a headline's
])
def test_a_run_in_credit_is_asked_of_the_profiles_credit_markers(text: str, credit: bool) -> None:
    assert (run_in_credit(text, ZH) is not None) is credit


def test_two_photos_stacked_each_keep_their_own_caption() -> None:
    """Caption, credit, caption, credit: the text between the two credits is the
    second photo's caption, the text before the first is the first's (it had been taken
    for the first photo's, and the first caption left in the story before)."""
    text = """市区道路完成夜间改造

本报讯 记者从市政部门获悉，中山路改造工程已于昨日全部完工，
道路通行能力提升三成，沿线公交站点也同步完成了改造。

青山县的农民在田间收割早稻。
本报记者 杨帆 摄

工人在高新区一家电子企业生产线上组装电路板。
通讯员 李沐阳 摄
"""
    page = _assembled(text)
    captions = sorted(p.caption or "" for p in page.photos)
    assert captions == ["工人在高新区一家电子企业生产线上组装电路板。",
                        "青山县的农民在田间收割早稻。"]
    assert all("早稻" not in "".join(a.paragraphs) for a in page.articles)
    kinds = [b.kind for b in classify(read_text(text, lang="zh")).blocks]
    assert kinds.count(BlockKind.CAPTION) == 2


def _assembled(text: str) -> Page:
    return assemble(order(classify(read_text(text, lang="zh"))))


def test_a_caption_set_wider_than_the_column_goes_on_to_its_end_over_the_credit() -> None:
    """``pdftotext`` writes a caption under a photo across columns right after the
    column's last line: its first line, wider than the column and left mid-sentence,
    goes on into the line that ends it over the credit; it is the photo's caption, not
    a headline with a stray tail. (A little wider than the column, as a photo set
    a little wider than its column is: far wider lines part from the column anyway.)"""
    text = """城北公园改造完工

本报讯（记者 陈立新）记者昨日从市园林局获悉，
城北公园改造工程已于本周完工，新建健身步道
两公里，增设休憩座椅一百余处，并补植乔木三
百余株，市民游园环境明显改善。
6月12日，市民在城北公园新建的健身步道上晨练散步
锻炼。
通讯员 李沐阳 摄

日前，市图书馆夏季阅读推广活动启动，活动期间
将举办亲子阅读、名家讲座等30余场活动。
"""
    blocks = classify(read_text(text, lang="zh")).blocks
    caption = [b.text.replace("\n", "") for b in blocks if b.kind is BlockKind.CAPTION]
    assert caption == ["6月12日，市民在城北公园新建的健身步道上晨练散步锻炼。"]
    page = _assembled(text)
    assert [p.caption for p in page.photos] == caption


def test_a_caption_that_stands_out_of_its_chunk_keeps_its_last_line() -> None:
    """Where short paragraph ends make the caption's first line stand out of its chunk
    (a line far wider than the chunk's middle one parts from it), the caption still
    goes on into the line that ends its sentence over the credit."""
    text = """园区新签约项目十二个

本报讯（记者 陈立新）本月12日，高新区举行重点项
目集中签约仪式，十二个项目现场签约。
据介绍，签约项目涵盖新能源、生物医药、智能
装备等领域，总投资超过六十亿元。
目前，园区已有规上企业一百余家，
今年产值有望突破百亿元。
6月12日，工人在高新区一家电子企业生产线上组装电路
板。
通讯员 杨帆 摄
"""
    blocks = classify(read_text(text, lang="zh")).blocks
    caption = [b.text.replace("\n", "") for b in blocks if b.kind is BlockKind.CAPTION]
    assert caption == ["6月12日，工人在高新区一家电子企业生产线上组装电路板。"]


def test_a_page_sets_its_captions_on_one_side_of_their_credits() -> None:
    """pdftotext writes a credit set over its caption before it, and a brief may end right
    above the credit: of two sentences beside the credit, the caption is on the side the
    page's other credit, with a caption on one side only, tells."""
    story = (
        "Board backs apartments on old mill site\n\n"
        "By RACHEL STEINBERG\n\n"
        "The Riverton Planning Board gave preliminary\n"
        "approval Wednesday to a 212-unit apartment\n"
        "complex on the site of the former Brandt mill,\n"
        "ending two years of hearings that drew some\n"
        "of the largest crowds the board has seen.\n"
        "The plan calls for three five-story buildings\n"
        "along the river and a public path running the\n"
        "length of the property.\n\n"
    )
    text = (
        story
        + "ALICIA MONTERO/RIVERTON DAILY PRESS\n\n"
        "The former Brandt Textile mill sits empty\n"
        "along the river on Tuesday.\n\n"
        "The Parks Department will open registration\n"
        "for fall youth soccer on Monday. Games are\n"
        "played Saturday mornings at Riverside Park.\n\n"
        "JORDAN PIKE/RIVERTON DAILY PRESS\n\n"
        "Volunteers plant marigolds in the median on\n"
        "Main Street on Saturday as part of the spring\n"
        "cleanup.\n"
    )
    page = ocr.process(text, lang="en", correct=False)
    assert [p.caption for p in page.photos] == [
        "The former Brandt Textile mill sits empty along the river on Tuesday.",
        "Volunteers plant marigolds in the median on Main Street on Saturday as part of"
        " the spring cleanup.",
    ]
    assert any(a.paragraphs and a.paragraphs[0].startswith("The Parks Department")
               for a in page.articles)


#: pdfminer's text of a justified story whose column ends right over a photo's credit,
#: the caption (set ragged) under the credit, then a brief: a justified line's widened
#: word spaces come out doubled, a caption's single.
STRETCHED_COLUMN_OVER_CREDIT = """Crews gain ground on wildfire as winds ease

By ELAINE MORROW
Associated Press

Firefighters  made  progress  Sunday
against  a  wildfire  that  has  burned
more than 40,000 acres in the hills,
as  calmer  winds  allowed  crews  to
build lines along its eastern edge.

At  least  86  homes  have  been
destroyed.  One  firefighter  suffered
a minor injury, officials said.

Forecasters  warned  that  dry,
gusty  winds  could  return  by
midweek.

JORDAN PIKE/RIVERTON DAILY PRESS

Volunteers plant marigolds in the
median on Main Street on Saturday as
part of the spring cleanup.

The  Riverton  Rotary  Club  will  hold
its  annual  pancake  breakfast  Sunday
at the Elks Lodge on Water Street.
"""


def test_a_column_set_out_to_its_measure_is_no_caption_beside_a_credit() -> None:
    """Two blocks beside the credit end a sentence; the one whose lines pdfminer wrote
    with doubled spaces is a justified column's end (the story's), the ragged one the
    caption, though the page tells no side of its credits."""
    page = ocr.process(STRETCHED_COLUMN_OVER_CREDIT, lang="en", correct=False)
    assert [p.caption for p in page.photos] == [
        "Volunteers plant marigolds in the median on Main Street on Saturday as part of"
        " the spring cleanup."]
    story = next(a for a in page.articles if a.headlines)
    assert story.paragraphs[-1].endswith("could return by midweek.")
    # pdftotext's text of the same page (single spaces) keeps the rule it had
    single = ocr.process(STRETCHED_COLUMN_OVER_CREDIT.replace("  ", " "), lang="en",
                         correct=False)
    assert [p.caption for p in single.photos] != [p.caption for p in page.photos]


def test_a_stretched_line_is_read_from_doubled_spaces_between_words() -> None:
    blocks = read_text(STRETCHED_COLUMN_OVER_CREDIT, lang="en").blocks
    lines = {ln.text: ln.stretched for b in blocks for ln in b.lines}
    assert lines["Forecasters warned that dry,"] is True
    assert lines["midweek."] is False
    assert lines["median on Main Street on Saturday as"] is False
    assert lines["JORDAN PIKE/RIVERTON DAILY PRESS"] is False


def test_two_credits_stacked_between_their_captions_are_two_photos() -> None:
    """pdfminer writes two photos set one over the other as caption, credit, credit,
    caption: the second credit opens the second photo, which takes the caption after
    it, instead of both credits going to the first photo."""
    text = (
        "Nurses at Mercy General vote to join union\n\n"
        "By ELAINE MORROW\n\n"
        "Registered  nurses  at  Mercy  General\n"
        "Hospital  voted  412  to  287  to  join\n"
        "the state nurses association.\n\n"
        "Nurses celebrate outside Mercy General Hospital after the results of\n"
        "the union vote were announced Thursday evening.\n\n"
        "BEN NAKAMURA/WESTFIELD COURIER\n\n"
        "ALICIA MONTERO/WESTFIELD COURIER\n\n"
        "Volunteers plant marigolds in the\n"
        "median on Main Street on Saturday.\n\n"
        "Police  are  asking  drivers  to  avoid\n"
        "Center  Street  on  Thursday  while\n"
        "crews replace a water main.\n"
    )
    page = ocr.process(text, lang="en", correct=False)
    assert sorted((p.caption or "", p.credit or "") for p in page.photos) == [
        ("Nurses celebrate outside Mercy General Hospital after the results of the union"
         " vote were announced Thursday evening.", "BEN NAKAMURA/WESTFIELD COURIER"),
        ("Volunteers plant marigolds in the median on Main Street on Saturday.",
         "ALICIA MONTERO/WESTFIELD COURIER"),
    ]


def test_photos_one_over_the_other_give_each_credit_the_caption_after_it() -> None:
    """pdftotext writes two photos set one over the other as credit, caption, credit,
    caption: the caption between the credits is the first credit's, and the second
    credit takes the caption after it (it had been left without one, its caption in a
    story of its own). A block after it that does not read as a caption (a brief's
    lead cut mid-sentence) is not taken instead."""
    text = (
        "Board backs apartments on old mill site\n\n"
        "By RACHEL STEINBERG\n\n"
        "The Riverton Planning Board gave preliminary approval Wednesday to a\n"
        "212-unit apartment complex on the site of the former Brandt mill,\n"
        "ending two years of hearings that drew some of the largest crowds the\n"
        "board has seen. The plan calls for three five-story buildings along\n"
        "the river, a parking garage tucked behind the old boiler house and a\n"
        "public path running the length of the property. Board members voted\n"
        "6-1 after the developer agreed to set aside 40 units for households.\n"
        "Construction could begin next spring if the state signs off.\n\n"
        "FRANK OSEI/RIVERTON DAILY PRESS\n\n"
        "Members of the Riverton Community Band perform at the gazebo on the\n"
        "town green on Thursday evening.\n\n"
        "ALICIA MONTERO/RIVERTON DAILY PRESS\n\n"
        "{after}\n"
    )
    mill = ("The former Brandt Textile mill sits empty along the river on Tuesday. The\n"
            "site has been vacant since 1998.")
    page = ocr.process(text.format(after=mill), lang="en", correct=False)
    assert sorted((p.credit or "", p.caption or "") for p in page.photos) == [
        ("ALICIA MONTERO/RIVERTON DAILY PRESS", mill.replace("\n", " ")),
        ("FRANK OSEI/RIVERTON DAILY PRESS", "Members of the Riverton Community Band perform"
         " at the gazebo on the town green on Thursday evening."),
    ]
    lead = ("A 23-year-old man was charged with drunken driving after his car struck\n"
            "a parked utility truck on Gardner Road early Sunday, police said. No")
    page = ocr.process(text.format(after=lead), lang="en", correct=False)
    assert not any(p.caption and "23-year-old" in p.caption for p in page.photos)


def test_two_credits_stacked_over_the_second_ones_caption_are_two_photos() -> None:
    """pdftotext writes two photos' credits one under the other, then the second photo's
    caption (the first one's caption stands elsewhere on the page): the caption is the
    nearer credit's alone."""
    text = (
        "FRANK OSEI/WESTFIELD COURIER\n\n"
        "The former Brandt Textile mill sits empty along the river on Tuesday.\n\n"
        "The Parks Department will open registration for fall youth soccer on\n"
        "Monday. Games for children ages 5 to 14 are played Saturday mornings at\n"
        "Riverside Park from September through October. Volunteer coaches are\n"
        "still needed for the youngest teams, and a clinic for new coaches will\n"
        "be held at the park's pavilion on the last Saturday of August. Uniforms\n"
        "are provided, and players bring their own shin guards and water bottles.\n"
        "Scholarships are available for families who qualify for free school\n"
        "lunch.\n\n"
        "ALICIA MONTERO/WESTFIELD COURIER\n\n"
        "JORDAN PIKE/WESTFIELD COURIER\n\n"
        "Members of the Westfield Community Band perform at the gazebo on the\n"
        "town green during the first concert of the summer series on Thursday.\n"
    )
    page = ocr.process(text, lang="en", correct=False)
    assert sorted((p.credit or "", p.caption or "") for p in page.photos)[:2] == [
        ("ALICIA MONTERO/WESTFIELD COURIER", ""),
        ("FRANK OSEI/WESTFIELD COURIER",
         "The former Brandt Textile mill sits empty along the river on Tuesday."),
    ]
    assert [p.caption for p in page.photos if p.credit == "JORDAN PIKE/WESTFIELD COURIER"] == [
        "Members of the Westfield Community Band perform"
        " at the gazebo on the town green during the first concert of the summer series"
        " on Thursday."]
