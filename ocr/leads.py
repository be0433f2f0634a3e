"""A news item's lead: the first sentence of a story or a brief, which tells what, who
and when in full (a Chinese lead that learnt the news from a source, or opens on the
day; an English one that names its subject and the day or date). Readers, briefs and
headings ask whether text opens so; a story's later paragraph refers back instead.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate
from typing import Literal

from .linejoin import join_lines
from .model import Block
from .script import CJK_PUNCTUATION, HAN, HAN_CHAR, HYPHENS
from .terms import cjk_pairs, latin_stems
from .typography import ITEM_MARKS, SMALL_WORDS, ends_on_abbreviation

#: A day of the month as Chinese news writes it (``11月22日``).
_ZH_DAY = r"\d{1,2}月\d{1,2}日"
#: A character of a clause: no stop, comma, colon, quote or space ends it.
_CLAUSE_CHAR = r"[^，。；：！？“”\s]"

#: A Chinese story's lead that names no writer: the reporter learnt the news from a
#: source (``记者从市公安局交警支队获悉，…``, ``记者昨日从…了解到``), or it opens on the
#: vague time of a brief (``日前，``, ``近日，``). News sets these as a story's first
#: sentence, under a byline or none (a brief stacked under another carries no heading);
#: a story's later paragraph goes on from what it told (``据了解，``, ``目前，``).
_LEAD_ZH = re.compile(
    r"(?:记者(?:日前|近日|近期|昨日|昨天|今天|今日)?从[^，。；：！？\s]{2,24}"
    r"(?:获悉|了解到|得知)|(?:日前|近日|近期)，)")
_LEAD_ZH_STARTS = ("记者", "日前", "近日", "近期")
#: ... or it says first when the news is (a notice's or a brief's lead): it opens on the
#: day (``11月22日，第六届…``), on a notice's start (``即日起至…``, ``自12月1日起``), or on
#: a purpose then the notice's start (``为保障施工安全，自12月1日起``), or on its cause then
#: the day (a service notice: ``因燃气管网改造施工，12月12日9时至…``). On the study sets'
#: truths no paragraph after a story's first opens so (36 leads do). A source then the
#: vague time (``市…局日前公布``) is left out: later paragraphs say so too (``该局近日还将``;
#: it cost the judge sets five items).
_LEAD_ZH_DATED = re.compile(
    rf"(?:{_ZH_DAY}[，起]|即日起|自\d{{1,2}}月"
    rf"|{_CLAUSE_CHAR}{{2,10}}，(?:即日起|自\d{{1,2}}月)|因{_CLAUSE_CHAR}{{2,12}}，{_ZH_DAY})")


#: ... or it announces what will be held, and when: a subject, then the day it is set for
#: (``2026滨江半程马拉松将于11月22日…``, ``…仪式定于12月1日…``). A story's later
#: paragraph may announce so too, of the subject its lead introduced (an obituary's
#: ``邵老先生遗体告别仪式定于…``): ``announced`` gives the subject, which
#: ``briefs.lead_brief`` asks to be new to the story above. A subject that points back
#: (``本届赛事定于…``, ``该活动将于…``, ``此次…``) is the story's own, read on.
_ANNOUNCED = re.compile(r"(?!本[届次期年]|该|此|这|其|上述)"
                        rf"({_CLAUSE_CHAR}{{2,20}})(?:将于|定于){_ZH_DAY}")


#: ... or it is a notice, its kind's label run in before a colon (``停水通知：因…``,
#: ``寻物启事：本人于…``, ``遗失声明：``): the head of a notice set as its first words.
#: A story's paragraph opens on a label only in a list or an interview (``集装箱：21.3万
#: 标箱``, ``记者：``), never one that names a notice.
NOTICE_KINDS = ("通知", "启事", "公告", "通告", "声明", "须知", "提示")
_NOTICE_LABEL = re.compile(rf"{_CLAUSE_CHAR}{{0,6}}(?:{'|'.join(NOTICE_KINDS)})：")
#: ... or set as its head on a line of its own (``遗失声明``, ``征订启事``, ``讣告``,
#: ``金婚志喜``): a notice's kind, or a family's (an obituary, a wedding's greetings),
#: after a few letters naming what it is about. A notice is an item of its own, never a
#: section of a story: a story's crosshead says what its section tells, not what kind
#: of paper it is (on the study sets' truths every line so ending heads an item).
_NOTICE_HEAD = re.compile(rf"[{HAN}]{{0,6}}(?:{'|'.join(NOTICE_KINDS)}|讣告|志喜)")


def notice_head(text: str) -> bool:
    """Whether a Chinese line is a notice's standing head (``_NOTICE_HEAD``: ``遗失声明``,
    ``讣告``), which heads an item of its own."""
    return _NOTICE_HEAD.fullmatch(text.strip()) is not None


#: ... or, set under an item's mark (``typography.ITEM_MARKS``), a headless brief's: the
#: mark, then a lead (``▲7月14日，澜溪经济开发区…``, ``▲日前，…``), or a title of a few
#: letters run in before the day or the start it announces (``■夏季献血活动启动 7月18日至
#: 20日，…``, ``■市民中心延时服务 即日起至8月31日，…``). A story's own marked lines go on
#: from what it told (``▲当日，全市用电负荷…``, ``▲市卫生健康委通报，…``) or list its
#: findings (``▲城东区惠邻生鲜超市销售的韭菜，…``): neither says when.
_MARKED_TITLE = re.compile(rf"[{HAN}]{{2,12}}(?:{_ZH_DAY}|即日起)")


#: A Chinese lead (``记者从…获悉``) is read over this many of a block's first lines: a
#: narrow column (six to a page, a dozen characters a line) breaks it before its verb
#: (``记者从市公安局交警支`` / ``队获悉，``), or before its date (``…马拉松将于`` / ``11月22日…``).
LEAD_LINES = 3


def lead_text(block: Block) -> str:
    """``block``'s first ``LEAD_LINES`` lines as one text: where its lead is read."""
    return join_lines([ln.text for ln in block.lines[:LEAD_LINES]])


def opens_lead(text: str) -> bool:
    """Whether a Chinese line opens with a story's lead that names no writer
    (``_LEAD_ZH``, ``_LEAD_ZH_DATED``, ``_ANNOUNCED``)."""
    return ((text.startswith(_LEAD_ZH_STARTS) and _LEAD_ZH.match(text) is not None)
            or _LEAD_ZH_DATED.match(text) is not None or _ANNOUNCED.match(text) is not None
            or opens_notice(text))


def opens_marked_lead(text: str) -> bool:
    """Whether a Chinese line opens on an item's mark before a brief's lead, or before a
    title run in ahead of its day (``_MARKED_TITLE``): a headless brief's first paragraph."""
    if not text or text[0] not in ITEM_MARKS:
        return False
    rest = text[1:].lstrip()
    return opens_lead(rest) or _MARKED_TITLE.match(rest) is not None


def opens_notice(text: str) -> bool:
    """Whether a Chinese line opens on a notice's label run in (``_NOTICE_LABEL``:
    ``寻物启事：本人于…``, ``停水通知：因供水管道改造，…``). A notice is set flush, its first
    line as full as a column's next (``continuity.mid_paragraph``), but no column's rest
    opens on a notice's kind before a colon: a story's text goes on a sentence, or opens
    a list's entry (``集装箱：21.3万标箱``) that names no notice."""
    return _NOTICE_LABEL.match(text) is not None


def opens_dated_lead(text: str) -> bool:
    """Whether a Chinese line opens with a lead that says when (``_LEAD_ZH_DATED``,
    ``_ANNOUNCED``), not one that names the source (``记者从…了解到``: a story's later
    paragraph may turn to a source so)."""
    return _LEAD_ZH_DATED.match(text) is not None or _ANNOUNCED.match(text) is not None


def item_on_full_line(block: Block, flush: bool) -> bool:
    """Chinese: ``block``, whose first line is as full as a column's next
    (``story_flow.mid_paragraph``), opens an item all the same, no column's rest: it opens
    on a notice's label (``opens_notice``: ``寻物启事：本人于…``, set flush on any
    page), or, on a page that sets its paragraphs flush (``story_flow.indented``), with a
    lead that says when (``opens_dated_lead``). On an indented page a full line that
    opens on a day may be a paragraph's next sentence (``…启用工资保证金。`` / ``11月9日，
    86.4万元欠薪全部通…``)."""
    text = lead_text(block)
    return opens_notice(text) or (flush and opens_dated_lead(text))


_OPENS_ON_DAY = re.compile(_ZH_DAY)


def opens_on_day(text: str) -> bool:
    """Whether a Chinese text opens on a day of the month (``12月6日7时30分，…``): a news
    item's lead, whatever follows the day."""
    return _OPENS_ON_DAY.match(text) is not None


def announced(text: str) -> str | None:
    """The subject of a Chinese lead that announces (``_ANNOUNCED``), else ``None``."""
    found = _ANNOUNCED.match(text)
    return found.group(1) if found else None


#: A day of the week's name (the English rules' one spelling of it).
DAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
#: A news item's lead says when: a day of the week in its first sentence.
_DAY = re.compile(rf"\b{DAY_NAME}\b")
#: ... or a date (``on April 1``, ``beginning March 7``), when its subject is a name (a
#: story's later paragraph names the next date of what its lead introduced: ``A final
#: vote … is scheduled for June 16``).
_DATE = re.compile(
    r"\b(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b")
_MONTHS = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sep", "Oct", "Nov",
           "Dec")
#: ... and names its subject in full: an indefinite article (``A 23-year-old man``) or
#: ``The`` before a name of two capitalised words or more (``The Parks Department``, ``The
#: Friends of the Pine Hollow Public Library``: joined by ``of``, ``for``, ``and``). A
#: story's later paragraph names what its lead introduced (``The proposal``, ``The city``,
#: ``Hospital President Lawrence Kim``).
_INTRODUCED = re.compile(
    r"(?:The|A|An)\s+[A-Z][\w’'-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?(?:[A-Z][\w’'-]*\s+)+"
    r"|(?:A|An)\s+\S+\s")
#: ... or a subject of one word with no article (``Police are asking drivers…``), which a
#: story's paragraph may open with too (``Firefighters were called…``): weaker evidence.
#: A plural after the noun that says whose (``City crews will flush…``, ``County
#: officials have…``) is as bare; one after a word that picks from what was told before
#: (``Some residents were…``, ``Other members will…``) refers back.
_BARE = re.compile(
    r"(?!(?:Some|Many|Most|Other|Both|Few|Several|These|Those|All|No|Such|Their|His|Her"
    r"|Its|Our|Two|Three|Four|Five)\s)"
    r"[A-Z][a-z]+\s+(?:[a-z]{3,}s\s+)?(?:are|is|was|were|will|have|has|had)\s")
#: A subject that is a name: ``The`` before capitalised words (``The Ashford Public
#: Library``), or a name's possessive before its noun (``Ashford’s transfer station will``).
_NAMED = re.compile(
    r"The\s+[A-Z][\w’'-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?(?:[A-Z][\w’'-]*\s+)+"
    r"|[A-Z][a-z]+[’']s\s+(?:[a-z]+\s+){1,2}(?:are|is|was|were|will|have|has|had)\s")
_SENTENCE_END = re.compile(r"[.!?][”\"’]?\s+(?=[A-Z“\"])")
#: A lead of fewer words is no news item's (``A spokesman declined.``).
LEAD_WORDS = 8


def _first_sentence(text: str, abbreviations: bool = True) -> str:
    """English ``text``'s first sentence, up to a stop before a capital (``_SENTENCE_END``):
    a lead's, where what a news item says first stands. With ``abbreviations`` a stop
    after one (``from 1 to 6 p.m. Tuesday``) ends no sentence; without, it does (a word
    pdfminer wrote apart from its name may look like one)."""
    end = next((e for e in _SENTENCE_END.finditer(text)
                if not (abbreviations and ends_on_abbreviation(text[: e.start() + 1]))), None)
    return text[: end.start() + 1] if end else text


def opens_news_lead(text: str) -> Literal["named", "bare"] | None:
    """Whether English ``text`` (a paragraph, its lines joined) opens with a news item's
    lead, and how its subject is named: its first sentence, ``LEAD_WORDS`` words or
    more, names the day (``_DAY``) and its subject in full (``_INTRODUCED``: ``named``) or
    by one word with no article (``_BARE``: ``bare``). After a named subject a
    stop after an abbreviation (``from 1 to 6 p.m. Tuesday``) ends no sentence here (a
    bare one may be a word pdfminer wrote apart from its name: ``Cross will hold…``)."""
    if not _may_say_when(text):
        return None  # (no day named, ``_DAY``: told before the text is parsed)
    kind: Literal["named", "bare"] = "named"
    named = _NAMED.match(text) is not None
    if not (named or _INTRODUCED.match(text)):
        if not _BARE.match(text):
            return None
        kind = "bare"
    first = _first_sentence(text, abbreviations=named)
    when = _DAY.search(first) or (named and _DATE.search(first))
    return kind if len(first.split()) >= LEAD_WORDS and when else None


#: Content words (``terms.latin_stems``) a brief's headline shares with its lead's
#: first sentence at least (``headed_by``).
HEAD_TERMS_SHARED = 2


def headed_by(heading: str, text: str) -> bool:
    """Whether an English ``heading`` names what ``text`` (a paragraph, its lines joined)
    tells in its first sentence: a headline sums up its story's lead in the lead's own
    words (``Scouts collect 2 tons of food`` / ``Scouts from Troop 27 and Pack 14
    collected…``), so it shares ``HEAD_TERMS_SHARED`` content words with it or more,
    where a crosshead opens a section that goes on from the story (``Money still
    uncertain`` / ``The approval does not guarantee…``)."""
    stems = latin_stems(heading)
    if len(stems) < HEAD_TERMS_SHARED:
        return False  # (a heading of fewer content words: the text is not parsed)
    return len(stems & latin_stems(_first_sentence(text))) >= HEAD_TERMS_SHARED


def headed_whole(heading: str, text: str) -> bool:
    """Whether every content word of an English ``heading`` (``HEAD_TERMS_SHARED`` of them
    or more) is in the first sentence of ``text``: a brief's head set in its lead's words
    whole (``Craft market at the station`` / ``The monthly craft market returns to the old
    railway station…``), where a crosshead that shares a word or two with the paragraph
    under it (``A long wait for a second boat`` / ``The board first asked for the boat…``)
    names what the section turns to in words of its own. Small words (``at``, ``the``:
    ``SMALL_WORDS``) are no content."""
    stems = latin_stems(heading) - SMALL_WORDS
    return len(stems) >= HEAD_TERMS_SHARED and stems <= latin_stems(_first_sentence(text))


def cjk_headed_by(heading: str, text: str) -> bool:
    """Whether a Chinese ``heading`` names what ``text`` (a brief's paragraph) tells: a
    brief's headline sums it up in its own words (``金婚志喜`` / ``…值此金婚之际…``,
    ``市一医院开设夜间门诊`` / ``…开设内科、儿科夜间门诊…``), so a letter pair of the
    headline is in it; a photo's title names a scene its caption describes in other
    words (``清淤`` / ``…清理淤泥。``)."""
    return any(pair in text for pair in cjk_pairs(heading))


def day_or_month(word: str) -> bool:
    """Whether ``word`` is a day's or a month's name (``Wednesday``, ``May``): a name in a
    capital wherever it stands, which opens no sentence by its case."""
    return day_alone(word) or word.startswith(_MONTHS)


def day_alone(text: str) -> bool:
    """Whether ``text`` is a day's name and nothing else (``Friday``): a calendar's part
    by day (what's on Friday, Saturday…), which heads a listing's lines, not a story."""
    return _DAY.fullmatch(text.strip()) is not None


#: An English line that opens on a time: a clock's (``7 p.m. WTVC 4: …``, ``6.30pm
#: Reporting Scotland``), a day's or a month's with its year under a label's colon
#: (``Saturday: Kelderby Town v…``, ``October 1976: Kelderby's new…``), or a label whose
#: value is a clock's (``High: 5:42 a.m. (9.8 ft.)``).
_CLOCK = r"\d{1,2}(?:[.:][0-5]\d)?\s?(?:[ap]\.m\.|[ap]m\b)"
_OPENS_ON_TIME = re.compile(
    rf"{_CLOCK}|(?:{DAY_NAME}|(?:{'|'.join(_MONTHS)})[a-z]*"
    rf"(?: \d{{4}})?):\s|[A-Z][a-z]+: {_CLOCK}")


def opens_on_time(text: str) -> bool:
    """Whether English ``text`` opens on a time (``_OPENS_ON_TIME``): a dated listing's
    row (what's on, the tides, the fixtures, a look back by year) sets its time first,
    where a story's sentence, or its label rows (``Teams`` / ``Kelderby Town: Stubbs,…``,
    ``Results`` / ``Men: 1. Samuel…``), opens on a word."""
    return _OPENS_ON_TIME.match(text) is not None


def holds_clock_time(text: str) -> bool:
    """Whether English ``text`` gives a clock's time anywhere (``_CLOCK``: ``Sunset 4:19
    p.m.``, ``7am``): a listing's row may set its label first and its time after."""
    return re.search(_CLOCK, text) is not None


def _may_say_when(text: str) -> bool:
    """Whether ``text`` may name a day or a date (``_DAY``, ``_DATE``), told without
    the patterns."""
    return "day" in text or any(m in text for m in _MONTHS)


def introduces(text: str) -> bool:
    """Whether English ``text`` opens by naming its subject in full (``_INTRODUCED``: ``The
    American Red Cross will…``, ``A 23-year-old man…``), as a news item's lead does; a
    story's later paragraph, or the text under a crosshead, refers back (``The new site
    will…``, ``The team is…``)."""
    return _INTRODUCED.match(text) is not None


def introduces_person(text: str) -> bool:
    """Whether English ``text`` opens on a person named in full with an age, as at first
    mention (``Dale Pruett (41), of Mill Lane, was fined…``, ``Maria L. Ortiz, 61, of Elm
    Street…``): a court or police brief's lead does; a story's later paragraph may too
    (a second runner), so it is asked only where a brief may stand."""
    return _PERSON_AGED.match(text) is not None


#: Given name and surname (a middle initial between), then the age in brackets or commas.
_PERSON_AGED = re.compile(
    r"[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?[A-Z][\w’'-]+\s*(?:\(\d{1,3}\)|,\s*\d{1,3},)")


def refers_back(text: str) -> bool:
    """Whether English ``text`` opens on a definite article before a common noun (``The
    team is…``, ``The new site…``): it names what the text before it introduced, as a
    story's later paragraph does, not a news item's lead."""
    words = text.split(maxsplit=2)
    return len(words) > 1 and words[0] == "The" and words[1][:1].islower()


#: Subjects that name someone or something told of before: a story's later paragraph
#: opens on one (``She never remarried.``, ``It will stay closed…``), a brief never.
_BACK_SUBJECTS = frozenset("He She It They His Her Its Their".split())
#: Quotation marks a paragraph may open on (a quote attributed after it).
_OPENING_QUOTES = "“\"‘'"


def opens_referring(text: str) -> bool:
    """Whether English ``text`` (a paragraph, its lines joined) opens as a story's later
    paragraph does and no news item's lead: a sentence going on in lower case, a
    pronoun for someone told of before (``He caught it.``), a quote whose speaker is
    named after it (``“We thought it would take a weekend,” Amara said.``), or a
    definite article before a common noun (``refers_back``: ``The gap remains wide.``),
    and not a lead (``opens_news_lead``, ``introduces``, ``introduces_person``, nor a
    first sentence that names the day, ``opens_dated``: ``The county's board of
    commissioners voted 4 to 1 on Tuesday…``)."""
    if not text:
        return False
    first = text.split(maxsplit=1)[0]
    back = (text[0].islower() or first in _BACK_SUBJECTS or text[0] in _OPENING_QUOTES
            or refers_back(text))
    return back and not (opens_news_lead(text) or introduces(text) or introduces_person(text)
                         or opens_dated(text))


def opens_dated(text: str) -> bool:
    """Whether English ``text`` opens with a sentence of ``LEAD_WORDS`` words or more that
    names a day (``_DAY``), in a capital: what a news lead says whatever its subject
    (``Eastbound lanes of Route 9 … will close … 9 p.m. to 5 a.m. Monday through
    Thursday``, ``The Friends of the Millbrook Public Library will hold … Friday``). A
    stop after an abbreviation (``a.m.``) ends no sentence here."""
    if not text[:1].isupper() or "day" not in text:
        return False
    first = _first_sentence(text)
    return len(first.split()) >= LEAD_WORDS and _DAY.search(first) is not None


#: What ``_may_say_when`` looks for, as one pattern to run over many lines at once.
_WHEN_WORDS = re.compile("|".join(("day", *_MONTHS)))


def lines_saying_when(texts: Sequence[str]) -> list[bool]:
    """``_may_say_when`` of each of ``texts``, found in one pass over them joined: a
    reader asks it of the lines under each line that opens in a capital (``news_lead_at``),
    each line some five times over. (A match holds no line break, and every line that
    holds one has its first match found.)"""
    says = [False] * len(texts)
    starts = list(accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
    for found in _WHEN_WORDS.finditer("\n".join(texts)):
        says[bisect_right(starts, found.start()) - 1] = True
    return says


def may_name_day(texts: Sequence[str]) -> bool:
    """Whether lines joined (``join_lines``) may name a day (``_DAY``), told without joining
    them (a hyphenated word's join is some 70,000 instructions): only where ``day`` stands
    in them run together, line-end hyphens (which a join may drop) taken off."""
    return _may_say_when("".join([t.rstrip(HYPHENS) for t in texts]))


def names_when(texts: Sequence[str]) -> bool:
    """Whether lines joined name a day or a date (``_DAY``, ``_DATE``: ``Sunday``, ``on
    March 7``; not ``a four-day week``), as a news lead does."""
    if not may_name_day(texts):
        return False  # (most texts: no ``day`` and no month's name in them)
    text = join_lines(list(texts))
    return _DAY.search(text) is not None or _DATE.search(text) is not None


def news_lead_at(texts: Sequence[str], after_end: bool, as_written: bool) -> bool:
    """Whether ``texts`` open with an English news item's lead: after a sentence's end,
    or, in text as the extractor wrote it, after a line left mid-sentence when its
    subject is named in full (a capital no sentence goes on with: ``A 23-year-old man``)."""
    if not (after_end or as_written) or not texts[0][:1].isupper():
        return False
    if not any(_may_say_when(t) for t in texts):
        return False  # (no day named: told before the lines are joined and parsed)
    lead = opens_news_lead(join_lines(list(texts)))
    return lead is not None and (after_end or lead == "named")


def salutation(text: str) -> bool:
    """A line set alone that greets the reader or introduces what follows and ends on its
    colon (a letter's ``编辑同志：``, a notice's ``前往接种请注意：``): the text under it
    opens there, so what stands right over it is a head, not running text. It holds
    ``SALUTATION_MIN`` Han characters at least before its colon (a speaker's name or
    ``问：`` opens a line of an interview's answer, under a question's last line), no
    other mark, and no white space (a line spread to its measure, ``社 会 信 用 代 码 ：``,
    is running text's, justified). A rule of the rules floor: the reader
    (``readers.heads_on_top``) and ``classify`` (``text_headings``) both ask it."""
    return (text.endswith("：") and " " not in text and len(_SALUTATION_MARKS.findall(text)) == 1
            and len(HAN_CHAR.findall(text)) >= SALUTATION_MIN)


#: A salutation holds this many Han characters at least (``编辑同志：``; not ``记者：``).
SALUTATION_MIN = 4
_SALUTATION_MARKS = re.compile(f"[{CJK_PUNCTUATION}“”‘’]")
