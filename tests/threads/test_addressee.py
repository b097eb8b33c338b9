"""Addressee and identity inference: cue detectors, merges, and the 002 page."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import missing_shared
from threads.addressee import Resolution, resolve
from threads.addressee_cues import mention, quoted_spans, vocative
from threads.graph_rows import CommentRow, rows_from_article
from threads.sockpuppets import row_author_key

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "articles"


def row(cid: str, body: str, parent: str | None = None, author: str | None = None,
        name: str | None = None, thread: str = "t") -> CommentRow:
    return CommentRow(cid, thread, parent, author, name, body)


# --- cue detectors ---------------------------------------------------------------------------

def test_mentions() -> None:
    cue = mention("@Harry Aghavian / Concerned Armenian\nArmenia had been insolent")
    assert cue is not None and cue.names == ("Harry Aghavian", "Concerned Armenian")
    cue = mention("@Gurgen\nand get the same sanctions")
    assert cue is not None and cue.names == ("Gurgen",)
    cue = mention("@Gurgen you are wrong about this, as usual.")
    assert cue is not None and cue.names == ("Gurgen",)
    cue = mention("@john_doe: no.")
    assert cue is not None and cue.names == ("john_doe",)
    assert mention("Email me @ home") is None
    assert mention("No mention here") is None


@pytest.mark.parametrize(("text", "name", "confidence"), [
    # Two capitalised words (0.6) plus "you" in the rest (+0.2).
    ("Garo Hampirian, first learn how to write. Armenians like you never learn.", "Garo Hampirian", 0.8),
    # One word, comma ends the line (0.7), "you" (+0.2).
    ("dinosaurian,\nIt amazes me how out of touch with reality you are.", "dinosaurian", 0.9),
    ("Dear Ani, thank you.", "Ani", 0.9),
    # One capitalised word, no line break, no greeting (0.4), "you" (+0.2).
    ("Ararat, you forgot Israel.", "Ararat", 0.6),
    # ... and without "you": 0.4, below the resolver's default threshold of 0.5.
    ("Ararat, Israel was there too.", "Ararat", 0.4),
])
def test_vocatives(text: str, name: str, confidence: float) -> None:
    cue = vocative(text)
    assert cue is not None
    assert cue.names == (name,)
    assert cue.confidence == pytest.approx(confidence)


@pytest.mark.parametrize("text", [
    "Besides, the former leaders seem to be doing fine.",
    "My fellow Armenians, please pay attention.",
    "Unfortunately, nothing changed.",
    "Hey everyone, look at this.",
    "Arktash and N-K was Armenias responsiblity, Russia for the last few years",
    "In fact, you are right.",
    "the west, as usual, did nothing.",
])
def test_not_vocatives(text: str) -> None:
    assert vocative(text) is None


def test_quoted_spans() -> None:
    body = "\u201cThis gave no choice to Aliyev than to finally start the war\u201d\u2026.You say?"
    assert quoted_spans(body) == [" this gave no choice to aliyev than to finally start the war "]
    assert quoted_spans('He said "too short to count" here') == []


# --- resolution on hand-made threads --------------------------------------------------------

def test_reply_mention_names_the_placeholder_parent_and_alias_merges() -> None:
    rows = [row("1", "A long opinion about the pipeline and the border."),
            row("2", "@Ani / Armenian Patriot\nYou forgot the border.", parent="1")]
    res = resolve(rows)
    ident = res.identity_of("1")
    assert ident.names == ("Ani", "Armenian Patriot")
    assert res.author_of["2"] == "anon:2"
    assert [(m.reason, m.merged) for m in res.merges] == [("mention", "anon:1"),
                                                          ("alias", "name:armenian patriot")]
    assert {i.kind for i in res.inferences} == {"mention", "alias"}


def test_low_confidence_is_reported_not_applied() -> None:
    rows = [row("1", "Israel sold drones to both sides in the war."),
            row("2", "Ararat, Israel was there too.", parent="1")]
    res = resolve(rows)
    (inference,) = res.inferences
    assert inference.kind == "vocative" and not inference.applied
    assert res.merges == []
    assert res.identity_of("1").placeholder


def test_author_keys_match_the_row_keys() -> None:
    rows = [row("1", "x", author="u1", name="Ani"), row("2", "y", name="  Bob  Smith"), row("3", "z")]
    assert resolve(rows).author_of == {r.id: row_author_key(r) for r in rows}
    assert [row_author_key(r) for r in rows] == ["id:u1", "name:bob smith", "anon:3"]


def test_known_accounts_are_never_merged() -> None:
    text = "the same talking point pasted again by two different accounts here"
    rows = [row("1", text, author="u1"), row("2", text, author="u2")]
    res = resolve(rows)
    assert res.merges == []
    assert res.author_of == {"1": "id:u1", "2": "id:u2"}


def test_mention_of_another_known_author_redirects_the_reply() -> None:
    rows = [row("1", "First.", author="u1", name="Bob"),
            row("2", "Second.", parent="1", author="u2", name="Carol"),
            row("3", "@Bob you are wrong about all of it.", parent="2", author="u3", name="Dave")]
    res = resolve(rows)
    assert res.addressee_of["3"].author == "id:u1"
    assert res.addressee_of["3"].comment_id is None


def test_quote_links_across_siblings() -> None:
    rows = [row("1", "The ceasefire was signed because the army was exhausted after six weeks."),
            row("2", "Something else entirely."),
            row("2.1", "\u201cthe army was exhausted after six weeks\u201d? Nonsense.", parent="2")]
    res = resolve(rows)
    assert res.addressee_of["2.1"].comment_id == "1"
    assert res.addressee_of["2.1"].kind == "quote"


def test_reposts_merge_placeholders() -> None:
    text = "western shills do their best to twist and distort the reality of this war"
    rows = [row("1", text), row("2", "A reply.", parent="1"), row("3", text + " again")]
    res = resolve(rows)
    assert res.author_of["1"] == res.author_of["3"]
    (merge,) = res.merges
    assert merge.reason == "repost" and set(merge.evidence) == {"1", "3"}


# --- the 002 page ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def page002() -> Resolution:
    from threads.page_parser import parse_file

    path = SAMPLES / "002_11c1059b06ce80de.txt"
    if not path.exists():
        missing_shared(f"sample page missing: {path}")
    article = parse_file(path)
    rows = rows_from_article(article, "002")
    return resolve(rows, article_texts={"002": article.body})


def test_002_identities(page002: Resolution) -> None:
    res = page002
    assert res.identity_of("002:2").names == ("Garo Hampirian",)
    assert res.identity_of("002:12").names == ("dinosaurian",)
    assert res.identity_of("002:18").names == ("Gurgen",)
    assert res.identity_of("002:4").names == ("Zeituntsi Vache Achikyan",)
    harry = res.identity_of("002:14")
    assert harry.names == ("Harry Aghavian", "Concerned Armenian")
    # The repost under top-level 10 is the same person as top-level 14.
    assert res.author_of["002:10.2"] == res.author_of["002:14"]
    assert harry.comment_ids == ("002:10.2", "002:14")


def test_002_evidence(page002: Resolution) -> None:
    by_source = {(i.kind, i.comment_id): i for i in page002.inferences}
    top = by_source[("top_level_address", "002:8")]
    assert top.target_comment_id == "002:4" and top.applied
    assert "refere" in top.matched  # "referendum": the word the two comments share
    quote = by_source[("quote", "002:12.2")]
    assert quote.target_comment_id == "002:11"
    repost = by_source[("repost", "002:14")]
    assert repost.target_comment_id == "002:10.2"
    # Top-level 8 answers top-level 4; the reply under 12 answers top-level 11, which it quotes.
    assert page002.addressee_of["002:8"].comment_id == "002:4"
    assert page002.addressee_of["002:12.2"].comment_id == "002:11"
    # Every merge names its evidence; nothing else was merged.
    assert sorted(m.reason for m in page002.merges) == ["alias", "mention", "mention", "repost",
                                                         "top_level_address", "vocative", "vocative"]
    assert all(m.evidence for m in page002.merges)
    # Top-level 1 quotes the article, not a commenter: no quote inference.
    assert ("quote", "002:1") not in by_source
