"""Text without geometry: headless briefs stacked in a module, and modules side by side."""

from __future__ import annotations

import pytest
from conftest import zh_column

import ocr
from ocr.leads import opens_lead

TUNNEL = zh_column(
    "本报讯（记者周蕾）昨日，东湖隧道最后一段顶板浇筑完成，隧道主体结构全线贯通。隧道全长"
    "2.6公里，双向六车道，建成后从城东到老城区的车程将缩短约15分钟。",
    "项目负责人介绍，接下来将进行机电设备安装和路面铺装，计划年底前具备通车条件。")
POOL = zh_column("本报讯（记者韩冰）日前，市体育馆游泳池完成换水和设备检修，将于下周一起恢复对外"
               "开放，开放时间为每天9时至21时。")
WATER = zh_column("记者从市供水公司获悉，因管网改造需要，本周四晚10时至次日6时，西城区部分小区"
                "将暂停供水，请居民提前做好储水准备。")

#: A story, a brief under it with its bracketed byline, and a brief under that one whose
#: lead names no writer, in one column; ``gap`` is what an extractor writes between the
#: two briefs (pdftotext: nothing, the column's lines run on; pdfminer: a blank line).
def _stacked(gap: str) -> str:
    return (f"第4版 · 城市\n\n东湖隧道主体结构完工\n\n{TUNNEL}\n\n{POOL}\n{gap}{WATER}\n\n"
            "责任编辑：刘洋\n")


@pytest.mark.parametrize("gap", ["", "\n"], ids=["run-on", "blank"])
def test_a_brief_whose_lead_names_no_writer_opens_an_item_of_its_own(gap: str) -> None:
    """``记者从市供水公司获悉，…`` after a brief that ended its sentence is the next brief,
    not that brief's second paragraph: the lead opens a story, and it talks of something
    else (before: one item held both briefs)."""
    page = ocr.process(_stacked(gap), lang="zh", correct=False)
    texts = ["".join(a.paragraphs) for a in page.articles]
    pool = next(t for t in texts if "游泳池" in t)
    water = next(t for t in texts if "供水" in t)
    assert pool is not water and "供水" not in pool and "游泳池" not in water
    tunnel = next(a for a in page.articles if "隧道" in "".join(a.paragraphs))
    assert "项目负责人介绍" in "".join(tunnel.paragraphs)


def test_a_lead_broken_before_its_verb_in_a_narrow_column_still_opens_a_brief() -> None:
    """In a column of ten characters a line the lead breaks before its verb
    (``记者从市供水公司`` / ``获悉，…``): read over the block's first lines, it still opens
    the next brief (before: the brief was the story's last paragraph)."""
    tunnel, pool = (zh_column(p.replace("\n", ""), measure=10) for p in (TUNNEL, POOL))
    water = zh_column(WATER.replace("\n", ""), measure=10)
    assert water.splitlines()[0] == "记者从市供水公司"
    text = (f"第4版 · 城市\n\n东湖隧道主体结构完工\n\n{tunnel}\n\n{pool}\n\n{water}\n\n"
            "责任编辑：刘洋\n")
    page = ocr.process(text, lang="zh", correct=False)
    texts = ["".join(a.paragraphs) for a in page.articles]
    assert not any("游泳池" in t and "供水" in t for t in texts)
    assert any("供水" in t and "游泳池" not in t and "隧道" not in t for t in texts)


#: A story whose later paragraph opens with a lead on the story's own subject.
OWN_SOURCE = "地铁5号线年底通车\n\n" + zh_column(
    "本报讯（记者周蕾）昨日，地铁5号线全线轨道铺通，进入设备调试阶段。5号线全长28公里，"
    "设站22座，串联城东新区和老城区。",
    "记者从市轨道交通集团获悉，地铁5号线将于本月底开始空载试运行，年底前开通初期运营，"
    "届时地铁线网总里程将达到156公里。") + "\n"


def test_a_story_s_paragraph_that_opens_with_a_lead_on_its_subject_stays() -> None:
    """A lead on the story's own subject (地铁5号线, 轨道) is a later paragraph of it."""
    page = ocr.process(OWN_SOURCE, lang="zh", correct=False)
    metro = next(a for a in page.articles if "轨道" in "".join(a.paragraphs))
    assert "空载试运行" in "".join(metro.paragraphs)


#: A story, then a notice set under it in its column with no heading and no byline: its
#: lead says first when (``自3月5日起``), after a purpose (``为配合…``).
MUSEUM = zh_column(
    "本报讯（记者韩冰）昨日，市博物馆新馆主体工程封顶，预计明年下半年对外开放。新馆建筑面积"
    "4.2万平方米，设有12个常设展厅。",
    "博物馆负责人介绍，新馆将重点展示本地出土的青铜器和陶瓷，并开设儿童互动体验区。")
DETOUR = zh_column("为配合雨水管网改造，自3月5日起，解放路（人民桥至东门段）实行半幅封闭施工，"
                   "工期约40天，请过往车辆绕行。")


@pytest.mark.parametrize("gap", ["", "\n"], ids=["run-on", "blank"])
def test_a_notice_whose_lead_says_when_opens_an_item_of_its_own(gap: str) -> None:
    """A headless notice under a story (``为配合…，自3月5日起，…``) is an item of its own,
    not the story's last paragraph (before: one item held both), whether the extractor
    runs the column on (pdftotext) or writes a blank line (pdfminer)."""
    text = f"第3版 · 城建\n\n市博物馆新馆封顶\n\n{MUSEUM}\n{gap}{DETOUR}\n\n责任编辑：刘洋\n"
    page = ocr.process(text, lang="zh", correct=False)
    texts = ["".join(a.paragraphs) for a in page.articles]
    museum = next(t for t in texts if "博物馆" in t)
    assert "儿童互动体验区" in museum and "解放路" not in museum
    assert any("解放路" in t and "博物馆" not in t for t in texts)


@pytest.mark.parametrize(("text", "lead"), [
    ("记者从市公安局交警支队获悉，因地下管", True),
    ("记者昨日从市交通运输局了解到，我市", True),
    ("近日，市红十字会组织开展无偿献血活动", True),
    ("即日起至4月30日，市民可凭社保卡到", True),
    ("为配合雨水管网改造，自3月5日起，解", True),
    ("9月18日，第三届全市青少年科技节在", True),
    ("2018年，他将自己收藏的300余件", False),
    ("该局近日还将开展专项检查", False),
    ("记者 王晓东", False),
    ("记者在现场看到，市民排起长队", False),
    ("据了解，今年全市还将新建书房20家", False),
])
def test_a_lead_that_names_no_writer(text: str, lead: bool) -> None:
    assert opens_lead(text) is lead


#: Modules side by side in a band: a story whose last column ends short, cut in a word
#: (``…传承人访谈等活`` / ``动。``), a story left open at its module's foot (it goes on
#: below the photo under it), one that jumps to another page, and a fourth story; the
#: extractor writes the first story's columns, the next two stories, the fourth story's
#: heading, then the first story's last column, then the fourth story's text.
FESTIVAL = zh_column(
    "本报讯（记者孙若楠）6月8日，第五届非物质文化遗产展演周在市民文化广场开幕，来自全市"
    "各区县的120余个非遗项目参加展演。",
    "舞台上，地方戏曲、民间舞蹈轮番上演。展演周期间，主办方还将举办非遗进校园、传承人访谈等活",
    measure=12)
FESTIVAL_TAIL = zh_column(
    "据介绍，我市现有国家级非遗项目7项、省级项目46项，各级代表性传承人280余名。", measure=12)
TEA = zh_column(
    "本报讯（记者赵雪）连日来，青山县白云镇的茶农们忙着采摘新茶，全县春茶开采时间比去年提前了一周。",
    "近年来，青山县大力发展生态茶产业，建成标准化茶园示范",
    measure=12)
HOSPITAL = zh_column(
    "本报讯（记者许嘉）6月下旬，市人民医院新门诊医技综合楼正式启用，日接诊能力提升至1.2万人次。",
    "据了解，原门诊楼将改造为住院部，改造完成后医院总床位数将增加",
    measure=12)
AIR = zh_column(
    "本报讯（记者李沐阳）今年1至6月，我市环境空气质量优良天数为160天，优良天数比例为88.4%，"
    "同比上升3.2个百分点。",
    "市生态环境局有关负责人表示，下半年将重点加强臭氧污染防治，确保全年空气质量目标顺利完成。",
    measure=12)
SIDE_BY_SIDE = (f"非遗展演周开幕 百余个项目集中亮相\n\n{FESTIVAL}\n\n春茶上市 茶农增收\n\n{TEA}\n\n"
                "市人民医院新门诊大楼投入使用\n\n"
                f"{HOSPITAL}\n\n（下转第5版）\n\n上半年空气优良天数\n比例达88.4%\n\n"
                f"动。\n{FESTIVAL_TAIL}\n\n{AIR}\n")


def test_a_story_s_last_column_written_after_the_next_module_s_heading_goes_back() -> None:
    """The block after the second story's heading that opens with the end of a sentence
    (``动。``, finishing 活动) and no byline is the first story's last column, not a
    headless item (before: ``动。`` / ``据介绍，…`` stood alone)."""
    page = ocr.process(SIDE_BY_SIDE, lang="zh", correct=False)
    festival = next(a for a in page.articles if "展演周" in "".join(a.paragraphs))
    assert "等活动。" in "".join(festival.paragraphs)
    assert "据介绍" in "".join(festival.paragraphs)
    air = next(a for a in page.articles if "空气质量" in "".join(a.paragraphs))
    assert "据介绍" not in "".join(air.paragraphs)


#: An English band of three modules whose columns end short: the first two stories are
#: left mid-sentence at their modules' feet, the third jumps to another page, and the
#: first story's last column comes after it (pdftotext).
BAND = """Library wins approval for new wing
By ELENA WARD
Staff Writer

The Town Council voted 5-2 on Tuesday to add a reading room and a children's
wing to the Elm Street library, ending a year of hearings over its cost. The
lone no vote came from member Alan Price, who said the council should have
waited for

Lions rally past Hartford in ninth
By GREG TOLLER
Staff Writer

HARTFORD, Conn. — Devon Marsh singled home two runs in the ninth inning
Saturday night, and the Lions came back from four runs

Ferry fares to rise in September
By PAUL GREEN
Staff Writer

The regional ferry authority will raise fares by 50 cents on Sept. 1 to cover
higher fuel and crew costs. The service carries about 4,200 riders on its

Please see FERRY, Page A7

the state to finish its review of the building's roof and wiring. Work could
begin next spring if the state signs off on the plan.
"""


def test_a_column_goes_on_with_the_open_story_whose_words_it_reads_on_from() -> None:
    """Of two stories left mid-sentence, the lower-case column goes on with the one its
    first words continue (``waited for`` | ``the state``), not the nearest (``from four
    runs`` | ``the state``; before: the baseball story took it)."""
    page = ocr.process(BAND, lang="en", correct=False)
    library = next(a for a in page.articles if "reading room" in " ".join(a.paragraphs))
    assert "the state to finish" in " ".join(library.paragraphs)
    lions = next(a for a in page.articles if "Devon Marsh" in " ".join(a.paragraphs))
    assert "the state" not in " ".join(lions.paragraphs)


#: A story in a narrow column, a brief whose first column is cut off mid-sentence at its
#: foot, the story's last paragraph, then the brief's second column (pdfminer reads the
#: columns of a band in turn).
CANTEEN = [
    "本报讯（记者周蕾）中午11点，城西街道幸福里社区的长者食堂里已经坐满了前来就餐的老人，"
    "两荤两素一汤，老年人凭卡就餐只需12元。",
    "“饭菜软烂，适合我们的牙口，价钱也实惠。”78岁的张大爷几乎每天都来长者食堂吃午饭。"]
CANTEEN_END = ("据市民政局介绍，截至目前，全市已建成社区长者食堂和助餐点186个，"
               "日均服务老年人1.5万人次。")
LIBRARY = ("本报讯（记者韩冰）日前，市图书馆夏季阅读推广活动启动，活动期间将举办亲子阅读、名"
           "家讲座、读书分享会等30余场活动。")


def test_a_paragraph_after_a_brief_cut_mid_sentence_goes_back_to_the_story_it_talks_of() -> None:
    """``据市民政局介绍，…长者食堂…`` opens a paragraph (its first line set short), so it goes
    on with no sentence the brief above it left open (``…亲子阅读、名``): it is the
    canteen story's last paragraph, which talks of it (before: the brief took it)."""
    cut = len(LIBRARY) - 22
    text = "\n\n".join([
        "第4版 · 城市", "社区长者食堂覆盖所有街道",
        *(zh_column(p, measure=10) for p in CANTEEN),
        zh_column(LIBRARY[:cut], measure=10), zh_column(CANTEEN_END, measure=10),
        "\n".join(LIBRARY[cut + i : cut + i + 10] for i in range(0, 22, 10)),
        "责任编辑：刘洋"]) + "\n"
    page = ocr.process(text, lang="zh", correct=False)
    texts = ["".join(a.paragraphs) for a in page.articles]
    canteen = next(t for t in texts if "幸福里" in t)
    assert "全市已建成社区长者食堂" in canteen and "图书馆" not in canteen


def test_a_paragraph_s_first_line_that_opens_a_quote_written_apart_is_no_headline() -> None:
    """pdfminer writes a paragraph's first line apart (``“今年头茬茶卖到每斤1200`` / blank /
    ``元，比去年涨了一成多。”…``): short and unpunctuated, it has a headline's shape, but it
    opens a quotation it does not close, which no headline does (before: it headed a
    second item, and the story was cut in two)."""
    story = zh_column("本报讯（记者周蕾）连日来，在青山县白云镇的高山茶园里，茶农们穿梭在茶垄间，"
                    "忙着采摘新茶。全县春茶开采时间比去年提前了一周左右。", measure=15)
    rest = zh_column("元，比去年涨了一成多。”茶农王建国一边采茶一边告诉记者，他家种了30亩茶，"
                   "加入合作社后收入一年比一年高。", measure=15)
    text = (f"第4版 · 城市\n\n春茶上市 茶农增收\n\n{story}\n\n“今年头茬茶卖到每斤1200\n\n"
            f"{rest}\n\n责任编辑：刘洋\n")
    page = ocr.process(text, lang="zh", correct=False)
    assert [a.headlines for a in page.articles if a.headlines] == [("春茶上市茶农增收",)]
    tea = next(a for a in page.articles if "白云镇" in "".join(a.paragraphs))
    assert "茶农王建国" in "".join(tea.paragraphs)


#: Two stories side by side, each a headline over a deck: pdftotext reads their heading
#: rows across both (headline, headline, deck, deck), then the bodies one after the other.
HEADING_ROWS = "\n\n".join([
    "第4版 · 城市", "让老年人在家门口吃上热乎饭", "春茶上市 茶农增收", "社区长者食堂覆盖所有街道",
    "全县茶园面积达12.6万亩 今年产值有望突破20亿元", "本报记者 许嘉",
    zh_column("中午11点，城西街道幸福里社区的长者食堂里已经坐满了前来就餐的老人。老年人凭卡就餐"
            "只需12元，儿女们也放心多了。", "据市民政局介绍，全市已建成社区长者食堂186个，"
            "实现所有街道全覆盖。", measure=14),
    zh_column("本报讯（记者李沐阳）连日来，在青山县白云镇的高山茶园里，茶农们忙着采摘新茶，"
            "全县春茶开采时间比去年提前了一周。", "近年来，青山县大力发展生态茶产业，"
            "茶园面积逐年扩大，茶叶产值稳步增长。", measure=14),
    "责任编辑：刘洋"]) + "\n"


def test_two_stories_heading_rows_read_across_both_go_each_to_its_story() -> None:
    """Headings that lean by turns to two stories (a headline's few words of its story:
    老年, 春茶, 茶农) are the two stories' rows read across: each story takes its
    headline and deck (before: the two headlines were left over, and the second deck
    went to the first story, the one right under it)."""
    page = ocr.process(HEADING_ROWS, lang="zh", correct=False)
    heads = {"".join(a.paragraphs)[:6]: {*a.headlines, a.kicker, a.subheadline} - {None}
             for a in page.articles if a.paragraphs}
    canteen = next(h for t, h in heads.items() if "中午" in t)
    tea = next(h for t, h in heads.items() if "连日来" in t)
    assert canteen == {"让老年人在家门口吃上热乎饭", "社区长者食堂覆盖所有街道"}
    assert tea == {"春茶上市茶农增收", "全县茶园面积达12.6万亩今年产值有望突破20亿元"}


#: A brief of two paragraphs whose second is short, then the next story's headline. The
#: extractor writes the second paragraph's lines apart: pdftotext each line a block
#: (``借阅证可借阅图书、期刊、报纸`` / ``和有声读物等。``), pdfminer cut at a list's comma.
CARD_BRIEF = {
    "pdftotext": "借阅证可借阅图书、期刊、报纸\n\n和有声读物等。",
    "pdfminer": "借阅证可借阅图书、期刊、\n\n报纸和有声读物等。",
}


@pytest.mark.parametrize("extractor", sorted(CARD_BRIEF))
def test_a_brief_s_short_last_paragraph_is_no_headline(extractor: str) -> None:
    """A short paragraph's first line over its last (a sentence that ends under it, then
    the next headline), or a line that ends on a list's comma, is the brief's text, no
    headline of an item of its own (before: ``借阅证可借阅图书…`` headed ``和有声读物等。``)."""
    card = zh_column("本报讯（记者杨帆）即日起至5月31日，市民可凭社保卡到全市各公共图书馆免费"
                     "办理借阅证，每人限办一张。", measure=19)
    text = (f"第5版 · 文化\n\n{card}\n\n{CARD_BRIEF[extractor]}\n\n城南新建三所公办幼儿园\n\n"
            + zh_column("本报讯（记者许嘉）今年秋季，城南片区将新增三所公办幼儿园，提供学位1080个，"
                        "可缓解周边适龄儿童入园难问题。", measure=19)
            + "\n\n责任编辑：刘洋\n")
    page = ocr.process(text, lang="zh", correct=False)
    card_item = next(a for a in page.articles if "借阅证" in "".join(a.paragraphs))
    assert "有声读物" in "".join(card_item.paragraphs)
    assert not any("借阅" in h for a in page.articles for h in a.headlines)
    school = next(a for a in page.articles if "幼儿园" in "".join(a.paragraphs))
    assert school.headlines == ("城南新建三所公办幼儿园",)
