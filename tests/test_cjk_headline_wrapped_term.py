"""A Chinese headline wrapped right before or after a Latin term or figure (``…新增5G`` /
``基站800座``, ``…智慧`` / ``App上线``): no word of the lexicon reads across the break, but
the story's text holds the term with the letter on the break's other side (``5G基``,
``慧App``), as a headline's words are the lead's (``heading_roles._cjk_wrapped``). A deck
whose first letter the story does not run on from the term stays apart."""

from __future__ import annotations

import ocr


def _page(heading: str) -> str:
    return ("第3版\n\n民生\n\n2026年1月12日 星期一\n\n" + heading + "\n\n"
            "本报讯（记者 钟一鸣）记者从市通信管理局获悉，今年我市新增5G基站800\n"
            "座，城区和重点乡镇实现5G网络连续覆盖，市民出行办事更加便捷。\n"
            "与此同时，全市政务服务“一网通办”智慧App上线，可办理事项三百余项。\n")


def _heads(text: str) -> tuple[str | None, ...]:
    art = ocr.process(text, lang="zh", correct=False).articles[0]
    return (art.kicker, *art.headlines, art.subheadline)


def test_a_headline_wrapped_after_a_latin_term_is_one_headline() -> None:
    heads = _heads(_page("我市今年新增5G\n基站800座"))
    assert "我市今年新增5G基站800座" in heads


def test_a_headline_wrapped_before_a_latin_term_is_one_headline() -> None:
    heads = _heads(_page("政务服务一网通办智慧\nApp上线"))
    assert "政务服务一网通办智慧App上线" in heads


def test_a_deck_after_a_latin_term_stays_apart() -> None:
    heads = _heads(_page("我市今年新增5G\n城区实现网络连续覆盖"))
    assert "我市今年新增5G" in heads and "城区实现网络连续覆盖" in heads
