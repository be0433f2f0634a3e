"""A photo whose credit is set under the frame, over the caption: written credit first,
the photo ends at its caption's last sentence.

What an extractor writes after that caption stands under the photo: another photo's
caption (``（李青 摄）`` / ``…露天电影。`` / ``12月6日，…出发。`` / ``新华社记者 钟岳 摄``),
or the heading of the story set below (``Photograph by …`` / caption / ``LIBRARY`` /
the story), which is no title of the photo: a title stands over the frame.
"""

from __future__ import annotations

import ocr

ZH_PAGE = """本报讯（记者 严小川）3月10日，记者
从市农业农村局获悉，全市今年早稻
种植面积预计达到42万亩。

（李青 摄）

滨江公园的樱花进入盛花期，市民在花下拍照留念。

3月12日，参加春季长跑赛的选手从市民广场出发。

新华社记者 钟岳 摄

招领启事

3月11日，市民在8路公交车上拾到
钱包一个，请失主到公交服务中心认领。
"""


def test_a_caption_after_a_credit_first_photo_is_the_next_photos() -> None:
    page = ocr.process(ZH_PAGE, lang="zh", correct=False)
    run = next(p for p in page.photos if p.caption and "长跑" in p.caption)
    assert "樱花" not in run.caption
    assert run.credit is not None and run.credit.replace(" ", "") == "新华社记者钟岳摄"
    blossom = next(p for p in page.photos if p.caption and "樱花" in p.caption)
    assert blossom.credit is not None and "李青" in blossom.credit


EN_PAGE = """Tickets are $18 for adults and $9 for
students, and may be bought at the door
or from the box office.

Photograph by Ana Ruiz

Volunteers stack sandbags along the riverbank on Water Street on Tuesday.

LIBRARY

Marta Lind has run the Millbrook Public Library for 31 years. On Friday she
retires, and the town is throwing her a party in the reading room.
"""


def test_a_heading_under_a_credit_first_photo_is_the_storys() -> None:
    page = ocr.process(EN_PAGE, lang="en", correct=False)
    photo = next(p for p in page.photos if p.credit)
    assert photo.caption is not None and photo.caption.startswith("Volunteers")
    assert photo.title != "LIBRARY"
    lind = next(a for a in page.articles if "Marta Lind" in "".join(a.paragraphs))
    assert "LIBRARY" in (lind.kicker, *lind.headlines)
