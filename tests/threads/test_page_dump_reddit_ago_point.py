"""Reddit's comments printed flat by w3m (#15, set 71): each header a name, a flair or badge and a
relative time whose unit is cut with a point ("harbour_trader Harbour Road • 18 hr. ago", "3 mo.
ago", "1 yr. ago"). The point must not keep the line from being read as a stamp, or no comment is
found at all. Dumps written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_furniture import is_comment_stamp
from threads.page_parser import parse_page

_PAGE = ARTICLE + """18710Share
Sort by: Best

gull_watcher • 19 hr. ago

Good. The bus takes forty minutes from the station to the hospital at five.

211ReplyAwardShare

harbour_trader Harbour Road • 3 mo. ago

And where exactly is the lorry supposed to unload? We get two deliveries a day.

58ReplyAwardShare

quay_parent Mossley • 1 yr. ago

Does anyone know if this affects the school drop-off outside St Brendan's?

95ReplyAwardShare

r/Harbourtown
"""


def test_reddit_headers_with_cut_units() -> None:
    rows = flat(parse_page(_PAGE).comments)
    assert [(path, text[:20]) for path, _, _, text in rows] == [
        ((0,), "Good. The bus takes "),
        ((1,), "And where exactly is"),
        ((2,), "Does anyone know if "),
    ]
    assert rows[0][1] == "gull_watcher"


def test_cut_unit_stamps() -> None:
    assert is_comment_stamp("gull_watcher • 19 hr. ago")
    assert is_comment_stamp("5 min. ago")
    assert not is_comment_stamp("We moved here 3 yr. ago")
