"""What the hundred-and-seventh blind round (sets 460-463, 263/268 parents blind) showed the HTML
reader: a WordPress page whose deep thread left a list unclosed, so the parser nested the next
threads' "depth-1" items inside the first (set 460, 3 parents: the depth class, which WordPress
writes on each comment, says where it is); "IST" after a comment's clock on a page that says
"Times shown are Irish time (IST)" (set 460, 7 times: the page's IST, not India's); Norwegian
"Alle klokkeslett i kommentarfeltet er norsk tid" (set 461, 8 times); Kazakh "(тексерілмеген)"
(not checked) after a name and Sinhala "නාඳුනන" (unknown) for nobody (set 462, 3 authors). Left:
a Drupal comment the key keeps top-level that the reader files under another (set 461), a
Sinhala paper's flattened reply (set 462), two LiveRe authors shown beside an age alone (set
462)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.threads.holdout_figures import set_figures
from threads.comment_names import clean_name
from threads.html_reader import parse_html
from threads.model import walk
from threads.zone_statements import stated_zone


def _item(ident: int, depth: int, name: str, text: str) -> str:
    return (f'<li class="comment depth-{depth}" id="li-comment-{ident}"><div id="comment-{ident}">'
            f'<div class="comment-author vcard"><cite class="fn">{name}</cite> <span class="says">says:</span></div>'
            f'<div class="comment-meta commentmetadata"><a href="#comment-{ident}">March {ident % 20 + 1}, 2025 at 9:1{depth} am</a></div>'
            f"<p>{text}</p></div>")


def test_depth_classes_over_a_list_left_unclosed() -> None:
    page = (f'<html lang="en-US"><body><h1>Snowmobile trails</h1><p>{"The trail network opens on Saturday. " * 8}</p>'
            '<ol class="commentlist">'
            + _item(4412, 1, "Dana T.", "Is the Madawaska loop groomed yet?")
            + '<ul class="children">' + _item(4415, 2, "Ruth P.", "Groomed Tuesday, Dana.")
            + '<ul class="children">' + _item(4419, 3, "Dana T.", "Thanks, Ruth.")
            # (the page closes the third comment and the second's list and item, not the first's list:
            # the next threads land inside the first)
            + "</li></ul></li>"
            + _item(4420, 1, "Gil M.", "Parking at the lodge is full by nine.") + "</li>"
            + _item(4426, 1, "Ann B.", "Bring cash for the warming hut.") + "</li>"
            + "</ol></body></html>")
    ids: dict[tuple[int, ...], str | None] = {}
    parents = {}
    for path, c in walk(parse_html(page).comments):
        ids[path] = c.external_id
        parents[c.external_id] = ids.get(path[:-1])
    assert parents == {
        "comment-4412": None, "comment-4415": "comment-4412", "comment-4419": "comment-4415",
        "comment-4420": None, "comment-4426": None,
    }


@pytest.mark.parametrize(
    ("statement", "when"),
    [
        ("Times shown are Irish time (IST).", datetime(2025, 7, 25, 18, 40, tzinfo=UTC)),  # Irish summer time, UTC+1
        ("", datetime(2025, 7, 25, 14, 10, tzinfo=UTC)),  # nothing said: India's, as English-language sites print it most
    ],
)
def test_ist_after_the_clock_is_the_pages_ist(statement: str, when: datetime) -> None:
    def comment(ident: int, text: str) -> str:
        return (f'<div id="c{ident}" class="comment"><div class="comment-head"><b class="author">Reader {ident}</b>'
                f' <span class="date">· Fri 25 Jul 2025, 19:40 IST</span></div><div class="comment-body"><p>{text}</p></div></div>')

    page = (f'<html lang="en"><body><h1>Rock of Cashel</h1><p>{"The Rock of Cashel reopens after its roof works. " * 8}</p>'
            f'<div id="comments"><p class="note">Comments are moderated. {statement}</p>'
            + comment(90311, "About time the roof was done.") + comment(90318, "Will the cathedral be open too?")
            + "</div></body></html>")
    assert [c.created_at for _, c in walk(parse_html(page).comments)] == [when, when]


@pytest.mark.parametrize(
    ("statement", "zone"),
    [
        ("<p>Alle klokkeslett i kommentarfeltet er norsk tid.</p>", "Europe/Oslo"),
        ("<p>Alle klokkeslett er norsk tid.</p>", "Europe/Oslo"),
        ("<p>Klokkeslettet for kampen er ikke bestemt.</p>", None),
    ],
)
def test_norwegian_clock_times_statement(statement: str, zone: str | None) -> None:
    found = stated_zone(statement, language="nb-NO")
    assert (str(found) if found is not None else None) == zone


@pytest.mark.parametrize(
    ("shown", "name"),
    [("Қонақ (тексерілмеген)", None), ("Ержан Әбдіраманов (тексерілмеген)", "Ержан Әбдіраманов"), ("නාඳුනන", None)],
)
def test_kazakh_not_checked_and_sinhala_unknown(shown: str, name: str | None) -> None:
    assert clean_name(shown) == name


@pytest.mark.parametrize(
    ("name", "figures"),
    [
        # The hundred-and-seventh round (reader at e5fc537): 263/268 parents blind (98.1%); blind figures in brackets.
        ("html_holdout460", (68, 68, 68, 68, 60, 0)),  # (68, 68, 65, 68, 53, 0)
        ("html_holdout461", (66, 66, 65, 66, 66, 0)),  # (66, 66, 65, 66, 58, 0)
        ("html_holdout462", (66, 66, 65, 64, 66, 0)),  # (66, 66, 65, 61, 66, 0)
        ("html_holdout463", (68, 68, 68, 68, 68, 0)),  # (68, 68, 68, 68, 68, 0)
    ],
)
def test_the_sets_of_the_hundred_and_seventh_round(name: str, figures: tuple[int, int, int, int, int, int]) -> None:
    """(expected, matched, parents, authors, times, extra) per set."""
    assert set_figures(name) == figures
