"""A Japanese paper's print view (#15, set 47): "この記事へのコメント（8件）" ("comments on this
article") heads the comments, a nested list in w3m with replies under "□". Without the heading the
list is taken for one of related stories. Dumps written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE
from threads.model import walk
from threads.page_parser import parse_page

_PAGE = (
    ARTICLE
    + """  • 市営バス、赤字2億円　見直し案を公表（2023年11月22日）
  • 乗り合いタクシー、北浦で試験運行（2024年2月1日）

この記事へのコメント（8件）

※コメントは投稿者個人の意見であり、新聞の見解ではありません。

  • kaz*****3/10(日) 19:02

    うちの母は毎週火曜に7番系統で市民病院に通っています。

    共感した 48なるほど 12うーん 3

    返信 1件

      □ ばす好きの会社員3/10(日) 20:15

        記事にある通りLINEでも予約できるそうです。

        共感した 15なるほど 9うーん 0
  • sto*****3/10(日) 19:48

    1便平均2人で年間2億円の赤字なら、廃止もやむを得ないと思います。

    共感した 5なるほど 2うーん 7

コメントを書く

[                    ]
"""
)


def test_a_japanese_heading_over_the_list() -> None:
    comments = parse_page(_PAGE).comments
    texts = [(path, [line for line in c.body.split("\n") if line.strip()]) for path, c in walk(comments)]
    assert [(path, next(line[:10] for line in body if "。" in line)) for path, body in texts] == [
        ((0,), "うちの母は毎週火曜に"),
        ((0, 0), "記事にある通りLIN"),
        ((1,), "1便平均2人で年間2"),
    ]
