"""A Chinese headline with a comma, wrapped over two short lines, written apart from its story.

A narrow headline wraps (``唱票声中，新一届`` / ``村委会选出来了``), and where the
extractor writes a photo's caption and credit between it and its story, nothing under
it says it is a heading (a letter to the editor follows): its comma made it running
text. Its lines stand far short of
a column's, as no paragraph's two lines do (``cjk_heading_lines.wrapped_with_comma``).
Drawn here in pdftotext's style.
"""

from __future__ import annotations

import ocr

BEFORE = """本报讯（记者 何平）昨天，市图书馆新馆试运行，首日接待读者三千余人
次。新馆设有少儿阅览区、自习区和数字体验区，藏书八十余万册，
周末开放至晚上九时。
"""

HEADLINE = """社区治理

停车难题破解，老小区
多出百个车位
"""

PHOTO = """12月1日，市民在城南公园健身步道上晨练。
记者 李强 摄
"""

STORY = """本报讯（记者 罗文）记者昨天从城西区获悉，桂园小区利用闲置空地和
边角地块改建停车场，新增停车位一百零六个，居民停车难问题得到缓解。
据介绍，改造方案经居民议事会三次讨论，停车收费标准由业主共同商定。
"""

OTHER = """读者来信

编辑同志：我家门口的公交站没有候车亭，下雨天候车很不方便，希望有关
部门能增设候车亭。城南区居民顾长青
"""

SHORT = """据悉，该项目将于
明年6月完工。
"""

# the headline and a photo beside it, another column's letter, then the story's text
PAGE = "\n".join([BEFORE, HEADLINE, PHOTO, OTHER, STORY, SHORT])


def test_wrapped_headline_with_a_comma_heads_its_story() -> None:
    page = ocr.process(PAGE, lang="zh", correct=False)
    story = next(a for a in page.articles if "桂园小区" in "".join(a.paragraphs))
    heads = ["".join(h.split()) for h in (story.kicker, *story.headlines, story.subheadline) if h]
    assert "停车难题破解，老小区多出百个车位" in "".join(heads)  # (its roles: heading_roles)
    assert not any("停车难题" in p for a in page.articles for p in a.paragraphs)


def test_short_paragraph_ending_a_sentence_stays_text() -> None:
    page = ocr.process(PAGE, lang="zh", correct=False)
    assert any("该项目将于明年6月完工" in p for a in page.articles for p in a.paragraphs)
