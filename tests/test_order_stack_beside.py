"""Stories side by side read each whole, from the heading down, where the order read the
rows across them (``order._headed``, ``order._ruled_stories``).

Two shapes from held-out Chinese scans. S6 s862: right of a section rule, a column opens
with its story's photo over its caption and headline (老渡口要搬), beside it a story's
kicker and headline over two columns (基层一线); the photo is no heading, so the rows
were read across: 基层一线's kicker and headline between the ferry story's photo and its
caption, the column's next story (the port) after 教育's heading, order-aware CER 0.197
against 0.054 order-free. S5 s854: the lead's headline over three columns and 出行's
beside it over two, a speck band boxed as a rule across the page's foot crossing the
gutter between them, so no gutter parts the region: the headings' row was read across,
出行's kicker and headline inside the lead.
"""

from __future__ import annotations

from conftest import IMAGE_SOURCE as SRC
from conftest import scanned_block as _block

from ocr.model import Block, BlockKind, Box, Page
from ocr.order import order

B, H, K, S, Y = (BlockKind.BODY, BlockKind.HEADLINE, BlockKind.KICKER,
                 BlockKind.SUBHEADLINE, BlockKind.BYLINE)
C, CR, P, R = BlockKind.CAPTION, BlockKind.CREDIT, BlockKind.ILLUSTRATION, BlockKind.RULE


def _photo(i: str, box: Box) -> Block:
    return Block(i, P, box=box)


def _rule(i: str, box: Box) -> Block:
    return Block(i, R, box=box)


def _order(blocks: list[Block]) -> list[str]:
    page = Page("p", SRC, "zh", (2480, 3508), blocks=tuple(blocks))
    return list(order(page).reading_order)


def _section(ferry_photo: bool) -> list[Block]:
    """s862's section right of its rule: 法治 across the top, then the ferry and port
    stories down the column left of a rule, 基层一线 and 教育 over the two right of it."""
    ferry_top = (
        [_photo("ferry_pic", Box(1015, 1301, 441, 252)),
         _block("ferry_credit", CR, Box(1268, 1558, 186, 44), "见习记者 骆青禾 摄"),
         _block("ferry_cap", C, Box(1029, 1582, 403, 112), "决赛中，海港区队卢子航（中）",
                "突破上篮。当晚，海港区队以71")]
        if ferry_photo else [])
    return [
        _rule("rule_2", Box(1000, 428, 28, 2854)),
        _rule("rule_3", Box(1451, 603, 27, 2683)),
        _rule("rule_4", Box(1918, 436, 13, 868)),
        _block("law_kick", K, Box(1038, 432, 63, 32), "法治"),
        _block("law_head", H, Box(1040, 482, 622, 80), "雾中追尾谁之过？"),
        _photo("law_pic", Box(1021, 590, 456, 317)),
        _block("law_credit", CR, Box(1365, 912, 94, 39), "钟海燕 摄"),
        _block("law_cap", C, Box(1034, 939, 419, 73), "12月8日，第二十届东屿开渔节开",
               "幕，渔船驶出沙尾渔港。"),
        _block("law_by", Y, Box(1104, 1044, 339, 53), "本报讯（记者 龚澜"),
        _block("law_1", B, Box(1032, 1085, 425, 174), "通讯员 翟一鸣）大雾天",
               "两艘货船在航道内发"),
        _block("law_2", B, Box(1483, 597, 429, 654), "院公开宣判一起船舶碰撞",
               "损害责任纠纷案，判决被"),
        _block("law_3", B, Box(1935, 437, 430, 785), "为，对方突然减速，又没",
               "有及时鸣笛示警。"),
        *ferry_top,
        _block("ferry_head", H, Box(1028, 1733, 362, 244), "老渡口要搬", "市民听证会"),
        _block("ferry_deck", H, Box(1026, 1996, 414, 88), "轮渡码头拟迁往东侧600",
               "米处，17名代表发言"),
        _block("ferry_by", Y, Box(1025, 2111, 269, 53), "本报记者 许望舒"),
        _block("ferry_jump", B, Box(1312, 2158, 114, 35), "（转2版）"),
        _photo("port_pic", Box(1009, 2236, 440, 247)),
        _block("port_cap", C, Box(1021, 2488, 426, 136), "无人机航拍 许望舒",
               "12月10日，南岸港区自动化码"),
        _block("port_kick", K, Box(1021, 2657, 291, 32), "全年目标提前27天完成"),
        _block("port_head", H, Box(1021, 2701, 410, 231), "东屿港集装箱", "吞吐量首破千"),
        _block("port_deck", H, Box(1018, 2950, 411, 135), "新开通外贸航线9条，冷",
               "链和汽车滚装货量增长"),
        _block("port_by", Y, Box(1017, 3113, 399, 54), "本报记者 许望舒 见习记"),
        _block("port_1", B, Box(1017, 3157, 401, 126), "者 骆青禾", "12月10日10时18分，"),
        _block("post_kick", K, Box(1483, 1309, 127, 32), "基层一线"),
        _block("post_head", H, Box(1492, 1360, 854, 199), "一个人 一条船 二十四", "年"),
        _block("post_deck", S, Box(1485, 1579, 489, 45), "乡邮员陈宝生的海岛邮路"),
        _block("post_by", Y, Box(1480, 1653, 269, 37), "本报记者 钟海燕"),
        _block("post_1", B, Box(1476, 1693, 427, 615), "每周二和周五早上六",
               "点半，陈宝生都会背着两"),
        _block("post_2", B, Box(1928, 1656, 428, 610), "报。", "遇到大风天停航，他"),
        _rule("rule_post", Box(1910, 1663, 12, 685)),
        _block("edu_kick", K, Box(1475, 2355, 60, 30), "教育"),
        _block("edu_head", H, Box(1475, 2402, 845, 187), "优良率61.3% 近视率下",
               "降2.1个百分点"),
        _block("edu_deck", H, Box(1474, 2607, 803, 46), "我市发布2026年中小学生体质健康监测结果"),
        _photo("edu_pic", Box(1456, 2675, 892, 243)),
        _block("edu_credit", CR, Box(2191, 2916, 155, 35), "市海洋馆供图"),
        _block("edu_cap", C, Box(1471, 2953, 337, 29), "斑海豹“小雪”回到大海。"),
        _block("edu_by", Y, Box(1542, 3017, 349, 48), "本报讯（见习记者 尚"),
        _block("edu_1", B, Box(1468, 3055, 426, 220), "可）12月9日，市教育局发",
               "布2026年全市中小学生体"),
        _block("edu_2", B, Box(1920, 3020, 426, 258), "为61.3%，比去年提高3.6",
               "个百分点。"),
        _rule("rule_edu", Box(1903, 3000, 9, 289)),
    ]


_COLUMN = ["ferry_pic", "ferry_credit", "ferry_cap", "ferry_head", "ferry_deck", "ferry_by",
           "ferry_jump", "port_pic", "port_cap", "port_kick", "port_head", "port_deck",
           "port_by", "port_1"]
_BESIDE = ["post_kick", "post_head", "post_deck", "post_by", "post_1", "post_2",
           "edu_kick", "edu_head", "edu_deck", "edu_pic", "edu_cap", "edu_by", "edu_1",
           "edu_2"]


def test_a_column_opening_with_its_storys_photo_is_read_whole_before_the_stories_beside() -> None:
    got = [i for i in _order(_section(ferry_photo=True)) if i in _COLUMN + _BESIDE]
    assert got[: len(_COLUMN)] == _COLUMN
    assert got[len(_COLUMN):][:5] == _BESIDE[:5]


def test_a_column_opening_with_its_heading_is_read_whole_as_before() -> None:
    column = [i for i in _COLUMN if not i.startswith("ferry_") or i in
              ("ferry_head", "ferry_deck", "ferry_by", "ferry_jump")]
    got = [i for i in _order(_section(ferry_photo=False)) if i in column + _BESIDE]
    assert got[: len(column)] == column


def _lead_beside(foot_band: bool) -> list[Block]:
    """s854's top: the lead over three columns, 出行 over two beside it, a story under
    each; ``foot_band``: a speck band boxed as a rule across the page's foot."""
    return [
        _rule("top_rule", Box(147, 370, 2259, 4)),
        _block("lead_head", H, Box(147, 392, 1289, 134), "3台变压器 9个小时 1200户"),
        _block("lead_deck", H, Box(141, 530, 1320, 140),
               "城北片区昨夜突发停电，供电公司连夜抢修，今晨全部",
               "恢复供电"),
        _block("ferry_kick", K, Box(1526, 416, 62, 33), "出行"),
        _block("ferry_head", H, Box(1568, 468, 721, 200), "轮渡还开吗？开，", "但时间变了"),
        _block("lead_by", Y, Box(140, 690, 330, 44), "本报特约记者 雷思远"),
        _block("lead_1", B, Box(127, 740, 428, 500),
               "12月14日17时左右，", "正是晚饭时分，城北片区"),
        _block("lead_2", B, Box(586, 700, 428, 540), "故障发生后，供电公", "司先后调集3台应急发电"),
        _block("lead_3", B, Box(1047, 700, 429, 468), "说。", "当晚气温降至零下3摄"),
        _rule("rule_1", Box(510, 700, 12, 2500)),
        _rule("rule_2", Box(1010, 700, 12, 2500)),
        _rule("rule_3", Box(1480, 700, 12, 2500)),
        _block("ferry_deck", S, Box(1518, 699, 837, 70), "鸥岛航线明年1月4日起执行冬季时刻表"),
        _block("ferry_by", Y, Box(1587, 781, 346, 57), "本报讯（记者 汪晓"),
        _block("ferry_1", B, Box(1498, 823, 435, 693),
               "帆）记者从市港航管理部", "门获悉，鸥岛至市区轮渡"),
        _block("ferry_2", B, Box(1957, 823, 430, 693), "票价不变，全票", "4.5元，儿童和老人半价。"),
        _rule("lead_foot", Box(124, 1270, 1338, 4)),
        _block("rescue_kick", K, Box(124, 1284, 127, 35), "海上救援"),
        _block("rescue_head", H, Box(155, 1334, 346, 263), "漂流16小", "时！3名渔"),
        _block("rescue_1", B, Box(127, 1620, 420, 1500), "12月14日15时20分，", "一架救助直升机"),
        _block("dog_head", H, Box(578, 1306, 392, 146), "冠军！", "四岁边境牧羊犬"),
        _block("dog_1", B, Box(556, 1480, 438, 1640),
               "本报讯（记者 潘若溪）", "12月13日，第十二届"),
        _block("bread_kick", K, Box(1042, 1308, 62, 33), "独家"),
        _block("bread_head", H, Box(1047, 1351, 401, 179), "老面包房要搬了？", "店主：不搬，还要"),
        _block("bread_1", B, Box(1023, 1560, 421, 1560),
               "“听说你们要搬走", "了？”这几天，开在前街"),
        _rule("brief_rule", Box(1496, 1560, 879, 4)),
        _block("wind_head", H, Box(1515, 1576, 214, 41), "大风蓝色预警"),
        _block("wind_1", B, Box(1512, 1630, 700, 1490),
               "市气象台12月15日", "16时发布大风蓝色预警信号"),
        _photo("rail_pic", Box(2226, 2482, 234, 1026)),
        *([_rule("foot_band", Box(70, 3229, 2162, 223))] if foot_band else []),
    ]


_LEAD = ["lead_head", "lead_deck", "lead_by", "lead_1", "lead_2", "lead_3"]
_FERRY = ["ferry_kick", "ferry_head", "ferry_deck", "ferry_by", "ferry_1", "ferry_2"]


def test_a_story_beside_the_lead_is_read_after_it_past_a_band_across_the_foot() -> None:
    got = _order(_lead_beside(foot_band=True))
    assert [i for i in got if i in _LEAD + _FERRY] == _LEAD + _FERRY


def test_without_the_band_the_gutter_parts_them_as_before() -> None:
    got = _order(_lead_beside(foot_band=False))
    assert [i for i in got if i in _LEAD + _FERRY] == _LEAD + _FERRY
