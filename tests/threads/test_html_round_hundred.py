"""What the hundredth blind round (sets 432-435, 248/253 parents blind) showed the HTML reader: a
Facebook-like plugin whose comments' own classes ("div.ks-comment#kf-c-88412") matched as
comments boxes, so only the first thread was read (set 434, 3 comments); its reply opening with a
mention linked without "@" ("<a class=ks-mention>Rina Oktaviani</a> nggak …"); Coral's reply line
with an icon's ligature before its words ("reply Als Antwort auf Marc Schmit", set 435); the old
Disqus's form box "div#dsq-reply" taken for a comment (set 435). Times: zones stated in words
(Ecuador's mainland, Mexico's "horario del Pacífico", "à l'heure d'Alger", "celles de Paris");
Spanish "12 de marzo de 2024 a las 9:47 a. m." inside a longer line (ten words); archive.today's
"archived 28 Oct 2024 07:31:05 UTC" as the saved day ("i går kl. 09.10"); Burmese dates (the
"၊" after the day, "ည" and "မနက်" before the clock); Afghanistan's Solar Hijri with "ب.ظ" and a
weekday written with a zero-width non-joiner ("سه‌شنبه"). Names: an avatar's initial over
"ناشناس"; Lao's "(ບໍ່ໄດ້ຢືນຢັນ)" (not verified), Burmese and Lao guests, "Lecteur anonyme". Left:
Disqus times a page states only in its saving tool's stamp (set 433)."""

from __future__ import annotations

import datetime

import pytest

from tests.threads.holdout_figures import set_figures, stated_offsets
from threads.calendars import jalali_time
from threads.comment_names import clean_name
from threads.html_reader import parse_html
from threads.html_time import parse_time
from threads.html_time_search import time_in_text
from threads.model import walk
from threads.page_dates import page_dates
from threads.page_saved import saved_day


def _tree(page: str) -> list[tuple[str | None, str | None, str | None]]:
    ids: dict[tuple[int, ...], str | None] = {}
    read = []
    for path, c in walk(parse_html(page).comments):
        ids[path] = c.external_id
        read.append((c.external_id, c.author_name, ids.get(path[:-1])))
    return read


def test_a_facebook_like_plugin_its_comments_named_like_boxes() -> None:
    def item(ident: int, name: str, text: str, replies: str = "", reply: bool = False) -> str:
        inner = f'<div class="ks-replies">{replies}</div>' if replies else ""
        return (f'<div class="ks-comment{" ks-reply" if reply else ""}" id="kf-c-{ident}" data-comment-id="10231_{ident}">'
                f'<div class="ks-main"><div class="ks-bubble"><div class="ks-actor"><a class="ks-actor-name" href="https://www.facebook.com/u{ident}">{name}</a></div>'
                f'<div class="ks-body"><span dir="auto">{text}</span></div></div>'
                f'<div class="ks-actions"><a href="#" class="ks-like">Suka</a> · <a href="#" class="ks-reply-btn">Balas</a> · '
                f'<a class="ks-permalink" href="?kmt={ident}#kf-c-{ident}"><abbr class="ks-timestamp" data-utime="17565{ident}" title="Sabtu, 30 Agustus 2025 pukul 16.05">1 h</abbr></a></div></div>{inner}</div>')

    page = (f'<html lang="id"><body><h1>JFC 2025</h1><p>{"Rute baru parade JFC membuat warga mengeluh soal penutupan jalan. " * 6}</p>'
            '<div id="komentar" class="ks-wrap"><div class="ks-list">'
            + item(88412, "Dimas Prasetyo", "Rute baru lewat Jalan Sultan Agung itu bikin macet sampai Mangli.",
                   item(88420, "Rina Oktaviani", "Sudah diumumkan kok mas di IG Dishub Jember sejak Senin.", reply=True)
                   + item(88431, "Yusuf Hamzah", "Macet setahun sekali demi JFC ya dinikmati saja.", reply=True)
                   + item(88437, "Dimas Prasetyo", '<a class="ks-mention" href="https://www.facebook.com/rina">Rina Oktaviani</a> nggak semua orang main IG mbak.', reply=True))
            + item(88445, "Fajar Ramadhan", "Koreksi dari redaksi: parade utama dimulai pukul 13.00 WIB.")
            + item(88452, "Sri Wahyuni", "Kostumnya tahun ini bagus-bagus, cucu saya ikut JFC Kids.")
            + "</div></div></body></html>")
    assert _tree(page) == [
        ("kf-c-88412", "Dimas Prasetyo", None), ("kf-c-88420", "Rina Oktaviani", "kf-c-88412"),
        ("kf-c-88437", "Dimas Prasetyo", "kf-c-88420"), ("kf-c-88431", "Yusuf Hamzah", "kf-c-88412"),
        ("kf-c-88445", "Fajar Ramadhan", None), ("kf-c-88452", "Sri Wahyuni", None),
    ]


def test_a_reply_line_after_an_icons_ligature() -> None:
    def item(ident: str, name: str, text: str, answered: str = "", indent: int = 0) -> str:
        line = (f'<div class="coral coral-comment-inReplyTo"><span class="material-icons" aria-hidden="true">reply</span> '
                f'<span class="coral coral-comment-inReplyToText">Als Antwort auf <span class="coral coral-comment-inReplyToUsername">{answered}</span></span></div>'
                if answered else "")
        return (f'<div class="coral coral-indent-{indent}"><div class="coral coral-comment" id="comment-{ident}">'
                f'<div class="coral coral-comment-username"><span>{name}</span></div>'
                f'<time class="coral coral-timestamp" datetime="2023-10-28T1{len(ident)}:02:45.000Z">vor 17 Stunden</time>{line}'
                f'<div class="coral coral-content coral-comment-content"><p>{text}</p></div></div></div>')

    page = (f'<html lang="de"><body><h1>Sessellift Vianden</h1><p>{"Der Sessellift bleibt ein weiteres Jahr geschlossen. " * 6}</p><div id="coral">'
            + item("a1", "Jhemp Reuter", "Schon wieder ein Jahr ohne Sessellift, das ist eine Schande für Vianden.")
            + item("a22", "Carine W.", "Die Sicherheit geht nun mal vor, lieber ein Jahr warten.", "Jhemp Reuter", 1)
            + item("a333", "Marc Schmit", "Sicherheit? Die Anlage wurde 2019 noch komplett geprüft.", "Carine W.", 2)
            + item("a4444", "Jhemp Reuter", "Genau so ist es, Marc. Erst alles verfallen lassen.", "Marc Schmit", 2)
            + "</div></body></html>")
    assert [(ident, parent) for ident, _name, parent in _tree(page)] == [
        ("comment-a1", None), ("comment-a22", "comment-a1"), ("comment-a333", "comment-a22"), ("comment-a4444", "comment-a333"),
    ]


@pytest.mark.parametrize(
    ("note", "language", "offsets"),
    [
        ("Las horas de los comentarios corresponden a la hora de Ecuador continental.", "es", (-5.0, -5.0)),
        ("Las fechas y horas de los comentarios se muestran en el horario del Pacífico (tiempo de Nayarit).", "es", (-7.0, -7.0)),
        ("Merci de respecter la charte. Les heures sont indiquées à l'heure d'Alger.", "fr", (1.0, 1.0)),
        ("Les commentaires sont modérés. Les heures indiquées sont celles de Paris.", "fr", (1.0, 2.0)),
    ],
)
def test_zones_stated_in_words(note: str, language: str, offsets: tuple[float, float]) -> None:
    assert stated_offsets(note, language) == offsets


def test_a_spanish_date_of_ten_words_in_a_line() -> None:
    with page_dates("es-EC", None):
        found = time_in_text("Marco Villacís dice: 12 de marzo de 2024 a las 9:47 a. m.")
    assert found is not None and found.strftime("%Y-%m-%d %H:%M") == "2024-03-12 09:47"


def test_archive_todays_capture_time_as_the_saved_day() -> None:
    page = '<html><head><meta name="description" content="archived 28 Oct 2024 07:31:05 UTC"></head><body>archive.today</body></html>'
    assert saved_day(page) == datetime.date(2024, 10, 28)


@pytest.mark.parametrize(
    ("printed", "read"),
    [("၂၀၂၅ နိုဝင်ဘာ ၃၊ ည ၈:၁၅", "2025-11-03 20:15"), ("၂၀၂၅ နိုဝင်ဘာ ၄၊ မနက် ၇:၀၅", "2025-11-04 07:05"), ("၂၀၂၅ နိုဝင်ဘာ ၃၊ နေ့လယ် ၁:၃၀", "2025-11-03 13:30")],
)
def test_burmese_dates(printed: str, read: str) -> None:
    with page_dates("my", None):
        found = parse_time(printed)
    assert found is not None and found.strftime("%Y-%m-%d %H:%M") == read


@pytest.mark.parametrize(
    ("printed", "read"),
    [("جمعه ۸ حمل ۱۴۰۴، ساعت ۶:۴۰ ب.ظ", "2025-03-28 18:40"), ("سه‌شنبه ۱۲ حمل ۱۴۰۴، ساعت ۱۱:۴۵ ب.ظ", "2025-04-01 23:45"),
     ("شنبه ۹ حمل ۱۴۰۴، ساعت ۱۲:۱۰ ق.ظ", "2025-03-29 00:10")],
)
def test_afghan_solar_hijri_with_the_half_of_the_day(printed: str, read: str) -> None:
    found = jalali_time(printed.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")))
    assert found is not None and found.strftime("%Y-%m-%d %H:%M") == read


@pytest.mark.parametrize(
    ("shown", "name"),
    [("ບຸນມີ (ບໍ່ໄດ້ຢືນຢັນ)", "ບຸນມີ"), ("ຜູ້ບໍ່ປະສົງອອກຊື່ (ບໍ່ໄດ້ຢືນຢັນ)", None), ("ဧည့်သည်", None), ("Lecteur anonyme", None)],
)
def test_names(shown: str, name: str | None) -> None:
    assert clean_name(shown) == name


def test_an_old_disqus_form_box_is_no_comment() -> None:
    def item(ident: int, name: str, text: str) -> str:
        return (f'<li id="dsq-comment-{ident}" class="dsq-comment"><div class="dsq-comment-header"><cite>{name}</cite></div>'
                f'<div class="dsq-comment-body"><p>{text}</p></div></li>')

    page = (f'<html lang="da"><body><h1>Cykelsti</h1><p>{"Fyrre træer skal fældes for en ny cykelsti. " * 6}</p><div id="disqus_thread"><div id="dsq-content">'
            '<div id="dsq-reply" class="dsq-reply"><h3>Tilføj ny kommentar</h3><div class="dsq-textarea-wrapper"><textarea>Skriv en kommentar ...</textarea></div></div>'
            '<ul id="dsq-comments">' + item(215730411, "Jens Aagaard", "Fyrre træer for en cykelsti? Det er da vanvid, helt ærligt.")
            + item(215731982, "Mette Nielsen", "Læs nu artiklen, Jens. Halvdelen bliver plantet igen i parken.") + "</ul></div></div></body></html>")
    assert [name for _, name, _ in _tree(page)] == ["Jens Aagaard", "Mette Nielsen"]


@pytest.mark.parametrize(
    ("name", "figures"),
    [
        # The hundredth round (reader at 4e0e4a4, before round 99 was taught): 248/253 parents blind (98.0%); blind figures in brackets.
        ("html_holdout432", (64, 64, 64, 64, 64, 0)),  # (64, 64, 64, 64, 64, 0)
        ("html_holdout433", (64, 64, 64, 64, 57, 0)),  # (64, 64, 64, 63, 37, 0)
        ("html_holdout434", (63, 63, 63, 63, 63, 0)),  # (63, 60, 59, 50, 32, 0); its Hindi statement of IST learnt in round 101
        ("html_holdout435", (62, 62, 62, 62, 62, 0)),  # (62, 62, 61, 62, 55, 1)
    ],
)
def test_the_sets_of_the_hundredth_round(name: str, figures: tuple[int, int, int, int, int, int]) -> None:
    """(expected, matched, parents, authors, times, extra) per set."""
    assert set_figures(name) == figures
