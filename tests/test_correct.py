"""Dictionary correction: fixes OCR misreadings, leaves clean text, protected words and
addresses alone, honours user lexicons, and keeps an audit trail that points at the words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import FIXTURES
from hypothesis import given, settings
from hypothesis import strategies as st

from ocr.correct import correct_text
from ocr.correct.proposals import Proposal
from ocr.profiles import Profile, load_profile

SAMPLES = FIXTURES / "correct"


def _profile(tmp_path: Path, correction: str, names: str | None = None) -> Profile:
    if names is not None:
        (tmp_path / "names.txt").write_text(names, encoding="utf-8")
    path = tmp_path / "title.toml"
    path.write_text(f'extends = "generic"\n[correction]\n{correction}\n', encoding="utf-8")
    return load_profile(path)


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        ("He said tbe council met.", "He said the council met."),
        ("A rnodern building.", "A modern building."),
        ("Tbe cornpany grew.", "The company grew."),
        ("The rnayor’s office.", "The mayor’s office."),
        ("It was 1ater than the c0mputer said.", "It was later than the computer said."),
        ("The night yvas cold.", "The night was cold."),
        ("太仑市位于江苏省东南部。", "太仓市位于江苏省东南部。"),
        ("苏卅是一座历史文化名城。", "苏州是一座历史文化名城。"),
        ("这是一个末来的城市。", "这是一个未来的城市。"),
    ],
)
def test_ocr_misreadings_are_fixed(read: str, fixed: str) -> None:
    assert correct_text(read)[0] == fixed


@pytest.mark.parametrize(
    "text",
    [
        "Visit www.tbe-news.com or write to tbe@herald.org today.",
        "NASA and the FBl met on 1999-05-01 at 10:30, room 5B, the 3rd time.",
        "Revenue rose 4.5% to $12,000 in Q3 2023.",
        "Mr. Okafor met Ms. Cline and Dr. Clark in Barnes.",
        "The function __dict__ and x_tbe = {rnodern} are code.",
        "A café on the Straße sold bovß and crème brûlée.",
    ],
)
def test_numbers_addresses_acronyms_names_and_code_untouched(text: str) -> None:
    assert correct_text(text) == (text, [])


def test_protected_words_never_change(tmp_path: Path) -> None:
    profile = _profile(tmp_path, 'protected = ["tbe", "苏卅"]')
    text = "Use tbe form. 苏卅是一座城市。"
    assert correct_text(text, profile)[0] == text
    assert correct_text(text)[0] == "Use the form. 苏州是一座城市。"


def test_user_lexicon_fixes_a_regional_name(tmp_path: Path) -> None:
    """璜泾 (a town of Taicang) is not in the general lexicon; the title's list has it."""
    text = "昨日，璞泾镇举行活动。Ferry service to Woolloornooloo resumed."
    assert correct_text(text)[0] == text
    profile = _profile(tmp_path, 'lexicons = ["names.txt"]', "璜泾\nWoolloomooloo\t4.0\n")
    fixed, props = correct_text(text, profile)
    assert fixed == "昨日，璜泾镇举行活动。Ferry service to Woolloomooloo resumed."
    assert [p.original for p in props] == ["璞泾", "Woolloornooloo"]


def test_bad_user_lexicon_names_the_file(tmp_path: Path) -> None:
    """The profile names a missing word list when it is loaded (or, at the latest, used)."""
    from ocr.errors import InputError, ProfileError

    with pytest.raises((InputError, ProfileError), match="missing.txt"):
        correct_text("tbe", _profile(tmp_path, 'lexicons = ["missing.txt"]'))


def _units(text: str) -> list[str]:
    return re.findall(r"[\u4e00-\u9fff]|[^\s\u4e00-\u9fff]+", text)


@pytest.mark.parametrize("name", ["en_gpl3.txt", "en_pydoc.txt", "zh_vimtutor.txt"])
def test_clean_real_prose_is_barely_changed(name: str) -> None:
    clean = (SAMPLES / name).read_text(encoding="utf-8")
    out = "\n\n".join(correct_text(p)[0] for p in clean.split("\n\n"))
    before, after = _units(clean), _units(out)
    changed = sum(a != b for a, b in zip(before, after, strict=True))
    assert changed <= 0.001 * len(before), f"{changed} of {len(before)} units changed"


def test_proposals_point_at_the_changed_text() -> None:
    text = "On Monday tbe rnayor said 太仑市 and tbe city agreed."
    fixed, props = correct_text(text)
    assert fixed == "On Monday the mayor said 太仓市 and the city agreed."
    for p in props:
        assert text[p.start : p.end] == p.original
        assert p.score >= 80 and p.reason


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abcdehilmnorstuvw01 5ITB.,'-太仑苏卅州仓市的是\n", max_size=60))
def test_correction_keeps_layout_and_points_into_the_text(text: str) -> None:
    """Every word stays a word, but for a speck read as a mark, which goes whole
    (``BB ' BB`` -> ``BB BB``: a proposal to nothing), a mark gluing two known
    words, which becomes their space (``BB'BB`` -> ``BB BB``: one word more), and a word
    split in two, joined (``T el`` -> ``Tel``: one word less; hypothesis found it)."""
    fixed, props = correct_text(text)

    def glued(p: Proposal) -> bool:
        """A mark between two letters made their space (not a speck between spaces)."""
        inside = 0 < p.start and p.end < len(text)
        return p.corrected == " " and inside and not (
            text[p.start - 1].isspace() or text[p.end].isspace())

    split = sum(1 for p in props if glued(p))
    removed = sum(1 for p in props if not p.corrected.strip() and not glued(p))
    joined = sum(len(p.original.split()) - len(p.corrected.split())
                 for p in props if p.reason.startswith("joined split word"))
    assert len(fixed.split()) == len(text.split()) - removed + split - joined
    assert all(text[p.start : p.end] == p.original != p.corrected for p in props)
    assert [p.start for p in props] == sorted(p.start for p in props)


_HAN = "太仓市苏州新区建设项目功能配套加速完善大内存最六对象集意义又的了在是"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_HAN, min_size=2, max_size=14), st.data())
def test_scoring_one_changed_character_equals_a_fresh_viterbi(
    text: str, data: st.DataObject
) -> None:
    """The corrector scores a swap from prefix and suffix scores, not a new segmentation."""
    from ocr.correct.han import HanCorrector

    han = HanCorrector(load_profile(None).correction, {}, frozenset())
    k = data.draw(st.integers(0, len(text) - 1))
    other = data.draw(st.sampled_from(_HAN))
    prefix, _ = han._prefix_best(text)
    suffix = han._suffix_best(text)
    assert suffix[0] == pytest.approx(prefix[-1])
    got, in_word = han._best_with(
        other, prefix[k] + suffix[k + 1], han._frames(text, k, prefix, suffix)
    )
    changed = text[:k] + other + text[k + 1 :]
    want, split = han.best_split(changed)
    assert got == pytest.approx(want, abs=1e-9)
    alone = prefix[k] + han._unit(other) + suffix[k + 1]
    if got > alone + 1e-9:  # only a word over the new character scores this high
        assert in_word and any(a <= k < b and b - a >= 2 for a, b in split)
    else:
        assert not in_word


# -- context: real-word errors, broken words, capitals (issue 14) --------------------------


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        ("He said that tho Government would act.", "He said that the Government would act."),
        ("The land will bo offered for sale.", "The land will be offered for sale."),
        ("They went to town aud bought bread.", "They went to town and bought bread."),
    ],
)
def test_real_word_errors_are_fixed_by_context(read: str, fixed: str) -> None:
    """Words of their own that OCR made from commoner words (tho, bo, aud) change only
    where the word pairs around them say so."""
    assert correct_text(read)[0] == fixed


def test_real_words_in_their_own_context_stay() -> None:
    """The same rare words stay where context does not favour the common one."""
    for text in ("Tho' the night was cold, we went on.", "He sold his bo staff.", "Aud."):
        assert correct_text(text)[0] == text


def test_a_word_broken_at_a_line_end_without_its_hyphen_is_joined() -> None:
    out, props = correct_text("The meeting discussed the con stitution of the society.")
    assert out == "The meeting discussed the constitution of the society."
    assert [(p.original, p.corrected, p.reason) for p in props] == [
        ("con stitution", "constitution", "joined split word")
    ]
    text = "He went in to the room and took a part of the bread."
    assert correct_text(text)[0] == text  # two words of their own are never joined


def test_a_broken_word_misread_once_is_joined_even_where_a_piece_is_a_word() -> None:
    """Pieces of a word broken at a line end, one letter misread, where one piece is a
    rare word (``ra``, ``luce``, ``ce``): joined when the joined letters are one confusion
    from a known word that context prefers to the pieces."""
    for read, fixed in [
        ("The Minister will intro luce the bill next week.", "introduce"),
        ("The Chamber of Commet ce met on Tuesday.", "Commerce"),
        ("The votes were ra corded in the minute book.", "recorded"),
    ]:
        out, props = correct_text(read)
        assert [p.corrected for p in props] == [fixed]
        assert props[0].reason.startswith("joined split word, ")
    for text in (  # rare words and names beside each other, no broken word
        "The sheep were shorn at Burra station near Yass.",
        "They sailed from Hobart in the barque Emu last week.",
    ):
        assert correct_text(text)[0] == text


def test_a_lower_case_i_read_as_a_capital_is_lowered_inside_a_sentence() -> None:
    assert correct_text("the meeting held In the town hall")[0] == (
        "the meeting held in the town hall"
    )
    for text in ("The case of India was heard.", "He left. In the morning it rained."):
        assert correct_text(text)[0] == text


def test_a_rare_word_read_the_same_way_twice_is_not_a_misreading() -> None:
    """Old measures and trade words (roods, congou) recur in one text; a misreading
    rarely repeats letter for letter."""
    text = "40 acres 2 roods, and 12 acres 3 roods, near the creek."
    assert correct_text(text)[0] == text


def test_pieces_of_garbled_words_are_left_as_read() -> None:
    """Fragments of a garbled stretch (``plnc-il``, ``l.ing.lren``, ``Mest,ra``) would only
    become other wrong words."""
    for text in ("it was plnc-il in position", "the l.ing.lren family", "Mest,ra Brown"):
        assert correct_text(text)[0] == text


def test_words_run_together_are_split_when_context_agrees() -> None:
    assert correct_text("the supplyof water was cut")[0] == "the supply of water was cut"
    assert correct_text("the end ofthe day")[0] == "the end of the day"
    for text in ("a new somewhere place", "the Sydneyside people", "Mr Usit said"):
        assert correct_text(text)[0] == text


def test_tesseract_confusions_ship_both_ways_and_simplified_only() -> None:
    """``zh_ocr.tsv`` holds what real Tesseract printed for what was drawn
    (scripts/make_ocr_confusions.py); each pair serves both directions."""
    from ocr.correct.confusions import han_ocr_table

    table = han_ocr_table()
    forward = [(seen, truth) for seen, row in table.items() for truth, _, fwd in row if fwd]
    assert len(forward) > 1000
    for seen, truth in forward:
        assert seen != truth
        assert (seen + truth).encode("gb2312")  # simplified forms only (raises otherwise)
        assert any(other == seen for other, _, _ in table[truth])


@pytest.mark.parametrize(
    ("read", "fixed"),
    [("他是我的女朋反", "他是我的女朋友"), ("这个名种各样的东西", "这个各种各样的东西")],
)
def test_confusions_tesseract_makes_are_fixed(read: str, fixed: str) -> None:
    """反/友 and 名/各 are no close look-alikes by rendered shape, but Tesseract confuses them."""
    out, props = correct_text(read)
    assert out == fixed
    assert props[0].reason.startswith("OCR confusion")


def test_chinese_names_after_a_surname_are_left_as_read() -> None:
    """A surname and the character after it are mostly a name no lexicon lists: 勋武 is
    no misreading of 动武, nor 甄嬛 of 甄姬."""
    for text in ("农业科技优势，王勋武说台湾农业卖到以色列", "朱学恒说王好似甄嬛"):
        assert correct_text(text)[0] == text


def test_a_name_after_a_prefix_of_familiar_address_is_left_as_read() -> None:
    """小, 老 and 阿 before a name (小明, 老王) work as a surname does: 小悦 is a name,
    not a misreading of 小说."""
    text = "一个就是我们可爱的小悦说"
    assert correct_text(text)[0] == text


def test_traditional_script_is_not_simplified() -> None:
    """後 and 后 are one character in two scripts: a page printed in traditional script was
    read as printed (the built-in tables list 後 -> 后 as a Tesseract confusion)."""
    for text in ("我們不能只治標，然後不治本", "他們說過以後再來"):
        assert correct_text(text)[0] == text


def test_a_stray_traditional_character_on_a_simplified_page_is_corrected() -> None:
    """One traditional character in simplified text is a misreading (Tesseract's tables
    list 後 -> 后): it is corrected, as a traditional text is not (above)."""
    assert correct_text("我们吃完饭然後去看电影。")[0] == "我们吃完饭然后去看电影。"
    assert correct_text("这个问题我们以後再说吧。")[0] == "这个问题我们以后再说吧。"
