"""What the forty-second blind round (sets 200-203, 221/244 parents blind) showed the HTML reader:
HyperComments ("div.hc__message[data-message-id]"); a 2009 comments table whose anchored header
row ("#1 Inviato da: Mario Rota il 28/03/2009 alle 22:14") sits over the row of the text; Coral
nesting by "coral-indent-N" wrappers around a comment and its replies' wrappers; a JComments
guest's quote ("Svečias rašė:") in a flat list; Ghost's "in reply to" box named by a data-testid;
Slovenian and Sinhala Drupal's "(not verified)". Pages written for these tests."""

from __future__ import annotations

import pytest

from threads.comment_names import clean_name
from threads.html_reader import parse_html
from threads.model import walk

_STORY = f"<h1>The lift closes again</h1><p>{'The funicular was shut for repairs for the third time this year. ' * 25}</p>"


def _page(comments: str, lang: str = "es") -> str:
    return (
        f"<!doctype html><html lang='{lang}'><head><title>Story</title></head><body><article>{_STORY}</article>"
        f"{comments}</body></html>"
    )


def _tree(page: str) -> list[tuple[str | None, tuple[int, ...]]]:
    return [(c.external_id, path) for path, c in walk(parse_html(page).comments)]


def test_hypercomments() -> None:
    def message(number: int, parent: int, name: str, text: str, children: str = "") -> str:
        return (
            f'<div class="hc__message" id="hc-message-{number}" data-message-id="{number}" data-parent-id="{parent}">'
            f'<div class="hc__body"><div class="hc__head"><a class="hc__author" href="https://example.com/u{number}">{name}</a>'
            f'<time class="hc__time" datetime="2025-04-05T21:10:00-03:00"><a href="#hc-message-{number}">hace 1 día</a></time></div>'
            f'<div class="hc__text">{text}</div></div><div class="hc__children">{children}</div></div>'
        )

    page = _page(
        '<div class="hc__root"><div class="hc__list">'
        + message(1023984, 0, "Camila Fuentes", "Otra vez cerrado El Peral, ahora me toca la escalera.",
                  message(1023991, 1023984, "Luis Araya", "Parches y promesas, como siempre."))
        + message(1024025, 0, "Valentina Rojas", "Tres cierres en cuatro meses, alguien tiene que responder.")
        + "</div></div>"
    )
    assert _tree(page) == [("hc-message-1023984", (0,)), ("hc-message-1023991", (0, 0)), ("hc-message-1024025", (1,))]


def test_a_2009_table_of_header_rows_over_text_rows() -> None:
    def comment(number: int, ordinal: int, name: str, when: str, text: str) -> str:
        return (
            f'<tr><td class="com_head"><a name="c{number}"></a><b>#{ordinal}</b> Inviato da: <b>{name}</b> il {when}</td></tr>'
            f'<tr><td class="com_body">{text}</td></tr>'
            f'<tr><td class="com_foot" align="right"><a href="commenta.php?quote={number}">Cita</a></td></tr>'
        )

    quoted = (
        '<div class="quote"><b>Citazione di Mario Rota (#1):</b><br><i>Alle tre passano i cargo e tremano i vetri.</i></div>'
        "Confermo, sono le una e mezza e ne è appena passato uno. Di notte non c'è motivo di far decollare i corrieri sopra le case."
    )
    page = _page(
        '<table class="commenti"><tr><td class="titolocommenti">COMMENTI DEI LETTORI (3)</td></tr>'
        + comment(1043, 1, "Mario Rota", "28/03/2009 alle 22:14",
                  "Abito a Grassobbio da trent'anni e non ho mai dormito così male. Alle tre passano i cargo e tremano i vetri.")
        + comment(1044, 2, "Anonimo", "28/03/2009 alle 23:02",
                  "Chi compra casa vicino a un aeroporto e poi si lamenta del rumore mi fa sorridere, l'aeroporto c'era prima.")
        + comment(1047, 3, "Giulia_B", "29/03/2009 alle 01:37", quoted)
        + "</table>",
        lang="it",
    )
    comments = list(walk(parse_html(page).comments))
    assert [(c.author_name, path) for path, c in comments] == [("Mario Rota", (0,)), ("Giulia_B", (0, 0)), (None, (1,))]
    assert comments[1][1].body.split("\n\n")[-1].startswith("Confermo")


def test_coral_nesting_by_indent_wrappers() -> None:
    def comment(ident: str, name: str, text: str) -> str:
        return (
            f'<div id="comment-{ident}" class="coral coral-comment" role="article"><div class="coral coral-comment-topBar">'
            f'<span class="coral coral-comment-username">{name}</span>'
            f'<time class="coral coral-timestamp" datetime="2025-03-29T08:00:00.000Z">3 days ago</time></div>'
            f'<div class="coral coral-content coral-comment-content">{text}</div></div>'
        )

    thread = (
        '<div class="coral coral-comment-thread"><div class="coral coral-indent coral-indent-0">'
        + comment("a1", "Mette", "The harbour bath should stay open all winter.")
        + '<div class="coral coral-indent coral-indent-1">'
        + comment("b2", "Jens", "Who pays for the lifeguards in January?")
        + '<div class="coral coral-indent coral-indent-2">' + comment("c3", "Mette", "The same people as in July.") + "</div>"
        + "</div></div></div>"
        '<div class="coral coral-comment-thread"><div class="coral coral-indent coral-indent-0">'
        + comment("d4", "Sofie", "Open it at weekends at least.")
        + "</div></div>"
    )
    page = _page(f'<div id="coral_thread"><div class="coral coral-comments">{thread}</div></div>', lang="da")
    assert _tree(page) == [("comment-a1", (0,)), ("comment-b2", (0, 0)), ("comment-c3", (0, 0, 0)), ("comment-d4", (1,))]


@pytest.mark.parametrize(
    ("raw", "name"),
    [("Petra K. (ni preverjen)", "Petra K."), ("Anonimnež (ni preverjen)", None),
     ("සුනිල් පෙරේරා (සත්\u200dයාපනය කර නැත)", "සුනිල් පෙරේරා"), ("නිර්නාමික (සත්\u200dයාපනය කර නැත)", None)],
)
def test_slovenian_and_sinhala_drupals_unverified(raw: str, name: str | None) -> None:
    assert clean_name(raw) == name
