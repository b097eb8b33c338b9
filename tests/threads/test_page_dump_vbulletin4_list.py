"""A German vBulletin 4 thread as w3m prints it (#15, set 46): the posts a numbered list, each item
opening with the post's stamp ("14.02.2025, 09:32 #2"), with no heading the reader knows and the
forum's "Alle Zeitangaben in WEZ +1. Es ist jetzt 10:12 Uhr." under everything, which stops the
scan from the page's end; the list is found by its first two items opening with post stamps
(page_headed_list). Past the poster's card ("Registriert seit", "Ort", "Standard"), the quote's
line "[quote_icon] Zitat von X Beitrag anzeigen" names the post answered; a handle may end with a
full stop ("ratsherr_a.D."). Dumps written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE
from threads.model import walk
from threads.page_parser import parse_page


def _post(number: int, stamp: str, name: str, text: str, quoted: str | None = None) -> str:
    quote = f"        [quote_icon] Zitat von {quoted} Beitrag anzeigen\n        Was er schrieb.\n" if quoted else ""
    return (
        f" {number}. {stamp} #{number}\n    {name}\n      □ Profil ansehen\n    {name} ist offline\n    Benutzer\n"
        "    ━━━━━━━━━━━━━━━━━━━━\n\n    Registriert seit\n        11.2019\n    Ort\n        Ohligs\n"
        f"    Beiträge\n        612\n\n    Standard\n\n{quote}        {text}\n\n"
        "    Antworten mit Zitat Zitieren\n    ━━━━━━━━━━━━━━━━━━━━\n"
    )


_PAGE = (
    ARTICLE
    + _post(1, "14.02.2025, 08:47", "Klingenstädter", "Die Stadtwerke erhöhen zum 1. März den Arbeitspreis.")
    + _post(2, "14.02.2025, 09:32", "ratsherr_a.D.", "Bei uns in Ohligs dasselbe, der Abschlag steigt.")
    + _post(3, "14.02.2025, 10:05", "Heizungsbauer_HG", "Widerspruch bringt wenig.", quoted="Klingenstädter")
    + _post(4, "14.02.2025, 11:58", "Zaunkönig", "Haben sie doch, steht auf der Seite.", quoted="ratsherr_a.D.")
    + "\nAlle Zeitangaben in WEZ +1. Es ist jetzt 10:12 Uhr.\nPowered by vBulletin® Version 4.2.5\n"
)


def test_a_list_of_posts_under_no_heading() -> None:
    comments = parse_page(_PAGE).comments
    assert [(path, c.author_name) for path, c in walk(comments)] == [
        ((0,), "Klingenstädter"),
        ((0, 0), "Heizungsbauer_HG"),
        ((1,), "ratsherr_a.D."),
        ((1, 0), "Zaunkönig"),
    ]
