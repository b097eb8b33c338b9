"""Comments of systems the reader does not know by name, found by their class and ids (set 47:
an Italian paper's own markup, a Japanese paper's print view)."""

from __future__ import annotations

import pytest

from threads.html_reader import parse_html

_STORY = "<article><h1>Ferrovia, tornano i treni</h1>" + "<p>Dal 2 dicembre tornano i treni sulla linea. </p>" * 30 + "</article>"


def _box(number: int, name: str, text: str, extra: str = "", replies: str = "") -> str:
    return f"""<li class="commento" id="cmt-{number}"><div class="commento__box">
      <div class="commento__head"><span class="commento__autore">{name}</span>
      <span class="commento__data">21/11/2024 alle 08:05</span>{extra}</div>
      <div class="commento__testo"><p>{text}</p></div></div>{replies}</li>"""


def test_the_element_carrying_the_id_around_each_block_is_the_comment() -> None:
    """The class names the block inside each list item; the item carries the id that the "in
    risposta a" link points at, so the item is the comment: its permalink, and the reply's
    parent within its thread."""
    answer = _box(230930, "Roberta", "Vediamo il 2 dicembre.", '<span class="commento__inrisposta">in risposta a <a href="#cmt-230921">Franco_B</a></span>')
    replies = f'<ol class="commento__risposte">{_box(230921, "Franco_B", "Non ci credo.")}{answer}</ol>'
    page = f"""<html lang="it"><body>{_STORY}<section id="commenti"><ol class="commenti">
    {_box(230915, "Marisa", "Finalmente.", replies=replies)}{_box(230940, "Dario", "Io lavoro a Lucca.")}</ol></section></body></html>"""
    first, second = parse_html(page).comments
    assert (first.external_id, second.external_id) == ("cmt-230915", "cmt-230940")
    (franco,) = first.replies
    assert (franco.external_id, [r.external_id for r in franco.replies]) == ("cmt-230921", ["cmt-230930"])


def test_a_box_of_replies_is_no_comment_and_lends_no_date() -> None:
    """"p-comment__replies" names the box around a comment's replies, not a comment; a deleted
    comment that prints no date does not take its reply's."""
    def comment(number: int, head: str, text: str, replies: str = "") -> str:
        box = f'<div class="p-comment__replies"><p>返信 1件</p><ul>{replies}</ul></div>' if replies else ""
        return (f'<li class="p-comment" id="c-{number}">{head}<div class="p-comment__body"><p>{text}</p></div>'
                f"{box}</li>")

    def head(name: str, when: str) -> str:
        return f'<div class="p-comment__head"><span class="p-comment__user">{name}</span><time class="p-comment__date">{when}</time></div>'

    reply = comment(16, head("ysk*****", "2024/03/10 21:05"), "運行時間の延長を検討してほしいです。")
    page = f"""<html lang="ja"><body>{_STORY}<section class="p-comments" id="comments"><ul class="p-comments__list">
    {comment(7, head("kaz*****", "2024/03/10 19:02"), "母が通院に使っています。")}
    {comment(14, "", "このコメントは投稿者によって削除されました。", reply)}</ul></section></body></html>"""
    first, deleted = parse_html(page).comments
    assert first.external_id == "c-7" and deleted.external_id == "c-14"
    assert deleted.created_at is None and [r.external_id for r in deleted.replies] == ["c-16"]


def test_replies_named_apart_from_comments_are_comments() -> None:
    """A Korean paper's own system: "comment-item" for comments, "reply-item" for their replies."""
    def item(kind: str, number: int, name: str, text: str, inner: str = "") -> str:
        return (f'<li class="{kind}-item" id="comment_{number}"><div class="comment-info"><span class="nickname">{name}</span>'
                f'<span class="date">2024-03-29 10:30:18</span></div><div class="comment-text">{text}</div>{inner}</li>')

    replies = f'<ul class="list-reply">{item("reply", 203171, "yjkim", "기사 두 번째 문단 보시면")}</ul>'
    page = f"""<html lang="ko"><body>{_STORY}<div class="comment-wrap"><ul class="list-comment">
    {item("comment", 203166, "강릉토박이", "통행 제한은 너무합니다", replies)}</ul></div></body></html>"""
    (first,) = parse_html(page).comments
    assert first.body == "통행 제한은 너무합니다"
    assert [(r.external_id, r.author_name, r.body) for r in first.replies] == [("comment_203171", "yjkim", "기사 두 번째 문단 보시면")]


def test_the_box_of_replies_carrying_the_comments_number_is_not_its_text() -> None:
    """VnExpress-like markup: no class names the text; the box of replies carries the comment's
    number ("sub_50723117"), which is no reason to take it for the text. "20:48 11/3": the time
    before a day and month without a year."""
    def item(number: int, name: str, text: str, when: str, inner: str = "") -> str:
        return f"""<div class="comment_item width_common" id="comment-{number}"><div class="content-comment">
        <p class="full_content"><span class="txt-name"><a href="/users/feed/{number}" class="nickname"><b>{name}</b></a></span>{text}</p>
        </div><div class="user-status"><a class="link-reply" href="javascript:;">Trả lời</a><span class="time-com">{when}</span></div>
        {inner}</div>"""

    replies = f'<div class="sub_comment" id="sub_50723117">{item(50723460, "Võ Ngọc Ánh", "Anh Sơn liên hệ thử.", "21:05 11/3")}</div>'
    page = f"""<html lang="vi"><head><meta property="article:published_time" content="2024-03-11T08:00:00+07:00">
    </head><body>{_STORY}<div id="box_comment">{item(50723117, "Huỳnh Thanh Sơn", "Nhà tôi ở Giồng Trôm.", "20:48 11/3", replies)}
    </div></body></html>"""
    (first,) = parse_html(page).comments
    assert (first.author_name, first.body) == ("Huỳnh Thanh Sơn", "Nhà tôi ở Giồng Trôm.")
    assert first.created_at is not None and first.created_at.strftime("%Y-%m-%d %H:%M") == "2024-03-11 20:48"
    assert [r.body for r in first.replies] == ["Anh Sơn liên hệ thử."]


def test_the_parents_author_in_an_in_reply_to_line_is_not_the_commenter() -> None:
    """Drupal 10 prints a hidden "In reply to <title> by <parent's author>" in each reply's footer,
    the parent's name in a.username; an anonymous reply names itself only in "Submitted by"."""
    page = f"""<html><body>{_STORY}<section class="comments">
    <a id="comment-2291"></a><article class="comment js-comment" data-comment-user-id="88">
      <mark class="hidden" data-comment-timestamp="1730500000"></mark>
      <footer class="comment__meta"><p class="comment__author"><a class="username" href="/user/88">Gord MacLeod</a></p></footer>
      <div class="content"><div class="field--name-comment-body"><p>Good news but for how long.</p></div></div></article>
    <div class="indented"><a id="comment-2294"></a><article class="comment js-comment by-anonymous" data-comment-user-id="0">
      <mark class="hidden" data-comment-timestamp="1730509533"></mark>
      <footer class="comment__meta"><p class="comment__submitted">Submitted by <span>Bev from Lakefield (not verified)</span>
        on Fri, 11/01/2024 - 21:05</p>
        <p class="parent visually-hidden">In reply to <a href="/comment/2291#comment-2291" class="permalink">Good news</a>
        by <span><a class="username" href="/user/88">Gord MacLeod</a></span></p></footer>
      <div class="content"><div class="field--name-comment-body"><p>Patched, says the staff report.</p></div></div></article></div>
    </section></body></html>"""
    (first,) = parse_html(page).comments
    (reply,) = first.replies
    assert (first.author_name, reply.author_name, reply.external_id) == ("Gord MacLeod", "Bev from Lakefield", "comment-2294")


def test_comment_rows_of_a_table_with_replies_in_a_table_in_the_next_row() -> None:
    """A 2000s layout: each comment a table row with an id ("tr#kom48211", "kom" for komentarz),
    its replies a table in the cell of the row after it, indented by padding."""
    def row(number: int, name: str, text: str) -> str:
        return (f'<tr id="kom{number}" class="kom_wiersz"><td class="kom_autor"><a name="kom{number}"></a>'
                f'<b><a href="/profil/{name}/">{name}</a></b><br><span class="kom_data">24.10.2025 21:14</span></td>'
                f'<td class="kom_tresc">{text}</td></tr>')

    def replies(inner: str) -> str:
        return f'<tr><td colspan="2" style="padding-left:30px"><table class="kom_odpowiedzi">{inner}</table></td></tr>'

    page = f"""<html lang="pl"><body>{_STORY}<table class="komentarze">
    <tr><td colspan="2" class="kom_naglowek">Komentarze (4)</td></tr>
    {row(48211, "ZielonaLinia", "Kolejna podwyżka, a segregacji nikt nie sprawdza.")}
    {replies(row(48215, "Sasiad", "Sprawdzają, u mnie przyszło pismo.") + replies(row(48230, "ZielonaLinia", "U nas nikt nie widział.")))}
    {row(48244, "emeryt", "Z emerytury 1900 zł na rękę.")}</table></body></html>"""
    first, second = parse_html(page).comments
    assert (first.external_id, second.external_id) == ("kom48211", "kom48244")
    (reply,) = first.replies
    assert (reply.external_id, [r.external_id for r in reply.replies]) == ("kom48215", ["kom48230"])
    assert reply.author_name == "Sasiad" and reply.body == "Sprawdzają, u mnie przyszło pismo."


def test_a_mastodon_thread_answers_by_the_handles_its_replies_mention() -> None:
    """Mastodon's web view lists a post's replies flat (``div.status[data-id]``); a reply opens by
    mentioning the handle it answers ("@harmb @redactie ..."), the handle each status's name links
    to ("/@harmb@mastodon.nl"). The text's class carries a BEM modifier naming actions, which
    makes it no button row."""
    def status(number: int, name: str, handle: str, text: str) -> str:
        return f"""<div class="status status-public status--in-thread" data-id="{number}"><div class="status__info">
        <a href="https://mastodon.nl/@{handle}/{number}" class="status__relative-time"><time datetime="2025-03-29T17:21:33.000Z">29 mrt</time></a>
        <a href="/@{handle}@mastodon.nl" class="status__display-name"><span class="display-name"><bdi>
        <strong class="display-name__html">{name}</strong></bdi> <span class="display-name__account">@{handle}@mastodon.nl</span></span></a></div>
        <div class="status__content status__content--with-action"><div class="status__content__text"><p>{text}</p></div></div>
        <div class="status__action-bar"><button class="status__action-bar__button">Reageren</button></div></div>"""

    def mention(handle: str) -> str:
        return f'<span class="h-card"><a href="https://social.example/@{handle}" class="u-url mention">@<span>{handle}</span></a></span>'

    page = f"""<html lang="nl"><body>{_STORY}<div class="item-list">
    {status(101, "Harm Bakker", "harmb", mention("redactie") + " Lijn 22 is de enige manier.")}
    {status(102, "Joke", "jokevdm", mention("harmb") + " " + mention("redactie") + " Precies.")}
    {status(103, "Ineke Smit", "ineke", mention("redactie") + " Wie heeft dit besloten?")}</div></body></html>"""
    first, third = parse_html(page).comments
    assert (first.author_name, [r.external_id for r in first.replies]) == ("Harm Bakker", ["comment-102"])
    assert third.body.endswith("Wie heeft dit besloten?") and third.replies == []


def test_a_tilde_profile_link_names_the_commenter() -> None:
    """Lobsters links each name to "/~name", after the avatar's link to the same address."""
    def comment(short: str, name: str, text: str) -> str:
        return (f'<div id="c_{short}" class="comment"><div class="details"><div class="byline">'
                f'<a href="/~{name}"><img class="avatar" alt="{name} avatar" src="/a.png"></a> <a href="/~{name}">{name}</a>'
                f' <time datetime="2025-03-08 19:12:40 -0600">2 days ago</time></div>'
                f'<div class="comment_text"><p>{text}</p></div></div></div>')

    page = f"""<html><body>{_STORY}<ol class="comments"><li class="comments_subtree">{comment("k2mfx1", "ansible_anna", "Dispatch went dark.")}</li>
    <li class="comments_subtree">{comment("9hq2zd", "wrenfield", "Was there a fallback?")}</li></ol></body></html>"""
    assert [c.author_name for c in parse_html(page).comments] == ["ansible_anna", "wrenfield"]


def test_classic_blogger_comments_block() -> None:
    """Blogger's classic layout: a definition list, the head ("Ray Pollard said...") in a dt,
    the text in the dd after it, the time in a footer dd under that."""
    def comment(number: str, head: str, text: str, when: str) -> str:
        return (f"<dt class='comment-author' id='c{number}'><a name='c{number}'></a>{head}\nsaid...</dt>"
                f"<dd class='comment-body'><p>{text}</p></dd><dd class='comment-footer'><span class='comment-timestamp'>"
                f"<a href='?showComment=1#c{number}' title='comment permalink'>{when}</a></span></dd>")

    page = f"""<html><body>{_STORY}<div class='comments'><h4>2 comments:</h4><dl id='comments-block'>
    {comment("4412987712340098123", "<a href='/profile/0625' rel='nofollow'>Ray Pollard</a>", "Four point two million.", "March 7, 2008 7:12 PM")}
    {comment("1839274650019283746", "Anonymous", "Ray, the state ordered them.", "March 7, 2008 9:48 PM")}</dl></div></body></html>"""
    (first,) = parse_html(page).comments
    assert (first.external_id, first.author_name, first.body) == ("c4412987712340098123", "Ray Pollard", "Four point two million.")
    assert first.created_at is not None and first.created_at.strftime("%Y-%m-%d %H:%M") == "2008-03-07 19:12"
    (second,) = first.replies  # a flat list: "Ray," names whom it answers
    assert second.author_name is None and second.body == "Ray, the state ordered them."


def test_austrian_postings_and_kinja_replies() -> None:
    """Austrian papers call a reader's comment a "Posting" (article.posting); Kinja names the
    text of each reply "reply__content"."""
    def posting(number: int, name: str, text: str) -> str:
        return (f'<li class="posting-thread"><article class="posting" id="posting-{number}"><header class="posting-header">'
                f'<a class="posting-user" href="/community/user/{number}">{name}</a><time datetime="2025-03-28T18:42:11+01:00">'
                f'28. März 2025, 18:42</time></header><div class="posting-body"><div class="posting-text"><p>{text}</p></div>'
                f'</div></article></li>')

    page = f"""<html lang="de-AT"><body>{_STORY}<section class="forum"><ol class="postings">{posting(1158842211, "Krimmler", "Zuerst wird elektrifiziert.")}
    {posting(1158843907, "nebelhorn77", "Elektrifiziert ist da gar nichts.")}</ol></section></body></html>"""
    assert [(c.external_id, c.author_name) for c in parse_html(page).comments] == [
        ("posting-1158842211", "Krimmler"), ("posting-1158843907", "nebelhorn77"),
    ]
    def reply(number: int, name: str, text: str) -> str:
        return (f'<div class="reply-container js_reply-container" data-depth="0">'
                f'<article class="sc-1x7m2tw-1 reply js_reply" data-id="{number}" data-depth="0"><div class="reply__byline">'
                f'<a class="reply__author" href="/people/{number}">{name}</a></div><div class="sc-1x7m2tw-12 reply__content '
                f'js_reply-content"><p class="sc-77igqf-0">{text}</p></div></article></div>')

    kinja = f"""<html><body>{_STORY}<section id="replies" class="js_discussion-region discussion-region">
    {reply(1833044157, "Cobblestone Kate", "Nine thousand tickets in a week.")}{reply(1833044158, "Pete", "Slow down.")}
    </section></body></html>"""
    assert [(c.author_name, c.body) for c in parse_html(kinja).comments] == [
        ("Cobblestone Kate", "Nine thousand tickets in a week."), ("Pete", "Slow down."),
    ]


def test_css_module_class_names_read_without_their_hash() -> None:
    """A Next.js paper's talkbacks: CSS modules' classes ("CommentItem_author__qB0rE") name the
    parts once the build's hash is set aside; the list items carry the comments' ids."""
    def item(number: int, name: str, text: str, replies: str = "") -> str:
        return (f'<li class="CommentItem_item__fW2kL" id="comment_{number}"><div class="CommentItem_head__b8YtR">'
                f'<h3 class="CommentItem_title__Jc3wN">כותרת</h3></div><div class="CommentItem_meta__Tz4xS">'
                f'<span class="CommentItem_author__qB0rE">{name}</span> <span class="CommentItem_date__Gh1pW">27.03.24 | 10:14</span>'
                f'</div><div class="CommentItem_body__Xk6nC"><p>{text}</p></div>{replies}</li>')

    replies = f'<ul class="CommentItem_replies__nB7sV">{item(4721040, "דני", "ומה עם שבת?")}</ul>'
    page = f"""<html lang="he"><body>{_STORY}<section class="Comments_wrap__a1B2c"><ol class="Comments_list__Zz9yQ">
    {item(4721003, "נועה", "שירות לילה זה שינוי חיים.", replies)}{item(4721090, "אבי", "מי ייסע בשתיים בלילה?")}</ol></section>
    </body></html>"""
    first, second = parse_html(page).comments
    assert (first.external_id, first.author_name, second.external_id) == ("comment_4721003", "נועה", "comment_4721090")
    assert first.created_at is not None and first.created_at.strftime("%Y-%m-%d %H:%M") == "2024-03-27 10:14"
    assert [(r.external_id, r.author_name) for r in first.replies] == [("comment_4721040", "דני")]


@pytest.mark.parametrize(("suffix", "name"), [("(ikke bekræftet)", "Lene Kjærgaard"), ("(niet geverifieerd)", "Lene Kjærgaard")])
def test_drupals_not_verified_in_danish_and_dutch(suffix: str, name: str) -> None:
    from threads.comment_names import clean_name

    assert clean_name(f"{name} {suffix}") == name
    assert clean_name(f"Anonym {suffix}") is None


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("በ<span title=\"የተጠቃሚ መግለጫ ይመልከቱ\">ሐና ገብሩ</span> <span style=\"font-size:10px\">አርታኢ</span> የተለጠፈ", "ሐና ገብሩ"),
        ("<span>Miren Etxeberria</span> erabiltzaileak bidalia:", "Miren Etxeberria"),
        ("በ<span>ስም-አልባ (አልተረጋገጠም)</span> የተለጠፈ", None),
    ],
)
def test_a_byline_translated_name_first_names_the_commenter(byline: str, name: str | None) -> None:
    """Drupal 7's "Submitted by X on DATE" where the translation puts the name first (Amharic
    "በX የተለጠፈ — DATE", Basque "X erabiltzaileak bidalia: DATE"), as archive.today keeps it:
    no class left, the name known only from the byline's words."""
    def comment(number: int, line: str, text: str) -> str:
        return (f'<a id="comment-{number}"></a><div style="padding:10px 0"><div style="font-size:12px">'
                f'<h3 style="font-size:15px"><a href="/comment/{number}#comment-{number}">ርዕስ</a></h3>'
                f'<span>{line} — ቅዳሜ, 03/15/2025 - 08:40</span></div>'
                f'<div style="margin-left:60px"><p>{text}</p></div></div>')

    page = f"""<html><body>{_STORY}<div style="margin-top:20px">
    {comment(3312, byline, "በጎ ፈቃደኞቹ ምስጋና ይገባቸዋል፣ ግን በየዓመቱ በእጅ እየነቀልን እስከ መቼ እንቀጥላለን?")}
    {comment(3315, "በ<span>መቅደስ አለሙ</span> የተለጠፈ", "ወንድሜ በጥገና ክፍሉ ይሠራል፣ ችግሩ የውጭ ምንዛሬ ነው ይላል።")}
    </div></body></html>"""
    comments = parse_html(page).comments
    assert [(c.external_id, c.author_name) for c in comments] == [("comment-3312", name), ("comment-3315", "መቅደስ አለሙ")]
    assert comments[0].created_at is not None and (comments[0].created_at.hour, comments[0].created_at.minute) == (8, 40)


def test_a_box_of_buttons_carrying_the_comments_number_is_not_its_text() -> None:
    """tagDiv's comment without its classes (archive.today keeps none): the only element whose id
    carries the comment's number is the box of its reply link ("div#comment-5521"), and Jetpack's
    likes ("p#comment-like-5521"); the text is the unnamed block beside them."""
    def comment(number: int, name: str, text: str, replies: str = "") -> str:
        return (f'<li id="li-comment-{number}"><article><footer><img alt="" src="/a.png"><cite>{name}</cite>'
                f'<a href="#comment-{number}"><time pubdate="1740976961">March 3, 2025 At 10:12 am</time></a></footer>'
                f'<div><p>{text}</p><p id="comment-like-{number}"><a href="?like_comment={number}">Like</a></p></div>'
                f'<div id="comment-{number}"><a rel="nofollow" href="?replytocom={number}#respond">Reply</a></div>'
                f'</article>{replies}</li>')

    page = f"""<html><body>{_STORY}<div id="comments"><h2>3 comments</h2><ol>
    {comment(5521, "Banshan Lyngdoh", "Rs 50 an hour for a car is more than the mall charges.",
             "<ul>" + comment(5524, "Rina Kharkongor", "Banshan, the tourist cabs are the real problem.") + "</ul>")}
    {comment(5530, "Ibahun Syiem", "Good move by the council, at last.")}
    </ol></div></body></html>"""
    comments = parse_html(page).comments
    assert [(c.author_name, c.body) for c in comments] == [
        ("Banshan Lyngdoh", "Rs 50 an hour for a car is more than the mall charges."), ("Ibahun Syiem", "Good move by the council, at last."),
    ]
    assert [(r.author_name, r.body) for r in comments[0].replies] == [("Rina Kharkongor", "Banshan, the tourist cabs are the real problem.")]


def test_comments_known_only_by_a_family_of_generated_ids() -> None:
    """Viafoura under archive.today: no class left, each comment a div whose id is "vf-" and a
    UUID, its replies nested in it by a margin; nothing else on the page names a comment. The
    ids alike make the comments; a sidebar's blocks with ids of their own are not among them."""
    def comment(uuid: str, name: str, when: str, text: str, replies: str = "", indent: int = 0) -> str:
        return (f'<div id="vf-{uuid}" style="margin-left:{indent}px;padding:12px 0"><div style="display:flex">'
                f'<div style="width:36px">{name[:1]}</div><div><span style="font-weight:700">{name}</span>'
                f'<div style="font-size:12px">{when}</div></div></div><div style="margin:8px 0 0 46px"><p>{text}</p></div>'
                f'<div style="font-size:13px"><span>Like</span><span>Reply</span></div>{replies}</div>')

    first = "c1f3a7e2-5d0b-4e91-8a2c-6b4d9e0f1a73"
    page = f"""<html><body>{_STORY}<div style="margin-top:32px"><div style="font-size:22px">Conversation</div>
    {comment(first, "Priya Raman", "Sun 6 Oct 2024, 9:48pm", "We were down there with the kids on Saturday.",
             comment("2e8b4c61-9f07-4a3d-b5e1-0c7d3a9f6e28", "Leanne Pettit", "Sun 6 Oct 2024, 10:30pm", "Same here Priya, we moved down to the ramp.", indent=40))}
    {comment("8d05e3b9-1a6c-4f72-9e48-3b1c7a5d0f94", "Col M", "Sun 6 Oct 2024, 2:31pm", "Four and a half million and nobody checked the bank?")}
    </div><div style="width:296px"><div id="story-8798731" style="font-size:14px">Kooringal Road roundabout works to start Monday morning</div>
    <div id="story-8797004" style="font-size:14px">Kangaroos go down to Mangoplah in a thriller</div></div></body></html>"""
    comments = parse_html(page).comments
    assert [(c.external_id, c.author_name, [r.external_id for r in c.replies]) for c in comments] == [
        (f"vf-{first}", "Priya Raman", ["vf-2e8b4c61-9f07-4a3d-b5e1-0c7d3a9f6e28"]),
        ("vf-8d05e3b9-1a6c-4f72-9e48-3b1c7a5d0f94", "Col M", []),
    ]
    assert comments[0].body == "We were down there with the kids on Saturday."
    assert comments[0].created_at is not None and (comments[0].created_at.hour, comments[0].created_at.minute) == (21, 48)
