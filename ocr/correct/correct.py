"""The correction stage: ``correct(page, profile) -> page`` with an audit trail.

Runs after assembly. Each article paragraph, headline and photo caption is corrected
(Latin words by ``latin.LatinCorrector``, Chinese by ``han.HanCorrector``); every change becomes
a ``Correction`` whose offset points at the corrected word in the corrected
paragraph, and the same change is made in the block ``Word`` it came from,
with ``Word.original`` keeping the OCR reading (ALTO ``ALTERNATIVE``).

Mapping a change back to words: assembly gave each text the spans of the words it was
read from (``Article.spans``, ``Photo.spans``), so a change lands on the words its place
in the text covers; nothing is searched for, and a token the text holds twice is fixed
in the word it was read from. A change over several words (Chinese characters read one
by one, ``rnod-`` / ``ern``) is cut where the words meet (``mod-`` / ``ern``). A join
(``con stitution``) makes one word of two on a line (``original`` ``"con stitution"``)
and, across a line end, puts back the hyphen the OCR lost (``con-`` / ``stitution``,
ALTO ``HYP`` and ``SUBS_CONTENT``); a split (``supplyof``) makes two words of one, each
keeping the OCR reading; a speck's removal (``glyphs.specks``) takes its word out of the
line (the audit trail keeps it). Limits: a text without spans (built by hand, read back
from JSON), or any other change that would empty a word, is corrected in the text only.
Headlines, kickers, subheadlines, photo titles and captions are corrected the same way; bylines,
datelines, credits and blocks outside articles and photos are not. A word whose
OCR confidence exceeds ``max_confidence`` vetoes the change in the text as well; one read
with at least ``CONFIDENT`` needs ``CONFIDENT_EVIDENCE`` (the proposal's log10 lead). A
reading of a token that is no word (``Proposal.reads_non_word``: a listed confusion or the
channel's edits) passes both: the engine can be sure of a glyph and the token still no word.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import TypeVar

from ..errors import InputError, ProfileError
from ..lexicon import user_lexicon
from ..model import (
    Article,
    Correction,
    CorrectionField,
    Page,
    Photo,
    Spans,
    Step,
)
from ..profiles import CorrectionSettings, Profile, load_profile
from ..script import HAN_CHAR, foreign
from ..version import newsocr_version
from .confusions import learned_tables
from .han import HanCorrector
from .han_marks import dash_proposals, mark_proposals, page_marks
from .latin import LatinCorrector
from .proposals import Proposal
from .words import Change, TextKey, WordKey, apply_changes, plan, respan, word_map

SOFTWARE = "newsocr.correct"
#: A word read with at least this confidence (Tesseract word confidence, ALTO ``WC``) ...
CONFIDENT = 0.75
#: ... changes only on this much evidence (log10; ``Proposal.evidence``).
CONFIDENT_EVIDENCE = 2.0


class Corrector:
    """Latin and Chinese correctors configured from one profile.

    The Chinese corrector (segmenter, lexicon, character model: about 2 s and 150 MiB)
    is built on the first text that holds a Han character, so an English run never pays
    for it.
    """

    def __init__(self, settings: CorrectionSettings, latin: LatinCorrector,
                 make_han: Callable[[], HanCorrector]) -> None:
        self.settings = settings
        self.latin = latin
        self._make_han = make_han
        self._han: HanCorrector | None = None

    @property
    def han(self) -> HanCorrector:
        if self._han is None:
            self._han = self._make_han()
        return self._han

    def propose(self, text: str) -> list[Proposal]:
        """Non-overlapping proposals for ``text``, in text order."""
        return self.propose_all([text])[0]

    def propose_all(self, texts: Sequence[str]) -> list[list[Proposal]]:
        """``propose`` of each of ``texts``; the Chinese ones are scored together
        (``HanCorrector.propose_all``)."""
        han = [not text.isascii() and HAN_CHAR.search(text) is not None for text in texts]
        found = self.han.propose_all(
            [text if h else "" for text, h in zip(texts, han, strict=True)]
        ) if any(han) else []
        marks = page_marks(t for t, h in zip(texts, han, strict=True) if h)
        out = []
        for n, text in enumerate(texts):
            props = self.latin.propose(text)
            if han[n]:
                props += found[n] + mark_proposals(text, marks) + dash_proposals(text)
            if len(props) < 2:
                out.append(props)  # (most texts: nothing to order or to overlap)
                continue
            props.sort(key=lambda p: p.start)
            kept: list[Proposal] = []
            for p in props:
                if not kept or p.start >= kept[-1].end:
                    kept.append(p)
            out.append(kept)
        return out


#: Page languages the lexicons serve, by newsocr's and Tesseract's names; a page in any
#: other language (``--lang deu``, a PAGE file in German) is left as read.
LEXICON_LANGS = frozenset({"en", "eng", "zh", "chi_sim", "und", "auto", ""})


@cache
def corrector_for(profile: Profile) -> Corrector:
    """One corrector per profile (lexicons load once per process)."""
    s = profile.correction
    user = user_lexicon(s.lexicons, profile.path)
    protected = frozenset(s.protected) | frozenset(w.lower() for w in s.protected)
    learned = learned_tables(s.confusions, profile.path)
    return Corrector(
        s,
        LatinCorrector(s, user.latin, protected),
        lambda: HanCorrector(s, user.han, protected, learned),
    )


def check_files(profile: Profile) -> None:
    """Read the user lexicons and learned confusion tables ``profile`` names, so that a
    malformed one is a ``ProfileError`` (exit 2) before any page is read: left to the
    correction stage, it failed every page in turn (exit 1, with nothing written).
    ``load_profile`` only checks that they exist (it sits below the parts that parse them)."""
    s = profile.correction
    try:
        user_lexicon(s.lexicons, profile.path)
        learned_tables(s.confusions, profile.path)
    except InputError as exc:
        raise ProfileError(f"{profile.path or 'profile'}: {exc}") from None


def apply(text: str, props: list[Proposal]) -> tuple[str, list[int]]:
    """``text`` with ``props`` applied, and each proposal's offset in the new text."""
    parts: list[str] = []
    offsets: list[int] = []
    pos = shift = 0
    for p in props:
        parts.append(text[pos : p.start])
        offsets.append(p.start + shift)
        parts.append(p.corrected)
        shift += len(p.corrected) - len(p.original)
        pos = p.end
    parts.append(text[pos:])
    return "".join(parts), offsets


def correct_text(text: str, profile: Profile | str | None = None) -> tuple[str, list[Proposal]]:
    """Correct one string (no page, no confidences): the text path and the benchmark."""
    corrector = corrector_for(load_profile(profile))
    props = corrector.propose(text)
    return apply(text, props)[0], props


# -- page stage ---------------------------------------------------------------------------


def correct(page: Page, profile: Profile | str | None = None) -> Page:
    """Correct the text of articles and photo items and their block words; record the
    audit trail and a Step."""
    prof = load_profile(profile)
    if not prof.correction.enabled or page.source.kind == "pdf":
        return page  # a PDF's text layer is the text as set: there is no misreading to fix
    if page.lang not in LEXICON_LANGS:
        return page  # English and Chinese lexicons would "fix" German or French words
    texts = _texts(page)
    if foreign(_head(text for *_, text in texts)):
        return page  # a page of German or French taken for English (Fraktur read as eng)
    corrector = corrector_for(prof)
    fix = _Fixer(page, corrector)
    # All texts are proposed for at once (the character model scores many short texts in
    # one go), then fixed in page order: the first item to change a shared word keeps it.
    found = corrector.propose_all([text for *_, text in texts])
    fixed = iter([fix(item, field, at, text, props)
                  for (item, field, at, text), props in zip(texts, found, strict=True)])
    changed = {k[0] for k in fix.kept}  # the items a text of which changed
    articles = []
    for a in page.articles:
        paragraphs = tuple(next(fixed) for _ in a.paragraphs)
        headlines = tuple(next(fixed) for _ in a.headlines)
        kicker = next(fixed) if a.kicker else a.kicker
        subheadline = next(fixed) if a.subheadline else a.subheadline
        articles.append(a if a.id not in changed else dataclasses.replace(
            a, paragraphs=paragraphs, headlines=headlines, kicker=kicker,
            subheadline=subheadline, spans=()))
    photos = []
    for ph in page.photos:
        title = next(fixed) if ph.title else ph.title
        caption = next(fixed) if ph.caption else ph.caption
        photos.append(ph if ph.id not in changed else dataclasses.replace(
            ph, title=title, caption=caption, spans=()))
    step = Step(SOFTWARE, newsocr_version(), "dictionary correction",
                _parameters(prof, len(fix.corrections)))
    blocks, moved = apply_changes(page.blocks, fix.changes)
    words = word_map(blocks)
    rows = frozenset(k[:2] for k in moved)  # the lines words moved on
    return dataclasses.replace(
        page,
        blocks=blocks,
        articles=tuple(_respanned(was, a, respan(was, a, fix.kept, moved, words, rows))
                       for was, a in zip(page.articles, articles, strict=True)),
        photos=tuple(_respanned(was, ph, respan(was, ph, fix.kept, moved, words, rows))
                     for was, ph in zip(page.photos, photos, strict=True)),
        corrections=page.corrections + tuple(fix.corrections),
        steps=page.steps + (step,),
    )


_Item = TypeVar("_Item", Article, Photo)


def _respanned(was: _Item, item: _Item, spans: tuple[Spans, ...]) -> _Item:
    """``item`` with ``spans``; ``item`` itself (``was``, no text changed) where they are
    ``was``'s own (most items of a page: neither texts nor words changed)."""
    if item is was and len(spans) == len(was.spans) and all(
            x is y for x, y in zip(spans, was.spans, strict=True)):
        return item
    return dataclasses.replace(item, spans=spans)


def _head(texts: Iterable[str], size: int = 4000) -> str:
    """The first ``size`` characters or so of ``texts`` joined (a 10 MB page's texts are
    not joined whole to weigh its language)."""
    out: list[str] = []
    n = 0
    for text in texts:
        out.append(text)
        n += len(text) + 1
        if n >= size:
            break
    return " ".join(out)


def _texts(page: Page) -> list[tuple[Article | Photo, CorrectionField, int, str]]:
    """Every text correction reads, in page order: each article's paragraphs, headlines,
    kicker and subheadline, then each photo item's title and caption."""
    out: list[tuple[Article | Photo, CorrectionField, int, str]] = []
    for a in page.articles:
        out += [(a, "paragraph", i, p) for i, p in enumerate(a.paragraphs)]
        out += [(a, "headline", i, h) for i, h in enumerate(a.headlines)]
        out += [(a, "kicker", 0, a.kicker)] if a.kicker else []
        out += [(a, "subheadline", 0, a.subheadline)] if a.subheadline else []
    for ph in page.photos:
        out += [(ph, "title", 0, ph.title)] if ph.title else []
        out += [(ph, "caption", 0, ph.caption)] if ph.caption else []
    return out


class _Fixer:
    """Corrects one text of a page item at a time, collecting word changes and the audit
    trail, and where each kept proposal moved the text (for the new spans).

    Bylines, datelines and credits are left alone: they are mostly names.
    """

    def __init__(self, page: Page, corrector: Corrector) -> None:
        self.corrector = corrector
        self.max_confidence = corrector.settings.max_confidence
        self.words = word_map(page.blocks)
        self.changes: dict[WordKey, Change] = {}
        self.corrections: list[Correction] = []
        #: (item id, field, index) -> the proposals kept and their offsets in the new text.
        self.kept: dict[TextKey, tuple[list[Proposal], list[int]]] = {}

    def __call__(self, item: Article | Photo, field: CorrectionField, at: int, text: str,
                 props: list[Proposal]) -> str:
        """``text`` with those of ``props`` (the corrector's) kept that its words allow."""
        if not props:
            return text  # (most texts)
        spans = item.spans_of(field, at)
        owner = (item.id, field, at)
        kept: list[Proposal] = []
        for p in props:
            planned = plan(p, spans, self.words)
            if planned and any(self.changes[k].owner != owner
                               for k, _ in planned if k in self.changes):
                planned = None  # a word two items share is changed by the first item only
            if any(c.removes and self.words[k].box is not None for k, c in planned or ()):
                continue  # ink on the page: ALTO cannot say a String went; it stays as read
            conf = [c for k, _ in planned or () if (c := self.words[k].confidence) is not None
                    and not p.reads_non_word]  # (no word as read, however sure the engine)
            if any(c > self.max_confidence for c in conf):
                continue  # the engine was sure of this word
            if any(c >= CONFIDENT for c in conf) and p.evidence < CONFIDENT_EVIDENCE:
                continue  # fairly sure: only strong evidence overrules it
            kept.append(p)
            for key, change in planned or ():
                have = self.changes.setdefault(key, Change(owner=owner))
                have.edits += change.edits
                have.join = have.join or change.join
        if not kept:
            return text  # (most texts: no entry in ``kept``, which ``respan`` reads so)
        new_text, offsets = apply(text, kept)
        self.kept[owner] = (kept, offsets)
        self.corrections.extend(
            Correction(item.id, at, off, p.original, p.corrected, p.score, p.reason, field)
            for p, off in zip(kept, offsets, strict=True)
        )
        return new_text


def _parameters(profile: Profile, n: int) -> tuple[tuple[str, str], ...]:
    s = profile.correction
    params = [
        ("profile", profile.name),
        ("min_score", f"{s.min_score:g}"),
        ("margin", f"{s.margin:g}"),
        ("freq_ratio", f"{s.freq_ratio:g}"),
        ("max_confidence", f"{s.max_confidence:g}"),
        ("known_zipf", f"{s.known_zipf:g}"),
        ("visual_penalty", f"{s.visual_penalty:g}"),
        ("lexicons", ",".join(["wordfreq-en", "wordfreq-zh", "jieba", *s.lexicons])),
        *([("confusions", ",".join(s.confusions))] if s.confusions else []),
        ("corrections", str(n)),
    ]
    return tuple(params)


__all__ = ["Corrector", "apply", "correct", "correct_text", "corrector_for"]
