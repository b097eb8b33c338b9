"""What the seventy-seventh blind round (sets 340-343) showed the HTML reader, and what was mended
before it: set 334's Thai board, whose bold "ความคิดเห็นที่ 1" (comment no. 1) over each comment
was read as its name, the name and time printed under the text ("<b>name</b> · time"): a bold
header that is the comment's own number (the number its id ends with) is not a name, and where no
name comes before the text, the name is the first element of the time's line under it. Set 336's
Ghost comments under archive.today: the box after the avatar's initial holds the header and the
text, and was taken for the text of a comment without replies.
Round 77 itself (245/245 parents blind) left: set 342's Arabic times with a dash before the clock
("٣ نوفمبر ٢٠٢٤ – ٩:١٥ م", eight); set 343's Spanish classes naming the author and the date word
first ("autor_comentario") and a quote box naming the quoted comment's author ("cita_autor", three
authors); mended, and in text dumps, whom a comment answers then its date on the line under its
name ("In reply to Aras Karim 18 March 2024, 22:30"); set 341's JComments quote, a span ending its
line, read as the Greek comment's own words. Left: a badge read into the text (set 343's
"Journalist")."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from selectolax.lexbor import LexborHTMLParser

from tests.threads.holdout_figures import set_figures
from threads.date_lines import reply_then_date
from threads.html_dom import node_lines
from threads.html_reader import parse_html
from threads.html_time import parse_time
from threads.model import walk
from threads.page_parser import parse_page
from threads.removed_placeholders import is_removed_placeholder

_BOLD = "color:rgb(0,90,160);font-weight:700;"
_NAME = "color:rgb(40,40,40);font-weight:600;"


def _board(comments: str, lang: str, heading: str) -> str:
    body = "เทศบาลนครลำปางเตรียมปรับปรุงกาดกองต้าให้เป็นถนนคนเดินถาวร เริ่มเดือนหน้า " * 10
    return (f'<html lang="{lang}"><body><div style="width:680px;"><h1>กาดกองต้าจะเป็นถนนคนเดินถาวร</h1>'
            f'<div style="line-height:28px;"><p>{body}</p></div><div id="comments" style="margin-top:30px;">'
            f'<div style="font-size:20px;font-weight:700;">{heading}</div>{comments}</div></div></body></html>')


def _numbered(ident: str, label: str, text: str, name: str, when: str, replies: str = "", name_style: str = _NAME) -> str:
    return (f'<div id="{ident}" style="border:1px solid rgb(221,221,221);padding:12px;">'
            f'<div style="{_BOLD}">{label}</div><div style="margin:8px 0;">{text}</div>'
            f'<div style="font-size:13px;color:rgb(136,136,136);"><span style="{name_style}">{name}</span> · '
            f'<span>{when}</span></div>{replies}</div>')


def test_a_comment_number_over_the_text_and_the_name_under_it() -> None:
    replies = (_numbered("comment-4-1", "ความคิดเห็นที่ 4-1", "ผมก็ว่าดีครับ วันเสาร์คนเยอะมากจนรถติดยาวถึงสะพานรัษฎา",
                         "หนุ่มเมืองรถม้า", "3 ก.ค. 67 เวลา 19:40 น.")
               + _numbered("comment-4-2", "ความคิดเห็นที่ 4-2", "ที่จอดรถจะพอไหมคะ ถ้าปิดถนนทุกวันแบบนี้คนแถวนั้นลำบาก",
                           "ผู้ใช้ที่ไม่ระบุชื่อ", "3 ก.ค. 67 เวลา 20:15 น.", name_style="font-style:italic;"))
    page = _board(
        _numbered("comment-4", "ความคิดเห็นที่ 4", "ดีใจที่จะมีถนนคนเดินทุกวัน ร้านเล็กๆ ริมน้ำวังจะได้ขายของเพิ่ม",
                  "ป้าแดง ร้านข้าวซอย", "3 ก.ค. 67 เวลา 18:05 น.", replies)
        + _numbered("comment-5", "ความคิดเห็นที่ 5", "ขอให้มีถังขยะเพิ่มด้วยครับ ทุกวันเสาร์ขยะล้นจนถึงเช้าวันอาทิตย์",
                    "Lampang_Biker", "3 ก.ค. 67 เวลา 21:30 น."),
        "th", "ความคิดเห็น (4)")
    comments = [(len(path), c.external_id, c.author_name, c.created_at, c.body) for path, c in walk(parse_html(page).comments)]
    assert [row[:4] for row in comments] == [
        (1, "comment-4", "ป้าแดง ร้านข้าวซอย", datetime(2024, 7, 3, 18, 5, tzinfo=UTC)),
        (2, "comment-4-1", "หนุ่มเมืองรถม้า", datetime(2024, 7, 3, 19, 40, tzinfo=UTC)),
        (2, "comment-4-2", None, datetime(2024, 7, 3, 20, 15, tzinfo=UTC)),  # a user who gave no name
        (1, "comment-5", "Lampang_Biker", datetime(2024, 7, 3, 21, 30, tzinfo=UTC)),
    ]
    assert comments[0][4].startswith("ดีใจที่จะมีถนนคนเดินทุกวัน") and comments[2][4].startswith("ที่จอดรถจะพอไหมคะ")
    assert "ความคิดเห็นที่" not in " ".join(row[4] for row in comments)


def test_a_bold_number_that_is_not_the_comments_own_is_a_name() -> None:
    """"Agent 47" over ``id=c-12``: a handle with a number, not comment 47's label."""
    page = _board(
        _numbered("c-12", "Agent 47", "ร้านค้าริมถนนต้องเตรียมตัวเรื่องที่จอดรถให้ลูกค้าด้วย ไม่งั้นขายไม่ได้", "Agent 47",
                  "3 ก.ค. 67 เวลา 18:05 น.")
        + _numbered("c-13", "ความคิดเห็นที่ 13", "ถนนคนเดินดีต่อเศรษฐกิจของเมืองแน่นอน ขอให้ทำต่อเนื่องนะครับ", "ลุงสม",
                    "3 ก.ค. 67 เวลา 18:45 น."),
        "th", "ความคิดเห็น (2)")
    assert [(c.external_id, c.author_name) for _, c in walk(parse_html(page).comments)] == [("c-12", "Agent 47"), ("c-13", "ลุงสม")]


def _ghost(
    ident: str, initial: str, name: str, badge: str, title: str, text: str, replies: str = "", answering: tuple[str, str] | None = None
) -> str:
    grey = "color:rgb(115,115,115);font-size:14px;"
    badge_html = f'<span style="{grey}">·</span><span style="{grey}">{badge}</span>' if badge else ""
    replying = (f'<div style="{grey}"><span>↪ Replying to </span><a href="#{answering[0]}" style="font-weight:600;">{answering[1]}</a></div>'
                if answering else "")
    box = f'<div style="margin-top:20px;display:flex;flex-direction:column;">{replies}</div>' if replies else ""
    return (f'<div id="{ident}" style="display:flex;flex-direction:row;width:100%;"><div style="margin-right:12px;">'
            f'<div style="width:40px;height:40px;border-radius:999px;font-weight:600;">{initial}</div></div><div style="flex-grow:1;">'
            f'<div style="display:flex;gap:4px;"><h4 style="margin:0;font-size:15px;font-weight:600;">{name}</h4>{badge_html}'
            f'<span style="{grey}">·</span><span title="{title}" style="{grey}">3 days ago</span></div>{replying}'
            f'<div style="margin-top:4px;font-size:16px;"><p>{text}</p></div>'
            f'<div style="margin-top:8px;display:flex;gap:20px;{grey}"><span>♡ 1</span><span>Reply</span><span>···</span></div>'
            f'{box}</div></div>')


def test_ghost_comments_under_archive_today_whose_text_box_holds_the_header() -> None:
    """An avatar's initial, then one box holding the header (name, badge, a time in its title) and
    the text: a comment without replies was read as that whole box, its name and time as text."""
    story = "The regional council will close the Kopu boat ramp for six weeks of repairs from March. " * 10
    replies = (_ghost("64a1c2", "J", "Jo Harlow", "Reporter", "6 Feb 2026, 09:15 NZDT",
                      "Thanks Mere, the council says the Tararu ramp stays open through the works.")
               + _ghost("64a1c9", "M", "Mere Tane", "", "6 Feb 2026, 11:40 NZDT",
                        "Tararu silts up at low tide though, it is no use for the bigger boats.", answering=("64a1c2", "Jo Harlow")))
    section = ('<div><h2 style="font-weight:700;">Member discussion</h2><div style="display:flex;flex-direction:column;">'
               + _ghost("64a1b0", "M", "Mere Tane", "Kopu resident", "5 Feb 2026, 20:05 NZDT",
                        "Six weeks in the middle of the snapper season, who plans these things?", replies)
               + _ghost("64a1d4", "A", "Anonymous", "", "7 Feb 2026, 08:00 NZDT", "Better now than when the ramp gives way under a trailer.")
               + "</div></div>")
    page = f'<html lang="en"><body><h1>Kopu boat ramp to close</h1><p>{story}</p>{section}</body></html>'
    comments = [(len(path), c.external_id, c.author_name, c.created_at, c.body) for path, c in walk(parse_html(page).comments)]
    assert [row[:4] for row in comments] == [
        (1, "64a1b0", "Mere Tane", datetime(2026, 2, 5, 7, 5, tzinfo=UTC)),
        (2, "64a1c2", "Jo Harlow", datetime(2026, 2, 5, 20, 15, tzinfo=UTC)),
        (3, "64a1c9", "Mere Tane", datetime(2026, 2, 5, 22, 40, tzinfo=UTC)),
        (1, "64a1d4", None, datetime(2026, 2, 6, 19, 0, tzinfo=UTC)),
    ]
    assert [row[4].split(",")[0] for row in comments] == [
        "Six weeks in the middle of the snapper season", "Thanks Mere", "Tararu silts up at low tide though",
        "Better now than when the ramp gives way under a trailer.",
    ]


def _cackle(ident: str, name: str, when: str, text: str, replies: str = "", answering: str = "") -> str:
    to = f' <span style="color:rgb(153,153,153);font-size:12px;">→ {answering}</span>' if answering else ""
    box = f'<div style="margin-left:50px;">{replies}</div>' if replies else ""
    return (f'<div id="mc-comment-{ident}" style="padding:10px 0;"><div style="display:flex;"><div style="width:40px;height:40px;">'
            f'<img src="a.png" style="width:36px;"></div><div style="flex:1;"><div><span style="font-weight:700;">{name}</span>{to} '
            f'<span style="color:rgb(153,153,153);font-size:12px;">{when}</span></div><div style="margin:4px 0;">{text}</div>'
            f'<div style="font-size:12px;">Жауап беру · <span>0</span></div></div></div>{box}</div>')


def test_cackle_under_archive_today_a_guests_short_text_and_a_removed_comment() -> None:
    """A guest's ("Қонақ") short text over a reply's longer one: the header is what stands before
    the comment's own text, not before the reply's; a removed comment's placeholder, set in line
    with the others' text ("padding-left:50px"), is a top-level comment, not a reply."""
    story = "Павлодар облысында жаңа уақыт белдеуіне көшу туралы шешім наурыздың бірінші күнінен күшіне енеді. " * 10
    reply = _cackle("501", "Айгүл", "1 наурыз 2024, 08:10",
                    "Менің сағатым өзі ауысып кетті, бірақ ескі теледидардағы уақыт әлі бұрынғыша тұр екен.", answering="Қонақ")
    thread = (_cackle("500", "Қонақ", "29 ақпан 2024, 22:40", "Сағатты ертең ауыстыруды ұмытпаңыз!", reply)
              + '<div id="mc-comment-502" style="padding:10px 0;"><div style="font-style:italic;padding-left:50px;">'
              'Пікір модератормен жойылды</div></div>'
              + _cackle("503", "Ерлан", "2 наурыз 2024, 19:05", "Кешке қараңғы ерте түседі енді, бұл ыңғайсыз."))
    page = f'<html lang="kk"><body><h1>Уақыт белдеуі ауысады</h1><p>{story}</p><div id="mc-container">{thread}</div></body></html>'
    comments = [(len(path), c.external_id, c.author_name, c.created_at, c.body) for path, c in walk(parse_html(page).comments)]
    assert [row[:4] for row in comments] == [
        (1, "mc-comment-500", None, datetime(2024, 2, 29, 22, 40, tzinfo=UTC)),
        (2, "mc-comment-501", "Айгүл", datetime(2024, 3, 1, 8, 10, tzinfo=UTC)),
        (1, "mc-comment-502", None, None),
        (1, "mc-comment-503", "Ерлан", datetime(2024, 3, 2, 19, 5, tzinfo=UTC)),
    ]
    assert [row[4].split()[0] for row in comments] == ["Сағатты", "Менің", "Пікір", "Кешке"]


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        ("Пікір модератормен жойылды", True),  # Kazakh: the comment was deleted by a moderator
        ("Бұл пікір жойылды", True),
        ("Izoh moderator tomonidan o‘chirildi", True),  # Uzbek
        ("Пікір жоқ", False),  # "no comments"
    ],
)
def test_removed_placeholders_in_kazakh_and_uzbek(text: str, removed: bool) -> None:
    assert is_removed_placeholder(text) is removed



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("٣ نوفمبر ٢٠٢٤ – ٩:١٥ م", datetime(2024, 11, 3, 21, 15, tzinfo=UTC)),  # a dash before the clock, "م" (evening)
        ("١٢ مارس ٢٠٢٥ – ٧:٠٥ ص", datetime(2025, 3, 12, 7, 5, tzinfo=UTC)),  # "ص" (morning)
        ("3 نوفمبر 2024، 9:15 م", datetime(2024, 11, 3, 21, 15, tzinfo=UTC)),  # an Arabic comma
        ("3 novembre 2024 — 21:15", datetime(2024, 11, 3, 21, 15, tzinfo=UTC)),
    ],
)
def test_a_dash_or_an_arabic_comma_between_the_date_and_the_clock(text: str, expected: datetime) -> None:
    assert parse_time(text) == expected


def test_a_quoted_comments_author_is_not_the_commenter() -> None:
    """Classes naming the author and the date word first ("autor_comentario", "fecha_comentario"),
    and a quote box naming the quoted comment's author ("cita_autor") inside the text."""
    def item(ident: int, number: int, name: str, when: str, text: str, quoted: tuple[str, int, str] | None = None) -> str:
        quote = (f'<div class="cita"><div class="cita_autor">Cita de {quoted[0]} (#{quoted[1]}):</div>'
                 f'<blockquote>{quoted[2]}</blockquote></div>') if quoted else ""
        return (f'<div class="comentario" id="c{ident}"><div class="cab_comentario"><span class="num_comentario">#{number}</span> '
                f'<span class="autor_comentario">{name}</span> <span class="fecha_comentario">{when}</span></div>'
                f'<div class="texto_comentario">{quote}{text}</div></div>')

    body = "El ayuntamiento cerrará al tráfico la calle Mayor los domingos por la mañana a partir de mayo. " * 10
    comments = (item(801, 1, "Vecina del casco viejo", "12/04/2008 - 10:05", "Por fin, los domingos no se podía ni pasear por la acera.")
                + item(802, 2, "Tomás R.", "12/04/2008 - 11:30", "Y los que vivimos allí cómo aparcamos el coche el domingo?",
                       ("Vecina del casco viejo", 1, "los domingos no se podía ni pasear")))
    page = (f'<html lang="es"><body><h1>La calle Mayor, peatonal los domingos</h1><p>{body}</p>'
            f'<div id="comentarios"><h3>Comentarios (2)</h3>{comments}</div></body></html>')
    found = [(c.external_id, c.author_name, c.created_at) for _, c in walk(parse_html(page).comments)]
    assert found == [
        ("c801", "Vecina del casco viejo", datetime(2008, 4, 12, 10, 5, tzinfo=UTC)),
        ("c802", "Tomás R.", datetime(2008, 4, 12, 11, 30, tzinfo=UTC)),
    ]


def test_whom_a_comment_answers_then_its_date_under_its_name_in_a_text_dump() -> None:
    dump = """Comments (3)

  • Aras Karim

    Aras Karim

    18 March 2024, 21:04
    Closing the citadel road from four in the afternoon is far too early for
    the people who work in the bazaar, how are they meant to get home?
    Like 7 Reply Report
  • Rezhin Omar

    Rezhin Omar

    In reply to Aras Karim 18 March 2024, 22:30
    It was the same last year and nobody had trouble. The free bus runs from
    the park, the story says so.
    Like 3 Reply Report
  • Karwan Aziz

    Karwan Aziz

    19 March 2024, 10:42
    Will the lighting be streamed? We are abroad this year and want to watch.
    Like 1 Reply Report
"""
    found = [(len(path), c.author_name, c.created_at, c.body.split()[0]) for path, c in walk(parse_page(dump).comments)]
    assert found == [
        (1, "Aras Karim", datetime(2024, 3, 18, 21, 4, tzinfo=UTC), "Closing"),
        (2, "Rezhin Omar", datetime(2024, 3, 18, 22, 30, tzinfo=UTC), "It"),
        (1, "Karwan Aziz", datetime(2024, 3, 19, 10, 42, tzinfo=UTC), "Will"),
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("In reply to Aras Karim 18 March 2024, 22:30", ("Aras Karim", "18 March 2024, 22:30")),
        ("En respuesta a Patricio Sepúlveda Viernes, 05 Abril 2024 21:47", ("Patricio Sepúlveda", "05 Abril 2024 21:47")),
        ("لە وەڵامی ئاراس محەمەد ١٨ ئازار ٢٠٢٤، ٢٢:٣٠", ("ئاراس محەمەد", "١٨ ئازار ٢٠٢٤، ٢٢:٣٠")),
        ("In reply to the council's plan for 2024", None),
    ],
)
def test_reply_then_date(line: str, expected: tuple[str, str] | None) -> None:
    assert reply_then_date(line) == expected



def test_a_jcomments_quote_ending_its_line_is_quoted() -> None:
    """JComments' quote box is a span, the commenter's own words after a ``<br>`` that follows it:
    the quoted words are someone else's, not the comment's opening."""
    html = ('<div class="comment-body" id="comment-body-77"><span class="quote"><span class="quote-author">Σπύρος Κ. έγραψε:'
            '</span>Τρεις μήνες λένε για την πλατεία.</span><br />Η πλατεία θα ανοίξει πριν από τα Χριστούγεννα.</div>')
    node = LexborHTMLParser(html).css_first("div")
    assert node is not None
    lines = node_lines(node, quotes=True)
    assert lines[-1] == "Η πλατεία θα ανοίξει πριν από τα Χριστούγεννα."
    assert all(line.startswith("“") for line in lines[:-1])


@pytest.mark.parametrize(
    ("name", "figures"),
    [
        # The seventy-seventh round (reader at 9d5c22d): 245/245 parents blind (100%); blind figures in brackets.
        ("html_holdout340", (62, 62, 62, 62, 62, 0)),  # (62, 62, 62, 62, 62, 0)
        ("html_holdout341", (63, 63, 63, 63, 63, 0)),  # (63, 63, 63, 63, 63, 0)
        ("html_holdout342", (60, 60, 60, 60, 60, 0)),  # (60, 60, 60, 60, 52, 0)
        ("html_holdout343", (60, 60, 60, 60, 60, 0)),  # (60, 60, 60, 57, 60, 0)
    ],
)
def test_the_sets_of_the_seventy_seventh_round(name: str, figures: tuple[int, int, int, int, int, int]) -> None:
    """(expected, matched, parents, authors, times, extra) per set."""
    assert set_figures(name) == figures
