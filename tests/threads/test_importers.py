"""Export parsers: exact records from small hand-written exports, streaming over large ones."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from tests.fixtures.live.make_exports import write_disqus
from threads.events import EventError, EventKind
from threads.importers import read_coral_csv, read_disqus, read_wordpress_json, read_wxr

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "live"


def test_wxr_small() -> None:
    events = list(read_wxr(FIXTURES / "wxr_small.xml"))
    articles = [e for e in events if e.kind is EventKind.ARTICLE_CREATED]
    comments = {e.comment.external_id: e for e in events if e.comment is not None}
    assert [a.article_external_id for a in articles] == ["10", "11"]
    assert articles[0].article is not None and articles[0].article.title == "Ferry timetable to change in spring"
    assert articles[0].article.body == "The island ferry will run two extra crossings."
    assert set(comments) == {"101", "102", "103", "104", "105", "201"}
    c102 = comments["102"].comment
    assert c102 is not None and (c102.parent_external_id, c102.author_external_id) == ("101", "7")
    c101 = comments["101"].comment
    assert c101 is not None and (c101.parent_external_id, c101.author_external_id) == (None, "name:Mira Holt")
    assert comments["104"].kind is EventKind.COMMENT_DELETED
    assert comments["105"].source_status == "held"
    c105 = comments["105"].comment
    assert c105 is not None and c105.body == "The 6:45 crossing starts in April.\nDetails on the notice board."


def test_wordpress_json_pages() -> None:
    events = list(read_wordpress_json(FIXTURES / "wp_comments.json"))
    assert [e.comment.external_id for e in events if e.comment] == ["31", "32", "33", "34", "35"]
    assert events[0].comment is not None and events[0].comment.body == "The new bike lane is too narrow."
    assert events[-1].kind is EventKind.COMMENT_DELETED


def test_wordpress_json_error_names_the_item(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('[[{"id": 1, "post": 2}], [{"id": "x", "post": 2}]]')
    with pytest.raises(EventError) as info:
        list(read_wordpress_json(bad))
    assert info.value.field == "[1][0].id"


def test_disqus_small() -> None:
    events = list(read_disqus(FIXTURES / "disqus_small.xml"))
    assert [e.kind for e in events] == [EventKind.ARTICLE_CREATED, EventKind.COMMENT_CREATED,
                                        EventKind.COMMENT_CREATED, EventKind.COMMENT_DELETED]
    thread = events[0].article
    assert thread is not None and (thread.title, thread.url) == ("Ferry timetable to change", "https://gazette.example/ferry")
    reply = events[2]
    assert reply.article_external_id == "5001"
    assert reply.comment is not None and reply.comment.parent_external_id == "7001"
    assert reply.comment.author_external_id == "name:Driver Dan"
    assert events[1].comment is not None and events[1].comment.author_external_id == "lena_k"


def test_coral_csv_small() -> None:
    events = list(read_coral_csv(FIXTURES / "coral_small.csv"))
    comments = [e for e in events if e.comment is not None]
    assert [e.comment.external_id for e in comments if e.comment] == ["c-1", "c-2", "c-3", "c-4"]
    assert comments[1].comment is not None and comments[1].comment.body == "Pool yes, but the roads, though?"
    assert comments[2].source_status == "held" and comments[3].kind is EventKind.COMMENT_DELETED
    assert sum(e.kind is EventKind.ARTICLE_CREATED for e in events) == 2


def test_coral_csv_missing_column(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("story_id,comment_id\ns,c\n")
    with pytest.raises(EventError) as info:
        list(read_coral_csv(bad))
    assert info.value.field == "body"


def test_disqus_streams_large_exports_in_flat_memory(tmp_path: Path) -> None:
    small, large = tmp_path / "small.xml", tmp_path / "large.xml"
    write_disqus(small, n=2000)
    write_disqus(large, n=20000)
    peaks = []
    for path in (small, large):
        tracemalloc.start()
        count = sum(1 for e in read_disqus(path) if e.comment is not None)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        assert count in (2000, 20000)
    # ten times the comments must not need anywhere near ten times the memory
    assert peaks[1] < peaks[0] * 3
