"""What the forty-third blind round (sets 204-207, 227/238 parents blind) taught the HTML reader:
Ghost's text in "<p class=gh-comment-content><p>…</p></p>" (the outer paragraph left empty by the
parser) and its "comment-in-reply-to" link; HyperComments' time only on the comment's own element ("data-hc-time" beside "acum 2 zile"); a
Hungarian flat list's "Válasz <a href=#hsz18221>#1</a> Kovács Gábor hozzászólására:" line; a
Slovenian quote's header "Nejc_MB je napisal(a):"; Czech, Hungarian and Turkish words for
nobody. Pages written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from threads.comment_names import clean_name
from threads.html_reader import parse_html
from threads.model import walk

_STORY = f"<h1>Trees felled for the tram</h1><p>{'The new line runs through the old park. ' * 30}</p>"


def _page(comments: str, lang: str) -> str:
    return (
        f"<!doctype html><html lang='{lang}'><head><title>Story</title></head><body><article>{_STORY}</article>"
        f"{comments}</body></html>"
    )


def test_hypercomments_time_on_the_comments_own_element() -> None:
    def comment(number: int, epoch: int, name: str, text: str) -> str:
        return (
            f'<div class="hc_comment" id="hc_comment_{number}" data-hc-id="{number}" data-hc-time="{epoch}">'
            f'<div class="hc_head"><span class="hc_name">{name}</span> <span class="hc_ago">acum 2 zile</span></div>'
            f'<div class="hc_text">{text}</div></div>'
        )

    page = _page(
        '<div class="hc_list">'
        + comment(78431002, 1743272417, "Ioana", "Tramvaiul pe Take Ionescu trebuia terminat de anul trecut.")
        + comment(78431077, 1743275117, "Radu", "Măcar se lucrează, în alte orașe nici atât.")
        + "</div>",
        "ro",
    )
    assert [c.created_at for c in parse_html(page).comments] == [
        datetime.fromtimestamp(1743272417, UTC), datetime.fromtimestamp(1743275117, UTC),
    ]


def test_a_hungarian_reply_line() -> None:
    def comment(number: int, ordinal: int, name: str, text: str, answers: tuple[int, int, str] | None = None) -> str:
        line = (
            f'<div class="hsz-valasz">Válasz <a href="#hsz{answers[0]}">#{answers[1]}</a> {answers[2]} hozzászólására:</div>'
            if answers else ""
        )
        return (
            f'<div class="hsz" id="hsz{number}"><div class="hsz-fej"><span class="hsz-szam">#{ordinal}</span> '
            f'<span class="nev">{name}</span> <span class="ido">2012. március 24. 19:32</span></div>{line}'
            f'<div class="hsz-szoveg">{text}</div>'
            f'<div class="hsz-lab"><a href="cikk.php?id=4412&amp;valasz={number}" class="valasz-gomb">Válasz</a></div></div>'
        )

    page = _page(
        '<div class="hozzaszolasok">'
        + comment(18221, 1, "Kovács Gábor", "A fasor kivágása nélkül is meg lehetett volna építeni a vonalat.")
        + comment(18224, 2, "hajdusagi_nyugdijas", "A parkolók a vasútállomás miatt kellenek, azokat nem lehet megszüntetni.", (18221, 1, "Kovács Gábor"))
        + comment(18227, 3, "Vendég", "Végre lesz villamos a Sestakert felé is.")
        + "</div>",
        "hu",
    )
    assert [(c.external_id, path) for path, c in walk(parse_html(page).comments)] == [
        ("hsz18221", (0,)), ("hsz18224", (0, 0)), ("hsz18227", (1,)),
    ]


@pytest.mark.parametrize("raw", ["Návštěvník", "Smazáno", "törölt felhasználó", "[törölt felhasználó]", "Silinmiş kullanıcı"])
def test_names_for_nobody_from_round_fortythree(raw: str) -> None:
    assert clean_name(raw) is None


def test_ghost_text_in_a_paragraph_inside_a_paragraph() -> None:
    def comment(ident: str, name: str, text: str, answers: str | None = None) -> str:
        reply = (
            f'<div class="mb-2"><span>Replied to</span>:&nbsp;<a href="#{answers}" data-testid="comment-in-reply-to">…</a></div>'
            if answers else ""
        )
        return (
            f'<div id="{ident}" class="group/comment flex w-full flex-row" data-testid="comment-component"><div class="flex grow flex-col">'
            f'<div class="mb-2"><h4 class="font-sans font-bold" data-testid="comment-author">{name}</h4>'
            f'<span class="whitespace-nowrap" title="Friday 4 April 2025, 20:15">8d</span></div>{reply}'
            f'<div class="mt mb-2 flex"><p class="gh-comment-content" data-testid="comment-content"><p>{text}</p></p></div></div></div>'
        )

    page = _page(
        '<div class="z-10" data-testid="comments-list">'
        + comment("67efc1a2b4d8e90017c3a101", "Jude Mackay", "The penguins bring people into the precinct after dark.")
        + comment("67efd40cb4d8e90017c3a1b7", "Aroha Tipene", "Half price with a library card is not nothing.")
        + comment("67f0a7e9b4d8e90017c3a2e4", "Ian Duthie", "The tour buses already get a group rate anyway.", "67efd40cb4d8e90017c3a1b7")
        + "</div>",
        "en",
    )
    comments = list(walk(parse_html(page).comments))
    assert [(c.external_id, path) for path, c in comments] == [
        ("67efc1a2b4d8e90017c3a101", (0,)), ("67efd40cb4d8e90017c3a1b7", (1,)), ("67f0a7e9b4d8e90017c3a2e4", (1, 0)),
    ]
    assert comments[0][1].body == "The penguins bring people into the precinct after dark."
