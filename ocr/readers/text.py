"""Noisy text from OCR or PDF extraction: decode bytes, then reflow lines into blocks.

Blocks are cut where the text says a new printed object starts (a blank line, a
line opening with white space, a marker line such as a jump or credit, a line far
wider than its neighbours); ``classify`` then names each block's kind and the
shared assembly stage joins them into articles.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

from ..errors import InputError, UsageError
from ..markers import floating_lines, marker_kind
from ..model import Block, BlockKind, Line, Page, Source, Step, Word
from ..profiles import CompiledMarkers, Pattern, Profile, load_profile
from ..script import HAN_CHAR, guess_lang, is_cjk
from ..typography import ends_sentence, text_width
from ..version import newsocr_version
from .textgrid import read_grid
from .textruns import read_runs

#: Larger files are refused: a newspaper page of text is tens of kilobytes.
MAX_TEXT_BYTES = 10 * 1024 * 1024
#: A page of more lines than this whose lines average fewer characters than
#: ``COARSE_CHARS`` is no newspaper's columns (a broadsheet page has a few thousand
#: lines, a column's line a dozen characters or more): it is read as running text
#: (``coarse_blocks``), in time linear in its words, with a warning.
COARSE_LINES = 50_000
COARSE_CHARS = 8.0
#: Nor is a page of over ``5 * COARSE_LONG`` characters whose lines average more than
#: this (no paragraph is that long: a page written on one line, one endless word).
COARSE_LONG = 20_000
#: A running-text page's lines are rewrapped to about this many characters, and its
#: blocks cut every ``COARSE_BLOCK_LINES`` lines (about a column's worth).
COARSE_LINE_CHARS = 60
COARSE_BLOCK_LINES = 200
#: The provenance step (``Page.steps``) of a page read as running text: the pipeline
#: neither corrects it nor finds its word spans (see ``ocr.pipeline.default_stages``).
RUNNING_TEXT = "read as running text"

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_LEADING_WS = re.compile(r"^[ \t\u3000\u00a0]+")


def decode(data: bytes, name: str = "<text>", encoding: str | None = None) -> str:
    """Bytes to NFC text: BOM-marked UTF-8/16/32, else UTF-8, else GB18030 or Big5
    (whichever reads as Chinese), unless ``encoding`` names the codec to use.

    Refuses empty, oversized, binary and undecodable input with a one-line
    ``InputError`` naming ``name``.
    """
    if len(data) > MAX_TEXT_BYTES:
        raise _too_large(name, len(data))
    if not data.strip():
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
    if len(_CONTROL.findall(text)) > max(2, len(text) // 1000):
        raise InputError(name, "binary data, not text")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    return unicodedata.normalize("NFC", text)


def _plausible(text: str) -> float:
    """Share of characters in the ranges newspaper text is made of."""
    if not text:
        return 0.0
    good = sum(
        1 for c in text
        if c in "\n\t" or " " <= c <= "\u024f" or "\u2000" <= c <= "\u206f" or is_cjk(c)
    )
    return good / len(text)


def _decode_unmarked(data: bytes, name: str) -> str:
    if b"\x00" in data[:4096]:
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
    best = max(scored, key=lambda c: (scored[c][1], c == "gb18030"))
    han, share = scored[best]
    if han >= 50 and share < 0.04:  # real pages: 25-30%; bytes read with a wrong codec: < 2%
        raise InputError(name, f"not UTF-8 and reads as neither GB18030 nor Big5 Chinese "
                               f"(byte {utf8_error}); name the encoding with --encoding")
    return decoded[best]


def check_encoding(encoding: str) -> str:
    """The codec name Python knows for ``encoding``; an unknown one is a usage error."""
    import codecs

    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise UsageError(f"unknown text encoding {encoding!r} (e.g. utf-8, gb18030, big5, "
                         "big5hkscs, utf-16)") from None


def line_indent(raw: str) -> tuple[str, float]:
    """Split leading white space off a line; indent in character widths.

    An ideographic space counts as one character, an ASCII space as half; a single
    leading space is extraction noise (indent 0.5), two or more an indent.
    """
    m = _LEADING_WS.match(raw) if raw[:1] in " \t\u3000\u00a0" else None
    if not m:
        return raw, 0.0
    ws = m.group()
    return raw[m.end() :], sum(1.0 if c == "\u3000" else 2.0 if c == "\t" else 0.5 for c in ws)


def make_line(text: str, indent: float, words: dict[str, Word]) -> Line:
    """A line of whitespace-separated words; ``words`` shares equal words (immutable
    and without geometry) across the page, which halves the objects a page makes."""
    texts = text.split()
    return Line.of_texts(tuple([words.get(t) or words.setdefault(t, Word(t)) for t in texts]),
                         texts, indent)


def _split_inline_jump(text: str, jumps: tuple[Pattern, ...]) -> list[str]:
    """``景10个。 （下转第2版）`` -> the body part and the jump line."""
    for p in jumps:
        found = p.search(text)
        if found and found.end() >= len(text.rstrip()) and found.start() > 0:
            head = text[: found.start()].rstrip()
            if head:
                return [head, text[found.start() :].strip()]
    return [text]


#: A line of a chunk in ``reflow``: its text, indent, whether it opens a printed object,
#: and the floating marker patterns it may match (see ``ocr.markers.floating_lines``).
_Row = tuple[str, float, bool, tuple[Pattern, ...]]


def reflow(text: str, lang: str, profile: Profile) -> tuple[Block, ...]:
    """Cut decoded page text into blocks of lines, all of kind ``body`` for now."""
    markers = profile.patterns(lang)
    chunks: list[list[_Row]] = []
    current: list[_Row] = []
    jumps = (*markers.jump_to, *markers.jump_from)
    found = sorted((m.start(), m.end()) for p in jumps for m in p.finditer(text))
    # A jump line wrapped at the column edge (``Please see TEACHERS, Page`` / ``A7``)
    # is one line: a match across a line break (offsets stay as they are).
    wrapped = [(a, b) for a, b in found if "\n" in text[a:b].strip()]
    if wrapped:
        chars = list(text)
        for a, b in wrapped:
            chars[a:b] = [" " if c == "\n" else c for c in chars[a:b]]
        text = "".join(chars)
    # The lines a floating marker pattern may match (the rest are not searched with it).
    anywhere, floating = floating_lines(text, markers)
    jump_lines: set[int] = set()
    at_line = last = 0  # line numbers counted as the matches go: linear in the text
    for a, _ in found:
        at_line, last = at_line + text.count("\n", last, a), a
        jump_lines.add(at_line)
    for n, raw in enumerate(text.split("\n")):
        body, indent = line_indent(raw.rstrip())
        if not body:
            if current:
                chunks.append(current)
                current = []
            continue
        may = markers.floating if n in floating else anywhere
        for i, part in enumerate(_split_inline_jump(body, jumps) if n in jump_lines else (body,)):
            current.append((part, indent if i == 0 else 0.0, indent > 0 and i == 0, may))
    if current:
        chunks.append(current)

    blocks: list[Block] = []
    words: dict[str, Word] = {}
    for chunk in chunks:
        widths = [text_width(t) for t, _, _, _ in chunk]
        typical = sorted(widths)[len(widths) // 2]
        run: list[Line] = []
        prev_special = False
        for n, ((t, indent, opens, may), width) in enumerate(zip(chunk, widths, strict=True)):
            line = make_line(t, indent, words)
            kind = marker_kind(t, markers, may)
            marker = kind is not None
            wide = (len(chunk) >= 3 and width > typical * 1.25 + 2
                    and not _continues(chunk, n))
            # As printed: an extractor's spaces around figures in Chinese (新华社北京 6 月
            # 20 日电) are gone from the line's text.
            story = (n > 0 and not marker and not t[0].islower()
                     and _opens_story(line.text, markers)
                     and not (run and marker_kind(run[0].text, markers) is BlockKind.BYLINE))
            label = len(chunk) > 1 and t.isupper() and _caps_label(t)
            if run and (opens or marker or wide or prev_special or story or label
                        or _glued_column_line(chunk, widths, n)):
                blocks.append(_block(len(blocks), run))
                run = []
            run.append(line)
            prev_special = (marker or wide or label) and not (
                kind is BlockKind.BYLINE and n + 1 < len(chunk)
                and _byline_extra(chunk[n + 1][0]))
        if run:
            blocks.append(_block(len(blocks), run))
    return tuple(blocks)


_LOWER_START = re.compile(r"^[a-z(“\"‘']*[a-z]")
_BYLINE_EXTRA = re.compile(r"^[A-Z][A-Za-z.'’]*(?: [A-Z][A-Za-z.'’]*){0,4}$")


_BYLINE_END = tuple("）)〉>】讯电")


def _opens_story(text: str, m: CompiledMarkers) -> bool:
    """A line that starts with a dateline or a bracketed byline (``本报讯（记者 郑凯）昨日，``)
    opens an article even when no blank line parts it from the headline above. (Neither
    starts with a lower-case letter or a figure: most lines of running text don't.)"""
    if text[:1].islower() or text[:1].isdigit():
        return False
    if m.dateline and m.dateline.match(text):
        return True
    found = m.byline.match(text) if m.byline else None
    return found is not None and found.group().rstrip().endswith(_BYLINE_END)


def _continues(chunk: list[_Row], n: int) -> bool:
    """A long line inside running Latin text: an extractor that joins a word hyphenated
    at the line end leaves that line longer than its column, not a headline. It goes
    on from an unfinished line before it or into a lower-case line after it."""
    text = chunk[n][0]
    if text.endswith(("，", "、")) and n + 1 < len(chunk):
        return True  # a headline ends no clause half-way: the text goes on below
    if _LOWER_START.match(text) and n > 0 and not ends_sentence(chunk[n - 1][0]):
        return True
    return (not ends_sentence(text) and n + 1 < len(chunk)
            and bool(_LOWER_START.match(chunk[n + 1][0])))


def _glued_column_line(chunk: list[_Row], widths: list[float],
                       n: int) -> bool:
    """A column's line that an extractor wrote under a headline wrapped over two lines
    (``Dry spell drops reservoir to lowest`` / ``level in a decade`` / ``will be
    detoured to the Route 9 bridge``): a headline wraps only where its line is full, so
    a lower-case line after the headline's short last line does not go on with it."""
    if n < 2 or not (widths[n - 1] < 0.7 * widths[n - 2] and widths[n - 1] < 0.7 * widths[n]):
        return False  # the common case first: no short line between two longer ones
    return (bool(_LOWER_START.match(chunk[n][0])) and bool(_LOWER_START.match(chunk[n - 1][0]))
            and not any(ends_sentence(row[0]) for row in chunk[:n]))


def _caps_label(text: str) -> bool:
    """A section label or kicker set in capitals (``EDUCATION``, ``CITY HALL``): running
    text never is, so an extractor that wrote it against a column's last line has not
    joined it to that text."""
    if len(text) < 4 or not text.isupper():
        return False
    words = text.split()
    return len(words) <= 4 and all(w.isalpha() for w in words)


def _byline_extra(text: str) -> bool:
    """The second line of a two-line byline (``By KEVIN ASHBY`` / ``Ledger Sports
    Writer``): a few capitalised words, no sentence, no figures."""
    return bool(_BYLINE_EXTRA.match(text)) and not ends_sentence(text)


def degenerate(text: str) -> tuple[int, float] | None:
    """(lines, mean characters per line) of a page whose lines are too many and too
    short to be columns of type (``COARSE_LINES``, ``COARSE_CHARS``), or too long to be
    paragraphs on a big page (``COARSE_LONG``), else ``None``. Counted without
    splitting the text: a run of blank lines counts about half."""
    breaks = text.count("\n")
    lines = max(1, breaks + 1 - text.count("\n\n"))
    mean = (len(text) - breaks) / lines
    if lines > COARSE_LINES and mean < COARSE_CHARS:
        return lines, mean
    if len(text) > 5 * COARSE_LONG and mean > COARSE_LONG:
        return lines, mean
    return None


def _cjk_pieces(token: str) -> list[str]:
    """A token longer than a line cut into pieces of about ``COARSE_LINE_CHARS``, where
    a CJK character stands on either side of the cut: a Chinese page written on one line
    has no spaces, and words join there without one (``join_words``), so its text is
    unchanged. A Latin token is never cut: a space would be invented."""
    if len(token) <= COARSE_LINE_CHARS or not HAN_CHAR.search(token):
        return [token]
    out: list[str] = []
    start = 0
    cut = COARSE_LINE_CHARS
    while cut < len(token):
        while cut < len(token) and not (is_cjk(token[cut - 1]) or is_cjk(token[cut])):
            cut += 1
        if cut >= len(token):
            break
        out.append(token[start:cut])
        start, cut = cut, cut + COARSE_LINE_CHARS
    out.append(token[start:])
    return out


def coarse_blocks(text: str) -> tuple[Block, ...]:
    """The page's words in order, rewrapped into lines of about ``COARSE_LINE_CHARS``
    characters and blocks of ``COARSE_BLOCK_LINES`` lines, all ``body``.

    Every word is kept, in its order; the page's own line and paragraph breaks are
    not (there are millions, and each would be an object in every stage). Equal
    words share one ``Word``."""
    tokens = [p for t in text.split() for p in _cjk_pieces(t)]
    if not tokens:
        return ()
    shared = {t: Word(t) for t in set(tokens)}
    words = list(map(shared.__getitem__, tokens))
    mean = (len(text) - text.count(" ") - text.count("\n")) / len(tokens)
    per_line = max(1, round(COARSE_LINE_CHARS / (mean + 1)))
    lines = [Line(tuple(words[i : i + per_line])) for i in range(0, len(words), per_line)]
    step = COARSE_BLOCK_LINES
    return tuple(_block(n, lines[i : i + step]) for n, i in enumerate(range(0, len(lines), step)))


def _block(n: int, lines: list[Line]) -> Block:
    return Block(id=f"b{n + 1}", kind=BlockKind.BODY, lines=tuple(lines))


def read_text(
    source: str | Path | bytes,
    *,
    name: str | None = None,
    lang: str = "auto",
    profile: Profile | str | None = None,
    encoding: str | None = None,
) -> Page:
    """Read a page of noisy text (a path, raw bytes, or an already decoded ``str``);
    ``encoding`` forces the codec of bytes (default: detected, see ``decode``).

    Returns a page whose blocks are in text order, all of kind ``body``: the
    ``classify`` stage names them, assembly comes later.
    """
    prof = load_profile(profile)
    if isinstance(source, Path):
        data = _read_bytes(source)
        name = name or str(source)
        text = decode(data, name, encoding)
    elif isinstance(source, bytes):
        data = source
        name = name or "<bytes>"
        text = decode(data, name, encoding)
    else:
        name = name or "<text>"
        data = source.encode("utf-8")
        text = decode(data, name)
    page_lang = guess_lang(text) if lang == "auto" else lang
    warnings: tuple[str, ...] = ()
    steps: tuple[Step, ...] = ()
    if shape := degenerate(text):
        blocks = coarse_blocks(text)
        warnings = (f"lines averaging {shape[1]:,.1f} characters ({shape[0]:,} of them) are "
                    "no newspaper columns: read as running text (its words kept in order; "
                    "its line and paragraph breaks not) and not corrected",)
        steps = (Step("newsocr", newsocr_version(), RUNNING_TEXT,
                      (("lines", str(shape[0])), ("mean_chars", f"{shape[1]:.1f}"))),)
    else:
        blocks = reflow(read_grid(read_runs(text)), page_lang, prof)
    page = Page(
        id=Path(name).stem if not name.startswith("<") else "page",
        source=Source(path=Path(name).name, sha256=hashlib.sha256(data).hexdigest(), kind="text"),
        lang=page_lang,
        blocks=blocks,
        reading_order=tuple(b.id for b in blocks),
        warnings=warnings,
        steps=steps,
    )
    return page


def _too_large(name: object, size: int) -> InputError:
    return InputError(name, f"text file too large ({size:,} bytes; limit {MAX_TEXT_BYTES:,})")


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_TEXT_BYTES:
            raise _too_large(path, size)
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory, not a page") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
