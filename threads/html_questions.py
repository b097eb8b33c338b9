"""Q&A pages (Question2Answer, Stack Exchange) list the answers beside the question, not inside
it: each answer answers the question. ``html_comments`` asks this where the page has a question."""

from __future__ import annotations

from typing import Final

from threads.html_dom import class_tokens
from threads.html_thread import Candidate

# A Q&A page's question and its answers, by their classes: Question2Answer's, Stack Exchange's.
QUESTION_SELECTOR: Final = "div.qa-q-view, div#question.question"
_QUESTION_CLASSES: Final = frozenset({"qa-q-view", "question"})
_ANSWER_CLASSES: Final = frozenset({"qa-a-list-item", "answer"})


def answers_under_question(candidates: list[Candidate]) -> None:
    """Q&A systems (Question2Answer, Stack Exchange) list the answers beside the question, not
    inside it: each answers the question (a reader's; a newsroom's question is the story, dropped
    later with the story post)."""
    question = next(
        (index for index, c in enumerate(candidates) if c.node.tag == "div" and not _QUESTION_CLASSES.isdisjoint(class_tokens(c.node))),
        None,
    )
    if question is None:
        return
    for candidate in candidates[question + 1:]:
        if candidate.parent is None and not _ANSWER_CLASSES.isdisjoint(class_tokens(candidate.node)):
            candidate.parent = question
