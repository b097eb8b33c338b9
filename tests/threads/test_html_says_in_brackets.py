"""The Polish and Slovenian "napisał(a):" / "napisal(a):" (wrote, the writer's gender in brackets)
over a quotation: set 395's two replies whose quote box is headed by a link to the quoted comment,
"<a href=#kom-148207>walbrzyszanin napisał(a):</a>", were left unplaced while the words were
written escaped in ``SAYS_WORDS`` and escaped again by ``alternation``. In a text dump such a line
is not read as a header (``TEXT_SAYS_WORDS``): there the quotation's box is gone."""

from __future__ import annotations

import re

import pytest

from threads.html_reader import parse_html
from threads.model import walk
from threads.page_furniture import SAYS_LINE
from threads.page_words import SAYS_WORDS, TEXT_SAYS_WORDS, alternation


def _comment(ident: int, name: str, text: str, quoted: tuple[int, str, str] | None = None) -> str:
    box = (f'<div style="border-left:3px solid #ccc;margin:4px 0 6px 0;padding:2px 8px;color:#666;font-size:12px">'
           f'<a href="#kom-{quoted[0]}" style="color:#666">{quoted[1]} napisał(a):</a><br>{quoted[2]}</div>' if quoted else "")
    return (f'<div id="kom-{ident}" style="border-bottom:1px dotted #bbb;padding:8px 0px">'
            f'<div style="font-size:12px;color:#555"><b style="color:#1c4f8c">{name}</b> <span style="color:#999"> | 26.03.2011, 2{ident % 4}:{ident % 60:02d}</span></div>'
            f'<div style="font-size:13px;line-height:18px">{box}{text}</div>'
            f'<div style="font-size:11px"><a href="https://archive.ph/o/Xk3pQ/http://example.pl/komentarze/odpowiedz/{ident}">odpowiedz</a></div></div>')


def test_a_quote_headed_by_a_link_and_napisal_a() -> None:
    items = (_comment(101, "Gość", "Czemu tylko z kartą miejską? Emeryci jej nie mają w ogóle.")
             + _comment(107, "walbrzyszanin", "Trzydzieści złotych za zwiedzanie trasy to przesada, w Pszczynie taniej.")
             + _comment(110, "Ania_Podzamcze", "Tylko że w Pszczynie nie ma tarasów, porównuj porównywalne rzeczy.",
                        quoted=(107, "walbrzyszanin", "Trzydzieści złotych za zwiedzanie trasy to przesada…"))
             + _comment(123, "Redakcja", "Według zarządu zamku seniorzy mogą złożyć wniosek o kartę w urzędzie.",
                        quoted=(101, "Gość", "Czemu tylko z kartą miejską?…")))
    page = (f'<html lang="pl"><body><h1>Zamek Książ podnosi ceny biletów</h1><p>{"Od kwietnia bilet na trasę podstawową zdrożeje. " * 8}</p>'
            f'<div id="komentarze">{items}</div></body></html>')
    ids: dict[tuple[int, ...], str | None] = {}
    read = []
    for path, comment in walk(parse_html(page).comments):
        ids[path] = comment.external_id
        # (the quotation stays in the text, in quotation marks; the reply's own words after it)
        read.append((comment.external_id, ids.get(path[:-1]), comment.body.rpartition("\n\n")[2].split()[0]))
    assert read == [
        ("kom-101", None, "Czemu"),
        ("kom-123", "kom-101", "Według"),
        ("kom-107", None, "Trzydzieści"),
        ("kom-110", "kom-107", "Tylko"),
    ]


@pytest.mark.parametrize("word", ["napisał(a)", "napisal(a)", "je napisal(a)"])
def test_the_words_in_brackets_match_as_written(word: str) -> None:
    assert word in SAYS_WORDS and word not in TEXT_SAYS_WORDS
    assert re.fullmatch(alternation(SAYS_WORDS), word) is not None
    assert SAYS_LINE.match(f"~Ania {word}:") is None  # (a dump's line: not a "says" header there)
