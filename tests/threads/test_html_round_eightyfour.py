"""What the eighty-fourth blind round (sets 368-371) showed the HTML reader, and what was mended
before it from the round before: Khmer's short date with its hour word ("១២ មីនា ២០២៤ ម៉ោង
០៨:១៥", set 366) and LiveRe's "reply-top" header, which is no "reply to" box (set 366)."""

from __future__ import annotations

from datetime import UTC, datetime

from threads.html_reader import parse_html
from threads.html_time import parse_time
from threads.model import walk


def test_khmer_short_date_with_the_hour_word() -> None:
    assert parse_time("១២ មីនា ២០២៤ ម៉ោង ០៨:១៥") == datetime(2024, 3, 12, 8, 15, tzinfo=UTC)


def test_livere_reply_top_is_the_header_not_a_reply_to_box() -> None:
    def item(ident: int, name: str, stamp: str, text: str, children: str = "") -> str:
        return (f'<li class="reply-item" id="reply_{ident}"><div class="reply-content-wrapper"><div class="reply-content">'
                f'<div class="reply-top"><span class="writer"><span class="sns-icon kakao"></span><a class="name">{name}</a></span>'
                f'<span class="date" title="{stamp}">{stamp}</span></div><div class="reply-text"><p>{text}</p></div>'
                f'<div class="reply-footer"><button class="btn-like">공감 <span>3</span></button></div></div></div>{children}</li>')

    child = item(12, "골드라인출근러", "2024.03.15 08:40", "고촌역은 더 심해요. 아예 문 앞까지 꽉 차서 못 내립니다.")
    items = item(11, "김포맘", "2024.03.15 08:12", "아침마다 풍무역에서 두 대씩 보내고 탑니다. 증차 정말 급해요.",
                 f'<ul class="reply-children">{child}</ul>')
    page = (f'<html lang="ko"><body><article><h1>김포 골드라인 증차</h1><p>{"출근 시간대 혼잡이 심해지고 있다. " * 12}</p></article>'
            f'<div id="list-area"><ul class="reply-list">{items}</ul></div></body></html>')
    walked = list(walk(parse_html(page).comments))
    assert [(c.author_name, len(path)) for path, c in walked] == [("김포맘", 1), ("골드라인출근러", 2)]
    assert walked[1][1].created_at == datetime(2024, 3, 15, 8, 40, tzinfo=UTC)
