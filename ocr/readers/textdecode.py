"""Bytes of a text page to text: the encoding found (byte-order marks, UTF-8, GB18030
or Big5 told apart by their common characters) or named, control characters refused,
Unicode normalised (NFC). The size limit is checked before anything is decoded."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from ..errors import InputError, UsageError
from ..script import HAN_CHAR, HANGUL_CHAR, is_cjk
from .sniff import BINARY_SUFFIXES

#: What ends a page in a text file: a form feed (``pdftotext`` ends each page of a PDF
#: with one, and so do printers' text files).
PAGE_BREAK = "\f"
#: Larger files are refused: a newspaper page of text is tens of kilobytes.
MAX_TEXT_BYTES = 10 * 1024 * 1024

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
#: ``_CONTROL``'s characters as UTF-8 bytes (each one byte, which no other character's
#: UTF-8 holds).
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])


def control_chars(text: str, utf8: bytes | None = None) -> int:
    """How many characters of ``text`` ``_CONTROL`` finds: counted in its UTF-8 bytes
    (``utf8``, made here if not given) from C (``re`` tried a class at each character:
    half of decoding a page)."""
    data = text.encode("utf-8", "surrogatepass") if utf8 is None else utf8
    return len(data) - len(data.translate(None, _CONTROL_BYTES))


#: What PDFium's text extraction (pypdfium2, Chrome) writes where a word was hyphenated
#: at a line end, the two lines joined (``repair cor\ufffferoded``, ``two\ufffeperson``):
#: a noncharacter that never belongs in text. It is written back as the hyphen and line
#: break it stands for, so the reader decides the word as for any extractor's (``cor-`` /
#: ``roded`` is one word, ``two-`` / ``person`` keeps its hyphen).
_PDFIUM_WRAP = re.compile("\ufffe\n?")
_FFFE = "\ufffe".encode("utf-8", "surrogatepass")


def decode(data: bytes, name: str = "<text>", encoding: str | None = None,
           form_feeds: bool = False) -> str:
    """Bytes to NFC text: BOM-marked UTF-8/16/32, else UTF-8, else GB18030 or Big5
    (whichever reads as Chinese), unless ``encoding`` names the codec to use. A form feed
    becomes a blank line, unless ``form_feeds`` keeps it (where pages part: ``PAGE_BREAK``).

    Refuses empty, oversized, binary and undecodable input with a one-line
    ``InputError`` naming ``name``.
    """
    if len(data) > MAX_TEXT_BYTES:
        raise _too_large(name, len(data))
    if not data or data.isspace():  # (``strip`` would copy the page to tell)
        raise InputError(name, "empty file: no text to read")
    text = None
    if encoding is not None:
        codec = check_encoding(encoding)
        try:
            text = data.decode(codec).lstrip("\ufeff")
        except UnicodeDecodeError as exc:
            raise InputError(name, f"not valid {encoding} text at byte {exc.start}") from None
    for bom, codec in _BOMS if text is None else ():
        if data.startswith(bom):
            try:
                text = data.decode(codec).lstrip("\ufeff")
            except UnicodeDecodeError as exc:
                raise InputError(name, f"undecodable {codec} text at byte {exc.start}") from None
            break
    if text is None:
        text = _decode_unmarked(data, name)
    # What the text holds is asked of its UTF-8 bytes (found there from C, a byte at a
    # time, where a page with one wide character makes each look in the text a loop over
    # two-byte units); the changes below put none of what is asked after them.
    utf8 = text.encode("utf-8", "surrogatepass")
    if control_chars(text, utf8) > max(2, len(text) // 1000):
        raise InputError(name, "binary data, not text")
    if b"\r" in utf8:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _FFFE in utf8:
        text = _PDFIUM_WRAP.sub("-\n", text)
    if not form_feeds and PAGE_BREAK.encode() in utf8:
        text = text.replace(PAGE_BREAK, "\n\n")
    return unicodedata.normalize("NFC", text)


def _plausible(text: str) -> float:
    """Share of characters in the ranges newspaper text is made of."""
    if not text:
        return 0.0
    good = sum(
        1 for c in text
        if c in "\n\t" or " " <= c <= "\u024f" or "\u2000" <= c <= "\u206f" or is_cjk(c)
        or HANGUL_CHAR.match(c)
    )
    return good / len(text)


def _decode_unmarked(data: bytes, name: str) -> str:
    if b"\x00" in data[:4096] and not _stray_zeros(data):
        # UTF-16 without a BOM: a line break or any ASCII character leaves a zero byte.
        best, best_score = None, 0.0
        for codec in ("utf-16-le", "utf-16-be"):
            try:
                candidate = data.decode(codec)
            except UnicodeDecodeError:
                continue
            score = _plausible(candidate[:4096])
            if score > best_score:
                best, best_score = candidate, score
        if best is not None and best_score >= 0.9:
            return best
        raise InputError(name, "binary data, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        return _decode_chinese(data, name, utf8_error.start)


def _stray_zeros(data: bytes) -> bool:
    """Whether the zero bytes of ``data`` are strays in UTF-8 text (a NUL left by a copy
    or a transfer) rather than UTF-16's: UTF-16 that is also valid UTF-8 is ASCII, a zero
    in every second byte, where a stray is one in hundreds. Read as UTF-16, a page with a
    stray zero becomes plausible-looking CJK (``The`` -> ``桔``), so it is told first."""
    if data.count(b"\x00") * 8 > len(data):
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


#: Frequent characters written alike in both scripts, then the simplified and the
#: traditional forms of frequent characters that differ. The top hundred characters
#: make up about 40% of running Chinese text; bytes decoded with the wrong codec give
#: rare characters instead, so the share of these tells GB18030 from Big5.
_SHARED = (
    "的一是在不了有和人中大上他我年日月出也要就以可生子之"
    "而自到多公作市部高成工家行主所同名文小新事方政"
)
_SIMPLIFIED = "这个们来说国为时会对发经过还进动实现机关开问题区长东应义学员从与产业报记者"
_TRADITIONAL = "這個們來說國為時會對發經過還進動實現機關開問題區長東應義學員從與產業報記者"


def _chinese_share(text: str, common: frozenset[str]) -> tuple[int, float]:
    """Han characters in ``text`` and the share of them that are frequent ones."""
    han = HAN_CHAR.findall(text)
    return len(han), (sum(c in common for c in han) / len(han) if han else 0.0)


#: Characters no page prints: the private-use area (where GB18030 puts the bytes of its
#: user-defined rows, which Big5's frequent characters fall in: ``你`` is A7 41) and
#: code points Unicode has not assigned.
_UNPRINTED = frozenset(("Co", "Cn"))


def _unprinted_share(text: str) -> float:
    """Share of the non-ASCII characters of ``text`` that no page prints: bytes read with
    the wrong codec, told so even in a line too short for the frequent characters."""
    wide = [c for c in text if not c.isascii()]
    odd = sum(unicodedata.category(c) in _UNPRINTED for c in wide)
    return odd / len(wide) if wide else 0.0


_GB_COMMON = frozenset(_SHARED + _SIMPLIFIED)
_BIG5_COMMON = frozenset(_SHARED + _TRADITIONAL)


def _decode_chinese(data: bytes, name: str, utf8_error: int) -> str:
    """Not UTF-8: GB18030 (simplified) or Big5/Big5-HKSCS (traditional), chosen by what
    each decoding reads as; when neither reads as Chinese, refuse and name ``--encoding``."""
    decoded: dict[str, str] = {}
    for codec in ("gb18030", "big5", "big5hkscs"):
        if codec == "big5hkscs" and "big5" in decoded:
            continue
        try:
            decoded[codec] = data.decode(codec)
        except UnicodeDecodeError:
            continue
    if not decoded:
        raise InputError(name, f"undecodable bytes at offset {utf8_error} (not UTF-8, GB18030 "
                               "or Big5; name the encoding with --encoding)")
    scored = {c: _chinese_share(t, _GB_COMMON if c == "gb18030" else _BIG5_COMMON)
              for c, t in decoded.items()}
    odd = {c: _unprinted_share(t) for c, t in decoded.items()}
    # A decoding mostly of characters no page prints, where another has next to none,
    # is wrong whatever else it reads as (a few are a GB18030 page's own: vertical
    # punctuation, a rare name's character in a user-defined slot).
    clean = min(odd.values()) <= _ODD_CLEAN
    best = max(scored, key=lambda c: (not (clean and odd[c] >= _ODD_WRONG), scored[c][1],
                                      c == "gb18030"))
    han, share = scored[best]
    if odd[best] >= _ODD_WRONG or (han >= 50 and share < 0.04):
        # real pages: 25-30% frequent; bytes read with a wrong codec: < 2%
        raise InputError(name, f"not UTF-8 and reads as neither GB18030 nor Big5 Chinese "
                               f"(byte {utf8_error}); name the encoding with --encoding")
    return decoded[best]


#: Shares of a decoding's non-ASCII characters that no page prints: Big5 read as GB18030
#: gives mostly such characters (its frequent rows are GB18030's user-defined ones); a
#: page in the right codec next to none.
_ODD_WRONG = 0.5
_ODD_CLEAN = 0.05


def check_encoding(encoding: str) -> str:
    """The codec name Python knows for ``encoding``; an unknown one is a usage error."""
    import codecs

    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise UsageError(f"unknown text encoding {encoding!r} (e.g. utf-8, gb18030, big5, "
                         "big5hkscs, utf-16)") from None


def _too_large(name: object, size: int) -> InputError:
    return InputError(name, f"text file too large ({size:,} bytes; limit {MAX_TEXT_BYTES:,})")


def read_bytes(path: Path) -> bytes:
    """A text page's bytes, refused with a one-line ``InputError`` naming ``path`` when it
    is missing, too large, a folder, unreadable, or named as a binary format it is not."""
    try:
        size = path.stat().st_size
        if size > MAX_TEXT_BYTES:
            raise _too_large(path, size)
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory, not a page") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    kind = BINARY_SUFFIXES.get(path.suffix.lower())
    if kind is not None and data.strip():
        raise InputError(path, f"named {path.suffix} but not {kind} "
                               "(a damaged or misnamed file)")
    return data
