"""What the fortieth blind round (sets 192-195, 219/235 parents blind) showed the HTML reader: a
paper's own list whose pingback alone matched a known markup ("li.tilbakelenke.pingback" among
"li.kommentar"), a Polish paper's comments as table rows "tr#k1188201" indented by a spacer cell,
archive.today writing a link's fragment encoded into its own address ("%23comment-2087"),
Vietnamese WordPress's "9:21 chiều" (pm), and Dutch Drupal's "(niet gecontroleerd)". Pages written
for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

from threads.comment_names import clean_name
from threads.html_reader import parse_html
from threads.html_time import parse_time
from threads.model import walk

_STORY = f"<h1>A cap on cruise ships</h1><p>{'The council wants fewer ships in the harbour at once. ' * 25}</p>"


def _page(comments: str, lang: str = "en") -> str:
    return (
        f"<!doctype html><html lang='{lang}'><head><title>Story</title></head><body><article>{_STORY}</article>"
        f"{comments}</body></html>"
    )


def test_a_pingback_alone_in_a_known_markup_does_not_hide_the_list() -> None:
    def comment(number: int, name: str, text: str) -> str:
        return (
            f'<li class="kommentar" id="kommentar-{number}"><div class="kommentar-hode"><span class="kommentar-navn">{name}</span> '
            f'<a class="kommentar-tid" href="#kommentar-{number}"><time datetime="2025-10-25T21:15:00+02:00">25.10.2025 kl. 21:15</time></a></div>'
            f'<div class="kommentar-tekst"><p>{text}</p></div></li>'
        )

    page = _page(
        '<div id="kommentarer"><h2>Kommentarer (3)</h2><ol class="kommentarliste">'
        + comment(90398, "Kari Hansen", "Endelig tar noen grep, byen er for liten til fire skip.")
        + comment(90405, "Trond Isaksen", "Hvorfor skal Tromsø ha kvote når Bergen ikke har det?")
        + '<li class="tilbakelenke pingback" id="kommentar-90415"><p>Pingback: <a href="https://blogg.example/cruise">Cruise i nord</a></p></li>'
        + "</ol></div>",
        lang="no",
    )
    assert [(c.external_id, c.author_name) for c in parse_html(page).comments] == [
        ("kommentar-90398", "Kari Hansen"), ("kommentar-90405", "Trond Isaksen"),
    ]


def test_table_rows_numbered_k_and_indented_by_a_spacer() -> None:
    def row(number: int, indent: int, name: str, text: str) -> str:
        return (
            f'<tr class="kom" id="k{number}"><td class="wc" width="{indent}"><img src="pix.gif" width="{indent}" height="1" alt="" /></td>'
            f'<td class="kom-tresc"><table width="100%"><tr><td class="naglowek"><b class="autor">{name}</b> '
            f'<span class="data">25.10.2025, 22:41</span> <a href="artykul.html#k{number}" class="link">#</a></td></tr>'
            f'<tr><td class="tekst">{text}</td></tr></table></td></tr>'
        )

    page = _page(
        '<table class="forum" width="100%">'
        + row(1188201, 1, "stary_krakus", "Strefa czystego transportu to podatek od biednych, nic więcej.")
        + row(1188207, 25, "Ania z Bronowic", "Podatek od czego? Od tego, że moje dziecko ma astmę przez smog?")
        + row(1188212, 49, "stary_krakus", "Mój dziesięcioletni diesel przechodzi normy lepiej niż niejeden nowy SUV.")
        + row(1188241, 1, "Tomasz Wrona", "Wyjaśniamy: kierowcy z meldunkiem w Krakowie mają okres przejściowy.")
        + "</table>",
        lang="pl",
    )
    assert [(c.external_id, path) for path, c in walk(parse_html(page).comments)] == [
        ("k1188201", (0,)), ("k1188207", (0, 0)), ("k1188212", (0, 0, 0)), ("k1188241", (1,)),
    ]


def test_archive_todays_encoded_fragment_is_the_comments_link() -> None:
    def comment(number: int, name: str, when: str, text: str, replies: str = "") -> str:
        link = f"https://archive.ph/o/Qm4tZ/https://paper.example/2025/03/31/water-outages/%23comment-{number}"
        return (
            f'<div id="comment-{number}" style="margin:0 0 32px"><article id="div-comment-{number}"><footer style="margin:0 0 12px">'
            f'<div><span style="font-size:17px;font-weight:700">{name}</span><span style="position:absolute;clip:rect(1px,1px,1px,1px)">says:</span></div>'
            f'<div style="font-size:14px"><a href="{link}" style="color:inherit">{when}</a></div></footer>'
            f'<div style="font-size:18px"><p style="margin:0 0 18px">{text}</p></div></article>{replies}</div>'
        )

    reply = comment(2089, "Thandi Mokoena", "31 March 2025 at 20:41", "Same in Paballelo, the tanker came once on Saturday.")
    page = _page(
        '<div style="margin:0 0 0 60px">'
        + comment(2087, "Johan van Wyk", "31 March 2025 at 18:05", "Drie dae sonder water in Morningside en niemand tel die foon op nie.",
                  f'<div style="margin:24px 0 0 48px">{reply}</div>')
        + "</div>"
    )
    comments = [c for _, c in walk(parse_html(page).comments)]
    assert [(c.author_name, c.created_at) for c in comments] == [
        ("Johan van Wyk", datetime(2025, 3, 31, 18, 5, tzinfo=UTC)),
        ("Thandi Mokoena", datetime(2025, 3, 31, 20, 41, tzinfo=UTC)),
    ]


def test_vietnamese_afternoon_after_a_numeric_date() -> None:
    assert parse_time("14/03/2025 9:21 chiều") == datetime(2025, 3, 14, 21, 21, tzinfo=UTC)
    assert parse_time("14/03/2025 9:21 sáng") == datetime(2025, 3, 14, 9, 21, tzinfo=UTC)
    assert parse_time("14/03/2025 12:15 chiều") == datetime(2025, 3, 14, 12, 15, tzinfo=UTC)


def test_dutch_drupals_unverified() -> None:
    assert clean_name("Jef (niet gecontroleerd)") == "Jef"
    assert clean_name("Anoniem (niet gecontroleerd)") is None
