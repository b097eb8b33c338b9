"""A page's own statement of the zone its times are printed in, read for every bare time on it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from threads.html_reader import parse_html
from threads.html_time import parse_time
from threads.page_dates import page_dates
from threads.page_parser import parse_page
from threads.zone_statements import stated_zone


@pytest.mark.parametrize(
    ("markup", "hours"),
    [
        ("<div>All times are GMT -5. The time now is 09:55 AM.</div>", -5),
        ("All times are GMT +1.", 1),
        ("All times are UTC - 5 hours [ DST ]", -5),
        ('All times are <span title="America/Chicago">UTC-05:00</span>', -5),
        ("All times are UTC+05:30", 5.5),
        ("Alle Zeiten sind UTC+1", 1),
        ("All times are GMT. The time now is 10:00.", 0),
    ],
)
def test_a_stated_zone_is_read(markup: str, hours: float) -> None:
    zone = stated_zone(markup)
    assert zone is not None and zone.utcoffset(None) == timedelta(hours=hours)


@pytest.mark.parametrize("markup", ["<p>All times are approximate.</p>", "<p>Nothing here</p>", "All times are GMT +27"])
def test_no_zone_where_the_page_states_none(markup: str) -> None:
    assert stated_zone(markup) is None


def test_bare_times_are_read_in_the_stated_zone_and_zoned_ones_as_written() -> None:
    with page_dates(zone=stated_zone("All times are GMT -5.")):
        assert parse_time("02-11-2012, 08:42 PM") == datetime(2012, 2, 12, 1, 42, tzinfo=UTC)
        assert parse_time("2012-02-11T20:42:00Z") == datetime(2012, 2, 11, 20, 42, tzinfo=UTC)
    assert parse_time("02-11-2012, 08:42 PM") == datetime(2012, 2, 11, 20, 42, tzinfo=UTC)  # outside: UTC


def test_a_forum_page_reads_its_posts_in_its_stated_zone() -> None:
    """A thread whose posts print bare times over a footer that gives the zone; a post quoting
    another links to it from the quote ("View Post"), which makes it a reply."""
    posts = "".join(
        f'<li class="postbit postcontainer" id="post_{n}"><div class="posthead"><span class="date">02-11-2012, '
        f'<span class="time">0{n}:15 PM</span></span><a name="post{n}" href="?p={n}#post{n}">#{n}</a></div>'
        f'<a class="username" href="member.php?u={n}"><strong>user{n}</strong></a>'
        f'<blockquote class="postcontent restore">{quote}Post number {n} says this.</blockquote></li>'
        for n, quote in (
            (1, ""),
            (2, '<div class="bbcode_quote">Originally Posted by <strong>user1</strong> <a href="?p=1#post1">'
                "View Post</a><div class=\"message\">Post number 1 says this.</div></div>"),
        )
    )
    html = (
        f"<html><head><title>T</title></head><body><article><h1>Story</h1><p>{'Body text. ' * 30}</p></article>"
        f'<ol id="posts">{posts}</ol><div class="smallfont">All times are GMT -5. The time now is 09:55 AM.</div>'
        "</body></html>"
    )
    comments = parse_html(html).comments
    assert [c.external_id for c in comments] == ["post_1"]
    first, reply = comments[0], comments[0].replies[0]
    assert first.created_at == datetime(2012, 2, 11, 18, 15, tzinfo=UTC)  # 1:15 PM at GMT -5
    assert (reply.external_id, reply.author_name) == ("post_2", "user2")
    assert reply.body.endswith("Post number 2 says this.") and reply.body.startswith("\u201c")


def test_a_text_dump_reads_its_stated_zone() -> None:
    """The statement is printed in a text dump too, and holds for the dump's bare times."""
    body = "Council votes to close the bridge for repairs. " * 8
    dump = (
        f'Bridge closes for a month\n\n{body}\n\n2 thoughts on "Bridge closes for a month"\n\n'
        "  1. Petra Lind says:\n     March 4, 2024 at 3:12 pm\n     The detour adds twenty minutes to my commute.\n"
        "     Reply\n  2. Dan Grant says:\n     March 4, 2024 at 4:40 pm\n     Better a month now than a collapse.\n"
        "     Reply\n\nFOOTER\n"
    )
    stated = parse_page(dump.replace("FOOTER", "All times are GMT -5. The time now is 09:55 AM."))
    silent = parse_page(dump.replace("FOOTER", ""))
    assert [c.created_at for c in stated.comments] == [
        datetime(2024, 3, 4, 20, 12, tzinfo=UTC), datetime(2024, 3, 4, 21, 40, tzinfo=UTC),
    ]
    assert [c.created_at for c in silent.comments] == [
        datetime(2024, 3, 4, 15, 12, tzinfo=UTC), datetime(2024, 3, 4, 16, 40, tzinfo=UTC),
    ]


def test_a_zone_stated_with_the_place_whose_time_it_is() -> None:
    """"Todos los horarios corresponden a la hora de Uruguay (UTC-3)" (blind set 101): the place's
    name between the statement and its offset."""
    from datetime import timedelta, timezone

    from threads.zone_statements import stated_zone

    minus_three = timezone(-timedelta(hours=3))
    assert stated_zone("Todos los horarios corresponden a la hora de Uruguay (UTC-3).") == minus_three
    assert stated_zone("Os horários seguem o horário de Brasília (UTC-3)") == minus_three
    assert stated_zone("All times are in Eastern Time (UTC-5)") == timezone(-timedelta(hours=5))
    assert stated_zone("Todos los horarios corresponden a la programación de verano.") is None


def test_a_page_without_a_region_shows_its_day_order_by_its_own_dates() -> None:
    """A Ugandan paper (blind set 104) declares only lang="en" and prints "10/06/2024" for the 10th
    of June; its "21/05/2024" elsewhere settles the order."""
    from threads.page_dates import shown_day_first

    assert shown_day_first("Posted 21/05/2024 · comments 10/06/2024 11:22") is True
    assert shown_day_first("Posted 05/21/2024 · comments 06/10/2024 11:22") is False
    assert shown_day_first("10/06/2024 and 11/06/2024") is None  # nothing tells
    assert shown_day_first("21/05/2024 and 05/21/2024") is None  # they disagree
    assert shown_day_first("version 1.21/05/2024.3") is None
