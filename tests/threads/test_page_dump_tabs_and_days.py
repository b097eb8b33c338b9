"""Text dumps that the twenty-fifth and twenty-sixth blind rounds (sets 134, 138, 139) showed read
as nothing (#15): an Israeli talkback list whose headers give the day alone in brackets, a Hindi
wpDiscuz thread a year old ("1 वर्ष पहले"), and a Coral thread whose only heading is its tab
("• Comments 8") over relative times; then round 27's Dutch Drupal ("30-03-2024", "Als antwoord
op …"), and a MyBB post's time under its number. Dumps written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import ARTICLE, flat
from threads.comment_header import read_header
from threads.date_lines import date_line
from threads.html_time import parse_time
from threads.model import walk
from threads.page_bounds import is_bulleted_count, is_heading
from threads.page_flat_targets import reply_target
from threads.page_furniture import is_date_line, is_furniture_line
from threads.page_parser import parse_page
from threads.page_quotes import quote_header_name

# w3m on a Hebrew paper's talkbacks: each an item numbered twice (the list's marker and the
# paper's own number), its title, "name , place (dd.mm.yy)", the text, the votes; a reply is an
# item of a list inside, its title on the marker's line.
_TALKBACKS = ARTICLE + """תגובות (4)

 1. 1.

    סוף סוף

    מאיר , קריית גת (14.05.24)

    חיכינו לזה שנים, טוב שמתחילים לפני הקיץ.

    👍 9👎 1הגבדווח
     1. למאיר

        שירה , אשקלון (14.05.24)

        לפני הקיץ? העבודות יימשכו עד החורף לפחות.

        👍 4👎 0דווח
 2. 2.

    ומה עם החניה?

    אנונימי (15.05.24)

    אין איפה להחנות כבר היום, ועכשיו יסגרו עוד נתיב.

    👍 12👎 2הגבדווח
 3. 3.

    כל הכבוד

    רפי (15.05.24)

    סוף סוף מישהו בעירייה עושה משהו.

    👍 3👎 5הגבדווח
"""


def test_a_name_and_the_day_alone_in_brackets_is_a_header() -> None:
    """"(14.05.24)" after a name is that day: day first, its two-digit year in this century. Alone,
    or after no name, such a number reads as no time."""
    header = read_header("מאיר , קריית גת (14.05.24)", None)
    assert header is not None and header.created_at == datetime(2024, 5, 14, tzinfo=UTC)
    assert read_header("Dana (28.03.2024)", None) == read_header("Dana 28.03.2024", None)
    assert read_header("(14.05.24)", None) is None and read_header("Release (v1.2.24)", None) is None
    # The title stays the comment's first line (the reader's way with talkbacks); the votes run
    # into Reply and Report ("👍 9👎 1הגבדווח") are buttons, neither text nor a reply of their own.
    assert flat(parse_page(_TALKBACKS).comments) == [
        ((0,), "מאיר , קריית גת", datetime(2024, 5, 14, tzinfo=UTC), "סוף סוף"),
        ((0, 0), "שירה , אשקלון", datetime(2024, 5, 14, tzinfo=UTC), "למאיר"),
        ((1,), None, datetime(2024, 5, 15, tzinfo=UTC), "ומה עם החניה?"),
        ((2,), "רפי", datetime(2024, 5, 15, tzinfo=UTC), "כל הכבוד"),
    ]
    assert all("👍" not in comment.body for _, comment in walk(parse_page(_TALKBACKS).comments))
    assert is_furniture_line("👍 9👎 1הגבדווח") and not is_furniture_line("Replying now")


# w3m on a Hindi wpDiscuz page read a year on: each comment's name, the guest badge, the name again,
# "1 वर्ष पहले" (a year ago), "जवाब <name>" under a reply's time, the text, the votes, "जवाब दें".
_HINDI_WPDISCUZ = ARTICLE + """[                    ]
[टिप्पणी भेजें]
3 टिप्पणियाँ
नवीनतम सबसे पुराना
सुरेश यादव
अतिथि
सुरेश यादव
1 वर्ष पहले

नई सड़क बनी तो है पर नालियाँ अभी भी खुली पड़ी हैं।

5
जवाब दें
कविता मिश्रा
अतिथि
कविता मिश्रा
11 महीने पहले
जवाब सुरेश यादव

सुरेश जी, नालियों का टेंडर अगले महीने खुलेगा।

2
जवाब दें
अमित
अतिथि
अमित
2 वर्ष पहले

पहले भी यही वादा किया गया था।

1
जवाब दें
"""


def test_a_year_ago_in_hindi() -> None:
    """"वर्ष" is a year as "साल" is, and months and weeks in their other spellings are units too."""
    for stamp in ("1 वर्ष पहले", "3 वर्षों पहले", "11 महीना पहले", "2 हफ़्ते पहले"):
        assert is_date_line(stamp), stamp
    assert [(path, author) for path, author, _, _ in flat(parse_page(_HINDI_WPDISCUZ).comments)] == [
        ((0,), "सुरेश यादव"), ((0, 0), "कविता मिश्रा"), ((1,), "अमित"),
    ]


# w3m on Coral (v8) saved with its shadow DOM flattened: the tabs as a list, the sort box, then each
# comment's spoken header ("Comment from …", "Reply from …"), its name, a relative time, and
# "In reply to <name>" over a reply's text. Nothing heads the thread but the tab, and the newsletter
# box between a dated story and the thread would end a search for comments without a heading.
_CORAL_TAB = """Pool to close for a fortnight of repairs

By Tess Hanlon
Updated May 2 2024 - 6:02pm, first published 4:30pm

The article's first paragraph runs on for well over eight words, as articles do.

A second paragraph also runs on for more than eight words before the comments.

Get the latest news in your inbox

[                    ]Sign up

Comments are moderated. Please read our community guidelines.

  • Comments 3
  • My Profile

Sign in to join the conversation
Sort by [Newest        ]
Comment from Bluey_77, 2 days ago
Bluey_77
2 days ago

They shut the pool every spring for a fortnight and call it maintenance.

Respect 3 Reply Share Report
Reply from Marnie Cole, 1 day ago
Marnie Cole
1 day ago
In reply to Bluey_77

The tiles came off the deep end last year, it needed doing.

Respect 5 Reply Share Report
Comment from Gus, 5 hours ago
Gus
5 hours ago

Open it at six for the early swimmers at least.

Respect 1 Reply Share Report
Powered by Coral

Most read

 1. Council to review pool hours after complaints
 2. Netball club wins grand final in extra time

About us · Contact us · Privacy policy

© 2024 The Valley Courier

Accept all Manage preferences
"""


def test_a_comment_systems_tab_heads_the_thread_when_nothing_else_does() -> None:
    """"• Comments 3" (the word, then the count in a badge) is the heading, so the relative times
    under it are the comments' own; a tab of another kind is not."""
    assert is_bulleted_count("  • Comments 3", 4) and is_bulleted_count("  • 7 Comments", 4)
    assert not is_bulleted_count("  • My Profile", 4) and not is_bulleted_count("  • Comments on the budget", 4)
    assert [(path, author) for path, author, _, _ in flat(parse_page(_CORAL_TAB).comments)] == [
        ((0,), "Bluey_77"), ((0, 0), "Marnie Cole"), ((1,), "Gus"),
    ]
    assert parse_page(_CORAL_TAB.replace("  • Comments 3\n", "  • Discussion\n")).comments == []


# elinks on a Polish portal's own flat list, replies indented: the votes run into the buttons
# ("+ 12− 0odpowiedzzgłoś"), and a comment the moderator removed shows its time over the notice.
_REMOVED_BETWEEN = ARTICLE + """   Komentarze (5)

     ~Bogdan IP: 5.184.*.* 13.11.2024, 16:40
     Most jest stary i trzeba go było wyremontować dawno temu.
     + 4− 1odpowiedzzgłoś

        [IMG]Redakcja 13.11.2024, 17:02
        @Bogdan remont potrwa do końca marca przyszłego roku.
        + 12− 0odpowiedzzgłoś

     13.11.2024, 07:02
     Komentarz został usunięty przez moderatora.
     ~gość IP: 83.24.*.* 12.11.2024, 23:48
     A kto za to zapłaci? Jak zwykle my, w podatkach.
     + 15− 6odpowiedzzgłoś
     ~Halina IP: 188.146.*.* 12.11.2024, 19:22
     Objazd przez Stegnę to 25 kilometrów dookoła.
     + 31− 4odpowiedzzgłoś

        ~Bogdan IP: 5.184.*.* 12.11.2024, 20:31
        odpowiedź do Halina
        Przez Jantar jest krócej, tylko trzeba znać drogę.
        + 2− 0odpowiedzzgłoś
"""


def test_votes_run_into_buttons_and_a_removed_comment_at_the_same_indent() -> None:
    """"+ 12− 0odpowiedzzgłoś" is the row of votes and buttons, no header of a comment; the removed
    comment is one of its own, and the comment after it, no deeper, is no reply to it (a reply
    naming its parent, "odpowiedź do Halina", makes the page one that names parents)."""
    assert [(path, author) for path, author, _, _ in flat(parse_page(_REMOVED_BETWEEN).comments)] == [
        ((0,), "Bogdan"), ((0, 0), "Redakcja"), ((1,), None), ((2,), None), ((3,), "Halina"), ((3, 0), "Bogdan"),
    ]


# w3m on a Dutch Drupal 9 site (round 27, set 141): name, "za, 30-03-2024 - 09:12" (the date with
# hyphens), Permalink, "Als antwoord op <subject> door <name>" over a reply's subject and text.
_DUTCH_DRUPAL = ARTICLE + """Reacties

Piet uit Breskens (niet geverifieerd)

za, 30-03-2024 - 09:12

Permalink

Weer minder boten

Elk jaar wordt de dienstregeling verder uitgekleed, en dan verbaast men zich.

  • Beantwoorden

Marloes_Sluis

za, 30-03-2024 - 11:47

Permalink

Als antwoord op Weer minder boten door Piet uit Breskens (niet geverifieerd)

Spitsboot

Piet, in de spits vaart toch een extra boot uit Antwerpen?

  • Beantwoorden

Anoniem (niet geverifieerd)

zo, 31-03-2024 - 22:31

Permalink

Zonde van het geld

Twee boten in de winter was altijd al zonde van het belastinggeld.

  • Beantwoorden
"""


def test_a_date_with_hyphens_and_dutch_drupals_reply_line() -> None:
    """"30-03-2024" is a date (the year in full: "30-03" alone is a score), and "Als antwoord op …
    door …" names the comment answered by its subject and author (the subjects are no text)."""
    assert date_line("za, 30-03-2024 - 09:12") == "30-03-2024 - 09:12" and date_line("3-2 - 10-12") is None
    assert flat(parse_page(_DUTCH_DRUPAL).comments) == [
        ((0,), "Piet uit Breskens", datetime(2024, 3, 30, 9, 12, tzinfo=UTC), "Elk jaar wordt de dienstregeling verder uitgekleed, en dan verbaast men zich."),
        ((0, 0), "Marloes_Sluis", datetime(2024, 3, 30, 11, 47, tzinfo=UTC), "Piet, in de spits vaart toch een extra boot uit Antwerpen?"),
        ((1,), None, datetime(2024, 3, 31, 22, 31, tzinfo=UTC), "Twee boten in de winter was altijd al zonde van het belastinggeld."),
    ]


# elinks on a MyBB forum thread (set 59): the poster's card, the post's number "#1" and, on the
# line under it, the post's time; a reply quotes the post it answers.
_MYBB = """Foro de Valdeolmos › Actualidad local

El puente viejo cierra seis meses

    El puente viejo cierra seis meses
    [IMG]
    Paco Herrera Desconectado
    Miembro veterano
    Mensajes: 1.204
    Reputación: 15
    #1
    27-10-2023, 21:14
    Lo publica hoy el Heraldo: el puente viejo cierra seis meses por obras, desde noviembre.
    Buscar
    Responder Reportar
    [IMG]
    MariCarmen Desconectado
    Miembro
    Mensajes: 156
    Reputación: 0
    #2
    27-10-2023, 21:52
    Seis meses dicen ahora, luego serán diez, como con el puente de la calle Mayor.
    Buscar
    Responder Reportar
    [IMG]
    jlmoreno Desconectado
    Miembro veterano
    Mensajes: 2.871
    Reputación: 42
    #3
    28-10-2023, 09:03

      (27-10-2023, 21:52)MariCarmen escribió: Seis meses dicen ahora, luego serán diez

    No es por fastidiar, pero aquel puente lo hizo otra empresa y con otro presupuesto.
    Buscar
    Responder Reportar
"""


def test_a_forum_posts_time_under_its_number() -> None:
    """The date line under "#1" is the post's time, not the end of its text (a date line alone is
    furniture elsewhere), and the quote makes #3 a reply to #2."""
    posts = [(path, created, first) for path, _, created, first in flat(parse_page(_MYBB).comments)]
    assert [(path, created) for path, created, _ in posts] == [
        ((0,), datetime(2023, 10, 27, 21, 14, tzinfo=UTC)),
        ((1,), datetime(2023, 10, 27, 21, 52, tzinfo=UTC)),
        ((1, 0), datetime(2023, 10, 28, 9, 3, tzinfo=UTC)),
    ]
    assert posts[0][2].startswith("Lo publica hoy")


# w3m on Joomla's Komento (round 27, set 143), a flat list: each comment's avatar name as the
# item, the name again with the name of the comment answered after it, "#2 prije 2 dana".
_KOMENTO = ARTICLE + """Komentari (4)

  • Jelena Marković
    Jelena Marković
    #1 prije 2 dana
    Konačno brod do Kotora, svako jutro gubim sat vremena u koloni kod Trašta.
    Odgovori Sviđa mi se 14 Prijavi
  • Gost
    Gost Jelena Marković
    #2 prije 2 dana
    Brod plus čekanje plus put od pristaništa, nije to tako jednostavno.
    Odgovori Sviđa mi se 3 Prijavi
  • Jelena Marković
    Jelena Marković Gost
    #3 prije 1 dan
    Radim pedeset metara od pristaništa, tako da meni jeste jednostavno.
    Odgovori Sviđa mi se 6 Prijavi
  • Nikola
    Nikola
    #4 prije 5 sati
    Koliko će koštati karta za one koji putuju svaki dan?
    Odgovori Sviđa mi se 2 Prijavi
"""


def test_komento_names_the_comment_answered_after_the_posters_name() -> None:
    """The avatar's name over "<that name> <a name>": the rest is whom the comment answers, the
    latest earlier comment by it ("Gost", a guest, is nobody by name but is answered all the same)."""
    assert [(path, author) for path, author, _, _ in flat(parse_page(_KOMENTO).comments)] == [
        ((0,), "Jelena Marković"), ((0, 0), None), ((0, 0, 0), "Jelena Marković"), ((1,), "Nikola"),
    ]


# w3m on JComments in Brazilian Portuguese (round 27, set 141), printed flat: a reply quotes the
# comment it answers under "Citação de <name>:".
_JCOMMENTS_CITACAO = ARTICLE + """Comentários

  +7 #1 Marcos Schmitt 08/10/2024 19:22
Sessenta dias é otimista, a outra ponte ficou quatro meses fechada.
Responder | Responder com citação | Citar

  -2 #2 Anônimo 08/10/2024 20:47
A prefeitura já contratou outra empresa e o material está no pátio.
Responder | Responder com citação | Citar

  +3 #3 Marcos Schmitt 09/10/2024 07:55

    Citação de Anônimo:
    A prefeitura já contratou outra empresa

Tomara, mas quem mora no Testo Alto vai rodar doze quilômetros a mais.
Responder | Responder com citação | Citar
"""


def test_a_quote_headed_citacao_de_names_the_comment_answered() -> None:
    """"Citação de Anônimo:" is a quote's header (the word, "de", the name), as "Quote (Guest):"
    and "Citat: Светлана" are; the quoted comment, by a guest, is the parent."""
    assert quote_header_name("Citação de Anônimo:") == "Anônimo"
    assert quote_header_name("Quote (Guest):") == "Guest" and quote_header_name("Citat: Светлана") == "Светлана"
    assert quote_header_name("Citação do dia") is None
    assert [(path, author) for path, author, _, _ in flat(parse_page(_JCOMMENTS_CITACAO).comments)] == [
        ((0,), "Marcos Schmitt"), ((1,), None), ((1, 0), "Marcos Schmitt"),
    ]


# w3m on Coral v8 flattened (round 27, set 143): replies at one level, "In reply to <name>" over
# some of them only; others say whom they answer by thanking or greeting them.
_CORAL_THANKS = ARTICLE + """All Comments 4
Jo HaldaneJournalist
1 day ago
Transport for NSW has confirmed the June date is for the deck resurfacing only.
Respect6ReplyShare
Report
Pete Varley
23 hours ago
Thanks Jo. Any word on whether the night works will mean full closures?
Respect3ReplyShare
Report
Trevor Mabbott
3 days ago
Three more months of single lane each way, it was due by Easter.
Respect11ReplyShare
Report
In reply to Trevor Mabbott
kerrie_gv
2 days ago
The old bridge is nearly a hundred years old and half of it is timber.
Respect4ReplyShare
Report
"""


def test_thanks_and_a_name_answer_that_commenter() -> None:
    """"Thanks Jo." names Jo Haldane, the comment just above, where the page names some parents
    in words ("In reply to …") but not that one; "Thanks for that." names nobody."""
    assert [(path, author) for path, author, _, _ in flat(parse_page(_CORAL_THANKS).comments)] == [
        ((0,), "Jo Haldane"), ((0, 0), "Pete Varley"), ((1,), "Trevor Mabbott"), ((1, 0), "kerrie_gv"),
    ]
    unthanked = _CORAL_THANKS.replace("Thanks Jo. Any word", "Thanks for that. Any word")
    assert [path for path, _, _, _ in flat(parse_page(unthanked).comments)] == [(0,), (1,), (2,), (2, 0)]


def test_a_name_closing_the_first_sentence_answers_that_commenter() -> None:
    """"Fair point, Jo." names Jo Haldane as "Thanks Jo." does; "Fair point, however." names
    nobody (no earlier comment is by "however")."""
    closing = _CORAL_THANKS.replace("Thanks Jo. Any word", "Fair point, Jo. Any word")
    assert [path for path, _, _, _ in flat(parse_page(closing).comments)] == [(0,), (0, 0), (1,), (1, 0)]
    unnamed = _CORAL_THANKS.replace("Thanks Jo. Any word", "Fair point, however. Any word")
    assert [path for path, _, _, _ in flat(parse_page(unnamed).comments)] == [(0,), (1,), (2,), (2, 0)]


# w3m on a Basque Drupal 10 site (round 28, set 147): "2024ko urriaren 25a, 17:22" (of 2024, of
# October, the 25th) and "Honi erantzuna: <subject> egilea: <name>" (in reply to … author: …).
_BASQUE_DRUPAL = ARTICLE + """Iruzkinak 3

[avatar-]

Miren Etxaniz

2024ko urriaren 25a, 17:22

Azkenean! Hamar urte…

Azkenean! Hamar urte daramatzagu igerileku estali duin baten zain.

  • Erantzun

[avatar-]

Ander (egiaztatu gabe)

2024ko urriaren 25a, 21:48

Honi erantzuna: Azkenean! Hamar urte… egilea: Miren Etxaniz

Hamabi urte dira…

Miren, hamabi urte dira, ez hamar. 2012an ere agindu zuten.

  • Erantzun

[avatar-]

Jon Arrieta

2024ko urriaren 26a, 08:10

Autobusa

Larunbatetan ez dago autobusik Ondarroara, hori da arazoa.

  • Erantzun
"""


def test_a_basque_date_and_basque_drupals_reply_line() -> None:
    """The year with "-ko", the month in the genitive ("urriaren": "urria" + "-ren"), the day with
    "-a"; the reply line names the subject and, after "egilea:", the author."""
    assert parse_time("2024ko urriaren 25a, 17:22") == datetime(2024, 10, 25, 17, 22, tzinfo=UTC)
    assert date_line("2024ko martxoaren 3a 09:05") is not None
    assert [(path, author, created) for path, author, created, _ in flat(parse_page(_BASQUE_DRUPAL).comments)] == [
        ((0,), "Miren Etxaniz", datetime(2024, 10, 25, 17, 22, tzinfo=UTC)),
        ((0, 0), "Ander", datetime(2024, 10, 25, 21, 48, tzinfo=UTC)),
        ((1,), "Jon Arrieta", datetime(2024, 10, 26, 8, 10, tzinfo=UTC)),
    ]


def test_corals_tabs_on_one_line_head_the_thread() -> None:
    """"8 Comments Featured My profile" (Coral's tabs, run together): the count and its word head
    the thread, so the relative times under it are comments'; a sentence after a count is no row
    of tabs."""
    page = _CORAL_TAB.replace("  • Comments 3\n  • My Profile\n", "3 Comments Featured My profile\n")
    assert [(path, author) for path, author, _, _ in flat(parse_page(page).comments)] == [
        ((0,), "Bluey_77"), ((0, 0), "Marnie Cole"), ((1,), "Gus"),
    ]
    assert parse_page(_CORAL_TAB.replace("  • Comments 3\n  • My Profile\n", "3 Comments were removed today\n")).comments == []


# w3m on Komento in Greek (round 28, set 145), nested as a list: the avatar's name, the name,
# "#1 28/03/2025 20:14" (the comment's number before its time), "Σε απάντηση προς: <name>".
_GREEK_KOMENTO = ARTICLE + """Σχόλια 3
Παλαιότερα Νεότερα Δημοφιλή

  • Μανόλης Ψαρουδάκης
    Μανόλης Ψαρουδάκης
    #1 28/03/2025 20:14
    Επιτέλους! Κάθε καλοκαίρι βλέπαμε αυτοκίνητα ανάμεσα στα τραπέζια.
    12 Απάντηση Αναφορά
  • Ελένη Κ.
    Ελένη Κ.
    #2 29/03/2025 09:02
    Σε απάντηση προς: Μανόλης Ψαρουδάκης
    Κύριε Μανόλη, εμείς που μένουμε στην Τοπανά πού θα παρκάρουμε;
    5 Απάντηση Αναφορά
  • Σοφία Τζανακάκη
    Σοφία Τζανακάκη
    #3 30/03/2025 18:05
    Πεζόδρομος μέχρι τις 2 τα ξημερώματα σημαίνει μουσική μέχρι τις 2.
    15 Απάντηση Αναφορά
"""


def test_a_comments_number_before_its_time_and_greek_in_reply_to() -> None:
    """"#2 29/03/2025 09:02" is the time under the name (the number is its permalink), neither a
    name nor text; "Σε απάντηση προς:" names the comment answered."""
    assert date_line("#2 29/03/2025 09:02") == "29/03/2025 09:02"
    assert flat(parse_page(_GREEK_KOMENTO).comments) == [
        ((0,), "Μανόλης Ψαρουδάκης", datetime(2025, 3, 28, 20, 14, tzinfo=UTC), "Επιτέλους! Κάθε καλοκαίρι βλέπαμε αυτοκίνητα ανάμεσα στα τραπέζια."),
        ((0, 0), "Ελένη Κ.", datetime(2025, 3, 29, 9, 2, tzinfo=UTC), "Κύριε Μανόλη, εμείς που μένουμε στην Τοπανά πού θα παρκάρουμε;"),
        ((1,), "Σοφία Τζανακάκη", datetime(2025, 3, 30, 18, 5, tzinfo=UTC), "Πεζόδρομος μέχρι τις 2 τα ξημερώματα σημαίνει μουσική μέχρι τις 2."),
    ]


# w3m on a Slovak paper's own discussion (round 28, set 145): replies at deeper indents under
# □ and ☆, each comment's votes "+ 23 / 4 −" run into its Slovak buttons.
_SLOVAK_DISKUSIA = ARTICLE + """Diskusia (3 príspevkov)

  • [defa] jano_z_oravy 14. 5. 2024 9:41 #

    Ako vždy. Najprv sa vysúťaží najnižšia cena a potom sa doplatí dvojnásobok.

    + 23 / 4 − Reagovať Nahlásiť
      □ [u-33] Marta Kubalová 14. 5. 2024 10:15 #
        Reakcia na: jano_z_oravy

        Prieskum robila iná firma, je to v článku z minulého roka.

        + 9 / 1 − Reagovať Nahlásiť
  • [defa] Peter Šimek 14. 5. 2024 13:27 #

    Nadávky na stavbárov nič nevyriešia, tí chlapi tam len robia.

    + 14 / 2 − Reagovať Nahlásiť
"""


def test_votes_with_a_slash_and_slovak_buttons_are_no_reply() -> None:
    """"+ 23 / 4 − Reagovať Nahlásiť" opens with lynx's and w3m's "+" but is the comment's votes
    and buttons (Reply and Report in Slovak), not a reply of its own; "Reakcia na: <name>" run
    into the header after its permalink "#" names the comment answered, not the commenter."""
    assert is_furniture_line("+ 23 / 4 − Reagovať Nahlásiť") and not is_furniture_line("and/or")
    comments = flat(parse_page(_SLOVAK_DISKUSIA).comments)
    assert [(path, author) for path, author, _, _ in comments] == [((0,), "jano_z_oravy"), ((0, 0), "Marta Kubalová"), ((1,), "Peter Šimek")]
    assert [first for _, _, _, first in comments] == [
        "Ako vždy. Najprv sa vysúťaží najnižšia cena a potom sa doplatí dvojnásobok.",
        "Prieskum robila iná firma, je to v článku z minulého roka.",
        "Nadávky na stavbárov nič nevyriešia, tí chlapi tam len robia.",
    ]


def test_a_reply_tail_before_the_comments_own_number() -> None:
    """"… alle 10:31 in risposta a Teresa #5" (an Italian paper's flat list): the "#5" is the
    reply's own number, not part of the name answered."""
    header = read_header("Rosaria Loria 13 febbraio 2025 alle 10:31 in risposta a Teresa #5", None)
    assert header is not None and (header.author, header.reply_to) == ("Rosaria Loria", "Teresa")


# w3m on Drupal 10 with its comment form over the comments (round 29, set 148): the email field's
# note and the text-format tips between the fields and "[Save] [Preview]".
_DRUPAL_FORM_FIRST = ARTICLE + """Comments 2

Add a comment

Your name [                              ]
Email [                              ]
The content of this field is kept private and will not be shown publicly.
Comment
[                                                            ]
About text formats

Restricted HTML

  • Allowed HTML tags: <a href hreflang> <em> <strong> <cite> <blockquote cite>
    <code> <ul type> <ol start type> <li>
  • Lines and paragraphs break automatically.

[Save] [Preview]
Foday Kamara (not verified)

Tue, 02/18/2025 - 16:42

Nobody asked the traders

The council built the market without asking one single trader where they wanted it.

  • Reply

Aminata Sesay

Tue, 02/18/2025 - 18:05

In reply to Nobody asked the traders by Foday Kamara (not verified)

They did ask

Foday, there were two meetings at the City Hall before they started building.

  • Reply
"""


def test_drupals_form_help_over_the_comments() -> None:
    """Drupal's note under the email field and its text-format tips are the form's, up to its
    buttons; the comments follow them."""
    assert [(path, author) for path, author, _, _ in flat(parse_page(_DRUPAL_FORM_FIRST).comments)] == [
        ((0,), "Foday Kamara"), ((0, 0), "Aminata Sesay"),
    ]


def test_a_danish_debate_heading() -> None:
    """"Debat 8 indlæg" (debate, 8 posts) heads the comments, as "Forum 8 Postings" does; "Indlæg"
    and its Norwegian and Swedish forms are posts."""
    for heading in ("Debat 8 indlæg", "Debatt 3 innlegg", "Debatt 12 inlägg"):
        lines = ["The story's last paragraph runs on for well over eight words.", "", heading, ""]
        assert is_heading(lines, 2), heading


# w3m on a Hungarian paper's flat list (round 29, set 149): "Előzmény: <name> (#N)" (antecedent)
# under a reply's header names the comment it answers and its number.
_HUNGARIAN_ELOZMENY = ARTICLE + """Hozzászólások (3)

#1 kertesz62 2024.11.04. 18:47

Fél év? Ezt már a strandnál is mondták 2019-ben, aztán két nyár lett belőle.

Válasz · Tetszik: 12 · Jelentés
#2 Szentesi Panni 2024.11.04. 19:05

Anyukám hetente háromszor jár súlyfürdőre, ezt nem fogja bírni.

Válasz · Tetszik: 19 · Jelentés
#3 Vendég 2024.11.04. 19:40
Előzmény: kertesz62 (#1)

A strandnál a kivitelező ment csődbe, azért csúszott.

Válasz · Tetszik: 4 · Jelentés
"""


def test_a_hungarian_antecedent_line_names_the_parent() -> None:
    """"Előzmény: kertesz62 (#1)": the name, not its number in brackets, is whom the reply answers."""
    assert reply_target("kertesz62 (#1)") == ("kertesz62", None) and reply_target("Teresa #5") == ("Teresa", None)
    assert [path for path, _, _, _ in flat(parse_page(_HUNGARIAN_ELOZMENY).comments)] == [(0,), (0, 0), (1,)]


def test_a_name_after_a_short_opening_and_after_thanks_closing_a_sentence() -> None:
    """"Fair enough Jo, …" names Jo Haldane (the words before the name are an opening, not a
    name); "Found it, thanks Jo." names Jo, not "thanks Jo"; "Fair enough though, …" nobody."""
    for text in ("Fair enough Jo, any word", "Found it, thanks Jo. Any word"):
        page = _CORAL_THANKS.replace("Thanks Jo. Any word", text)
        assert [path for path, _, _, _ in flat(parse_page(page).comments)] == [(0,), (0, 0), (1,), (1, 0)], text
    unnamed = _CORAL_THANKS.replace("Thanks Jo. Any word", "Fair enough though, any word")
    assert [path for path, _, _, _ in flat(parse_page(unnamed).comments)] == [(0,), (1,), (2,), (2, 0)]
