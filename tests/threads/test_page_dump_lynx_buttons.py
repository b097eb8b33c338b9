"""lynx's "(BUTTON) " label before a button's text (#15, blind set 12): a comment system's tabs
("* (BUTTON) 4 Comments") over flat comments, each headed by its avatar drawn as a button and named
for the commenter ("(BUTTON) pinecone_ann" over "2 days ago"), replies naming whom they answer.
Other renderers print the same tabs and names without the label. Dump written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

LYNX_BUTTONS = ARTICLE.replace("\n\n", "\n\n   ").rstrip() + """
     * (BUTTON) 4 Comments
     * (BUTTON) Community

   Sign in to join the conversation
   (BUTTON) Sign in
   Sort by[Newest________]
   (BUTTON) pinecone_ann
   2 days ago

   The new bus shelter on Alder Street has no bench, which rather defeats
   the purpose for the older riders.
   (BUTTON) Respect3 (BUTTON) Reply (BUTTON) Share (BUTTON) Report
   (BUTTON) TomK_Gazette
   Staff
   2 days ago
   In reply to pinecone_ann

   The transit office says benches arrive with the second batch of
   shelters in June.
   (BUTTON) Respect5 (BUTTON) Reply (BUTTON) Share (BUTTON) Report
   (BUTTON) riverbend
   1 day ago

   Any word on lighting? The stop by the library is pitch dark at six.
   (BUTTON) Respect1 (BUTTON) Reply (BUTTON) Share (BUTTON) Report
   (BUTTON) pinecone_ann
   20 hours ago
   In reply to riverbend

   Same at the school stop, the council was told twice last winter.
   (BUTTON) Respect2 (BUTTON) Reply (BUTTON) Share (BUTTON) Report
   (BUTTON) Load More
"""


def test_button_labels_are_no_part_of_tabs_or_names() -> None:
    rows = [(path, author, text) for path, author, _when, text in flat(parse_page(LYNX_BUTTONS).comments)]
    assert rows == [
        ((0,), "pinecone_ann", "The new bus shelter on Alder Street has no bench, which rather defeats"),
        ((0, 0), "TomK_Gazette", "The transit office says benches arrive with the second batch of"),
        ((1,), "riverbend", "Any word on lighting? The stop by the library is pitch dark at six."),
        ((1, 0), "pinecone_ann", "Same at the school stop, the council was told twice last winter."),
    ]


NUMBERED_THUMBS = ARTICLE + """   Comments
    1. Ada Brook
       6 Apr 2024, 8:12pm AEDT
       The footbridge was closed again this morning and nobody put up a sign.
       (BUTTON) 👍 4 (BUTTON) 👎 1[3]Reply[4]Report
         1. Ben Coe
            6 Apr 2024, 9:40pm AEDT
            It reopened at noon, the council posted it on their page.
            (BUTTON) 👍 2 (BUTTON) 👎 0[5]Reply[6]Report
    2. Cy Dunn
       7 Apr 2024, 7:02am AEST
       A sign at each end would cost less than the outrage every time.
       (BUTTON) 👍 9 (BUTTON) 👎 0[7]Reply[8]Report
"""


def test_a_glyph_button_keeps_its_label() -> None:
    """"(BUTTON) 👍 4" stays a button row: without the label the thumb, at the text's column,
    would read as a list marker opening one more reply."""
    rows = [(path, author) for path, author, _w, _t in flat(parse_page(NUMBERED_THUMBS).comments)]
    assert rows == [((0,), "Ada Brook"), ((0, 0), "Ben Coe"), ((1,), "Cy Dunn")]
