"""What the tenth blind round (sets 72-75) taught: an Austrian paper's "Postings", bbPress, a
Usenet archive, a newest-first list, Question2Answer, and names and times in more languages."""

from __future__ import annotations

from threads.html_reader import parse_html
from threads.html_time import parse_time
from threads.model import ParsedComment

_STORY = f"<h1>Parkgebühren in der Innenstadt steigen</h1><p>{'Die Stadt erhöht die Gebühren. ' * 25}</p>"


def _tree(comments: list[ParsedComment]) -> list[tuple[str | None, str | None, list[object]]]:
    return [(c.external_id, c.author_name, _tree(c.replies)) for c in comments]


def test_postings_named_like_a_comments_box_are_all_found() -> None:
    """An Austrian paper calls its comments "Postings", a word that also names a comments box: each
    thread's posting looked like a box of its own and only the first thread was read."""
    def posting(number: int, name: str, text: str, replies: str = "") -> str:
        return f"""<li class="posting posting--level-0" id="posting-{number}" data-posting-id="{number}"><article class="posting__body">
        <header class="posting__head"><a class="posting__user" href="/user/{number}">{name}</a>
        <time class="posting__time" datetime="2024-10-26T18:42:10+02:00">26. Oktober 2024, 18:42</time></header>
        <div class="posting__text"><p>{text}</p></div></article><ol class="posting__replies">{replies}</ol></li>"""

    page = f"""<html><body>{_STORY}<section class="forum"><ol class="forum__list">
    {posting(2319844, "Steirerbua_77", "Zwei Euro die Stunde ist zu viel.", posting(2319871, "Hanna", "Der Leerstand kommt nicht davon."))}
    {posting(2320107, "murtalpendlerin", "Ich pendle jeden Tag nach Leoben.")}
    {posting(2320244, "Martin R.", "Liebe Forumsgemeinde, zur Frage der Pendler.")}</ol></section></body></html>"""
    assert _tree(parse_html(page).comments) == [
        ("posting-2319844", "Steirerbua_77", [("posting-2319871", "Hanna", [])]),
        ("posting-2320107", "murtalpendlerin", []), ("posting-2320244", "Martin R.", []),
    ]


def test_bbpress_replies_are_items_of_a_header_and_a_body() -> None:
    """bbPress prints each reply as an item holding its header (``div.bbp-reply-header#post-N``),
    its body and its threaded replies; "bbp-parent-forum-311" on the body names no parent."""
    def reply(number: int, name: str, text: str, children: str = "") -> str:
        kids = f"<ul class='bbp-threaded-replies'>{children}</ul>" if children else ""
        return f"""<li><div id="post-{number}" class="bbp-reply-header"><div class="bbp-meta">
        <span class="bbp-reply-post-date">November 1, 2024 at 6:52 pm</span>
        <a href="#post-{number}" class="bbp-reply-permalink">#{number}</a></div></div>
        <div class="bbp-parent-forum-311 bbp-parent-topic-48207 post-{number} reply type-reply"><div class="bbp-reply-author">
        <a href="/users/{number}/" class="bbp-author-link"><span class="bbp-author-name">{name}</span></a></div>
        <div class="bbp-reply-content"><p>{text}</p></div></div>{kids}</li>"""

    page = f"""<html><body>{_STORY}<ul id="topic-48207-replies" class="forums bbp-replies"><li class="bbp-body">
    {reply(48213, "Gail Romanski", "Fifty-one years that pool has been open.", reply(48215, "Dwayne Pettit", "Gail, the vote was on the agenda."))}
    {reply(48224, "Maureen", "Does anyone know if the YMCA will open?")}</li></ul></body></html>"""
    assert _tree(parse_html(page).comments) == [
        ("post-48213", "Gail Romanski", [("post-48215", "Dwayne Pettit", [])]), ("post-48224", "Maureen", []),
    ]


def test_a_usenet_archives_headers_and_quoted_lines() -> None:
    """A newsgroup archive: the poster in a "Von:" header with an address, the post answered in an
    "Antwort auf:" row, the text in a ``<pre>`` whose "> " lines and the "schrieb" line over them
    are the quoted post."""
    def post(number: int, sender: str, answers: int | None, body: str) -> str:
        row = f'<tr><th>Antwort auf:</th><td><a href="#p{answers}">ein Beitrag</a></td></tr>' if answers else ""
        return f"""<article class="posting" id="p{number}"><table class="hdr"><tr><th>Von:</th><td><span class="from">{sender}</span></td></tr>
        <tr><th>Datum:</th><td class="date">Sat, 26 Oct 2024 22:41:17 +0200</td></tr>{row}</table><pre class="body">{body}</pre></article>"""

    first = post(41871, "Klaus Behrendt &lt;k.beh...@t-online.invalid&gt;", None, "Moin zusammen,\nwas meint ihr?\n\nKlaus")
    answer = post(41874, '"Ute M." &lt;ute...@gmx.invalid&gt;', 41871,
                  "Am 26.10.24 um 20:14 schrieb Klaus Behrendt:\n&gt; was meint ihr?\n\nTot nicht, aber auf Jahre\neingefroren.")
    page = f"""<html><body>{_STORY}<div id="thread">{first}{answer}</div></body></html>"""
    comments = parse_html(page).comments
    assert _tree(comments) == [("p41871", "Klaus Behrendt", [("p41874", "Ute M.", [])])]
    assert comments[0].replies[0].body == (
        "\u201cAm 26.10.24 um 20:14 schrieb Klaus Behrendt: was meint ihr?\u201d\n\nTot nicht, aber auf Jahre eingefroren."
    )


def test_a_newest_first_list_whose_replies_link_further_down() -> None:
    """A Norwegian paper lists comments newest first; a reply quotes the one it answers under
    "Svar til <a href=#k-118421>", which comes later on the page."""
    def comment(number: int, name: str, text: str, answers: int | None = None) -> str:
        quote = (f'<blockquote class="kommentar__sitat"><p class="kommentar__sitat-kilde">Svar til <a href="#k-{answers}">noen</a>:'
                 f'</p><p>Sitert tekst.</p></blockquote>') if answers else ""
        return f"""<li><article class="kommentar" id="k-{number}" data-kommentar-id="{number}"><header class="kommentar__hode">
        <span class="kommentar__navn">{name}</span><time class="kommentar__tid" datetime="2024-11-13T07:12:00Z">13.11.2024</time>
        </header>{quote}<div class="kommentar__tekst"><p>{text}</p></div></article></li>"""

    page = f"""<html><body>{_STORY}<section id="kommentarer"><ol class="kommentarliste">
    {comment(118460, "Bjørn", "Randi, Skarsøy Fisk har leid en båt.", 118421)}{comment(118447, "Ingrid", "Hei Randi, vi har spurt.", 118421)}
    {comment(118421, "Randi Holm", "Hva med oss som pendler?")}{comment(118377, "Tor Inge", "Tre uker uten ferge.")}</ol></section>
    </body></html>"""
    assert _tree(parse_html(page).comments) == [
        ("k-118377", "Tor Inge", []), ("k-118421", "Randi Holm", [("k-118447", "Ingrid", []), ("k-118460", "Bjørn", [])]),
    ]


def test_question2answer_and_names_times_in_more_languages() -> None:
    """Question2Answer's question, answers and comments, each comment under its post; "por anónimo" names nobody; a French
    "9 h 41 min"; Swahili's "(haijathibitishwa)" ("not verified")."""
    def item(kind: str, ident: str, who: str, text: str, comments: str = "") -> str:
        return f"""<div class="qa-{kind}" id="{ident}"><div class="qa-{kind}-content"><div itemprop="text">{text}</div></div>
        <span class="qa-{kind}-who"><span class="qa-{kind}-who-pad">por </span><span class="qa-{kind}-who-data">{who}</span></span>
        <div class="qa-c-list">{comments}</div></div>"""

    page = f"""<html><body>{_STORY}<div class="qa-main">{item("q-view", "q5123", "LuciaGM", "¿Por qué cortan el agua?",
        item("c-list-item", "c5125", "Paco Ribera", "¿Has mirado el bando?"))}
    <div class="qa-a-list">{item("a-list-item", "a5127", "jmserrano", "Es por la obra.", item("c-list-item", "c5134", "anónimo", "Ya lo dijeron."))}
    </div></div></body></html>"""
    assert _tree(parse_html(page).comments) == [
        ("q5123", "LuciaGM", [("c5125", "Paco Ribera", []), ("a5127", "jmserrano", [("c5134", None, [])])]),
    ]  # (the answers' list right after the question answers it)
    assert str(parse_time("12 mars 2024 à 9 h 41 min")) == "2024-03-12 09:41:00+00:00"
    from threads.comment_names import clean_name

    assert clean_name("Juma Bakari (haijathibitishwa)") == "Juma Bakari"


def test_a_title_link_for_a_talkback_and_names_beside_avatars() -> None:
    """A talkback that is only its title, printed as a link ("a.tb-title"); a Hindi widget's name
    in "uname" beside the avatar's letter and the town; a Vietnamese paper's text in
    "full_content" after the avatar's initials."""
    talkbacks = f"""<html dir="rtl"><body><h1>הכביש נסגר</h1><p>{"הכביש ייסגר לשנה. " * 30}</p><section id="talkbacks"><ol class="tb-list">
    <li class="tb-item" id="tb-1849240"><div class="tb-head"><a class="tb-title" href="#tb-1849240">למה עכשיו</a></div>
    <div class="tb-meta"><span class="tb-author">דני</span></div><div class="tb-body"><p>למה דווקא עכשיו סוגרים?</p></div></li>
    <li class="tb-item tb-no-body" id="tb-1849247"><div class="tb-head"><a class="tb-title" href="#tb-1849247">בושה וחרפה (לת)</a></div>
    <div class="tb-meta"><span class="tb-author">רונית</span></div></li></ol></section></body></html>"""
    assert [c.body for c in parse_html(talkbacks).comments] == ["למה דווקא עכשיו סוגרים?", "בושה וחרפה (לת)"]

    hindi = f"""<html lang="hi"><body><h1>मेट्रो का काम</h1><p>{"अमीनाबाद में खुदाई होगी। " * 30}</p><div class="cmt-list">
    <div class="cmt" id="cmt-7781325"><div class="cmt-user"><span class="avtr">स</span><span class="uname">सुनीता मिश्रा</span>
    <span class="uloc">लखनऊ</span></div><div class="cmt-txt">दुकानदारों से किसी ने पूछा?</div></div>
    <div class="cmt" id="cmt-7781337"><div class="cmt-user"><span class="avtr">M</span><span class="uname">Mohd. Arif</span>
    <span class="uloc">Lucknow</span></div><div class="cmt-txt">Article mein likha hai.</div></div></div></body></html>"""
    assert [c.author_name for c in parse_html(hindi).comments] == ["सुनीता मिश्रा", "Mohd. Arif"]

    vietnamese = f"""<html lang="vi"><body><h1>Thu phí tham quan</h1><p>{"Thành phố sẽ thu phí. " * 30}</p><div id="box_comment">
    <div class="comment_item" id="cmt-54421087"><div class="avata_coment">MT</div><div class="content-comment">
    <p class="full_content"><span class="txt-name"><a class="nickname" href="/user/1"><b>Minh Tuấn</b></a></span>Thu phí thì tôi ủng hộ.</p>
    </div></div><div class="comment_item" id="cmt-54421102"><div class="avata_coment">LA</div><div class="content-comment">
    <p class="full_content"><span class="txt-name"><a class="nickname" href="/user/2"><b>Lan Anh</b></a></span>Đồng ý.</p></div></div>
    </div></body></html>"""
    assert [(c.author_name, c.body) for c in parse_html(vietnamese).comments] == [
        ("Minh Tuấn", "Thu phí thì tôi ủng hộ."), ("Lan Anh", "Đồng ý."),
    ]
