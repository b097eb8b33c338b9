"""What the twenty-fourth and twenty-fifth blind rounds (sets 128-135) showed the HTML reader: a
Polish portal whose only text class is "komentarz-tresc", an Estonian flat list naming each reply's
parent by a link after a label no list held, a Japanese board, a WordPress theme saved by
archive.today with only its <time> left to name, Kurmanji's and Marathi's words for nobody. Pages
written for these tests."""

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


def test_a_name_in_bold_beside_the_avatar_where_archive_today_left_only_the_time() -> None:
    """Kadence saved by archive.today: no class left, the header a footer holding the avatar and
    the bold name, then the permalink printing the time in a bare <time>."""
    def comment(number: int, name: str, text: str) -> str:
        return (f'<li id="comment-{number}"><article id="div-comment-{number}"><footer style="display:flex"><div>'
                f'<img alt="" src="a.jpg" width="60"><b style="font-weight:700">{name}</b></div><div>'
                f'<a href="https://archive.ph/o/Xq7Lm/https://x.com/story/%23comment-{number}"><time>March 8, 2024 at 7:22 pm</time></a>'
                f'</div></footer><div style="padding-left:72px"><p style="margin:0">{text}</p></div>'
                f'<div><a rel="nofollow" href="?replytocom={number}#respond" aria-label="Reply to {name}">Reply</a></div></article></li>')

    page = f"""<html><body>{_STORY}<div style="padding:32px"><h2>2 thoughts on “Pump-out boat”</h2><ol style="list-style:none">
    {comment(2231, "Carla Menendez", "About time. Half the boats out there have never seen the pump-out boat.")}
    {comment(2238, "Capt. Rick Soto", "One boat for two hundred and thirty vessels was never going to work here.")}
    </ol></div></body></html>"""
    assert [(c.author_name, c.created_at and c.created_at.strftime("%H:%M")) for c in parse_html(page).comments] == [
        ("Carla Menendez", "19:22"), ("Capt. Rick Soto", "19:22"),
    ]


def test_unverified_and_anonymous_in_kurmanji_and_marathi() -> None:
    """Drupal's "(not verified)" in Kurmanji, "Nenas" (anonymous), Blogger's Marathi "अनामित"."""
    from threads.comment_names import clean_name

    assert clean_name("Nazdar (nehatiye piştrastkirin)") == "Nazdar"
    assert clean_name("Nenas (nehatiye piştrastkirin)") is None
    assert clean_name("अनामित") is None
