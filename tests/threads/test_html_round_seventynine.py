"""What the seventy-ninth blind round (sets 348-351) showed the HTML reader, and what was mended
before it: set 330's Naver-like list under archive.today, where a deleted comment has no margin
and the others "margin:0 0 0 0px": the comments after it at no margin were read as its replies."""

from __future__ import annotations

from threads.html_reader import parse_html
from threads.model import walk


def _item(ident: int, name: str, text: str, when: str, margin: int | None, replies: str = "") -> str:
    style = f"margin:0 0 0 {margin}px;" if margin is not None else ""
    area = f'<div id="reply_area_{ident}"><ul style="margin:0;padding:0;">{replies}</ul></div>' if replies else ""
    head = (f'<div style="margin-bottom:8px;"><a href="/comment/list?userId={ident}" style="font-weight:bold;">{name}</a></div>'
            if name else "")
    tail = f'<div style="margin-top:7px;"><span style="font-size:12px;">{when}</span></div>' if when else ""
    return (f'<li id="comment_{ident}" style="list-style:none;{style}padding:16px 0;">{head}'
            f'<div style="font-size:15px;"><span>{text}</span></div>{tail}{area}</li>')


def test_a_deleted_comment_without_a_margin_among_comments_at_margin_nothing() -> None:
    reply = _item(702, "gold****", "다른 방법은 없는지 궁금합니다. 보를 닫는 것 말고요.", "2024.09.03. 16:05", 40)
    comments = (_item(701, "", "작성자에 의해 삭제된 댓글입니다.", "", None, reply)
                + _item(703, "river****", "보 열어둔 동안 모래톱이 많이 생겼어요. 새들도 자주 봅니다.", "2024.09.03. 16:30", 0)
                + _item(704, "park****", "시민 공청회를 다시 열어야 합니다. 결정을 서두르지 마세요.", "2024.09.04. 08:12", 0,
                        _item(705, "sejo****", "동의합니다. 작년 공청회는 형식적이었어요.", "2024.09.04. 09:01", 40)))
    page = (f'<html lang="ko"><body><h1>세종보 재가동 논란</h1><p>{"환경부가 세종보 재가동을 검토하고 있다. " * 12}</p>'
            f'<div id="cbox_module"><ul style="margin:0;padding:0;">{comments}</ul></div></body></html>')
    assert [(len(path), c.external_id) for path, c in walk(parse_html(page).comments)] == [
        (1, "comment_701"), (2, "comment_702"), (1, "comment_703"), (1, "comment_704"), (2, "comment_705"),
    ]
