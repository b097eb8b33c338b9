"""What the seventy-third blind round (sets 324-327, 231/241 parents blind) showed the HTML reader:
Spanish statements of the zone by "corresponden a la hora …"; "[smazáno]" (deleted) where the name
was; a depth class cut short ("lvl-2"); Disqus under archive.today, where the first link within the
page in a reply's header names the comment answered and the second, carrying the time, is the
reply's own permalink; OpenWeb's item whose id is the end of its message's id.
Left: set 325's top-level comment quoting another, which its key files as a root (one)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from tests.threads.holdout_figures import set_figures
from threads.comment_names import clean_name
from threads.html_reader import parse_html
from threads.model import walk
from threads.zone_statements import stated_zone

_STORY = "<article><h1>{title}</h1><p>{body}</p></article>"


def _page(comments: str, *, lang: str = "en") -> str:
    story = _STORY.format(title="A story", body="The council met on Tuesday and voted on the plan. " * 20)
    return f'<!doctype html><html lang="{lang}"><body>{story}<section id="comments"><h2>Comments</h2>{comments}</section></body></html>'


@pytest.mark.parametrize(
    ("footer", "january", "july"),
    [
        ("Todas las horas de publicación y de los comentarios corresponden a la hora oficial de Chile continental.", -3, -4),
        ("Todas las horas indicadas en esta web corresponden a la hora peninsular española.", 1, 2),
    ],
)
def test_spanish_statements_of_the_zone(footer: str, january: int, july: int) -> None:
    zone = stated_zone(f"<footer><p>{footer}</p></footer>", language="es")
    assert zone is not None
    assert datetime(2025, 1, 15, 12, 0, tzinfo=zone).utcoffset() == timedelta(hours=january)
    assert datetime(2025, 7, 15, 12, 0, tzinfo=zone).utcoffset() == timedelta(hours=july)


def test_a_deleted_mark_in_square_brackets_names_nobody() -> None:
    assert clean_name("[smazáno]") is None
    assert clean_name("(smazáno)") is None


def test_a_depth_class_cut_short() -> None:
    def item(number: int, level: int, name: str, text: str) -> str:
        return (f'<div class="contribution lvl-{level}" id="d-{number}"><div class="user-bar"><span class="user">{name}</span> '
                f'<span class="date">26. 10. 2024 19:20</span></div><div class="text"><p>{text}</p></div></div>')

    page = _page('<div id="disc-list">' + item(8841201, 1, "Petr", "Konečně. Náměstí je památka, ne parkoviště.")
                 + item(8841207, 2, "Jitka", "A jak se tam dostanou starší lidé?")
                 + item(8841215, 3, "Petr", "Autobus číslo 11 staví u Bechyňské brány.")
                 + item(8841220, 1, "Karel", "Obchodníci na náměstí přijdou o zákazníky.") + "</div>", lang="cs")
    parents = {c.external_id: [r.external_id for r in c.replies] for _, c in walk(parse_html(page).comments)}
    assert parents["d-8841201"] == ["d-8841207"] and parents["d-8841207"] == ["d-8841215"] and parents["d-8841220"] == []


def test_disqus_under_archive_today_the_timed_link_is_the_replys_own() -> None:
    def item(number: int, name: str, text: str, answers: tuple[int, str] | None = None, replies: str = "") -> str:
        parent = (f' <span style="color:#656c7a;"><a href="https://archive.ph/o/Xk/https://paper.example/story.html#comment-{answers[0]}">'
                  f"{answers[1]}</a></span>") if answers else ""
        return (f'<li style="list-style-type:none;margin:0;"><div style="margin-bottom:20px;"><div style="margin-left:60px;">'
                f'<div style="font-size:13px;"><span style="font-weight:700;"><a href="https://disqus.com/by/u{number}/">{name}</a></span>{parent} '
                f'<span><a href="https://archive.ph/o/Xk/https://paper.example/story.html#comment-{number}" title="sâmbătă, 30 martie 2019 21:40">acum 2 zile</a></span></div>'
                f'<div style="font-size:15px;"><p>{text}</p></div></div></div>{replies}</li>')

    deepest = item(4388187310, "Mihai Costache", "De data asta contractul e semnat.", (4388120954, "Elena D."))
    middle = item(4388120954, "Elena D.", "Așa au zis și acum patru ani.", (4388102231, "Mihai Costache"),
                  f'<ul style="list-style-type:none;margin:0 0 0 60px;">{deepest}</ul>')
    top = item(4388102231, "Mihai Costache", "Bine că se apucă în sfârșit.", None, f'<ul style="list-style-type:none;margin:0 0 0 60px;">{middle}</ul>')
    other = item(4388190022, "Ion", "Câte milioane s-au dus deja pe faleza asta?")
    page = _page(f'<div><ul style="list-style-type:none;">{top}{other}</ul></div>', lang="ro")
    found = [(len(path), c.external_id, c.author_name, c.body) for path, c in walk(parse_html(page).comments)]
    assert [(depth, ident) for depth, ident, _, _ in found] == [
        (1, "comment-4388102231"), (2, "comment-4388120954"), (3, "comment-4388187310"), (1, "comment-4388190022"),
    ]
    assert found[1][2:] == ("Elena D.", "Așa au zis și acum patru ani.")


def test_an_openweb_item_whose_id_ends_its_messages_id() -> None:
    def item(ident: str, name: str | None, text: str) -> str:
        header = f'<div class="spcv_message-header"><span class="spcv_username">{name}</span></div>' if name else ""
        return (f'<li class="spcv_list-item"><article class="spcv_message-stack" id="sp_c_{ident}" '
                f'data-message-id="sp_Q7sTl2nZ_water-upgrade-a1b29f_c_{ident}">{header}'
                f'<div class="spcv_message-body"><p>{text}</p></div></article></li>')

    page = _page('<ul class="spcv_messages-list">' + item("2fQr1Aa0", "Southland Sue", "Nearly double in two years.")
                 + item("2fQs5Hn0", None, "This message was removed for violating our Community Guidelines.")
                 + item("2fQuV8cd", "Gore Ratepayer", "Two boil-water notices in three years.") + "</ul>")
    assert [c.external_id for c in parse_html(page).comments] == ["sp_c_2fQr1Aa0", "sp_c_2fQs5Hn0", "sp_c_2fQuV8cd"]


@pytest.mark.parametrize(
    ("name", "figures"),
    [
        # The seventy-third round (reader at 529ba87): 231/241 parents blind (95.9%); blind figures in brackets.
        ("html_holdout324", (58, 58, 58, 58, 58, 0)),  # (58, 57, 57, 57, 57, 0)
        ("html_holdout325", (62, 62, 61, 62, 62, 0)),  # (62, 62, 57, 61, 55, 0)
        ("html_holdout326", (59, 59, 59, 59, 59, 0)),  # (59, 59, 59, 59, 59, 0)
        ("html_holdout327", (62, 62, 62, 62, 62, 0)),  # (62, 60, 58, 59, 52, 0)
    ],
)
def test_the_sets_of_the_seventy_third_round(name: str, figures: tuple[int, int, int, int, int, int]) -> None:
    """(expected, matched, parents, authors, times, extra) per set."""
    assert set_figures(name) == figures
