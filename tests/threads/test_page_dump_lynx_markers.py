"""lynx's way with a nested comment list (#15, blind sets 12 and 17): the marker alone on its line
(``1.``, ``+``, ``o``, ``#``) and the item's text a column or two left of it, the avatar's alt text
(the name) printed over the name again. Dumps written for these tests."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

# Bullets alone on their line, the header a column or two left of them (a theme that styles its
# nested lists with bullets: lynx draws "+", "o", "#" at the deeper levels).
BULLETS_LEFT = ARTICLE + """5 thoughts on "The story"

    1.
   Tove Marsh
       March 2, 2024 at 9:14 pm
       | Reply
       The bridge has been shut every winter since I moved here, it is nothing new.
          +
        Ivo Brandt
            March 3, 2024 at 1:40 am
            | Reply
            It was open in the winter of 2019, the council paid for gritting then.
               o
             Tove Marsh
                 March 3, 2024 at 8:05 am
                 | Reply
                 Then I stand corrected, thank you for looking it up.
    2.
   Lena Quist
       March 3, 2024 at 10:47 pm
       | Reply
       Who decides when it closes, the county or the town?
          +
        Ivo Brandt
            March 4, 2024 at 7:02 am
            | Reply
            The county does, after the engineer's inspection in November.

Leave a Reply
"""

# The marker alone, then the avatar's alt text (the name) and the name again, with a badge.
NAME_TWICE = ARTICLE + """3 thoughts on "The story"

    1.
   Tove Marsh
   Tove Marsh
       March 2, 2024 at 9:14 pm
       The bridge has been shut every winter since I moved here, it is nothing new.
       Reply
         1.
        Ivo Brandt
        Ivo Brandt Post author
            March 3, 2024 at 1:40 am
            It was open in the winter of 2019, the council paid for gritting then.
            Reply
              1.
             Tove Marsh
             Tove Marsh
                 March 3, 2024 at 8:05 am
                 Then I stand corrected, thank you for looking it up.
                 Reply

Leave a Comment
"""


def test_bullet_alone_with_its_header_a_column_left_opens_a_reply() -> None:
    rows = [(path, author, text) for path, author, _when, text in flat(parse_page(BULLETS_LEFT).comments)]
    assert rows == [
        ((0,), "Tove Marsh", "The bridge has been shut every winter since I moved here, it is nothing new."),
        ((0, 0), "Ivo Brandt", "It was open in the winter of 2019, the council paid for gritting then."),
        ((0, 0, 0), "Tove Marsh", "Then I stand corrected, thank you for looking it up."),
        ((1,), "Lena Quist", "Who decides when it closes, the county or the town?"),
        ((1, 0), "Ivo Brandt", "The county does, after the engineer's inspection in November."),
    ]


def test_name_printed_twice_under_a_bare_number_is_the_header_not_the_text() -> None:
    rows = [(path, author, text) for path, author, _when, text in flat(parse_page(NAME_TWICE).comments)]
    assert rows == [
        ((0,), "Tove Marsh", "The bridge has been shut every winter since I moved here, it is nothing new."),
        ((0, 0), "Ivo Brandt", "It was open in the winter of 2019, the council paid for gritting then."),
        ((0, 0, 0), "Tove Marsh", "Then I stand corrected, thank you for looking it up."),
    ]
