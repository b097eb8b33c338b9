"""A numbered list whose headers end with whom they answer (#15, holdout set 85: a Portuguese
paper, "Rita Medeiros · 15/09/2026 às 19:02 em resposta a Manuel Furtado"): also after a relative
time ("Manuel Furtado · há 5 horas em resposta a Luísa Dutra"), and to a guest, whose name
("Anónimo") is read as nobody's: the reply goes under the latest comment by nobody named.
Dump written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.comment_header import read_header
from threads.page_parser import parse_page


def test_a_reply_tail_after_a_relative_time() -> None:
    header = read_header("Manuel Furtado · há 5 horas em resposta a Luísa Dutra", None)
    assert header is not None
    assert (header.author, header.reply_to, header.relative) == ("Manuel Furtado", "Luísa Dutra", True)


_PAGE = ARTICLE + """Comentários (4)

 1. Manuel Furtado · 15/09/2026 às 17:33

    Mais uma obra que devia estar pronta em junho, e os comerciantes esperam.

    👍 6 · Responder · Denunciar
 2. Anónimo · 15/09/2026 às 22:47

    A culpa é sempre do tempo. Em São Miguel as obras acabam a horas.

    👍 1 · Responder · Denunciar
 3. João Silveira · 16/09/2026 às 08:10 em resposta a Anónimo

    Acabam? As Portas do Mar estiveram quantos anos em obras? Tenha dó.

    👍 9 · Responder · Denunciar
 4. Luísa Dutra · há 5 horas em resposta a Manuel Furtado

    Os iates continuam a chegar normalmente, o problema é só o cais de cruzeiros.

    👍 2 · Responder · Denunciar
"""


def test_replies_to_a_guest_and_after_a_relative_time_find_their_parents() -> None:
    assert [(path, author) for path, author, _time, _first in flat(parse_page(_PAGE).comments)] == [
        ((0,), "Manuel Furtado"),
        ((0, 0), "Luísa Dutra"),
        ((1,), None),
        ((1, 0), "João Silveira"),
    ]
