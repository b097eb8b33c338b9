"""What the twenty-fourth blind round (sets 128-131) showed the HTML reader: a Polish portal whose
only text class is "komentarz-tresc", an Estonian flat list naming each reply's parent by a link
after a label no list held. Pages written for these tests."""

from __future__ import annotations

from threads.html_reader import parse_html

_STORY = f"<h1>Trains back to the forest village</h1><p>{'The line reopens in June after eight years. ' * 25}</p>"


def _tree(html: str) -> list[tuple[str | None, str | None, str | None]]:
    """(id, parent's id, author) of every comment, in page order."""
    out: list[tuple[str | None, str | None, str | None]] = []
    stack = [(c, None) for c in reversed(parse_html(html).comments)]
    while stack:
        comment, parent = stack.pop()
        out.append((comment.external_id, parent, comment.author_name))
        stack.extend((r, comment.external_id) for r in reversed(comment.replies))
    return out


def test_a_portal_whose_text_class_is_in_polish() -> None:
    """No paragraph and no English class inside each comment: "komentarz-tresc" (treść, its
    content) is a text class all the same, and "komentarz-odpowiedzi" holds the replies."""
    def comment(number: int, name: str, text: str, replies: str = "") -> str:
        box = f'<div class="komentarz-odpowiedzi">{replies}</div>' if replies else ""
        return (f'<div class="komentarz" id="k-{number}"><div class="komentarz-naglowek"><span class="komentarz-autor">{name}</span>'
                f'<span class="komentarz-data">16.04.2024, 09:12</span></div><div class="komentarz-tresc">{text}</div>'
                f'<div class="komentarz-stopka"><a href="#k-form" class="komentarz-odpowiedz">odpowiedz</a></div>{box}</div>')

    page = f"""<html lang="pl"><body>{_STORY}<section class="komentarze" id="komentarze"><h2>Komentarze (3)</h2>
    <div class="komentarze-lista">{comment(881190, "~Tadeusz", "Pamiętam jeszcze ten szynobus.", comment(881197, "Ola B.", "Te czasy nie wrócą."))}
    {comment(881230, "jurek_h", "Najpierw niech przywrócą autobusy.")}</div></section></body></html>"""
    assert _tree(page) == [("k-881190", None, "Tadeusz"), ("k-881197", "k-881190", "Ola B."), ("k-881230", None, "jurek_h")]


def test_a_link_to_the_parent_after_a_label_no_list_holds() -> None:
    """A flat list's "Vastus kommentaarile <a href=#c-55108>2. Anonüümne</a>" (Estonian: reply to
    comment) in a box of its own names the parent; "Külaline" (a guest) names nobody."""
    def comment(number: int, name: str, text: str, to: int | None = None) -> str:
        line = f'<div class="kommentaar__viide">Vastus kommentaarile <a href="#c-{to}">{to}</a></div>' if to else ""
        return (f'<div class="kommentaar" id="c-{number}"><div class="kommentaar__pais"><span class="kommentaar__nimi">{name}</span>'
                f'<span class="kommentaar__aeg">22.05.2024 16:05</span></div>{line}'
                f'<div class="kommentaar__tekst"><p>{text}</p></div><a href="#vasta" class="kommentaar__vasta">Vasta</a></div>')

    page = f"""<html lang="et"><body>{_STORY}<section class="kommentaarid" id="kommentaarid"><h2>Kommentaarid (4)</h2>
    {comment(55101, "Mai Kaasik", "Ööreis on hädavajalik.")}{comment(55108, "Anonüümne", "Piletid said kohe otsa.")}
    {comment(55120, "Jaan", "Eelmisel aastal oli sama lugu.")}{comment(55130, "Külaline", "Ööreis kaotati 2019.", to=55108)}
    </section></body></html>"""
    assert _tree(page) == [
        ("c-55101", None, "Mai Kaasik"), ("c-55108", None, None), ("c-55130", "c-55108", None), ("c-55120", None, "Jaan"),
    ]


def test_a_japanese_boards_responses_as_definition_lists() -> None:
    """Each response is a "dl.res#resN" (its dt the number, name, date and ID; its dd the text in
    "res-body"); ">>2" links the response answered; "2024/03/09(土)" is year, month, day even on a
    page that writes its other dates day first; a deleted response's name "削除" names nobody."""
    def res(number: int, name: str, date: str, text: str) -> str:
        return (f'<dl class="res" id="res{number}"><dt><span class="resnum">{number}</span>：<span class="name">{name}</span>：'
                f'<span class="date">{date}</span> <span class="uid">ID:aB3xYz9k</span></dt>'
                f'<dd><p class="res-body">{text}</p><div class="res-foot"><a class="res-reply" href="javascript:void(0)">返信</a></div></dd></dl>')

    page = f"""<html lang="ja"><body>{_STORY}<p>掲載日 09/03/2024</p><section class="comment-area" id="comments">
    <h2 class="comment-title">この記事へのコメント（3件）</h2><div class="comment-list">
    {res(1, "名無しさん@十勝", "2024/03/09(土) 21:47:13", "減便はもう仕方ないと思う。")}
    {res(2, "削除", "削除", "このコメントは削除されました。")}
    {res(3, "バス通学の母", "2024/03/10(日) 07:12:55", '<a class="anchor" href="#res1">&gt;&gt;1</a><br>仕方ないで済ませたら毎年減っていくだけ。')}
    </div></section></body></html>"""
    comments = parse_html(page).comments
    assert [(c.external_id, c.author_name, c.created_at and c.created_at.strftime("%Y-%m-%d %H:%M"), c.body) for c in comments] == [
        ("res1", None, "2024-03-09 21:47", "減便はもう仕方ないと思う。"),  # (the board's default name: nobody)
        ("res2", None, None, "このコメントは削除されました。"),
    ]
    assert [(r.external_id, r.author_name) for r in comments[0].replies] == [("res3", "バス通学の母")]
