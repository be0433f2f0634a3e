"""Writing systems: which characters are CJK, which are hyphens, which language a text is.

The one owner of these rules; it imports nothing of newsocr, so every layer can use it.
Two copies of a range with different ends is a bug waiting for the page that tells
them apart (a compatibility ideograph, an Extension B name, a ``¬`` line-end hyphen).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

#: Han ideographs: Extension A, the unified block, compatibility ideographs, Extensions B-F.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
#: Scripts written without spaces between words: Han, kana.
KANA = "\u3040-\u30ff"
CJK_LETTERS = f"{KANA}{HAN}"
#: Hangul syllables and jamo: an em wide like CJK, but Korean puts a space between words,
#: so it is not ``CJK_LETTERS`` (lines and words of it join with spaces, as Latin does).
HANGUL = "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"
#: CJK and full-width punctuation and forms (ideographic space, 。，、「」, ０-９, Ａ-Ｚ).
CJK_PUNCTUATION = "\u3000-\u303f\ufe30-\ufe4f\uff00-\uffef"
#: Full-width digits and Latin letters (０-９, Ａ-Ｚ, ａ-ｚ) and the ideographic zero (〇),
#: inside ``CJK_PUNCTUATION``'s ranges but a character's cell wide, not a mark.
FULL_WIDTH_ALNUM = "\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3007"

#: ASCII marks and the full-width form Chinese type sets each in: a Chinese character
#: model reads the one as the other, and OCR of Chinese misreads the one as the other.
FULL_WIDTH_MARKS = {",": "，", ".": "。", "?": "？", "!": "！", ";": "；", ":": "：",
                    "(": "（", ")": "）"}

HAN_CHAR = re.compile(f"[{HAN}]")
HAN_RUN = re.compile(f"[{HAN}]+")
HANGUL_CHAR = re.compile(f"[{HANGUL}]")
#: Runs of CJK letters: the text a headline shares with its article, a language's evidence.
CJK_RUN = re.compile(f"[{CJK_LETTERS}]+")
ANY_CJK = re.compile(f"[{CJK_LETTERS}{CJK_PUNCTUATION}]")
#: Characters a full em wide: CJK letters and full-width forms other than punctuation.
FULL_WIDTH = re.compile(f"[{CJK_LETTERS}{HANGUL}\ufe30-\ufe4f\uff10-\uff19\uff21-\uffef]")
#: The CJK blocks of the BMP in one span, ideographic space to the unified ideographs
#: (punctuation, kana, bopomofo, enclosed and compatibility forms, Extension A, Yijing
#: symbols), and the half- and full-width forms: cheap to count, it tells a page of
#: Chinese from a Latin one by share (``readers.textruns``). Not ``ANY_CJK``: it lacks
#: hangul syllables, compatibility ideographs, Extensions B-F and vertical forms, none
#: of which tip a page's share, and it is the range that page tests were measured with.
CJK_BMP_SPAN = "\u3000-\u9fff\uff00-\uffef"

#: Characters printed as a line-end hyphen: hyphen-minus, soft hyphen, the not sign
#: (Fraktur and ABBYY's double hyphen) and the Unicode hyphen.
HYPHENS = "-\u00ad\u00ac\u2010"

#: Full stops and question marks of other scripts a page may be set in, which end a sentence
#: as ``.`` does: the Arabic question mark, the Urdu full stop, the Devanagari danda and
#: double danda, the Armenian, Ethiopic, Myanmar, Khmer and Tibetan full stops. (Arabic,
#: Hebrew and Thai print ``.`` and ``?``; Greek's question mark is ``;``.)
OTHER_FULL_STOPS = "\u061f\u06d4\u0964\u0965\u0589\u1362\u104b\u17d4\u0f0d"

#: Letters of scripts that print no sentence-ending mark (Thai, Lao: a space parts
#: sentences): a line's end there may end a sentence, and a line that ends no sentence is
#: no evidence of a headline.
UNMARKED_FIRST, UNMARKED_LAST = "\u0e00", "\u0eff"
UNMARKED = re.compile(f"[{UNMARKED_FIRST}-{UNMARKED_LAST}]")

Lang = Literal["zh", "en"]
#: A text is Chinese when CJK letters make up this share of its letters: a Chinese page
#: quotes Latin names and figures, and one ideograph carries a word's worth of a Latin one.
CJK_SHARE = 0.2
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_WIDE_RUN = re.compile(f"[{CJK_LETTERS}{HANGUL}]+")
_KANA = re.compile(f"[{KANA}]")
_LATIN_WORD = re.compile(r"[a-z]+")
#: English words no other language writes often (``in``, ``a``, ``on`` are German, Spanish
#: or Italian too): a page of English prints one word in twenty of them at least.
ENGLISH_WORDS = frozenset(
    "the and of to is that for with was by this are from his her he she they have has "
    "will said which were been their would".split())
#: Function words of other languages set in Latin letters that English does not write
#: (German, French; not ``die``, ``de``, ``la``, ``per``, which English prints too): a text
#: holding two or more of them, and more of them than of ``ENGLISH_WORDS``, is in another
#: language (``foreign``), the one whose words it holds more of (``foreign_language``).
GERMAN_WORDS = frozenset(
    "der das und nicht ist von zu den dem des sich mit auf ein eine einer eines im auch "
    "sind wird wurde nach bei aus oder noch nur vom zur zum wie durch".split())
FRENCH_WORDS = frozenset(
    "les et des du est une dans pour qui que au aux sur pas ne sont avec cette ces leur".split())
FOREIGN_WORDS = GERMAN_WORDS | FRENCH_WORDS
#: The languages ``foreign_language`` tells apart (``lexicon.is_word`` knows their words).
ForeignLang = Literal["de", "fr"]
#: Languages that write a compound closed (``Gedankensprache``): a line-end hyphen between
#: two of their words before a lower-case letter is a wrap, though the lexicon lacks the
#: compound. French hyphens its own (``arc-en-ciel``, ``peut-être``).
CLOSED_COMPOUNDS: frozenset[ForeignLang] = frozenset({"de"})
#: Words a suspended compound's hyphen stands before (``Vor- und Nachteile``, ``Bundes-
#: oder Landesrecht``): the hyphen ends a word's first part, and the space stays.
SUSPENDING_WORDS = frozenset("und oder bis sowie noch et ou".split())
_CJK_MARK = re.compile(f"[{CJK_PUNCTUATION}]")
_KOREAN_LOOK = 48


def is_cjk(ch: str) -> bool:
    """True for CJK ideographs, kana and CJK/full-width punctuation (not hangul: Korean
    words are parted by spaces)."""
    return ANY_CJK.match(ch) is not None


def korean(text: str) -> bool:
    """Whether ``text`` is Korean: hangul at least a quarter of its hangul and CJK
    letters (Korean set with hanja is: its particles and endings are hangul; a Chinese
    line naming a Korean in hangul is not)."""
    # Korean text has hangul every few letters: a text without any in its first
    # ``_KOREAN_LOOK`` characters is not Korean (and Chinese pages ask of every line).
    if HANGUL_CHAR.search(text, 0, _KOREAN_LOOK) is None:
        return False
    hangul = len(HANGUL_CHAR.findall(text))
    return 4 * hangul >= hangul + sum(map(len, CJK_RUN.findall(text)))


def spaced(left: str, right: str, korean: bool = False) -> bool:
    """Whether a space parts two neighbouring words (or lines) as printed: none where
    Han or kana stands on either side, unless the text is Korean (``korean``), whose
    words keep their spaces beside hanja too (``政府는 來年度 豫算을``); none beside CJK
    punctuation in any text."""
    if not (is_cjk(left[-1:]) or is_cjk(right[:1])):
        return True
    return korean and not (_CJK_MARK.match(left[-1:]) or _CJK_MARK.match(right[:1]))


def is_han(text: str) -> bool:
    """True when ``text`` is not empty and all Han ideographs."""
    return bool(text) and HAN_RUN.fullmatch(text) is not None


def guess_lang(text: str, sample: int = 2000) -> Lang:
    """``zh`` when CJK letters (or hangul) are at least :data:`CJK_SHARE` of the letters,
    else ``en``."""
    head = text[:sample]
    # Korean is set as CJK is (an em to a letter, lines full to the measure), so it is
    # laid out by the same rules; its words keep their spaces all the same (``is_cjk``).
    cjk = sum(len(run) for run in _WIDE_RUN.findall(head))
    if not cjk:
        return "en"
    latin = len(_LATIN_LETTER.findall(head))
    return "zh" if cjk >= CJK_SHARE * (cjk + latin) else "en"


def written_in(lang: str, text: str, sample: int = 2000) -> bool:
    """Whether ``text``'s letters are in the script of ``lang``: ``zh`` and ``en`` also
    name the typography a page is laid out by (CJK or spaced words), so a page of Korean,
    Japanese, Arabic or Cyrillic read as one of them is not that language (its files
    leave the language out rather than name a wrong one): Chinese has (nearly) no hangul
    or kana, English is written in Latin letters for the most part, and one word in
    twenty of it, at least, is one of its commonest (``ENGLISH_WORDS``: German, French or
    Vietnamese read as ``en`` is not English). A page of a few words is not told. Other
    codes are the user's word."""
    head = text[:sample]
    letters = sum(c.isalpha() for c in head)
    if lang == "zh":
        wide = sum(len(run) for run in _WIDE_RUN.findall(head))
        others = len(HANGUL_CHAR.findall(head)) + len(_KANA.findall(head))  # Korean, Japanese
        return guess_lang(head) == "zh" and others * 5 < wide
    if lang == "en":
        words = _LATIN_WORD.findall(head.lower())
        english = sum(w in ENGLISH_WORDS for w in words)
        return 2 * len(_LATIN_LETTER.findall(head)) >= letters and (
            len(words) < 20 or english >= 0.05 * len(words))
    return True


def foreign(text: str, sample: int = 4000) -> bool:
    """Whether ``text`` (its first ``sample`` characters) is in a language other than
    English set in Latin letters: two or more ``FOREIGN_WORDS``, more than its
    ``ENGLISH_WORDS`` (``Auch die Zeitung berichtet zu früh``; a German name in English,
    ``Mr. Von der Heyde said``, is not). German Fraktur read on a page taken for English
    is no English misread (``diefer``, ``Seffion`` are ``dieser``, ``Session``)."""
    return foreign_language(text, sample) is not None


def foreign_language(text: str, sample: int = 4000) -> ForeignLang | None:
    """The language ``text`` is in when ``foreign`` says it is not English: German or
    French, by which of the two lists' words it holds more of (``des`` is both)."""
    words = _LATIN_WORD.findall(text[:sample].lower().replace("ſ", "s"))  # (Fraktur ``iſt``)
    # Each count from C, the two languages' only for a text told foreign (``join_lines``
    # asks of every run of lines with a hyphen at a line's end: English, nearly all).
    others = sum(map(FOREIGN_WORDS.__contains__, words))
    if others < 2 or others <= sum(map(ENGLISH_WORDS.__contains__, words)):
        return None
    german = sum(map(GERMAN_WORDS.__contains__, words))
    return "de" if german >= sum(map(FRENCH_WORDS.__contains__, words)) else "fr"


#: Marks a headline may open on before its first letter (a quotation: ``“We heard it
#: go”: barn lost``), each with the mark that closes it.
OPENING_QUOTES = {"“": "”", "‘": "’", '"': '"'}


def opens_upper(text: str, quoted: bool = False) -> bool:
    """Whether ``text`` opens as a sentence or a headline may: with a capital, or with a
    letter of a script that has no capitals but marks its sentences' ends (Arabic, Hebrew,
    Devanagari), where the first letter's case is no evidence either way. ``quoted``: or
    after an opening quotation mark (``OPENING_QUOTES``), as a headline may open on the
    words it quotes and closes the quotation there (running text that opens on a quote
    goes on past its line's end: ``“We will not sign this`` / ``contract,” she said``)."""
    first = text[:1]
    if quoted and first in OPENING_QUOTES and OPENING_QUOTES[first] in text[1:]:
        first = text[1:2]
    return first.isupper() or (first.isalpha() and not first.islower()
                               and not UNMARKED.match(first))


def caseless(text: str) -> bool:
    """Whether ``text`` has letters, none with case, in a script that marks its sentences'
    ends: ``Title Case`` and capitals cannot be asked of it, and its headlines are told by
    their shape (``* * *`` and ``2024`` have no letters; Thai has no sentence ends either,
    so a short paragraph is not told from a headline)."""
    return (any(c.isalpha() for c in text) and text.upper() == text.lower()
            and not UNMARKED.search(text))


def written_right_to_left(text: str) -> bool:
    """Whether most of ``text``'s letters are written right to left (a page of Arabic or
    Hebrew: its columns run right to left too)."""
    rtl = ltr = 0
    for c in text:
        if c.isalpha():
            kind = unicodedata.bidirectional(c)
            rtl += kind in ("R", "AL")
            ltr += kind == "L"
    return rtl > ltr

