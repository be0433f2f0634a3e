"""A photo's title written among another story's headings.

Where a photo stands beside a story's heading rows, pdftotext and pdfminer read across
the page and write the photo's short title where its height falls: between the story's
headline and its deck, or under the headline as if it were the deck; the caption and
credit come far below. The title names what the caption tells and shares nothing with
the story (``photo_titles.titles_by_terms``). The pages are drawn here in extractor style.
"""

from __future__ import annotations

import ocr

STORY = """本报讯（记者 孙伟）记者从市交通运输局获悉，为缓解城北片区早晚
高峰拥堵，今年全市新开通定制公交线路8条，日均服务乘客约6000人
次，市民可通过手机预约座位，一人一座、准点发车。
据介绍，定制公交主要连接大型居住区与产业园区，票价按里程计算，
最低2元。明年还将根据市民出行需求继续增开线路。
"""

LATER = """本报讯（记者 周敏）近日，市图书馆少儿阅览室完成改造并重新开放，
新增绘本图书1.2万册，设置亲子共读区和低龄幼儿活动区，周末每天
开放至晚上8时。
"""

PHOTO = """12月2日，少年棋手在市少儿围棋公开赛中专心对弈。
记者 林涛 摄
"""


def _page(headings: str) -> str:
    return "\n".join([headings, STORY, LATER, PHOTO])


# the title between the headline and its deck
BETWEEN = _page("定制公交新开8条线路\n\n棋盘少年\n\n日均服务乘客约6000人次，明年继续增开\n")
# the title under the headline, where a deck would stand
UNDER = _page("交通\n\n定制公交新开8条线路\n\n棋盘少年\n")
# a short deck the caption tells nothing of stays the story's
SHORT_DECK = _page("定制公交新开8条线路\n\n明年继续增开\n")


def _story(page: ocr.Page) -> ocr.Article:
    return next(a for a in page.articles if "定制公交主要连接" in "".join(a.paragraphs))


def _headings(article: ocr.Article) -> tuple[str, ...]:
    return tuple(h for h in (article.kicker, *article.headlines, article.subheadline) if h)


def test_title_between_a_headline_and_its_deck_goes_to_the_photo() -> None:
    page = ocr.process(BETWEEN, lang="zh", correct=False)
    (photo,) = page.photos
    assert photo.title == "棋盘少年"
    assert set(_headings(_story(page))) == {
        "定制公交新开8条线路", "日均服务乘客约6000人次，明年继续增开"}
    assert not any("棋盘少年" in h for a in page.articles for h in _headings(a))


def test_title_under_a_headline_is_no_deck() -> None:
    page = ocr.process(UNDER, lang="zh", correct=False)
    (photo,) = page.photos
    assert photo.title == "棋盘少年"
    assert "定制公交新开8条线路" in _story(page).headlines
    assert not any("棋盘少年" in h for a in page.articles for h in _headings(a))


def test_short_deck_the_caption_does_not_tell_stays_with_its_story() -> None:
    page = ocr.process(SHORT_DECK, lang="zh", correct=False)
    (photo,) = page.photos
    assert photo.title is None
    assert "明年继续增开" in _headings(_story(page))
