"""Dumps of comment systems in languages no word list holds (#15, blind set 126's Tajik wpDiscuz
page, which the text reader read as nothing): what wpDiscuz prints is the same shape in every
language, so its shape is read, not its words. Dumps written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_bounds import is_heading
from threads.page_flat_stamps import may_end_stamp
from threads.page_furniture import is_furniture_line
from threads.page_parser import parse_page

# w3m on a Tajik wpDiscuz page: a box of related stories with their dates, the form, then its toolbar (the count, the sort orders, "all
# comments"), then each comment's name twice (its avatar's alt text), a guest label, the date,
# "Reply to  <name>" under a reply's date (two blanks where the icon was), the votes, "Reply".
_TAJIK_WPDISCUZ = ARTICLE + """Мақолаҳои монанд

  • [non-150x10]Нархи нон дар бозорҳои шаҳр: моҳи март 2 марти 2024
  • [tram-150x1]Трамвай то Регистон: хатти нав кай кор мекунад? 20 феврали 2024

Обуна шудан
Ворид шудан
guest
[                    ]
[                    ]
[Фиристодан]
4 Фикр
Аз кӯҳна
Аз нав
Ҳамаи фикрҳоро дидан
Нодира Саидова
Нодира Саидова
02.05.2024 18:10

Пули нав дар канори Сир хуб аст, аммо роҳи пиёдагард надорад.

4
Ҷавоб
Бахтиёр
Меҳмон
Бахтиёр
02.05.2024 19:25
Ҷавоб ба  Нодира Саидова

Роҳи пиёдагард дар лоиҳа ҳаст, сентябр месозанд.

1
Ҷавоб
Беном
Меҳмон
Беном
03.05.2024 07:40

Чаро нақлиёти ҷамъиятӣ аз болои пул намегузарад?

2
Ҷавоб
Зарина
Зарина
03.05.2024 09:05
Ҷавоб ба  Беном

Автобуси рақами 12 аз моҳи июн мегузарад.

0
Ҷавоб
Ҷустуҷӯ:[                    ][Ҷустуҷӯ]
"""


def test_wpdiscuz_in_a_language_no_list_holds() -> None:
    """The toolbar between the form and the thread does not end the section, and "Ҷавоб ба  <name>"
    names the parent: the name after the gap is an earlier commenter's, or a word for nobody."""
    assert flat(parse_page(_TAJIK_WPDISCUZ).comments) == [
        ((0,), "Нодира Саидова", datetime(2024, 5, 2, 18, 10, tzinfo=UTC), "Пули нав дар канори Сир хуб аст, аммо роҳи пиёдагард надорад."),
        ((0, 0), "Бахтиёр", datetime(2024, 5, 2, 19, 25, tzinfo=UTC), "Роҳи пиёдагард дар лоиҳа ҳаст, сентябр месозанд."),
        ((1,), None, datetime(2024, 5, 3, 7, 40, tzinfo=UTC), "Чаро нақлиёти ҷамъиятӣ аз болои пул намегузарад?"),
        ((1, 0), "Зарина", datetime(2024, 5, 3, 9, 5, tzinfo=UTC), "Автобуси рақами 12 аз моҳи июн мегузарад."),
    ]


def test_a_label_before_a_name_is_no_reply_to_line_when_the_name_is_nobodys() -> None:
    """Two words, a gap and a name that no earlier commenter has is the comment's own first line."""
    page = _TAJIK_WPDISCUZ.replace("Ҷавоб ба  Нодира Саидова", "Салом ба  Душанбе")
    bodies = [c.body.split("\n")[0] for c in parse_page(page).comments]
    assert bodies[:2] == ["Пули нав дар канори Сир хуб аст, аммо роҳи пиёдагард надорад.", "Салом ба Душанбе"]


def test_comment_headings_in_more_languages() -> None:
    """A count and the word for comments in Odia, Tajik, Hausa and Kinyarwanda heads the section,
    and Bengali's "readers' comments"; Drupal's "Permalink" in Bengali is a button."""
    for heading in ("9 ମନ୍ତବ୍ୟ", "8 Шарҳ", "Sharhi 7", "8 Ibitekerezo", "পাঠকের মন্তব্য"):
        lines = ["The story's last paragraph runs on for well over eight words.", "", heading, ""]
        assert is_heading(lines, 2), heading
    assert is_furniture_line("পার্মালিংক") and is_furniture_line("trvalý odkaz")


# w3m on a French wpDiscuz page three weeks on: every header's time is "il y a 3 semaines".
_FRENCH_WEEKS = ARTICLE + """L'essentiel du Littoral, chaque matin

[                    ]Je m'inscris
S'abonner
Connexion
guest
[                    ]
3 Commentaires
Le plus ancien
Claudine Perret
Claudine Perret
il y a 3 semaines

Six semaines en plein été, c'est vraiment le pire moment pour fermer.

7
Répondre
Rédaction
Rédaction
Auteur
il y a 3 semaines
Répondre à  Claudine Perret

Des bus navettes circuleront toutes les quinze minutes pendant les travaux.

4
Répondre
Marc-André
Marc-André
il y a 2 semaines

Les travaux auraient pu se faire en novembre.

3
Répondre
"""


def test_relative_times_in_units_the_fast_test_does_not_list() -> None:
    """The cheap pass over a dump's lines knows relative times by their last letters; a unit whose
    ending it does not list ("semaines") is still a time, by relative_words' own pattern."""
    assert may_end_stamp("il y a 3 semaines") and may_end_stamp("fa 3 setmanes") and may_end_stamp("pred 2 týždňami")
    assert not may_end_stamp("Six semaines en plein été")
    assert [(path, author) for path, author, _, _ in flat(parse_page(_FRENCH_WEEKS).comments)] == [
        ((0,), "Claudine Perret"), ((0, 0), "Rédaction"), ((1,), "Marc-André"),
    ]


# w3m on an Uzbek WordPress page: the heading counts the comments on the story's quoted title,
# each header is "<name> dedi:" (says) over "14.05.2024 soat 11:02" (the word before the clock).
_UZBEK_WORDPRESS = """Ko‘prik ikki oyga yopiladi

Muallif: Sherzod Ergashev 14.05.2024, 09:10

Viloyat hokimligi ko‘prikni ta’mirlash uchun ikki oyga yopishini e’lon qildi, yo‘lovchilar aylanma yo‘ldan yuradi.

Ta’mirga 11,4 milliard so‘m ajratilgan va ishlar kuzgacha tugashi kutilmoqda, deydi boshqarma vakili.

«Ko‘prik ikki oyga yopiladi» maqolasiga 3 ta izoh

 1. [avata]Dilshod Qo‘chqorov dedi:
    14.05.2024 soat 11:02

    Ko‘prik yopilsa, ishga qatnaydiganlar nima qiladi?

    Javob berish
     1. [avata]Nodira dedi:
        14.05.2024 soat 11:40

        Dilshod aka, 118-avtobus aylanma yo‘l orqali qatnaydi.

        Javob berish
 2. [avata]Gulnoza Tursunova dedi:
    15.05.2024 soat 08:03

    Tunda chiroq umuman yo‘q, shuni ham ta’mirlashsin.

    Javob berish
"""


def test_wordpress_in_a_language_no_list_holds() -> None:
    """The heading is known by the quoted title and a count, the header by a name, one word and a
    colon over a date line, the date line by a date, one word and a clock."""
    assert flat(parse_page(_UZBEK_WORDPRESS).comments) == [
        ((0,), "Dilshod Qo‘chqorov", datetime(2024, 5, 14, 11, 2, tzinfo=UTC), "Ko‘prik yopilsa, ishga qatnaydiganlar nima qiladi?"),
        ((0, 0), "Nodira", datetime(2024, 5, 14, 11, 40, tzinfo=UTC), "Dilshod aka, 118-avtobus aylanma yo‘l orqali qatnaydi."),
        ((1,), "Gulnoza Tursunova", datetime(2024, 5, 15, 8, 3, tzinfo=UTC), "Tunda chiroq umuman yo‘q, shuni ham ta’mirlashsin."),
    ]
    lines = _UZBEK_WORDPRESS.split("\n")
    heading = lines.index("«Ko‘prik ikki oyga yopiladi» maqolasiga 3 ta izoh")
    assert is_heading(lines, heading)
    assert not is_heading(lines[heading:], 0)  # the title quoted must be a line of the page above


# w3m on a DataLife Engine portal: the count in superscript, each comment's rating ("+ 15 −") and
# buttons (Reply, Quote, Complaint, "#") as items of a list under it, a guest's "(гость)".
_DLE = ARTICLE + """Комментарии ^3

 1. Сибиряк55
    Сибиряк55
    14 ноября 2024 12:40
      □ + 15 −
    Опять троллейбусы режут, скоро пешком будем ходить.
      □ Ответить
      □ Цитировать
      □ Жалоба
      □ #
     1. Пенсионер
        Пенсионер (гость)
        14 ноября 2024 18:02
          ☆ + -3 −
        Автобус туда ходит раз в сорок минут.
          ☆ Ответить
          ☆ Цитировать
          ☆ Жалоба
          ☆ #
 2. alex_omsk
    alex_omsk
    15 ноября 2024 08:20
      □ + 9 −
    Новые автобусы хоть с кондиционером будут.
      □ Ответить
      □ Жалоба

Добавить комментарий
"""


def test_datalife_engines_comment_tree_as_w3m_prints_it() -> None:
    """The heading's count in superscript is a count; the rating and the buttons are no text and
    no replies; "(гость)" after a name marks a guest and is no part of the name."""
    assert flat(parse_page(_DLE).comments) == [
        ((0,), "Сибиряк55", datetime(2024, 11, 14, 12, 40, tzinfo=UTC), "Опять троллейбусы режут, скоро пешком будем ходить."),
        ((0, 0), "Пенсионер", datetime(2024, 11, 14, 18, 2, tzinfo=UTC), "Автобус туда ходит раз в сорок минут."),
        ((1,), "alex_omsk", datetime(2024, 11, 15, 8, 20, tzinfo=UTC), "Новые автобусы хоть с кондиционером будут."),
    ]


# w3m on an Estonian paper's own flat list: each header opens with the comment's number as text,
# and a reply names the comment it answers by number and author after a label.
_ESTONIAN_NUMBERED = ARTICLE + """Kommentaarid (3)

Järjesta: vanemad enne | uuemad enne
1. saarlane 22.05.2024 10:15

Jälle see sama jutt, igal suvel lubatakse.

Vasta ▲ 14 ▼ 3 Teata
2. Anonüümne 22.05.2024 10:48

Miks ei võiks öine reis olla iga päev?

Vasta ▲ 9 ▼ 0 Teata
3. Mardi Tiit 22.05.2024 11:20
Vastus kommentaarile 1. saarlane

Saarlane, sa unustad, et kohti jäetakse nüüd rohkem.

Vasta ▲ 4 ▼ 6 Teata

Lisa kommentaar

Nimi [                    ] Kommentaar [                    ] Saada
"""

# w3m on Coral: the button to its collapsed form and a tab ("All Comments8") over the sort control.
_CORAL_TAB = ARTICLE + """3 Comments
Sign inRegister
Welcome to the discussion. Please be kind.
Post a comment
All Comments3
Sort by [Oldest      ]
Comment from Martha Quimby, 2 days ago
Martha Quimby
2 days ago

Sixty more spaces just means sixty more cars every Saturday.

Respect 6ReplyShareReport
Reply from Dale Fortin, 2 days ago
Dale Fortin
2 days ago
In reply to Martha Quimby

Martha, they're on the road now either way.

Respect 3ReplyShareReport
Comment from Lou Gadapee, 5 hours ago
Lou Gadapee
5 hours ago

Will the shuttle take bikes?

Respect 1ReplyShareReport
Powered by The Coral Project · Community guidelines
"""


def test_a_flat_list_numbering_its_comments_and_naming_parents_by_number() -> None:
    """"1. saarlane 22.05.2024 10:15" is a header whose name follows the comment's number; "Vastus
    kommentaarile 1. saarlane" names comment 1, whose author is saarlane."""
    assert [(path, author) for path, author, _, _ in flat(parse_page(_ESTONIAN_NUMBERED).comments)] == [
        ((0,), "saarlane"), ((0, 0), "Mardi Tiit"), ((1,), None),
    ]


def test_a_tab_between_the_button_to_the_form_and_the_sort_control() -> None:
    """Coral's "Post a comment" is a button when the sort control follows a tab under it: the
    comments below are the section's."""
    assert [(path, author) for path, author, _, _ in flat(parse_page(_CORAL_TAB).comments)] == [
        ((0,), "Martha Quimby"), ((0, 0), "Dale Fortin"), ((1,), "Lou Gadapee"),
    ]


# w3m on a Polish portal's own list: a guest's masked address after each header's time, the votes
# (plus, score, minus, score) and the buttons on one line under the text.
_POLISH_PORTAL = ARTICLE + """Komentarze (3)

Sortuj: najstarsze | najnowsze | najlepiej oceniane
~Tadeusz z Dubin 16.04.2024, 09:12 IP: 83.27.*.*
Pamiętam jeszcze, jak jeździł taki szynobus do Białowieży.
+ 27 - 2 odpowiedz zgłoś
jurek_hajnowka 16.04.2024, 10:05
Pociąg to jedno, ale najpierw niech przywrócą autobusy.
+ 19 - 3 odpowiedz zgłoś
~Ola B. 16.04.2024, 10:31 IP: 31.0.*.*
Jurek, autobus o 6:10 jeździ dalej.
+ 6 - 0 odpowiedz zgłoś
"""


def test_a_masked_address_after_the_time_and_votes_apart_from_their_signs() -> None:
    """"~Ola B. 16.04.2024, 10:31 IP: 31.0.*.*" is a header (the address is no part of it), and
    "+ 6 - 0 odpowiedz zgłoś" is the comment's buttons, no text of it."""
    assert [(author, body) for _, author, _, body in flat(parse_page(_POLISH_PORTAL).comments)] == [
        ("Tadeusz z Dubin", "Pamiętam jeszcze, jak jeździł taki szynobus do Białowieży."),
        ("jurek_hajnowka", "Pociąg to jedno, ale najpierw niech przywrócą autobusy."),
        ("Ola B.", "Jurek, autobus o 6:10 jeździ dalej."),
    ]
    assert is_furniture_line("+ 6 - 0 odpowiedz zgłoś") and not is_furniture_line("- 3 days later we went")


def test_relative_times_with_rails_qualifiers() -> None:
    """Rails' and Django's "about" after the preposition: "hace alrededor de 23 horas", "vor etwa 2
    Stunden", "il y a environ 3 heures" are times as "hace 23 horas" is."""
    for stamp in ("hace alrededor de 23 horas", "vor etwa 2 Stunden", "il y a environ 3 heures", "há cerca de 2 horas"):
        assert may_end_stamp(stamp), stamp
        assert is_furniture_line(stamp), stamp  # a date line: no text of the comment


# w3m on JComments: its tree printed flat, a reply quoting a guest under "Παράθεση (Επισκέπτης):".
_JCOMMENTS_QUOTE = ARTICLE + """Σχόλια (3)

[no_avatar] #1 Μανώλης 09.07.2024 11:05
Στο Βάμο έχουμε τρεις μέρες που το νερό έρχεται μόνο το πρωί.
  +12 Απάντηση | Απάντηση με παράθεση | Παράθεση

[no_avatar] #2 Επισκέπτης 09.07.2024 11:47
Καλύτερα να φτιάξουν τις διαρροές του δικτύου, χάνεται το 40%.
  +5 Απάντηση | Απάντηση με παράθεση | Παράθεση

[no_avatar] #3 Ελένη 09.07.2024 12:30

    Παράθεση (Επισκέπτης):
    Καλύτερα να φτιάξουν τις διαρροές του δικτύου.

Δεν είπε κανείς να μη φτιάξουν τις διαρροές.
  0 Απάντηση | Απάντηση με παράθεση | Παράθεση
"""


def test_a_quote_headed_by_its_word_and_the_name_in_brackets() -> None:
    """JComments heads a quote "Quote (Name):" in its language: the reply answers that commenter's
    comment, a guest's here."""
    assert [(path, author) for path, author, _, _ in flat(parse_page(_JCOMMENTS_QUOTE).comments)] == [
        ((0,), "Μανώλης"), ((1,), None), ((1, 0), "Ελένη"),
    ]


# w3m on Blogger in Marathi: "८ टिप्पण्या:" heads the comments, each header the name run into
# "९ डिसेंबर, २०२३ रोजी १०:४७ म.उ." (on …, p.m.).
_MARATHI_BLOGGER = ARTICLE + """२ टिप्पण्या:

 1. [sandeep]
    संदीप पवार९ डिसेंबर, २०२३ रोजी ८:१४ म.उ.

    दर वेळी भाव वाढले की निर्यातबंदी, शेतकऱ्याचा बळी का?

    प्रत्युत्तर द्याहटवा
    प्रत्युत्तरे
     1. [nv]
        नाशिक वार्ता१० डिसेंबर, २०२३ रोजी ९:०२ म.पू.

        संदीपजी, आपल्या गावाचे नाव कळवा.

        हटवा

टिप्पणी जोडा
"""


def test_marathi_blogger_its_heading_and_its_halves_of_the_day() -> None:
    """Marathi's plural "टिप्पण्या" heads the section; "रोजी" stands between date and clock, and
    "म.उ." (afternoon) and "म.पू." (morning) follow the clock."""
    assert flat(parse_page(_MARATHI_BLOGGER).comments) == [
        ((0,), "संदीप पवार", datetime(2023, 12, 9, 20, 14, tzinfo=UTC), "दर वेळी भाव वाढले की निर्यातबंदी, शेतकऱ्याचा बळी का?"),
        ((0, 0), "नाशिक वार्ता", datetime(2023, 12, 10, 9, 2, tzinfo=UTC), "संदीपजी, आपल्या गावाचे नाव कळवा."),
    ]


# w3m on Substack: a badge between the name and the date, a deleted comment shown by its label
# where the name was, its reply under it.
_SUBSTACK = ARTICLE + """Discussion about this post

Comments
Restacks
[def]
[                    ]
[188]
Bev Mastin·Mar 8

Thirty minutes every hour all summer means I can't count on my shift.

22
Reply
Share
[411]
Joanne Debassige·Author·Mar 9

The schedule itself is set by the Ministry, not the boaters.

7
Reply
Share
Comment deleted·Mar 9
[552]
Ray Nahwegahbow·Mar 10

Whoever that was, the ambulance is let across before the bridge swings.

11
Reply
Share
"""


def test_substack_a_badge_between_name_and_date_and_a_deleted_comment() -> None:
    """"Joanne Debassige·Author·Mar 9" is Joanne's header, the badge no part of her name; "Comment
    deleted·Mar 9" is a removed comment by nobody, which the reply under it answers."""
    assert [(path, author, body) for path, author, _, body in flat(parse_page(_SUBSTACK).comments)] == [
        ((0,), "Bev Mastin", "Thirty minutes every hour all summer means I can't count on my shift."),
        ((1,), "Joanne Debassige", "The schedule itself is set by the Ministry, not the boaters."),
        ((2,), None, "Comment deleted"),
        ((2, 0), "Ray Nahwegahbow", "Whoever that was, the ambulance is let across before the bridge swings."),
    ]


def test_a_label_then_an_icon_names_nobody_answered() -> None:
    """"Share  ↗" before a comment's text is a button and its icon, not a reply-to line."""
    from threads.model import ParsedComment
    from threads.page_flat_targets import labelled_target

    earlier = [ParsedComment(body="First.", author_name="Kendra")]
    assert labelled_target("Share  ↗", earlier) is None
    assert labelled_target("Reply to  Kendra", earlier) is not None
