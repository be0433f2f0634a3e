"""A Chinese story signed on a line of its own (``本报记者 …``) under its headline, whose
text pdftotext writes later, after what stands beside the headline: a brief that opens
with its own ``本报讯（…）`` is no second writer of the story, and the story's text,
opening a paragraph after the brief's last sentence and talking of the headline, is the
signed story's, not the brief's second paragraph."""

from __future__ import annotations

import ocr

PAGE = """第6版

城事

2026年4月14日 星期二

老旧小区改造惠及两万余户居民
今年改造项目全部开工
本报记者 钟一鸣

本报讯（通讯员 黎晓 记者 蒋川）
近日，市图书馆推出“你借书、我送
书”服务，读者在网上选书后，可由快
递员送书上门，每人每次限借3册，借
期30天。

上午9点，在城南花园小区，工
人们正在为老楼加装电梯，旧小区改
造后的新楼道干净明亮。家住4楼的
王阿姨说，过去上下楼要歇好几次，
现在再也不发愁了。
据市住建局介绍，今年全市共有老
旧小区改造项目86个，已全部开工，
完工后将惠及居民两万余户。
"""


def _article(page: ocr.Page, words: str) -> ocr.Article:
    return next(a for a in page.articles if words in "".join(a.paragraphs))


def test_a_brief_with_its_own_opening_is_no_second_writer() -> None:
    page = ocr.process(PAGE, lang="zh", correct=False)
    brief = _article(page, "送书上门")
    assert brief.byline is not None and "钟一鸣" not in brief.byline
    assert not any("加装电梯" in p for p in brief.paragraphs)


def test_the_signed_storys_text_written_later_is_its_own() -> None:
    page = ocr.process(PAGE, lang="zh", correct=False)
    story = _article(page, "加装电梯")
    assert story.byline == "本报记者钟一鸣"
    assert "老旧小区改造惠及两万余户居民" in story.headlines
    assert "惠及居民两万余户" in "".join(story.paragraphs)


def test_a_briefs_second_paragraph_stays_the_briefs() -> None:
    """After the brief's last sentence, a paragraph that does not talk of the signed
    story's headline is the brief's own (the story's text comes later still)."""
    text = PAGE.replace("期30天。\n\n上午9点", "期30天。\n\n读者可在图书馆公众号上下单，\n"
                        "满30元免运费，逾期将暂停借阅资格\n一个月。\n\n上午9点")
    page = ocr.process(text, lang="zh", correct=False)
    brief = _article(page, "送书上门")
    assert "暂停借阅资格" in "".join(brief.paragraphs)
