"""Defects the forty-fifth session's review (rev55) found in its merges; each failed on d7a2af2.

A German suspended compound (Ergänzungsstrich: ``Bundes-`` / ``und Landespolitik``) keeps
its space: the hyphen stands for the shared tail, ``und`` opens the next word group. Main
before the merge printed ``Bundes- und``; ``_foreign_junction`` now finds ``bundes`` and
``und`` both German words and calls it a compound (``Bundes-und``).

A capitals reading (``ocr confusion, capitals``) may change a real but rare word into a
commoner one (``FOE`` -> ``FOR``): the token is a word, so the engine's confidence must
still veto it. ``NON_WORD_READINGS`` matches the reason's prefix ``ocr confusion`` and so
lets every capitals reading through the veto.

A Fraktur page's German function words carry the long s (``iſt``, ``ſich``):
``script.foreign_language`` counts ``[a-z]+`` runs, so ``iſt`` is ``i`` and ``t`` and a
two-line paragraph is not told German; its wrap ``ver-`` / ``laſſen`` stays ``ver-laſſen``
though ``lexicon.is_word`` reads the long s as s.

A photo's credit set level with its caption's line, its box a few pixels higher, is
refused by ``classify._by_photo`` (``byline.y >= cap.y``).
"""

from __future__ import annotations

from conftest import IMAGE_SOURCE, assembled_scan, scanned_block

from ocr.classify import classify
from ocr.correct import correct
from ocr.linejoin import join_lines
from ocr.model import BODY, HEADLINE, Block, BlockKind, Box, Line, Page, Word

GERMAN = "Die Regierung hat nicht gesagt, wie es mit dem Vorhaben weitergeht, und auch nicht."


def test_a_suspended_german_compound_keeps_its_space() -> None:
    joined = join_lines(["Bei der Bundes-", "und Landespolitik ist das nicht so.", GERMAN])
    assert "Bundes- und Landespolitik" in joined


def test_a_fraktur_paragraph_is_told_german_by_its_long_s_words() -> None:
    joined = join_lines(["Man ſagt, es iſt ſo, daß ſich die Stadt ver-", "laſſen hat."])
    assert "Stadt verlaſſen hat" in joined


def test_a_french_euphonic_t_keeps_its_hyphens() -> None:
    """``a-t-`` / ``elle``: the ``t`` between two hyphens is no word's first half; joined
    as a wrap it makes ``a-telle`` (``telle`` a French word) or ``va-ton``, ``a-til``.
    (Older than the merge: English ``hyphen_is_wrap`` takes ``t`` / ``on`` first; the
    merged French rule inherits it.)"""
    joined = join_lines(["Pourquoi a-t-", "elle quitté la ville et les habitants ?"])
    assert "a-t-elle quitté" in joined
    joined = join_lines(["Que va-t-", "on faire pour les habitants et les commerces ?"])
    assert "va-t-on faire" in joined


def _line(y: int, words: list[tuple[str, float]]) -> Line:
    return Line(tuple(Word(t, Box(10 + 60 * n, y, 50, 20), c)
                      for n, (t, c) in enumerate(words)), Box(10, y, 60 * len(words), 20))


def test_a_real_word_in_capitals_read_with_certainty_stays() -> None:
    """``FOE`` is a word (Zipf 3.5): read at 0.97, the engine's veto holds as for ``tho``."""
    head = Block("b1", HEADLINE, (_line(10, [("OLD", 0.97), ("FOE", 0.97),
                                             ("RETURNS", 0.97)]),), Box(10, 10, 400, 20))
    text = "The council said on Monday that the plan would go ahead next year."
    body = Block("b2", BODY, (_line(50, [(w, 0.96) for w in text.split()]),),
                 Box(10, 50, 900, 30))
    got = [(c.original, c.corrected) for c in correct(assembled_scan([head, body])).corrections]
    assert ("FOE", "FOR") not in got


def test_a_credit_right_set_level_with_the_caption_s_line_is_its_credit() -> None:
    """``classify._by_photo`` asks ``byline.y >= cap.y``: a credit set on the caption's
    line at the photo's right edge, its box 3 px higher (its type smaller), is refused
    and stays a byline (main before the merge: the credit)."""
    page = Page("p", IMAGE_SOURCE, "zh", (2480, 3508), blocks=(
        scanned_block("pic", BlockKind.ILLUSTRATION, Box(130, 786, 1500, 323)),
        scanned_block("cap", BlockKind.CAPTION, Box(131, 1158, 900, 30),
                      "越冬候鸟在白鹭洲湿地觅食。"),
        scanned_block("by", BlockKind.BYLINE, Box(1460, 1155, 160, 26), "记者孙悦报"),
        scanned_block("txt", BlockKind.BODY, Box(131, 1250, 722, 216),
                      "老街改造工程日前全部完工。10月12日起，",
                      "这条长约八百米的老街重新向市民开放，沿")))
    kinds = {b.id: b.kind for b in classify(page).blocks}
    assert kinds["by"] is BlockKind.CREDIT


def test_a_wide_photo_higher_in_the_column_lends_the_caption_no_measure() -> None:
    """S3 s827's blocks (``test_credit_by_its_photo``) with the byline level with the
    caption (its top at the caption's, not 4 px over it) and a photo across the page
    higher up in the caption's column: ``_by_photo`` widens the caption's measure by
    every photo over it, so the story's byline two columns right becomes the credit and
    its text the caption. Only the caption's own photo, right over it, gives a measure."""
    page = Page("p", IMAGE_SOURCE, "zh", (2480, 3508), blocks=(
        scanned_block("top", BlockKind.ILLUSTRATION, Box(130, 300, 2200, 900)),
        scanned_block("pic", BlockKind.ILLUSTRATION, Box(130, 2240, 735, 360)),
        scanned_block("cap", BlockKind.CAPTION, Box(600, 2619, 262, 66),
                      "农技人员在收储库", "对农户交售的稻谷"),
        scanned_block("by", BlockKind.BYLINE, Box(1732, 2619, 272, 73), "本报讯（记者石"),
        scanned_block("txt", BlockKind.BODY, Box(1660, 2637, 359, 623),
                      "秋菊）“张春华，一", "票！”“张春华，一", "票！”11月8日，城北区")))
    kinds = {b.id: b.kind for b in classify(page).blocks}
    assert (kinds["by"], kinds["txt"]) == (BlockKind.BYLINE, BlockKind.BODY)
