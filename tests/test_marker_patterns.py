"""The shipped marker patterns rewritten not to backtrack match what they matched.

A credit or dateline pattern is tried at the start of every line of a page; where a
name's words were taken letter by letter, a title-case headline gave back each letter of
each word before the pattern failed. The words (and a web address's name) are now taken
whole (``++``); these tests hold the patterns as they were and ask both of every line of
the fixture pages, of the real extractors' text in ../shared/devset, and of lines made up
of the characters the patterns turn on: the same lines match, over the same span.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from conftest import FIXTURES

from ocr.marker_scan import maybe_marked
from ocr.markers import opens_article
from ocr.model import Block, BlockKind, Line, Word
from ocr.pattern_openings import held_within_lines
from ocr.profiles import REPLACED_PATTERNS, compile_pattern, load_profile
from ocr.readers.textdecode import decode

PAGES = sorted((FIXTURES / "text").glob("*.txt"))
DEVSET = Path(__file__).resolve().parent.parent.parent / "shared" / "devset" / "textpdf"
EXTRACTED = sorted(DEVSET.glob("*.txt")) if DEVSET.is_dir() else []

#: Made-up lines: names in capitals or title case, then a slash and an agency or a
#: paper, or a place, a state and an agency before a dash, each part left out at times,
#: or a web address,
#: with white space of several kinds and a character put in or taken out here and there.
_NAMES = ["ANNA", "KOWALSKI", "O'NEIL", "ST.", "JEAN-PAUL", "Anna", "Kowalski", "McDonald",
          "Smith-Jones", "J.R.", "the", "of", "A", "x7"]
_TAILS = ["AP", "Reuters", "AFP", "Getty Images", "The Harbor Ledger", "The ledger",
          "HARBOR LEDGER", "THE TIMES", "UPI", "Staff", ""]
_DATED = [", Calif.", ", N.Y.", ",  Texas", ",x", ""]
_AGENCY = [" (AP)", "(Reuters)", " (AFP) ", " (UPI", ""]
_DASHES = [" — ", "—", " -- ", " - ", "–", "——", " ", ""]
_SPACES = [" ", " ", " ", "  ", "\t"]
_WEB = ["www.", "harbor", "ledger", "-", "7", ".", "com", "org", "net", "news", "/", "x",
        " ", "  ", ".com", "/sports", "the"]
_CHARS = "Aa /.'-,()—\t7"


def _made_up_lines(n: int = 20_000) -> list[str]:
    rng = random.Random(11)
    lines = []
    for _ in range(n):
        words = [rng.choice(_NAMES) for _ in range(rng.randint(1, 6))]
        line = "".join(w + rng.choice(_SPACES) for w in words).rstrip(" ")
        if rng.random() < 0.5:
            line += rng.choice(["/", " / ", "/ ", " /", ""]) + rng.choice(_TAILS)
        else:
            line += (rng.choice(_DATED) + rng.choice(_AGENCY) + rng.choice(_DASHES)
                     + rng.choice(["The yen fell", "", "x"]))
        if rng.random() < 0.25:  # a web address, or lower-case words
            line = "".join(rng.choice(_WEB) for _ in range(rng.randint(1, 7)))
        if rng.random() < 0.3:
            at = rng.randrange(len(line) + 1)
            line = (line[:at] + rng.choice(_CHARS) + line[at:] if rng.random() < 0.5
                    else line[:at] + line[at + 1 :])
        lines.append(line)
    return lines


def _page_lines(path: Path) -> list[str]:
    text = decode(path.read_bytes(), path.name)
    return [ln for raw in text.split("\n") for ln in (raw, raw.strip()) if ln]


def _pairs() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """(the pattern as it was, the shipped one that replaced it), ``REPLACED_PATTERNS``."""
    en = load_profile(None).markers_for("en")
    shipped = {p for kind in ("credit", "dateline", "furniture") for p in getattr(en, kind)}
    assert set(REPLACED_PATTERNS.values()) <= shipped
    return [(re.compile(old), re.compile(new)) for old, new in REPLACED_PATTERNS.items()]


def _spans(p: re.Pattern[str], lines: list[str]) -> list[tuple[int, int] | None]:
    return [m.span() if (m := p.match(t)) else None for t in lines]


@pytest.mark.parametrize("path", PAGES + EXTRACTED, ids=lambda p: p.name)
def test_rewritten_patterns_match_the_lines_they_matched(path: Path) -> None:
    lines = _page_lines(path)
    for old, new in _pairs():
        assert _spans(new, lines) == _spans(old, lines), new.pattern


def test_rewritten_patterns_match_made_up_lines_as_they_did() -> None:
    lines = _made_up_lines()
    for old, new in _pairs():
        spans = _spans(old, lines)
        assert _spans(new, lines) == spans, new.pattern
        assert sum(s is not None for s in spans) > 50  # the lines reach the matches


def test_rewritten_patterns_take_their_words_whole() -> None:
    """The patterns as shipped hold their words whole, and are still run over the page."""
    for old, new in _pairs():
        assert "++" in new.pattern and "++" not in old.pattern
        assert held_within_lines(new.pattern)


@pytest.mark.parametrize(("pattern", "held"), [
    (r"^[A-Z][a-z]++(\s+[A-Z][a-z]++){0,3}\s*/", True),
    (r"(?>\d+)\s", True),
    (r"^\w+\s*+$", False),   # at a line's end it takes the break and the next line's start
    (r"^[^/]++/", False),    # a negated class holds the line break
    (r"^(?:\w+\s)*+x", False),
    (r"^\w+$", True),        # no try held: nothing to ask
    (r"^(A)?(?(1)B\s*+$|D)", False),  # a conditional's branches are not read: not held
])
def test_a_try_held_is_read_for_line_breaks(pattern: str, held: bool) -> None:
    """``held_within_lines``: whether a possessive repeat or an atomic group may take a
    line break. Where it says so, some pair of lines tells the page's match from the
    line's; where it does not, each line that matches is found over the lines joined."""
    assert held_within_lines(pattern) is held
    lines = ["ABC / AP", "Ab Cd/", "12 x", "ab  ", "cd", "a b x", "Abc"]
    p, over_page = re.compile(pattern), re.compile(pattern, re.M)
    page = "\n".join(lines)
    starts = {m.start() for m in over_page.finditer(page)}
    at = [sum(len(t) + 1 for t in lines[:i]) for i in range(len(lines))]
    by_line = {a for a, t in zip(at, lines, strict=True) if p.match(t)}
    if held:
        assert by_line <= starts


def test_credit_lines_still_found_over_the_page() -> None:
    lines = ["The council met on Monday", "ANNA KOWALSKI/HARBOR LEDGER", "Photo by ANNA KOWALSKI",
             "Council Approves Spending Plan After Marathon Session", "Jane Doe / AP",
             "SPRINGFIELD — State lawmakers on", "TOKYO (Reuters) - The yen"]
    found = maybe_marked(lines, load_profile(None), "en")
    assert found is not None and {1, 2, 4, 5, 6} <= found


def test_a_profile_that_copied_a_replaced_pattern_still_runs_it_as_shipped() -> None:
    """A title's profile that copied the list of credits before they were rewritten runs
    those patterns as before: on ``re``, not under the budget a pattern of its own gets."""
    for old in REPLACED_PATTERNS:
        assert isinstance(compile_pattern(old, "title.toml: markers.en.credit"), re.Pattern)
    assert not isinstance(compile_pattern(r"^(a+)+$", "title.toml: markers.en.credit"),
                          re.Pattern)


def test_patterns_searched_anywhere_in_a_line_repeat_any_character_boundedly() -> None:
    """A furniture pattern not anchored at a line's start is searched from every
    character of a line (and over a whole page by the marker scan): an unbounded ``.*``
    or ``.+`` in it runs to the line's end and back from each start, quadratic in a long
    line (20,000 characters of ``High1 `` took seconds). Each is bounded, as a
    furniture line is (``FURNITURE_LONGEST``)."""
    profile = load_profile("generic")
    floating = [p for lang in ("en", "zh") for p in profile.markers_for(lang).anywhere()]
    assert floating
    unbounded = [p for p in floating if re.search(r"(?<!\\)\.[*+]", p)]
    assert not unbounded
    high = re.compile(next(p for p in floating if p.startswith("(High")))
    assert high.search("Partly sunny. High 84, low 66. Tonight: Low 61")
    assert high.search("High 84 " + "x" * 150 + " Low 61")
    assert not high.search("High 84 " + "x" * 250 + " Low 61")  # no furniture line is so long


@pytest.mark.parametrize(("lines", "opens"), [
    (("新华社北京7月15日", "电（记者 林晓）记者15", "日从国家粮食和物资储"), True),
    (("本报南湖6月8", "日电 记者从市文旅局", "获悉，今年暑期"), True),
    (("新华社北京7月15日电", "（记者 林晓）记者15日"), True),
    (("国家粮食和物资储备局有", "关负责人表示，今年新麦"), False),
    (("今年7月15日，记者从新", "华社北京分社获悉"), False),
])
def test_a_dateline_broken_before_its_dian_in_a_narrow_column_opens_a_story(
    lines: tuple[str, ...], opens: bool
) -> None:
    """A narrow column (six to a page, ten characters a line) breaks a Chinese dateline
    before its ``电`` (``新华社北京7月15日`` / ``电（记者 林晓）…``): read over the first two
    lines, it opens a story (before: the dateline's story ran on in the one above it)."""
    m = load_profile(None).patterns("zh")
    block = Block(id="b", kind=BlockKind.BODY,
                  lines=tuple(Line(words=tuple(map(Word, t.split()))) for t in lines))
    assert opens_article(block, m) is opens
