"""What the seventh round of blind sets (60-63) taught the HTML reader: names as Thai, Swahili,
Arabic and Japanese pages print them, vBulletin 3 and JComments."""

from __future__ import annotations

from threads.comment_names import clean_name
from threads.html_reader import parse_html
from threads.model import ParsedComment

_STORY = f"<h1>Bridge to close for 14 months</h1><p>{'The county confirmed the closure on Friday. ' * 25}</p>"


def _tree(comments: list[ParsedComment]) -> list[tuple[str | None, str | None, list[object]]]:
    return [(c.external_id, c.author_name, _tree(c.replies)) for c in comments]


def test_names_as_pages_print_them() -> None:
    """A Thai "โดย : " ("by") before the name goes; a capitalised "Said" after a name is a surname,
    not "said"; Drupal's Arabic "(not verified)" with its vowel marks goes; "匿名希望" ("wishes to
    stay anonymous") names nobody."""
    assert clean_name("โดย : คนเชียงใหม่แท้") == "คนเชียงใหม่แท้"
    assert clean_name("Mwanaisha Said") == "Mwanaisha Said"
    assert clean_name("Tom said") == "Tom"
    assert clean_name("Tom says:") == "Tom"
    assert clean_name("Nadine K. (غير مُتحقَّق منه)") == "Nadine K."
    assert clean_name("匿名希望") is None


def test_drupals_arabic_byline_names_the_commenter() -> None:
    """"أرسلت بواسطة <span>Nadine K.</span> في …" is Drupal's "Submitted by X on DATE" in Arabic."""
    page = f"""<html><body>{_STORY}<section class="comments"><a id="comment-9108"></a>
    <article class="comment js-comment by-anonymous"><footer class="comment__meta">
    <p class="comment__submitted">أرسلت بواسطة <span>Nadine K. (غير مُتحقَّق منه)</span> في الأحد، 27 تشرين الأول 2024 - 01:15</p>
    </footer><div class="content"><div class="field--name-comment-body"><p>برافو على التقرير.</p></div></div></article>
    </section></body></html>"""
    assert [c.author_name for c in parse_html(page).comments] == ["Nadine K."]


def test_vbulletin_3_posts_quotes_and_guests() -> None:
    """vBulletin 3 prints each post as a table (#posts table.tborder#postN); a quote is a plain
    table under "Quote:", its header "Originally Posted by <strong>X</strong>" with a link to the
    post quoted, which is the parent. A guest's name box ("postmenu_N", "Unregistered") before
    the text is not the text ("post_message_N")."""
    def post(number: int, name: str, text: str, guest: bool = False) -> str:
        who = (f'<div id="postmenu_{number}">{name}</div>' if guest
               else f'<div id="postmenu_{number}"><a class="bigusername" href="member.php?u=7">{name}</a></div>')
        return f"""<table class="tborder" id="post{number}"><tr><td class="thead"><a name="post{number}"></a>03-06-2008, 11:20 PM</td>
        <td class="thead">#<a href="showpost.php?p={number}" id="postcount{number}"><strong>2</strong></a></td></tr>
        <tr><td class="alt2">{who}<div class="smallfont">Member</div></td><td class="alt1" id="td_post_{number}">
        <div id="post_message_{number}">{text}</div></td></tr></table>"""

    quote = ('<div style="margin:20px"><div class="smallfont">Quote:</div><table><tr><td class="alt2"><div>Originally Posted by '
             '<strong>tugboat_annie</strong> <a href="showthread.php?p=48219#post48219"><img src="viewpost.gif" alt="View Post"></a>'
             '</div><div style="font-style:italic">I run the bakery on Water St.</div></td></tr></table></div>')
    page = f"""<html><body>{_STORY}<div id="posts">
    {post(48219, "tugboat_annie", "Fourteen months?? The last time they closed it the bakery nearly went under.")}
    {post(48224, "Gary H.", quote + "Annie, the detour adds maybe six minutes.")}
    {post(48227, "Unregistered", "The online story leaves out the weight limit on Lakeview.", guest=True)}</div></body></html>"""
    comments = parse_html(page).comments
    assert _tree(comments) == [
        ("post48219", "tugboat_annie", [("post48224", "Gary H.", [])]), ("post48227", None, []),
    ]
    assert comments[1].body == "The online story leaves out the weight limit on Lakeview."


def test_jcomments_items_and_the_latest_comments_column() -> None:
    """JComments (Joomla): "div#comment-item-N" holds the anchor "comment-N" links point at, its
    replies in the "comments-list-N" after it; the site's "latest comments" module in the right
    column repeats "div.comment" and is no thread."""
    def item(number: int, name: str, text: str) -> str:
        return (f'<div class="even" id="comment-item-{number}"><div class="comment-box">'
                f'<a class="comment-anchor" href="/news/4187#comment-{number}" id="comment-{number}">#1</a>'
                f'<span class="comment-author">{name}</span><span class="comment-date">11.03.2014 18:22</span>'
                f'<div class="comment-body" id="comment-body-{number}">{text}</div></div></div>')

    page = f"""<html><body>{_STORY}<div id="jc"><div id="comments"><div class="comments-list" id="comments-list-0">
    {item(1532, "Гость", "А куда теперь возить детей?")}<div class="comments-list" id="comments-list-1532">
    {item(1535, "Марина К.", "На Лесной будет приём только участковых педиатров.")}</div>
    {item(1541, "Сергей В.", "Обещать — не значит сделать.")}</div></div></div>
    <div id="rightcolumn"><div class="moduletable"><h3>Последние комментарии</h3><ul class="jcomments-latest">
    <li><span class="author">Дмитрий</span><div class="comment rounded"><a href="/sport/4184#comment-1561">Молодцы ребята!</a></div></li>
    <li><span class="author">Сергей В.</span><div class="comment rounded"><a href="/news/4187#comment-1541">Обещать</a></div></li>
    </ul></div></div></body></html>"""
    assert [(c.external_id, [r.external_id for r in c.replies]) for c in parse_html(page).comments] == [
        ("comment-1532", ["comment-1535"]), ("comment-1541", []),
    ]


def test_the_eighth_rounds_words_and_clocks() -> None:
    """Round 8 (sets 64-67): Greek "μμ"/"πμ" after the clock are pm/am; an Arabic comma after the
    month ("12 مارس، 2024 3:14 م"); the Persian "(not verified)" spelt "تایید" as well as "تأیید";
    Arabic "ضيف" (guest) names nobody."""
    from datetime import UTC, datetime

    from threads.html_time import parse_time

    assert parse_time("15 Μαρτίου 2024 - 3:40 μμ") == datetime(2024, 3, 15, 15, 40, tzinfo=UTC)
    assert parse_time("17 Μαρτίου 2024 - 12:05 πμ") == datetime(2024, 3, 17, 0, 5, tzinfo=UTC)
    assert parse_time("12 مارس، 2024 3:14 م") == datetime(2024, 3, 12, 15, 14, tzinfo=UTC)
    assert clean_name("زهرا کرمانی (تایید نشده)") == "زهرا کرمانی"
    assert clean_name("ضيف") is None


def test_a_numeric_day_month_that_reads_either_way_yields_to_the_month_named() -> None:
    """A Thai board's "data-utime='03/12/2024 08:14:55'" is written month first; the title beside
    it, "12 มีนาคม 2567 เวลา 08:14 น.", names March: the stamp is 12 March, not 3 December, though
    Thai writes dates day first. A stamp that reads one way only stays as it is."""
    from datetime import UTC, datetime

    def comment(stamp: str, title: str) -> str:
        return (f'<div class="comment-item" id="comment{len(stamp)}"><div class="comment-detail"><p>ควันหนักมากครับ</p></div>'
                f'<span class="comment-date"><abbr class="timeago" data-utime="{stamp}" title="{title}">{title}</abbr></span></div>')

    page = f"""<html lang="th"><body>{_STORY}<div class="comment-list">{comment("03/12/2024 08:14:55", "12 มีนาคม 2567 เวลา 08:14 น.")}
    {comment("25/03/2024 09:30", "25 มีนาคม 2567 เวลา 09:30 น.")}</div></body></html>"""
    assert [c.created_at for c in parse_html(page).comments] == [
        datetime(2024, 3, 12, 8, 14, 55, tzinfo=UTC), datetime(2024, 3, 25, 9, 30, tzinfo=UTC),
    ]
