"""What the twenty-fourth to twenty-sixth blind rounds (sets 128-139) showed the HTML reader: a
Polish portal whose only text class is "komentarz-tresc", an Estonian flat list naming each reply's
parent by a link after a label no list held, a Japanese board, a WordPress theme saved by
archive.today with only its <time> left to name, Kurmanji's and Marathi's words for nobody, a
French paper's "reactions", django-comments-xtd, Sohu's Changyan, a Kyrgyz date, a name drawn bold
by its style. Pages written for these tests."""

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


def test_a_papers_own_list_of_reactions() -> None:
    """"li.reaction#reaction-88102" in "section.reactions": the French word for a reader's comment
    names the comments as "commentaire" would; "En réponse à <a href=#…>" names the parent."""
    def reaction(number: int, name: str, text: str, to: int | None = None) -> str:
        line = f'<span class="reaction-en-reponse">En réponse à <a href="#reaction-{to}">X</a></span>' if to else ""
        return (f'<li class="reaction" id="reaction-{number}"><div class="reaction-entete"><span class="reaction-auteur">{name}</span>{line}'
                f'<time class="reaction-date" datetime="2024-03-09T21:12:00+01:00">09/03/2024 à 21h12</time></div>'
                f'<div class="reaction-texte"><p>{text}</p></div><button class="repondre">Répondre</button></li>')

    page = f"""<html lang="fr"><body>{_STORY}<section class="reactions" id="reactions"><h2>Réactions (3)</h2><ul class="liste-reactions">
    {reaction(88102, "Karim B.", "Le kilo de Medjool à 120 dirhams, c'est du vol.")}
    {reaction(88107, "Fatima Zahra E.", "Personne ne vous oblige à acheter de la Medjool.", to=88102)}
    {reaction(88113, "Anonyme", "Les intermédiaires font la loi, comme chaque année.")}</ul></section></body></html>"""
    assert _tree(page) == [("reaction-88102", None, "Karim B."), ("reaction-88107", "reaction-88102", "Fatima Zahra E."), ("reaction-88113", None, None)]


def test_django_comments_xtd_its_media_blocks_and_the_name_after_the_time() -> None:
    """django-comments-xtd: "div.media#c40213 > div.media-body > div.comment", the replies beside
    the comment block in the media body, the name as bare text after the time ("<time>…</time> -
    Lars-Erik Olsson ¶")."""
    def media(number: int, name: str, text: str, replies: str = "") -> str:
        return (f'<div class="media" id="c{number}"><img src="a.png" class="mr-3" alt=""><div class="media-body"><div class="comment pb-3">'
                f'<h6 class="mb-1 small d-flex"><div class="mr-auto"><time datetime="2024-03-29T18:05:00+01:00">29 mars 18:05</time>'
                f'&nbsp;-&nbsp;{name}&nbsp;&nbsp;<a class="permalink" href="#c{number}">¶</a></div></h6>'
                f'<div class="content"><p>{text}</p></div><a class="small" href="/comments/reply/{number}/">Svara</a></div>'
                f'<div>{replies}</div></div></div>')

    page = f"""<html lang="sv"><body>{_STORY}<section id="comments" class="comments"><h2>Kommentarer (3)</h2><div class="comment-tree">
    {media(40213, "Lars-Erik Olsson", "Vi har haft säsongsplats i tjugo år.", media(40217, "Anna B", "Ska skattebetalarna betala?"))}
    {media(40231, "Camparen", "Sälj inte stranden.")}</div></section></body></html>"""
    assert _tree(page) == [("c40213", None, "Lars-Erik Olsson"), ("c40217", "c40213", "Anna B"), ("c40231", None, "Camparen")]


def test_changyan_its_classes_and_a_reply_naming_whom_it_answers() -> None:
    """Sohu's Changyan: "user-name-gw", "time-gw", "wrap-word-gw"; a reply to a reply shown flat
    under the thread's first comment, "回复 <a href=javascript:…>@南方小土豆</a>：" naming its parent."""
    def cmt(number: int, name: str, text: str, replies: str = "", to: str = "") -> str:
        lead = f'<span class="reply-to-gw">回复 <a href="javascript:void(0)">@{to}</a>：</span>' if to else ""
        box = f'<div class="block-cont-replay-gw">{replies}</div>' if replies else ""
        return (f'<div class="block-cont-gw" id="cmt-{number}"><div class="cont-msg-gw"><div class="wrap-user-gw">'
                f'<span class="user-name-gw"><a href="javascript:void(0)">{name}</a></span></div><div class="wrap-issue-gw"><p>{lead}'
                f'<span class="wrap-word-gw">{text}</span></p></div><div class="action-from-gw"><span class="time-gw">2月27日 21:03</span>'
                f'</div></div>{box}</div>')

    replies = cmt(301177, "南方小土豆", "我们广州来的，冻哭了。") + cmt(302554, "冰城老李", "欢迎明年再来。", to="南方小土豆")
    page = f"""<html lang="zh-CN"><body><h1>冰雪大世界闭园</h1><p>{'本雪季累计接待游客超过二百七十万人次。' * 20}</p>
    <div id="SOHUCS"><div class="module-cmt-list">{cmt(294011, "冰城老李", "今年冰雪大世界确实火了。", replies)}</div></div></body></html>"""
    assert _tree(page) == [("cmt-294011", None, "冰城老李"), ("cmt-301177", "cmt-294011", "南方小土豆"), ("cmt-302554", "cmt-301177", "冰城老李")]


def test_a_kyrgyz_date_a_bold_styled_name_and_more_words_for_nobody() -> None:
    """"14-март 2024, 18:45" joins day and month with a hyphen; archive.today's wpDiscuz draws the
    name in a div bold by its style; "Anonimno", "Utente anonimo" and Kyrgyz "Конок" name nobody."""
    from selectolax.lexbor import LexborHTMLParser

    from threads.comment_names import clean_name
    from threads.html_header_fields import name_and_time_before
    from threads.html_time import parse_time

    assert parse_time("14-март 2024, 18:45") is not None and parse_time("14-март 2024, 18:45").strftime("%Y-%m-%d %H:%M") == "2024-03-14 18:45"  # type: ignore[union-attr]
    node = LexborHTMLParser(
        '<div id="comment-4123"><div><div style="font-size:15px;font-weight:600">Rupjyoti Kalita</div><div>September 18, 2024 9:14 pm</div></div>'
        '<div><p>Two hours of rain and Anil Nagar is under knee deep water again.</p></div></div>'
    ).css_first("#comment-4123")
    assert node is not None and name_and_time_before(node, node.css_first("p"), set())[0] == "Rupjyoti Kalita"  # type: ignore[arg-type]
    assert clean_name("Anonimno") is None and clean_name("Utente anonimo") is None and clean_name("Конок") is None


def test_joomla_latest_comments_list_beside_the_thread_is_no_comment() -> None:
    """JComments' latest-comments module prints each entry with the same author and date spans as
    the thread, in a "ul.jclist" inside a column whose id is "aside": neither gives comments."""
    thread = (
        '<div id="comments"><div class="comments-list" id="comments-list-0">'
        '<div class="even" id="comment-item-71"><div class="comment-box"><a class="comment-anchor" id="comment-71" href="#comment-71">#1</a>'
        '<span class="comment-author">Horváth Edit</span> <span class="comment-date">2024-09-18 19:22</span>'
        '<div class="comment-body" id="comm-71">A vasárnapi járat kell a legjobban.</div></div>'
        '<div class="comments-list" id="comments-list-71"><div class="odd" id="comment-item-74"><div class="comment-box">'
        '<a class="comment-anchor" id="comment-74" href="#comment-74">#2</a><span class="comment-author">Papp Zoltán</span> '
        '<span class="comment-date">2024-09-18 20:05</span><div class="comment-body" id="comm-74">Vasárnap senki sem utazik rajta.</div>'
        "</div></div></div></div></div></div>"
    )
    def sidebar(wrapper: str, listing: str) -> str:
        return (f'{wrapper}<h3>Legfrissebb hozzászólások</h3><ul class="{listing}">'
                '<li><span class="author">Kiss Anna</span> <span class="date">2024-09-17 18:02</span> '
                '<a href="/hirek/1829-tokfesztival#comment-66">Tökfesztivál</a><div class="comment">Idén is nagyon jó volt, csak a parkolás...</div></li>'
                '<li><span class="author">Papp Zoltán</span> <span class="date">2024-09-19 11:45</span> '
                '<a href="/hirek/1842-busz#comment-74">Busz</a><div class="comment">Vasárnap senki sem utazik...</div></li></ul></div>')
    expected = [("comment-71", None, "Horváth Edit"), ("comment-74", "comment-71", "Papp Zoltán")]
    for aside in (sidebar('<div id="aside" class="span3"><div class="well">', "menu") + "</div>",
                  sidebar('<div class="span3"><div class="well">', "jclist") + "</div>"):
        page = f'<html lang="hu"><body><div class="row"><main>{_STORY}{thread}</main>{aside}</div></body></html>'
        assert _tree(page) == expected
