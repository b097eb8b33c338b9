"""A Flemish regional site's flat comments (#15, set 30's wget copy): the header runs initials,
name, place and the time with a dotted clock and "uur" ("JV Jeroen Van Hoecke uit Zeveneke
14/02/24, 07.32 uur"), and each comment ends in a button row "Reageer 👍 6 Meld misbruik", which
opens with the form heading's word "Reageer" but ends no comment section. Dump written for this
test."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_W3M = ARTICLE + """Reacties (3)

Reageren kan met je naam of anoniem. Reacties worden vooraf nagelezen door de
redactie. Lees onze huisregels.

KD Kris Dewulf uit Aalst 14/02/24, 07.32 uur

De nieuwe rotonde aan de kerk is veel te klein voor de bussen van De Lijn.

Reageer 👍 6 Meld misbruik
? Anoniem 14/02/24, 08.47 uur

De gemeente heeft nooit gevraagd wat de buurt ervan vindt, zoals altijd.

Reageer 👍 9 Meld misbruik
MV Mieke Verhulst uit Ninove Abonnee 14/02/24, 13.41 uur

@Anoniem

Er was een infoavond in de parochiezaal, daar zaten welgeteld twaalf mensen.

Reageer 👍 12 Meld misbruik

Reageer op dit artikel

Naam (optioneel)[                    ]
"""


def test_dotted_clock_with_uur_and_a_button_row() -> None:
    assert [(path, created) for path, _, created, _ in flat(parse_page(_W3M).comments)] == [
        ((0,), datetime(2024, 2, 14, 7, 32, tzinfo=UTC)),
        ((1,), datetime(2024, 2, 14, 8, 47, tzinfo=UTC)),
        ((1, 0), datetime(2024, 2, 14, 13, 41, tzinfo=UTC)),
    ]
