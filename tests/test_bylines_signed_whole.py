"""Bylines that sign a story whole, in forms British papers use: the writer's post
alone in title case (``Harbour Reporter``, ``Our Cricket Correspondent``), a name
and the verb that signs it (``Martha Quill reports``), reporting credited (``Reporting
by …``). Each is the story's byline, not a line of its text (the ``byline`` markers,
ocr/layouts/generic.toml), and the line right under it opens the story: no post of
the byline's (``classify``), no heading of its own (``text_headings``;
``byline_words.byline_whole``)."""

from __future__ import annotations

import ocr
from ocr.byline_words import byline_whole
from tests.conftest import article_holding

# pdftotext: a kicker, headline and deck, then the byline signed with its verb, set
# apart; a second story signed by the post alone, its first line cut into a block of
# its own as pdfminer writes a narrow column.
SIGNED = """B4
THE TARNMOUTH GAZETTE | Tuesday, 3 November 2026

ON THE QUAY

Night ferry to Holm Island saved after council vote
Councillors find £180,000 to keep the last sailing until March

Martha Quill reports

The last ferry to Holm Island will keep
running until March after councillors
voted on Monday to cover its losses for
another winter.
The operator had warned that the 10pm
sailing lost £3,000 a week and would end
on Sunday.
Islanders packed the public gallery.
'We would have been cut off every night,'
said Elspeth Gair, who runs the island shop.

CRICKET

Tarnmouth take the shield on the last ball
Our Cricket Correspondent

Supporters of the Tarnmouth

Cricket Club waited four hours in the rain before
the final was restarted on Saturday, and
were rewarded with the closest finish in
the shield's history.
Needing two from the last ball, Callum
Reid drove it through the covers.
"""


def test_a_byline_signed_with_its_verb_heads_its_story() -> None:
    page = ocr.process(SIGNED, lang="en", correct=False)
    story = article_holding(page, "The last ferry to Holm Island")
    assert story.byline == "Martha Quill reports"
    assert "Night ferry to Holm Island saved after council vote" in (
        *story.headlines, story.subheadline)
    assert story.paragraphs[0].startswith("The last ferry to Holm Island")


def test_the_line_under_a_post_alone_opens_the_story() -> None:
    page = ocr.process(SIGNED, lang="en", correct=False)
    story = article_holding(page, "Cricket Club waited four hours")
    assert story.byline == "Our Cricket Correspondent"
    assert "Tarnmouth take the shield on the last ball" in (
        *story.headlines, story.subheadline)
    assert story.paragraphs[0].startswith("Supporters of the Tarnmouth Cricket Club waited")
    assert "Supporters of the Tarnmouth" not in story.headlines


def test_what_signs_whole() -> None:
    assert byline_whole("Court Reporter")
    assert byline_whole("By Lucy Amadi, Political editor")
    assert byline_whole("Anna Kerr writes")
    # A name alone waits for its post on the next line.
    assert not byline_whole("By DENNIS FARRAGHER")
    assert not byline_whole("By Anna Kerr and")


# A post alone under a heading signs its story; the same form under a writer's name,
# set apart by the extractor, is that name's post.
POSTS = """Fire guts empty net store on Quay Street

Harbour Reporter

Fire crews from three stations fought a
blaze in the empty net store on Quay
Street for most of Sunday night.
Nobody was hurt.

Lifeboat crew honoured for winter rescue

By Rona Fyfe

Gazette Correspondent

Four volunteers who pulled two anglers
from the rocks at Skelda Point in January
received bravery awards on Friday.
"""


def test_a_post_alone_signs_its_story_but_not_under_a_name() -> None:
    page = ocr.process(POSTS, lang="en", correct=False)
    fire = article_holding(page, "Fire crews from three stations")
    assert fire.byline == "Harbour Reporter"
    assert fire.paragraphs[0].startswith("Fire crews from three stations")
    lifeboat = article_holding(page, "Four volunteers who pulled")
    assert lifeboat.byline is not None and lifeboat.byline.startswith("By Rona Fyfe")
    assert "Gazette Correspondent" in lifeboat.byline
    assert lifeboat.paragraphs[0].startswith("Four volunteers")
