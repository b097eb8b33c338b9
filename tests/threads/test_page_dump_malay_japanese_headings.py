"""Headings and reply lines in Malay and Japanese (#15, set 62's Malay wpDiscuz page, set 66's
Japanese paper). wpDiscuz in Malay heads its thread "8 Komen" and names a reply's parent "Balas
kepada <name>" ("Reply to"), which read as the name ("kepada Hafiz Ramli"); with no known heading,
relative times ("2 hari lalu") were too weak to find the comments at all. A Japanese paper heads
its nested list "みんなのコメント (8)", unknown, so the ranking list under the sidebar was read as
the comments. Dumps written for these tests."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_MALAY = ARTICLE + """[Hantar Komen]
3 Komen
Terlama
Hafiz Ramli
Tetamu
Hafiz Ramli
2 hari lalu

Jalan ke Kampung Geliga dah putus sejak petang tadi, kereta kecil tak boleh lalu.

6
Balas
Nurul Aina
Tetamu
Nurul Aina
Balas kepada  Hafiz Ramli
2 hari lalu

Betul tu, jalan ke Kijal pun sama sejak pukul enam.

2
Balas
Siti Khadijah
Tetamu
Siti Khadijah
1 hari lalu

Mohon kongsi nombor telefon bilik gerakan banjir daerah.

9
Balas
"""

_JAPANESE = ARTICLE + """みんなのコメント (3)

  • [gif]tak*****3/12(火) 7:14

    運転手不足はどこも同じ。給料を上げないと若い人は来ないでしょう。

    共感した 128うーん 9返信違反報告
      □ [gif]hok_mama3/12(火) 9:30

        うちの町も朝の便が一本なくなります。

        共感した 57うーん 1違反報告
  • [gif]ななかまど3/13(水) 6:40

    高校生の通学はどうなるのか。

    共感した 22うーん 0返信違反報告

アクセスランキング

 1. 道北の路線バス、4月から3割減便
 2. 旭山動物園、夏季営業は4月27日から
"""


def test_a_malay_reply_line_names_the_parent() -> None:
    rows = flat(parse_page(_MALAY).comments)
    assert [(path, author) for path, author, _, _ in rows] == [
        ((0,), "Hafiz Ramli"),
        ((0, 0), "Nurul Aina"),
        ((1,), "Siti Khadijah"),
    ]


def test_a_japanese_heading_heads_the_nested_list() -> None:
    rows = flat(parse_page(_JAPANESE).comments)
    assert [path for path, _, _, _ in rows] == [(0,), (0, 0), (1,)]
    assert "高校生の通学はどうなるのか。" in parse_page(_JAPANESE).comments[1].body
