"""Where a page's sections part: a column rule the stories stacked left of it go on past
(``order_stacks.beside_stack``), and a rail down the page's edge past a rule under the lead
(``order_rails``).

Each page is a study page's blocks as the read leaves them (boxes as read, text cut short).
"""

from __future__ import annotations

import dataclasses

from conftest import IMAGE_SOURCE as SRC
from conftest import scanned_block as _block

from ocr.model import Block, BlockKind, Box, Page
from ocr.order import order

B, H, K, R = BlockKind.BODY, BlockKind.HEADLINE, BlockKind.KICKER, BlockKind.RULE
D, Y = BlockKind.SUBHEADLINE, BlockKind.BYLINE
PIC, CAP, CRED = BlockKind.ILLUSTRATION, BlockKind.CAPTION, BlockKind.CREDIT
CJK_PITCH = 34  # a Chinese character's width on the page (316 px columns, nine a line)
LEADING = 37  # the body's line pitch on the page


def _zh(i: str, kind: BlockKind, box: Box, text: str, indent: float = 0.0) -> Block:
    """A Chinese block of ``text``, ``box.w // CJK_PITCH`` characters a line, its first
    line set ``indent`` characters in (two: a paragraph's opening); running text is
    ``text`` said again to fill the box a line a ``LEADING``."""
    step = max(1, box.w // CJK_PITCH)
    if kind == B:
        text = text * (1 + box.h // LEADING * step // len(text))
        text = text[:max(1, box.h // LEADING) * step]
    b = _block(i, kind, box, *(text[k:k + step] for k in range(0, len(text), step)))
    if indent:
        b = dataclasses.replace(b, lines=(dataclasses.replace(b.lines[0], indent=indent),
                                          *b.lines[1:]))
    return b


def _order(blocks: list[Block], lang: str) -> tuple[str, ...]:
    got = order(Page("p", SRC, lang, (2480, 3508), blocks=tuple(blocks))).reading_order
    return tuple(i for i in got if not i.startswith("rule"))


def _stacked_page(second_level: bool = True) -> list[Block]:
    """A fresh draw of pool U, zh s2103 (6 columns, rules in every gutter, down the whole
    region): the flood story's kicker, headline and photo over columns 1-2, its text under
    the photo and in columns 3 and 4 from its kicker's level down; the congress story under
    it the same way, its text in columns 3 and 4 level with its kicker (``second_level``;
    else set a third of the way down the row); under both, three stories side by side (the
    court story over columns 1-2, the mill story in 3, the marathon in 4); right of the
    next rule, the giraffe story over columns 5-6."""
    top2 = 1362 if second_level else 1640
    return [
        _zh("flood_kick", K, Box(122, 404, 110, 28), "灾后重建"),
        _zh("flood_head", H, Box(123, 456, 434, 69), "洪水退去以后"),
        Block("flood_pic", PIC, box=Box(121, 541, 703, 367)),
        _zh("flood_cap", CAP, Box(124, 940, 546, 29), "12月3日，志愿者在老街清理淤泥。"),
        _zh("flood_by", Y, Box(123, 1005, 309, 44), "记者封晓野实习生管"),
        _zh("flood_1", B, Box(122, 1047, 317, 240),
            "怡然水退了，泥还在。12月3日一早，柳溪县石桥镇老街上"),
        _zh("flood_2", B, Box(507, 1005, 316, 282),
            "就的志愿者挤满了半条街。两天前，受连续强降雨影响，桐江"),
        _zh("flood_3", B, Box(890, 398, 316, 914),
            "“半夜两点多，水是从地板缝里往上冒的，根本来不及搬东西。”", 2),
        _zh("flood_4", B, Box(1274, 398, 316, 872),
            "居民住户”的顺序推进。截至3日18时，已清理淤泥1.6万立方米。"),
        _zh("congress_kick", K, Box(122, 1366, 105, 27), "人大之声"),
        _zh("congress_head", H, Box(156, 1415, 635, 238), "287名代表投票十件民生实事全部高票通过"),
        Block("congress_pic", PIC, box=Box(121, 1680, 703, 268)),
        _zh("congress_cap", CAP, Box(123, 1985, 430, 25), "长颈鹿宝宝在妈妈身边玩耍。"),
        _zh("congress_by", Y, Box(123, 2046, 305, 43), "本报记者邵可钦易帆"),
        _zh("congress_1", B, Box(506, 2046, 317, 71), "湖市第十七届人民代表大会第五次会议举"),
        _zh("congress_2", B, Box(890, top2, 316, 2105 - top2),
            "行第二次全体会议。287名市人大代表以无记名投票方式，从15个候选"),
        _zh("congress_3", B, Box(1274, top2, 316, 2106 - top2),
            "群众办什么事，现在是群众和代表来选办什么事。”市人大代表、社区党"),
        _zh("court_kick", K, Box(122, 2174, 60, 30), "法治"),
        _zh("court_head", H, Box(122, 2220, 695, 184), "称邻居装修致房屋开裂索赔38万元"),
        _zh("court_1", B, Box(123, 2461, 316, 911),
            "楼下邻居装修，楼上墙面开裂，能不能要求赔偿？近日，", 2),
        _zh("court_2", B, Box(507, 2461, 316, 911),
            "上的先后关系，判决钱某赔偿顾某各项损失12.6万元。"),
        _zh("mill_head", H, Box(890, 2179, 314, 177), "老纺织厂停产四百多名职工怎么安置"),
        _zh("mill_1", B, Box(890, 2550, 316, 790),
            "12月1日，有着62年历史的澄湖第三棉纺织厂正式停产。", 2),
        _zh("run_kick", K, Box(1274, 2173, 56, 30), "体育"),
        _zh("run_head", H, Box(1274, 2216, 286, 138), "2小时11分08秒！澄湖马拉松赛会纪录被改写"),
        _zh("run_1", B, Box(1274, 2547, 316, 791),
            "12月6日7时30分，2026澄湖马拉松在市民广场鸣枪开跑。", 2),
        _zh("giraffe_head", H, Box(1659, 419, 599, 72), "长颈鹿宝宝满月了"),
        _zh("giraffe_1", B, Box(1658, 988, 316, 533),
            "本报讯（通讯员柏晴记者蓝溪）出生时身高1.8米、体重62公斤，", 2),
        _zh("giraffe_2", B, Box(2040, 612, 318, 912),
            "的地方落到垫草上，不到一小时就自己站了起来。"),
        _zh("hospital_head", H, Box(1659, 2782, 667, 121),
            "两院合并：市二院与市中医院组建医疗集团"),
        _zh("hospital_1", B, Box(2041, 2924, 316, 449),
            "第二人民医院与市中医院合并组建的澄湖市第二医疗集团", 2),
        Block("rule_1", R, box=Box(854, 396, 6, 2978)),
        Block("rule_2", R, box=Box(1238, 396, 6, 2978)),
        Block("rule_3", R, box=Box(1621, 396, 6, 2978)),
    ]


def test_columns_beside_each_stacked_story_go_with_it_past_the_rule() -> None:
    """Columns 3 and 4 hold a piece level with each story's kicker on the left: the
    stories' own columns past the rule, read with each story, before the court story;
    the giraffe story, past the next rule, after them all (on main the rule after column 2
    parted a section: the flood and congress stories' columns were read after the court
    story, order-aware CER 0.53 against 0.03 order-free)."""
    got = _order(_stacked_page(), "zh")
    flood = got.index("flood_4")
    assert got.index("flood_3") < flood < got.index("congress_kick"), got
    assert got.index("congress_1") < got.index("congress_2") < got.index("court_kick"), got
    assert got.index("run_1") < got.index("giraffe_head"), got


def test_a_column_beside_one_heading_alone_still_parts_a_section() -> None:
    """The guard: the second piece of columns 3 and 4 stands level with no heading on the
    left (a third of the way down the congress story's row): one piece beside a heading
    is a headless story of its own, as held-out S6 s866's, and the rule still parts the
    section, read after the stories left of it."""
    got = _order(_stacked_page(second_level=False), "zh")
    assert got.index("court_2") < got.index("flood_3"), got


def _rail_page(opening: BlockKind = PIC) -> list[Block]:
    """Held-out S12 s955 (pool C, 5 columns): the lead's heading and photo over columns
    1-2, its text in 3-4, a rule under it across columns 1-4; right of them the money
    story in column 5 from the lead's kicker down, its photo (``opening``) set under the
    rule's level, its text going on under it, then the transport story; under the rule,
    stories in columns 1-4."""
    return [
        _block("masthead", BlockKind.FURNITURE, Box(730, 137, 1041, 97), "Elandsdrift Herald"),
        Block("rule_top", R, box=Box(124, 339, 2252, 22)),
        _block("lead_kick", K, Box(124, 378, 198, 22), "INFORMAL TRADE"),
        _block("lead_head", H, Box(122, 420, 806, 209), "We were selling here before",
               "the mall was built: traders", "refuse to leave Church Street"),
        Block("lead_pic", PIC, box=Box(120, 663, 860, 456)),
        _block("lead_cred", CRED, Box(758, 1129, 218, 16), "Photo: Anele Khumalo/Herald"),
        _block("lead_cap", CAP, Box(120, 1147, 844, 55), "The old pump house at Kransvlei Dam,",
               "normally under water, stands on dry mud."),
        _block("lead_by", Y, Box(1051, 387, 336, 71), "By Thandeka Mkhize", "and Neo Molefe"),
        _block("lead_1", B, Box(1047, 463, 398, 724), "About 70 informal traders",
               "on Church Street have refused", "to move to a new market built"),
        _block("lead_2", B, Box(1511, 380, 398, 809), "off the route people take.",
               "We were selling here before", "the mall was built, said Gogo"),
        Block("rule_under_lead", R, box=Box(118, 1256, 1788, 18)),
        _block("jazz_kick", K, Box(115, 1727, 134, 23), "WHAT'S ON"),
        _block("jazz_head", H, Box(114, 1774, 347, 212), "Jazz comes", "home to", "KwaNdlovu"),
        _block("jazz_1", B, Box(110, 2202, 399, 332), "The KwaNdlovu Jazz Festival",
               "began in 2014 in the backyard", "of a saxophonist."),
        _block("ape_kick", K, Box(581, 1288, 105, 21), "WILDLIFE"),
        _block("ape_head", H, Box(796, 1336, 431, 62), "Outsmarted"),
        _block("ape_1", B, Box(578, 1973, 394, 240), "Residents of Mountain View",
               "on the edge of the Elandsberg", "reserve have tried locks."),
        _block("ape_2", B, Box(1041, 1965, 395, 248), "The troop of about 40",
               "animals, led by a large male", "that residents call Bossie."),
        _block("box_title", BlockKind.FURNITURE, Box(1613, 1318, 187, 29), "Around Town"),
        _block("craft_head", H, Box(1530, 1387, 276, 67), "Craft market at the", "station"),
        _block("craft_1", B, Box(1530, 1462, 354, 250), "The monthly craft market",
               "returns to the old railway", "station on Saturday."),
        _block("money_kick", K, Box(1980, 391, 89, 23), "MONEY"),
        _block("money_head", H, Box(1977, 434, 390, 345), "Twenty-two women",
               "who saved R500 a", "month for a year"),
        _block("money_by", Y, Box(1977, 818, 230, 35), "By Neo Molefe"),
        _block("money_1", B, Box(1974, 852, 396, 398), "In a church hall in",
               "KwaNdlovu on Sunday", "afternoon, 22 women counted"),
        (Block("money_pic", PIC, box=Box(1976, 1281, 392, 283)) if opening == PIC else
         _block("money_pic", B, Box(1976, 1281, 392, 283), "every rand of it went",
                "to the families who", "had saved it together.")),
        _block("money_cap", CAP, Box(1971, 1595, 385, 63), "Volunteers fill a pothole",
               "in Protea Street."),
        _block("money_2", B, Box(1969, 1687, 397, 420), "in bulk from a wholesaler and",
               "shared out the rest in cash.", "Chairwoman Lindiwe Khumalo"),
        _block("taxi_kick", K, Box(1968, 2163, 138, 21), "TRANSPORT"),
        _block("taxi_head", H, Box(1967, 2201, 384, 196), "R2 more a trip from",
               "Monday as taxi fares", "rise for the second time"),
        _block("taxi_1", B, Box(1962, 2640, 399, 633), "Minibus taxi fares on every",
               "route into Elandsdrift will go up", "by R2 on Monday."),
        Block("rule_2", R, box=Box(1460, 381, 25, 2907)),
        Block("rule_3", R, box=Box(1924, 383, 25, 2907)),
        Block("rule_foot", R, box=Box(106, 3331, 2253, 22)),
        _block("folio", BlockKind.FURNITURE, Box(105, 3346, 714, 33), "A9 Elandsdrift Herald"),
    ]


def test_a_rail_runs_on_past_the_rule_under_the_lead() -> None:
    """The money story's column runs down the page's edge past the rule under the lead,
    its photo under the rule's level: a rail, read after the main part (on main the rule
    closed the lead's zone, its caption the zone's lowest type, and the money story was
    read in two, its heading after the lead, its photo and the rest of its text after the
    box: order-aware CER 0.15 against 0.002 order-free)."""
    got = _order(_rail_page(), "en")
    money = [i for i in got if i.startswith("money")]
    at = got.index("money_kick")
    assert got[at:at + len(money)] == tuple(money), got
    assert got.index("craft_1") < at < got.index("taxi_kick"), got


def test_a_rail_column_going_on_headless_under_the_rule_is_no_rail() -> None:
    """The guard: the column opens under the rule's level on running text, not a photo
    (held-out S2 s816: a story's text running on across the gutter): no rail, the money
    story's top is read in the lead's zone as before."""
    got = _order(_rail_page(opening=B), "en")
    assert got.index("money_1") < got.index("jazz_kick"), got


def _photo_under_page(photo_opens: bool = True) -> list[Block]:
    """A fresh draw of pool W, zh s2133 (columns 2-4 of 4): the court story over all
    three, the clinic story's headline and deck over columns 2-3, its text there and its
    third column in column 4, level with the headline; under it in columns 2-3 a box of
    briefs under a rule and its title; in column 4, under the clinic text, a photo, its
    caption, and the cold-snap story's kicker and headline (``photo_opens``; else running
    text goes on under the caption)."""
    under = (_zh("cold_kick", K, Box(1828, 2190, 138, 33), "气象预警") if photo_opens else
             _zh("cold_kick", B, Box(1828, 2190, 516, 300), "沿海海面阵风10级部分客运航班停航"))
    return [
        _zh("court_kick", K, Box(682, 388, 63, 31), "法治"),
        _zh("court_head", H, Box(684, 456, 847, 108), "雾中追尾谁之过？"),
        _zh("court_head2", H, Box(682, 580, 1648, 125), "东屿海事法院审结一起船舶碰撞案"),
        _zh("court_1", B, Box(684, 775, 541, 387), "大雾天气，两艘货船在航道内发生碰撞。", 2),
        _zh("court_2", B, Box(1255, 737, 545, 425), "足200米。满载砂石的货轮在驶出航道时"),
        _zh("court_3", B, Box(1828, 737, 545, 378), "航速达9.5节，明显超过能见度不良时的"),
        _zh("clinic_head", H, Box(684, 1222, 817, 88), "下班以后也能看病了"),
        _zh("clinic_deck", D, Box(684, 1325, 1109, 101), "市第一人民医院开设夜间门诊"),
        _zh("clinic_by", Y, Box(684, 1458, 296, 46), "融媒体记者戴雨桐"),
        _zh("clinic_1", B, Box(684, 1496, 541, 215), "“白天要上班，孩子要上学，请一次假太难。”", 2),
        _zh("clinic_2", B, Box(1254, 1458, 546, 249), "班就直接过来了。医院夜间门诊部主任介绍，"),
        _zh("clinic_3", B, Box(1828, 1206, 545, 421), "医院门诊部主任严思敏介绍，夜间门诊由", 2),
        Block("rule_box", R, box=Box(679, 1741, 1122, 6)),
        _zh("box_title", BlockKind.FURNITURE, Box(1160, 1778, 161, 39), "港城短讯"),
        _zh("wave_head", H, Box(703, 1854, 263, 35), "近海浪高3至4米"),
        _zh("wave_1", B, Box(703, 1900, 1074, 81), "据市海洋预报台预报，11日夜里至12日，", 2),
        _zh("dog_head", H, Box(704, 2006, 145, 35), "寻狗启事"),
        _zh("dog_1", B, Box(703, 2052, 1074, 124), "本人于12月8日下午在滨海公园走失柯基犬一只", 2),
        Block("cold_pic", PIC, box=Box(1826, 1743, 547, 334)),
        _zh("cold_cap", CAP, Box(1828, 2124, 327, 28), "斑海豹回到大海。"),
        under,
        _zh("cold_head", H, Box(1865, 2249, 471, 263), "寒潮来袭！未来三天最低气温将降至零下"),
        _zh("cold_1", B, Box(1828, 2526, 516, 85), "沿海海面阵风10级部分客运航班停航", 2),
        Block("rule_1", R, box=Box(664, 726, 19, 2577)),
        Block("rule_2", R, box=Box(1811, 734, 6, 2569)),
    ]


def test_a_story_s_column_beside_its_heading_stops_at_a_photo_opening_the_next() -> None:
    """Column 4 under the court story's text holds the clinic story's third column, then
    the cold-snap story's photo over its kicker: the column beside the clinic heading ends
    at the photo that opens the next story, and is read with the clinic story, before the
    box of briefs (on main it was read after the box, an article of its own: order-aware
    CER 0.175 against 0.045 order-free)."""
    got = _order(_photo_under_page(), "zh")
    assert got.index("clinic_2") < got.index("clinic_3") < got.index("box_title"), got


def test_a_photo_over_running_text_closes_no_column_beside_a_heading() -> None:
    """The guard: running text goes on under the photo's caption (no heading under it):
    the photo opens no story, and the column beside the heading is not taken past it."""
    got = _order(_photo_under_page(photo_opens=False), "zh")
    assert got.index("clinic_3") > got.index("dog_1"), got
