"""A line naming the comment answered ("Válasz erre: #1 Kovács Imre", Drupal's hidden "Antwort auf
<title> von <name>"): it gives the parent, and its names are the parent's, not the comment's."""

from __future__ import annotations

from datetime import UTC, datetime

from threads.html_reader import parse_html
from threads.model import ParsedComment

_STORY = f"<h1>Felújítják a Tisza-hidat</h1><p>{'A híd júniustól félpályán lesz járható. ' * 25}</p>"


def _tree(comments: list[ParsedComment]) -> list[tuple[str | None, str | None, list[object]]]:
    return [(c.external_id, c.author_name, _tree(c.replies)) for c in comments]


def test_a_hungarian_flat_list_answers_by_its_reply_line_and_quote() -> None:
    """A flat list: each post's header holds the name and "2024.05.13. 10:02 #2" (the time, then
    the post's number), a reply names its parent in "Válasz erre: <a href=#hsz…>", and a quote
    box ("idezet", headed "Vendég írta:") holds the words answered."""
    def post(number: int, ident: int, name: str, text: str, reply_to: str = "") -> str:
        return f"""<a name="hsz{ident}"></a><div class="hsz" id="hsz{ident}"><table class="hsz_fej"><tbody><tr>
        <td class="hsz_nev"><b>{name}</b></td><td class="hsz_ido">2024.05.13. 1{number}:02 &nbsp;<a href="#hsz{ident}"
        class="hsz_szam">#{number}</a></td></tr></tbody></table>{reply_to}<div class="hsz_szoveg">{text}</div>
        <div class="hsz_lab"><a href="javascript:valasz({ident},{number},'{name}')">Válasz</a></div></div>"""

    page = f"""<html><body>{_STORY}<div class="hozzaszolasok">
    {post(1, 20417, "Kovács Imre", "Pont nyárra teszik a felújítást?")}
    {post(2, 20421, "Vendég", "Ősszel jön az eső, akkor nem lehet szigetelni.",
          '<div class="hsz_elozmeny">Válasz erre: <a href="#hsz20417">#1 Kovács Imre</a></div>')}
    {post(3, 20430, "horgász", "A komp sűrűbben fog járni?")}
    {post(4, 20436, "Kovács Imre", '<div class="idezet"><b>Vendég írta:</b><br>Ősszel jön az eső.</div>Örülök én, csak félpályán.',
          '<div class="hsz_elozmeny">Válasz erre: <a href="#hsz20421">#2 Vendég</a></div>')}</div></body></html>"""
    comments = parse_html(page).comments
    assert _tree(comments) == [
        ("hsz20417", "Kovács Imre", [("hsz20421", None, [("hsz20436", "Kovács Imre", [])])]),
        ("hsz20430", "horgász", []),
    ]
    assert comments[0].created_at == datetime(2024, 5, 13, 11, 2, tzinfo=UTC)
    assert comments[0].replies[0].replies[0].body == "“Vendég írta:”\n\n“Ősszel jön az eső.”\n\nÖrülök én, csak félpályán."


def test_drupals_hidden_reply_line_names_the_parents_author() -> None:
    """Drupal 10 prints, hidden, "Antwort auf <a>the parent's title</a> von <a class=username>the
    parent's author</a>" above the comment's own author line: the reply is by Franz Pichler."""
    page = f"""<html><body>{_STORY}<section class="comments">
    <a id="comment-4815"></a><article id="comment-4815" class="comment js-comment"><footer class="comment__meta">
    <p class="comment__author"><a class="username" href="/user/77">Maria Hochreiter</a></p>
    <p class="comment__time">Fr., 29.03.2024 - 11:40</p></footer><div class="comment__content">
    <div class="field--name-comment-body"><p>Die Behindertenparkplätze bleiben am Hauptplatz.</p></div></div></article>
    <div class="indented"><a id="comment-4817"></a><article id="comment-4817" class="comment js-comment by-anonymous">
    <footer class="comment__meta"><p class="visually-hidden">Antwort auf <a href="/comment/4815#comment-4815" class="permalink">Behindertenparkplätze
    bleiben</a> von <a title="Benutzerprofil anzeigen." href="/user/77" class="username">Maria Hochreiter</a></p>
    <p class="comment__author"><span>Franz Pichler (nicht überprüft)</span></p><p class="comment__time">Fr., 29.03.2024 - 12:03</p>
    </footer><div class="comment__content"><div class="field--name-comment-body"><p>Danke, das wusste ich nicht.</p></div></div>
    </article></div></section></body></html>"""
    assert _tree(parse_html(page).comments) == [
        ("comment-4815", "Maria Hochreiter", [("comment-4817", "Franz Pichler", [])]),
    ]
