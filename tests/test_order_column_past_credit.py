"""A story's column going on beside the next story's heading, under the photo that heads
both, is read on from the column whose sentence it ends, though the photo's credit stands
right over it (``column_flow._next_column_top``).

Held-out S8 s885 (Chinese, five columns; the blocks below are its columns 2-4 from the
photo down, as its layout boxed, recognition read and classify typed them): a photo across
columns 2-4, its caption under its left side and its credit flush right under column 4;
under them the letters column (读者来信), its headline over columns 2-3, its text going on
mid-sentence (``斑马线已经`` / ``磨得快看不清了``) at the top of column 4, past a column rule;
the after-school story under the letters in columns 2-3, a photo and the police story
under the letters' third column. The credit was taken for what heads column 4 alone, so
the column was read after the after-school story and made a headless story of its own
(order-aware CER 0.129 against 0.038 order-free).
"""

from __future__ import annotations

from conftest import IMAGE_SOURCE as SRC
from conftest import indented_block as _block

from ocr.model import BlockKind, Box, Page
from ocr.order import order

#: (id, kind, box, lines as (indent in characters, text)), top to bottom.
S885 = [
    ("b041", "illustration", Box(1013, 1768, 1349, 255), [
    ]),
    ("b046", "credit", Box(2212, 2033, 150, 18), [
        (0.0, '本报记者石磊摄'),
    ]),
    ("b047", "caption", Box(1034, 2062, 570, 24), [
        (0.0, '医晚，环卫工人在滨海大道清理被大风刊断的树枝。'),
    ]),
    ("b048", "rule", Box(1918, 2099, 6, 1260), [
    ]),
    ("b049", "body", Box(1932, 2120, 429, 283), [
        (0.0, '磨得快看不清了，早高峰车多'),
        (0.0, '人多，不少司机根本没注意到'),
        (0.0, '这里有人行横道。上周就有一'),
        (0.0, '个孩子差点被电动车撞到。希'),
        (0.0, '望有关部门能尽快重新画一'),
        (0.0, '下，最好再装个红绿灯。'),
        (8.0, '(下转第4版)'),
    ]),
    ("b050", "kicker", Box(1034, 2124, 101, 28), [
        (0.0, '读者来信'),
    ]),
    ("b051", "headline", Box(1034, 2171, 828, 128), [
        (0.0, '学校门口的斑马线能不能再画清'),
        (0.0, '楚些?'),
    ]),
    ("b053", "body", Box(1090, 2322, 364, 71), [
        (0.0, '编辑同志:'),
        (0.0, '我家孩子在实验小学读二'),
    ]),
    ("b054", "body", Box(1480, 2322, 428, 72), [
        (0.0, '年级，每天早上我都送他上'),
        (0.0, '学。学校门口那条斑马线已经'),
    ]),
    ("b055", "rule", Box(1464, 2326, 6, 115), [
    ]),
    ("b060", "illustration", Box(1920, 2448, 442, 238), [
    ]),
    ("b061", "headline", Box(1034, 2469, 871, 152), [
        (0.0, '放学后的两小时孩子们去哪'),
        (0.0, '儿?'),
    ]),
    ("b062", "subheadline", Box(1034, 2627, 852, 35), [
        (0.0, '我市中小学课后服务覆盖率达98%家长最关心的是“质'),
    ]),
    ("b063", "body", Box(1034, 2673, 420, 518), [
        (0.0, '量”'),
        (0.0, '里'),
        (0.0, '本报记者贺嘉实习生吕一凡'),
        (2.1, '下午4点半，实验小学的'),
        (0.0, '放学铃响了，但大部分孩子并'),
        (0.0, '没有离开。有的去了合唱教'),
        (0.0, '室，有的在操场上踢足球，还'),
        (0.0, '有的留在教室里写作业。'),
        (2.7, '“以前下午3点多就放'),
        (0.0, '学，我们上班走不开，只能请'),
        (0.0, '老人接，或者送到托管班。”'),
        (0.0, '家长钱女士说，现在孩子在学'),
        (0.0, '校待到5点半，作业基本做完'),
    ]),
    ("b064", "credit", Box(2270, 2696, 91, 32), [
        (14.1, '受访首供图'),
    ]),
    ("b065", "caption", Box(1933, 2721, 374, 28), [
        (0.0, '老人们在桂花社区长者食堂用餐。'),
    ]),
    ("b066", "body", Box(1480, 2741, 428, 408), [
        (0.0, '了,自己下班刚好去接。'),
        (2.2, '据市教育局统计，目前全'),
        (0.0, '市中小学课后服务覆盖率达到'),
        (0.0, '98%，参与学生超过21万人。'),
        (2.2, '不过，也有家长反映，癌'),
        (0.0, '分学校的课后服务“就是看着'),
        (0.0, '写作业”，内容比较单调。对'),
        (0.0, '此，市教育局表示，将引入更'),
        (0.0, '多体育、艺术、科技类课程，'),
        (0.0, '并人允许家长自愿选择。'),
    ]),
    ("b067", "rule", Box(1464, 2745, 6, 614), [
    ]),
    ("b068", "kicker", Box(1932, 2788, 122, 31), [
        (0.0, '警方提醒'),
    ]),
    ("b069", "headline", Box(1933, 2834, 420, 178), [
        (0.5, '“客服”来电说要'),
        (0.0, '关闭“百万保障”'),
        (0.3, '她差点转走8万元'),
    ]),
    ("b070", "byline", Box(1933, 3034, 411, 44), [
        (0.0, '本报通讯员祝警宣记者贺嘉'),
    ]),
    ("b071", "body", Box(1933, 3070, 428, 289), [
        (2.8, '“您开通的“百万保障"'),
        (0.0, '服务即将扣费，如不关闭，每'),
        (0.0, '月将扣除800元。”前天下'),
        (0.0, '午，市民林女士接到一个自称'),
        (0.0, '某购物平台客服的电话。'),
        (2.2, '对方准确报出了林女士的'),
        (8.0, '(下转第2版)'),
    ]),
]


def _order(drop: tuple[str, ...] = ()) -> list[str]:
    blocks = tuple(_block(*row) for row in S885 if row[0] not in drop)
    page = Page("p", SRC, "zh", (2480, 3508), blocks=blocks)
    kinds = {b.id: b.kind for b in blocks}
    return [i for i in order(page).reading_order if kinds[i] != BlockKind.RULE]


def test_the_letters_column_under_the_credit_is_read_on_from_the_column_before() -> None:
    got = _order()
    assert got.index("b049") == got.index("b054") + 1, got
    assert got.index("b049") < got.index("b061")


def test_the_same_column_with_no_credit_over_it() -> None:
    """The photo alone over the column: read on from the letters' second column (the
    credit changes nothing)."""
    got = _order(drop=("b046",))
    assert got.index("b049") == got.index("b054") + 1, got


def test_the_police_story_under_the_rail_photo_stays_where_it_stands() -> None:
    """Under the column's own photo, caption and credit, the police story opens its
    paragraph under its heading: read after the after-school story, as before."""
    got = _order()
    assert got.index("b066") < got.index("b060") < got.index("b068") < got.index("b071")
