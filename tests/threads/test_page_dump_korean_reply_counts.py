"""A Korean paper's comments printed flat (#15, set 58): "답글 2" ("replies 2") under a comment
counts its answers, printed next; a removed comment reads "삭제된 댓글입니다." ("this is a deleted
comment"), which no placeholder pattern knew (nor Japanese "このコメントは…削除されました。" with
its full stop). Dump written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page
from threads.removed_placeholders import is_removed_placeholder

_W3M = ARTICLE + """댓글 4

0 / 400등록
  • 최신순
  • 과거순

haeu**** (211.36.*.*) 2024-05-14 09:12

해운대 주민입니다. 밤마다 폭죽 소리 때문에 잠을 못 잡니다.

답글 2
추천 47반대 3
신고
busa**** (61.78.*.*) 2024-05-14 09:40

백사장에서 파는 사람부터 막아야죠.

추천 12반대 0
신고
jjin**** (106.101.*.*) 2024-05-14 10:05

저도 새벽 2시까지 터지는 날도 있어요.

추천 9반대 1
신고
부산토박이 (59.22.*.*) 2024-05-13 22:17

안전요원 늘리는 건 환영합니다.

답글 0
추천 5반대 0
신고
"""


def test_a_korean_reply_count_nests_the_answers() -> None:
    rows = flat(parse_page(_W3M).comments)
    assert [path for path, _, _, _ in rows] == [(0,), (0, 0), (0, 1), (1,)]


def test_korean_and_japanese_placeholders() -> None:
    assert is_removed_placeholder("삭제된 댓글입니다.")
    assert is_removed_placeholder("このコメントは投稿ガイドラインに違反したため削除されました。")
