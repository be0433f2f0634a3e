"""A column that goes on with one of two stories left open, told by the word its break cut.

pdftotext writes a module's brief under a story's column that a column break left
mid-sentence (``…一家创新`` / ``本报讯（记者 陈志刚）…亲子阅读、名``), then, after the page's
folio, the story's next column (``药企业将在园区…``). Neither story shares the column's
letter pairs; the word across the break does: 新药 is a common word, 名药 a rare compound
(Zipf 3.5 against 1.9), so the column goes on with the story, and the brief takes its own
next column (``家讲座…``: 名家). The page is drawn here in extractor style.
"""

from __future__ import annotations

import ocr

PAGE = """科创园区新签约项目23个
记者 赵雪

本月12日，清河高
新区举行重点项目集中
签约仪式，23个项目现
场签约，总投资超过86
亿元，涵盖新能源电池
材料、生物医药、智能
装备、集成电路设计等
领域。
其中，投资18亿元
的锂电池正极材料项目
计划明年一季度开工建
设，建成后可年产正极
材料5万吨；一家创新
本报讯（记者 陈志
刚）日前，市图书馆
“悦读清河”夏季阅读
推广活动启动，活动期
间将举办亲子阅读、名

第7版

药企业将在园区建设研
发中心和中试基地，预
计引进研发人员200余
名。

家讲座、读书分享会等
30余场活动。市民可关
注市图书馆公众号报名
参加。
"""


def test_column_goes_on_with_the_word_its_break_cut() -> None:
    page = ocr.process(PAGE, lang="zh", correct=False)
    items = ["".join(a.paragraphs) for a in page.articles]
    park = next(t for t in items if "清河高新区" in t)
    assert "一家创新药企业将在园区" in park
    library = next(t for t in items if "市图书馆" in t)
    assert "药企业" not in library
