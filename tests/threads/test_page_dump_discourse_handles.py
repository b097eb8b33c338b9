"""Discourse's embedded thread with display names and handles (#15, sets 2 and 34): the header is
the name and the handle ("Ruth Okafor rokafor", glued in w3m: "Glen Osterhoutgosterhout"), then the
post answered, by its author's handle ("in reply to ● rokafor", the avatar a dot in w3m and
"[IMG]" in elinks; "●mkowalczyk" alone where no arrow prints), then the day with the month last
("2 Mar"). A reply goes under the latest post by that handle. Dumps written for this test."""

from __future__ import annotations

import pytest

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page


def _embedded(avatar: str) -> str:
    return ARTICLE + f"""Join the conversation

Comments are hosted on Courier Talk. Log in there to reply.

Ruth Okafor rokafor

2 Mar

Midnight opening is great news for my daughter, who revises in the stairwell.

14 ❤ Reply Report

Tom Heskey theskey

in reply to {avatar}rokafor
2 Mar

Great news unless you work there. Who walks the staff to their cars?

3 ❤ Reply Report

Miguel Arroyo marroyo

2 Mar

Good idea, but a few questions the article does not answer about the printers.

9 ❤ Reply Report

Anja Brandt anja.brandt Staff

in reply to {avatar}theskey
2 Mar

The late shifts are voluntary, Tom, and the trust pays for a taxi home.

21 ❤ Reply Report
Continue discussion Powered by Discourse
"""


@pytest.mark.parametrize("avatar", ["● ", "[IMG] "])
def test_in_reply_to_a_handle_between_the_name_and_the_day(avatar: str) -> None:
    rows = flat(parse_page(_embedded(avatar)).comments)
    assert [(path, text[:12]) for path, _author, _when, text in rows] == [
        ((0,), "Midnight ope"),
        ((0, 0), "Great news u"),
        ((0, 0, 0), "The late shi"),
        ((1,), "Good idea, b"),
    ]


_GLUED = ARTICLE + """Comments

Marta Kowalczykmkowalczyk
Mar 8

Finally. Every summer Saturday the sidewalks on Harbour are crammed.

4
Reply
Glen Osterhoutgosterhout
●mkowalczyk
Mar 8

Easy to say if you don't run a business there. Nobody carries mulch to the bus.

5
Reply
Priya Natarajanpnatarajan
Mar 9

Whatever happens, the 14 bus does not stop running on weekends.

6
Reply
Marta Kowalczykmkowalczyk
●gosterhout
Mar 9

The plan keeps the loading zone on Pike Street, thirty yards from the store.

3
Reply

Leave a comment
"""


def test_dot_and_handle_under_a_glued_name() -> None:
    rows = flat(parse_page(_GLUED).comments)
    assert [(path, text[:12]) for path, _author, _when, text in rows] == [
        ((0,), "Finally. Eve"),
        ((0, 0), "Easy to say "),
        ((0, 0, 0), "The plan kee"),
        ((1,), "Whatever hap"),
    ]
