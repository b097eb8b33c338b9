"""A text dump's numeric dates read in the article's language (#15, blind set 20): "Le 03/04/2024 à
09h12" under a French story is the 3rd of April, under an English one the 4th of March. A dump keeps
no ``lang`` attribute, so the reader asks the article's language only where a date reads both ways.
Dumps written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import ARTICLE, flat
from threads.html_time import parse_time
from threads.page_dates import page_dates, watching_day_order
from threads.page_parser import parse_page

_FRENCH_STORY = (
    "Le conseil municipal vote la fermeture de la piscine l'hiver\n\n"
    "La piscine municipale fermera ses portes de novembre à mars, a décidé le conseil municipal "
    "lundi soir, faute de crédits pour chauffer le bassin pendant les mois les plus froids.\n\n"
    "Les clubs de natation devront s'entraîner dans la commune voisine, à vingt minutes en car, "
    "ce que les parents des jeunes nageurs jugent trop loin pour les séances du mercredi.\n\n"
)
_COMMENTS = """Réactions (2)

[avatar] Odile Marchand Le 03/04/2024 à 09h12

Le bassin est vide la moitié de l'année de toute façon, sauf le mercredi après-midi.

Répondre Signaler un abus J'aime 4
[avatar] Bruno Lemaire Le 05/04/2024 à 18h40

Et les scolaires, ils apprendront à nager où, dans la rivière ?

Répondre Signaler un abus J'aime 2

Réagir à cet article
"""


def test_numeric_dates_of_a_french_dump_are_read_day_first() -> None:
    rows = flat(parse_page(_FRENCH_STORY + _COMMENTS).comments)
    assert [(author, when) for _path, author, when, _text in rows] == [
        ("Odile Marchand", datetime(2024, 4, 3, 9, 12, tzinfo=UTC)),
        ("Bruno Lemaire", datetime(2024, 4, 5, 18, 40, tzinfo=UTC)),
    ]


def test_the_same_dates_under_an_english_story_stay_month_first() -> None:
    rows = flat(parse_page(ARTICLE + _COMMENTS).comments)
    assert [when for _path, _author, when, _text in rows] == [
        datetime(2024, 3, 4, 9, 12, tzinfo=UTC),
        datetime(2024, 5, 4, 18, 40, tzinfo=UTC),
    ]


def test_only_a_date_that_reads_both_ways_leaves_the_day_order_unsure() -> None:
    with watching_day_order() as watch:
        assert parse_time("13/04/2024 09:12") == datetime(2024, 4, 13, 9, 12, tzinfo=UTC)
        assert parse_time("Le 04/04/2024 à 9h12") is not None
    assert not watch.unsure  # one way only, or the same either way
    with watching_day_order() as watch:
        parse_time("Le 03/04/2024 à 09h12")
    assert watch.unsure
    with page_dates(language="fr"), watching_day_order() as watch:
        assert parse_time("03/04/2024 09:12") == datetime(2024, 4, 3, 9, 12, tzinfo=UTC)
    assert not watch.unsure  # the page's language settled it


def test_an_english_dump_whose_own_dates_write_the_day_first_reads_the_rest_so() -> None:
    """English is written day first outside North America: a Ugandan or an Irish paper's dump
    whose story is dated "21/05/2024" reads its comments' "03/04/2024" as the 3rd of April, as
    the HTML reader does with the page's markup (``page_dates.shown_day_first``)."""
    dated = ARTICLE.replace("Headline of the story\n\n", "Headline of the story\n\nPublished 21/05/2024\n\n")
    rows = flat(parse_page(dated + _COMMENTS).comments)
    assert [when for _path, _author, when, _text in rows] == [
        datetime(2024, 4, 3, 9, 12, tzinfo=UTC),
        datetime(2024, 4, 5, 18, 40, tzinfo=UTC),
    ]
