"""What the ninth blind round (sets 68-71) taught: Nairaland's two-row posts, Naver's comment box,
Israeli talkbacks, a Persian clock before its date."""

from __future__ import annotations

from threads.html_reader import parse_html
from threads.html_time import parse_time
from threads.model import ParsedComment


def _tree(comments: list[ParsedComment]) -> list[tuple[str | None, str | None, list[object]]]:
    return [(c.external_id, c.author_name, _tree(c.replies)) for c in comments]


def test_a_nairaland_thread_of_two_row_posts_opened_by_the_newsrooms_story() -> None:
    """Each post is a header row (anchor, subject, "by" the name, the time) over a row whose cell
    carries the post's number ("td#pb128734702"); a reply quotes the post it answers; the long
    opening post by "LagosMetroNews" is the story."""
    def post(number: int, name: str, body: str, subject: str = "Re: Lagos Raises BRT Fares") -> str:
        return f"""<tr><td class="bold l pu"><a name="{number}"></a><a name="msg{number}"></a>
        <a href="/8012345/lagos-brt#{number}">{subject}</a> by <a href="/{name.lower()}" class="user">{name}</a>:
        <span class="s"><b>8:31am</b> On <b>Mar 12</b></span></td></tr>
        <tr><td id="pb{number}" class="l w pd"><div class="narrow">{body}</div></td></tr>"""

    quote = ('<blockquote><a href="/post/128734702"><b>tundeeko</b></a>:<br>Fifty percent in one go? Salary never increase'
             ' by even five percent.</blockquote><br>')
    page = f"""<html><head><title>Lagos Raises BRT Fares - Travel - NaijaPlaza</title></head><body><table summary="posts">
    {post(128734561, "LagosMetroNews", "The Lagos Metropolitan Area Transport Authority has raised fares. " * 8,
          subject="Lagos Raises BRT Fares")}
    {post(128734702, "tundeeko", "Fifty percent in one go? Salary never increase by even five percent.")}
    {post(128734790, "Amakababe", quote + "Which salary? Na transport go finish the salary.")}
    {post(128734933, "Olumide_Ajah", "Let's be fair to LAMATA for once.")}</table></body></html>"""
    comments = parse_html(page).comments
    assert _tree(comments) == [
        ("128734702", "tundeeko", [("128734790", "Amakababe", [])]), ("128734933", "Olumide_Ajah", []),
    ]
    assert comments[0].body == "Fifty percent in one go? Salary never increase by even five percent."


def test_navers_comment_box_its_ids_texts_and_times() -> None:
    """Naver's cbox: ``li.u_cbox_comment`` with replies nested in its reply area, the number in
    ``data-info``, the text in "u_cbox_contents" (not the reply button's "u_cbox_reply_txt"), the
    instant in the date's ``data-value``."""
    def comment(number: str, nick: str, text: str, when: str, replies: str = "") -> str:
        return f"""<li class="u_cbox_comment cbox_module__comment_{number}" data-info="commentNo:'{number}',deleted:false">
        <div class="u_cbox_comment_box"><div class="u_cbox_area"><div class="u_cbox_info"><span class="u_cbox_nick">{nick}</span></div>
        <div class="u_cbox_text_wrap"><span class="u_cbox_contents">{text}</span></div><div class="u_cbox_info_base">
        <span class="u_cbox_date" data-value="{when}">2024.03.12. 15:02</span></div><div class="u_cbox_tool">
        <a href="#" class="u_cbox_btn_reply"><strong class="u_cbox_reply_txt">답글</strong></a></div></div></div>
        <div class="u_cbox_reply_area"><ul class="u_cbox_list">{replies}</ul></div></li>"""

    reply = comment("7312848810443018242", "hwan****", "관광객 상대로 하는 시설인데요.", "2024-03-12T15:40:37+0900")
    page = f"""<html><body><h1>통영 케이블카 요금 인상</h1><p>{"케이블카 요금이 오른다. " * 30}</p><div class="u_cbox">
    <ul class="u_cbox_list">{comment("7312846192038133761", "tong****", "케이블카 요금이 벌써 비싼데요.", "2024-03-12T15:02:11+0900", reply)}
    {comment("7312866701934698497", "jinn****", "대기 시간이나 줄여 주세요.", "2024-03-12T21:07:00+0900")}</ul></div></body></html>"""
    comments = parse_html(page).comments
    assert _tree(comments) == [
        ("comment-7312846192038133761", "tong****", [("comment-7312848810443018242", "hwan****", [])]),
        ("comment-7312866701934698497", "jinn****", []),
    ]
    assert comments[0].body == "케이블카 요금이 벌써 비싼데요."
    assert str(comments[0].created_at) == "2024-03-12 06:02:11+00:00"


def test_israeli_talkbacks_their_bracketed_times_and_title_only_replies() -> None:
    """A talkback's time is printed in brackets, "(28.03.24, 09:14)"; its number and the writer's
    town ("talkbackNumber", "talkbackLocation") are not its text; a talkback that is only a title
    is that title."""
    def talkback(number: int, name: str, title: str, body: str, replies: str = "") -> str:
        text = f'<div class="talkbackBody"><p>{body}</p></div>' if body else ""
        return f"""<div class="talkbackItem" id="tb-{number}"><div class="talkbackTop"><span class="talkbackNumber">1.</span>
        <button class="talkbackTitle" type="button">{title}</button></div><div class="talkbackAuthorLine">
        <span class="talkbackAuthor">{name}</span><span class="talkbackLocation">, נצרת</span>
        <span class="talkbackDate">(28.03.24, 09:14)</span></div>{text}<div class="talkbackReplies">{replies}</div></div>"""

    page = f"""<html dir="rtl"><body><h1>הרכבת לנצרת</h1><p>{"הרכבת תחבר את נצרת לחיפה. " * 30}</p><div class="talkbacks">
    {talkback(53212155, "סאמר ח'.", "סוף סוף", "סוף סוף תהיה תחבורה ציבורית.", talkback(53213477, "יוסי", "תודה, נתראה ברכבת", ""))}
    {talkback(53213502, "מהנדס תנועה", "הסדרי תנועה", "אין הסדרי תנועה חלופיים.")}</div></body></html>"""
    comments = parse_html(page).comments
    assert _tree(comments) == [
        ("tb-53212155", "סאמר ח'.", [("tb-53213477", "יוסי", [])]), ("tb-53213502", "מהנדס תנועה", []),
    ]
    assert [comments[0].body, comments[0].replies[0].body] == ["סוף סוף תהיה תחבורה ציבורית.", "תודה, נתראה ברכבת"]
    assert str(comments[1].created_at) == "2024-03-28 09:14:00+00:00"


def test_a_persian_clock_printed_before_its_date() -> None:
    """An Iranian site prints "۱۱:۰۵ - ۱۴۰۳/۰۱/۱۵": the clock first, then the Persian-calendar date."""
    assert str(parse_time("۱۱:۰۵ - ۱۴۰۳/۰۱/۱۵")) == "2024-04-03 11:05:00+00:00"
    assert str(parse_time("1403/01/15 - 11:05")) == "2024-04-03 11:05:00+00:00"


def test_a_slovak_papers_forum_its_post_ids_and_the_story_posted_by_the_paper() -> None:
    """Posts ("príspevok") in a tree ("dstrom", its children in "dstrom__deti"), each item's id
    a post's "p118841"; the first post, by the paper's account (its og:site_name), is the story."""
    def post(number: int, name: str, text: str, children: str = "") -> str:
        kids = f'<ul class="dstrom__deti">{children}</ul>' if children else ""
        return f"""<li class="dstrom__uzol" id="p{number}"><div class="prispevok"><div class="prispevok__hlavicka">
        <a class="prispevok__autor" href="/profil/{number % 1000}">{name}</a><span class="prispevok__datum">19. 11. 2024 o 08:42</span>
        </div><div class="prispevok__text"><p>{text}</p></div></div>{kids}</li>"""

    story = "Mestské zastupiteľstvo v Ružomberku schválilo zmenu dopravného značenia v historickom centre. " * 6
    replies = post(118841, "Ján Mrva", "Konečne. Námestie je najkrajšie miesto v meste.", post(118845, "zuzka_rk", "Ján, v Levoči to zvládli."))
    page = f"""<html><head><meta property="og:site_name" content="Liptovský hlas"></head><body>
    <div class="stlpec-hlavny"><h1 class="diskusia__nadpis">Ružomberok zruší parkovanie</h1><ul class="dstrom">
    {post(118830, "Liptovský hlas", story, replies + post(118852, "Peter K.", "A čo zásobovanie obchodov?"))}</ul></div></body></html>"""
    assert _tree(parse_html(page).comments) == [
        ("p118841", "Ján Mrva", [("p118845", "zuzka_rk", [])]), ("p118852", "Peter K.", []),
    ]


def test_kunena_messages_names_times_and_quotes() -> None:
    """Kunena (Joomla): ``div.message#kmsg-5524``, the name in "kwho-user" (a moderator's in
    "kwho-moderator", not the quoted "kmsgtext-quote-author"), the time in the title of "kdate",
    the text in "kmsg"."""
    def message(number: int, name: str, role: str, when: str, text: str) -> str:
        return f"""<div class="row message message-published" id="kmsg-{number}"><div class="col-md-2"><ul class="profilebox">
        <li><strong><a class="kwho-{role} hasTooltip" href="/foro/user/{number}">{name}</a></strong></li><li>Mensajes: 38</li></ul></div>
        <div class="col-md-10"><small class="text-muted"><span class="kdate " title="{when}">hace 1 semana</span>
        <a href="#{number}" id="{number}" rel="canonical">#{number}</a></small><div class="kmessage"><div class="kmsg">{text}</div></div></div></div>"""

    quote = ('<blockquote class="blockquote"><div class="kmsgtext-quote-header"><span class="kmsgtext-quote-author">Maribel '
             'escribió:</span></div><div class="kmsgtext-quote">esa piscina pierde agua</div></blockquote>')
    page = f"""<html><body><h1>Cierre de la piscina climatizada</h1><p>{"El Ayuntamiento cierra la piscina. " * 20}</p>
    <div id="kunena">{message(5530, "Maribel", "user", "11 Nov 2024 13:17", "Llevo años diciendo que esa piscina pierde agua.")}
    {message(5545, "Lucía Arias", "moderator", "12 Nov 2024 18:02", quote + "Hemos pedido al Ayuntamiento el informe.")}</div>
    </body></html>"""
    comments = parse_html(page).comments
    assert _tree(comments) == [("kmsg-5530", "Maribel", [("kmsg-5545", "Lucía Arias", [])])]
    assert str(comments[0].created_at) == "2024-11-11 13:17:00+00:00"
    assert comments[0].body == "Llevo años diciendo que esa piscina pierde agua."


def test_a_yearless_date_in_words_of_another_language_some_days_before_the_story() -> None:
    """An editors' picks page of the 8th of March reprints comments of the 4th, printed "Le 4 mars
    à 18h42": the story's year (a comment a month or more before the story is in the next year)."""
    from datetime import date

    from threads.page_dates import page_dates

    with page_dates(story=date(2025, 3, 8)):
        assert str(parse_time("Le 4 mars à 18h42")) == "2025-03-04 18:42:00+00:00"
    with page_dates(story=date(2024, 12, 28)):
        assert str(parse_time("3 janvier à 09h15")) == "2025-01-03 09:15:00+00:00"


def test_an_edits_time_is_not_the_posts_and_mastodons_name_leaves_its_handle() -> None:
    """Discourse's "post last edited …" button comes before the post's own time in the same
    header; Mastodon's display name sits beside the "@handle"."""
    def post(number: int, name: str, edited: str, posted: str) -> str:
        return f"""<article id="post_{number}" data-post-id="{number}" class="boxed onscreen-post"><div class="topic-body">
        <div class="topic-meta-data">
        <span class="first full-name"><a href="/u/{name}">{name}</a></span><div class="post-infos"><div class="post-info edits">
        <button class="widget-button has-edits" title="post last edited {edited}">1</button></div><div class="post-info post-date">
        <a class="post-date" href="/t/4187/{number}"><span title="{posted}" class="relative-date">2d</span></a></div></div></div>
        <div class="regular contents"><div class="cooked"><p>Post number {number} about the bridge.</p></div></div></div></article>"""

    page = f"""<html><body><h1>Route 9 bridge to close</h1><p>{"The bridge closes for 18 months. " * 20}</p>
    <div class="post-stream">{post(5, "awhitcombe", "Mar 10, 2024 9:02 am", "Mar 10, 2024 8:40 am")}
    {post(6, "dkrauss", "Mar 10, 2024 12:52 pm", "Mar 10, 2024 12:40 pm")}</div></body></html>"""
    assert [str(c.created_at) for c in parse_html(page).comments] == ["2024-03-10 08:40:00+00:00", "2024-03-10 12:40:00+00:00"]
    status = """<div class="status" data-id="{n}"><a href="/@{h}" class="status__display-name"><span class="display-name"><bdi>
    <strong class="display-name__html">{name}</strong></bdi> <span class="display-name__account">@{h}</span></span></a>
    <div class="status__content"><p>{text}</p></div></div>"""
    page = f"""<html><body><h1>Fähre Brammsand</h1><p>{"Die Fähre fährt stündlich. " * 20}</p><div class="activity-stream">
    {status.format(n=1121, h="kurier", name="Elbmarsch-Kurier", text="Nachtrag: Die Reederei hat geantwortet.")}
    {status.format(n=1122, h="tomke", name="Tomke", text="Danke fürs Nachhaken!")}</div></body></html>"""
    assert [c.author_name for c in parse_html(page).comments] == ["Elbmarsch-Kurier", "Tomke"]


def test_a_mastodon_reply_answers_the_post_whose_mentions_it_repeats() -> None:
    """Mastodon lists replies flat and writes a reply's mentions itself: the answered post's author
    first, then that post's own mentions. "@kurier" alone answers the story (kurier's), not
    kurier's comment to hinnerk, which a reply would mention as "@kurier @hinnerk"."""
    def status(number: int, handle: str, mentions: tuple[str, ...], text: str) -> str:
        cards = " ".join(f'<span class="h-card"><a href="https://elbmarsch.social/@{m}" class="u-url mention">@<span>{m}</span></a></span>'
                         for m in mentions)
        return f"""<div class="status status-public status--in-thread" data-id="{number}"><div class="status__info">
        <a href="https://elbmarsch.social/@{handle}" class="status__display-name"><span class="display-name"><bdi>
        <strong class="display-name__html">{handle.title()}</strong></bdi></span></a></div><div class="status__content">
        <div class="status__content__text"><p>{cards} {text}</p></div></div></div>"""

    page = f"""<html><body><div class="detailed-status"><a href="https://elbmarsch.social/@kurier"
    class="detailed-status__display-name">Elbmarsch-Kurier</a><div class="status__content"><p>{"Die Fähre fährt stündlich. " * 20}</p>
    </div></div><div class="activity-stream">
    {status(11, "hinnerk", ("kurier",), "Stündlich heißt für uns Pendler warten.")}
    {status(12, "kurier", ("hinnerk",), "Laut Reederei sind es 140 Fahrzeuge.")}
    {status(13, "birte", ("kurier", "hinnerk"), "140 Fahrzeuge in zwei Stunden, das sind viele.")}
    {status(14, "ahlers", ("kurier",), "Ich verstehe die Reederei ehrlich gesagt.")}
    {status(15, "hinnerk", ("ahlers",), "Dann soll der Kreis eben zuschießen.")}
    {status(16, "merle", ("hinnerk", "kurier"), "Der Kreistag hat einen Zuschuss beschlossen.")}</div></body></html>"""
    assert _tree(parse_html(page).comments) == [
        ("comment-11", "Hinnerk", [("comment-12", "Kurier", [("comment-13", "Birte", [])]), ("comment-16", "Merle", [])]),
        ("comment-14", "Ahlers", [("comment-15", "Hinnerk", [])]),
    ]
