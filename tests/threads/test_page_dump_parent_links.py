"""Threads whose headers say where a comment hangs by links (#15, blind set 55), dumps written for
this test.

- Hacker News in w3m (the vote arrows drawn as "*" and "[s]" at the line's start): the reply box stands over the thread (the flat reader goes on past a form
  with a comment's header right under it), each header's row of links tells a reply ("| parent")
  from a top-level comment, and a reply to a reply ("| root | parent") from a reply to the first
  comment; a removed comment keeps its own header ("* 4 hours ago | parent …" over "[deleted]").
- A 2009 table layout prints each header as the name, the time and the permalink "#" with
  several blanks between them ("Петрович   23.10.2009 18:05   #").
"""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import flat
from threads.page_parser import parse_page

_HN = """● Hacker News new | past | comments | ask | show | jobs | submit         login
   Ohio village's smart water meters triple some residents' bills (
   marlowcourier.com)
   318 points by dpetrak 6 hours ago | hide | past | favorite | 187 comments
   [                                                                                ]
   [                                                                                ]

   [add comment]

    rkowal 5 hours ago | next [–]

    I spent six years on metering rollouts for a mid-sized utility, and the
*   new meter is almost never the one that is wrong.

    reply

      jnorth 4 hours ago | parent | next [–]

      Tripled though? One resident went from $61 to $214 a quarter with
[s]   the same household.

      reply

      rkowal 4 hours ago | root | parent | next [–]

      Both, if you read to the end. The council moved to a three-tier rate.

      reply

    * 4 hours ago | parent | prev | next [–]
[s]
      [deleted]

      hdtv_is_dead 3 hours ago | root | parent | next [–]

      Refund based on what? The old reads are exactly what nobody trusts.

      reply

    amelia_t 5 hours ago | prev [–]

    Marlow is about twenty minutes from me. The Courier has been the only
*   outlet covering this; their reporter was at every council meeting.

    reply



*


   Guidelines | FAQ | Lists | API | Security | Legal | Apply to YC | Contact
"""


def test_hacker_news_links_nest_the_thread() -> None:
    rows = flat(parse_page(_HN).comments)
    assert [(path, author, text[:20]) for path, author, _when, text in rows] == [
        ((0,), "rkowal", "I spent six years on"),
        ((0, 0), "jnorth", "Tripled though? One "),
        ((0, 0, 0), "rkowal", "Both, if you read to"),
        ((0, 1), None, "[deleted]"),
        ((0, 1, 0), "hdtv_is_dead", "Refund based on what"),
        ((1,), "amelia_t", "Marlow is about twen"),
    ]


_TABLE = """Заречинская правда

Трамвайные пути на Заводской начнут ремонтировать в ноябре, сообщили в мэрии города.

                           Комментарии (3)

                           Петрович   23.10.2009 18:05   #
                           Опять перед зимой ремонт затеяли.
                           ответить | пожаловаться | рейтинг: +14
                           Марина_К   24.10.2009 09:31   #
                           Автобусы вместо трамвая пустят или нет?
                           ответить | пожаловаться | рейтинг: +6
                           Редакция   24.10.2009 11:02   #
                           Марина, по данным МУП, с 1 ноября пустят автобус.
                           ответить | пожаловаться | рейтинг: +11

                           Добавить комментарий
"""


def test_permalink_after_blanks_ends_a_header() -> None:
    rows = flat(parse_page(_TABLE).comments)
    assert [(path, author, when, text[:12]) for path, author, when, text in rows] == [
        ((0,), "Петрович", datetime(2009, 10, 23, 18, 5, tzinfo=UTC), "Опять перед "),
        ((1,), "Марина_К", datetime(2009, 10, 24, 9, 31, tzinfo=UTC), "Автобусы вме"),
        ((1, 0), "Редакция", datetime(2009, 10, 24, 11, 2, tzinfo=UTC), "Марина, по д"),
    ]
