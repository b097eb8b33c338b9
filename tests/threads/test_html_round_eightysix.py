"""What the eighty-sixth blind round (sets 376-379) showed the HTML reader, and what was mended
before it from older sets: a Lao page under archive.today (set 318) whose reply's quote box,
longer than the reply's own words, was read as its text, and Lao's "Quote" button ("ອ້າງອີງ"); an
Italian flat list's reply known only by an earlier commenter's full name a few words into its
text ("Hai ragione @Marco da Bussana, …", set 351)."""

from __future__ import annotations

from threads.html_reader import parse_html
from threads.model import walk


def test_a_quote_box_longer_than_the_reply_is_not_its_text() -> None:
    def comment(ident: int, number: int, name: str, text: str, quoted: tuple[int, int, str, str] | None = None) -> str:
        quote = ""
        if quoted is not None:
            target, target_number, target_name, words = quoted
            quote = (f'<div style="margin:6px 0 6px 12px;padding:6px 10px;border-left:3px solid #9DB7D5">'
                     f'<div style="font-weight:bold"><a href="#c{target}">#{target_number} {target_name}</a> ຂຽນວ່າ:</div>{words}</div>')
        return (f'<div id="c{ident}" style="border-bottom:1px solid #DDDDDD;padding:10px 0">'
                f'<div style="font-size:13px"><span style="font-weight:bold">#{number}</span> <b>{name}</b> '
                f'<span style="color:#999999">16/03/2024 {number + 6:02d}:45</span></div>{quote}'
                f'<div style="margin-top:6px">{text}</div>'
                f'<div style="font-size:12px"><a href="https://example.la/news?quote={ident}#comment-form">ອ້າງອີງ</a></div></div>')

    first = "ຕອນນີ້ ຊື້ຜ່ານແອັບ LCR Ticket ໄດ້ແລ້ວ ເອື້ອຍ ບໍ່ຕ້ອງຕໍ່ແຖວ ຢູ່ສະຖານີ ອີກແລ້ວ"
    items = (comment(25, 1, "ບຸນມີ ພົມມະຈັນ", first)
             + comment(30, 2, "ວັນນາ ສີສຸວັນ", "ຂອບໃຈ ອ້າຍບຸນມີ ຈະລອງ ໃຊ້ເບິ່ງ", quoted=(25, 1, "ບຸນມີ ພົມມະຈັນ", first)))
    page = (f'<html lang="lo"><body><h1>ລົດໄຟ ລາວ-ຈີນ ເພີ່ມຖ້ຽວ</h1><p>{"ລົດໄຟ ລາວ-ຈີນ ຈະເພີ່ມຖ້ຽວ ຈາກຫຼວງພະບາງ ໃນເດືອນໜ້າ. " * 8}</p>'
            f'<div style="font-size:20px">ຄຳເຫັນ (2)</div>{items}</body></html>')
    walked = list(walk(parse_html(page).comments))
    bodies = [c.body for _, c in walked]
    assert bodies[0] == first
    # (the words quoted kept as a quotation, in quotation marks, over the reply's own)
    assert bodies[1].split("\n\n")[-1] == "ຂອບໃຈ ອ້າຍບຸນມີ ຈະລອງ ໃຊ້ເບິ່ງ" and f"“{first}”" in bodies[1]
    assert [len(path) for path, _ in walked] == [1, 2]


def _flat(items: list[tuple[int, str, str]]) -> str:
    rows = "".join(
        f'<div class="commento" id="c{ident}"><div class="autore">{name}</div><div class="data">30/10/2010 {10 + n}:14</div>'
        f'<div class="testo"><p>{text}</p></div></div>'
        for n, (ident, name, text) in enumerate(items)
    )
    return (f'<html lang="it"><body><h1>Pista ciclabile chiusa</h1><p>{"Il tratto resterà chiuso fino a primavera. " * 10}</p>'
            f'<div id="commenti">{rows}</div></body></html>')


def test_a_full_name_a_few_words_into_a_flat_comment_names_whom_it_answers() -> None:
    page = _flat([
        (1, "Marco da Bussana", "La pista ciclabile è l'unica cosa che funziona davvero in questa città."),
        (2, "Giulia R.", "Chiudere il tratto fino a primavera vuol dire perdere i turisti di Pasqua."),
        (3, "ciclista_ligure", "Hai ragione @Marco da Bussana, ogni domenica ci passano centinaia di persone."),
    ])
    assert [(c.author_name, len(path)) for path, c in walk(parse_html(page).comments)] == [
        ("Marco da Bussana", 1), ("ciclista_ligure", 2), ("Giulia R.", 1),
    ]


def test_a_handle_of_one_word_in_a_greeting_answers_nobody() -> None:
    page = _flat([
        (1, "cronicadelvalle", "Aquí en La Hoyada llevamos doce días sin una gota de agua en las tuberías."),
        (2, "hivebuzz", "Felicitaciones @cronicadelvalle! Has completado el objetivo de publicaciones de marzo."),
    ])
    assert [len(path) for path, _ in walk(parse_html(page).comments)] == [1, 1]
