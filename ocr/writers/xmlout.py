"""A streaming XML writer whose bytes are lxml's ``tostring(pretty_print=True)`` of the
same tree, without the tree.

A 10 MB text page of one-letter lines is five million ``TextLine``s: as an lxml tree
that is gigabytes before the first byte is written. The ALTO writer emits each
element as it goes, into the output file, so memory stays with the page model. The
output must be byte-identical to what the tree gave (golden fixtures, and the
archives that diff our files): the indentation and escaping rules below are lxml's
(libxml2's), and ``tests/test_big_pages.py`` checks them against lxml on hostile text.

Only the shapes newsocr writes are covered: elements hold either child elements or
text, never both (no mixed content), in one default namespace.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import BinaryIO

from ..model import Page
from ..script import written_in

_NCNAME = re.compile(r"[A-Za-z_][A-Za-z0-9._-]*")
_NOT_IN_ID = re.compile(r"[^A-Za-z0-9._-]")
#: Pieces (an element or a line each) gathered before they go to the file in one write,
#: or fewer when they make ``CHUNK`` characters.
PIECES = 1024
CHUNK = 1 << 16
_ATTR_SPECIAL = re.compile('[&<>"\n\r\t]')
_TEXT_SPECIAL = re.compile("[&<>\r]")
_ATTR_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
                 "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}
_TEXT_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"}


def attr(value: str) -> str:
    """An attribute value as libxml2 writes it (quotes, markup and white space escaped)."""
    if _ATTR_SPECIAL.search(value) is None:
        return value
    return _ATTR_SPECIAL.sub(lambda m: _ATTR_ESCAPES[m.group()], value)


def text(value: str) -> str:
    """Element text as libxml2 writes it (markup and carriage returns escaped)."""
    if _TEXT_SPECIAL.search(value) is None:
        return value
    return _TEXT_SPECIAL.sub(lambda m: _TEXT_ESCAPES[m.group()], value)


def attrs(items: Iterable[tuple[str, str]]) -> str:
    """`` K="V"`` for each attribute, in order (empty for none)."""
    return "".join(f' {k}="{attr(v)}"' for k, v in items)


class XmlOut:
    """Writes a pretty-printed document element by element through ``write``.

    ``open``/``close`` bracket an element with children; ``empty`` and ``leaf`` write
    one without children (``<X/>``) or with text only (``<X>text</X>``). A hot loop (the
    ALTO writer's lines) may ``write`` preformatted lines itself at ``indent``, adjusting
    ``depth`` around its children.
    """

    def __init__(self, write: Callable[[str], object]) -> None:
        self.write = write
        self.depth = 0
        self._open: list[str] = []

    @property
    def indent(self) -> str:
        return "  " * self.depth

    def open(self, tag: str, attributes: dict[str, str] | None = None, head: str = "") -> None:
        """Start ``tag``; ``head`` is written verbatim before the attributes (namespaces)."""
        self.write(f"{self.indent}<{tag}{head}{attrs((attributes or {}).items())}>\n")
        self._open.append(tag)
        self.depth += 1

    def close(self) -> None:
        self.depth -= 1
        self.write(f"{self.indent}</{self._open.pop()}>\n")

    def empty(self, tag: str, attributes: dict[str, str] | None = None) -> None:
        self.write(f"{self.indent}<{tag}{attrs((attributes or {}).items())}/>\n")

    def leaf(self, tag: str, content: str, attributes: dict[str, str] | None = None) -> None:
        head = f"{self.indent}<{tag}{attrs((attributes or {}).items())}>"
        self.write(f"{head}{text(content)}</{tag}>\n")


class Sink:
    """Collects strings and writes them to ``fh`` as UTF-8, ``PIECES`` at a time (one
    write a few thousand elements). A hot loop may append to ``parts`` itself and call
    ``flush`` when there are ``PIECES``.

    Where a piece is not ASCII, each piece is encoded alone: joined, one such piece (a
    dash, a curly quote in English prose) makes the whole chunk a wide string, whose
    every character the encoder then takes one by one, where an ASCII piece is copied as
    it is (a tenth of the ALTO writer's instructions on English prose; 2% fewer on
    Chinese, whose pieces are mostly wide anyway)."""

    def __init__(self, fh: BinaryIO) -> None:
        self.fh = fh
        self.parts: list[str] = []

    def write(self, s: str) -> None:
        self.parts.append(s)
        if len(self.parts) >= PIECES:
            self.flush()

    def flush(self) -> None:
        parts = self.parts
        if all(map(str.isascii, parts)):
            self.fh.write("".join(parts).encode("utf-8"))
        else:  # each piece alone: see the class docstring
            self.fh.write(b"".join(map(str.encode, parts)))  # (UTF-8, strict)
        parts.clear()


def id_name(wanted: str) -> str:
    """``wanted`` made an ``xs:ID`` name (an NCName of ASCII letters, digits, ``._-``):
    each other character an underscore, and one before a leading digit, dot or hyphen."""
    base = _NOT_IN_ID.sub("_", wanted) or "_"
    return base if _NCNAME.fullmatch(base) else "_" + base


class Ids:
    """Hands out unique, valid ``xs:ID`` values; wanted names are kept when possible."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        #: The last number given to each name claimed more than once: the next claim of
        #: it starts there (every lower number is taken), not at 2, so a name claimed
        #: k times (an article's runs in the reading order) costs k steps, not k * k / 2.
        self.last: dict[str, int] = {}

    def claim(self, wanted: str) -> str:
        if wanted not in self.used and _NCNAME.fullmatch(wanted):  # the usual case, fast
            self.used.add(wanted)
            return wanted
        return self._made(wanted)

    def holds_generated(self, marks: str) -> bool:
        """Whether an id claimed so far could equal one the writer makes last, for lines
        and words (``B_L1_S1``, ``r1_l1_w1``): it holds ``_``, one of ``marks`` and a digit.
        When none does, those ids can equal no other and are taken as made, not claimed:
        a 10 MB page's millions of words need no set of millions of ids."""
        return re.search(f"_[{marks}][0-9]", "\n".join(self.used)) is not None  # no id has \n

    def claim_valid(self, wanted: str) -> str:
        """``claim`` for a name already known to be an ``xs:ID`` (a claimed id with a
        prefix such as ``RO_``): only its uniqueness is checked."""
        if wanted not in self.used:
            self.used.add(wanted)
            return wanted
        return self._made(wanted)

    def _made(self, wanted: str) -> str:
        """A valid id like ``wanted``, numbered past the ones claimed."""
        base = id_name(wanted)
        n = self.last.get(base, 1)
        out = base if n == 1 else f"{base}_{n}"
        while out in self.used:
            n += 1
            out = f"{base}_{n}"
        if n > 1:
            self.last[base] = n
        self.used.add(out)
        return out


def stated_lang(page: Page) -> str | None:
    """The page's language as ALTO's ``LANG`` and PAGE's ``primaryLanguage`` state it, or
    None where the page's letters are not in that language's script (a page of Arabic or
    Cyrillic is laid out as ``en``, Korean as ``zh``: ``script.written_in``)."""
    return page.lang if page.lang and written_in(page.lang, page.text_head()) else None
