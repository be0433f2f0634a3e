"""Chinese crossheads of two or three letters (a recipe's ``用料`` and ``步骤``): short as a
section's label, they come in sets within one story, where a label or a notice's standing
head stands alone. Drawn in pdfminer's style (each paragraph a block, blank lines between)
and pdftotext's (a crosshead run into the block above)."""

from __future__ import annotations

import ocr

RECIPE = """家常菜谱

红烧带鱼：一盘咸鲜过冬

本报记者 韦秋萍

进了腊月，菜市场的冻带鱼
一天比一天好卖。一盘红烧带鱼
咸鲜下饭，是不少人家年夜饭桌
上少不了的菜。

用料

带鱼两条（约600克），葱一
根，姜三片，蒜四瓣，生抽、老
抽、白糖、香醋各适量。

步骤

一、带鱼去头去尾，剪去鱼鳍，
切成6厘米长的段，用厨房纸吸
干水分。

二、锅里放油烧到七成热，下
鱼段煎到两面金黄，盛出备用。

三、留底油爆香葱姜蒜，放回
鱼段，加生抽、老抽、白糖和半
碗热水，小火收汁后淋香醋出锅。
"""

#: The same story as pdftotext may write it: the second crosshead run into the block of
#: the list above it, after the list's last sentence.
RECIPE_RUN_IN = RECIPE.replace("香醋各适量。\n\n步骤\n\n", "香醋各适量。\n步骤\n")


def _story(page: ocr.Page, words: str) -> ocr.Article:
    return next(a for a in page.articles if words in "".join(a.paragraphs))


def test_a_recipes_crossheads_stay_in_its_story() -> None:
    for text in (RECIPE, RECIPE_RUN_IN):
        page = ocr.process(text, lang="zh", correct=False)
        story = _story(page, "冻带鱼")
        body = "".join(story.paragraphs)
        assert "用料" in story.paragraphs
        assert "带鱼两条" in body and "小火收汁" in body
        assert story.headlines[-1] == "红烧带鱼：一盘咸鲜过冬"
        assert not any("用料" in a.headlines or "步骤" in a.headlines for a in page.articles)


# A short line alone between a story and text that goes on with its words: a notice's
# standing head, no crosshead of the story above.
NOTICE_UNDER_A_STORY = """社区书屋添新书

本报讯（记者 郁晓岚）日前，城南街道社区书屋新添
图书两千余册，涵盖文学、历史、少儿、养生等类别，居
民凭身份证即可免费借阅。社区书屋每天开放八小时，
周末还设有亲子阅读角。

启事

城南街道社区书屋因新添图书上架整理，本周六暂停
借阅一天，周日起恢复开放，给居民带来不便，敬请谅解。
"""


def test_a_lone_short_head_keeps_its_notice_apart() -> None:
    page = ocr.process(NOTICE_UNDER_A_STORY, lang="zh", correct=False)
    story = _story(page, "两千余册")
    assert "暂停" not in "".join(story.paragraphs)
    notice = _story(page, "暂停")
    assert notice.headlines == ("启事",)
