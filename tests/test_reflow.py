"""Decoding and reflow of noisy text: wraps, hyphens, spurious spaces, encodings, bad input."""

from __future__ import annotations

import pytest
from conftest import ink, printed_text
from hypothesis import given, settings
from hypothesis import strategies as st

import ocr
from ocr.errors import InputError
from ocr.linejoin import join_lines
from ocr.paragraphs import paragraphs
from ocr.profiles import load_profile
from ocr.readers.textdecode import decode
from ocr.readers.textreflow import reflow
from ocr.script import guess_lang
from ocr.typography import cut_short, ends_sentence, text_width

PROFILE = load_profile()


def _paras(text: str, lang: str) -> list[str]:
    return paragraphs(list(reflow(text, lang, PROFILE)), lang)


def test_cjk_wrapped_word_is_joined_without_space() -> None:
    assert join_lines(["昨日，太", "仓市生物医药"]) == "昨日，太仓市生物医药"


def test_latin_lines_join_with_one_space() -> None:
    assert join_lines(["The council met", "on Tuesday."]) == "The council met on Tuesday."


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["the news-", "paper said"], "the newspaper said"),
        (["a well-", "known program"], "a well-known program"),
        (["a long-", "term plan"], "a long-term plan"),
        (["the gov-", "ernment"], "the government"),
        (["state-", "owned depot"], "state-owned depot"),
        (["Jean-", "Paul"], "Jean-Paul"),
    ],
)
def test_dehyphenation_keeps_real_hyphens(lines: list[str], joined: str) -> None:
    assert join_lines(lines) == joined


def test_spurious_spaces_around_digits_and_latin_in_chinese_go() -> None:
    text = "左旋星生物 CDMO/CRO 项目等2 批次共\n12 个项目签约落户太仓。"
    assert _paras(text, "zh") == ["左旋星生物CDMO/CRO项目等2批次共12个项目签约落户太仓。"]


def test_column_break_mid_sentence_is_not_a_paragraph_break() -> None:
    text = "公共实验平台、专项基金等功能配套\n\n加速完善，成为太仓发展生物医药\n产业的坚实支撑。"
    assert _paras(text, "zh") == [
        "公共实验平台、专项基金等功能配套加速完善，成为太仓发展生物医药产业的坚实支撑。"
    ]


def test_sentence_end_then_short_first_line_is_a_paragraph_break() -> None:
    # 14-em column; a paragraph's first line is set two ems in, so it carries two fewer.
    text = (
        "生物医药产业创新集群融合发展\n推进会举行，加快打造产业集群。\n"
        "市委书记汪香元出席会议并\n讲话。他强调，要加快发展。"
    )
    assert _paras(text, "zh") == [
        "生物医药产业创新集群融合发展推进会举行，加快打造产业集群。",
        "市委书记汪香元出席会议并讲话。他强调，要加快发展。",
    ]


def test_short_last_line_that_ends_a_sentence_ends_the_paragraph() -> None:
    text = "我市领导吴敬宇、王莉萍出席会\n议。\n会议还听取了各地的情况汇报，"
    assert len(_paras(text, "zh")) == 2


def test_indented_english_line_starts_a_paragraph() -> None:
    text = "  The council met on Tuesday and\nvoted on the budget.\n  The mayor was not there."
    assert _paras(text, "en") == [
        "The council met on Tuesday and voted on the budget.",
        "The mayor was not there.",
    ]


def test_a_quotation_after_a_sentence_ended_at_a_full_line_opens_a_paragraph() -> None:
    """Justified English text without indents: the line above is full, so only the
    quotation mark says a paragraph starts (a quote opens its own paragraph in news
    English); a capital there says nothing."""
    text = ("The plant would replace the 1962 works\n"
            "that failed state inspections in 2021.\n"
            "“We have patched that building for as\n"
            "long as anyone can remember,” she said.\n"
            "The vote clears the way for work to go\n"
            "ahead next spring on the east bank site.")
    assert [p[:12] for p in _paras(text, "en")] == ["The plant wo", "“We have pat"]


def test_english_crossheads_in_a_narrow_column_stand_apart() -> None:
    # A 36-character column (pdftotext, no blank line before the second crosshead): a
    # crosshead of three or four words takes two thirds of the measure.
    text = (
        "ago, and the waiting list for space has\n"
        "more than 40 names on it.\n\n"
        "More room, more parking\n"
        "The new site will have room for up\n"
        "to 110 stalls, along with public rest-\n"
        "rooms and a covered pavilion.\n"
        "Some vendors skeptical\n"
        "Not everyone is pleased. Several\n"
        "longtime vendors said they worried.\n"
    )
    assert _paras(text, "en") == [
        "ago, and the waiting list for space has more than 40 names on it.",
        "More room, more parking",
        "The new site will have room for up to 110 stalls, along with public restrooms "
        "and a covered pavilion.",
        "Some vendors skeptical",
        "Not everyone is pleased. Several longtime vendors said they worried.",
    ]


def test_a_short_line_that_runs_on_is_no_crosshead() -> None:
    # pdfminer writes a justified line's word runs as lines of their own.
    text = (
        "The vote clears the way for the plant.\n"
        "The council voted\n"
        "on Tuesday night to build the plant on\n"
        "Mill Road, ending three years of talk.\n"
    )
    assert len(_paras(text, "en")) == 1


def test_a_ragged_line_after_a_sentence_s_end_is_no_crosshead() -> None:
    # Ragged right: a line may end well short of the measure mid-sentence; only a line
    # set off (after a blank line or a paragraph's short last line) is asked up to 0.75.
    text = ("The council voted on Tuesday to build a new water\n"
            "plant, ending three years of talk and two lawsuits.\n"
            "The new water plant will then serve\n"
            "Harbor City and two nearby towns, and will cost about\n"
            "$48 million over four years, officials said.\n")
    assert len(_paras(text, "en")) == 1


def test_a_short_first_line_of_text_is_no_crosshead() -> None:
    # pdfminer leaves a dateline's line short (its word runs parted); no sentence ends
    # before it, so nothing sets it apart as a crosshead.
    text = ("MILLBROOK — The Millbrook\n"
            "Public Library turned 100 on Saturday, and\n"
            "about 800 people turned out to celebrate.\n")
    assert len(_paras(text, "en")) == 1


def test_a_single_leading_space_is_noise_not_an_indent() -> None:
    blocks = reflow(" 本报讯（记者 顾嘉乐）德国当地时间", "zh", PROFILE)
    assert blocks[0].lines[0].indent < 1.0
    assert blocks[0].lines[0].text.startswith("本报讯")


def test_inline_jump_line_becomes_its_own_block() -> None:
    blocks = reflow("应用场景10个。 （下转第2版）", "zh", PROFILE)
    assert [b.text for b in blocks] == ["应用场景10个。", "（下转第2版）"]


def test_cjk_punctuation_counts_half_width() -> None:
    assert text_width("发展，举全市之力") == 7.5
    assert text_width("CDMO") == 2.0


SAMPLE = "本报讯（记者 王硕）昨日，太仓市生物医药产业创新集群融合发展推进会举行。\n"


@pytest.mark.parametrize(
    "data",
    [
        SAMPLE.encode("utf-8"),
        b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"),
        SAMPLE.encode("gb18030"),
        SAMPLE.encode("gbk"),
        SAMPLE.encode("utf-16"),
        SAMPLE.encode("utf-16-le"),
        SAMPLE.encode("utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "gb18030", "gbk", "utf16-bom", "utf16le", "utf16be"],
)
def test_encodings_decode_to_the_same_text(data: bytes) -> None:
    assert decode(data, "page.txt") == SAMPLE


def test_full_and_half_width_digits_are_left_as_printed() -> None:
    assert decode("第２版 第2版".encode(), "x") == "第２版 第2版"


def test_text_is_nfc() -> None:
    assert decode("Cafe\u0301 au lait".encode(), "x") == "Café au lait"


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty file"),
        (b"  \n\n\t ", "empty file"),
        (bytes(range(256)) * 40, "binary data"),
        (b"\x89PNG\r\n\x1a\n" + bytes(3000), "binary data"),
        (b"ok text \x81\x30\xff\xfe more", "undecodable"),
    ],
)
def test_bad_input_is_refused_with_a_one_line_error(data: bytes, problem: str) -> None:
    with pytest.raises(InputError) as err:
        decode(data, "bad.txt")
    assert problem in str(err.value) and "bad.txt" in str(err.value)
    assert "\n" not in str(err.value)


def test_a_50_mb_file_is_refused_before_it_is_read(tmp_path) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    with pytest.raises(InputError, match="too large"):
        ocr.process(big)


def test_language_is_detected() -> None:
    assert guess_lang("太仓市生物医药产业 CDMO") == "zh"
    assert guess_lang("The City Council approved 太 a budget") == "en"


# Property tests: reflow and assembly never lose or invent a printed character.
_cjk = st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF)
_punct = st.sampled_from(list("，。、；：？！“”（）"))
_latin = st.sampled_from(list("abcdefghijklmnopqrstuvwxyzABCDEFG0123456789.,"))
_line = st.lists(st.one_of(_cjk, _punct, _latin, st.just(" ")), min_size=0, max_size=20).map(
    "".join
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_line, min_size=1, max_size=25))
def test_reflow_keeps_every_non_space_character(lines: list[str]) -> None:
    text = "\n".join(lines)
    if not text.strip():
        return
    for lang in ("zh", "en"):
        blocks = reflow(text, lang, PROFILE)
        got = sorted(c for b in blocks for c in b.text if not c.isspace())
        assert got == sorted(c for c in text if not c.isspace())


@settings(max_examples=75, deadline=None)
@given(st.lists(_line, min_size=1, max_size=25))
def test_processing_text_is_deterministic_and_lossless(lines: list[str]) -> None:
    text = "\n".join(lines) + "\n"
    if not any(c.isalnum() for c in text):
        return
    first = ocr.page_dict(ocr.process(text, lang="zh", correct=False))
    assert ocr.page_dict(ocr.process(text, lang="zh", correct=False)) == first
    got = ink(printed_text(first))
    expected = ink(text)
    del got["-"], expected["-"]
    assert got == expected


@pytest.mark.parametrize(
    ("line", "ends"),
    [("the council voted on Tuesday.", True), ("said Council Presi-", False),
     ("in the U.S.", False), ("“We are not in a crisis.”", True),
     ("全市62万亩小麦已收割过半。", True), ("目前，", False),
     ("a" * 200 + "!", True), ("a" * 200 + " and", False),
     ("he said, “Never.”)", True)],
)
def test_sentence_end_is_judged_at_the_line_end(line: str, ends: bool) -> None:
    assert ends_sentence(line) is ends


def test_a_justified_line_of_narrow_letters_is_no_heading_on_top() -> None:
    """Four characters short of its neighbours, before a line that opens on a capital:
    a full line of running text set in narrow letters, not a heading cut short by hand
    (one is short of the measure by a good share of it: ``Library Extends Summer Hours``)."""
    text = ("Pilots still fill their tanks at little Hillfield until\n"
            "Town Council votes on a new lease for the airfield next month,\n"
            "and none of the private owners who keep planes there would\n"
            "be asked to pay more than they do now, the airport manager said.\n")
    assert len(list(reflow(text, "en", PROFILE))) == 1
    headed = "Airfield lease to go to a vote\n" + text.split("\n", 1)[1]
    assert [len(b.lines) for b in reflow(headed, "en", PROFILE)] == [1, 3]


@pytest.mark.parametrize(
    ("line", "word", "measure", "short"),
    [("School board picks new", "superintendent", 55, True),  # broken by hand
     ("Pilots still fill their tanks at little Hillfield until", "Town", 64, False),
     ("Volunteers will plant trees along", "the", 36, False),  # a narrow column's full line
     ("Fire guts warehouse", "A", 26, True), ("Fire guts old warehouse", "A", 28, False)],
)
def test_a_line_is_cut_short_only_with_room_to_spare(
        line: str, word: str, measure: float, short: bool) -> None:
    """Well before the next word would have fitted: 15% of the measure to spare, and
    more than a short word in a narrow column (``typography.cut_short``)."""
    assert cut_short(line, word, measure) is short
