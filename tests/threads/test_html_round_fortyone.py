"""What the forty-first blind round (sets 196-199, 232/242 parents blind) showed the HTML reader:
Ghost's comments under archive.today, known only by their 24-hex ids, with an avatar's initials
before the name and the place and time after it; Coral's "coral-comment-tombstone" for a deleted
comment with a reply; Slovak, Estonian and Thai words for nobody. Pages written for these tests."""

from __future__ import annotations

import pytest

from threads.comment_names import clean_name
from threads.html_reader import parse_html
from threads.model import walk

_STORY = f"<h1>Logs on the beach again</h1><p>{'Forestry slash washed down the river after the rain. ' * 25}</p>"


def _page(comments: str) -> str:
    return f"<!doctype html><html lang='en'><head><title>Story</title></head><body><article>{_STORY}</article>{comments}</body></html>"


def _ghost(ident: str, initials: str, name: str, place: str, when: str, text: str, replies: str = "") -> str:
    """Ghost's comment as archive.today keeps it: an id, an initials avatar, a bold name, a place
    and a time, the text, then its replies."""
    return (
        f'<div id="{ident}" style="display:flex;margin-bottom:28px">'
        f'<div style="width:40px"><div style="font-size:15px;font-weight:700">{initials}</div></div>'
        f'<div style="flex-grow:1"><div style="display:flex"><span style="font-size:15px;font-weight:700">{name}</span>'
        f'<span style="font-size:14px">{place}<span style="margin:0 4px">·</span><time datetime="{when}">2 mo ago</time></span></div>'
        f'<div style="font-size:16px"><p style="margin:0 0 8px">{text}</p></div>'
        f'<div style="font-size:14px"><button style="border:0">Reply</button></div>'
        f'<div style="margin-top:24px">{replies}</div></div></div>'
    )


def test_ghost_under_archive_today() -> None:
    reply = _ghost("68d7a3412f1c4a0001a3b52c", "MD", "Mark Dunstan", "Forestry contractor", "2025-09-27T09:05:47.000Z",
                   "Not all of that wood is from the plantations, some of it is old native timber from the slips.")
    page = _page(
        "<section>"
        + _ghost("68d79b0e2f1c4a0001a3b511", "HW", "Hine Walker", "Uawa local", "2025-09-27T06:40:12.000Z",
                 "Every single time there is decent rain the beach at Tolaga Bay fills up with logs again.", reply)
        + _ghost("68d7d0ff2f1c4a0001a3b571", "AT", "Aroha Tamatea", "Gisborne", "2025-09-28T01:10:00.000Z",
                 "Whatever the last commenter said, the council has to make the companies clean it up.")
        + "</section>"
    )
    comments = list(walk(parse_html(page).comments))
    assert [(c.external_id, c.author_name, path) for path, c in comments] == [
        ("68d79b0e2f1c4a0001a3b511", "Hine Walker", (0,)),
        ("68d7a3412f1c4a0001a3b52c", "Mark Dunstan", (0, 0)),
        ("68d7d0ff2f1c4a0001a3b571", "Aroha Tamatea", (1,)),
    ]
    assert comments[0][1].body.startswith("Every single time")


def test_corals_tombstone_keeps_its_replies_under_it() -> None:
    def container(ident: str, inner: str, replies: str = "") -> str:
        return (
            f'<div class="coral coral-comment-container" id="comment-{ident}"><div class="coral coral-indent">{inner}</div>'
            f'<div class="coral coral-replyList" role="log">{replies}</div></div>'
        )

    def comment(name: str, text: str) -> str:
        return (
            f'<div role="article" class="coral coral-comment"><div class="coral coral-comment-header">'
            f'<button class="coral coral-username">{name}</button><time datetime="2025-11-02T16:05:40.118Z" class="coral coral-timestamp">1 month ago</time></div>'
            f'<div class="coral coral-content coral-comment-content">{text}</div></div>'
        )

    thread = container(
        "a1", comment("Marnie", "The water rate is going up again and nobody asked us."),
        container("d2", '<div class="coral coral-comment-tombstone" role="article">This comment is no longer available.</div>',
                  container("r3", comment("Old Town Pete", "Whatever that was, the mayor answered it at the open house."))),
    )
    page = _page(f'<div id="coral_thread">{thread}</div>')
    assert [(c.external_id, path) for path, c in walk(parse_html(page).comments)] == [
        ("comment-a1", (0,)), ("comment-d2", (0, 0)), ("comment-r3", (0, 0, 0)),
    ]


@pytest.mark.parametrize("raw", ["Hosť", "Kustutatud kasutaja", "ผู้ใช้ไม่ระบุชื่อ"])
def test_names_for_nobody_from_round_fortyone(raw: str) -> None:
    assert clean_name(raw) is None
