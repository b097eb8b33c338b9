"""A flat discussion whose header prints the zone and the comment's number after the time ("Eva
Malá 12. 4. 2025 19:05 SELČ #2", a Czech paper's own system; round 35), and whose reply line names
the comment answered by a word for "post", its author and that comment's time in brackets
("Reakce na příspěvek Eva Malá (12. 4. 2025 19:05 SELČ)"): the header is read, and the reply goes
under that author's comment (#15). Dump written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import ARTICLE
from threads.model import walk
from threads.page_parser import parse_page

_DISCUSSION = ARTICLE + """Diskuse k článku (4 příspěvky)

Řadit: chronologicky | ve vláknech
Karel Dvořák 12. 4. 2025 18:30 SELČ #1
Lávka přes Moravu
Lávka je zavřená od února a nikdo neřekl, kdy ji opraví. Děti teď chodí do
školy kolem silnice.
Odpovědět +12 / −1 Nahlásit
Eva Malá 12. 4. 2025 19:05 SELČ #2
Reakce na příspěvek Karel Dvořák (12. 4. 2025 18:30 SELČ)
Re: Lávka přes Moravu
Na radnici říkali, že oprava začne v květnu, jen se čeká na statika.
Odpovědět +3 / −0 Nahlásit
Jiří Novotný 12. 4. 2025 20:40 SELČ #3
Autobus
Autobusová zastávka u mostu by pomohla víc než nová lávka.
Odpovědět +1 / −4 Nahlásit
Karel Dvořák 12. 4. 2025 21:15 SELČ #4
Reakce na příspěvek Eva Malá (12. 4. 2025 19:05 SELČ)
Re: Re: Lávka přes Moravu
V květnu říkali i loni, tak uvidíme, jestli tentokrát dodrží slovo.
Odpovědět +6 / −0 Nahlásit

Přidat příspěvek
"""


def test_a_czech_discussion_reads_its_zone_and_its_reply_lines() -> None:
    comments = list(walk(parse_page(_DISCUSSION).comments))
    assert [(path, c.author_name) for path, c in comments] == [
        ((0,), "Karel Dvořák"),
        ((0, 0), "Eva Malá"),
        ((0, 0, 0), "Karel Dvořák"),
        ((1,), "Jiří Novotný"),
    ]
    assert comments[0][1].created_at == datetime(2025, 4, 12, 16, 30, tzinfo=UTC)
    assert "Reakce na" not in comments[1][1].body
