"""What the ninety-ninth blind round (sets 428-431, 241/250 parents blind) showed the HTML reader:
zones stated in words it did not know (60 times): "Times shown in Pacific time", "Comment times
are in Philippine Standard Time", Latvian "pēc Latvijas laika", Dutch "in Belgische tijd",
Lithuanian "Laikas nurodytas Lietuvos laiku", Arabic "بتوقيت عمّان" (a place's name with a shadda,
which ``\\w`` does not take), Russian "указано алматинское", Malayalam "ഇന്ത്യൻ സമയപ്രകാരം" (sets
428-431); Malayalam's everyday words for the afternoon and the evening before a clock (set 430);
a flat list's reply line naming the number another comment shows ("#1-ന് മറുപടി", set 430, 4
parents). Left: a Taiwanese Discuz! portal's newest-first comments answering by quote alone, their
names unread (set 430, 4 parents, 6 authors); an Urdu "deleted member 2231" read as a name; an
"@name" opening a reply, which set 430's key keeps as text (the reader takes it out)."""

from __future__ import annotations

import pytest

from tests.threads.holdout_figures import set_figures, stated_offsets
from threads.day_periods import period_hour
from threads.html_reader import parse_html
from threads.model import walk


@pytest.mark.parametrize(
    ("note", "language", "offsets"),
    [
        ("Times shown in Pacific time.", "en", (-8.0, -7.0)),
        ("Comment times are in Philippine Standard Time.", "en", (8.0, 8.0)),
        ("Komentāru laiks norādīts pēc Latvijas laika.", "lv", (2.0, 3.0)),
        ("Reageren kan via Disqus. Alle tijden zijn in Belgische tijd.", "nl", (1.0, 2.0)),
        ("Už komentarų turinį atsako jų autoriai. Laikas nurodytas Lietuvos laiku.", "lt", (2.0, 3.0)),
        ("* جميع الأوقات المذكورة في التعليقات بتوقيت عمّان.", "ar", (3.0, 3.0)),
        ("Время в комментариях указано алматинское.", "ru", (5.0, 5.0)),
        ("അഭിപ്രായങ്ങൾ വായനക്കാരുടേത് മാത്രമാണ്. സമയം ഇന്ത്യൻ സമയപ്രകാരം.", "ml", (5.5, 5.5)),
    ],
)
def test_zones_stated_in_words(note: str, language: str, offsets: tuple[float, float]) -> None:
    assert stated_offsets(note, language) == offsets


@pytest.mark.parametrize(("word", "hour", "read"), [("ഉച്ചകഴിഞ്ഞ്", 3, 15), ("വൈകിട്ട്", 6, 18), ("രാവിലെ", 8, 8)])
def test_malayalam_parts_of_the_day(word: str, hour: int, read: int) -> None:
    assert period_hour(word, hour) == read


def _numbered_list(header_extra: str = "") -> str:
    def item(ident: int, number: int, name: str, text: str, line: str = "") -> str:
        return (f'<div class="rc-item" id="cmt-{ident}"><div class="rc-meta"><span class="rc-num">#{number}</span>'
                f'<span class="rc-author">{name}</span><span class="rc-time">5 മാർച്ച് 2024, രാവിലെ 8:0{number}</span>{header_extra}</div>'
                f'{line}<div class="rc-text"><p>{text}</p></div></div>')

    return (f'<html lang="ml"><body><h1>പടയപ്പ വീണ്ടും</h1><p>{"മൂന്നാറിൽ കാട്ടാന വീണ്ടും കടകൾ തകർത്തു. " * 8}</p>'
            '<div class="rc-list">'
            + item(90, 1, "ബിജു കെ.", "പടയപ്പയെ കുറ്റം പറഞ്ഞിട്ട് കാര്യമില്ല, വഴി നമ്മൾ കൈയേറി.")
            + item(96, 2, "ഷാജി മൂന്നാർ", "കട പോയത് ഞങ്ങൾക്കാണ്, ലോൺ അടയ്ക്കേണ്ടതും ഞങ്ങളാണ്.", '<div class="rc-replyto">#1-ന് മറുപടി</div>')
            + item(99, 3, "Reji Mathew", "ഷാജി പറഞ്ഞത് ശരിയാണ്, നഷ്ടപരിഹാരം ഇതുവരെ കിട്ടിയിട്ടില്ല.", '<div class="rc-replyto">#2-ന് മറുപടി</div>')
            + "</div></body></html>")


def test_a_reply_line_naming_a_shown_number() -> None:
    ids: dict[tuple[int, ...], str | None] = {}
    read = []
    for path, c in walk(parse_html(_numbered_list()).comments):
        ids[path] = c.external_id
        read.append((c.external_id, ids.get(path[:-1])))
    assert read == [("cmt-90", None), ("cmt-96", "cmt-90"), ("cmt-99", "cmt-96")]


def test_a_header_naming_its_own_number_answers_nobody() -> None:
    """A guard: each header's "#N · മറുപടി" (its own number beside the reply button) is no reply line."""
    page = _numbered_list().replace('<div class="rc-replyto">#1-ന് മറുപടി</div>', "").replace(
        '<div class="rc-replyto">#2-ന് മറുപടി</div>', ""
    ).replace('<span class="rc-num">#3</span>', '<span class="rc-num">#3</span><span class="rc-act">#3 · മറുപടി</span>')
    assert all(len(path) == 1 for path, _ in walk(parse_html(page).comments))


@pytest.mark.parametrize(
    ("name", "figures"),
    [
        # The ninety-ninth round (reader at ec1ed0f, the same as 4e0e4a4): 241/250 parents blind (96.4%); blind figures in brackets.
        ("html_holdout428", (61, 61, 61, 61, 61, 0)),  # (61, 61, 61, 61, 47, 0)
        ("html_holdout429", (61, 61, 61, 61, 61, 0)),  # (61, 61, 61, 61, 47, 0)
        ("html_holdout430", (65, 64, 60, 57, 56, 1)),  # (65, 64, 56, 57, 37, 1)
        ("html_holdout431", (63, 63, 63, 63, 63, 0)),  # (63, 63, 63, 63, 55, 0)
    ],
)
def test_the_sets_of_the_ninety_ninth_round(name: str, figures: tuple[int, int, int, int, int, int]) -> None:
    """(expected, matched, parents, authors, times, extra) per set."""
    assert set_figures(name) == figures
