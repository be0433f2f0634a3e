"""The words of a byline in text without geometry: a writer's post under the name
(``Courier Staff Writer``, ``Political editor``), a second writer wrapped onto it, how a
writer's byline opens (``By …``), and a byline that says all it says.

Split from ``heading_words`` (a headline's words), which asks ``post_word`` of a heading
line that may be a byline's post; these rules ask none of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .markers import WRITERS_POSTS
from .script import HAN
from .typography import SMALL_WORDS, ends_sentence

#: The last word of a writer's post, in any case (``Courier Staff Writer``, ``Associated
#: Press``, ``Political editor``, ``Times staff``, ``Film critic``).
_POSTS = frozenset(
    "writer writers reporter reporters correspondent correspondents editor editors "
    "columnist columnists critic critics staff press".split())


def post_word(word: str) -> bool:
    """Whether ``word`` is a post's last word (``_POSTS``), in any case."""
    return word.lower() in _POSTS


_TITLE_WORDS = re.compile(r"^[A-Za-z.'’\-]+(?: [A-Za-z.'’\-]+){0,4}$")


def writers_post(text: str) -> bool:
    """A line that names a writer's post and nothing else (``Courier Staff Writer``):
    a byline's second line, never a heading, wherever an extractor wrote it."""
    words = text.split()
    return bool(words) and post_word(words[-1]) and writer_title(text)


def names_post(text: str) -> bool:
    """A byline or line that ends on a writer's post (``Courier Staff Writer``, ``By Lucy
    Amadi, Political editor``, ``Education reporter``)."""
    words = text.split()
    return bool(words) and post_word(words[-1])


def post_apart(byline: str | None, text: str) -> bool:
    """``text`` is a writer's post alone (``Education reporter``) that goes on a byline
    with no post yet (``By Lucy Amadi``), written apart from it among the story's text
    (pdftotext writes it after the lead's first column): it names no new writer, so it
    opens no story of its own."""
    return (byline is not None and not names_post(byline) and names_post(text)
            and not text.startswith("By") and "\n" not in text and writer_title(text))


#: The verbs a byline may close on, the writer named before them (``Anna Kerr reports``,
#: ``Tom Hale writes``): a byline so signed is whole.
_SIGNING_VERBS = frozenset(("reports", "writes"))


def byline_whole(text: str) -> bool:
    """A byline that says all it says: it ends on its writer's post (``names_post``:
    ``Court Reporter``, ``By Lucy Amadi, Political editor``) or on the verb that signs it
    (``Anna Kerr reports``). No line under it is its post: that line opens the story (``Anna Kerr
    reports`` / ``Commuters on the Gull`` / ``Island ferry will keep…``)."""
    return names_post(text) or any(w in _SIGNING_VERBS for w in text.split()[-1:])


#: How a writer's byline opens (``By GRACE ABERNATHY``, ``BY TOM HALE``).
_BY = ("By ", "BY ")
#: A byline's opening in lower case, as some papers set it (``by Kirsty Dunmore``).
LOWER_BY = "by "


def by_writer(text: str) -> bool:
    """Whether a line opens as a writer's byline does (``_BY``): a post alone under it
    is that writer's (``post_alone``)."""
    return text.startswith(_BY)


#: The posts that sign a story alone, a beat's word before them (``Court Reporter``,
#: ``Education Correspondent``): a writer's, never a desk's or a page's (``Letters to
#: the Editor``, ``Courier Staff Writer`` is the line under a name).
_SIGNING_POSTS = frozenset(("reporter", "correspondent"))


def post_alone(text: str) -> bool:
    """A byline that names the writer by the post alone, in title case (``Court
    Reporter``, ``Education Correspondent``): two to four capitalised words ending on a
    signing post (``_SIGNING_POSTS``). Its form is a paper's post under a name's too
    (``By GRACE ABERNATHY`` / ``Ledger Correspondent``), so only its place says which:
    ``classify`` asks it of a line of its own under no writer's name (not a marker: the
    readers, which split lines on bylines, ask markers without the line above)."""
    words = text.split()
    return (2 <= len(words) <= 4 and words[-1].lower() in _SIGNING_POSTS
            and not by_writer(text) and writer_title(text))


def writer_title(text: str, after: str | None = None) -> bool:
    """The line under a byline that names its writer's post or agency (``By KEVIN
    ASHBY`` / ``Ledger Sports Writer``, ``Associated Press``): up to five words of
    letters, capitalised but for small words, or a post in sentence case (``Political
    editor``, ``_SENTENCE_POST_WORDS`` words at most, ending on ``_POSTS``), and no
    sentence; nor a line whose sentence goes on in the line ``after`` it (``Mayor Ellen
    Ward on Tuesday`` / ``signed a $48 million budget``: the story's first line, not a
    post)."""
    if not _TITLE_WORDS.match(text) or not text[:1].isupper() or ends_sentence(text):
        return False
    if after is not None and after[:1].islower():
        return False
    words = text.split()
    return all(w[:1].isupper() or w.lower() in SMALL_WORDS for w in words) or (
        len(words) <= _SENTENCE_POST_WORDS and post_word(words[-1]))


#: A post in sentence case has this many words at most (``Chief political correspondent``).
_SENTENCE_POST_WORDS = 3


def post_in_sentence_case(text: str, after: str | None = None) -> bool:
    """A writer's post set in sentence case (``Political editor``, ``Times staff``,
    ``Health correspondent``): up to four words of letters, the first capitalised, the
    last a post's noun (``_POSTS``), no sentence; nor a line whose sentence goes on in the
    line ``after`` it. Asked only where place says a byline stands right over it (a page
    with geometry): in text a story's first line may end so (``The city's new editor``)."""
    words = text.split()
    if not 1 <= len(words) <= 4 or not _TITLE_WORDS.match(text) or not text[:1].isupper():
        return False
    if ends_sentence(text) or (after is not None and after[:1].islower()):
        return False
    return post_word(words[-1])


_SECOND_WRITER = re.compile(
    r"^(and|&)\s+[A-Z][A-Za-z.'’\-]+(\s+[A-Z][A-Za-z.'’\-]+){0,3}(,\s+[A-Z][A-Za-z .'’]{2,40})?$")


def byline_goes_on(text: str, after: str | None = None) -> bool:
    """A line under a byline's first that is still the byline: the writer's post
    (``writer_title``; ``after``: the line under it), or a second writer wrapped onto it
    (``By MARIA LOPEZ`` / ``and TOM CHEN``)."""
    return writer_title(text, after) or bool(_SECOND_WRITER.match(text))


#: A writer's name on a line of its own (``ROSALIND KEMP``, ``Tom Chen``).
_WRITER_NAME = re.compile(r"^[A-Z][A-Za-z.'’\-]+(\s+[A-Z][A-Za-z.'’\-]+){0,3}$")


def byline_more(lines: Sequence[str], first: str = "", *, placed: bool = False) -> int:
    """How many of ``lines``, under a byline's first line (``first``, where known), are
    still the byline: a second writer, then the writers' post, each at most once (``and
    TOM CHEN`` / ``Staff Writers``; not two posts: ``Ledger Staff Writer`` / ``The Harbor
    City Council`` is the post and the story's first words). After a first line ending
    on ``and`` the second writer's name comes alone (``By TERESA VILLANUEVA and`` /
    ``ROSALIND KEMP`` / ``Ledger Staff``). ``placed``: the lines stand right under the
    byline on the page, so a post in sentence case counts (``post_in_sentence_case``)."""
    wrapped = first.rstrip().endswith(" and")
    n = 1 if lines and (_SECOND_WRITER.match(lines[0]) or wrapped and _WRITER_NAME.match(
        lines[0]) and not ends_sentence(lines[0])) else 0
    after = lines[n + 1] if n + 1 < len(lines) else None
    post = n < len(lines) and (writer_title(lines[n], after) or (
        placed and post_in_sentence_case(lines[n], after)))
    return n + 1 if post else n


#: A Chinese writer's name is two or three letters (``石磊``, ``吕一凡``; a four-letter
#: compound surname, ``欧阳晓岚``, is whole on the byline's line far more often than cut).
_NAME_LETTERS = (2, 3)
#: The rest of a name alone on a line: a letter to three, no mark.
_NAME_REST = re.compile(f"[{HAN}]{{1,3}}")
#: A byline's last post (``见习记者``, ``实习生``): the last writer's name follows it.
_LAST_POST = re.compile("(?:" + "|".join(WRITERS_POSTS) + ")(?!.*(?:" + "|".join(
    WRITERS_POSTS) + "))")


def name_rest(byline: str, line: str) -> bool:
    """Whether ``line`` is the rest of the last writer's name of a Chinese ``byline``
    line, wrapped onto a line of its own at the byline's measure (``本报记者 贺嘉 实习生
    吕一`` / ``凡``; ``本报记者 许望舒 见习记者`` / ``骆青禾``): one to three letters that
    make, with the letters after the byline's last post, a name of ``_NAME_LETTERS``.
    Read as a heading by its shape, it headed the story under it, cut off its own
    headline and byline (S6, S8: no true headline of the study pages stands so)."""
    found = _LAST_POST.search(byline)
    if found is None or not _NAME_REST.fullmatch(line):
        return False
    rest = byline[found.end():].replace(" ", "")
    return (not rest or _NAME_REST.fullmatch(rest) is not None) and (
        _NAME_LETTERS[0] <= len(rest) + len(line) <= _NAME_LETTERS[1])
