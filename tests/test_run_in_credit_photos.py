"""Photos stacked, each caption with its credit run in, in brackets: two photos.

Chinese papers set a photo's credit in brackets after its caption's last sentence
(``…收割早稻。（通讯员 王晓琳 摄）``); a caption right after such a caption is the
next photo's, as it is after a credit on a line of its own. The page is drawn here.
"""

from __future__ import annotations

import ocr

PAGE = """市区道路完成夜间改造

本报讯（记者 李沐阳）记者从市政部门获悉，中山路改造工程已于昨日全部完工，
道路通行能力提升三成，沿线公交站点也同步完成了改造。

青山县白云镇的农民在田间收割早稻。
（通讯员 王晓琳 摄）

6月12日，工人在高新区一家电子企业生产线上组装电路板。（记者 孙若楠 摄）

图书馆夏季阅读活动启动

本报讯（记者 许嘉）日前，市图书馆夏季阅读推广活动启动，活动期间将举办亲子阅读、
名家讲座、读书分享会等三十余场活动。
"""


def test_two_captions_with_run_in_credits_are_two_photos() -> None:
    page = ocr.process(PAGE, lang="zh", correct=False)
    captions = sorted(p.caption or "" for p in page.photos)
    assert len(captions) == 2
    assert "早稻" in captions[1] and "电路板" not in captions[1]
    assert "电路板" in captions[0] and "早稻" not in captions[0]
