"""Text dumps of comment pages in Czech, Finnish and Turkish, with their habits (#15, blind sets 8
and 9): a name printed twice and then a place or label, a picture named after the name ("X
avatarı X", "Käyttäjän X profiilikuva X"), relative times and days with their clock, a button to
the form right under the comments heading, and a reply that names its parent only by quoting it
("X kirjoitti:"). Each habit in a small dump written for it."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import ARTICLE, flat
from threads.comment_header import read_header
from threads.page_parser import parse_page


def test_czech_flat_dump_doubled_names_with_places_labels_and_buttons() -> None:
    page = ARTICLE + (
        "Diskuse k článku (4 příspěvky)\n\n"
        "Řadit: podle vláken | od nejnovějších\n\n"
        "Olga Malá Olga Malá Polná 3. května 2024, 18:05\n\n"
        "Most přes řeku opravují už potřetí za deset let a pořád to nestačí.\n\n"
        "+12 −1 Reagovat Nahlásit\n"
        "Anonym neregistrovaný 3. května 2024, 19:40\n\n"
        "Objížďka přes Dobronín zabere v ranní špičce dvacet minut navíc.\n\n"
        "+4 −0 Reagovat Nahlásit\n"
        "Ivo Zeman Ivo Zeman redakce před 2 hodinami\n\n"
        "Podle kraje má být most hotový do konce října, ověřili jsme to.\n\n"
        "+7 −0 Reagovat Nahlásit\n\n"
        "Přidat příspěvek\n\n"
        "Jméno ____________________\n\n"
        "Nejčtenější\n\n"
        "1. Jiný článek o něčem jiném\n"
    )
    assert flat(parse_page(page).comments) == [
        ((0,), "Olga Malá", datetime(2024, 5, 3, 18, 5, tzinfo=UTC), "Most přes řeku opravují už potřetí za deset let a pořád to nestačí."),
        ((1,), None, datetime(2024, 5, 3, 19, 40, tzinfo=UTC), "Objížďka přes Dobronín zabere v ranní špičce dvacet minut navíc."),
        ((2,), "Ivo Zeman", None, "Podle kraje má být most hotový do konce října, ověřili jsme to."),
    ]


def test_finnish_dump_picture_named_after_the_name_klo_and_a_reply_that_quotes_its_parent() -> None:
    page = ARTICLE + (
        "Kommentit (3)\n\n"
        "   Käyttäjän Siiri P. profiilikuva Siiri P. 4.5.2024 klo 9.12\n\n"
        "   Uimahallin remontti venyy taas, ja koululaiset ajavat naapurikuntaan.\n"
        "   (BUTTON) 👍 5 (BUTTON) Vastaa (BUTTON) Ilmoita asiaton viesti\n"
        "   Käyttäjän Aki profiilikuva Aki eilen klo 22.14\n\n"
        "     Siiri P. kirjoitti:\n\n"
        "     Uimahallin remontti venyy taas.\n\n"
        "   Bussi naapurikuntaan kulkee onneksi koulupäivinä kahdesti tunnissa.\n"
        "   (BUTTON) 👍 2 (BUTTON) Vastaa\n"
        "   Nimetön 3 päivää sitten\n\n"
        "   Remontti piti aloittaa jo viime kesänä, mutta urakoitsija vaihtui.\n"
        "   (BUTTON) 👍 1 (BUTTON) Vastaa\n\n"
        "Kirjoita kommentti\n\n"
        "   Nimi ____________________\n\n"
        "Luetuimmat\n"
    )
    assert flat(parse_page(page).comments) == [
        ((0,), "Siiri P.", datetime(2024, 5, 4, 9, 12, tzinfo=UTC), "Uimahallin remontti venyy taas, ja koululaiset ajavat naapurikuntaan."),
        ((0, 0), "Aki", None, "“Uimahallin remontti venyy taas.”"),
        ((1,), None, None, "Remontti piti aloittaa jo viime kesänä, mutta urakoitsija vaihtui."),
    ]


def test_turkish_dump_form_button_under_the_heading_badges_and_a_quoted_anonymous_parent() -> None:
    page = ARTICLE + (
        "Yorumlar (3)\n"
        "Yorum Yaz\n"
        "Yorumlar moderatör onayından sonra yayınlanır.\n\n"
        "Deniz Kara avatarı Deniz Kara Abone 12 Mayıs 2024, 14:35\n\n"
        "Sahil yolundaki bisiklet yolu yarım kaldı, kimse bir şey söylemiyor.\n\n"
        "Beğen (4) Beğenme (0) Yanıtla Şikayet et\n"
        "[avatar] Misafir 12 Mayıs 2024, 19:48\n\n"
        "Belediye ihaleyi yeniden açacakmış, haziranda başlarmış.\n\n"
        "Beğen (2) Beğenme (1) Yanıtla Şikayet et\n"
        "Selin Ak avatarı Selin Ak 3 saat önce\n\n"
        "    Misafir yazdı: Belediye ihaleyi yeniden açacakmış.\n\n"
        "Haziran dediler ama geçen yıl da aynısını söylemişlerdi.\n\n"
        "Beğen (1) Beğenme (0) Yanıtla Şikayet et\n\n"
        "Yorum Yaz\n\n"
        "____________________\n"
    )
    assert flat(parse_page(page).comments) == [
        ((0,), "Deniz Kara", datetime(2024, 5, 12, 14, 35, tzinfo=UTC), "Sahil yolundaki bisiklet yolu yarım kaldı, kimse bir şey söylemiyor."),
        ((1,), None, datetime(2024, 5, 12, 19, 48, tzinfo=UTC), "Belediye ihaleyi yeniden açacakmış, haziranda başlarmış."),
        ((1, 0), "Selin Ak", None, "“Misafir yazdı: Belediye ihaleyi yeniden açacakmış.”"),
    ]


def test_header_shapes_name_then_relative_day_with_clock() -> None:
    header = read_header("Kim Park yesterday at 9:12 pm", None)
    assert header is not None and header.author == "Kim Park" and header.created_at is None and header.relative
    header = read_header("Tomáš Beneš Tomáš Beneš redakce 26. října 2024, 23:02", None)
    assert header is not None and header.author == "Tomáš Beneš"
    # A name that only starts with a repeated word is not a doubled name.
    header = read_header("Jo Jo Smith 3 March 2024 10:00", None)
    assert header is not None and header.author == "Jo Jo Smith"
