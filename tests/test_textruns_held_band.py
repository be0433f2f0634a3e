"""A pdfplumber page of single-column items over a band of three columns: the band's
lines are fewer than the page's share, but held down a run of rows, so the page is read
as columns run together (``textruns._held_band``). Drawn here, in a 都市报's style."""

from __future__ import annotations

from ocr.readers.textgrid import read_grid
from ocr.readers.textruns import read_runs

MEASURE = 16
ROWS = 9

STORY = ("本报讯（记者 苏晴）昨日上午，城西社区食堂正式开门迎客，首日接待老年居民三百余人次。"
         "食堂设在社区服务中心一楼，面积约四百平方米，可同时容纳八十人就餐。"
         "社区负责人介绍，食堂每天供应早餐、午餐和晚餐，午餐提供两荤两素一汤，"
         "六十岁以上老人凭卡就餐可享受八折优惠，八十岁以上老人可享受六折优惠。"
         "为方便行动不便的老人，食堂还开通了送餐服务，由社区志愿者每天中午送餐上门。"
         "家住附近的王大爷说，过去一个人在家做饭费时费力，现在走几分钟就能吃上热饭热菜，"
         "价格实惠，味道也不错，以后打算天天来。据了解，今年全市计划新建社区食堂三十家，"
         "目前已建成投用二十一家，其余将在年底前陆续开放，基本实现城区全覆盖。"
         "市民政局有关负责人表示，社区食堂由街道提供场地，企业负责运营，政府给予一定补贴，"
         "既让老人吃得起、吃得好，也保证食堂能够长期办下去。下一步，还将探索在食堂增设"
         "理发、读报、健康咨询等服务，把食堂办成老人家门口的活动中心。")
COLUMNS = ("本报讯（记者 韩磊）记者昨日从市水务集团获悉，城东水厂扩建工程已完成主体施工，"
           "预计明年三月投入使用。扩建完成后，该水厂日供水能力将由十五万吨提高到二十五万吨，"
           "可满足城东片区未来十年的用水需求。施工期间，部分路段将实行交通管制，请市民注意绕行。"
           "工程总投资约三亿元，是今年全市重点民生项目之一。",
           "水厂负责人介绍，新建的深度处理车间采用臭氧活性炭工艺，出厂水质将优于国家标准。"
           "同时，集团正在推进老旧管网改造，今年已完成改造四十二公里，居民家中水压偏低、"
           "水质发黄等问题明显减少。市民如发现管网漏水，可拨打服务热线报修，维修人员将在两小时内到达。"
           "明年，集团还计划再改造老旧管网五十公里，重点是建成二十年以上的小区。",
           "此外，集团还将在城东片区新建两座加压泵站，解决高层住宅用水难问题。"
           "据悉，两座泵站选址已经确定，目前正在进行设计招标，计划明年上半年开工建设。"
           "届时，片区内二十余个小区的供水条件将得到改善，高峰时段水压不足的情况将得到缓解。"
           "集团提醒，夏季用水高峰即将到来，请市民节约用水，合理安排用水时间，共同保障供水安全。")


def _lines(text: str) -> list[str]:
    """``text`` set in the measure; a mark that may not open a line is pulled back onto
    the line above it (a justified line then holds a character more)."""
    out: list[str] = []
    k = 0
    while k < len(text):
        end = k + MEASURE
        if end < len(text) and text[end] in "，。、；：”）":
            end += 1
        out.append(text[k:end])
        k = end
    return out


def _page() -> str:
    """Masthead, the story in one column, a headline, then the band written as
    pdfplumber writes it: each printed row's column lines joined by single spaces."""
    cols = [_lines(c)[:ROWS] for c in COLUMNS]
    band = [" ".join(row) for row in zip(*cols, strict=True)]
    head = ["城西晨报", "2026年6月9日 星期二 第3版", "社区食堂开门迎客 老人吃饭不再难"]
    return "\n".join([*head, *_lines(STORY), "城东水厂扩建主体完工", *band]) + "\n"


def test_a_band_held_down_its_rows_is_read_as_columns() -> None:
    text = _page()
    assert read_runs(text) != text


def test_the_band_is_read_column_by_column() -> None:
    out = "".join(read_grid(read_runs(_page()), own_rows=False).split())
    for col in COLUMNS:
        assert "".join(_lines(col)[:ROWS]).replace(" ", "") in out


def test_a_headline_over_a_byline_alone_ends_the_band() -> None:
    """A story under the band, in one column beside a photo: its headline, a deck as
    wide as the measure and a byline alone on its line (``记者 周远航 通讯员 林小溪``, no
    bracket) open it: the band ends above it, its lines are no lone lines of one of the
    band's columns (laid on that column's cell and read as its own)."""
    cols = [_lines(c)[:ROWS] for c in COLUMNS]
    band = [" ".join(row) for row in zip(*cols, strict=True)]
    story = _lines(STORY.split("）", 1)[1])  # no bracketed byline opens it
    tail = f"{story[-2]} 市民如有疑问，可拨打服务热线咨询，"  # a brief's line beside it
    text = "\n".join(["城西晨报", "2026年6月9日 星期二 第3版", "城东水厂扩建主体完工", *band,
                      "社区食堂开门迎客", "街道出场地企业管运营政府给予补贴",
                      "记者 周远航 通讯员 林小溪", *story[:-2], tail, story[-1]]) + "\n"
    rows = read_runs(text).split("\n")
    at = rows.index("社区食堂开门迎客")  # a headline of its own, white above and below
    assert rows[at - 1] == rows[at + 1] == ""
