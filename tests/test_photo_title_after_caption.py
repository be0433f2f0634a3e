"""A photo's title written after a caption whose credit is run in, and the brief after it.

Chinese papers end a caption with its credit in brackets (``…收割早稻。（本报记者 黄一鸣
摄）``): the caption ends there, though ``摄）`` ends no sentence, and a short line after
it is a photo's title, not the caption's last words. Read as running text it glued the
next brief's lead (``近日，…``) to the story before. And a brief's lead names no writer
(``记者从市公安局交`` / ``警支队获悉，``): it opens a story of its own, never a story's
last column finished after a heading. The pages are drawn here in extractor style.
"""

from __future__ import annotations

import ocr

STACKED = """社区长者食堂覆盖所有街道

本报讯（记者 王晓琳）中午11点，城西街道幸福里社区的
长者食堂里已经坐满了前来就餐的老人。今天的菜单是红烧
鱼块、青椒肉丝、清炒时蔬和番茄蛋汤，两荤两素一汤。
今年，我市计划再新增助餐点40个，并探索引入品牌餐饮企
业参与运营，提升饭菜质量和服务水平。

本报讯（记者 李沐阳）日前，市图书馆“悦读清河”夏季阅
读推广活动启动，活动期间将举办亲子阅读、名家讲座、读
书分享会等30余场活动。市民可关注市图书馆公众号报名参加。

6月12日，工人在高新区一家电子企业
生产线上组装电路板。（记者 李沐阳
摄）

丰收

青山县白云镇的农民在田间收割早
稻。（本报记者 黄一鸣 摄）

近日，市红十字会组织开展

“无偿献血 热血助人”主题活
动，共有236名爱心人士参与献
血，献血总量达7.8万毫升。

市人民医院新门诊大
楼投入使用

本报讯（记者 黄一鸣）6月下旬，市人民医院新门诊医技综合楼
正式启用。新大楼地上18层、地下3层，总建筑面积约9.8万平方米。
"""

AFTER_JUMP = """上半年空气优良天数比例达88.4%

本报讯（记者 孙若楠）
记者从市生态环境局获
悉，今年1至6月，我市
环境空气质量优良天数
为160天，优良天数比例
为88.4%，同比
（下转第6
版）

青山县白云镇的农民在田间收割早稻。（本报记者 王晓琳 摄）

丰收
记者从市公安局交
警支队获悉，因地下管
线施工需要，自本周六
起，人民路与解放路交
叉口将实施为期一个月
的半幅封闭施工，过往
车辆请提前绕行。

清河公交线网完成新一轮调整

本报讯（记者 杨帆）
记者昨日从市交通运输
局获悉，经过近半年的
调研和意见征集，我市
公交线网完成新一轮调
整，新开线路38条。
"""


def _items(page: ocr.Page) -> list[str]:
    return [(a.byline or "") + "".join(a.paragraphs) for a in page.articles]


def test_brief_after_a_photo_title_opens_its_own_item() -> None:
    page = ocr.process(STACKED, lang="zh", correct=False)
    items = _items(page)
    library = next(t for t in items if "市图书馆" in t)
    assert "红十字会" not in library and "丰收" not in library
    assert any(t.startswith("近日，市红十字会") for t in items)
    assert "丰收" in [p.title for p in page.photos]


def test_brief_lead_after_a_photo_title_is_no_story_tail() -> None:
    page = ocr.process(AFTER_JUMP, lang="zh", correct=False)
    items = _items(page)
    air = next(t for t in items if "优良天数" in t)
    assert "交警" not in air
    brief = next(t for t in items if "封闭施工" in t)
    assert "丰收" not in brief and "优良" not in brief
    assert "丰收" in [p.title for p in page.photos]
