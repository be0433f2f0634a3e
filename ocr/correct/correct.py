"""The correction stage: ``correct(page, profile) -> page`` with an audit trail.

Runs after assembly. Each article paragraph, headline and photo caption is corrected
(Latin words by ``latin.LatinCorrector``, Chinese by ``han.HanCorrector``); every change becomes
a ``Correction`` whose offset points at the corrected word in the corrected
paragraph, and the same change is made in the block ``Word`` it came from,
with ``Word.original`` keeping the OCR reading (ALTO ``ALTERNATIVE``).

Mapping a change back to words: the item's block words (in ``Article.block_ids``
or ``Photo.block_ids`` order) are concatenated without spaces and the original
token is searched there; among several occurrences the one whose surrounding
characters agree best with the corrected text wins. A line-end hyphen is skipped, so
``rnod-`` / ``ern`` is found as ``rnodern`` and the fix is cut where the words
meet (``mod-`` / ``ern``). Limits: a token the paragraph spells differently from
the words (reflow changed more than a hyphen) is corrected in the paragraph
only; so is a change that would empty a word or split one in two (``supplyof``) or
join two (``con stitution``); a repeated token with identical
surroundings may be matched to the wrong occurrence. Headlines, kickers,
subheadlines, photo titles and captions are corrected the same way; bylines,
datelines, credits and blocks outside articles and photos are not. A word whose
OCR confidence exceeds ``max_confidence`` vetoes the change in the text as well; one read
with at least ``CONFIDENT`` needs ``CONFIDENT_EVIDENCE`` (the proposal's log10 lead).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cache

from rapidfuzz.distance import Levenshtein

from ..lexicon import user_lexicon
from ..model import Block, Correction, CorrectionField, Page, Step, Word
from ..profiles import CorrectionSettings, Profile, load_profile
from ..script import HYPHENS
from ..version import newsocr_version
from .han import HanCorrector
from .latin import LatinCorrector, Proposal

SOFTWARE = "newsocr.correct"
CONTEXT = 12
#: A word read with at least this confidence (Tesseract word confidence, ALTO ``WC``) ...
CONFIDENT = 0.75
#: ... changes only on this much evidence (log10; ``Proposal.evidence``).
CONFIDENT_EVIDENCE = 2.0


@dataclass(frozen=True, slots=True)
class Corrector:
    """Latin and Chinese correctors configured from one profile."""

    settings: CorrectionSettings
    latin: LatinCorrector
    han: HanCorrector

    def propose(self, text: str) -> list[Proposal]:
        """Non-overlapping proposals for ``text``, in text order."""
        props = sorted(self.latin.propose(text) + self.han.propose(text), key=lambda p: p.start)
        out: list[Proposal] = []
        for p in props:
            if not out or p.start >= out[-1].end:
                out.append(p)
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
    return Corrector(
        s, LatinCorrector(s, user.latin, protected), HanCorrector(s, user.han, protected)
    )


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

WordKey = tuple[int, int, int]  # block index, line index, word index


@dataclass(slots=True)
class _Stream:
    """An article's block words concatenated without spaces, with a char -> word map."""

    text: str
    owner: list[WordKey]
    start_of: dict[WordKey, int]
    length: dict[WordKey, int]


def _stream(page: Page, block_ids: tuple[str, ...], index: dict[str, int]) -> _Stream:
    parts: list[str] = []
    owner: list[WordKey] = []
    start_of: dict[WordKey, int] = {}
    length: dict[WordKey, int] = {}
    pos = 0
    for bid in block_ids:
        bi = index.get(bid)
        if bi is None:
            continue
        for li, line in enumerate(page.blocks[bi].lines):
            last = len(line.words) - 1
            for wi, word in enumerate(line.words):
                key = (bi, li, wi)
                text = word.text
                if wi == last and len(text) > 1 and text[-1] in HYPHENS:
                    text = text[:-1]  # the paragraph joined the broken word: skip the hyphen
                start_of[key] = pos
                length[key] = len(word.text)
                parts.append(text)
                owner.extend([key] * len(text))
                pos += len(text)
    return _Stream("".join(parts), owner, start_of, length)


def _nospace(text: str) -> str:
    return "".join(text.split())


def _locate(stream: _Stream, para: str, p: Proposal) -> int | None:
    """Where ``p.original`` sits in the word stream: the occurrence whose context agrees."""
    token = p.original
    left = _nospace(para[: p.start])[-CONTEXT:]
    right = _nospace(para[p.end :])[:CONTEXT]
    best, best_score = None, -1
    at = stream.text.find(token)
    while at >= 0:
        before = stream.text[max(0, at - len(left)) : at]
        after = stream.text[at + len(token) : at + len(token) + len(right)]
        score = _common_suffix(before, left) + _common_prefix(after, right)
        if score > best_score:
            best, best_score = at, score
        at = stream.text.find(token, at + 1)
    return best


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


def _word_edits(
    stream: _Stream, at: int, p: Proposal
) -> list[tuple[WordKey, int, str, str]] | None:
    """(word, offset in word, old, new) edits realising ``p`` at stream position ``at``.

    A token spread over several words (Chinese characters read one by one, a word
    hyphenated at a line end) is cut where the words meet, at the matching place in
    the correction (edit operations from rapidfuzz). ``None`` when a word would
    be emptied or split in two.
    """
    if any(c.isspace() for c in p.corrected):
        return None  # a split makes two words of one: the text changes, the words cannot
    keys = stream.owner[at : at + len(p.original)]
    if len(set(keys)) == 1:
        key = keys[0]
        return [(key, at - stream.start_of[key], p.original, p.corrected)]
    where = [0] * (len(p.original) + 1)  # original index -> corrected index
    for op in Levenshtein.opcodes(p.original, p.corrected):
        for k in range(op.src_start, op.src_end):
            where[k] = op.dest_start + min(k - op.src_start, op.dest_end - op.dest_start)
    where[len(p.original)] = len(p.corrected)
    edits = []
    a = 0
    while a < len(keys):
        b = a
        while b < len(keys) and keys[b] == keys[a]:
            b += 1
        old, new = p.original[a:b], p.corrected[where[a] : where[b]]
        if old != new:
            key = keys[a]
            if not new and stream.length[key] == len(old):
                return None
            edits.append((key, at + a - stream.start_of[key], old, new))
        a = b
    return edits


def correct(page: Page, profile: Profile | str | None = None) -> Page:
    """Correct the text of articles and photo items and their block words; record the
    audit trail and a Step."""
    prof = load_profile(profile)
    if not prof.correction.enabled or page.source.kind == "pdf":
        return page  # a PDF's text layer is the text as set: there is no misreading to fix
    if page.lang not in LEXICON_LANGS:
        return page  # English and Chinese lexicons would "fix" German or French words
    fix = _Fixer(page, corrector_for(prof))
    articles = []
    for a in page.articles:
        stream = fix.stream(a.block_ids)
        articles.append(dataclasses.replace(
            a,
            paragraphs=tuple(fix(a.id, "paragraph", i, p, stream)
                             for i, p in enumerate(a.paragraphs)),
            headlines=tuple(fix(a.id, "headline", i, h, stream)
                            for i, h in enumerate(a.headlines)),
            kicker=fix.optional(a.id, "kicker", a.kicker, stream),
            subheadline=fix.optional(a.id, "subheadline", a.subheadline, stream),
        ))
    photos = []
    for ph in page.photos:
        stream = fix.stream(ph.block_ids)
        photos.append(dataclasses.replace(
            ph,
            title=fix.optional(ph.id, "title", ph.title, stream),
            caption=fix.optional(ph.id, "caption", ph.caption, stream),
        ))
    step = Step(SOFTWARE, newsocr_version(), "dictionary correction",
                _parameters(prof, len(fix.corrections)))
    return dataclasses.replace(
        page,
        blocks=_apply_word_edits(page.blocks, fix.words, fix.edits),
        articles=tuple(articles),
        photos=tuple(photos),
        corrections=page.corrections + tuple(fix.corrections),
        steps=page.steps + (step,),
    )


class _Fixer:
    """Corrects one text of a page item at a time, collecting word edits and the audit trail.

    Bylines, datelines and credits are left alone: they are mostly names.
    """

    def __init__(self, page: Page, corrector: Corrector) -> None:
        self.page = page
        self.corrector = corrector
        self.max_confidence = corrector.settings.max_confidence
        self.index = {b.id: i for i, b in enumerate(page.blocks)}
        self.words = {
            (bi, li, wi): w
            for bi, b in enumerate(page.blocks)
            for li, line in enumerate(b.lines)
            for wi, w in enumerate(line.words)
        }
        self.edits: dict[WordKey, list[tuple[int, str, str]]] = {}
        self.corrections: list[Correction] = []

    def stream(self, block_ids: tuple[str, ...]) -> _Stream:
        return _stream(self.page, block_ids, self.index)

    def __call__(
        self, item: str, field: CorrectionField, at: int, text: str, stream: _Stream
    ) -> str:
        kept: list[Proposal] = []
        for p in self.corrector.propose(text):
            where = _locate(stream, text, p) if stream.text else None
            plan = _word_edits(stream, where, p) if where is not None else None
            conf = [c for k, *_ in plan or () if (c := self.words[k].confidence) is not None]
            if any(c > self.max_confidence for c in conf):
                continue  # the engine was sure of this word
            if any(c >= CONFIDENT for c in conf) and p.evidence < CONFIDENT_EVIDENCE:
                continue  # fairly sure: only strong evidence overrules it
            kept.append(p)
            for key, off, old, new in plan or ():
                self.edits.setdefault(key, []).append((off, old, new))
        new_text, offsets = apply(text, kept)
        self.corrections.extend(
            Correction(item, at, off, p.original, p.corrected, p.score, p.reason, field)
            for p, off in zip(kept, offsets, strict=True)
        )
        return new_text

    def optional(
        self, item: str, field: CorrectionField, text: str | None, stream: _Stream
    ) -> str | None:
        return self(item, field, 0, text, stream) if text else text


def _apply_word_edits(
    blocks: tuple[Block, ...],
    words: dict[WordKey, Word],
    edits: dict[WordKey, list[tuple[int, str, str]]],
) -> tuple[Block, ...]:
    if not edits:
        return blocks
    new_words: dict[WordKey, Word] = {}
    for key, changes in edits.items():
        word = words[key]
        text = word.text
        for off, old, new in sorted(set(changes), reverse=True):  # a word once per change
            if text[off : off + len(old)] == old:
                text = text[:off] + new + text[off + len(old) :]
        if text != word.text:
            original = word.original if word.original is not None else word.text
            new_words[key] = dataclasses.replace(word, text=text, original=original)
    out = []
    for bi, block in enumerate(blocks):
        if not any(k[0] == bi for k in new_words):
            out.append(block)
            continue
        lines = tuple(
            dataclasses.replace(
                line,
                words=tuple(new_words.get((bi, li, wi), w) for wi, w in enumerate(line.words)),
            )
            if any((bi, li, wi) in new_words for wi in range(len(line.words)))
            else line
            for li, line in enumerate(block.lines)
        )
        out.append(dataclasses.replace(block, lines=lines))
    return tuple(out)


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
        ("corrections", str(n)),
    ]
    return tuple(params)


__all__ = ["Corrector", "apply", "correct", "correct_text", "corrector_for"]
