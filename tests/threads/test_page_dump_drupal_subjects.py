"""Drupal's "In reply to <subject> by <author>" in languages no word list holds (#15): every
translation prints a label, the answered comment's subject (its title, or its opening words cut
with "…" where the theme shows no titles) and its author, so a line that holds an earlier
comment's subject and ends with that comment's author names the parent. Dumps written for this
test: Welsh (titles, "Mewn ymateb i … gan …") and Swahili (no titles, the anonymous author's
"(hajathibitishwa)"); and the case that must not fire, a title that merely holds an earlier
comment's one-word title."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import ARTICLE
from threads.comment_header import read_header
from threads.model import ParsedComment, walk
from threads.page_flat_targets import subject_target
from threads.page_furniture import is_furniture_line
from threads.page_parser import parse_page

_WELSH = (
    ARTICLE
    + """Sylwadau

Gwenllian Hughes

12/03/2024 - 18:40

Mae'n hen bryd

Mae'n hen bryd i'r cyngor wneud rhywbeth am y ffordd hon. Mae plant yn cerdded
yno bob bore heb balmant.

  • Ymateb

Dafydd ap Rhys

12/03/2024 - 20:05

Mewn ymateb i Mae'n hen bryd gan Gwenllian Hughes

Dim arian

Does dim arian yn y gyllideb, dyna'r broblem. Darllenwch yr adroddiad cyn
cwyno.

  • Ymateb

Siân Morgan

13/03/2024 - 08:17

Palmant

Cytuno'n llwyr. Fe gollon ni'r bws ysgol ddwywaith y mis diwethaf oherwydd y
traffig ar y bont.

  • Ymateb

Gwenllian Hughes

13/03/2024 - 09:30

Mewn ymateb i Dim arian gan Dafydd ap Rhys

Mae arian i bopeth arall

Mae arian i bopeth arall, Dafydd. Fe dalon nhw am gylchfan newydd y llynedd.

  • Ymateb
"""
)

_SWAHILI = (
    ARTICLE
    + """Maoni

Asiyejulikana (hajathibitishwa)

14/05/2024 - 10:12

Barabara hii imekuwa mbovu tangu mwaka jana na hakuna aliyejali hadi sasa.
Tunashukuru gazeti kwa kuliandika.

  • Jibu

Halima Said

14/05/2024 - 11:40

Katika kujibu Barabara hii imekuwa mbovu… na Asiyejulikana (hajathibitishwa)

Si kweli kwamba hakuna aliyejali. Diwani wetu aliuliza swali hili mwezi Machi.

  • Jibu

Juma Mwinyi

14/05/2024 - 12:05

Malori ya mchanga ndiyo yanayoharibu barabara. Wapewe njia nyingine.

  • Jibu

Baraka Otieno

14/05/2024 - 13:22

Katika kujibu Si kweli kwamba hakuna… na Halima Said

Halima, swali liliulizwa lakini jibu halikuja. Ndiyo maana tunalalamika.

  • Jibu
"""
)


def _tree(text: str) -> list[tuple[tuple[int, ...], str | None, str]]:
    return [
        (path, c.author_name, " ".join(c.body.split()[:4])) for path, c in walk(parse_page(text).comments)
    ]


def test_welsh_subjects_and_authors_nest_and_leave_the_text() -> None:
    assert _tree(_WELSH) == [
        ((0,), "Gwenllian Hughes", "Mae'n hen bryd i'r"),
        ((0, 0), "Dafydd ap Rhys", "Does dim arian yn"),
        ((0, 0, 0), "Gwenllian Hughes", "Mae arian i bopeth"),
        ((1,), "Siân Morgan", "Cytuno'n llwyr. Fe gollon"),
    ]


def test_opening_words_cut_with_an_ellipsis_name_the_comment_even_by_nobody_named() -> None:
    assert _tree(_SWAHILI) == [
        ((0,), None, "Barabara hii imekuwa mbovu"),  # (Drupal's Swahili "Anonymous (not verified)")
        ((0, 0), "Halima Said", "Si kweli kwamba hakuna"),
        ((0, 0, 0), "Baraka Otieno", "Halima, swali liliulizwa lakini"),
        ((1,), "Juma Mwinyi", "Malori ya mchanga ndiyo"),
    ]


def test_a_title_holding_an_earlier_title_is_no_reply_line() -> None:
    earlier = [ParsedComment(body="Freight\n\nThe freight run was cut in 2019 too.")]
    assert subject_target("Drove freight on that coast eleven years", earlier) is None
    assert subject_target("In reply to Freight by Anonymous", earlier) is not None


def test_the_author_must_end_the_line() -> None:
    earlier = [ParsedComment(body="Dim arian\n\nDoes dim arian yn y gyllideb.", author_name="Dafydd ap Rhys")]
    assert subject_target("Mewn ymateb i Dim arian gan Dafydd ap Rhys", earlier) == (
        "Dafydd ap Rhys",
        "Dim arian",
    )
    assert subject_target("Mewn ymateb i Dim arian gan Siân Morgan", earlier) is None
    assert (
        subject_target("Dim arian gan Dafydd ap Rhys a'r cyngor i gyd, meddai'r adroddiad", earlier) is None
    )


def test_drupal_permalinks_in_other_languages_are_no_text() -> None:
    # Drupal 7's link over each comment's subject, as French, Slovenian, Catalan and German print it
    assert all(is_furniture_line(line) for line in ("Permalien", "Povezava", "Enllaç permanent", "Permanenter Link"))


def test_greek_drupals_submitted_by_line() -> None:
    """Round 31's Greek Drupal 9: "Υποβλήθηκε από <name> (μη επαληθευμένος) στις <weekday>, <date>"."""
    header = read_header("Υποβλήθηκε από Κώστας Λάμπρου (μη επαληθευμένος) στις Κυρ, 26/10/2025 - 10:05", None)
    assert header is not None
    assert (header.author, header.created_at) == ("Κώστας Λάμπρου", datetime(2025, 10, 26, 10, 5, tzinfo=UTC))


_FRENCH_OLIVERO = ARTICLE + """Commentaires 2

[default-avata]
Votre nom [                              ]
Courriel [                              ]
Le contenu de ce champ est gardé privé et ne sera pas affiché publiquement.
Sujet [                                                            ]
Commentaire
[                                                            ]
[Enregistrer] [Aperçu]
Photo de profil de Josée Cormier

Josée Cormier

4 novembre 2024 - 19 h 05

Le traversier

Le traversier de l'île arrête encore le 15 novembre, deux semaines plus tôt que
l'an passé, et personne à la municipalité ne peut dire pourquoi.

  • Répondre

Photo de profil de Luc Arsenault

Luc Arsenault

4 novembre 2024 - 20 h 40

En réponse à Le traversier par Josée Cormier

La glace

Josée, c'est la glace : la Garde côtière a avancé la date après l'hiver passé.

  • Répondre
"""


def test_canadian_french_drupal_under_its_form() -> None:
    """Round 32's Acadian weekly: Drupal's French form help over the comments is the form's, and
    a clock written "21 h 14" after a whole date ends a header."""
    got = [(path, c.author_name, c.created_at, c.body.split()[0]) for path, c in walk(parse_page(_FRENCH_OLIVERO).comments)]
    assert got == [
        ((0,), "Josée Cormier", datetime(2024, 11, 4, 19, 5, tzinfo=UTC), "Le"),
        ((0, 0), "Luc Arsenault", datetime(2024, 11, 4, 20, 40, tzinfo=UTC), "Josée,"),
    ]
