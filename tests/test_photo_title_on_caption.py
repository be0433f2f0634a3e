"""A photo's title written on top of its caption in one paragraph, beside the credit, and
a brief's headline written right after a photo's credit.

pdftotext and pdfminer write a photo's title and caption as one paragraph (``冬日暖阳`` /
``12月3日，市民在…``), the credit before it or after it: the title ran into the caption
(``readers.textphoto``). A headline after the credit over a brief that opens at once,
which the caption shares no letter pair with and the brief does, is the brief's, not the
photo's title (``photo_titles._names_story``). The pages are drawn here in extractor
style.
"""

from __future__ import annotations

import ocr
from ocr.readers.textphoto import caption_before, title_on_caption

STORY = """本报讯（记者 王明）昨天上午，城南区举行冬季长跑比赛，来自全区的
八百余名长跑爱好者参加比赛。比赛分为全程和半程两个组别，赛道沿
江滨路设置，沿途设有补给站六个。
"""

LAST = """本报讯（记者 赵丽）记者从市交通局获悉，今年全市新建公交站亭一百
二十个，更换老旧站牌三百余块，方便市民候车出行。
"""

TITLE_AND_CAPTION = """冬日暖阳
12月3日，市民在江滨公园晒太阳、散步，享受冬日的温暖时光。
"""

CREDIT = "记者 李强 摄\n"

# credit, then title and caption in one paragraph (pdftotext)
CREDIT_FIRST = "\n".join([STORY, CREDIT, TITLE_AND_CAPTION, LAST])
# title and caption, then the credit (pdfminer)
CREDIT_LAST = "\n".join([STORY, TITLE_AND_CAPTION, CREDIT, LAST])

# a photo of a bridge, then a brief's headline after its credit, the brief under it
BRIEF_AFTER_CREDIT = "\n".join([
    STORY,
    "11月5日，工人在江心大桥施工现场进行桥面铺装作业。\n通讯员 陈涛 摄\n",
    "部分路段今晚封闭\n因管道维修，11月6日22时至次日\n6时，江滨路部分路段将封闭施工，\n"
    "请过往车辆提前绕行，给出行带来\n不便，敬请谅解。\n",
    LAST,
])

# the credit's caption written before it, then a crosshead over the story's paragraph
CROSSHEAD_AFTER_CREDIT = "\n".join([
    STORY,
    "社区义诊\n12月1日，医生在城南社区为居民测量血压。\n",
    CREDIT,
    "明年再建三处\n据了解，明年城南区将在东坝、北湖等地再建三处健身步道，\n总长约十二公里。\n",
    LAST,
])


def test_title_written_after_the_credit_is_parted_from_its_caption() -> None:
    page = ocr.process(CREDIT_FIRST, lang="zh", correct=False)
    (photo,) = page.photos
    assert photo.title == "冬日暖阳"
    assert photo.caption is not None and photo.caption.startswith("12月3日，")
    assert photo.credit is not None and "李强" in photo.credit
    assert not any("冬日暖阳" in h for a in page.articles for h in a.headlines)


def test_title_written_over_its_caption_before_the_credit() -> None:
    page = ocr.process(CREDIT_LAST, lang="zh", correct=False)
    (photo,) = page.photos
    assert photo.title == "冬日暖阳"
    assert photo.caption is not None and photo.caption.startswith("12月3日，")


def test_headline_after_a_credit_heads_the_brief_under_it() -> None:
    page = ocr.process(BRIEF_AFTER_CREDIT, lang="zh", correct=False)
    (photo,) = page.photos
    assert photo.title is None
    brief = next(a for a in page.articles if "管道维修" in "".join(a.paragraphs))
    assert brief.headlines == ("部分路段今晚封闭",)


def test_crosshead_after_a_credit_with_its_caption_stays_in_place() -> None:
    page = ocr.process(CROSSHEAD_AFTER_CREDIT, lang="zh", correct=False)
    captions = [p.caption for p in page.photos]
    assert any(c is not None and c.startswith("12月1日，医生") for c in captions)
    assert not any(c is not None and "据了解" in c for c in captions)


def test_what_reads_as_a_title_on_a_caption() -> None:
    assert title_on_caption(["少年追风", "11月22日，选手在公路赛中奋力骑行。"])
    # a headline over a brief's lines that go on, or a line with a clause mark, is not
    assert not title_on_caption(["部分路段今晚封闭", "因管道维修，11月6日22时至次日6时，"])
    assert not title_on_caption(["冬日暖阳", "晒太阳。"])  # no narrower than its caption
    # a story's last line, which goes on from its column, is no caption before a credit
    assert not caption_before([["“我们希望让老人在熟悉的环"], ["境里安享晚年。”他说。"]])
    assert caption_before([["社区义诊"], ["12月1日，医生在城南社区为居民测量血压。"]])


def test_a_credit_over_its_caption_is_no_title() -> None:
    page = ocr.process("\n".join([STORY, "记者 李强 摄\n12月3日，市民在江滨公园晒太阳。\n",
                                  "通讯员 陈涛 摄\n", LAST]), lang="zh", correct=False)
    assert all(p.title is None for p in page.photos)
