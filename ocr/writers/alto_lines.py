"""The ALTO writer's lines: each ``TextLine`` of a block, its ``String``s, ``SP``s and
``HYP``, as preformatted text (``ocr.writers.alto`` writes the rest of the document).

This is where a page of millions of lines spends the writer's time, so a plain line (most
lines of text input) is written in one step from a template (``_Templates``), and a line
needing more (geometry, confidence, a reading before correction, a hyphen, escapes) word
by word (``_strings``). Both give the bytes lxml's pretty printer gave for the tree.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..alto_vocab import OCR_PURPOSE
from ..model import Box, Line, Word
from ..script import ANY_CJK, HYPHENS, korean, spaced
from .xmlout import CHUNK, PIECES, Ids, XmlOut, attr

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
#: A character an attribute value escapes (a line without one is written as it is).
_ESCAPED = re.compile('[&<>"\n\r\t]')


class LineIds:
    """Ids of lines (``B_L1``) and words (``B_L1_S1``), claimed last, in document order.

    When no id claimed before them looks like one (``Ids.holds_generated``), they are
    made directly and not remembered; otherwise every one is claimed, which gives the
    same ids as always.
    """

    def __init__(self, ids: Ids) -> None:
        self.ids = ids
        self.direct = not ids.holds_generated("LS")

    def claim(self, wanted: str) -> str:
        return wanted if self.direct else self.ids.claim(wanted)


def clean(text: str) -> str:
    """Replace characters XML 1.0 cannot carry (controls, lone surrogates)."""
    return _INVALID_XML.sub("\ufffd", text)


def num(v: float) -> str:
    """A float as the shortest text that reads back to the same value."""
    return str(int(v)) if float(v).is_integer() and abs(v) < 1e15 else repr(float(v))

def _geometry(box: Box | None) -> dict[str, str]:
    if box is None:
        return {}
    return {"HPOS": str(box.x), "VPOS": str(box.y), "WIDTH": str(box.w), "HEIGHT": str(box.h)}


def _contents(line: Line) -> tuple[list[str], tuple[str, str, int] | None]:
    """The CONTENT of each ``String`` of ``line`` (cleaned), and its line-end hyphen."""
    words = line.words
    if not words:
        return [""], None
    hyp = _split_hyphen(words[-1])
    texts = [w.text for w in words]
    if hyp:
        texts[-1] = hyp[0]
    if _INVALID_XML.search(line.text) is None:  # the line's text holds every word's
        return texts, hyp
    return [clean(t) for t in texts], hyp


class LinesOut:
    """Writes blocks' ``TextLine``s into ``parts``, the document's pieces that ``flush``
    sends to the file once they are ``CHUNK`` characters or ``PIECES`` pieces.

    Made once a document, not once a block: a text page is a hundred thousand blocks of
    a few lines, and each would pay the set-up again. This is the loop a page of
    millions of lines spends its time in: lines are written as preformatted text, a
    plain one in one step (``_Templates``), and escaping and script checks are skipped
    for a line whose text needs none."""

    def __init__(self, parts: list[str], flush: Callable[[], None], depth: int,
                 line_ids: LineIds, indent_ids: dict[float, str]) -> None:
        self.parts, self._flush = parts, flush
        self.size = 0  # characters of plain lines in ``parts``
        self.out = XmlOut(parts.append)  # the word-by-word lines
        self.out.depth = depth
        self.line_ids, self.indent_ids = line_ids, indent_ids
        self.templates = _Templates("  " * depth) if line_ids.direct else None

    def block(self, lines: tuple[Line, ...], bid: str) -> None:
        """The block's ``TextLine``s; a hyphen at a line's end and the next line's first
        word are the two halves of one word (``HypPart1``/``HypPart2``, ``SUBS_CONTENT``
        whole). A line's hyphen looks one line ahead; the pieces go to the file as they
        gather, so a block of millions of lines is never held whole."""
        part2: str | None = None  # SUBS_CONTENT of this line's first word, the second half
        parts, out, line_ids, indent_ids = self.parts, self.out, self.line_ids, self.indent_ids
        ind = out.indent
        inner = ind + "  "  # a String's indentation
        plain_line = None if self.templates is None else self.templates.line
        size = self.size
        for n, line in enumerate(lines, 1):
            if size >= CHUNK or len(parts) >= PIECES:
                self.flush()
                size = 0
            if plain_line is not None and part2 is None:
                done = plain_line(line, f"{bid}_L{n}", indent_ids)
                if done is not None:
                    parts.append(done)
                    size += len(done)
                    continue
            contents, hyp = _contents(line)
            subs: dict[int, tuple[str, str]] = {}
            if part2 is not None:
                subs[0] = ("HypPart2", part2)
            part2 = None
            first_next = _contents(lines[n])[0][0] if hyp and n < len(lines) else ""
            if hyp and first_next:
                whole = contents[-1] + first_next
                subs.setdefault(len(contents) - 1, ("HypPart1", whole))
                part2 = whole
            line_id = line_ids.claim(f"{bid}_L{n}")
            box = line.box
            head = f'{ind}<TextLine ID="{line_id}"' + ("" if box is None else (
                f' HPOS="{box.x}" VPOS="{box.y}" WIDTH="{box.w}" HEIGHT="{box.h}"'))
            if line.indent:
                head += f' STYLEREFS="{indent_ids[line.indent]}"'
            plain = _plain_strings(line, contents, hyp, subs, line_id, line_ids, inner)
            if plain is not None:  # the line in one piece
                parts.append(f"{head}>\n{plain}{ind}</TextLine>\n")
                continue
            parts.append(head + ">\n")
            out.depth += 1
            _strings(out, line, contents, hyp, subs, line_id, line_ids)
            out.depth -= 1
            parts.append(f"{ind}</TextLine>\n")
        self.size = size

    def flush(self) -> None:
        """Send the pieces gathered to the file."""
        self._flush()
        self.size = 0


#: What needs more than a line's text copied into ``CONTENT``: escapes, characters to
#: replace (``_ESCAPED`` and ``_INVALID_XML``), a hyphen that may be a ``HYP``.
_NOT_AS_IS = re.compile('[&<>"\n\r\t\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]')


#: Longest line written from a template: the templates are kept for the process, one
#: per indentation and word count, so a page built with a 300k-word line (through the
#: API; the text reader wraps at the column) must not leave a 20 MB one behind.
TEMPLATE_WORDS = 64


class _Templates:
    """Plain lines (most lines of text input: no geometry, confidence, reading before
    correction, hyphen, character to replace or CJK beside a space) written whole from a
    template made once for their indentation and number of words: a 10 MB page is a
    million of them, and the ALTO writer's time goes there.

    A template is the line's fixed text in pieces with empty slots between them: the
    line's id at every fourth from the second (the ``TextLine``'s, then each ``String``'s),
    its style at the fourth, each word's ``CONTENT`` at every fourth from the eighth. A
    line fills them with two slice assignments and joins the pieces (``str.format`` of
    one template string read it a character at a time: three times the cost).

    A plain line's text is its words a space apart (``model.join_words`` puts a space
    between every two words when neither is CJK), so its words are its text split at
    spaces, not read word by word; escaping the text escapes each word (no escape holds
    a space)."""

    by_shape: dict[tuple[str, int], list[str]] = {}  # (indentation, words): a few dozen

    def __init__(self, ind: str) -> None:
        self.ind = ind
        #: This indentation's templates by number of words (None: not made yet).
        self.shapes: list[list[str] | None] = [None] * (TEMPLATE_WORDS + 1)

    def template(self, count: int) -> list[str]:
        """The pieces of a plain line of ``count`` words, its slots empty (see above)."""
        ind, inner = self.ind, self.ind + "  "
        out = self.by_shape.get((ind, count))
        if out is None:
            out = [f'{ind}<TextLine ID="', "", '"', ""]
            for i in range(1, count + 1):
                before = ">\n" if i == 1 else f'"/>\n{inner}<SP/>\n'
                out += [f'{before}{inner}<String ID="', "", f'_S{i}" CONTENT="', ""]
            out.append(f'"/>\n{ind}</TextLine>\n')
            self.by_shape[(ind, count)] = out
        self.shapes[count] = out
        return out

    def line(self, line: Line, line_id: str, indent_ids: dict[float, str]) -> str | None:
        """The line's ``TextLine`` as text, or None when it is not plain (``_strings``)."""
        words, text = line.words, line.text
        count = len(words)
        if line.box is not None or not count or count > TEMPLATE_WORDS or text[-1] in HYPHENS:
            return None
        if count > 1 and not text.isascii() and ANY_CJK.search(text) is not None:
            return None
        for w in words:  # a loop, not map(): a few words a line, each left at the first test
            if w.box is not None or w.confidence is not None or w.original is not None:
                return None
        if _NOT_AS_IS.search(text) is not None:
            if _INVALID_XML.search(text) is not None:
                return None
            text = attr(text)
        texts = text.split(" ")
        if len(texts) != count:
            return None
        pieces = (self.shapes[count] or self.template(count)).copy()
        pieces[1::4] = [line_id] * (count + 1)
        if line.indent:
            pieces[3] = f' STYLEREFS="{indent_ids[line.indent]}"'
        pieces[7::4] = texts
        return "".join(pieces)


def _plain_strings(line: Line, contents: list[str], hyp: tuple[str, str, int] | None,
                   subs: dict[int, tuple[str, str]], line_id: str, line_ids: LineIds,
                   ind: str) -> str | None:
    """Most lines of text input, plain words a space apart (no geometry, confidence,
    reading before correction or hyphen; Latin, or one word), as the text of their
    ``String``s and ``SP``s at indentation ``ind``; None for any other line (``_strings``)."""
    words = line.words
    if subs or hyp or not words or not line_ids.direct:
        return None
    if not (line.text.isascii() or len(words) == 1):  # CJK: spaces only between Latin
        return None
    if not all(w.box is None and w.confidence is None and w.original is None for w in words):
        return None
    escape = _ESCAPED.search(line.text) is not None
    ends = f'"/>\n{ind}<SP/>\n{ind}<String ID="{line_id}_S'
    return f'{ind}<String ID="{line_id}_S' + ends.join([  # a list joins faster
        f'{i}" CONTENT="{attr(c) if escape else c}'
        for i, c in enumerate(contents, 1)]) + '"/>\n'


def _strings(out: XmlOut, line: Line, contents: list[str], hyp: tuple[str, str, int] | None,
             subs: dict[int, tuple[str, str]], line_id: str, line_ids: LineIds) -> None:
    """A line's ``String``s, ``SP``s between them and its ``HYP``."""
    ind = out.indent
    words = line.words
    if not words:
        # ALTO needs at least one String per TextLine; an empty line is an empty String.
        out.empty("String", {"ID": line_ids.claim(f"{line_id}_S1"), "CONTENT": ""})
        return
    escape = _ESCAPED.search(line.text) is not None
    latin = line.text.isascii()  # no CJK: a space between every two words
    ko = not latin and korean(line.text)
    last = len(words) - 1
    for i, word in enumerate(words):
        box = word.box
        if i == last and hyp and box is not None:
            box = Box(box.x, box.y, max(0, box.w - hyp[2]), box.h)
        geometry = "" if box is None else (
            f' HPOS="{box.x}" VPOS="{box.y}" WIDTH="{box.w}" HEIGHT="{box.h}"')
        extra = "" if word.confidence is None else f' WC="{num(word.confidence)}"'
        if i in subs:
            extra += f' SUBS_TYPE="{subs[i][0]}" SUBS_CONTENT="{attr(subs[i][1])}"'
        content = attr(contents[i]) if escape else contents[i]
        head = (f'{ind}<String ID="{line_ids.claim(f"{line_id}_S{i + 1}")}"{geometry}'
                f' CONTENT="{content}"{extra}')
        if word.original is None:
            out.write(head + "/>\n")
        else:
            out.write(head + ">\n")
            out.depth += 1
            out.leaf("ALTERNATIVE", clean(word.original), {"PURPOSE": OCR_PURPOSE})
            out.depth -= 1
            out.write(f"{ind}</String>\n")
        if i < last and (latin or spaced(word.text, words[i + 1].text, ko)):
            if word.box is None:  # (and so no attributes)
                out.write(f"{ind}<SP/>\n")
            else:
                out.empty("SP", _space(word.box, words[i + 1].box))
    if hyp:
        hattrs = {"CONTENT": hyp[1]}
        wb = words[-1].box
        if wb is not None:
            hattrs |= _geometry(Box(wb.right - hyp[2], wb.y, hyp[2], wb.h))
        out.empty("HYP", hattrs)


def _split_hyphen(word: Word) -> tuple[str, str, int] | None:
    """(stem, hyphen, hyphen width in px) when ``word`` ends in a printed line-end hyphen."""
    text = word.text
    if len(text) < 2 or text[-1] not in HYPHENS or not any(c.isalnum() for c in text[:-1]):
        return None
    if text[-2] in HYPHENS:  # "re--": readers take a hyphen before HYP as the printed one
        return None
    width = 0
    if word.box is not None:
        width = min(word.box.w, round(word.box.w / len(text)))
    return text[:-1], text[-1], width


def _space(left: Box | None, right: Box | None) -> dict[str, str]:
    if left is None or right is None or right.x < left.right:
        return {}
    return {"HPOS": str(left.right), "VPOS": str(left.y), "WIDTH": str(right.x - left.right)}
