"""A story signed by the paper's correspondent (``本报通讯员 贺晓川``) opens an item.

The paper's correspondent signs a story on a line of its own as its reporter does
(``本报记者 邵敏``); read as running text, the line and the story under it ran on from the
story above. A headline that quotes a speaker (``七旬渔民：“江里的鱼，要留给子孙”``) holds
a comma inside the quotation and fills a narrow column, so its shape alone says nothing;
right over the byline it is the story's headline (``decks.deck_over_lead``), whether the
byline is a block of its own (pdfminer) or runs into the text (pdftotext).
"""

from __future__ import annotations

from conftest import article_holding

import ocr

ABOVE = """市图书馆少儿阅览室改造后开放
本报记者 邵敏
3月11日，市图书馆少儿阅览室完成
改造，新增绘本区和亲子阅读区，藏书增
加到两万余册。
阅览室每周二至周日开放，周末上午
安排故事会，家长可带孩子免费参加。"""

KICKER = "人物"
HEAD = "七旬渔民：“江里的鱼，要留给子孙”"
BYLINE = "本报通讯员 贺晓川"
STORY = """禁渔期第一天，72岁的老渔民
宋长根把自家的两条渔船拖上了岸。他
在江上打了五十多年鱼，如今成了镇上
护渔队年纪最大的队员。
每天清晨，宋长根都要沿着江堤走
上一圈，看看有没有人偷偷下网。“鱼
少了，是我们这一代人欠下的。”"""


def _pdfminer() -> str:
    return "\n\n".join([ABOVE, KICKER, HEAD, BYLINE, STORY])


def _pdftotext() -> str:
    return "\n\n".join([ABOVE, KICKER, HEAD + "\n" + BYLINE + "\n" + STORY])


def test_correspondent_opens_his_story_under_its_headline() -> None:
    for text in (_pdfminer(), _pdftotext()):
        page = ocr.process(text, lang="zh", correct=False)
        story = article_holding(page, "护渔队")
        assert story.byline is not None and story.byline.replace(" ", "") == "本报通讯员贺晓川"
        assert HEAD in story.headlines
        assert "阅览室" not in "".join(story.paragraphs)
        above = article_holding(page, "阅览室")
        assert "护渔队" not in "".join(above.paragraphs)


def test_correspondent_credit_stays_a_credit() -> None:
    """``本报通讯员 贺晓川 摄`` under a caption credits a photo: no byline."""
    caption = "禁渔期首日，护渔队员在江堤巡查。\n本报通讯员 贺晓川 摄"
    page = ocr.process("\n\n".join([ABOVE, caption]), lang="zh", correct=False)
    assert all((a.byline or "").replace(" ", "") != "本报通讯员贺晓川" for a in page.articles)
