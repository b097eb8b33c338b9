"""Text-dump habits met on blind set 10 (#15), on dumps written for these tests: a German paper's
flat comments (a picture's alt text, a badge and a place around the name, "Uhr" times, "vor 5
Stunden", a removed comment's notice), and Disqus as lynx, elinks and links print it (the site's
"Also on …" box before "Powered by Disqus", the thread's tabs over flat blocks, empty counters,
the parent's name after a reply's author)."""

from __future__ import annotations

from threads.model import ParsedComment
from threads.page_parser import parse_page

ARTICLE = """Hafenfähre fährt im Winter seltener

Die Fähre zwischen Vegesack und Lemwerder soll von Dezember an nur noch stündlich fahren. Der
Betreiber nennt fehlendes Personal als Grund für den neuen Fahrplan.

Pendler und Betriebe am Hafen kritisieren die Pläne und fordern eine Ausnahme am Morgen.

"""


def tree(comments: list[ParsedComment]) -> list[tuple[str | None, str, list[object]]]:
    return [(c.author_name, c.body.split()[0], tree(c.replies)) for c in comments]


GERMAN = ARTICLE + """Kommentare (4)

Bitte beachten Sie unsere Netiquette.

Profilbild von Greta Vossberg Greta Vossberg Abonnentin aus Blumenthal
14.11.2024, 07:12 Uhr

Morgens ist die Fähre voll mit Leuten aus der Werft, das sieht man jeden Tag.

Gefällt mir (4) Antworten Teilen Melden
Profilbild von Lasse Imhoff Lasse Imhoff aus Vegesack
vor 5 Stunden

Abends dagegen fahre ich oft allein mit dem Fährmann über den Fluss.

Gefällt mir (1) Antworten Teilen Melden

Dieser Kommentar wurde von der Redaktion entfernt. Bitte beachten Sie unsere
Netiquette.

Profilbild von Mira Tepe Mira Tepe Redaktion
14.11.2024 um 09:30 Uhr

Der Betreiber hat uns bestätigt, dass die erste Fahrt am Morgen bleibt.

Gefällt mir (2) Antworten Teilen Melden

Ihr Kommentar

Um zu kommentieren, melden Sie sich bitte an.
"""


def test_german_flat_comments_with_picture_badge_place_and_removed_notice() -> None:
    page = parse_page(GERMAN)
    assert tree(page.comments) == [
        ("Greta Vossberg", "Morgens", []),
        ("Lasse Imhoff", "Abends", []),
        # The comment after a removed one's placeholder answers it (the page keeps the placeholder
        # for its replies: blind set 10's German page).
        (None, "Dieser", [("Mira Tepe", "Der", [])]),
    ]
    assert page.comments[0].created_at is not None and page.comments[0].created_at.hour == 7
    assert page.comments[2].body.startswith("Dieser Kommentar wurde von der Redaktion entfernt.")


DISQUS_LYNX = """Ferry timetable cut for the winter

   The harbour ferry will run once an hour from December, the operator said on Monday, citing a
   shortage of trained crew for the early and late sailings.

     * 3 Comments
     * Harbour Weekly
     * Login

     * Avatar
       Oskar Lind • a day ago
       The early boat is full every single morning with shipyard workers.
          4
          •
          Reply
          + Avatar
            Pia Marsh Mod Oskar Lind • a day ago
            The first two sailings stay as they are, the operator says.
               2
               •
               Reply
     * Avatar
       Guest • 5 hours ago
       Evenings are empty though, I ride it alone most nights.
          + Avatar
            Ruth Adeyemi Guest • 2 hours ago
            Same here, the last boat carries maybe three people.

   Load more comments

Also on Harbour Weekly

     *

New parking rules for the ferry terminal explained in full
          + 12 comments
          + 2 days ago
       Avatar
       Oskar Lind — Finally some order at the terminal car park.

     * Powered by Disqus
     * Privacy
"""


def test_disqus_in_lynx_with_its_also_on_box_and_parent_names() -> None:
    page = parse_page(DISQUS_LYNX)
    assert tree(page.comments) == [
        ("Oskar Lind", "The", [("Pia Marsh", "The", [])]),
        (None, "Evenings", [("Ruth Adeyemi", "Same", [])]),
    ]


DISQUS_ELINKS = """Ferry timetable cut for the winter

   The harbour ferry will run once an hour from December, the operator said on Monday, citing a
   shortage of trained crew for the early and late sailings.

     • 3 Comments
     • Harbour Weekly
     • Login

     • Favorite 2
     • Sort by Best



     Avatar
     Oskar Lind • a day ago

     The early boat is full every single morning with shipyard workers.

        • 4
        • •
        • Reply



        Avatar
        Pia Marsh Mod Oskar Lind • a day ago

        The first two sailings stay as they are, the operator says.

           •<SP>
           • •
           • Reply



     Avatar
     Hal Berg • 5 hours ago

     Evenings are empty though, I ride it alone most nights.

        • 1
        • •
        • Reply

   Load more comments

     • Powered by Disqus
""".replace("<SP>", " ")  # an empty counter: the glyph and a blank


def test_disqus_in_elinks_toolbar_over_blocks_nested_by_indent() -> None:
    page = parse_page(DISQUS_ELINKS)
    assert tree(page.comments) == [
        ("Oskar Lind", "The", [("Pia Marsh", "The", [])]),
        ("Hal Berg", "Evenings", []),
    ]


def test_glyph_only_rows_are_no_comments() -> None:
    """links runs an empty counter and Disqus's dot together ("* * •")."""
    page = parse_page(DISQUS_LYNX.replace("               2\n               •\n", "               * * •\n"))
    assert [c.body.split()[0] for c in page.comments[0].replies] == ["The"]
    assert not page.comments[0].replies[0].replies


NUMBERED_GLUED = ARTICLE.replace("Kommentare", "Comments") + """Comments (3)

 1. Ada Quinn avatar
    Ada QuinnNorth Ward
    6 Apr 2024, 8:12pm AEDT

    The levee was close to overtopping on Thursday night, we were lucky.

    👍 41👎 3ReplyReportLink
     1. Anonymous avatar
        Name withheld
        6 Apr 2024, 11:40pm AEDT

        The council has had the report for two years now.

        👍 27👎 2ReplyReportLink
 2. Bo Lind avatar
    Bo LindLake Side
    7 Apr 2024, 1:20pm AEST

    Who pays for the new section, though?

    👍 6👎 2ReplyReportLink
"""


def test_glued_button_rows_and_an_avatars_alt_text_after_the_name() -> None:
    """Buttons with no blank between them are no reply; "<name> avatar" names the commenter."""
    page = parse_page(NUMBERED_GLUED)
    assert tree(page.comments) == [("Ada Quinn", "The", [(None, "The", [])]), ("Bo Lind", "Who", [])]


def test_empty_menu_items_are_no_comments() -> None:
    """Disqus's share menu prints empty entries ("o") under a comment in lynx."""
    page = parse_page(DISQUS_LYNX.replace("          Reply\n          + Avatar", "          Reply\n               o\n               o\n          + Avatar"))
    assert tree(page.comments)[0] == ("Oskar Lind", "The", [("Pia Marsh", "The", [])])
