"""A Chinese deck written as a block of its own between its headline and the story's
byline (pdfminer writes each text box a block), holding a comma and as wide as a
column's line: it is the story's deck, not a one-line story of its own
(``decks.deck_over_lead``); so is one wrapped onto a short line of its own, in the block or
apart from it (``decks.deck_under_heading``, ``text_headings._over_lead``). A column's line
cut mid-clause that an extractor wrote there stays running text."""

from __future__ import annotations

import ocr

STORY = ("本报讯（记者 孔德明）记者从市交通运输局获悉，全\n"
         "市新一轮城乡客运一体化改造已完成，新开通镇村公\n"
         "交线路14条，农村客运班线公交化率达到九成以上。\n"
         "市交通运输局有关负责人表示，下一步将继续优化站\n"
         "点布局，方便群众就近乘车出行。\n")

OTHER = ("本报讯（记者 邵佳宁）记者从市文化广电旅游局获悉，\n"
         "春季赏花游线路日前发布，共推出精品线路六条，涵\n"
         "盖全市主要赏花景点。\n")

PAGE = ("第4版\n\n民生\n\n2026年3月9日 星期一\n\n"
        "城乡公交一体化改造完成\n\n"
        "新开镇村公交线路14条，客运全程票价统一为2元\n\n" + STORY + "\n" + OTHER)

CUT = ("第4版\n\n民生\n\n2026年3月9日 星期一\n\n"
       "城乡公交一体化改造完成\n\n"
       "车站候车亭更新改造所需资金由市县共同承担，\n\n" + STORY + "\n" + OTHER)


def _heads(article: ocr.Article) -> tuple[str | None, ...]:
    return (article.kicker, *article.headlines, article.subheadline)


def test_a_deck_of_its_own_between_headline_and_byline() -> None:
    page = ocr.process(PAGE, lang="zh", correct=False)
    art = next(a for a in page.articles if "镇村公" in "".join(a.paragraphs))
    assert "城乡公交一体化改造完成" in _heads(art)
    assert "新开镇村公交线路14条，客运全程票价统一为2元" in _heads(art)
    assert not any("票价统一" in "".join(a.paragraphs) for a in page.articles)


def test_a_line_cut_mid_clause_over_a_byline_is_no_deck() -> None:
    page = ocr.process(CUT, lang="zh", correct=False)
    heads = [h for a in page.articles for h in _heads(a) if h]
    assert not any("候车亭" in h for h in heads)


# The deck wrapped: its last words on a short line (pdftotext: one block; pdfminer writes
# the two lines apart).
WRAPPED = ("第4版\n\n民生\n\n2026年3月9日 星期一\n\n"
           "城乡公交一体化改造完成\n\n"
           "新开镇村公交线路14条，城乡客运班线全程票价\n统一为2元\n\n" + STORY + "\n" + OTHER)
WRAPPED_APART = WRAPPED.replace("票价\n统一", "票价\n\n统一")


def test_a_deck_wrapped_onto_a_short_line_is_the_deck() -> None:
    for text in (WRAPPED, WRAPPED_APART):
        page = ocr.process(text, lang="zh", correct=False)
        art = next(a for a in page.articles if "镇村公" in "".join(a.paragraphs))
        assert "城乡公交一体化改造完成" in _heads(art)
        assert not any("票价" in "".join(a.paragraphs) for a in page.articles)
