"""Text without geometry: two stories' headline groups written one after the other.

pdfminer writes the headline groups of two stories set side by side one after the
other, then the first story, then the second (headless in the text). The second group
shares none of its terms with the first story and a good part with the second: it is
the second story's, not the first story's deck, though it stands right above the first.
"""

from __future__ import annotations

import ocr

PAGE = """第3版

城市新闻

2024年7月2日 星期二

市图书馆新馆今日起试运行
藏书总量超过150万册

暴雨红色预警发布
全市启动防汛二级应急响应

本报讯（记者 林晓）7月1日，
市图书馆新馆开始试运行，首日接
待读者8000余人次。新馆建筑面积
4.2万平方米，藏书总量超过150万
册，设有少儿阅览区和数字体验区。

新馆实行全年无休，每天开放12
小时，读者可凭身份证免费办理借
阅证。

本报讯（记者 周明）7月1日晚，
市气象台发布预警，预计未来24小时
本市将出现大暴雨，局地有特大暴雨。

各区已转移低洼地带群众1200余
人，全市预置抢险队伍86支，防汛
物资全部到位。
"""


def test_a_second_story_s_headline_group_written_after_the_first_goes_to_it() -> None:
    page = ocr.process(PAGE, lang="zh", correct=False)
    library = next(a for a in page.articles if "图书馆新馆开始试运行" in a.paragraphs[0])
    rain = next(a for a in page.articles if "市气象台发布预警" in a.paragraphs[0])
    assert library.headlines == ("市图书馆新馆今日起试运行",)
    assert library.subheadline == "藏书总量超过150万册"
    heads = (rain.kicker, *rain.headlines, rain.subheadline)
    assert "暴雨红色预警发布" in heads and "全市启动防汛二级应急响应" in heads
    assert len(page.articles) == 2
