"""A story's last column, opening a paragraph, written after the next story's headline.

pdftotext writes a band's headlines side by side before the columns under them, so the
first story's last column (a paragraph of its own, no byline) comes after the second
story's headline and before that story's opening. The page is drawn here.
"""

from __future__ import annotations

from conftest import zh_column

import ocr

WATER = zh_column(
    "本报讯（记者王立）记者从市水务局获悉，今年全市新建改造供水管网一百二十公里，新增加压泵站"
    "六座，城区高峰时段供水水压不足的问题基本得到解决。",
    "东城片区是此次供水管网改造的重点，老旧铸铁管道全部更换为球墨铸铁管，漏损率由百分之十八"
    "降至百分之九。")
WATER_TAIL = zh_column(
    "“过去一到夏天楼上就没水，现在随时打开龙头都有水。”住在东城新村的陈先生说。市水务局有关"
    "负责人表示，下半年还将完成北区供水管网更新改造。")
LIBRARY = zh_column(
    "本报讯（记者李明）日前，市图书馆夏季阅读推广活动启动，活动期间将举办亲子阅读、名家讲座、"
    "读书分享会等三十余场活动，市民可关注图书馆公众号报名参加。")
PAGE = (f"城区供水管网改造完成\n\n{WATER}\n\n图书馆夏季阅读活动启动\n\n{WATER_TAIL}\n\n"
        f"{LIBRARY}\n")


def test_a_paragraph_after_another_story_s_headline_goes_back_to_the_story_it_talks_of() -> None:
    page = ocr.process(PAGE, lang="zh", correct=False)
    water = next(a for a in page.articles if "水务局获悉" in "".join(a.paragraphs))
    assert "陈先生说" in "".join(water.paragraphs)
    library = next(a for a in page.articles if "图书馆夏季" in "".join(a.paragraphs))
    assert "陈先生说" not in "".join(library.paragraphs)
    assert not any("陈先生说" in "".join(a.paragraphs) and not a.headlines
                   for a in page.articles)
