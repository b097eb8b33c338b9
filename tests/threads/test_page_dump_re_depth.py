"""A Czech paper's threaded discussion printed flat (#15, set 51): each header ends with a
permalink drawn as "#" ("Karel Dvořák 26.10.2013 21:47 #"), each comment opens with a subject,
and a reply's subject stacks one "Re:" per level ("Re: Re: Konečně" answers the latest "Re:
Konečně"). A removed comment's placeholder going on with its reason ("… smazán administrátorem
z důvodu porušení pravidel diskuse.", a reason word with a blank in it) is a comment of its own,
answered by the next; and the other comments' subjects still nest them. Dumps written for this
test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE
from threads.comment_header import read_header
from threads.model import walk
from threads.page_parser import parse_page
from threads.removed_placeholders import opens_with_placeholder


def _post(header: str, subject: str, text: str) -> str:
    return f"{header}\n\n{subject}\n\n{text}\n\nReagovat | +4 / -1 | Nahlásit\n"


_PAGE = (
    ARTICLE
    + "Diskuse k článku (7 příspěvků)\n\nŘadit: podle vláken | podle času\n\n"
    + _post("Karel Dvořák 26.10.2013 21:47 #", "Konečně", "Konečně se s tím mostem něco dělá, jezdím přes něj denně.")
    + _post("anonym 26.10.2013 22:30 #", "Re: Konečně", "Jenže do jara? To znamená celou zimu objížďkou přes kopec.")
    + _post("Petra Svobodová 27.10.2013 01:12 #", "Re: Re: Konečně", "Objížďka je pro autobusy nesjízdná, linka pojede jinudy.")
    + _post("Karel Dvořák 27.10.2013 02:40 #", "Re: Re: Konečně", "Firma má podle smlouvy na zimu technologickou přestávku.")
    + "27.10.2013 07:05 #\n\nPříspěvek byl smazán administrátorem z důvodu porušení pravidel diskuse.\n\n"
    + _post("Miroslav Hájek 27.10.2013 09:18 #", "Re: (smazáno)", "Nevím, co tu kdo psal, ale most patří kraji.")
    + _post("Ing. Jiří Kučera 27.10.2013 13:55 #", "Dotace", "Most se opravuje z peněz regionálního programu.")
    + _post("Petra Svobodová 27.10.2013 16:20 #", "Re: Dotace", "A proč se tedy o objížďce lidé dozvěděli tři dny předem?")
    + "\nPřidat příspěvek\n\nJméno: [                    ]\n"
)


def test_stacked_re_subjects_nest_a_flat_discussion() -> None:
    comments = parse_page(_PAGE).comments
    assert [(path, c.author_name, c.body.split("\n")[0]) for path, c in walk(comments)] == [
        ((0,), "Karel Dvořák", "Konečně"),
        ((0, 0), None, "Re: Konečně"),  # "anonym": nobody named
        ((0, 0, 0), "Petra Svobodová", "Re: Re: Konečně"),
        ((0, 0, 1), "Karel Dvořák", "Re: Re: Konečně"),
        ((1,), None, "Příspěvek byl smazán administrátorem z důvodu porušení pravidel diskuse."),
        ((1, 0), "Miroslav Hájek", "Re: (smazáno)"),
        ((2,), "Ing. Jiří Kučera", "Dotace"),
        ((2, 0), "Petra Svobodová", "Re: Dotace"),
    ]


def test_a_permalink_after_the_time_and_a_reason_with_a_blank() -> None:
    header = read_header("Karel Dvořák 26.10.2013 21:47 #", None)
    assert header is not None and header.author == "Karel Dvořák"
    assert opens_with_placeholder("Příspěvek byl smazán administrátorem z důvodu porušení pravidel diskuse.")
    assert opens_with_placeholder("Komentarz został usunięty przez moderatora z powodu naruszenia regulaminu.")
