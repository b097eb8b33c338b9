"""What the hundred-and-fourth blind round (sets 448-451, 266/269 parents blind) showed the HTML
reader: Isso writes its ``datetime`` attribute with JavaScript's zero-based month and the weekday
for the day of the month (set 451, 9 times; set 445 had shown it); an Isso reply opening "@Aisha
Kolo" stays under the comment it nests under, where Isso's server files a reply to a reply (set
451, and sets 133, 249 and 253 before it); a top-level comment opening "Svar till Johan:" where
the system nests replies opens a thread of its own, as set 449's key files it. From the sets
before: a removed comment printed as a bare line in a box named as the comments beside it are
(Coral Talk 4's tombstone, a plugin's under archive.today: sets 446, 447), and OpenWeb's
"sp_…_c_…" ids without "message-" (set 440's deleted message, kept by its id). Left, as its key's
call: a top-level comment quoting an anonymous one (set 449). The round's keys took the country's
zone where a page states none, and worked ages ("16 hours ago") out from the saving tool's stamp,
against every earlier key's convention (UTC, and no time); its times below are low for that."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.threads.holdout_figures import set_figures
from threads.html_reader import parse_html
from threads.model import walk


def test_an_isso_reply_naming_another_stays_where_isso_files_it() -> None:
    def comment(ident: int, name: str, text: str, replies: str = "") -> str:
        return (f'<div class="isso-comment" id="isso-{ident}"><div class="text-wrapper"><div class="isso-comment-header">'
                f'<span class="author">{name}</span><a class="permalink" href="#isso-{ident}">'
                f'<time title="Mon Jun 12 2023 1{ident % 10}:42:10 GMT+0000" datetime="2023-06-12T1{ident % 10}:42:10Z">Yesterday</time>'
                f'</a></div><div class="text"><p>{text}</p></div></div>'
                + (f'<div class="isso-follow-up">{replies}</div>' if replies else "") + "</div>")

    page = (f'<html lang="en"><body><h1>Borehole repairs</h1><p>{"The council repairs three boreholes this week. " * 8}</p>'
            '<section id="isso-thread"><div class="isso-root">'
            + comment(412, "Musa Bukar", "The one by the market has been dry since Easter.",
                      comment(415, "Aisha Kolo", "Ours in Gwange too, for six weeks now.")
                      + comment(421, "Ibrahim Ali", "@Aisha Kolo the Gwange one was fixed on Friday."))
            + "</div></section></body></html>")
    ids: dict[tuple[int, ...], str | None] = {}
    parents = {}
    for path, c in walk(parse_html(page).comments):
        ids[path] = c.external_id
        parents[c.external_id] = ids.get(path[:-1])
    assert parents == {"isso-412": None, "isso-415": "isso-412", "isso-421": "isso-412"}


def _isso(created: str, title: str) -> str:
    return (f'<html lang="en"><body><h1>Borehole repairs</h1><p>{"The council repairs three boreholes this week. " * 8}</p>'
            '<section id="isso-thread"><div class="isso-root">'
            f'<div class="isso-comment" id="isso-41"><div class="text-wrapper"><div class="isso-comment-header" role="meta">'
            f'<span class="author">Aisha Kolo</span><span class="spacer">&bull;</span>'
            f'<a class="permalink" href="#isso-41"><time title="{title}" datetime="{created}">Yesterday</time></a></div>'
            '<div class="text"><p>The one by the market has been dry since Easter.</p></div></div></div>'
            '<div class="isso-comment" id="isso-42"><div class="text-wrapper"><div class="isso-comment-header" role="meta">'
            '<span class="author">Musa Bukar</span><span class="spacer">&bull;</span>'
            '<a class="permalink" href="#isso-42"><time title="Tue Jun 18 2024 09:10:00 GMT+0000" datetime="2024-06-18T09:10:00Z">'
            'Today</time></a></div><div class="text"><p>Ours in Gwange was fixed last month, in two days.</p></div></div></div>'
            '</div></section></body></html>')


@pytest.mark.parametrize(
    ("created", "title", "when"),
    [
        # Monday the 12th of June 2023: month 5 from zero, weekday 1
        ("2023-05-01T18:42:10Z", "Mon Jun 12 2023 18:42:10 GMT+0000 (Coordinated Universal Time)", datetime(2023, 6, 12, 18, 42, 10, tzinfo=UTC)),
        # the tooltip in Colombia's evening, the day after in UTC: Friday the 14th
        ("2024-05-05T00:05:12Z", "Thu Jun 13 2024 19:05:12 GMT-0500 (hora estándar de Colombia)", datetime(2024, 6, 14, 0, 5, 12, tzinfo=UTC)),
        # a right attribute stays as it is, whatever the tooltip
        ("2024-06-14T00:05:12Z", "Thu Jun 13 2024 19:05:12 GMT-0500", datetime(2024, 6, 14, 0, 5, 12, tzinfo=UTC)),
        ("2024-06-14T00:05:12Z", "13 June", datetime(2024, 6, 14, 0, 5, 12, tzinfo=UTC)),
    ],
)
def test_isso_zero_based_month_and_weekday(created: str, title: str, when: datetime) -> None:
    [(_, first), (_, second)] = list(walk(parse_html(_isso(created, title)).comments))
    assert (first.created_at, second.created_at) == (when, datetime(2024, 6, 18, 9, 10, tzinfo=UTC))


def _coral_talk(tombstone: str) -> str:
    def comment(ident: str, level: int, name: str, text: str, replies: str = "") -> str:
        return (f'<div class="talk-stream-comment-wrapper talk-stream-comment-wrapper-level-{level}" id="c_{ident}">'
                f'<div class="talk-stream-comment"><div class="talk-stream-comment-header">'
                f'<button class="talk-plugin-author-name-button">{name}</button>'
                f'<time class="talk-comment-timestamp" datetime="2019-03-06T2{level}:10:58.731Z">hace 18 horas</time></div>'
                f'<div class="talk-stream-comment-content"><div class="talk-plugin-rich-text-text">{text}</div></div>'
                f'<button class="talk-plugin-replies-reply-button">Responder</button></div>'
                + (f'<div class="talk-stream-comment-replies">{replies}</div>' if replies else "") + "</div>")

    return (f'<html lang="es"><body><h1>Sin agua</h1><p>{"Catorce rancherías siguen sin carrotanque. " * 8}</p>'
            '<div class="talk-stream-comments">'
            + comment("7c2d9e44-15b3-4f0a-a6e2-8b91d0c3f572", 0, "pipe_rioha", "Mientras tanto el alcalde inaugura parques.",
                      comment("2b8f0c7e-6d4a-4e19-9f3b-c05e7a1d8e63", 1, "Camilo R.", "Los parques son plata de Coldeportes.")
                      + tombstone)
            + comment("0b7e4c2a-83f1-4a2d-9c6b-5e1d7f3a8b90", 0, "Yolanda Epieyú", "Once días sin ver un carrotanque.")
            + "</div></body></html>")


@pytest.mark.parametrize(
    ("tombstone", "read"),
    [
        # Coral Talk 4's tombstone, in words no list of placeholders knows
        ('<div class="talk-tombstone" id="c_a90e3d15-7f2c-4b68-8e4d-1f6c2b9a7d34">Este comentario ya no está disponible.</div>',
         [(None, "c_7c2d9e44-15b3-4f0a-a6e2-8b91d0c3f572"), ("c_7c2d9e44-15b3-4f0a-a6e2-8b91d0c3f572", "c_2b8f0c7e-6d4a-4e19-9f3b-c05e7a1d8e63"),
          ("c_7c2d9e44-15b3-4f0a-a6e2-8b91d0c3f572", "c_a90e3d15-7f2c-4b68-8e4d-1f6c2b9a7d34"), (None, "c_0b7e4c2a-83f1-4a2d-9c6b-5e1d7f3a8b90")]),
        # not a box named otherwise ("load more"), nor one with a link
        ('<div class="talk-load-more" id="c_loadmore">Ver más respuestas</div>',
         [(None, "c_7c2d9e44-15b3-4f0a-a6e2-8b91d0c3f572"), ("c_7c2d9e44-15b3-4f0a-a6e2-8b91d0c3f572", "c_2b8f0c7e-6d4a-4e19-9f3b-c05e7a1d8e63"),
          (None, "c_0b7e4c2a-83f1-4a2d-9c6b-5e1d7f3a8b90")]),
        ('<div class="talk-more" id="c_a90e3d15-7f2c-4b68-8e4d-1f6c2b9a7d34"><a href="#more">Ver 3 respuestas más</a></div>',
         [(None, "c_7c2d9e44-15b3-4f0a-a6e2-8b91d0c3f572"), ("c_7c2d9e44-15b3-4f0a-a6e2-8b91d0c3f572", "c_2b8f0c7e-6d4a-4e19-9f3b-c05e7a1d8e63"),
          (None, "c_0b7e4c2a-83f1-4a2d-9c6b-5e1d7f3a8b90")]),
    ],
)
def test_a_removed_comment_as_a_bare_line_beside_the_comments(tombstone: str, read: list[tuple[str | None, str | None]]) -> None:
    ids: dict[tuple[int, ...], str | None] = {}
    found = []
    for path, c in walk(parse_html(_coral_talk(tombstone)).comments):
        ids[path] = c.external_id
        found.append((ids.get(path[:-1]), c.external_id))
        if c.external_id == "c_a90e3d15-7f2c-4b68-8e4d-1f6c2b9a7d34":
            assert (c.author_name, c.created_at, c.body) == (None, None, "Este comentario ya no está disponible.")
    assert found == read


def test_openweb_ids_without_message() -> None:
    def message(ident: str, name: str, text: str, replies: str = "") -> str:
        header = (f'<div class="spcv_message-header"><span class="spcv_username" data-spot-im-class="message-username">{name}</span>'
                  '<time class="spcv_timestamp" data-spot-im-class="message-timestamp" title="Nov 1, 2024, 8:15 PM">4 days ago</time>'
                  '</div>') if name else ""
        actions = '<div class="spcv_message-actions"><button class="spcv_reply-button">Reply</button></div>' if name else ""
        return (f'<li class="spcv_list-item spcv_root-message-item"><article class="spcv_root-message" data-spot-im-class="message-view"'
                f' id="sp_Rk4Ev0Te_elko-voting_c_{ident}" data-message-depth="0">{header}<div class="spcv_message-content"'
                f' data-spot-im-class="message-text"><p>{text}</p></div>{actions}</article>'
                + (f'<ul class="spcv_children-list">{replies}</ul>' if replies else "") + "</li>")

    page = (f'<html lang="en"><body><h1>Early voting</h1><p>{"Early voting turnout tops the 2020 pace. " * 8}</p>'
            '<section class="comments" id="comments"><h2>Join the conversation</h2><div data-spotim-module="conversation">'
            '<div class="spcv_conversation"><ul class="spcv_messages-list" data-spot-im-class="messages-list">'
            + message("2oQx7ZbN1HfKsL3m", "Ruby Mtn Hiker", "Waited forty minutes at the convention center.",
                      message("2oQzA8c4mTq9WvXe", "Jarbidge Joe", "Out past Wells we drive an hour and a half to vote."))
            + message("2oRd9NqW3xJ6uBfa", "", "This message was deleted.")
            + message("2oTg0HvR7sKe1PmZ", "Carlin Dave", "Record turnout and we still will not know on the night.")
            + "</ul></div></div></section></body></html>")
    assert [(c.external_id, c.author_name) for _, c in walk(parse_html(page).comments)] == [
        ("sp_Rk4Ev0Te_elko-voting_c_2oQx7ZbN1HfKsL3m", "Ruby Mtn Hiker"),
        ("sp_Rk4Ev0Te_elko-voting_c_2oQzA8c4mTq9WvXe", "Jarbidge Joe"),
        ("sp_Rk4Ev0Te_elko-voting_c_2oRd9NqW3xJ6uBfa", None),
        ("sp_Rk4Ev0Te_elko-voting_c_2oTg0HvR7sKe1PmZ", "Carlin Dave"),
    ]


def _wordpress(nested_reply: bool) -> str:
    def item(ident: int, name: str, text: str, children: str = "") -> str:
        return (f'<li class="comment" id="comment-{ident}"><article class="comment-body"><footer class="comment-meta">'
                f'<b class="fn">{name}</b> <time datetime="2025-08-20T1{ident % 10}:00:00+00:00">20 augusti 2025</time>'
                f'</footer><div class="comment-content"><p>{text}</p></div></article>'
                + (f'<ol class="children">{children}</ol>' if children else "") + "</li>")

    reply = item(3, "Nils-Erik Kuoksu", "Samma här, vi var där hela förmiddagen.")
    return (f'<html lang="sv"><body><h1>Kyrkan flyttad</h1><p>{"Kyrkan har nått sin nya plats i Kiruna. " * 8}</p>'
            '<ol class="commentlist">'
            + item(1, "Lisa Pekka", "Jag stod vid Malmvägen hela morgonen.", reply if nested_reply else "")
            + (reply if not nested_reply else "")
            + item(6, "Johan Svonni", "Men vem betalar för den nya grunden?")
            + item(8, "Marja Vasara", "Svar till Johan: enligt kyrkorådet står LKAB för hela flytten.")
            + "</ol></body></html>")


@pytest.mark.parametrize(
    ("nested_reply", "answered"),
    [
        (True, None),  # the system nests replies: posted at the top, a thread of its own
        (False, "comment-6"),  # a flat list: the words are all that say whom it answers
    ],
)
def test_a_reply_in_words_at_the_top(nested_reply: bool, answered: str | None) -> None:
    ids: dict[tuple[int, ...], str | None] = {}
    parents = {}
    for path, c in walk(parse_html(_wordpress(nested_reply)).comments):
        ids[path] = c.external_id
        parents[c.external_id] = ids.get(path[:-1])
    assert parents["comment-8"] == answered


@pytest.mark.parametrize(
    ("name", "figures"),
    [
        # The hundred-and-fourth round (reader at 46acc44): 266/269 parents blind (98.9%); blind figures in brackets.
        ("html_holdout448", (65, 65, 65, 65, 30, 0)),  # (65, 65, 65, 65, 30, 0)
        ("html_holdout449", (68, 68, 67, 68, 35, 0)),  # (68, 68, 66, 68, 35, 0)
        ("html_holdout450", (68, 68, 68, 68, 36, 0)),  # (68, 68, 68, 68, 36, 0)
        ("html_holdout451", (68, 68, 68, 68, 53, 0)),  # (68, 68, 67, 68, 44, 0)
    ],
)
def test_the_sets_of_the_hundred_and_fourth_round(name: str, figures: tuple[int, int, int, int, int, int]) -> None:
    """(expected, matched, parents, authors, times, extra) per set."""
    assert set_figures(name) == figures
