"""wpDiscuz's comments printed flat (#15, sets 41, 42, 45, 50) in Portuguese, Swahili, Urdu and
Hindi: the name, a badge ("Convidado", "अतिथि", "مہمان"), the name again, a relative time in the
page's language ("2 dias atrás", "siku 3 zilizopita", "15 گھنٹے پہلے", "5 दिन पहले") and, on a reply,
"Reply to  <name>" ("Resposta para", "Jibu kwa", "جواب برائے", "जवाब"): the reply goes under that
author's latest comment above it. The heading is "8 Comentários", "8 Maoni", "8 تبصرے". Words as data
(page_words). Dumps written for this test."""

from __future__ import annotations

import pytest

from tests.threads.dump_pages import ARTICLE
from threads.model import walk
from threads.page_parser import parse_page


def _page(heading: str, badge: str, ago: str, reply_to: str, *, reply_first: bool = False) -> str:
    def comment(name: str, text: str, parent: str | None) -> str:
        reply = f"{reply_to}  {parent}\n" if parent else ""
        stamp = f"{ago}\n"
        head = f"{name}\n{badge}\n{name}\n" if badge else f"{name}\n{name}\n"
        return head + (reply + stamp if reply_first else stamp + reply) + f"\n{text}\n\n3\nX\n"

    return (
        ARTICLE
        + f"{heading}\n"
        + comment("Renata Albuquerque", "Nove por cento de aumento e a fila continua de quatro horas.", None)
        + comment("Paulo Henrique", "Renata, morador com cadastro tem desconto no carro.", "Renata Albuquerque")
        + comment("Beatriz Sampaio", "Fui hoje de manhã e já tinha fila de quarenta minutos.", None)
        + comment("Renata Albuquerque", "Paulo, o desconto só vale pra quem tem o carro emplacado.", "Paulo Henrique")
        + "\nMais lidas\n\n  • Ressaca interdita trecho da orla\n"
    )


@pytest.mark.parametrize(
    ("heading", "badge", "ago", "reply_to", "reply_first"),
    [
        ("8 Comentários", "Convidado", "2 dias atrás", "Resposta para", False),
        ("8 Maoni", "", "siku 3 zilizopita", "Jibu kwa", False),
        ("8 تبصرے", "مہمان", "15 گھنٹے پہلے", "جواب برائے", True),
        ("8 टिप्पणियाँ", "अतिथि", "5 दिन पहले", "जवाब", False),
    ],
    ids=["portuguese", "swahili", "urdu", "hindi"],
)
def test_wpdiscuz_in_other_languages(heading: str, badge: str, ago: str, reply_to: str, reply_first: bool) -> None:
    comments = parse_page(_page(heading, badge, ago, reply_to, reply_first=reply_first)).comments
    assert [(path, c.author_name, c.body.split("\n")[0][:20]) for path, c in walk(comments)] == [
        ((0,), "Renata Albuquerque", "Nove por cento de au"),
        ((0, 0), "Paulo Henrique", "Renata, morador com "),
        ((0, 0, 0), "Renata Albuquerque", "Paulo, o desconto só"),
        ((1,), "Beatriz Sampaio", "Fui hoje de manhã e "),
    ]
