"""A page's decoded text reflowed into blocks of lines: ``reflow``'s one pass.

Blocks are cut where the text says a new printed object starts (a blank line, a
line opening with white space, a marker line such as a jump or credit, a line far
wider than its neighbours, a heading on top of its body, a news lead run on under a
story); ``classify`` then names each block's kind and the shared assembly stage joins
them into articles. The pass asks its rules of a chunk's rows (``textchunks``), of a
heading's lines (``textheads``) and of a lead's window (``textlines``); the page reader
(``readers.text``) decodes the text, lays it out again where an extractor scattered it,
and hands it here.
"""

from __future__ import annotations

from itertools import chain
from math import inf
from operator import attrgetter, itemgetter

from ..byline_words import byline_goes_on, name_rest
from ..heading_words import closes_line, listing_head
from ..leads import announced, lines_saying_when, news_lead_at, opens_lead
from ..linejoin import join_lines
from ..marker_scan import maybe_marked
from ..markers import marker_kind, reporter_in_column, run_in_credit
from ..model import (
    BODY,
    BYLINE,
    CREDIT,
    FURNITURE,
    Block,
    BlockKind,
    Line,
)
from ..profiles import Profile
from ..text_pieces import headline_over_deck
from ..typography import (
    SENTENCE_INSIDE,
    ends_on_abbreviation,
    ends_on_note,
    ends_sentence,
    first_of_marked,
    text_widths,
)
from .heads_in_chunks import cut_at_heads
from .heads_on_top import heading_on_top
from .textchunks import (
    INDENT,
    Row,
    continues,
    deck_over_column,
    first_line_apart,
    glued_column_line,
    line_indent,
    narrow_above,
    set_in_at,
    split_inline_jump,
    split_run_in_credit,
)
from .textheads import (
    caps_label,
    caption_set_wider,
    column_line,
    credit_at,
    heading_over_caption,
    heading_tail,
    label_tail,
    opens_after,
    opens_story,
    over_credit,
    photo_title,
    post_under_stack,
)
from .textlines import lead_window, make_lines
from .textphoto import titled_caption

_WORDS = attrgetter("words")


def reflow(text: str, lang: str, profile: Profile, *,
           as_written: bool = True) -> tuple[Block, ...]:
    """Cut decoded page text into blocks of lines: a marker line's own block has the kind
    it announces (a jump, a credit, furniture, a byline), the others are ``body`` for now.
    ``as_written``: the lines are the extractor's (not laid out again from a grid or
    from pdfplumber's runs, whose pieces of lines stand anywhere)."""
    markers = profile.patterns(lang)
    chunks: list[list[Row]] = []
    current: list[Row] = []
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
    jump_lines: set[int] = set()
    at_line = last = 0  # line numbers counted as the matches go: linear in the text
    for a, _ in found:
        at_line, last = at_line + text.count("\n", last, a), a
        jump_lines.add(at_line)
    raws = text.split("\n")
    for n, raw in enumerate(raws):
        body, indent = raw.rstrip(), 0.0
        if body[:1] in INDENT:  # a line that opens with white space, or a blank one
            body, indent = line_indent(body)
        if not body:
            if current:
                chunks.append(current)
                current = []
            continue
        if n not in jump_lines:  # most lines: one row, no jump line to split off
            if n + 1 < len(raws) and (after := raws[n + 1]) and not after.isspace():
                current.append((body, indent, indent > 0))  # (not the chunk's last line)
                if (lang == "zh" and body.endswith("）")
                        and run_in_credit(body, markers) is not None):
                    # A caption ends on its credit run in, in brackets (``…收割早稻。
                    # （本报记者 王晓琳 摄）``): the line under it (``丰收``, the photo's
                    # title) is none of its text.
                    chunks.append(current)
                    current = []
                continue
            parts = split_run_in_credit(body, markers.credit)  # the chunk's last
            current.append((parts[0], indent, indent > 0))
            if len(parts) > 1:  # the credit ends the caption: the rows above are its own
                chunks.append(current)  # (its wide lines are not weighed against it)
                current = [(parts[1], 0.0, False)]
            continue
        for i, part in enumerate(split_inline_jump(body, jumps)):
            current.append((part, indent if i == 0 else 0.0, indent > 0 and i == 0))
    if current:
        chunks.append(current)
    if as_written and lang != "zh":
        chunks = first_line_apart(chunks, lambda t: marker_kind(t, markers) is not None)
    if not as_written:
        chunks = cut_at_heads(chunks, markers)

    runs: list[tuple[list[Line], BlockKind | None]] = []  # each block's lines, marker kind
    rows = list(chain.from_iterable(chunks))  # the page's texts and indents, taken from C
    texts = list(map(itemgetter(0), rows))
    made = make_lines(texts, list(map(itemgetter(1), rows)), as_written)
    # The lines a marker or dateline pattern may match, found over the whole page at once:
    # the others are neither marker lines nor open a story by their first words.
    marked = maybe_marked([line.text for line in made], profile, lang)
    # Each line's words, for an English lead's window (``lead_window``).
    counts = list(map(len, map(_WORDS, made))) if lang != "zh" else []
    # ... and the lines that may name a day or date, which a lead says (found in one
    # pass: each line is in the window of the five or so lines over it).
    when = lines_saying_when(texts) if lang != "zh" else []
    zh = lang == "zh"
    at = 0  # the page's line number of the chunk's first line
    for chunk in chunks:
        lines = made[at : at + len(chunk)]
        # A line this wide stands out of its chunk (of three lines or more; the widths
        # of fewer are not asked).
        widths = (text_widths(texts[at : at + len(chunk)]) if len(chunk) >= 3
                  else [0.0] * len(chunk))
        middle = sorted(widths)[len(widths) // 2] if len(chunk) >= 3 else inf
        too_wide = middle * 1.25 + 2
        # A heading printed right on top of its body (no blank line between) is cut off.
        top = (heading_on_top(texts[at : at + len(chunk)], widths, markers,
                              from_grid=not as_written, lang=lang)
               if len(chunk) >= 3 else 0) or (
            listing_head(texts[at : at + min(3, len(chunk))], texts[at - 1] if at else "")
            if zh and len(chunk) >= 2 else 0)
        # A photo's title on top of its caption beside its credit, or over a one-line
        # caption, is parted off (written after the credit, it goes before it).
        titled, credit_first = (titled_caption(texts[at : at + len(chunk)], runs, made[
            at + len(chunk)] if at + len(chunk) < len(made) else None, markers)
            if zh and top <= 1 else (False, False))
        top, first_run = (1 if titled else top), len(runs)
        several = len(chunk) > 1
        # A brief set whole into a column's sentence (``set_in_at``) is parted from it.
        set_in = set_in_at(texts, at, at + len(chunk)) if as_written and not zh else -1
        run: list[Line] = []
        run_kind: BlockKind | None = None  # what the run's first line announces
        prev_special = wide_open = False
        prev_kind: BlockKind | None = None
        post = False  # the line is the post or agency under a byline (``Associated Press``)
        name_cut = False  # the line is the rest of the last name on the Chinese byline above
        under_credit = 0  # -1: the line before was a credit; 1: a caption under it goes on
        for n, ((t, _, opens), width, line) in enumerate(zip(chunk, widths, lines, strict=True)):
            if name_cut:
                # The rest of a Chinese byline's last name, wrapped onto a line of its own
                # (``□记者 程一苇 通讯员 许`` / ``可``), goes on the byline's run, and the
                # text under it starts a run of its own: read on, it opened the story's
                # first paragraph (``可晚上7点以后…``).
                run.append(line)
                name_cut, prev_kind, prev_special = False, None, True
                continue
            # A Chinese story's lead after a sentence's end (``…报名参加。`` / ``记者从…获
            # 悉，``; a notice's ``…马拉松将于`` / ``11月22日…``, read over two lines: the
            # column breaks it before its date) opens a paragraph that may be another
            # story's (``briefs.lead_brief``).
            # So does an English news item's lead (``The Parks Department will open … on
            # Monday.``, ``run_on_briefs.news_lead``): pdftotext runs a brief on under a story.
            # One whose subject is named in full may be written into another column's
            # sentence (``…a utility pole and`` / ``A 23-year-old man was charged…``).
            # So does an item's mark, first of its run (``typography.first_of_marked``).
            # (Asked only of a line that opens as a lead may: most lines do not.)
            lead = n > 0 and (
                (closes_line(chunk[n - 1][0]) and (
                    first_of_marked(t, (ln.text for ln in run)) or opens_lead(t) or announced(
                        "".join(u for u, *_ in chunk[n : n + 2])) is not None)) if zh
                else t[:1].isupper() and (window := lead_window(
                    texts, counts, at + n, at + len(chunk))) and any(
                    when[at + n : at + n + len(window)]) and news_lead_at(
                    window, ends_sentence(chunk[n - 1][0]), as_written)) or n == set_in
            # An English line in lower case after a sentence's end goes on another
            # column's sentence (pdftotext writes a brief's last lines under the story
            # beside it: ``…license course.`` / ``children under 12.``).
            resumes = (as_written and not zh and n > 0 and t[:1].islower()
                       and ends_sentence(chunk[n - 1][0])
                       and not ends_on_abbreviation(chunk[n - 1][0]))
            asked = lead or resumes or marked is None or at + n in marked
            if (not asked and run and n != top and not (opens or prev_special or under_credit)
                    and width <= too_wide and not (several and t.isupper())
                    and not narrow_above(widths, n)):
                # (most lines: nothing to ask, nothing parts it from the run; see below)
                run.append(line)
                prev_kind, post, wide_open = None, False, False
                continue
            kind = marker_kind(line.text, markers) if asked else None
            if (kind is FURNITURE and column_line(t, n, widths)
                    and prev_kind is not FURNITURE
                    and marker_kind(lines[n + 1].text, markers) is not FURNITURE):
                kind = None  # (a weather box's lines are furniture each, all alike)
            if kind is BYLINE and reporter_in_column(texts[at: at + len(chunk)], widths, n):
                kind = None  # 记者在少儿阅览区 / 看到，…: a column's line, not a byline
            # …做好准备。 / （记者 戴雨桐）, the chunk's last line: the note that closes the
            # brief above, no byline over the next item.
            note = (kind is BYLINE and zh and 0 < n == len(chunk) - 1
                    and ends_on_note(chunk[n - 1][0] + t))
            kind = None if note else kind
            prev_kind = kind
            marker = kind is not None and not post
            wide = width > too_wide and (deck_over_column(chunk, n, width, middle)
                                         or not continues(chunk, n))
            # As printed: an extractor's spaces around figures in Chinese (新华社北京 6 月
            # 20 日电) are gone from the line's text.
            story = (asked and n > 0 and not marker and not t[0].islower()
                     and opens_story(line.text, markers)
                     and not (run and run_kind is BYLINE) and not note) or lead
            label = several and t.isupper() and caps_label(t) and not post
            # A caption set wider than the columns, written right under its credit, goes on
            # to its sentence's end (``… at Tarrow Landing on`` / ``Thursday afternoon …``)
            # in lines as wide, or one that ends it (a column's line is no caption's).
            ends = under_credit != 0 and ends_sentence(t)  # (most lines: not asked)
            caption_goes_on = under_credit > 0 and not (marker or story or label or opens) and (
                width > too_wide or ends)
            # A wide line of running text (a sentence ends inside it, or it goes on to one
            # over a credit: no heading's) left mid-sentence (a caption across columns)
            # keeps its last line, the chunk's last or the credit's (``…吸引众多市民前来观`` /
            # ``赏。`` / credit).
            wide_ends = (wide_open and ends_sentence(t) and (n == len(chunk) - 1 or credit_at(
                lines, n + 1, markers)) and not (marker or story or label or opens))
            if run and not caption_goes_on and not wide_ends and not note and (
                    opens or marker or wide or prev_special or story or label or n == top
                    or resumes
                    or (narrow_above(widths, n) and glued_column_line(chunk, n))):
                tail = heading_tail(run) if story or kind is BYLINE else 0
                if tail:
                    runs.append((run[:-tail], run_kind))
                    run, run_kind = run[-tail:], None
                elif kind is BYLINE and len(runs) == first_run and not zh and (
                        head := headline_over_deck([ln.text for ln in run])):
                    # A headline and its deck in one block over the byline: two headings.
                    runs.append((run[:head], None))
                    run, run_kind = run[head:], None
                elif kind is CREDIT and (cut := heading_over_caption(run)) and (
                        photo_title(run, *cut) or n + 1 < len(chunk) and opens_after(
                            lines[n + 1].text, markers)):
                    first, start = cut
                    if first:
                        runs.append((run[:first], run_kind))
                    runs.append((run[first:start], None))
                    run, run_kind = run[start:], None
                elif kind is CREDIT and (start := caption_set_wider(run)):
                    runs.append((run[:start], run_kind))
                    run, run_kind = run[start:], None
                runs.append((run, run_kind))
                run = []
            if not run:
                run_kind = kind
            run.append(line)
            post = kind is BYLINE and n + 1 < len(chunk) and byline_goes_on(
                chunk[n + 1][0], chunk[n + 2][0] if n + 2 < len(chunk) else None)
            # (with the rest the line is still a byline, not a photo's credit wrapped at
            # ``摄``: ``本报记者 阙晓 通讯员 卢青`` / ``摄``)
            name_cut = zh and kind is BYLINE and n + 1 < len(chunk) and name_rest(
                t, chunk[n + 1][0]) and marker_kind(
                    join_lines([t, chunk[n + 1][0]]), markers) is BYLINE
            prev_special = (marker or wide or label) and not post
            wide_open = wide and not ends_sentence(t) and (
                bool(SENTENCE_INSIDE.search(t)) or over_credit(lines, n, markers))
            if kind is CREDIT:
                under_credit = -1
            elif under_credit and width > too_wide and not ends and (
                    under_credit == -1 or caption_goes_on):
                under_credit = 1
            elif under_credit:
                under_credit, prev_special = 0, prev_special or caption_goes_on
        if run and lang == "zh" and (tail := label_tail(run)):
            # a label under a chunk's last sentence: the next story's (``…开放。`` / ``科技``)
            runs.append((run[:-tail], run_kind))
            run, run_kind = run[-tail:], None
        if run and as_written and not zh and post_under_stack(
                run, under_byline=bool(runs) and runs[-1][1] is BYLINE):
            # a story's stack over its byline's post alone, in one chunk: the post parted
            # (as the extractor wrote the lines: pieces of a grid's stand anywhere)
            runs.append((run[:-1], run_kind))
            run, run_kind = run[-1:], BYLINE
        if run:
            runs.append((run, run_kind))
        if credit_first:
            runs[first_run - 1], runs[first_run] = runs[first_run], runs[first_run - 1]
        at += len(chunk)
    return _blocks(runs)


def _blocks(runs: list[tuple[list[Line], BlockKind | None]]) -> tuple[Block, ...]:
    """Blocks of ``body`` lines, or of the one line a marker line stands in (its kind:
    what ``marker_kind`` found it announces, asked once, in ``reflow``, for
    ``classify``), numbered in order, made together."""
    kinds = [kind if kind is not None and len(lines) == 1 else BODY
             for lines, kind in runs]
    ids = [f"b{n}" for n in range(1, len(runs) + 1)]
    return tuple(Block.of_lines(ids, kinds, [tuple(lines) for lines, _ in runs]))
