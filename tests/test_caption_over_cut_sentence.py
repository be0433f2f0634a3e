"""A photo's caption written over a piece of the column beside the photo, the piece right
over the photo's credit; a sentence's rest over a credit with the caption under it.

An extractor that writes a box at a time (pdfminer) writes the column beside a photo
between the photo's caption and its credit, cut where the frame stands: caption /
``本报讯…不宜出海作业，`` / ``海水养殖户要注意防范。`` / credit, or caption (set wider than
the column) / a paragraph on the column's measure / credit. The block right over the
credit ends a sentence, as a caption does, and was taken for the caption; the real
caption was read into the story. ``caption_places.caption_over_column`` gives the credit the
short caption over the piece, and ``photo_joins.credit_past_column`` puts the caption and its
credit in one photo. Of two blocks beside a credit that end a sentence, the one that is
the rest of a sentence left open over it (``caption_places.sentence_rest``) is the column's.
Lines laid out again from a grid (``Page.from_grid``) are not asked. Census and figures:
docs/text-path.md, fortieth session, branch tx47zh.
"""

from __future__ import annotations

import dataclasses

import ocr
from ocr.pipeline import default_stages, run_stages
from ocr.profiles import load_profile
from ocr.readers.text import read_text

PAGE = """东屿港集装箱吞吐量首破千万标箱

本报讯 12月10日10时18分，随着一只装载冷冻虾仁
的40英尺集装箱被吊上货轮，东屿港今年集装箱吞吐
量突破1000万标箱。

市港口集团总经理柯建明介绍，今年以来，东屿港新
开通外贸航线9条，通达全球43个国家和地区。

斑海豹“小雪”回到大海。

本报讯 据市海洋预报台预报，11日夜里至12
日，东屿近海浪高3至4米，不宜出海作业，

海水养殖户要注意防范。

市海洋馆供图

船期信息

东屿至白沙澳航线每天08:00、14:00各开一班，受寒潮影响停航时另行通知。
"""

#: The same shape with a story's paragraph of four lines where the caption stood: the
#: block right over the credit is the photo's caption (a real one, after a column cut
#: mid-sentence), and the paragraph stays the story's.
PARAGRAPH_OVER = """邻里纠纷

二审期间，法院依法委托专业机构进
行房屋安全鉴定。鉴定意见显示，钱某拆
除的是非承重墙，裂缝主要系墙体材料
收缩所致，与装修没有因果关系。

二审法院审理认为，侵权责任的成立须
以因果关系为前提，顾某提交的证据不足以

长颈鹿宝宝在妈妈身边玩耍。

图/市动物园提供

潮汐预报

明日高潮时间为7时12分和19时40分，请沿海市民注意安全。
"""


def test_caption_over_a_cut_sentence_is_the_credits() -> None:
    page = ocr.process(PAGE, lang="zh", correct=False)
    photo = next(p for p in page.photos if p.credit)
    assert photo.caption == "斑海豹“小雪”回到大海。"
    assert (photo.credit or "").replace(" ", "") == "市海洋馆供图"
    text = "".join("".join(a.paragraphs) for a in page.articles)
    assert "回到大海" not in text
    assert "不宜出海作业，海水养殖户要注意防范。" in text.replace(" ", "")


def test_a_paragraph_over_the_cut_sentence_stays_the_storys() -> None:
    page = ocr.process(PARAGRAPH_OVER, lang="zh", correct=False)
    photo = next(p for p in page.photos if p.credit)
    assert photo.caption == "长颈鹿宝宝在妈妈身边玩耍。"
    assert all("鉴定意见" not in (p.caption or "") for p in page.photos)
    text = "".join("".join(a.paragraphs) for a in page.articles)
    assert "鉴定意见显示" in text


#: A caption set wider than the column, a paragraph of the column on its measure, the
#: credit (pdfminer's order).
WIDE_OVER_PARAGRAPH = """安置小区规划公示

本报讯 12月14日，市自然资源和规划局对城
东旧砖厂地块安置小区规划方案进行批前公
示，公示期为10个工作日。

12月14日，获救渔民被送上岸，等候的医护人员为他们做检查。

比赛全程180公里，共有来自国内外的
146名车手参赛。当天湖面风大，车队
很早就被拉散。

图/邢海

出行问题受关注

本报讯 今年以来，市民对公交线路调整的意见集中在早晚高峰的发车间隔上。
"""

#: A sentence's rest right over the credit, the caption under it.
REST_OVER_CREDIT = """比赛成绩

男子200米直道竞速：冠军澜溪市
队；亚军江口市队；季军

白河市队。女子500米直道竞速：冠
军江口市队；亚军澜溪市队。

本报资料图片

云台村的蓄水池（2019年摄）。

让群众“等不起”的事快起来

本报评论员 透水事故发生后，被困矿工的家属在井口守了整整两天两夜。
"""


def test_wide_caption_over_a_paragraph_is_the_credits() -> None:
    page = ocr.process(WIDE_OVER_PARAGRAPH, lang="zh", correct=False)
    photo = next(p for p in page.photos if p.credit)
    assert photo.caption == "12月14日，获救渔民被送上岸，等候的医护人员为他们做检查。"
    text = "".join("".join(a.paragraphs) for a in page.articles)
    assert "比赛全程180公里" in text
    assert "获救渔民" not in text


def test_a_sentences_rest_over_the_credit_is_no_caption() -> None:
    page = ocr.process(REST_OVER_CREDIT, lang="zh", correct=False)
    photo = next(p for p in page.photos if p.credit)
    assert photo.caption == "云台村的蓄水池（2019年摄）。"
    assert all("白河市队" not in (p.caption or "") for p in page.photos)


def _captions(page: ocr.Page) -> list[str | None]:
    prof = load_profile(None)
    return [p.caption for p in run_stages(page, default_stages(prof, correct=False),
                                          prof).photos]


def test_lines_laid_out_again_are_not_asked() -> None:
    """On a grid laid out again a block's lines may hold a neighbouring column's pieces:
    its measure is not the column's, and the rules keep to the extractor's own lines."""
    written = read_text(PAGE, lang="zh")
    assert not written.from_grid
    assert "斑海豹“小雪”回到大海。" in _captions(written)
    assert "斑海豹“小雪”回到大海。" not in _captions(dataclasses.replace(written,
                                                                   from_grid=True))
