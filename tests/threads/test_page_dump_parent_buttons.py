"""Replies told by their buttons, and headers run together (#15, set 59's LiveJournal and Isso pages).

LiveJournal prints every comment at one indent; only a reply has "(Parent)" in the row of bracketed
buttons under its text, so the row tells a thread's start from an answer, and depth-first order
makes the comment above a reply the one it answers. Its headers end in "(UTC)", which no stamp
pattern allowed, and it heads the thread "8 comments — Leave a comment". Isso's header is the name
and a relative time in spans that w3m runs together ("Monika•vor 3 Tagen", "Tobias•Gestern").
Dumps written for these tests.
"""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_LIVEJOURNAL = ARTICLE + """4 comments — Leave a comment

Expand all | Show as list

[1120334] Bridge
          [info]marsh_tern
          2011-05-02 07:15 pm (UTC)
The bridge has been closed for a month and nobody from the council has said a
word about when it reopens.

(Reply) (Thread)

[2230114] [info]old_lockkeeper
          2011-05-02 08:40 pm (UTC)
They said June in the paper, for what that is worth.

(Reply) (Parent) (Thread)

[1120334] [info]marsh_tern
          2011-05-02 09:05 pm (UTC)
June last year too.

(Reply) (Parent) (Thread)

[anonymous] (Anonymous)
            2011-05-03 06:30 am (UTC)
Is the ferry still running in the meantime?

(Reply) (Thread)

Leave a comment
"""

_ISSO = ARTICLE + """3 Kommentare

Kommentar hier eintippen (mindestens 3 Zeichen)

[Abschicken]

Monika Seidel•vor 3 Tagen

Die Brücke ist seit einem Monat gesperrt und niemand sagt, wann sie wieder
aufgeht.

 2 Antworten
Tobias (Redaktion)•Gestern

Frau Seidel, die Gemeinde nennt Juni als Termin für die Freigabe der Brücke.

 4 Antworten
Anonym•vor 6 Stunden

Fährt die Fähre in der Zwischenzeit noch?

  Antworten

Neueste Beiträge
"""


def test_a_parent_button_marks_a_reply_to_the_comment_above() -> None:
    rows = flat(parse_page(_LIVEJOURNAL).comments)
    assert [(path, author) for path, author, _, _ in rows] == [
        ((0,), "marsh_tern"),
        ((0, 0), "old_lockkeeper"),
        ((0, 0, 0), "marsh_tern"),
        ((1,), None),  # "(Anonymous)" names nobody
    ]
    assert rows[0][2] == datetime(2011, 5, 2, 19, 15, tzinfo=UTC)


def test_names_run_into_relative_times_are_headers() -> None:
    rows = flat(parse_page(_ISSO).comments)
    assert [(author, body) for _, author, _, body in rows] == [
        ("Monika Seidel", "Die Brücke ist seit einem Monat gesperrt und niemand sagt, wann sie wieder"),
        ("Tobias (Redaktion)", "Frau Seidel, die Gemeinde nennt Juni als Termin für die Freigabe der Brücke."),
        (None, "Fährt die Fähre in der Zwischenzeit noch?"),
    ]
