"""What the eighty-sixth blind round (sets 376-379) showed the HTML reader, and what was mended
before it from an older set: a Lao page under archive.today (set 318) whose reply's quote box,
longer than the reply's own words, was read as its text, and Lao's "Quote" button ("ອ້າງອີງ")."""

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
