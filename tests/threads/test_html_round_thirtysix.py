"""What the thirty-sixth blind round (sets 176-179, 231/238 parents blind) showed the HTML reader:
a Romanian paper's "com-88120" ids under archive.today, Drupal's subjects and long unverified names
there, Coral's badge glued to the name and its "↪In reply to" line there, a quote's header
outside its blockquote (JComments), and Substack's "Comment deleted" where a name would be. Pages
written for these tests."""

from __future__ import annotations

from threads.html_reader import parse_html
from threads.model import walk

_STORY = f"<h1>Bears between the blocks again</h1><p>{'Residents say the bins draw them every night. ' * 25}</p>"


def _page(comments: str, lang: str = "en") -> str:
    return (
        f"<!doctype html><html lang='{lang}'><head><title>Story</title></head><body><article>{_STORY}</article>"
        f"{comments}</body></html>"
    )


def _own_cms(number: int, name: str | None, when: str, text: str, replies: str = "", depth: int = 0) -> str:
    """A Romanian paper's own comment as archive.today keeps it: classes written out as style."""
    who = f'<b style="color:navy">{name}</b> ' if name else ""
    return (
        f'<div id="com-{number}" style="margin:12px 0 0 {40 if depth else 0}px;padding:10px 0">'
        f'<div style="font-size:13px">{who}<span style="color:gray">· {when}</span></div>'
        f'<div style="font-size:15px">{text}</div>'
        f'<div style="font-size:12px"><span>👍 3</span> · <a href="#raspunde-{number}">Răspunde</a></div>{replies}</div>'
    )


def test_a_papers_com_ids_under_archive_today() -> None:
    reply = _own_cms(88122, "Ana-Maria D.", "25.10.2025, 23:35", "Relocarea nu ajută, o aduc înapoi în trei săptămâni.", depth=1)
    page = _page(
        '<div id="comentarii"><h3>Comentarii (3)</h3>'
        + _own_cms(88120, "Mihai Stoica", "25.10.2025, 22:10", "Garduri electrice la pubele am avut și acum trei ani, degeaba.", reply)
        + _own_cms(88130, "Ioana Lungu", "26.10.2025, 09:15", "Locuiesc pe Valea Cetății și seara nu mai ies cu câinele.")
        + "</div>",
        lang="ro",
    )
    assert [(c.external_id, c.author_name, path) for path, c in walk(parse_html(page).comments)] == [
        ("com-88120", "Mihai Stoica", (0,)),
        ("com-88122", "Ana-Maria D.", (0, 0)),
        ("com-88130", "Ioana Lungu", (1,)),
    ]


def _olivero(number: int, name: str, subject: str, text: str, linked: bool = False) -> str:
    """Drupal 10's Olivero comment under archive.today: the name bold in the footer, the subject a
    heading linking to the comment itself."""
    who = f'<a href="https://paper.example/user/{number}">{name}</a>' if linked else f'<span lang="">{name}</span>'
    return (
        f'<a id="comment-{number}"></a><article id="comment-{number}" style="display:flex">'
        f'<div style="flex:1 1 auto"><footer style="margin-bottom:8px"><p style="margin:0;font-weight:700">{who}</p>'
        f'<p style="margin:0;color:gray">Thứ tư, 02/04/2025 - 07:{number % 60:02d}</p></footer>'
        f'<div><h3 style="margin:0"><a href="https://paper.example/comment/{number}#comment-{number}">{subject}</a></h3>'
        f'<div><p>{text}</p></div></div></div></article>'
    )


def test_drupal_under_archive_today_reads_long_names_nobody_and_no_subject() -> None:
    page = _page(
        '<section><h2>Bình luận</h2>'
        + _olivero(1204, "Nguyễn Văn Phúc (chưa xác minh)", "Người trong Thành khổ rồi",
                   "Nhà tôi ở đường Đinh Tiên Hoàng, cuối tuần cấm xe máy thì đi chợ kiểu gì.")
        + _olivero(1207, "Trần Thị Mai", "Có thẻ cư dân mà anh", "Anh Phúc ơi, trong bài có ghi người dân được cấp thẻ.", linked=True)
        + _olivero(1209, "Khách (chưa xác minh)", "Du lịch", "Cấm xe máy thì khách du lịch đi bộ thoải mái hơn nhiều.")
        + "</section>",
        lang="vi",
    )
    comments = [c for _, c in walk(parse_html(page).comments)]
    assert [c.author_name for c in comments] == ["Nguyễn Văn Phúc", "Trần Thị Mai", None]
    assert [c.body.split()[0] for c in comments] == ["Nhà", "Anh", "Cấm"]


def test_coral_under_archive_today_keeps_badge_and_reply_line_out_of_the_text() -> None:
    def comment(ident: str, name: str, badge: str, answered: str | None, text: str) -> str:
        tag = f'<span style="font-size:11px;text-transform:uppercase">{badge}</span>' if badge else ""
        line = (
            f'<div style="font-size:12px"><span>↪</span><span>In reply to</span>&nbsp;<span style="font-weight:700">{answered}</span></div>'
            if answered else ""
        )
        return (
            f'<div id="comment-{ident}" role="article" style="display:flex;flex-direction:column">'
            f'<div style="display:flex"><div><span style="font-weight:700;font-size:15px">{name}</span>{tag}</div>'
            f'<div style="font-size:12px"><a href="?commentID={ident}"><time datetime="2025-07-12T09:30:00.000Z">2 days ago</time></a></div></div>'
            f'{line}<div style="font-size:15px">{text}</div>'
            f'<div style="font-size:13px"><div>Respect</div><div>Reply</div><div>Share</div></div></div>'
        )

    page = _page(
        '<div id="coral_thread">'
        + comment("a1", "Opiyo Denis", "", None, "Moving the boda boda stage behind the market will kill our trade.")
        + '<div style="padding-left:32px">'
        + comment("b2", "Gulu Post Team", "Staff", "Opiyo Denis", "Thanks for the comments, the council sits again on 24 July.")
        + "</div></div>"
    )
    comments = [c for _, c in walk(parse_html(page).comments)]
    assert [(c.author_name, c.body) for c in comments] == [
        ("Opiyo Denis", "Moving the boda boda stage behind the market will kill our trade."),
        ("Gulu Post Team", "Thanks for the comments, the council sits again on 24 July."),
    ]


def test_a_quotes_header_outside_its_blockquote_is_the_quotes() -> None:
    def comment(number: int, name: str, body: str) -> str:
        return (
            f'<div class="even" id="comment-item-{number}"><div class="comment-box">'
            f'<a class="comment-anchor" href="#comment-{number}" id="comment-{number}">#{number}</a>'
            f'<span class="comment-author">{name}</span><span class="comment-date">30.03.2025 08:02</span>'
            f'<div class="comment-body" id="comment-body-{number}">{body}</div></div></div>'
        )

    quoted = (
        '<span class="quote">Marta Gąsienica napisał(a):</span><blockquote><div>Busy to nie wyrok dla fiakrów</div></blockquote>'
        "Szansa dla kogo? Przetarg wygra firma z Krakowa."
    )
    page = _page(
        '<div id="comments-list" class="comments-list">'
        + comment(2301, "Marta Gąsienica", "Busy to nie wyrok dla fiakrów, tylko szansa na spokojniejszą drogę.")
        + comment(2306, "Gość", quoted)
        + "</div>",
        lang="pl",
    )
    reply = [c for _, c in walk(parse_html(page).comments)][-1]
    assert reply.body.split("\n\n") == [
        "\u201cMarta Gąsienica napisał(a):\u201d", "\u201cBusy to nie wyrok dla fiakrów\u201d",
        "Szansa dla kogo? Przetarg wygra firma z Krakowa.",
    ]


def test_substacks_deleted_comment_names_nobody() -> None:
    def comment(number: int, name_html: str, body: str, replies: str = "") -> str:
        return (
            f'<div class="comment-list-item"><div class="comment" id="comment-{number}"><div class="comment-content">'
            f'<div class="comment-rest"><div class="comment-meta">{name_html}'
            f'<a href="/p/x/comment/{number}" class="comment-timestamp" title="Nov 2, 2025, 8:40 AM">Nov 2</a></div>'
            f'<div class="comment-body">{body}</div></div></div>'
            f'<div class="comment-list-items">{replies}</div></div></div>'
        )

    reply = comment(
        171105987, '<span class="commenter-name"><a href="https://substack.com/@mk">Marianne Kowalchuk</a></span>',
        "<p>Whoever that was, the province does not hand out money for lagoons anymore.</p>",
    )
    page = _page(
        '<div class="comments-page"><div class="comment-list"><div class="comment-list-items">'
        + comment(171104410, '<span class="commenter-name deleted">Comment deleted</span>', "", reply)
        + "</div></div></div>"
    )
    comments = [c for _, c in walk(parse_html(page).comments)]
    assert [(c.external_id, c.author_name) for c in comments] == [
        ("comment-171104410", None), ("comment-171105987", "Marianne Kowalchuk"),
    ]
