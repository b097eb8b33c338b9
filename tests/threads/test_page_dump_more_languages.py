"""Comment systems' words and dates in the languages earlier dumps had not shown (#15, blind sets 89
and 90): WordPress's "says:", "Reply" and "at" in Serbian Cyrillic, the full stop South Slavic and
Hungarian dates put after the year, a Bengali Drupal's weekday and Bengali digits, Afghanistan's
month names, the comment section's heading in Baltic and other languages. The words
are the comment systems' own translations, listed for every language they ship in, so that a
language no page has shown yet is read too. Dumps written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import ARTICLE, flat
from threads.html_time import parse_time
from threads.page_parser import parse_page

# w3m on a Serbian WordPress page: "<name> каже:", the date under it with "у" before the clock and
# a full stop after the year, "Одговори" under each comment.
_SERBIAN = ARTICLE + """3 одговора на “Нова пијаца у Крагујевцу”

 1. [ab12] Милан Петровић каже:
    4. април 2024. у 18:15

    Пијаца је лепа, али паркинга нема ни за пола продаваца.

    Одговори
     1. [cd34] Jelena K. каже:
        4. април 2024. у 20:40

        Milane, parking je iza hale, samo nije obeležen.

        Одговори
 2. [ef56] Горан каже:
    5. април 2024. у 07:05

    Цене су исте као на старој пијаци, то је најважније.

    Одговори

Оставите одговор
"""

# w3m on a Bengali Drupal 10 page: the name over a weekday and a date in Bengali digits.
_BENGALI = ARTICLE + """মন্তব্য

করিম উদ্দিন

শুক্র, ১৪/০৩/২০২৫ - ০৯:১৫

স্থায়ী লিংক

নতুন সেতু হলে নদী পার হতে আর নৌকার অপেক্ষা করতে হবে না।

  • উত্তর দিন

নাসরিন আক্তার

শুক্র, ১৪/০৩/২০২৫ - ১১:৪০

স্থায়ী লিংক

কাজ কবে শেষ হবে সেটা কেউ বলছে না, এটাই ভয়ের কথা।

  • উত্তর দিন

মন্তব্য যোগ করুন
"""

# w3m on a Latvian paper's own comments: the heading's word says the list under it is the comments;
# each name is followed by the guest's masked address.
_LATVIAN = ARTICLE + """Saistītie raksti

  • Jaunie tramvaja vagoni Liepājā kursēs no 2025. gada
  • Karostas iedzīvotāji sūdzas par retajiem autobusiem

Komentāri (2)

Komentāri atspoguļo to autoru, nevis redakcijas viedokli. Aizskarošus
komentārus moderators dzēš. Lietošanas noteikumi

Kārtot: Jaunākie | Vecākie | Populārākie

  • Dzintra IP: 85.254.xx.xx 12.09.2024 18:22

    Autobuss vakaros iet reizi stundā, un tas nav pietiekami.

    41 6 Atbildēt Ziņot moderatoram
  • Jānis B. IP: 78.84.xx.xx 13.09.2024 07:12

    Rakstā nav minēts galvenais, kur paliek Eiropas fondu nauda.

    15 3 Atbildēt Ziņot moderatoram

Pievienot komentāru

Mēs izmantojam sīkdatnes, lai uzlabotu vietnes darbību un analizētu
apmeklējumu statistiku. Piekrītu
"""


def test_serbian_wordpress_says_reply_and_year_with_a_full_stop() -> None:
    rows = flat(parse_page(_SERBIAN).comments)
    assert [(path, author) for path, author, _, _ in rows] == [
        ((0,), "Милан Петровић"),
        ((0, 0), "Jelena K."),
        ((1,), "Горан"),
    ]
    assert [stamp for _, _, stamp, _ in rows] == [
        datetime(2024, 4, 4, 18, 15, tzinfo=UTC),
        datetime(2024, 4, 4, 20, 40, tzinfo=UTC),
        datetime(2024, 4, 5, 7, 5, tzinfo=UTC),
    ]
    assert rows[1][3] == "Milane, parking je iza hale, samo nije obeležen."


def test_latvian_heading_opens_the_comments() -> None:
    rows = flat(parse_page(_LATVIAN).comments)
    assert [(path, author, stamp) for path, author, stamp, _ in rows] == [
        ((0,), "Dzintra", datetime(2024, 9, 12, 18, 22, tzinfo=UTC)),
        ((1,), "Jānis B.", datetime(2024, 9, 13, 7, 12, tzinfo=UTC)),
    ]


def test_bengali_weekday_is_no_name_and_bengali_digits_are_read() -> None:
    rows = flat(parse_page(_BENGALI).comments)
    assert [(path, author, stamp) for path, author, stamp, _ in rows] == [
        ((0,), "করিম উদ্দিন", datetime(2025, 3, 14, 9, 15, tzinfo=UTC)),
        ((1,), "নাসরিন আক্তার", datetime(2025, 3, 14, 11, 40, tzinfo=UTC)),
    ]


def test_dates_with_a_full_stop_after_the_year_and_other_scripts_digits() -> None:
    assert parse_time("29. mart 2024. u 19:42") == datetime(2024, 3, 29, 19, 42, tzinfo=UTC)
    assert parse_time("2024. március 29. 14:32") == datetime(2024, 3, 29, 14, 32, tzinfo=UTC)
    assert parse_time("12.03.2024. 14:32") == datetime(2024, 3, 12, 14, 32, tzinfo=UTC)
    assert parse_time("১৪/০৩/২০২৫ - ১২:০২") == datetime(2025, 3, 14, 12, 2, tzinfo=UTC)  # Bengali
    assert parse_time("૧૪/૦૩/૨૦૨૫ ૧૨:૦૨") == datetime(2025, 3, 14, 12, 2, tzinfo=UTC)  # Gujarati
    assert parse_time("14 ಮಾರ್ಚ್ 2025 10:30") == datetime(2025, 3, 14, 10, 30, tzinfo=UTC)  # Kannada month
    assert parse_time("In 2024. Then 14:32") is None  # a year ending a sentence is no date


def test_afghan_month_names_of_the_solar_hijri_calendar() -> None:
    """Afghanistan names the Persian calendar's months after the zodiac (blind set 98, Herat)."""
    assert parse_time("۲۳ حوت ۱۴۰۲ - ۱۴:۲۰") == datetime(2024, 3, 13, 14, 20, tzinfo=UTC)  # Dari
    assert parse_time("1 حمل 1403 10:00") == datetime(2024, 3, 20, 10, 0, tzinfo=UTC)
    assert parse_time("5 کب 1402") == datetime(2024, 2, 24, tzinfo=UTC)  # Pashto
    assert parse_time("دوشنبه، 16 مهر 1403 - 08:15") == datetime(2024, 10, 7, 8, 15, tzinfo=UTC)  # Iran's


def test_removed_comments_placeholders_in_more_phrasings() -> None:
    """A removed comment's placeholder is a comment of its own (its replies answer it), whoever the
    page says removed it and why, in the languages blind sets printed it."""
    from threads.removed_placeholders import is_removed_placeholder, opens_with_placeholder

    whole = (
        "Este comentário foi removido pelo moderador.",
        "Bu yorum, yayın ilkelerimize aykırı olduğu için kaldırılmıştır.",
        "Kommentar gelöscht.",
        "Dieses Posting wurde von der Moderation entfernt.",
    )
    with_reason = (
        "Kommentaren har tagits bort av moderator eftersom den bröt mot våra regler.",
        "Dieser Kommentar wurde von der Moderation entfernt, da er gegen unsere Netiquette verstößt.",
        "Ce commentaire a été supprimé par la modération car il ne respectait pas la charte.",
        "Príspevok bol odstránený administrátorom pre porušenie pravidiel diskusie.",
        "Kommentaar on eemaldatud, kuna see rikkus kommenteerimise reegleid.",
    )
    assert all(is_removed_placeholder(line) for line in whole)
    assert all(opens_with_placeholder(line) for line in with_reason)
    for comment in ("Kommentar ist gut.", "Bu yorum çok doğru.", "Dieses Posting ist lang."):
        assert not is_removed_placeholder(comment) and not opens_with_placeholder(comment)


# w3m on wpDiscuz in Basque: the count before "Iruzkin", the guest's label between the name printed
# twice, a relative time ("duela 2 ordu"), "Honi erantzuna  <name>" over a reply's text.
_BASQUE_WPDISCUZ = ARTICLE + """Harpidetu
guest
[                    ]
[Iruzkina bidali]
3 Iruzkin
Berrienak
Zaharrenak Bozkatuenak
Jon Ander Zubeldia
Gonbidatua
Jon Ander Zubeldia
duela 10 minutu

Autobusak nora joango liratekeen ez da argi geratzen artikuluan.

0
Erantzun
Ane Goikoetxea
Bazkidea
Ane Goikoetxea
duela 2 ordu

Ez dut ulertzen zergatik ez dieten herritarrei lehenago galdetu.

7
Erantzun
Itziar L.
Gonbidatua
Itziar L.
duela 1 ordu
Honi erantzuna  Ane Goikoetxea

Ados nago, Ane. Herri batzarra lehenago egin behar zen.

2
Erantzun

Azken albisteak

  • Beasaingo erdigunea oinezkoentzat izango da larunbatetan
"""


def test_wpdiscuz_in_basque_relative_times_labels_and_reply_to() -> None:
    rows = flat(parse_page(_BASQUE_WPDISCUZ).comments)
    assert [(path, author) for path, author, _, _ in rows] == [
        ((0,), "Jon Ander Zubeldia"),
        ((1,), "Ane Goikoetxea"),
        ((1, 0), "Itziar L."),
    ]
    assert rows[-1][3] == "Ados nago, Ane. Herri batzarra lehenago egin behar zen."


# w3m on wpDiscuz in Thai, an air-quality box under the thread printing its own "updated" stamp.
_THAI_WPDISCUZ = ARTICLE + """2 ความคิดเห็น
ผู้เยี่ยมชม
สมชาย ใจดี
18 มีนาคม 2567 07:45

ฝุ่นหนักมากเช้านี้ มองไม่เห็นดอยเลยครับ

24
ตอบกลับ
ผู้เยี่ยมชม
มาลี สวยงาม
18 มีนาคม 2567 08:30
ตอบกลับ  สมชาย ใจดี

ที่โรงพยาบาลแจกหน้ากากฟรีค่ะ

5
ตอบกลับ

คุณภาพอากาศวันนี้

PM2.5: 98 มคก./ลบ.ม.

อัปเดต 26 มี.ค. 2567 เวลา 19:00 น.
"""


def test_a_boxs_updated_stamp_under_the_thread_is_no_comment() -> None:
    rows = flat(parse_page(_THAI_WPDISCUZ).comments)
    assert [(path, author, stamp) for path, author, stamp, _ in rows] == [
        ((0,), "สมชาย ใจดี", datetime(2024, 3, 18, 7, 45, tzinfo=UTC)),
        ((0, 0), "มาลี สวยงาม", datetime(2024, 3, 18, 8, 30, tzinfo=UTC)),
    ]
    assert rows[1][3] == "ที่โรงพยาบาลแจกหน้ากากฟรีค่ะ"


# w3m on an Amharic WordPress theme: the count after the story's title ("በ“…” ላይ 2 ሀሳቦች"), the
# date with the month first in Ethiopic letters, the form's heading and notice, a newsletter box.
_AMHARIC = ARTICLE + """በ“የዓሳ ገበያ ሊዛወር ነው” ላይ 2 ሀሳቦች

  • [6f1c2d9e8]
    ታደሰ ገብሬ
    ማርች 13, 2024 በ 9:15 ጥዋት
    ቋሚ አገናኝ

    አሞራ ገደል የሀዋሳ መለያ ነው። ገበያውን ማንሳት ይጎዳል።

    መልስ
      □ [0d9c8b7a6]
        ሰላማዊት ዳዊት
        ማርች 13, 2024 በ 2:05 ከሰዓት
        ቋሚ አገናኝ

        ታደሰ፣ ግን ያለውን ቆሻሻ አይተኸዋል?

        መልስ

መልስ ይተዉ መልስ ሰርዝ

የኢሜል አድራሻዎ አይታተምም። የሚያስፈልጉ መስኮች ምልክት ተደርጎባቸዋል *

አስተያየት * [                                             ]

የቅርብ ጊዜ አስተያየቶች

  • ሰላማዊት ዳዊት በ የዓሳ ገበያ ሊዛወር ነው

ዕለታዊ ዜናዎችን በቴሌግራም ቻናላችን ያግኙ፡ @hawassazare
"""


def test_amharic_wordpress_title_first_heading_month_first_dates_and_form() -> None:
    rows = flat(parse_page(_AMHARIC).comments)
    assert rows == [
        ((0,), "ታደሰ ገብሬ", datetime(2024, 3, 13, 9, 15, tzinfo=UTC), "አሞራ ገደል የሀዋሳ መለያ ነው። ገበያውን ማንሳት ይጎዳል።"),
        ((0, 0), "ሰላማዊት ዳዊት", datetime(2024, 3, 13, 14, 5, tzinfo=UTC), "ታደሰ፣ ግን ያለውን ቆሻሻ አይተኸዋል?"),
    ]


# w3m on Drupal 10 in Luxembourgish: "Äntwert op <subject> vum <author>" names the parent.
_LUXEMBOURGISH_DRUPAL = ARTICLE + """Kommentaren

Jang Schmit

Sa., 30.03.2024 - 18:22

Permalink

Mam Zuch

Wéi soll ech dann op Ettelbréck kommen, wann de Bus net méi fiert?

Carole Wagner

Sa., 30.03.2024 - 23:48

Permalink

Äntwert op Mam Zuch vum Jang Schmit

Zuch

Jang, den Zuch fiert all hallef Stonn vun Dikrech.

Tessy Kremer Redaktioun

So., 31.03.2024 - 10:02

Permalink

Äntwert op Mam Zuch vum Jang Schmit

Fuerplang

Merci fir d'Fro, Jang: de neie Fuerplang ass ab Méindeg online.
"""


def test_luxembourgish_drupal_names_the_parent_by_subject_and_author() -> None:
    rows = flat(parse_page(_LUXEMBOURGISH_DRUPAL).comments)
    assert [(path, author) for path, author, _, _ in rows] == [
        ((0,), "Jang Schmit"),
        ((0, 0), "Carole Wagner"),
        ((0, 1), "Tessy Kremer"),
    ]


def test_a_weekday_with_arabics_comma_opens_a_date_and_is_no_name() -> None:
    """An Egyptian paper's header (blind set 102): "<name> الخميس، ٢٥ أبريل ٢٠٢٤ ٣:٢٠ م"."""
    from threads.comment_header import read_header

    assert parse_time("الخميس، ٢٥ أبريل ٢٠٢٤ ٣:٢٠ م") == datetime(2024, 4, 25, 15, 20, tzinfo=UTC)
    header = read_header("[avat] سمر إبراهيم الخميس، ٢٥ أبريل ٢٠٢٤ ٣:٢٠ م", None)
    assert header is not None and (header.author, header.created_at) == ("سمر إبراهيم", datetime(2024, 4, 25, 15, 20, tzinfo=UTC))


# w3m on a Nynorsk paper's own comment list (blind set 111): the heading "Kommentarar", a
# numbered list nested by indent, and a comment removed by the moderator keeping its reply.
_NYNORSK = ARTICLE + """Les også

  • Kveldsferja frå Hella blir borte i vinter
  • Halv pris på ferja – men ikkje for alle

Pendlarforeininga meiner auken rammar dei som har minst val.

Del på Facebook Del på e-post

Kommentarar (4)

Du må vere innlogga med fullt namn eller kallenamn for å kommentere.
Kommentarar som bryt med reglane våre blir fjerna. Alle tider er norsk tid.

 1. Ingrid Hovland 25. oktober 2024 kl. 16.02

    Tolv prosent! Eg pendlar over fjorden kvar dag.

    Lik (31) Svar Meld frå

     1. Arne Kvåle 25. oktober 2024 kl. 18.40

        Ingrid, fylket vedtok jo halv pris i 2023.

        Lik (14) Svar Meld frå

 2. Denne kommentaren er fjerna av moderator.

     1. Tor Einar Lunde 26. oktober 2024 kl. 23.48

        Same kva ein meiner om Vegvesenet, så kan ein seie det utan skjellsord.

        Lik (9) Svar Meld frå

Logg inn for å kommentere
"""


def test_nynorsk_heading_buttons_and_removed_placeholder() -> None:
    comments = parse_page(_NYNORSK).comments
    assert comments[0].body == "Tolv prosent! Eg pendlar over fjorden kvar dag."  # not "Lik (31) Svar Meld frå"
    rows = flat(comments)
    assert [(path, author, stamp) for path, author, stamp, _ in rows] == [
        ((0,), "Ingrid Hovland", datetime(2024, 10, 25, 16, 2, tzinfo=UTC)),
        ((0, 0), "Arne Kvåle", datetime(2024, 10, 25, 18, 40, tzinfo=UTC)),
        ((1,), None, None),
        ((1, 0), "Tor Einar Lunde", datetime(2024, 10, 26, 23, 48, tzinfo=UTC)),
    ]


# w3m on a Bengali wpDiscuz thread (blind set 110): the heading's count in Bengali digits, relative
# times ("২ দিন আগে"), badges, "জবাব <name>" naming the comment answered.
_BENGALI_WPDISCUZ = ARTICLE + """৩ মন্তব্য
পুরোনো
সব মন্তব্য দেখুন
রফিকুল ইসলাম
সদস্য
রফিকুল ইসলাম
২ দিন আগে

সোনাডাঙ্গায় আজ সকালে কল খুলে দেখি পানি একদম ঘোলা।

১৪
জবাব দিন
মৌসুমী আক্তার
অতিথি
মৌসুমী আক্তার
২ দিন আগে
জবাব রফিকুল ইসলাম

ভাই, আমাদের টুটপাড়াতেও একই অবস্থা। দোষীদের কাছে জবাব
চাইতে হবে।

৬
জবাব দিন
তানভীর হাসান
সদস্য
তানভীর হাসান
৩ ঘণ্টা আগে

খবরে লেখা মধুমতী থেকে পানি আনা হচ্ছে।

৯
জবাব দিন
"""


def test_bengali_wpdiscuz_heading_in_bengali_digits_relative_times_and_reply_to() -> None:
    rows = flat(parse_page(_BENGALI_WPDISCUZ).comments)
    assert [(path, author) for path, author, _stamp, _text in rows] == [
        ((0,), "রফিকুল ইসলাম"), ((0, 0), "মৌসুমী আক্তার"), ((1,), "তানভীর হাসান"),
    ]


# w3m on a Khmer Drupal 7 page (blind set 110): the long date naming each part ("ថ្ងៃច័ន្ទ ទី២០
# ខែឧសភា ឆ្នាំ២០២៤ ម៉ោង ០៨:១៤"), "Permalink" and "Reply" in Khmer, and the subject Drupal cut
# from the text's opening.
_KHMER = ARTICLE + """មតិយោបល់ (២)

សុខ ដារ៉ា

ថ្ងៃច័ន្ទ ទី២០ ខែឧសភា ឆ្នាំ២០២៤ ម៉ោង ០៨:១៤

តំណភ្ជាប់

ល្អណាស់ ខ្ញុំជាអ្នករត់រ៉ឺម៉ក…

ល្អណាស់ ខ្ញុំជាអ្នករត់រ៉ឺម៉ក ជាង ៥ ឆ្នាំហើយ។

  • ឆ្លើយតប

អនាមិក (មិនទាន់ផ្ទៀងផ្ទាត់)

ថ្ងៃអង្គារ ទី២១ ខែឧសភា ឆ្នាំ២០២៤ ម៉ោង ១៩:០៥

តំណភ្ជាប់

ប៉ុន្តែ អ្នកដំណើរ ត្រូវបង់…

ប៉ុន្តែ អ្នកដំណើរ ត្រូវបង់ថ្លៃជាងមុន។

  • ឆ្លើយតប
"""


def test_khmer_long_dates_buttons_and_a_subject_cut_from_the_text() -> None:
    comments = parse_page(_KHMER).comments
    assert [(c.author_name, c.created_at, c.body) for c in comments] == [
        ("សុខ ដារ៉ា", datetime(2024, 5, 20, 8, 14, tzinfo=UTC), "ល្អណាស់ ខ្ញុំជាអ្នករត់រ៉ឺម៉ក ជាង ៥ ឆ្នាំហើយ។"),
        (None, datetime(2024, 5, 21, 19, 5, tzinfo=UTC), "ប៉ុន្តែ អ្នកដំណើរ ត្រូវបង់ថ្លៃជាងមុន។"),
    ]


# w3m on a Mongolian paper's own list (blind set 110): "Сэтгэгдэл", a guest's masked address in
# brackets, "16 цагийн өмнө" (16 hours ago).
_MONGOLIAN = ARTICLE + """Сэтгэгдэл (2)

УБ иргэн (66.181.161.xxx) 16 цагийн өмнө
30 хувь гэдэг тоо хаанаас гарсан юм бэ? Манай Толгойтод 1-р сард гадаа гараад
хамар амаа дараад л явж байсан.
31 6Хариулах
Зочин (103.57.93.xxx) 2024.03.14 11:15
Шахмал түлш нь өөрөө их үнсэртэй, зуух бөглөрдөг.
47 3Хариулах

Их уншсан
"""


def test_mongolian_heading_relative_time_and_a_masked_address() -> None:
    rows = flat(parse_page(_MONGOLIAN).comments)
    assert [(author, stamp) for _path, author, stamp, _text in rows] == [
        ("УБ иргэн", None), (None, datetime(2024, 3, 14, 11, 15, tzinfo=UTC)),
    ]


# w3m on a Basque Drupal 10 thread (blind set 109): "<name> erabiltzaileak bidalia: <date>"
# (submitted by), "(egiaztatu gabea)" (not verified), "Honi erantzuna: <subject> – <author>" (in
# reply to) and "Esteka iraunkorra" (permalink); printed flat.
_BASQUE = ARTICLE + """Iruzkinak

Koldo (egiaztatu gabea) erabiltzaileak bidalia: 2025/03/28 - 19:09

Esteka iraunkorra

Noiz arte?

Bi urte daramatzagu dragatzea noiz egingo duten galdezka.

  • Erantzun

Nerea Arrizabalaga erabiltzaileak bidalia: 2025/03/28 - 21:47

Honi erantzuna: Noiz arte? – Koldo (egiaztatu gabea)

Esteka iraunkorra

Ez da Udalaren errua

Koldo, portua Eusko Jaurlaritzarena da, ez Udalarena.

  • Erantzun

Miren Goikoetxea erabiltzaileak bidalia: 2025/03/30 - 12:22

Esteka iraunkorra

Eta hondarra nora?

Inork ez du esaten ateratako hondarra nora eramango duten.

  • Erantzun
"""


def test_basque_drupal_submitted_by_after_the_name_and_in_reply_to_with_a_dash() -> None:
    rows = flat(parse_page(_BASQUE).comments)
    assert [(path, author, text) for path, author, _stamp, text in rows] == [
        ((0,), "Koldo", "Bi urte daramatzagu dragatzea noiz egingo duten galdezka."),
        ((0, 0), "Nerea Arrizabalaga", "Koldo, portua Eusko Jaurlaritzarena da, ez Udalarena."),
        ((1,), "Miren Goikoetxea", "Inork ez du esaten ateratako hondarra nora eramango duten."),
    ]


# w3m on a Moldovan paper's own flat list (blind set 109): a reply opens with "Citat: <name>" over
# the lines it quotes, printed flat; a comment removed "de moderator pentru …".
_ROMANIAN = ARTICLE + """Comentarii (4)

Ion Ciobanu 28.03.2025, 19:41

Iar fără apă. A treia oară în luna asta.

Răspunde +14− Raportează
Светлана 29.03.2025, 08:12

Подскажите, а на Индепенденцей тоже отключат?

Răspunde +0− Raportează

Comentariu șters de moderator pentru încălcarea regulilor.

Vasile Rusu 30.03.2025, 10:17
Citat: Ion Ciobanu
Iar fără apă. A treia oară în luna asta.

Ion, au anunțat pe pagina de Facebook încă de marți.

Răspunde +-3− Raportează

Lasă un comentariu
"""


def test_a_flat_quote_headed_by_whom_it_quotes_names_the_parent() -> None:
    comments = parse_page(_ROMANIAN).comments
    rows = flat(comments)
    assert [(path, author) for path, author, _stamp, _text in rows] == [
        ((0,), "Ion Ciobanu"), ((0, 0), "Vasile Rusu"), ((1,), "Светлана"), ((2,), None),
    ]
    assert comments[0].replies[0].body == (
        "\u201cIar fără apă. A treia oară în luna asta.\u201d\n\nIon, au anunțat pe pagina de Facebook încă de marți."
    )


def test_french_wordpress_hours_and_minutes_in_words_are_a_date_line() -> None:
    """French WordPress prints "26 octobre 2024 à 21 h 34 min" under the name: a stamp, not the
    comment's first words; a story's "le 14 novembre à 18 h 30" is none."""
    from threads.page_furniture import is_date_line

    assert is_date_line("26 octobre 2024 à 21 h 34 min")
    assert is_date_line("27 octobre 2024 à 2 h 41 min")
    assert not is_date_line("Une réunion est prévue le 14 novembre à 18 h 30")


# w3m on a French WordPress thread (blind set 113): the avatar's alt text after each item's number
# or w3m's glyph for a deeper item, "dit :" after the name (an anonymous one too), the date under it.
_FRENCH_WORDPRESS = ARTICLE + """3 réflexions au sujet de « Metz »

 1. [a41] Gérard Thiriet dit :
    26 octobre 2024 à 21 h 34 min

    Trois mois sans marché couvert en plein hiver.

    Répondre
      □ [5c7] Nadia Belkacem dit :
        26 octobre 2024 à 23 h 52 min

        Gérard, ma belle-sœur tient un stand de légumes là-bas.

        Répondre
 2. [mm] Anonyme dit :
    26 octobre 2024 à 22 h 08 min

    2,4 millions pour un toit alors que les rues de Borny sont pleines.

    Répondre

Laisser un commentaire
"""


def test_an_anonymous_commenter_says_over_a_date_and_avatars_after_list_markers() -> None:
    rows = flat(parse_page(_FRENCH_WORDPRESS).comments)
    assert [(path, author, text) for path, author, _stamp, text in rows] == [
        ((0,), "Gérard Thiriet", "Trois mois sans marché couvert en plein hiver."),
        ((0, 0), "Nadia Belkacem", "Gérard, ma belle-sœur tient un stand de légumes là-bas."),
        ((1,), None, "2,4 millions pour un toit alors que les rues de Borny sont pleines."),
    ]


def test_hungarian_drupal_year_first_date_with_its_weekday_and_a_drupal_7_subject() -> None:
    """Hungarian Drupal 7 prints "2024. március 30., szombat - 21:14" (year, month's name, day,
    weekday, clock), and Drupal 7 makes a subject of the text's first 29 characters, cut at a
    word's end with no ellipsis: the subject is no part of the text."""
    from threads.html_time import parse_time
    from threads.page_furniture import is_date_line

    assert parse_time("2024. március 30., szombat - 21:14") == datetime(2024, 3, 30, 21, 14, tzinfo=UTC)
    assert is_date_line("2024. március 30., szombat - 21:14")
    page = ARTICLE + """Hozzászólások

Kovács Endre

2024. március 30., szombat - 21:14

Közvetlen link

Ezt évek óta lehetett tudni

Ezt évek óta lehetett tudni, a szivattyúház hangja már 2019-ben is olyan volt.

  • válasz

Névtelen (nem ellenőrzött)

2024. március 30., szombat - 22:40

Közvetlen link

Tudni lehetett, csak pénz…

Tudni lehetett, csak pénz nem volt rá.

  • válasz
"""
    assert [(c.author_name, c.body) for c in parse_page(page).comments] == [
        ("Kovács Endre", "Ezt évek óta lehetett tudni, a szivattyúház hangja már 2019-ben is olyan volt."),
        (None, "Tudni lehetett, csak pénz nem volt rá."),
    ]


def test_spanish_drupal_name_bar_weekday_date_and_permalink_on_one_line() -> None:
    """Spanish Drupal 7 prints "Rubén Castañeda (no verificado) | Vie, 01/11/2024 - 19:22 Enlace
    permanente": the permalink after the time, the bar and the weekday between name and date."""
    from threads.comment_header import read_header

    header = read_header("Rubén Castañeda (no verificado) | Vie, 01/11/2024 - 19:22 Enlace permanente", None)
    assert header is not None and header.author == "Rubén Castañeda" and header.created_at is not None
    header = read_header("Lupita Arce | Sáb, 02/11/2024 - 08:47 Enlace permanente", None)
    assert header is not None and header.author == "Lupita Arce"


def test_malayalam_wpdiscuz_relative_times_badges_and_reply_to() -> None:
    """wpDiscuz in Malayalam (blind set 114): "2 ദിവസം മുമ്പ്" (2 days ago), the guest and author
    badges, "ഇതിനുള്ള മറുപടി <name>" (reply to) under a reply's time."""
    page = ARTICLE + """2 അഭിപ്രായങ്ങൾ
ഏറ്റവും പുതിയത്
Shameer Thalassery
അതിഥി
Shameer Thalassery
2 ദിവസം മുമ്പ്

Ithu ethra kaalam aayi parayunnu.

21
മറുപടി
കണ്ണൂർ വാർത്ത ഡെസ്ക്
രചയിതാവ്
കണ്ണൂർ വാർത്ത ഡെസ്ക്
2 ദിവസം മുമ്പ്
ഇതിനുള്ള മറുപടി Shameer Thalassery

പ്രിയ ഷമീർ, ഞങ്ങളുടെ ലേഖകൻ നാളെ രാവിലെ എത്തും.

6
മറുപടി
"""
    rows = flat(parse_page(page).comments)
    assert [(path, author) for path, author, _stamp, _text in rows] == [
        ((0,), "Shameer Thalassery"), ((0, 0), "കണ്ണൂർ വാർത്ത ഡെസ്ക്"),
    ]


def test_wpdiscuz_guest_label_in_french_spanish_and_italian_is_no_name() -> None:
    """wpDiscuz prints its guest label between the name (twice: the avatar's alt text) and the
    time: "Invité", "Invitado", "Ospite" are labels, not the commenter."""
    from threads.comment_header import is_label_line

    assert all(is_label_line(label) for label in ("Invité", "Invitado", "Ospite"))
    assert not is_label_line("Gast")  # (German Drupal prints it as an anonymous commenter's name)


def test_wpdiscuz_reply_to_in_french_spanish_italian_and_catalan() -> None:
    """wpDiscuz prints "Répondre à   <name>" ("Responder a", "Rispondi a", "Respon a") under a
    reply's time: the comment answered."""
    page = ARTICLE + """2 Commentaires
Marc Overney
Marc Overney
Invité
il y a 2 jours

Deux ans sans piscine couverte en ville, pour les clubs c'est une catastrophe.

14
Répondre
Nathalie Python
Nathalie Python
Abonné
il y a 2 jours
Répondre à   Marc Overney

Marc, les nageurs du club auront des lignes d'eau à Marly et à Guin.

6
Répondre
"""
    rows = flat(parse_page(page).comments)
    assert [(path, author) for path, author, _stamp, _text in rows] == [((0,), "Marc Overney"), ((0, 0), "Nathalie Python")]


def test_german_wpdiscuz_guest_label_under_the_doubled_name_but_drupals_gast_is_a_name() -> None:
    """wpDiscuz prints the name twice (its avatar's alt text, then the name) and "Gast" under it:
    a label. German Drupal prints "Gast" itself over the time: an anonymous commenter."""
    page = ARTICLE + """2 Kommentare
Franz Leitner
Franz Leitner
Gast
12. Februar 2025 19:42

Wieder einmal wird das Mühlviertel abgehängt.

14
Antworten
Petra Hofer
Petra Hofer
Gast
Antwort auf  Franz Leitner
12. Februar 2025 20:17

Franz, der Bus fährt aber stündlich.

-2
Antworten
"""
    rows = flat(parse_page(page).comments)
    assert [(path, author, text) for path, author, _stamp, text in rows] == [
        ((0,), "Franz Leitner", "Wieder einmal wird das Mühlviertel abgehängt."),
        ((0, 0), "Petra Hofer", "Franz, der Bus fährt aber stündlich."),
    ]


def test_an_argentine_papers_hours_mark_after_the_clock() -> None:
    """"Nati Cruz 12/02/2024 - 09:14 hs." (horas): the name, then the time."""
    from threads.comment_header import read_header

    header = read_header("Nati Cruz 12/02/2024 - 09:14 hs.", None)
    assert header is not None and header.author == "Nati Cruz" and header.created_at is not None
    assert header.created_at.strftime("%H:%M") == "09:14"
