"""Where a comment says when it was posted, when its page prints the time in a calendar, zone or
shorthand the reader cannot take as written; and the words a comment's name or text drop."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from threads.html_reader import parse_html
from threads.html_time import parse_time
from threads.page_dates import page_dates
from threads.zone_statements import stated_zone

_STORY = f"<h1>Naqsh-e Jahan paving</h1><p>{'The city council approved new paving stones. ' * 25}</p>"


def test_drupal_rdf_date_created_beats_the_edited_stamp() -> None:
    """Drupal's hidden data-comment-timestamp is the last change; an edited comment's posting
    time is its RDF schema:dateCreated, here beside a Persian-calendar line nothing reads. The
    Persian "(not verified)" is no part of a guest's name, and the zero-width non-joiner inside
    Persian words stays."""
    page = f"""<html><body>{_STORY}<section class="comments">
    <a id="comment-4430"></a><article class="comment js-comment by-anonymous" typeof="schema:Comment">
    <span class="hidden" data-comment-timestamp="1728288133"></span><footer class="comment__meta">
    <p class="comment__submitted">ارسال شده توسط <span rel="schema:author"><span class="username">مهدی (تأیید نشده)</span></span>
    در دوشنبه، ۱۶ مهر ۱۴۰۳ - ۰۸:۱۵<span property="schema:dateCreated" content="2024-10-07T04:45:00+00:00" class="rdf-meta hidden"></span></p>
    </footer><div class="content"><div class="field--name-comment-body"><p>سنگ\u200cفرش\u200cهای جدید با قبلی فرق دارد.</p>
    <p>ویرایش: منظورم سنگ\u200cهای کف راهرو است.</p></div></div></article></section></body></html>"""
    [comment] = parse_html(page).comments
    assert comment.created_at == datetime(2024, 10, 7, 4, 45, tzinfo=UTC)
    assert comment.author_name == "مهدی"
    assert comment.body.startswith("سنگ\u200cفرش\u200cهای جدید")


def test_blogger_times_come_from_the_permalinks_milliseconds() -> None:
    """Blogger prints a comment's time in the blog's zone without naming it; its permalink
    ("?showComment=1709990520000") holds the instant. Both layouts: the threaded list's
    timestamp link and classic Blogger's definition list, the link in the footer."""
    threaded = f"""<html><body>{_STORY}<div class="comments" id="comments"><div class="comment-thread"><ol>
    <li class="comment" id="c2917364058172635491"><div class="comment-block"><div class="comment-header">
    <cite class="user">Chidi Okafor</cite><span class="datetime secondary-text">
    <a rel="nofollow" href="https://coalcity.blogspot.com/2024/03/x.html?showComment=1709990520000#c2917364058172635491">March 9, 2024 at 2:22 PM</a>
    </span></div><p class="comment-content">The road has been like this since January.</p></div></li></ol></div></div></body></html>"""
    classic = f"""<html><body>{_STORY}<div id="comments"><dl id="comments-block">
    <dt class="comment-author" id="c4412987712340098123"><a name="c4412987712340098123"></a>Rusty Keane said...</dt>
    <dd class="comment-body"><p>Forty-two million for a jail and the library closes Mondays.</p></dd>
    <dd class="comment-footer"><span class="comment-timestamp"><a href="https://dunmore.blogspot.com/2008/03/jail.html?showComment=1204935157000#c4412987712340098123"
    title="comment permalink">March 7, 2008 7:12 PM</a></span></dd></dl></div></body></html>"""
    assert [c.created_at for c in parse_html(threaded).comments] == [datetime(2024, 3, 9, 13, 22, tzinfo=UTC)]
    assert [c.created_at for c in parse_html(classic).comments] == [datetime(2008, 3, 8, 0, 12, 37, tzinfo=UTC)]


def test_a_thai_date_with_a_short_buddhist_year() -> None:
    """Thai papers write "5 ต.ค. 67 เวลา 08:12 น.": the abbreviated month, the Buddhist year's last
    two digits (2567, 2024 AD) and the clock. A two-digit year after a month in another script
    stays dateutil's to read, as before."""
    assert parse_time("5 ต.ค. 67 เวลา 08:12 น.") == datetime(2024, 10, 5, 8, 12, tzinfo=UTC)
    assert parse_time("12 ม.ค. 68 เวลา 21:05 น.") == datetime(2025, 1, 12, 21, 5, tzinfo=UTC)
    assert parse_time("5 มี.ค. 2567 เวลา 07:45 น.") == datetime(2024, 3, 5, 7, 45, tzinfo=UTC)


def test_a_comments_number_label_is_not_its_text() -> None:
    """"ความคิดเห็นที่ 1-1" ("comment no. 1-1") in a "comment-no" box heads each comment; the
    text below it is the comment's."""
    def comment(number: str, ident: int, text: str, inner: str = "") -> str:
        return (f'<div class="comment-item" id="comment-{ident}"><div class="comment-no">ความคิดเห็นที่ {number}</div>'
                f'<div class="comment-detail"><p>{text}</p></div><div class="comment-by">โดย <span class="comment-name">'
                f'ลุงเหมืองฝาย</span> <span class="comment-time">5 ต.ค. 67 เวลา 09:40 น.</span></div>{inner}</div>')

    reply = comment("1-1", 5527, "ฝั่งหนองหอยก็เหมือนกันครับ")
    page = f"""<html><body>{_STORY}<div class="comment-list">{comment("1", 5521, "แถวป่าแดดน้ำยังไม่ลดเลยครับ",
        f'<div class="comment-sub">{reply}</div>')}{comment("2", 5533, "ขอบคุณครับ")}</div></body></html>"""
    comments = parse_html(page).comments
    assert [(c.body, [r.body for r in c.replies]) for c in comments] == [
        ("แถวป่าแดดน้ำยังไม่ลดเลยครับ", ["ฝั่งหนองหอยก็เหมือนกันครับ"]), ("ขอบคุณครับ", []),
    ]
    assert comments[0].created_at == datetime(2024, 10, 5, 9, 40, tzinfo=UTC)


def test_the_levants_month_names() -> None:
    """Lebanese, Syrian and Jordanian papers name the months their own way ("شباط" for February),
    four of them in two words each of which names two months ("تشرين الأول" is October,
    "تشرين الثاني" November)."""
    assert parse_time("12 تشرين الأول 2024 - 18:40") == datetime(2024, 10, 12, 18, 40, tzinfo=UTC)
    assert parse_time("3 تشرين الثاني 2024") == datetime(2024, 11, 3, tzinfo=UTC)
    assert parse_time("1 كانون الثاني 2025") == datetime(2025, 1, 1, tzinfo=UTC)
    assert parse_time("٣ شباط ٢٠٢٥ 09:12") == datetime(2025, 2, 3, 9, 12, tzinfo=UTC)


def test_a_months_name_first_in_another_language_and_a_chinese_weekday() -> None:
    """wpDiscuz prints its title the English way in any language ("Machi 5, 2025 7:42 pm", Swahili);
    a Chinese date may carry its weekday ("星期五") before the clock; a Chinese portal prints a
    comment's day as month and day, dashed ("03-14 21:08")."""
    assert parse_time("Machi 5, 2025 7:42 pm") == datetime(2025, 3, 5, 19, 42, tzinfo=UTC)
    assert parse_time("2025年3月14日星期五 09:12") == datetime(2025, 3, 14, 9, 12, tzinfo=UTC)
    with page_dates(language="zh-CN", story=date(2025, 3, 14)):
        assert parse_time("03-14 21:08") == datetime(2025, 3, 14, 21, 8, tzinfo=UTC)


def test_a_page_naming_the_city_whose_time_it_prints() -> None:
    """"Toutes les heures sont à l'heure de Paris": the city's zone, summer time by the date; a
    zone's name may stand before its offset ("Alle tye is SA-tyd (UTC+2)")."""
    paris = stated_zone("<p>— Toutes les heures sont à l'heure de Paris.</p>")
    assert paris is not None
    with page_dates(language="fr", zone=paris):
        assert parse_time("04/11/2024 09:12") == datetime(2024, 11, 4, 8, 12, tzinfo=UTC)
        assert parse_time("04/07/2024 09:12") == datetime(2024, 7, 4, 7, 12, tzinfo=UTC)
    assert stated_zone("Alle tye is SA-tyd (UTC+2).") == timezone(timedelta(hours=2))
    assert stated_zone("A story about Paris, all day.") is None
