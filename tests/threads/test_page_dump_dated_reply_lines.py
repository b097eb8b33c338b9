"""A flat list whose date line under each name says whom the comment answers ("14/08/2024 às
12h40 em resposta a Raimundo Sousa", a Brazilian portal's own system; round 30): the line is the
header's, the reply goes under that commenter's comment, and a reply with no stamp-like ending is
still found (#15). Dump written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE
from threads.model import walk
from threads.page_parser import parse_page

_PORTAL = ARTICLE + """Comentários (4)

[avata]
Ana Lúcia
10/09/2024 às 08h15

A ponte do bairro está interditada há duas semanas e ninguém explica até
quando vai ficar assim.

Responder 4 Denunciar
[avata]
Jorge Batista
10/09/2024 às 09h40

O ônibus escolar agora dá uma volta de vinte minutos pelo outro lado do rio.

Responder 2 Denunciar
[avata]
Paulo Henrique
10/09/2024 às 10h05 em resposta a Ana Lúcia

Ana, a prefeitura disse na rádio que a obra começa na segunda-feira.

Responder 1 Denunciar
[avata]
Ana Lúcia
10/09/2024 às 11h20 em resposta a Paulo Henrique

Paulo, disseram a mesma coisa no mês passado e nada aconteceu.

Responder 0 Denunciar
"""


def test_a_date_line_naming_the_comment_answered() -> None:
    got = [(path, c.author_name, " ".join(c.body.split()[:3])) for path, c in walk(parse_page(_PORTAL).comments)]
    assert got == [
        ((0,), "Ana Lúcia", "A ponte do"),
        ((0, 0), "Paulo Henrique", "Ana, a prefeitura"),
        ((0, 0, 0), "Ana Lúcia", "Paulo, disseram a"),
        ((1,), "Jorge Batista", "O ônibus escolar"),
    ]
