"""A button under a comment's replies that shows the ones the page left out, at the comment's own
indent (#15, set 79's Japanese portal, set 9's Viafoura): "View 1 more reply", "さらに返信を表示（2件）".
Not known as a button, it read as more of the comment's text, so the replies above it were taken
for a list inside that text and swallowed. And a Japanese heading that runs its count and counter
on, "コメント3件", which the reader did not know. Dumps written for these tests."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.model import walk
from threads.page_bounds import is_heading
from threads.page_parser import parse_page

_ENGLISH = ARTICLE + """3 Comments

  • Sachin Patwardhan Aug 12, 2025, 09:41 PM

    Old market is honestly unhygienic, everything flows straight into the creek.

    Reply Report
      □ Nilesh Sawant Aug 12, 2025, 10:07 PM

        Sachin ji, cold storage is fine, but who pays the rent for the stalls?

        Reply Report
    View 1 more reply
  • Prakash Gawde Aug 12, 2025, 07:20 PM

    Same thing happened at Sassoon Dock, new building ready and nobody moved.

    Reply Report

Leave a Reply
"""

_JAPANESE = ARTICLE + """コメント3件

  • [user]
    kaz*****
    2024年10月26日 18:55

    高校生の通学はどうするんでしょうか。丘陵団地から東高まで歩けば1時間近くかかります。

    返信4 報告
      □ [use]
        北浜の母
        2024年10月26日 21:12

        うちの娘も丘陵団地線で通っています。朝の便はいつも満員です。

        返信 報告
    さらに返信を表示（2件）
  • [user]
    元運転士
    2024年10月26日 19:20

    20年バスの運転をしていました。若い人が来ないのは当然です。

    返信31 報告

ログインしてコメントする
"""


def test_a_show_more_replies_button_under_the_replies() -> None:
    rows = flat(parse_page(_ENGLISH).comments)
    assert [(path, author) for path, author, _, _ in rows] == [
        ((0,), "Sachin Patwardhan"),
        ((0, 0), "Nilesh Sawant"),
        ((1,), "Prakash Gawde"),
    ]
    assert "View 1 more reply" not in parse_page(_ENGLISH).comments[0].body


def test_japanese_heading_and_button() -> None:
    comments = parse_page(_JAPANESE).comments
    assert [path for path, _, _, _ in flat(comments)] == [(0,), (0, 0), (1,)]
    assert all("さらに返信を表示" not in comment.body for _, comment in walk(comments))
    assert is_heading(["コメント312件"], 0) and is_heading(["评论12条"], 0)
