"""A 2000s newspaper page laid out with tables (#15, blind set 19): the story and its comments sit
in a column of the layout table, so the comments heading is indented deep ("Reader Comments (5)"
at column 23 in w3m, centred in lynx); each comment is "Posted by NAME on DATE at TIME ZONE", a
reply says "In response to: NAME" (also "Anonymous", or "[removed]" for a removed comment), a
badge in brackets may carry the paper's name ("[Gazette staff]"), w3m prints the spacer images
of the table's first cell as "_" or "[spacer]" before the text, and a year the renderer wrapped
to the start of a line ("1958. I …") is no list item. Dumps written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_PAD = " " * 23

W3M_TABLES = "\n".join(_PAD + line if line else "" for line in ARTICLE.split("\n")) + f"""
{_PAD}Reader Comments (5)

{_PAD}Comments are the opinions of readers, not of the Gazette. Please keep it civil.

{_PAD}  Posted by cornfield_kate on 4/2/2009 at 7:12 PM CDT

{_PAD}  The east bridge has been one lane since the flood and nobody at the county
{_PAD}_ seems to think that is a problem for the school buses.

{_PAD}                                                   Reply | Report abuse

{_PAD}[dots_h]
{_PAD}     Posted by Walt Brenner on 4/2/2009 at 9:30 PM CDT

{_PAD}     In response to: cornfield_kate

{_PAD}_    The county engineer said the same about the west bridge, which was built in
{_PAD}     1958. I would not hold my breath for a second lane before next spring.

{_PAD}                                                   Reply | Report abuse

{_PAD}[dots_h]
{_PAD}[spacer] This comment was removed by the site moderator.

{_PAD}[dots_h]
{_PAD}         Posted by Walt Brenner on 4/3/2009 at 8:05 AM CDT

{_PAD}         In response to: [removed]

{_PAD}[spacer] Whoever wrote that, my road crew worked that flood for nine days straight
{_PAD}         and I will not have them called lazy on this page.

{_PAD}                                                   Reply | Report abuse

{_PAD}[dots_h]
{_PAD}  Posted by Anonymous on 4/3/2009 at 10:40 AM CDT

{_PAD}  Does anyone know if the detour adds time to the morning bus route?

{_PAD}                                                   Reply | Report abuse

{_PAD}[dots_h]
{_PAD}     Posted by Dana Voss [Gazette staff] on 4/3/2009 at 1:15 PM CDT

{_PAD}     In response to: Anonymous

{_PAD}     The district says eleven minutes each way, we will have the new times on Monday.

{_PAD}                                                   Reply | Report abuse

{_PAD}Post a Comment

{_PAD}Your name:
{_PAD}[                              ]
"""


def test_comments_in_a_layout_tables_column() -> None:
    rows = [(path, author, text) for path, author, _when, text in flat(parse_page(W3M_TABLES).comments)]
    assert rows == [
        ((0,), "cornfield_kate",
         "The east bridge has been one lane since the flood and nobody at the county"),
        ((0, 0), "Walt Brenner",
         "The county engineer said the same about the west bridge, which was built in"),
        ((1,), None, "This comment was removed by the site moderator."),
        ((1, 0), "Walt Brenner",
         "Whoever wrote that, my road crew worked that flood for nine days straight"),
        ((2,), None, "Does anyone know if the detour adds time to the morning bus route?"),
        ((2, 0), "Dana Voss",
         "The district says eleven minutes each way, we will have the new times on Monday."),
    ]

LYNX_TABLES = ARTICLE + """                             Reader Comments (2)

   Posted by cornfield_kate on 4/2/2009 at 7:12 PM CDT
   The east bridge has been one lane since the flood and nobody at the
   county seems to think that is a problem for the school buses.
                                                     Reply | Report abuse

   Posted by Walt Brenner on 4/2/2009 at 9:30 PM CDT
   In response to: cornfield_kate
   The county engineer said the same about the west bridge last year.
                                                     Reply | Report abuse

                               Post a Comment

   Your name:
   ______________________________
   Comment:
   ______________________________
"""


def test_centred_heading_over_comments_and_a_form_label_below() -> None:
    rows = [(path, author, text) for path, author, _when, text in flat(parse_page(LYNX_TABLES).comments)]
    assert rows == [
        ((0,), "cornfield_kate", "The east bridge has been one lane since the flood and nobody at the"),
        ((0, 0), "Walt Brenner", "The county engineer said the same about the west bridge last year."),
    ]
