"""Catalan comment words as data (#15, blind set 25): heading "Comentaris (3)", buttons "Respon
👍 4 👎 0 Denuncia", badges "Subscriptora"/"Redacció", "ha escrit:" over a quote, the form "Deixa
el teu comentari" and the box "El més llegit". And lynx's quote of a reply two levels down: lynx
prints it near the left margin, shallower than the reply it sits in, and that reply's text comes
back at its own column after it; the quote is no sign that the replies above it are a list in the
top comment's text. Dumps written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_CATALAN = ARTICLE + """Comentaris (3)

 1. [avat] Montse Ribera Subscriptora 12/05/2024 10:20

    La biblioteca del barri tanca els dissabtes a la tarda des del mes passat.

    Respon 👍 4 👎 0 Denuncia
     1. [avat] Albert Quintana Redacció 12/05/2024 12:05

        L'Ajuntament diu que és temporal fins que cobreixin dues places vacants.

        Respon 👍 2 👎 0 Denuncia
 2. [avat] Anònim 13/05/2024 08:40

    Els estudiants no tenen cap altre lloc per estudiar el cap de setmana.

    Respon 👍 6 👎 1 Denuncia

Deixa el teu comentari

El teu comentari [                    ] Publica
El més llegit

 1. Obren el nou carril bici de la Rambla
"""

# lynx -dump: the quote in the third-level reply starts at column 5.
_LYNX = ARTICLE + """12 Comments

    1. Hollis Grant March 2, 2024 09:14
       The footbridge has been closed for a month and nobody has said
       when it will reopen.
       (BUTTON) Reply
         1. Dara Finch March 2, 2024 10:30
            The council said the inspection found rust on two of the
            main beams.
            (BUTTON) Reply
              1. Hollis Grant March 2, 2024 11:02

     Dara Finch wrote:

     rust on two of the main beams.
                 Then they should say so on the sign instead of leaving
                 people guessing at the barrier.
                 (BUTTON) Reply
    2. Priya Shah March 2, 2024 13:45
       The ferry is running extra trips in the meantime.
       (BUTTON) Reply
"""


def test_catalan_words() -> None:
    rows = flat(parse_page(_CATALAN).comments)
    assert [(path, author, text[:28]) for path, author, _when, text in rows] == [
        ((0,), "Montse Ribera", "La biblioteca del barri tanc"),
        ((0, 0), "Albert Quintana", "L'Ajuntament diu que és temp"),
        ((1,), None, "Els estudiants no tenen cap "),
    ]


def test_a_lynx_quote_in_a_reply_deep_in_the_run_is_no_list() -> None:
    comments = parse_page(_LYNX).comments
    rows = flat(comments)
    assert [(path, author) for path, author, _when, _text in rows] == [
        ((0,), "Hollis Grant"),
        ((0, 0), "Dara Finch"),
        ((0, 0, 0), "Hollis Grant"),
        ((1,), "Priya Shah"),
    ]
    deepest = comments[0].replies[0].replies[0]
    assert deepest.body.startswith("\u201crust on two of the main beams.\u201d")
    assert deepest.body.endswith("people guessing at the barrier.")
