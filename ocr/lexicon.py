"""Lexicons: word frequencies for English and Chinese, plus a title's own word lists;
German and French words for their line-end hyphens (``is_word``).

A language resource, not a stage: text rules (de-hyphenation, reading pdfplumber columns)
and correction both look words up here.

The general lexicons come from ``wordfreq`` (its "large" lists ship in the package,
nothing is downloaded); Chinese segmentation uses ``jieba`` with its bundled
dictionary. Everything loads once per process (``functools.cache``) because the
lists are large and every page needs them. Frequencies are kept on the Zipf
scale (log10 of occurrences per billion words: 7 is "the", 3 is once per million).

User lexicons (named in a layout profile) are plain UTF-8 files, one word per
line, optionally followed by a tab and a frequency. A bare word gets
``USER_ZIPF``: a title's place names and people outrank the general lexicon.
"""

from __future__ import annotations

import logging
import marshal
import math
import os
import re
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from .errors import InputError
from .files import data_file
from .script import is_han

if TYPE_CHECKING:
    import jieba

#: Zipf value of a user-lexicon word without a frequency (a common word's level).
USER_ZIPF = 5.0
#: English words at least this frequent count as "known" for de-hyphenation.
IS_WORD_ZIPF = 2.5

#: The shape of an English lexicon word (lower case, one inner apostrophe).
LATIN_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def _zipf(freq: float) -> float:
    return round(math.log10(freq * 1e9), 2) if freq > 0 else 0.0


def _zipfs(raw: dict[str, float]) -> dict[float, float]:
    """``_zipf`` of each frequency in ``raw``: wordfreq keeps a few hundred distinct
    values for its 300,000 words, so the lexicon loads in half the time."""
    return {f: _zipf(f) for f in set(raw.values())}


@cache
def _english_words() -> dict[str, float]:
    """Lower-case English words (letters, one inner apostrophe) -> Zipf frequency."""
    import wordfreq

    # Positional arguments, as wordfreq's own lookups (``zipf_frequency``) pass them:
    # its cache is keyed by how it is called, and the list is read once, not twice.
    raw = wordfreq.get_frequency_dict("en", "large")
    zipf = _zipfs(raw)
    return {w: zipf[f] for w, f in raw.items() if LATIN_WORD.fullmatch(w)}


@cache
def _english() -> MappingProxyType[str, float]:
    return MappingProxyType(_english_words())


@cache
def _chinese_words() -> dict[str, float]:
    """Chinese words made only of CJK ideographs -> Zipf frequency."""
    import wordfreq

    raw = wordfreq.get_frequency_dict("zh", "large")
    zipf = _zipfs(raw)
    return {w: zipf[f] for w, f in raw.items() if is_han(w)}


@cache
def _chinese() -> MappingProxyType[str, float]:
    return MappingProxyType(_chinese_words())


#: How much less likely a character is alone than its share of all word occurrences (log10).
CHAR_DISCOUNT = 1.0


@cache
def char_logp() -> MappingProxyType[str, float]:
    """Han character -> log10 probability of meeting it as a word of its own in unknown compounds.

    Text is full of compounds no lexicon lists (字段, 行数); their characters are
    common inside other words, so they deserve more credit than their rare
    standalone use gives them. Taken as the character's share of all word
    occurrences, discounted by ``CHAR_DISCOUNT``.
    """
    import wordfreq

    total: dict[str, float] = {}
    for word, freq in wordfreq.get_frequency_dict("zh", "large").items():
        for ch in word:
            total[ch] = total.get(ch, 0.0) + freq
    return MappingProxyType(
        {ch: math.log10(f) - CHAR_DISCOUNT for ch, f in total.items() if is_han(ch)}
    )


def accented_english(word: str) -> bool:
    """Whether wordfreq's English list holds ``word`` with its accents (``café``,
    ``señor``): the general lexicon keeps plain letters only. (The same list, asked for
    the same way as ``_english``, so wordfreq reads it once.)"""
    import wordfreq

    return wordfreq.zipf_frequency(word, "en", "large") > 0.0


def general(lang: str) -> MappingProxyType[str, float]:
    """The general lexicon of ``lang`` ("en" or "zh"): word -> Zipf frequency."""
    if lang == "en":
        return _english()
    if lang == "zh":
        return _chinese()
    raise ValueError(f"no general lexicon for language {lang!r}")


def general_get(lang: str) -> Callable[[str, float], float]:
    """``general(lang).get``, read-only as the mapping is, for the correctors' hot loops:
    a mapping proxy's ``get`` calls the dict's by name, which costs twice a dict's own."""
    if lang == "en":
        return _english_words().get
    if lang == "zh":
        return _chinese_words().get
    raise ValueError(f"no general lexicon for language {lang!r}")


@cache
def _known_english() -> frozenset[str]:
    return frozenset(w for w, z in _english().items() if z >= IS_WORD_ZIPF)


def is_word(word: str, lang: str = "en") -> bool:
    """True when ``word`` (any case) is a reasonably common word of ``lang``.

    Used by de-hyphenation: ``news-`` + ``paper`` joins because "newspaper" is a
    word, ``well-`` + ``known`` keeps its hyphen because "wellknown" is not.
    """
    if lang == "zh":
        return word in _chinese()
    if lang in FOREIGN_LEXICONS:
        return _foreign_zipf(word.lower().replace("ſ", "s"), lang) >= IS_WORD_ZIPF
    if lang != "en":
        return False
    return word.lower() in _known_english()


#: Latin-script languages besides English whose words ``is_word`` knows (wordfreq's
#: "large" lists, read on the first word asked: a German or French page's line-end
#: hyphens, ``typography``), with a Fraktur long s read as the s it is.
FOREIGN_LEXICONS = ("de", "fr")


def _foreign_zipf(word: str, lang: str) -> float:
    import wordfreq

    return float(wordfreq.zipf_frequency(word, lang, "large"))


def zipf(word: str, lang: str) -> float:
    """Zipf frequency of ``word`` in the general lexicon (0.0 when unknown)."""
    table = _english() if lang == "en" else _chinese()
    return table.get(word.lower() if lang == "en" else word, 0.0)


@cache
def common_english(floor: float) -> frozenset[str]:
    """The English words at least ``floor`` frequent (Zipf): a word in lower case is
    ``zipf(word, "en") >= floor`` exactly when it is one of them. The content words of a
    page's stories (``terms.content_stems``) are told from it by a set's test from C,
    not a look-up call a word (some 600 a page)."""
    return frozenset(w for w, z in _english_words().items() if z >= floor)


@dataclass(frozen=True, slots=True)
class UserLexicon:
    """Words a title's profile adds, with Zipf frequencies, split by script."""

    latin: MappingProxyType[str, float]
    han: MappingProxyType[str, float]


EMPTY_USER = UserLexicon(MappingProxyType({}), MappingProxyType({}))


def read_user_lexicon(path: Path) -> UserLexicon:
    """Parse one word list; a bad line or file is an InputError naming it."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(path, "user lexicon not found (profile correction.lexicons)") from None
    except UnicodeDecodeError:
        raise InputError(path, "user lexicon is not UTF-8 text") from None
    latin: dict[str, float] = {}
    han: dict[str, float] = {}
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip().lstrip("\ufeff")
        if not line or line.startswith("#"):
            continue
        word, _, freq = line.partition("\t")
        word = word.strip()
        z = USER_ZIPF
        if freq.strip():
            try:
                value = float(freq)
            except ValueError:
                raise InputError(path, f"line {n}: frequency is not a number: {freq!r}") from None
            # Small values are read as Zipf already; larger ones as raw counts per billion.
            z = value if value <= 9 else round(math.log10(value), 2)
        if any(c.isspace() for c in word):
            raise InputError(path, f"line {n}: one word per line expected: {word!r}")
        if is_han(word):
            han[word] = max(z, han.get(word, 0.0))
        else:
            latin[word.lower()] = max(z, latin.get(word.lower(), 0.0))
    return UserLexicon(MappingProxyType(latin), MappingProxyType(han))


@cache
def _user_cached(paths: tuple[str, ...]) -> UserLexicon:
    latin: dict[str, float] = {}
    han: dict[str, float] = {}
    for p in paths:
        lex = read_user_lexicon(Path(p))
        latin.update(lex.latin)
        han.update(lex.han)
    return UserLexicon(MappingProxyType(latin), MappingProxyType(han))


def user_lexicon(names: Iterable[str], profile_path: str | None) -> UserLexicon:
    """The merged user lexicons a profile names; paths are relative to the profile file."""
    paths = tuple(str(data_file(profile_path, n)) for n in names)
    return _user_cached(paths) if paths else EMPTY_USER


def _jieba_cache_dir() -> Path:
    root = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(root) / "newsocr"


@cache
def segmenter() -> jieba.Tokenizer:
    """A jieba tokenizer on its bundled dictionary, silent, caching under ~/.cache/newsocr.

    jieba's default writes its prefix-dictionary cache to the shared temp directory
    and logs to stderr; we keep the cache in the user's cache directory (where a
    stale or foreign file cannot be planted by another user) and silence the log.
    """
    import jieba

    jieba.setLogLevel(logging.CRITICAL)
    tok = jieba.Tokenizer()
    cache_dir = _jieba_cache_dir()
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        tok.tmp_dir = str(cache_dir)
    except OSError:
        tok.tmp_dir = None
        tok.cache_file = os.devnull  # unwritable home: build in memory every run
    if not (tok.tmp_dir and _from_cache(tok, cache_dir / JIEBA_CACHE)):
        tok.initialize()  # (builds the prefix dictionary and writes the cache)
    return tok


#: The name jieba gives the cache of its bundled dictionary.
JIEBA_CACHE = "jieba.cache"


#: jieba's cache of its dictionary is about 10 MB; a file far larger is not one.
_CACHE_MAX_BYTES = 64 * 2**20


def _from_cache(tok: jieba.Tokenizer, path: Path) -> bool:
    """Load ``tok``'s prefix dictionary from jieba's own cache, as its ``initialize``
    does, but unmarshalled from the file's bytes read whole: jieba's ``marshal.load`` of
    the open file reads it through the file object a few bytes at a time (1.4 s of CPU
    against 0.4 s, on every Chinese page's run). False when there is no cache or it is
    not one: jieba then builds it anew, as it would. Only a regular file of a cache's
    size is read (as jieba asks ``isfile``): a FIFO put there would block the run, a
    link to ``/dev/zero`` fill the memory."""
    try:
        # (opened without blocking: opening a FIFO for reading waits for a writer)
        with os.fdopen(os.open(path, os.O_RDONLY | os.O_NONBLOCK), "rb") as f:
            st = os.fstat(f.fileno())
            if not stat.S_ISREG(st.st_mode) or st.st_size > _CACHE_MAX_BYTES:
                return False
            freq, total = marshal.loads(f.read())
    except (OSError, ValueError, EOFError, TypeError):
        return False
    if not isinstance(freq, dict) or not isinstance(total, int):
        return False
    tok.FREQ, tok.total, tok.initialized = freq, total, True
    return True
