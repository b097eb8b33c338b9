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
