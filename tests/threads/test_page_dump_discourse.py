"""A forum's embedded thread (Discourse) as text dumps print it (#15, blind set 23): each post's
name on a line of its own (an avatar's alt text above it, a badge after it), a blank, the day
without its year ("Mar 9"), and for a reply an arrow before the name of the post answered ("↩ ●
name" in w3m, "↩ name" in lynx, "↩ [IMG] name" in elinks and links). Dumps written for this test."""

from __future__ import annotations

import pytest

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page


def _page(arrow: str) -> str:
    return ARTICLE + f"""Discussion

Comments are hosted on our community forum.

[png]

harbor_pete

Apr 2

The ferry timetable changed twice this spring and nobody told the commuters.

[a1b2]

lenamoss Moderator

Apr 2
{arrow}harbor_pete

It was posted on the port authority's page on March 28, for what that is worth.

[png]

quayside_jo

Apr 3

Parking at the terminal is the real problem, not the timetable.

[c3d4]

harbor_pete

Apr 4
{arrow}lenamoss

Nobody reads the port authority's page. A notice on the boat would do.

Continue discussion

© 2024 The Harbour Gazette
"""


@pytest.mark.parametrize("arrow", ["↩ ● ", "↩ ", "↩ [IMG] "])
def test_day_under_the_name_heads_a_post_and_the_arrow_names_its_parent(arrow: str) -> None:
    rows = flat(parse_page(_page(arrow)).comments)
    assert [(path, author, text) for path, author, _when, text in rows] == [
        ((0,), "harbor_pete", "The ferry timetable changed twice this spring and nobody told the commuters."),
        ((0, 0), "lenamoss", "It was posted on the port authority's page on March 28, for what that is worth."),
        ((0, 0, 0), "harbor_pete", "Nobody reads the port authority's page. A notice on the boat would do."),
        ((1,), "quayside_jo", "Parking at the terminal is the real problem, not the timetable."),
    ]
