"""Headline groups written stacked with no text between them (``ocr.stacked_headings``):
a deck read after the next story's headline goes with the story its words name."""

from __future__ import annotations

import ocr

#: Two stories side by side, read row by row: the left story's headline, the right
#: story's, the left story's deck; then the right story's text, then the left one's.
ROWS_ACROSS = """Judge sides with county in landfill contract dispute

Harbor ferry adds evening sailings to Pine Island

{deck}

By GRETA NILSSON
Courier Staff Writer

Ferry riders will be able to leave Pine Island as late as 10 p.m.
starting next month, when the harbor authority adds two evening
sailings to its winter timetable.
The authority said ridership on the island route rose by a fifth
this year, and that crews had asked for later runs.

By HOLLIS PRYCE
Courier Staff Writer

A Superior Court judge ruled Monday that the county may end its
landfill contract with a private hauler, rejecting the company’s
claim that officials broke the deal by changing routes.
The hauler has thirty days to file an appeal, its lawyers said.
"""


def _headings(page: ocr.Page, opening: str) -> tuple[str, ...]:
    article = next(a for a in page.articles if a.paragraphs[0].startswith(opening))
    return (*article.headlines, *((article.subheadline,) if article.subheadline else ()))


def test_a_deck_after_the_next_storys_headline_goes_with_the_story_it_names() -> None:
    """The deck shares one word (``hauler``) with the court story and none with the
    ferry story read right under the stack: it is the court story's, not the ferry's."""
    deck = "Hauler calls the decision unfair to its many drivers"
    page = ocr.process(ROWS_ACROSS.format(deck=deck), lang="en", correct=False)
    assert deck in _headings(page, "A Superior Court judge")
    assert _headings(page, "Ferry riders") == ("Harbor ferry adds evening sailings to Pine Island",)


def test_a_deck_whose_words_do_not_tell_stays_in_the_order_written() -> None:
    """Sharing a word with the court story and two with the ferry story (``next``,
    ``winter``), the deck stays with the story read under it."""
    deck = "Hauler weighs a costly next step before winter"
    page = ocr.process(ROWS_ACROSS.format(deck=deck), lang="en", correct=False)
    assert deck in _headings(page, "Ferry riders")
    assert _headings(page, "A Superior Court judge") == (
        "Judge sides with county in landfill contract dispute",)


#: pdfminer's order for two stories side by side under their section labels: both
#: headlines, then both labels, then the texts.
LABELS_AFTER = """2026年3月12日 星期四

城南新建三座口袋公园

老艺人周福生捐出百件皮影

园林

非遗

本报讯（记者 方晓婷）城南区今年新建的三座口袋公园近日
全部开放，每座口袋公园面积不足一千平方米，设有座椅、步道
和儿童游戏区，方便附近居民就近休闲。

本报讯（记者 罗志成）年过八旬的皮影老艺人周福生日前将
自己收藏多年的一百件皮影捐给市博物馆，其中最早的一件制作于
清代末年。博物馆表示，将为这批皮影举办专题展览。
"""


def test_labels_written_after_two_headlines_go_to_their_stories_in_turn() -> None:
    """Two letters tell nothing by their words; as many labels as headlines, in the
    headlines' order, head the stories in turn (none left over, none on the first)."""
    page = ocr.process(LABELS_AFTER, lang="zh", correct=False)
    park = _headings(page, "城南区今年新建")
    shadow = _headings(page, "年过八旬")
    assert "园林" in park and "非遗" not in park
    assert "非遗" in shadow and "园林" not in shadow
    assert not page.orphans


#: A brief's headline set beside a story's label and headline, read across with them:
#: the label, the brief's headline, the story's headline; then the brief, then the story.
BRIEF_READ_ACROSS = """2026年3月12日 星期四

教育

西街一带明日停水

城北新建两所小学
秋季开学

因供水管道抢修，3月13日9时至15时，西大街及周边
路段将暂停供水，请沿线单位和居民提前储水。

本报讯（记者 方晓婷）记者从市教育局获悉，城北新区
两所新建小学主体工程已经完工，今年秋季开学后可提供
学位2700个，将缓解城北新区小学入学压力。
两所小学均按照省级标准建设，配有运动场和图书馆。
"""


def test_a_brief_headline_read_across_a_storys_heading_heads_the_text_under_it() -> None:
    """The brief's headline shares no word pair with either text (``停水`` /
    ``暂停供水``), the headline under it clearly heads the later story: the brief's
    headline heads the brief right under the group, the label stays the story's."""
    page = ocr.process(BRIEF_READ_ACROSS, lang="zh", correct=False)
    brief = next(a for a in page.articles if a.paragraphs[0].startswith("因供水管道抢修"))
    school = next(a for a in page.articles if "城北新区" in a.paragraphs[0])
    assert brief.headlines == ("西街一带明日停水",)
    assert school.kicker == "教育"
    assert school.headlines == ("城北新建两所小学",)
