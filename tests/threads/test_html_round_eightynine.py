"""What the eighty-ninth blind round (sets 388-391, 237/238 parents blind) showed the HTML reader:
OpenWeb's "spcv_replying-to" box ("Replying to <a href=…?spot_im_comment_id=…>@Sam Nguyen</a>",
set 388); Israeli talkbacks under archive.today, their name in a plain span before a day in
brackets and its clock ("<span>דוד</span>, <span>לוד</span> <span>(28.10.23)</span>
<span>21:40</span>", set 390) and a quote box with its bar on the right, headed by "ציטוט:"
(quote); a Slovak "neprihlásený čitateľ" (a reader not logged in) before the time, over a bold
subject that is no name (set 389); the Azores' time stated in Portuguese (set 389)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.threads.holdout_figures import set_figures, stated_offsets
from threads.html_reader import parse_html
from threads.html_time import parse_time
from threads.model import walk


def _walked(page: str) -> list[tuple[int, str | None, datetime | None, str]]:
    return [(len(path), c.author_name, c.created_at, c.body) for path, c in walk(parse_html(page).comments)]


def test_openweb_replying_to_box_names_the_comment_answered() -> None:
    story = "https://www.example.com.au/news/cycle-lane/"

    def message(ident: str, name: str, stamp: str, text: str, replying: tuple[str, str] | None = None) -> str:
        box = (f'<div class="spcv_replying-to">Replying to <a href="{story}?spot_im_comment_id={replying[0]}">@{replying[1]}</a></div>'
               if replying else "")
        return (f'<article class="spcv_message-view" data-message-id="{ident}"><div class="spcv_header">'
                f'<span class="spcv_username">{name}</span><time class="spcv_timestamp" datetime="{stamp}">3d</time></div>{box}'
                f'<div class="spcv_text"><p>{text}</p></div><div class="spcv_actions"><button type="button">Reply</button> '
                f'<a class="spcv_share" href="{story}?spot_im_comment_id={ident}">Share</a></div></article>')

    thread = (message("sp_Xp9QmB2n_c_2fKd8aQ1pL0zR", "Trevor M", "2024-04-05T22:12:40Z", "Common sense finally, this is a country town.")
              + '<ul class="spcv_children">'
              + message("sp_Xp9QmB2n_c_7Hq3vT0xYw2Lm", "Sam Nguyen", "2024-04-06T03:05:18Z", "It was never going to get used with the gap at the bridge.")
              + message("sp_Xp9QmB2n_c_9Rb1kE6sNd4Up", "Trevor M", "2024-04-06T16:47:09Z", "Sam, try parking a ute and trailer outside the hardware store.",
                        replying=("sp_Xp9QmB2n_c_7Hq3vT0xYw2Lm", "Sam Nguyen"))
              + "</ul>")
    page = (f'<html lang="en"><body><h1>Cycle lane scrapped</h1><p>{"Council voted to remove the lane. " * 10}</p>'
            f'<div class="spcv_conversation"><ul class="spcv_messages-list"><li>{thread}</li></ul></div></body></html>')
    assert [(depth, name) for depth, name, _time, _body in _walked(page)] == [(1, "Trevor M"), (2, "Sam Nguyen"), (3, "Trevor M")]


def test_a_talkbacks_day_in_brackets_then_its_clock() -> None:
    assert parse_time("(28.10.23) 21:40") == datetime(2023, 10, 28, 21, 40, tzinfo=UTC)


def test_israeli_talkbacks_under_archive_today() -> None:
    def talkback(ident: int, number: int, title: str, name: str, clock: str, text: str) -> str:
        return (f'<div id="talkback_{ident}" style="border-bottom:1px solid #DDDDDD;padding:10px 0;">'
                f'<div style="font-weight:bold;font-size:15px;"><span style="color:#999999;">{number}.</span>'
                f'<a href="https://archive.ph/Xq7Lm#talkback_{ident}">{title}</a></div>'
                f'<div style="font-size:12px;color:#666666;"><span>{name}</span>, <span>לוד</span> '
                f'<span style="margin-right:8px;">(28.10.23)</span> <span>{clock}</span></div>'
                f'<div style="font-size:14px;margin-top:4px;">{text}</div></div>')

    quoted = ('<div style="border-right:3px solid #CCCCCC;padding-right:8px;font-style:italic;">ציטוט: לפי העירייה יופעל קו שאטל</div>'
              "גם על הקו לגני אביב הבטיחו שאטל, ואנחנו מחכים לו כבר שלוש שנים.")
    items = (talkback(1, 1, "בושה וחרפה", "דוד", "21:40", "שלושים שנה אני קונה בשוק הזה. במקום לשפץ בשלבים סוגרים הכל.")
             + talkback(2, 2, "שאטל", "יוסי כהן", "22:10", quoted))
    page = (f'<html lang="he" dir="rtl"><body><h1>השוק נסגר לשיפוץ</h1><p>{"העירייה תסגור את השוק לשנה. " * 10}</p>'
            f'<div>{items}</div></body></html>')
    walked = _walked(page)
    assert [(name, time) for _depth, name, time, _body in walked] == [
        ("דוד", datetime(2023, 10, 28, 21, 40, tzinfo=UTC)), ("יוסי כהן", datetime(2023, 10, 28, 22, 10, tzinfo=UTC)),
    ]
    assert walked[1][3].split("\n\n") == ["“ציטוט: לפי העירייה יופעל קו שאטל”", "גם על הקו לגני אביב הבטיחו שאטל, ואנחנו מחכים לו כבר שלוש שנים."]


def test_a_name_for_nobody_before_the_time_over_a_bold_subject() -> None:
    def reaction(ident: int, name: str, subject: str, text: str) -> str:
        # (a reader logged in: a link to the profile, in bold; one not: a plain span)
        shown = (f'<span style="font-weight:400;">{name}</span>' if name == "neprihlásený čitateľ"
                 else f'<a href="https://archive.ph/o/Xq7pL/https://nitra.example.sk/profil/{ident}" style="font-weight:700;">{name}</a>')
        return (f'<div id="reakcia-{ident}" style="padding:10px 12px;border-top:1px solid rgb(226, 226, 226);">'
                f'<div style="font-size:12px;">{shown} <span>|</span> '
                f'<span>12. 2. 2025 {7 + ident % 3}:15</span></div>'
                f'<div style="font-size:15px;font-weight:700;">{subject}</div><div style="font-size:14px;"><p>{text}</p></div></div>')

    items = (reaction(7741120, "Ľubomír Hudec", "Lanovka", "Lanovka na Zobor je nápad, o ktorom sa hovorí od čias Mečiara.")
             + reaction(7741201, "neprihlásený čitateľ", "Turisti", "Konečne niečo pre turistov. Nitra má hrad, Zobor aj Kalváriu.")
             + reaction(7741215, "Katarína Benková", "Cena", "A kto to bude platiť? Mesto nemá ani na opravu chodníkov."))
    page = (f'<html lang="sk"><body><h1>Lanovka na Zobor</h1><p>{"Mesto chce postaviť lanovku na Zobor. " * 10}</p>'
            f'<div>{items}</div></body></html>')
    assert [name for _depth, name, _time, _body in _walked(page)] == ["Ľubomír Hudec", None, "Katarína Benková"]


def test_the_azores_time_stated_in_portuguese() -> None:
    note = "As horas dos comentários estão na hora local dos Açores (UTC−1; UTC+0 a partir de 30 de março, com a hora de verão)"
    assert stated_offsets(note, "pt") == (-1, 0)


@pytest.mark.parametrize(
    ("name", "figures"),
    [
        # The eighty-ninth round (reader at b8f1817): 237/238 parents blind (99.6%); blind figures in brackets.
        ("html_holdout388", (61, 61, 61, 61, 61, 0)),  # (61, 61, 60, 61, 61, 0)
        ("html_holdout389", (58, 58, 58, 58, 58, 0)),  # (58, 58, 58, 57, 56, 0)
        ("html_holdout390", (58, 58, 58, 58, 58, 0)),  # (58, 58, 58, 52, 51, 0)
        ("html_holdout391", (61, 61, 61, 61, 61, 0)),  # (61, 61, 61, 61, 61, 0)
    ],
)
def test_the_sets_of_the_eighty_ninth_round(name: str, figures: tuple[int, int, int, int, int, int]) -> None:
    """(expected, matched, parents, authors, times, extra) per set."""
    assert set_figures(name) == figures
