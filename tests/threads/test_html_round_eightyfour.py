"""What the eighty-fourth blind round (sets 368-371, 249/249 parents blind) showed the HTML reader:
the Facebook plugin's "Top fan" over the name; a Czech paper's subject heading over the text
("<h4>Re: Konečně</h4>"); deleted accounts' names ("smazaný uživatel", "(verwijderd)"); the Dutch
"Alle tijden op deze site zijn in Nederlandse tijd". And what was mended before it from the round
before: Khmer's short date with its hour word ("១២ មីនា ២០២៤ ម៉ោង ០៨:១៥", set 366) and LiveRe's
"reply-top" header, which is no "reply to" box (set 366)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.threads.holdout_figures import set_figures, stated_offsets
from threads.comment_names import clean_name
from threads.html_reader import parse_html
from threads.html_time import parse_time
from threads.model import walk


def test_khmer_short_date_with_the_hour_word() -> None:
    assert parse_time("១២ មីនា ២០២៤ ម៉ោង ០៨:១៥") == datetime(2024, 3, 12, 8, 15, tzinfo=UTC)


def test_livere_reply_top_is_the_header_not_a_reply_to_box() -> None:
    def item(ident: int, name: str, stamp: str, text: str, children: str = "") -> str:
        return (f'<li class="reply-item" id="reply_{ident}"><div class="reply-content-wrapper"><div class="reply-content">'
                f'<div class="reply-top"><span class="writer"><span class="sns-icon kakao"></span><a class="name">{name}</a></span>'
                f'<span class="date" title="{stamp}">{stamp}</span></div><div class="reply-text"><p>{text}</p></div>'
                f'<div class="reply-footer"><button class="btn-like">공감 <span>3</span></button></div></div></div>{children}</li>')

    child = item(12, "골드라인출근러", "2024.03.15 08:40", "고촌역은 더 심해요. 아예 문 앞까지 꽉 차서 못 내립니다.")
    items = item(11, "김포맘", "2024.03.15 08:12", "아침마다 풍무역에서 두 대씩 보내고 탑니다. 증차 정말 급해요.",
                 f'<ul class="reply-children">{child}</ul>')
    page = (f'<html lang="ko"><body><article><h1>김포 골드라인 증차</h1><p>{"출근 시간대 혼잡이 심해지고 있다. " * 12}</p></article>'
            f'<div id="list-area"><ul class="reply-list">{items}</ul></div></body></html>')
    walked = list(walk(parse_html(page).comments))
    assert [(c.author_name, len(path)) for path, c in walked] == [("김포맘", 1), ("골드라인출근러", 2)]
    assert walked[1][1].created_at == datetime(2024, 3, 15, 8, 40, tzinfo=UTC)


def test_dutch_zone_statement_with_the_site_in_it() -> None:
    assert stated_offsets("Alle tijden op deze site zijn in Nederlandse tijd.", "nl") == (1, 2)


@pytest.mark.parametrize("label", ["smazaný uživatel", "(verwijderd)", "verwijderde gebruiker"])
def test_deleted_accounts_name_nobody(label: str) -> None:
    assert clean_name(label) is None


def test_a_subject_heading_over_the_text_is_not_text() -> None:
    def post(ident: int, name: str, subject: str, text: str, level: int) -> str:
        return (f'<div class="contribution lev{level}" id="d{ident}"><table class="cell"><tr><td class="user-info">'
                f'<div class="user"><a href="/uzivatel/{ident}">{name}</a></div><div class="date">24.10.2009 19:{ident % 60:02d}</div>'
                f'</td></tr></table><div class="user-text"><h4>{subject}</h4><p>{text}</p></div>'
                f'<div class="disc-action"><a href="#d{ident}">odkaz</a> | <a href="/reagovat?id={ident}">reagovat</a></div></div>')

    posts = (post(11, "Jan Dvořák", "Konečně", "Most je v hrozném stavu už roky, zábradlí drží snad jen silou vůle.", 0)
             + post(12, "Petra Nováková", "Re: Konečně", "Souhlasím, chodím přes něj denně do práce a bojím se tam.", 1))
    page = (f'<html lang="cs"><body><article><h1>Most přes Bečvu zavřou</h1><p>{"Oprava mostu potrvá půl roku. " * 12}</p></article>'
            f'<div id="disc-list"><h2>Diskuse k článku</h2>{posts}</div></body></html>')
    bodies = [c.body for _, c in walk(parse_html(page).comments)]
    assert bodies == ["Most je v hrozném stavu už roky, zábradlí drží snad jen silou vůle.",
                      "Souhlasím, chodím přes něj denně do práce a bojím se tam."]


def test_facebooks_top_fan_over_the_name_is_no_name() -> None:
    story = "https://news.example.co.za/2025-06-03-water-outage/"

    def comment(ident: str, name: str, text: str, stamp: str, badge: str = "") -> str:
        over = f'<div style="font-size:11px;font-weight:600;">{badge}</div>' if badge else ""
        return (f'<div style="margin:12px 0 0 0;position:relative;"><div style="float:left;width:48px;">'
                f'<img src="a.jpg" width="48" height="48" alt=""></div>'
                f'<div style="overflow:hidden;"><div style="background-color:rgb(240,242,245);padding:8px 12px;">{over}'
                f'<a href="https://www.facebook.com/{name.lower().replace(" ", ".")}" style="font-weight:600;">{name}</a>'
                f'<div style="font-size:14px;"><span>{text}</span></div></div>'
                f'<div style="font-size:12px;"><a href="{story}">Like</a> · <a href="{story}">Reply</a> · '
                f'<a href="{story}?fb_comment_id={ident}"><abbr title="{stamp}">1w</abbr></a></div></div></div>')

    items = (comment("1190_2201", "Siyabonga Ndlovu", "Three weeks without water in Ngangelizwe and nobody from the municipality has said anything.",
                     "Tuesday, 3 June 2025 at 19:42")
             + comment("1190_2202", "Andile Mpongo", "Where is the money that was set aside for the dam pipeline? It was announced in 2019.",
                       "Wednesday, 4 June 2025 at 11:47", badge="Top fan")
             + comment("1190_2203", "Pieter van Wyk", "Those of us in Fortgale have had water since Sunday, but the pressure is very low.",
                       "Thursday, 5 June 2025 at 07:20"))
    page = (f'<html lang="en"><body><article><h1>Water outage enters third week</h1><p>{"Residents queue at tankers. " * 15}</p></article>'
            f'<div style="margin-top:30px;"><div style="font-size:14px;"><div style="display:flex;"><span style="font-weight:600;">3 comments</span>'
            f'<span>Sort by <span style="font-weight:600;">Top</span></span></div>{items}</div></div></body></html>')
    assert [c.author_name for _, c in walk(parse_html(page).comments)] == ["Siyabonga Ndlovu", "Andile Mpongo", "Pieter van Wyk"]


@pytest.mark.parametrize(
    ("name", "figures"),
    [
        # The eighty-fourth round (reader at faa2dbd): 249/249 parents blind (100%); blind figures in brackets.
        ("html_holdout368", (64, 64, 64, 64, 64, 0)),  # (64, 64, 64, 63, 64, 0)
        ("html_holdout369", (62, 62, 62, 62, 62, 0)),  # (62, 62, 62, 62, 62, 0)
        ("html_holdout370", (59, 59, 59, 59, 59, 0)),  # (59, 59, 59, 59, 59, 0)
        ("html_holdout371", (64, 64, 64, 64, 64, 0)),  # (64, 64, 64, 62, 56, 0)
    ],
)
def test_the_sets_of_the_eighty_fourth_round(name: str, figures: tuple[int, int, int, int, int, int]) -> None:
    """(expected, matched, parents, authors, times, extra) per set."""
    assert set_figures(name) == figures
