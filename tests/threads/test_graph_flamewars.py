"""Flame-war detection on hand-made reply chains."""

from __future__ import annotations

import pytest

from threads.flamewars import flame_wars, toxicity_trend
from threads.graph import build_graph
from threads.graph_rows import CommentRow


def chain(authors: str, toxicities: list[float], thread: str = "t", prefix: str = "c",
          parent: str | None = None) -> list[CommentRow]:
    """Each comment answers the previous one."""
    rows = []
    for i, (who, tox) in enumerate(zip(authors, toxicities, strict=True)):
        cid = f"{prefix}{i}"
        rows.append(CommentRow(cid, thread, parent, who, None, "Words.", None, tox))
        parent = cid
    return rows


def test_trend_by_hand() -> None:
    # x = 0..4 (mean 2), t = .2 .4 .5 .6 .7 (mean .48):
    # slope = sum((x-2)(t-.48)) / sum((x-2)^2) = (.56 + .08 + 0 + .12 + .44) / 10 = 0.12.
    trend, mean, slope = toxicity_trend([0.2, 0.4, 0.5, 0.6, 0.7], 0.5)
    assert trend == "rising"
    assert mean == pytest.approx(0.48) and slope == pytest.approx(0.12)
    assert toxicity_trend([0.6, 0.5, 0.6, 0.5], 0.5)[0] == "sustained"
    assert toxicity_trend([0.7, 0.6, 0.2, 0.1, 0.1], 0.5)[0] is None
    # Rising but ending cool is not a flame war.
    assert toxicity_trend([0.0, 0.1, 0.2, 0.3], 0.5)[0] is None


def test_two_people_back_and_forth() -> None:
    rows = chain("ABABA", [0.2, 0.4, 0.5, 0.6, 0.7])
    (war,) = flame_wars(build_graph(rows))
    assert war.start_comment_id == "c0"
    assert war.comment_ids == ("c0", "c1", "c2", "c3", "c4")
    assert war.participants == ("id:A", "id:B")
    assert war.length == 4
    assert war.toxicities == (0.2, 0.4, 0.5, 0.6, 0.7)
    assert (war.trend, war.mean_toxicity, war.slope) == ("rising", 0.48, 0.12)


def test_too_short_or_cooling_is_not_a_war() -> None:
    assert flame_wars(build_graph(chain("ABAB", [0.9] * 4))) == []  # 3 replies
    assert flame_wars(build_graph(chain("ABABA", [0.7, 0.6, 0.2, 0.1, 0.1]))) == []
    # One person answering a row of strangers is not back and forth.
    assert flame_wars(build_graph(chain("ABCAD", [0.9] * 5)), max_participants=4) == []


def test_a_fourth_person_ends_the_run() -> None:
    # A B C A B | D: the run c0..c4 has 4 replies among three people; D's reply to B starts a new
    # run (B, D) that is too short.
    rows = chain("ABCABD", [0.8] * 6)
    (war,) = flame_wars(build_graph(rows))
    assert war.comment_ids == ("c0", "c1", "c2", "c3", "c4")
    assert war.participants == ("id:A", "id:B", "id:C")
    assert war.trend == "sustained"
    assert flame_wars(build_graph(rows), max_participants=2) == []


def test_branches_report_the_longest_and_threads_are_separate() -> None:
    rows = chain("ABABAB", [0.6] * 6)
    # A side branch from c2 continuing the same pair for two more replies (c2 -> x0 -> x1).
    rows += chain("BA", [0.9, 0.9], prefix="x", parent="c2")
    rows += chain("CDCDC", [0.9] * 5, thread="u", prefix="u")
    wars = flame_wars(build_graph(rows))
    assert [(w.thread_id, w.start_comment_id, w.length) for w in wars] == [("t", "c0", 5), ("u", "u0", 4)]


def test_self_reply_restarts_the_run() -> None:
    rows = chain("ABAAB", [0.9] * 5)
    assert flame_wars(build_graph(rows)) == []


def test_thousands_deep() -> None:
    rows = chain("AB" * 2500, [0.8] * 5000)
    (war,) = flame_wars(build_graph(rows))
    assert war.length == 4999
