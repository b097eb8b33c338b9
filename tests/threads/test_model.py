"""The shared domain objects: walking, hashing and JSON output without recursion limits."""

from __future__ import annotations

import json

from threads.model import (
    ParsedArticle,
    ParsedComment,
    article_to_dict,
    content_hash,
    count_comments,
    dumps_tree,
    walk,
)


def _chain(depth: int) -> ParsedComment:
    root = ParsedComment(body="0")
    node = root
    for i in range(1, depth):
        child = ParsedComment(body=str(i))
        node.replies.append(child)
        node = child
    return root


def test_walk_is_preorder_with_sibling_paths() -> None:
    tree = [ParsedComment("a", [ParsedComment("a1"), ParsedComment("a2", [ParsedComment("a2x")])]), ParsedComment("b")]
    assert [(p, c.body) for p, c in walk(tree)] == [
        ((0,), "a"), ((0, 0), "a1"), ((0, 1), "a2"), ((0, 1, 0), "a2x"), ((1,), "b"),
    ]
    assert count_comments(tree) == 5


def test_content_hash_ignores_reflowed_whitespace_only() -> None:
    assert content_hash("one two\n three") == content_hash("one  two three")
    assert content_hash("one two") != content_hash("one three")


def test_article_dict_and_dumps_tree_round_trip() -> None:
    article = ParsedArticle("T", "B", [ParsedComment("x", [ParsedComment("y \"quoted\" ü")]), ParsedComment("z")])
    expected = {"title": "T", "body": "B", "byline": None,
                "comments": [{"body": "x", "replies": [{"body": "y \"quoted\" ü", "replies": []}]},
                             {"body": "z", "replies": []}]}
    assert article_to_dict(article) == expected
    assert json.loads(dumps_tree(expected)) == expected
    assert json.loads(dumps_tree(expected, indent=2)) == expected
    assert json.loads(dumps_tree({"empty": [], "also": {}, "n": 1.5, "t": True})) == {
        "empty": [], "also": {}, "n": 1.5, "t": True}


def test_deep_chains_do_not_hit_the_recursion_limit() -> None:
    article = ParsedArticle("T", "B", [_chain(20_000)])
    assert count_comments(article.comments) == 20_000
    text = dumps_tree(article_to_dict(article))
    assert text.count('"replies": [') == 20_000
    assert text.count('"body": ') == 20_001 and '"body": "19999"' in text
    assert "replies=1" in repr(article.comments[0])
