"""A box of the site's latest comments on other stories, under a heading that also heads the
comment form ("Join the conversation" twice), its items reading "<name> on <story's title>": not
this page's comments (#15, blind set 21). Also badges after the name: a station's letters before
"Staff" ("KXTV Staff") and a guest's masked address ("Gość IP: 31.0.*.*"), with the Polish
"Prenumerator" as data. Dumps written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_NESTED = """Comments (3)

  • [avatar]
    Wanda Pike 5 hours ago

    The detour through the fairgrounds adds ten minutes each way for the school buses.

    👍 3 Reply Report
      □ [avatar]
        Dale Ruiz KXTV Staff 4 hours ago

        The district told us the buses will use Orchard Road from Monday on.

        👍 8 Reply Report
  • [avatar]
    Nadia Fox 2 hours ago

    Orchard Road has no shoulder at all, somebody will end up in the ditch.

    👍 1 Reply Report

Join the conversation

You must sign in to comment.

Display name[                    ] Comment[                    ] Post comment

Join the conversation

  • Carl Moss on Fairgrounds parking to close for county fair week 20 minutes ago

    The fair brings in more money than the lot ever did…

  • Ivy Hale on New bus shelters planned along Main Street 3 hours ago

    About time, the old ones leak.
"""


def test_box_of_other_stories_comments_is_no_comment_section() -> None:
    rows = flat(parse_page(ARTICLE + _NESTED).comments)
    assert [(path, author, text) for path, author, _when, text in rows] == [
        ((0,), "Wanda Pike", "The detour through the fairgrounds adds ten minutes each way for the school buses."),
        ((0, 0), "Dale Ruiz", "The district told us the buses will use Orchard Road from Monday on."),
        ((1,), "Nadia Fox", "Orchard Road has no shoulder at all, somebody will end up in the ditch."),
    ]


def test_name_on_a_date_is_a_comments_header_not_a_box() -> None:
    page = ARTICLE + """2 Comments

  • Petra on March 3, 2024 at 5:12 pm

    The bridge was closed all last spring too, and nobody warned the shops.

  • Tom on March 4, 2024 at 8:01 am

    They did put a sign up on Elm Street, I saw it myself on the way.
"""
    rows = flat(parse_page(page).comments)
    assert [(author, text) for _path, author, _when, text in rows] == [
        ("Petra", "The bridge was closed all last spring too, and nobody warned the shops."),
        ("Tom", "They did put a sign up on Elm Street, I saw it myself on the way."),
    ]


def test_masked_address_and_polish_subscriber_badge_are_no_part_of_the_name() -> None:
    page = ARTICLE + """Komentarze (2)

[awatar] Halina Nowak Prenumerator 30.03.2024, 21:47

Remont dworca trwa już drugi rok i nikt nie podaje nowego terminu zakończenia.

Odpowiedz + 4 − 0 Zgłoś
[awatar] Gość IP: 31.0.*.* 31.03.2024, 08:12

Termin przesunięto, bo wykonawca czeka na dostawę stali z zagranicy od miesięcy.

Odpowiedz + 1 − 0 Zgłoś
"""
    rows = flat(parse_page(page).comments)
    assert [author for _path, author, _when, _text in rows] == ["Halina Nowak", None]
