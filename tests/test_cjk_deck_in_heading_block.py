"""A Chinese headline and its deck written as one block (pdftotext, no blank line between
them), the deck holding a comma and as wide as a column's line: the block is still a
heading over the byline under it, since its headline line falls short of the measure by
more than a paragraph's first line and ends no sentence, which no line of running text
does. A column's last two lines over the next story's byline stay running text."""

from __future__ import annotations

import ocr

COLUMN = ("记者从市交通运输局获悉，全市新一轮城乡\n"
          "客运一体化改造已完成，新开通镇村公交线路\n"
          "14条，农村客运班线公交化率达到九成以上。\n"
          "市交通运输局有关负责人表示，下一步将继\n"
          "续优化站点布局，方便群众就近乘车出行。\n")

PAGE = ("第4版\n\n民生\n\n2026年3月9日 星期一\n\n"
        "城乡公交一体化改造完成\n"
        "新开镇村公交线路14条，全程票价统一为2元\n"
        "本报讯（记者 孔德明）" + COLUMN + "\n"
        "今年以来，全市累计更新新能源公交车三百二十辆，\n"
        "市区公交车辆全部实现清洁能源化。\n\n"
        "本报讯（记者 邵佳宁）记者从市文化广电旅游局获悉，\n"
        "春季赏花游线路日前发布，共推出精品线路六条。\n")

TAIL = ("第4版\n\n民生\n\n2026年3月9日 星期一\n\n"
        "城乡公交一体化改造完成\n\n"
        "本报讯（记者 孔德明）" + COLUMN + "\n"
        "车站候车亭将于年内全部完成更新改造\n"
        "工作，所需资金由市县两级财政共同承担，\n\n"
        "本报讯（记者 邵佳宁）记者从市文化广电旅游局获悉，\n"
        "春季赏花游线路日前发布，共推出精品线路六条。\n")


def test_a_deck_with_a_comma_under_its_headline_in_one_block() -> None:
    page = ocr.process(PAGE, lang="zh", correct=False)
    art = next(a for a in page.articles if "镇村公交" in "".join(a.paragraphs))
    heads = (art.kicker, *art.headlines, art.subheadline)
    assert "城乡公交一体化改造完成" in heads
    assert "新开镇村公交线路14条，全程票价统一为2元" in heads
    assert not any("票价统一" in p for p in art.paragraphs)


def test_a_columns_last_lines_over_a_byline_stay_running_text() -> None:
    page = ocr.process(TAIL, lang="zh", correct=False)
    heads = [h for a in page.articles for h in (a.kicker, *a.headlines, a.subheadline) if h]
    assert not any("候车亭" in h for h in heads)
