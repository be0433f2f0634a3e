"""A Chinese headline that asks (``…难在哪？``) over its deck and the story's byline.

A question mark ends a sentence, so a headline ending on one read as running text: the
story lost its headline and the headline ran into the story before it. A line of one
sentence ending on ``？`` or ``！`` right over a deck and a byline is the story's headline
(``heading_shape.cjk_question``, ``text_headings._heads_an_article``); a question inside
a story, over its paragraph, stays text. The pages are drawn here in extractor style.
"""

from __future__ import annotations

import ocr

BEFORE = """本报讯（记者 何平）昨天，市图书馆新馆试运行，首日接待读者三千余人
次。新馆设有少儿阅览区、自习区和数字体验区，藏书八十余万册。
"""

HEADING = """老旧小区加装电梯难在哪？
全市已加装326部，低层住户意见不一仍是主要障碍
"""

STORY = """本报讯（记者 罗文 通讯员 施佳）“爬了二十多年楼梯，
现在终于能坐电梯回家了。”11月18日，家住城西区桂园小区的
七十六岁居民范大爷说。
据市住房和城乡建设局统计，今年全市老旧小区已加装电梯326部，
惠及居民一万二千余户。
"""

INSIDE = """钱从哪里来？
加装一部电梯约需四十万元，除财政补贴外，其余由业主按楼层分摊。
"""

LATER = """本报讯（记者 钱敏）记者从市气象台获悉，本周后期将有一次降温过程，
市民注意添衣保暖。
"""

# pdftotext: the headline and its deck in one paragraph, over the byline's
GLUED = "\n".join([BEFORE, "民生调查\n", HEADING, STORY, INSIDE, LATER])
# pdfminer: the headline, its deck and the label each a paragraph of its own
APART = "\n".join([BEFORE, "民生调查\n", *HEADING.splitlines(keepends=True), STORY, INSIDE, LATER])


def _story(page: ocr.Page) -> ocr.Article:
    return next(a for a in page.articles if "加装电梯326部" in "".join(a.paragraphs))


def _headings(article: ocr.Article) -> list[str]:
    return [h for h in (article.kicker, *article.headlines, article.subheadline) if h]


def test_question_headline_glued_to_its_deck_heads_the_story() -> None:
    page = ocr.process(GLUED, lang="zh", correct=False)
    heads = _headings(_story(page))
    assert "老旧小区加装电梯难在哪？" in heads
    assert "全市已加装326部，低层住户意见不一仍是主要障碍" in heads
    before = next(a for a in page.articles if "市图书馆新馆" in "".join(a.paragraphs))
    assert not any("难在哪" in p for p in before.paragraphs)


def test_question_headline_apart_from_its_deck_heads_the_story() -> None:
    page = ocr.process(APART, lang="zh", correct=False)
    assert "老旧小区加装电梯难在哪？" in _headings(_story(page))


def test_question_inside_a_story_over_its_paragraph_is_no_headline() -> None:
    for text in (GLUED, APART):
        page = ocr.process(text, lang="zh", correct=False)
        assert not any("钱从哪里来？" in h for a in page.articles for h in _headings(a))
