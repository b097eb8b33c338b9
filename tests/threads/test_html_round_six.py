"""What the sixth round of blind sets (56-59) taught the HTML reader: Substack's collapser,
calendars and clocks of Iran and India, a Thai webboard's owner, MyBB, Invision's data-role
parts, a Japanese Movable Type reply line, LiveJournal's names."""

from __future__ import annotations

from datetime import UTC, datetime

from threads.html_reader import parse_html
from threads.html_time import parse_time
from threads.model import ParsedComment

_STORY = f"<h1>The seawall report</h1><p>{'The regional council published its options report. ' * 25}</p>"


def _tree(comments: list[ParsedComment]) -> list[tuple[str | None, str | None, list[object]]]:
    return [(c.external_id, c.author_name, _tree(c.replies)) for c in comments]


def test_substack_replies_after_an_empty_collapser_line() -> None:
    """Between a Substack comment and its replies' list sits an empty "comment-list-collapser"
    (a line to click): the list still answers the comment before it."""
    def comment(ident: int, name: str, text: str, replies: str = "") -> str:
        box = (f'<div class="comment-list-collapser"><div class="comment-list-collapser-line"></div></div>'
               f'<div class="comment-list"><div class="comment-list-items">{replies}</div></div>') if replies else ""
        return (f'<div class="comment-list-item"><div class="comment" id="comment-{ident}" data-comment-id="{ident}">'
                f'<div class="comment-content"><div class="comment-meta"><span class="commenter-name"><a href="https://substack.com/@x">{name}</a>'
                f'</span><a href="/comment/{ident}"><time datetime="2024-04-04T07:41:09.004Z">Apr 4</time></a></div>'
                f'<div class="comment-body"><p><span>{text}</span></p></div></div></div>{box}</div>')

    reply = comment(52915520, "Claire Whitford", "The cost table is on page 41.")
    page = f"""<html><body>{_STORY}<div class="comments-page"><div class="comment-list"><div class="comment-list-items">
    {comment(52911837, "Hemi Rāwiri", "Did the report give costings?", reply)}
    {comment(52987406, "Ana Lee", "Thanks for reading it for us.")}</div></div></div></body></html>"""
    assert _tree(parse_html(page).comments) == [
        ("comment-52911837", "Hemi Rāwiri", [("comment-52915520", "Claire Whitford", [])]),
        ("comment-52987406", "Ana Lee", []),
    ]


def test_persian_calendar_and_hindi_parts_of_the_day() -> None:
    """An Iranian site's "۱۴۰۳/۰۲/۰۱ - ۱۳:۰۲" is 20 April 2024 (years 1300-1499 are the Persian
    calendar's); Hindi's "शाम 6:40 बजे" is 18:40 and "रात 12:30 बजे" half past midnight."""
    assert parse_time("۱۴۰۳/۰۲/۰۱ - ۱۳:۰۲") == datetime(2024, 4, 20, 13, 2, tzinfo=UTC)
    assert parse_time("دوشنبه، ۱۶ مهر ۱۴۰۳ - ۰۸:۱۵") == datetime(2024, 10, 7, 8, 15, tzinfo=UTC)
    assert parse_time("۱۴۰۳/۱۲/۳۰") == datetime(2025, 3, 20, tzinfo=UTC)  # a leap year's last day
    assert parse_time("शुक्रवार, 16 अगस्त 2024, शाम 6:40 बजे") == datetime(2024, 8, 16, 18, 40, tzinfo=UTC)
    assert parse_time("16 अगस्त 2024, रात 12:30 बजे") == datetime(2024, 8, 16, 0, 30, tzinfo=UTC)
    assert parse_time("16 अगस्त 2024, सुबह 9:05 बजे") == datetime(2024, 8, 16, 9, 5, tzinfo=UTC)


def test_mybb_posts_with_an_edit_note_and_a_day_in_a_title() -> None:
    """MyBB's posts (#posts > div.post#post_N): the text is the element named by the post's
    number (pid_N), not the edit note inside the date (edited_by_N); "<span title=28-10-2023>
    Ayer</span>, 22:31" is that day at that time. A Polish portal's "w odpowiedzi do <a>" names the
    parent, and a Thai webboard names the poster "cm-owner"."""
    def post(number: int, name: str, text: str, date: str, edit: str = "") -> str:
        return f"""<a name="pid{number}" id="pid{number}"></a><div class="post" id="post_{number}"><div class="post_author">
        <div class="author_information"><strong><span class="largetext"><a href="member.php?action=profile&amp;uid=7">{name}</a>
        </span></strong></div></div><div class="post_content"><div class="post_head"><span class="post_date">{date}
        <span class="post_edit" id="edited_by_{number}">{edit}</span></span></div>
        <div class="post_body scaleimages" id="pid_{number}">{text}</div></div></div>"""

    page = f"""<html><body>{_STORY}<div id="posts">
    {post(88123, "Paco Herrera", "Lo publica hoy El Heraldo, seis meses.", "27-10-2023, 21:40")}
    {post(88140, "Paco Herrera", "Lo del informe técnico es lo importante.", "28-10-2023, 13:45",
          "(Última modificación: 28-10-2023, 13:52 por Paco Herrera.)")}
    {post(88160, "MariCarmen_VdC", "Eso digo yo desde el principio.", '<span title="28-10-2023">Ayer</span>, 22:31')}
    </div></body></html>"""
    comments = parse_html(page).comments
    assert [(c.external_id, c.body, c.created_at) for c in comments] == [
        ("post_88123", "Lo publica hoy El Heraldo, seis meses.", datetime(2023, 10, 27, 21, 40, tzinfo=UTC)),
        ("post_88140", "Lo del informe técnico es lo importante.", datetime(2023, 10, 28, 13, 45, tzinfo=UTC)),
        ("post_88160", "Eso digo yo desde el principio.", datetime(2023, 10, 28, 22, 31, tzinfo=UTC)),
    ]

    def item(ident: int, name: str, text: str, reply: str = "") -> str:
        return (f'<li class="komentarz" id="kom-{ident}"><div class="kom-naglowek"><span class="kom-autor">{name}</span>'
                f'<span class="kom-data">12.06.2024, 10:02</span></div>{reply}<div class="kom-tresc"><p>{text}</p></div></li>')

    polish = f"""<html><body>{_STORY}<ol class="komentarze">{item(91822, "~Heniek", "Most był remontowany w 2019.")}
    {item(91826, "ola_k", "Ktoś wie, ile to potrwa?")}
    {item(91829, "~gość", "Wymieniali tylko nawierzchnię.", '<div class="kom-w-odpowiedzi">w odpowiedzi do <a href="#kom-91822">~Heniek</a></div>')}
    </ol></body></html>"""
    assert [(c.external_id, [r.external_id for r in c.replies]) for c in parse_html(polish).comments] == [
        ("kom-91822", ["kom-91829"]), ("kom-91826", []),
    ]

    thai = f"""<html><body>{_STORY}<div class="cm-list">""" + "".join(
        f'<div class="cm-box" id="comment{n}"><div class="cm-no"><a href="#comment{n}">ความคิดเห็นที่ {n}</a></div>'
        f'<div class="cm-text">ปีนี้หนักกว่าทุกปีเลยครับ</div><div class="cm-foot"><span class="cm-owner"><img src="a.png" alt="">'
        f' <a href="/member/{n}">{name}</a></span><span class="cm-date">18 มีนาคม 2567 เวลา 09:42 น.</span></div></div>'
        for n, name in ((1, "ลุงหนานคำ"), (2, "ครูเอ๋"))
    ) + "</div></body></html>"
    assert [c.author_name for c in parse_html(thai).comments] == ["ลุงหนานคำ", "ครูเอ๋"]


def test_invision_text_named_by_data_role_and_a_reply_line_after_the_name() -> None:
    """Invision names its parts by data-role ("commentContent"): the "Posted <time>" line above is
    not the text. Japanese Movable Type puts the words after the parent's name: "<a
    href=#comment-4523>匿名</a>への返信" ("reply to Anonymous"). LiveJournal names the commenter in
    "ljuser" and dates the comment in "comment-datetimelink"."""
    def post(ident: int, name: str, text: str) -> str:
        return f"""<article id="elComment_{ident}" class="cPost ipsBox ipsComment"><aside class="ipsComment_author cAuthorPane">
        <h3 class="cAuthorPane_author"><strong><a href="/profile/2214-x/">{name}</a></strong></h3></aside>
        <div class="ipsColumn ipsColumn_fluid"><div id="comment-{ident}_wrap" data-commentid="{ident}"><div class="ipsComment_meta">
        <div class="ipsType_reset"><a href="/topic/1/?do=findComment&amp;comment={ident}" class="ipsType_blendLinks">Posted
        <time datetime="2024-03-29T18:02:41Z">March 29</time></a></div></div><div class="cPost_contentWrap">
        <div data-role="commentContent" class="ipsType_normal ipsType_richText ipsContained"><p>{text}</p></div></div></div></div></article>"""

    invision = f"""<html><body>{_STORY}<div id="comments"><div id="elPostFeed" data-role="commentFeed">{post(5561207, "Tilly_R", "Eighteen months is a lifetime.")}
    {post(5561219, "grumpy", "Who signed off the last refurbishment?")}</div></div></body></html>"""
    assert [c.body for c in parse_html(invision).comments] == ["Eighteen months is a lifetime.", "Who signed off the last refurbishment?"]

    def mt(ident: int, name: str, text: str, reply: str = "") -> str:
        return (f'<div class="comment" id="comment-{ident}"><div class="comment-inner"><div class="comment-header">'
                f'<span class="byline"><span class="vcard author">{name}</span> | <a href="#comment-{ident}"><abbr class="published" '
                f'title="2009-03-08T08:02:47+09:00">2009年3月 8日 08:02</abbr></a>{reply}</span></div>'
                f'<div class="comment-content"><p>{text}</p></div></div></div>')

    japanese = f"""<html><body>{_STORY}<div id="comments" class="comments"><div class="comments-content">
    {mt(4521, "潮見の住人", "港の再開発はいつ決まったのですか。")}{mt(4523, "匿名", "去年の議会で決まりました。")}
    {mt(4527, "潮見の住人", "ありがとうございます。", ' | <a href="#comment-4523">匿名</a>への返信')}</div></div></body></html>"""
    assert [(c.external_id, [r.external_id for r in c.replies]) for c in parse_html(japanese).comments] == [
        ("comment-4521", []), ("comment-4523", ["comment-4527"]),
    ]

    def lj(ident: int, margin: int, name: str, text: str) -> str:
        return (f"<div id='ljcmt{ident}' style='margin-left: {margin}px'><a name='t{ident}'></a><table class='talk-comment'>"
                f"<tr><td class='talk-comment-head'><span class='ljuser' lj:user='{name}'><a href='http://{name}.livejournal.com/profile'>"
                f"<img src='userinfo.gif' alt='[info]'></a><a href='http://{name}.livejournal.com/'><b>{name}</b></a></span>"
                f"<span class='comment-datetimelink'><a href='482117.html?thread={ident}#t{ident}'><span>2010-03-27 06:41 pm (UTC)</span>"
                f"</a></span></td></tr><tr><td class='talk-comment-box'>{text}</td></tr></table></div>")

    livejournal = f"""<html><body>{_STORY}<div id="comments">{lj(18734567, 0, "petrovich_zz", "Баню на Кирова закрывают.")}
    {lj(18735335, 25, "sergey_mekhanik", "Трубы меняли в прошлом году.")}</div></body></html>"""
    [first] = parse_html(livejournal).comments
    assert (first.author_name, first.created_at) == ("petrovich_zz", datetime(2010, 3, 27, 18, 41, tzinfo=UTC))
    assert [r.author_name for r in first.replies] == ["sergey_mekhanik"]
