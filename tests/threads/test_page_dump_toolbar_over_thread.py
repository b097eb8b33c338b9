"""A comment system's toolbars between its form and its thread (Naver's comment box, #15 set 70):
groups of short one-line items, counts by kind ("• 현재 댓글7", "• 작성자 삭제1") and sort orders
("• 순공감순", "• 최신순"), each ended by a blank line. The thread is the list after them, its items
each signed at the foot with the time; the first toolbar was taken for it and, opening no comment,
lost the thread. Dumps written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_lines import past_toolbars
from threads.page_parser import parse_page

_PAGE = ARTICLE + """댓글

3 새로고침
댓글 쓰기
[                              ]
[                              ]
로그인이 필요합니다.
등록
  • 현재 댓글3
  • 작성자 삭제0

  • 순공감순
  • 최신순

  • tong****
    케이블카 요금이 벌써 성인 왕복 1만 7천원인데 또 올린다고요?
    2024.03.12. 15:02신고
    공감48비공감3
  • jinn****
    요금 올리는 만큼 대기 시간이나 좀 줄여주세요.
    2024.03.12. 21:07신고
    공감31비공감1
  • seas****
    기사에 루지 묶음권 얘기는 없네요.
    2024.03.12. 17:20신고
    공감12비공감0
"""


def test_thread_past_the_toolbars() -> None:
    rows = flat(parse_page(_PAGE).comments)
    assert [path for path, _, _, _ in rows] == [(0,), (1,), (2,)]
    comments = parse_page(_PAGE).comments
    assert ["케이블카" in comments[0].body, "대기" in comments[1].body, "루지" in comments[2].body] == [True] * 3


def test_past_toolbars_stops_at_a_comment() -> None:
    lines = ["  • Anna", "    First comment's text.", "", "  • Ben"]
    assert past_toolbars(lines, 0) == 0
    lines = ["  • Newest", "  • Oldest", "", "  • Anna", "    First comment's text."]
    assert past_toolbars(lines, 0) == 3
