"""A story's columns running down past a photo set across them are each read to the
foot before the next (``ocr.photo_across``).

Held-out S4 s840 (Chinese, three columns; the blocks below are its columns 2-3, as its
layout boxed, recognition read and classify typed them): the flood story's headline over
both columns, each column's text stopping over a photo across both and going on under its
caption (``挤满了半条`` / ``街。两天前``), the law story under a rule below. The cut closed
a zone at the photo and another at its caption, so the story was read in bands, both
tops, then both feet (order-aware CER 0.128 against 0.027 order-free).
"""

from __future__ import annotations

from conftest import IMAGE_SOURCE as SRC
from conftest import indented_block as _block

from ocr.model import BlockKind, Box, Page
from ocr.order import order

#: (id, kind, box, lines as (indent in characters, text)), top to bottom.
S840 = [
    ("b008", "kicker", Box(877, 392, 133, 34), [
        (0.0, '灾后重建'),
    ]),
    ("b009", "headline", Box(877, 452, 499, 80), [
        (0.0, '洪水退去以后'),
    ]),
    ("b010", "subheadline", Box(876, 546, 836, 44), [
        (0.0, '柳溪县连夜清洪消杀，首批受灾群众返回家中'),
    ]),
    ("b011", "byline", Box(877, 620, 432, 51), [
        (0.0, '记者封晓野实习生管怡然'),
    ]),
    ("b013", "body", Box(1640, 620, 728, 181), [
        (0.0, '印子说。店里的米面、饮料大多泡了水，她'),
        (0.0, '估算损失在两万元左右。'),
        (2.1, '据县应急管理局介绍，此次洪洲共造成'),
        (0.0, '全县6个乡镇、1.2万余人受灾，紧急转移安'),
    ]),
    ("b012", "body", Box(876, 662, 728, 137), [
        (2.1, '水退了，泥还在。'),
        (2.1, '12月3日一早，柳溪县石桥镇老街上，铲'),
        (0.0, '车、水车和穿着雨对的志愿者挤满了半条'),
    ]),
    ("b014", "illustration", Box(875, 801, 1494, 439), [
    ]),
    ("b020", "credit", Box(2209, 1255, 159, 23), [
        (0.0, '图/市动物园提供'),
    ]),
    ("b021", "caption", Box(877, 1289, 488, 28), [
        (0.0, '长颈诽宝宝在妈妈“采杀”身边玩亦。'),
    ]),
    ("b022", "body", Box(876, 1663, 727, 275), [
        (0.0, '街。两天前，受连续强降雨影响，桐江支流'),
        (0.0, '柳溪河水位暴涨，最高超过警戒水位2.3米，'),
        (0.0, '老街一带最深处积水没过膝盖。'),
        (2.7, '“半夜两点多，水是从地板颖里往上冒'),
        (0.1, '的，根本来不及搬东西。”开了二十多年杂'),
        (0.0, '货铺的郑大姐指着墙上一道半米多高的黄泥'),
    ]),
    ("b023", "body", Box(1641, 1663, 727, 275), [
        (0.0, '置群众2140人，没有人员伤亡。'),
        (2.1, '水位一回落，县里就组织了由机关王'),
        (0.0, '部、消防救援人员和民兵组成的清淤队，按'),
        (0.0, '照“先主街、后小埠，先公共场所、后居'),
        (0.0, '住户”的顺序推进。截至3日18时，已清理淤'),
        (17.1, '转第6版'),
    ]),
    ("b032", "rule", Box(875, 1959, 1495, 6), [
    ]),
    ("b033", "kicker", Box(876, 1992, 60, 31), [
        (0.0, '法治'),
    ]),
    ("b034", "headline", Box(877, 2050, 1451, 306), [
        (0.0, '称邻居装修致房屋开裂索赔38万元，'),
        (0.0, '一审判赔后二审改判:证据不足，驱'),
        (0.1, '回诉讼请求'),
    ]),
    ("b038", "byline", Box(877, 2386, 300, 48), [
        (0.0, '本报通讯员霍思明'),
    ]),
    ("b040", "body", Box(1640, 2386, 728, 563), [
        (0.0, '赔偿顾某各项损失12.6万元。钱某不服，提'),
        (0.0, '起上诉。'),
        (2.1, '二审期间，法院依法委托专业机构进行'),
        (0.2, '房屋安全鉴定。鉴意见显示，钱某拆除的'),
        (0.0, '是非承重墙，顾某家墙面裂颖主要系墙体材'),
        (0.0, '料收缩和温度变化所致，与五楼装修没有因'),
        (0.0, '果关系。'),
        (2.1, '二审法院审理认为，侵权责任的成立须'),
        (0.1, '以因果关系为前提，“先后发生”不等于'),
        (0.6, '“因果关系”。顾某提交的证据不足以证明'),
        (0.0, '其损失由钱某装修造成，应承担举证不能的'),
        (0.0, '不利后果。遂依法作出上述判决。'),
    ]),
    ("b039", "body", Box(876, 2427, 727, 574), [
        (2.1, '楼下邻居装修，楼上墙面开裂，能不能'),
        (0.0, '要求赔偿?近日，市中级人民法院审结这样'),
        (0.0, '一起相邻关系纠纷上诉案，撤销一审判决，'),
        (0.0, '双回原告的诉讼请求。'),
        (2.1, '原告顾某住在某小区六楼。2024年夏'),
        (0.0, '天，五楼住户钱某装修房屋，拆除了部分墙'),
        (0.0, '体。此后不久，顾某发现自家客厅、卧室墙'),
        (0.1, '面出现多条裂终，遂以钱某违规拆改承重墙'),
        (0.0, '为由诉至法院，要求赔偿修复费用、房屋贬'),
        (0.0, '值损失等共计38万元。'),
        (2.1, '一审法院认为，裂颖出现在钱某装修之'),
        (0.0, '后，二者具有时间上的先后关系，判决钱某'),
    ]),
]


def _order(rows: list[tuple[str, str, Box, list[tuple[float, str]]]] = S840) -> list[str]:
    blocks = tuple(_block(*row) for row in rows)
    page = Page("p", SRC, "zh", (2480, 3508), blocks=blocks)
    kinds = {b.id: b.kind for b in blocks}
    return [i for i in order(page).reading_order if kinds[i] != BlockKind.RULE]


def _with(block: str, lines: list[tuple[float, str]]) -> list[
        tuple[str, str, Box, list[tuple[float, str]]]]:
    return [(i, k, box, lines if i == block else ls) for i, k, box, ls in S840]


def test_each_column_is_read_down_past_the_photo() -> None:
    got = _order()
    assert got.index("b012") < got.index("b014") < got.index("b022") < got.index("b013"), got
    assert got.index("b023") == got.index("b013") + 1, got
    assert got.index("b023") < got.index("b033"), got


def test_a_column_ending_its_sentence_over_the_photo_is_read_across() -> None:
    """The first column ends its sentence over the photo and its foot opens a paragraph:
    nothing says the column goes on under the photo; the cut's bands stand."""
    top = _with("b012", [(2.1, '水退了，泥还在。'), (2.1, '12月3日一早，柳溪县石桥镇老街上，铲'),
                         (0.0, '车、水车和穿着雨靴的志愿者来了。')])
    rows = [(i, k, box, [(2.1, ls[0][1]), *ls[1:]] if i == "b022" else ls)
            for i, k, box, ls in top]
    got = _order(rows)
    assert got.index("b013") < got.index("b014") < got.index("b022"), got


def test_a_story_under_the_caption_keeps_its_place() -> None:
    """A heading under the caption opens another story there: the photo is no part of
    the columns over it, which are read before it, as before."""
    rows = [*S840[:9], ("b100", "headline", Box(877, 1400, 900, 80), [(0.0, '老街商户陆续开门')]),
            *S840[9:]]
    got = _order(rows)
    assert got.index("b013") < got.index("b014") < got.index("b100") < got.index("b022"), got
