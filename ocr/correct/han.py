"""Candidates and decisions for Chinese text: visually similar characters that make a word.

OCR errors in Chinese are mostly one character read as a look-alike (太仓 ->
太仑, 苏州 -> 苏卅). jieba (dictionary only, no HMM guessing) cannot group such
a character with its neighbours, so errors show up as runs of single
characters or as rare words (Zipf < ``SUSPECT_ZIPF``). For each such stretch we
try swapping a character for a visual neighbour (``confusions.han_neighbours``) or
for a character real Tesseract was seen to read as it (``confusions.han_ocr_truths``),
or for one the reader's own engine was seen to misread so (``learned``, a table from
its OCR and corrected text: ``confusions.learn_han_pairs``), up to two swaps at least
two characters apart, and compare a noisy-channel score:

    log10 P(best segmentation of the changed text) - penalty(similarity)
    vs  log10 P(best segmentation of the text as read)

over the stretch plus ``CONTEXT_WORDS`` whole words on each side. Word
probabilities come from wordfreq (Zipf - 9, user words first); a character
standing alone gets the larger of its own word probability and its share of
all word occurrences (``lexicon.char_logp``), because real text is full of
compounds no lexicon lists (字段). The penalty is ``visual_penalty`` for a
look-alike of similarity 0.9 plus ``confusions.SLOPE`` per unit below, for the other
tables what ``confusions.HanChannel`` prices them at; plus ``NAME_EXTRA`` on a
common surname or the character after one (names are not in the lexicon). A swap is kept when
its gain beats ``log10(freq_ratio)`` (plus ``SINGLE_EXTRA`` when the new
character forms no word) and other swaps of the same character by ``HAN_MARGIN``.

The character trigram model (``han_lm``) sees what a word unigram cannot, the
characters around a word. It scores every candidate of every character at once; the
word search tries only candidates it does not rule out (``LM_PREFILTER``), keeps a swap
only when its evidence and the model's gain together reach ``LM_ACCEPT``, and the
model alone changes a character elsewhere when it is sure (``han_swaps.LM_ALONE``: real-word
misreadings such as 着 for 看, which the word search never looks at). Tuned on the
tuning half of ``python -m scripts.bench correct-real``, precision first.
"""

from __future__ import annotations

import dataclasses
import math
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np

from ..lexicon import segmenter
from ..profiles import CorrectionSettings
from ..script import HAN_RUN
from .confusions import HanChannel, into_simplified, traditional
from .han_lm import char_model
from .han_swaps import LM_ALONE_IN_WORD, Channels, LmSwaps, LmView, WindowMemo
from .han_words import MAX_WORD, HanWords
from .proposals import Proposal

if TYPE_CHECKING:
    import jieba

#: jieba words rarer than this (Zipf) are suspicious too: jieba's dictionary holds misprints.
SUSPECT_ZIPF = 3.0
#: The winning swap must beat the runner-up by this much (log10 units).
HAN_MARGIN = 1.0
MAX_SWAPS = 2
#: Whole words on each side of a suspicious stretch that the comparison includes.
CONTEXT_WORDS = 2
#: Extra evidence (log10) a swap needs when the new character stands alone, not in a word.
SINGLE_EXTRA = 1.0
#: The commonest Chinese surnames (census rankings). A surname and the character after
#: it are mostly a name the lexicon does not list (王勋武, 姜振宇): a swap there needs
#: ``NAME_EXTRA`` more evidence, or it turns a name into a word (勋武 -> 动武).
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖董袁潘蒋蔡杜叶"
    "苏魏吕沈姚卢姜崔钟谭陆汪贾夏邹孟熊秦邱薛闫侯陶黎贺顾毛郝龚邵严戴莫孔汤甄"
)
#: Prefixes of familiar address (小明, 老王, 阿强): the character after them is a name too
#: (小悦 is no misreading of 小说).
NAME_PREFIXES = frozenset("小老阿")
NAMED = SURNAMES | NAME_PREFIXES
NAME_EXTRA = 1.0
#: A candidate the character model scores this far below the reading (log10, channel cost
#: included) is not tried by the word search at all (most are not: 2x faster; -1 rather
#: than -2 searched a quarter fewer stretches for one fix fewer on the tuning half).
LM_PREFILTER = -1.0
#: ``LM_PREFILTER`` as the gains compare with it (in float32).
_PREFILTER = float(np.float32(LM_PREFILTER))
#: A word-search swap is kept when its evidence plus ``LM_WEIGHT`` times the character
#: model's gain reaches ``LM_ACCEPT``: a swap that makes a word its neighbours do not
#: go with (航肉 -> 肌肉 in 鼓励) is dropped.
LM_WEIGHT = 0.3
LM_ACCEPT = 3.0
#: Han runs (with the two characters either side) whose swaps a corrector remembers,
#: and the longest run remembered (longer ones seldom recur): ~300 bytes a run (~10 MB full).
RUN_MEMO, RUN_MEMO_LONGEST = 1 << 15, 64
#: Characters of texts the character model scores in one pass (``propose_all``) ...
BATCH_CHARS = 4000
#: ... joined by two characters it reads as boundaries, as it reads a text's ends.
BETWEEN = "\n\n"
#: Texts (batches) shorter than this are scored without the window memo: its bookkeeping
#: costs a short text more than its hits save (FASPell's sentences one at a time, ~10
#: characters: 11% more characters/s without it; the model's pass alone 8-12% faster
#: without it on 200 and 1000 characters of them too, where a quarter of the windows had
#: been seen before). A page's batches (``BATCH_CHARS``) use it: pages repeat phrases.
WINDOW_MEMO_MIN = 1000


class HanCorrector(HanWords):
    """Proposes corrections for the Chinese characters of a text."""

    lang = "zh"

    def __init__(
        self,
        settings: CorrectionSettings,
        user: Mapping[str, float],
        protected: frozenset[str],
        learned: Mapping[str, Mapping[str, int]] | None = None,
    ) -> None:
        super().__init__(settings, user, protected)
        self.channel = HanChannel(settings.visual_penalty, learned or {})
        self._channels: Channels | None = None
        #: The character model's gains by window, remembered across texts.
        self.windows = WindowMemo()
        #: ``_run_agreed``'s swaps by run and context, at the run's start.
        self.runs: dict[str, tuple[Proposal, ...]] = {}
        self.user_chars = frozenset(ch for w in user for ch in w)

    @cached_property
    def seg(self) -> jieba.Tokenizer:
        """The segmenter, loaded when the word search first segments a run (~0.8 s): a
        clean page may never get that far (the character model lets no candidate by)."""
        return segmenter()

    def propose(self, text: str) -> list[Proposal]:
        """Swaps the word search finds and the character model confirms, then swaps the
        character model alone is sure of (``han_swaps.LmSwaps.alone``) elsewhere."""
        return self.propose_all([text])[0]

    def propose_all(self, texts: Sequence[str]) -> list[list[Proposal]]:
        """``propose`` of each of ``texts``. The character model scores texts together,
        ``BATCH_CHARS`` at a time: a page's texts are mostly short (headlines, paragraphs
        of a few lines), and scoring one costs a fixed ~20 numpy calls besides its
        characters' share."""
        out: list[list[Proposal]] = [[] for _ in texts]
        batch: list[int] = []
        size = 0
        for i, text in enumerate(texts):
            if not HAN_RUN.search(text):
                continue
            batch.append(i)
            size += len(text) + len(BETWEEN)
            if size >= BATCH_CHARS:
                self._batch(texts, batch, out)
                batch, size = [], 0
        if batch:
            self._batch(texts, batch, out)
        return out

    def _batch(self, texts: Sequence[str], batch: list[int], out: list[list[Proposal]]) -> None:
        """Proposals for ``texts[i]`` for i in ``batch``, into ``out[i]``: one character
        model pass over the texts joined by ``BETWEEN``, whose boundaries keep every
        score inside its text (what each text alone gets, to the bit)."""
        joined = BETWEEN.join(texts[i] for i in batch)
        memo = self.windows if len(joined) >= WINDOW_MEMO_MIN else None
        lm = LmSwaps(char_model(), joined, self.channels(), memo)
        starts: list[int] = []
        taken: set[int] = set()
        at = 0
        for i in batch:
            text = texts[i]
            view = LmView(lm, at, len(text))
            found: list[Proposal] = []
            for run in HAN_RUN.finditer(text):
                found.extend(self._run_agreed(text, run.group(), run.start(), view))
            out[i] = found
            taken.update(at + k for p in found for k in range(p.start - 1, p.end + 1))
            starts.append(at)
            at += len(text) + len(BETWEEN)
        for p in lm.alone(taken):
            n = bisect_right(starts, p.start) - 1
            i, at = batch[n], starts[n]
            text, here = texts[i], dataclasses.replace(p, start=p.start - at, end=p.end - at)
            if not self._in_known_word(text, here.start) and self._alone_enough(text, here):
                out[i].append(here)
        for i in batch:
            if out[i] and traditional(texts[i]):  # read as printed, not made simplified
                out[i] = [p for p in out[i] if not any(
                    into_simplified(a, b) for a, b in zip(p.original, p.corrected, strict=False))]
            out[i].sort(key=lambda p: p.start)

    def _run_agreed(self, text: str, run: str, base: int, lm: LmView) -> list[Proposal]:
        """The word search's swaps in the Han run at ``base`` that the character model
        agrees with (``_run``, ``_agrees``), remembered by the run and the two characters
        either side, all that they read (``RUN_MEMO``): real text repeats its phrases."""
        if len(run) > RUN_MEMO_LONGEST:
            return [p for p in self._run(run, base, lm) if self._agrees(text, p)]
        key = text[max(0, base - 2) : base + len(run) + 2]
        found = self.runs.get(key)
        if found is None:
            found = tuple(
                dataclasses.replace(p, start=p.start - base, end=p.end - base)
                for p in self._run(run, base, lm)
                if self._agrees(text, p)
            )
            if len(self.runs) >= RUN_MEMO:
                self.runs.clear()  # start afresh: bounded, whatever the page
            self.runs[key] = found
        return [dataclasses.replace(p, start=p.start + base, end=p.end + base) for p in found]

    def _alone_enough(self, text: str, p: Proposal) -> bool:
        """Whether a swap the character model makes alone is sure enough. A character
        that already forms a lexicon word with a neighbour (设有, 开跑) reads as printed
        text; the model's preference for a commoner word (没有, 开炮) is then weaker
        evidence than where the printed character fits no word at all (赛牛获)."""
        k = p.start
        left = text[k - 1 : k + 1] if k else ""
        if self.logp(left) is None and self.logp(text[k : k + 2]) is None:
            return True
        return p.evidence >= LM_ALONE_IN_WORD

    def _agrees(self, text: str, p: Proposal) -> bool:
        """Whether the character model, weighed with the word search's evidence, keeps ``p``.
        A swap that makes a user-lexicon word (a title's place names) needs no model:
        the model knows few names."""
        if any(w not in p.original for w in self._user_words(p.corrected)):
            return True
        lo, hi = max(0, p.start - 2), p.end + 2
        window = text[lo:hi]
        changed = text[lo : p.start] + p.corrected + text[p.end : hi]
        model = char_model()  # loaded on the first Chinese text: English pages never need it
        gain = model.logp(changed) - model.logp(window)
        return p.evidence + LM_WEIGHT * gain >= LM_ACCEPT

    def _user_words(self, text: str) -> list[str]:
        """The user-lexicon words inside ``text``."""
        if not self.user:
            return []
        n = len(text)
        return [
            text[a:b]
            for a in range(n)
            for b in range(a + 1, min(n, a + MAX_WORD) + 1)
            if text[a:b] in self.user
        ]

    def _in_known_word(self, text: str, k: int) -> bool:
        """Whether position ``k`` sits in a user-lexicon or protected word (a title's names)."""
        if not self.user and not self.protected:
            return False
        for a in range(max(0, k - MAX_WORD + 1), k + 1):
            for b in range(k + 1, min(len(text), a + MAX_WORD) + 1):
                piece = text[a:b]
                if piece in self.user or piece in self.protected:
                    return True
        return False

    def channels(self) -> Channels:
        """Every character's candidates (``confusions.HanChannel``) as arrays for the
        character model (built on the first Chinese text: English pages never need it)."""
        if self._channels is None:
            rows = {ch: self.channel.candidates(ch) for ch in self.channel.chars()}
            self._channels = Channels(rows, NAMED, NAME_EXTRA)
        return self._channels

    def _suspicious(self, word: str) -> bool:
        if word in self.user or word in self.protected:
            return False
        return len(word) == 1 or self.lex_get(word, 0.0) < SUSPECT_ZIPF

    def _run(self, run: str, base: int, lm: LmView) -> list[Proposal]:
        if not lm.best(base, base + len(run)) >= _PREFILTER:
            return []  # no candidate the word search would try (most runs: no segmenting)
        words = list(self.seg.cut(run, HMM=False))
        bounds = []
        pos = 0
        for w in words:
            bounds.append((pos, pos + len(w)))
            pos += len(w)
        flags = [self._suspicious(w) for w in words]
        out: list[Proposal] = []
        i = 0
        while i < len(words):
            if not flags[i]:
                i += 1
                continue
            j = i
            while j < len(words) and flags[j]:
                j += 1
            # The stretch i..j of suspicious words plus CONTEXT_WORDS whole words either side.
            lo = bounds[max(i - CONTEXT_WORDS, 0)][0]
            hi = bounds[min(j + CONTEXT_WORDS - 1, len(words) - 1)][1]
            # Only where the character model lets some candidate through (most stretches
            # have none: the search is skipped).
            swappable = range(bounds[i][0] - lo, bounds[j - 1][1] - lo)
            top = lm.best(base + bounds[i][0], base + bounds[j - 1][1])
            if hi - lo >= 2 and top >= _PREFILTER:
                out.extend(self._stretch(run[lo:hi], base + lo, swappable, lm))
            i = j
        return out

    def _stretch(self, span: str, base: int, swappable: range, lm: LmView) -> list[Proposal]:
        current = span
        swaps: dict[int, tuple[str, float, float]] = {}  # position -> (char, similarity, gain)
        current_lp = -math.inf
        for _ in range(MAX_SWAPS):
            prefix, _ = self._prefix_best(current)
            suffix = self._suffix_best(current)
            if not swaps:
                current_lp = prefix[-1]
            trials: list[tuple[float, int, str, float, float, str]] = []
            for k in swappable:
                if any(abs(k - done) < 2 for done in swaps):
                    continue  # two swaps in one word make a different word, not a repair
                cands = self.channel.candidates(current[k])
                neighbours = [cands[i] for i in lm.passing(base + k, LM_PREFILTER)]
                if self.user_chars:
                    neighbours += [
                        c for c in cands if c[0] in self.user_chars and c not in neighbours
                    ]
                if not neighbours:
                    continue
                frames = self._frames(current, k, prefix, suffix)
                alone = prefix[k] + suffix[k + 1]
                name = NAME_EXTRA if span[k] in NAMED or span[k - 1 : k] in NAMED else 0.0
                for other, cost, sim in neighbours:
                    lp, in_word = self._best_with(other, alone, frames)
                    penalty = cost + name
                    gain = lp - current_lp - penalty
                    if not in_word:
                        gain -= SINGLE_EXTRA  # no word formed: only a far likelier character
                    changed = current[:k] + other + current[k + 1 :]
                    trials.append((gain, k, other, sim, penalty, changed))
            if not trials:
                break
            trials.sort(reverse=True)
            gain, k, other, sim, penalty, changed = trials[0]
            runner = max((t[0] for t in trials[1:] if t[1] == k), default=-99.0)
            if gain < self.min_gain or gain - runner < HAN_MARGIN:
                break
            swaps[k] = (other, sim, gain)
            # Not rescored: after a swap that formed no word the score stays
            # SINGLE_EXTRA low, so a second swap that completes the word wins more
            # easily (rescoring exactly fixed fewer errors in python -m scripts.bench correct).
            current, current_lp = changed, current_lp + gain + penalty
        if not swaps:
            return []
        _, split = self.best_split(current)
        out: list[Proposal] = []
        for a, b in split:
            inside = [k for k in swaps if a <= k < b]
            if not inside:
                continue
            sims = [swaps[k][1] for k in inside]
            sim = min(abs(x) for x in sims)
            how = "OCR confusion" if any(x < 0 for x in sims) else "visual"
            gain = sum(swaps[k][2] for k in inside)
            why = ", ".join(f"{span[k]}>{current[k]}" for k in sorted(inside))
            original, corrected = span[a:b], current[a:b]
            if original in self.protected:
                continue
            out.append(
                Proposal(
                    base + a,
                    base + b,
                    original,
                    corrected,
                    round(100.0 * sim, 1),
                    f"{how} {why} (+{gain:.1f} log10)",
                    round(gain, 2),
                )
            )
        return out
