"""Chinese stories side by side (pdfplumber): their headlines over the columns they head,
each laid over the column its story opens in, a headline's wrapped rest joined back to
it; a paragraph opening under columns that ended theirs goes on the story it talks of."""

from __future__ import annotations

from conftest import zh_column

from ocr.readers.textruns import read_runs

_GRAIN = ("新华社北京7月15日电（记者 林晓）记者从国家粮食和物资储备局了解到，目前全国夏粮收购"
          "进度过半，主产区各类粮食企业累计收购小麦突破五千万吨，收购进度快于上年同期。"
          "国家粮食和物资储备局有关负责人表示，今年新麦品质总体较好，市场购销较为活跃，各类企业"
          "入市积极性较高。为保障农民售粮顺畅，各地粮食部门提前检修仓容、备足资金，延长收购时间，"
          "并推广预约收购、上门收购等便民服务。")
_BUSES = ("本报讯（记者 黄一鸣）记者昨日从市交通运输局获悉，经过近半年的调研和意见征集，我市公交"
          "线网新一轮优化调整方案已全部实施到位，共优化线路三十八条，新增站点一百多个，撤并重复站点"
          "二十七个。此次调整重点解决了城北新区、高新园区等区域出行难、换乘多的问题。")


def _page(heads: str) -> str:
    """A two-column story and a one-column story beside it, their headlines on one line
    over them as pdfplumber writes it: a headline set narrower than its words wraps,
    and the rest (``整``) comes on a line of its own."""
    grain = zh_column(_GRAIN, measure=16).split("\n")
    buses = zh_column(_BUSES, measure=16).split("\n")
    n = len(buses)
    second = (grain[n : 2 * n] + [""] * n)[:n]
    rows = [" ".join(x for x in t if x) for t in zip(grain[:n], second, buses, strict=True)]
    return heads + "\n" + "\n".join(rows) + "\n"


def test_headlines_side_by_side_stand_over_the_columns_their_stories_open_in() -> None:
    out = read_runs(_page("全国夏粮收购量突破五千万吨 清河公交线网完成新一轮调\n整")).split("\n")
    row = next(r for r in out if "全国夏粮" in r)
    assert row.split() == ["全国夏粮收购量突破五千万吨", "清河公交线网完成新一轮调整"]
    byline = next(r for r in out if "本报讯" in r)
    assert row.index("清河公交") == byline.index("本报讯")  # over the column it heads
    assert not any(r.strip() == "整" for r in out)


def test_a_wrapped_rest_goes_on_the_headline_whose_word_it_finishes() -> None:
    """The rest ``楼投入使用`` finishes ``大楼`` of the first headline, not the label beside
    the last one."""
    page = _page("市人民医院新门诊大 全国夏粮收购量突破五千万吨\n楼投入使用")
    row = next(r for r in read_runs(page).split("\n") if "全国夏粮" in r)
    assert row.split() == ["市人民医院新门诊大楼投入使用", "全国夏粮收购量突破五千万吨"]


def test_a_paragraph_opening_under_ended_columns_leans_to_the_story_it_talks_of() -> None:
    """Two columns end a paragraph level with each other; a paragraph's first line laid
    under either carries on by width and sentence alike. The letter pairs it shares with
    a column's latest text (``调整``, ``公交``) tip it there; under a column whose sentence
    runs on, nothing is weighed (the sentence decides)."""
    from ocr.readers.textbands import _openings, _talks_of
    from ocr.readers.textmeasure import Measure

    m = Measure(16.0)
    lasts = {0: "为，切实保护种粮农民利益。", 1: "撤并重复站点二十七个。"}
    recent = {0: "该负责人说，下一步将继续指导主产区抓好收购工作，切实保护种粮农民利益。",
              1: "我市公交线网新一轮优化调整方案已全部实施到位，撤并重复站点二十七个。"}
    piece = "此次公交调整重点解决了城北新"
    one, zero = _openings({1: piece}, m), _openings({0: piece}, m)
    assert _talks_of(one, lasts, recent, m) > _talks_of(zero, lasts, recent, m)
    running = {0: lasts[0], 1: "我市公交线网新一轮优化调整方案已全部实施"}
    assert _talks_of(one, running, recent, m) == 0.0
