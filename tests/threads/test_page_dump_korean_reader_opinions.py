"""A Korean paper's comments under "독자의견 8" ("readers' opinions", #15 set 75), a reply tree
as a nested list over a "most read" numbered list: the heading word must be known, or the tree is
not found at all. Dumps written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_PAGE = ARTICLE + """저작권자 ⓒ 동해신문 무단전재 및 재배포 금지

관련기사

  • 시장 주차타워, 설계 마치고 연내 착공 목표 2023.11.03
  • 공영주차장 유료화 내년 1월 시행 2024.08.29

독자의견 3

  • 최신순
  • 추천순

[                    ] [                    ]
[                    ]
0 / 400등록
  • 토박이 2024-09-13 22:47
    착공이 벌써 세 번째 연기입니다. 예산 세웠다고 현수막 걸던 분들은 어디 계신지.
    답글 1 추천 27 반대 2 신고
      □ └ 상인회 2024-09-13 23:15
        저희도 답답합니다. 손님들이 주차할 데가 없어서 그냥 돌아갑니다.
        추천 15 반대 1 신고
  • dong**** 2024-09-12 19:58
    관광객 입장에서 말씀드리면 시장은 주차 때문에 안 갑니다.
    답글 0 추천 19 반대 3 신고

※ 독자의견은 작성자의 의견이며 신문의 입장과 다를 수 있습니다. 욕설, 광고성 댓글은 통보 없이 삭제됩니다.

많이 본 뉴스

 1. 해변 안전요원 연장 배치
 2. 시장 주차타워 착공 또 연기
"""


def test_korean_reader_opinions_heading() -> None:
    rows = flat(parse_page(_PAGE).comments)
    assert [(path, text[:6]) for path, _, _, text in rows] == [
        ((0,), "착공이 벌써"),
        ((0, 0), "저희도 답답"),
        ((1,), "관광객 입장"),
    ]
