"""What the ninety-fourth blind round (sets 408-411, 241/241 parents blind) showed the HTML reader:
Bosnian Drupal's "(nije potvrđeno)" (not confirmed) after a guest's name (set 411); a French
statement of the zone with words between "heures" and "sont" ("Toutes les heures indiquées sur ce
site sont à l'heure de Suisse", set 411: an edited comment, whose Drupal stamp is the edit's, is
timed by its printed clock in that zone); archive.today's quote box written as spans shown as
blocks ("<span style='display:block;border-left:…'>", JComments, set 409). Left: a Persian
header with a badge and a reply line glued to its time read as the text's first line (set 410,
opening words only)."""

from __future__ import annotations

import pytest

from tests.threads.holdout_figures import set_figures, stated_offsets
from threads.comment_names import clean_name
from threads.html_reader import parse_html
from threads.model import walk


@pytest.mark.parametrize(("shown", "name"), [("Mostarac (nije potvrđeno)", "Mostarac"), ("Gost (nije potvrđen)", None)])
def test_bosnian_not_confirmed(shown: str, name: str | None) -> None:
    assert clean_name(shown) == name


@pytest.mark.parametrize(
    ("note", "offsets"),
    [
        ("Toutes les heures indiquées sur ce site sont à l'heure de Suisse (HEC/HAEC).", (1.0, 2.0)),
        ("Toutes les heures indiquées sur ce site sont à l'heure de Paris.", (1.0, 2.0)),
        ("Toutes les heures sont à l'heure de Paris.", (1.0, 2.0)),
    ],
)
def test_a_french_statement_with_words_between(note: str, offsets: tuple[float, float]) -> None:
    assert stated_offsets(note, "fr") == offsets


def test_a_quote_box_of_spans_shown_as_blocks() -> None:
    def comment(ident: int, name: str, text: str, quoted: tuple[str, str] | None = None) -> str:
        box = (f'<span style="display:block;margin:4px 0 6px 0;padding:4px 8px;border-left:3px solid rgb(204,204,204);">'
               f'<span style="display:block;font-weight:bold;"><b>{quoted[0]}</b> a scris:</span>'
               f'<span style="display:block;font-style:italic;">{quoted[1]}</span></span>' if quoted else "")
        return (f'<div id="comment-item-{ident}" style="margin:0 0 8px 0;"><div style="border:1px solid rgb(221,221,221);padding:6px 10px;">'
                f'<div style="font-size:12px;"><a href="#comment-{ident}" id="comment-{ident}">#{ident % 10}</a> '
                f'<span style="font-weight:bold;">{name}</span> <span style="font-size:11px;">12.08.2024 2{ident % 4}:40</span></div>'
                f'<div id="comment-body-{ident}" style="font-size:13px;">{box}{text}</div></div></div>')

    page = (f'<html lang="ro"><body><h1>Cazinoul din Constanța</h1><p>{"Restaurarea intră în ultima etapă, spune ministerul. " * 8}</p>'
            + comment(345, "Mihai Dobre", "Frumos ar fi să fie gata pentru sezonul de anul viitor.")
            + comment(347, "Anonim", "Nu cred că se termină anul ăsta. Am mai auzit povestea.",
                      quoted=("Mihai Dobre", "Frumos ar fi să fie gata pentru sezonul de anul viitor."))
            + "</body></html>")
    bodies = [c.body for _, c in walk(parse_html(page).comments)]
    assert bodies[1].endswith("\n\nNu cred că se termină anul ăsta. Am mai auzit povestea.")
    assert bodies[1].startswith("\u201c")  # (the quotation marked as one)


@pytest.mark.parametrize(
    ("name", "figures"),
    [
        # The ninety-fourth round (reader at 07bc39a): 241/241 parents blind (100%); blind figures in brackets.
        ("html_holdout408", (57, 57, 57, 57, 57, 0)),  # (57, 57, 57, 57, 57, 0)
        ("html_holdout409", (64, 64, 64, 64, 64, 0)),  # (64, 64, 64, 64, 64, 0)
        ("html_holdout410", (62, 62, 62, 62, 62, 0)),  # (62, 62, 62, 62, 62, 0)
        ("html_holdout411", (58, 58, 58, 58, 58, 2)),  # (58, 58, 58, 56, 57, 2)
    ],
)
def test_the_sets_of_the_ninety_fourth_round(name: str, figures: tuple[int, int, int, int, int, int]) -> None:
    """(expected, matched, parents, authors, times, extra) per set."""
    assert set_figures(name) == figures
